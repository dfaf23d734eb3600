import type { Dependency, Note, ProjectData, Task } from '../model/types.js';
import { datedTask, TemplateClock } from './builder.js';

const THEMES = [
  { id: 'onboarding', name: 'Onboarding', color: '#2f80ed' },
  { id: 'collaboration', name: 'Collaboration', color: '#9b51e0' },
  { id: 'integrations', name: 'Integrations', color: '#27ae60' },
  { id: 'insights', name: 'Insights & reporting', color: '#f2994a' },
  { id: 'platform', name: 'Platform & performance', color: '#eb5757' },
] as const;

const PEOPLE = [
  { id: 'maya', name: 'Maya Chen', color: '#2f80ed', capacity: 6 },
  { id: 'leo', name: 'Leo Martins', color: '#27ae60', capacity: 8 },
  { id: 'priya', name: 'Priya Raman', color: '#9b51e0', capacity: 8 },
  { id: 'jonas', name: 'Jonas Weber', color: '#f2994a', capacity: 7 },
  { id: 'amara', name: 'Amara Okafor', color: '#eb5757', capacity: 8 },
  { id: 'sofia', name: 'Sofia Rossi', color: '#56ccf2', capacity: 4 },
];

/** Features per theme: name, effort (S/M/L/XL), working days. */
const FEATURES: Record<(typeof THEMES)[number]['id'], [string, string, number][]> = {
  onboarding: [
    ['Guided setup checklist', 'M', 8],
    ['Sample workspace on sign-up', 'S', 4],
    ['Import from spreadsheets', 'L', 12],
    ['Single sign-on with Google', 'M', 6],
    ['Interactive product tour', 'M', 7],
    ['Team invite links', 'S', 3],
    ['Role-based welcome screens', 'M', 6],
    ['Onboarding analytics funnel', 'S', 5],
    ['Templates gallery', 'L', 10],
  ],
  collaboration: [
    ['Real-time co-editing', 'XL', 20],
    ['Threaded comments', 'M', 8],
    ['@mentions with notifications', 'S', 5],
    ['Shared views with permissions', 'L', 12],
    ['Activity feed', 'M', 6],
    ['Guest access for clients', 'L', 10],
    ['Approval workflows', 'L', 14],
    ['Presence indicators', 'S', 4],
    ['Comment reactions', 'S', 2],
  ],
  integrations: [
    ['Slack notifications', 'M', 6],
    ['GitHub issue sync', 'L', 12],
    ['Jira two-way sync', 'XL', 18],
    ['Public REST API v2', 'XL', 20],
    ['Webhooks', 'M', 7],
    ['Calendar feed (iCal)', 'S', 4],
    ['Zapier connector', 'M', 6],
    ['Microsoft Teams app', 'L', 10],
    ['Salesforce opportunity link', 'M', 8],
  ],
  insights: [
    ['Portfolio dashboard', 'L', 14],
    ['Burndown charts', 'M', 6],
    ['Workload heatmap', 'M', 8],
    ['Scheduled PDF reports', 'M', 7],
    ['Custom report builder', 'XL', 18],
    ['Goal tracking (OKRs)', 'L', 12],
    ['Time-in-status metrics', 'S', 5],
    ['CSV export of any view', 'S', 3],
    ['Executive summary email', 'S', 4],
  ],
  platform: [
    ['Sub-second board loading', 'L', 12],
    ['Offline mode', 'XL', 20],
    ['Audit log', 'M', 8],
    ['Data residency (EU)', 'L', 14],
    ['SAML SSO', 'M', 8],
    ['Granular API rate limits', 'S', 4],
    ['Accessibility audit fixes', 'M', 8],
    ['Dark mode', 'S', 5],
    ['Mobile app performance', 'L', 10],
  ],
};

const PRIORITY_CYCLE = ['high', 'medium', 'critical', 'low', 'medium', 'high', 'medium', 'low', 'high'];

/**
 * A features & releases roadmap: themes as groups, about 45 features with priorities, owners,
 * statuses, effort and a RICE score, four releases with launch milestones, a few feature
 * dependencies and notes. Dates are relative to `today` (`YYYY-MM-DD`); the same day gives the
 * same project.
 */
export function featuresRoadmap(today: string): ProjectData {
  const clock = new TemplateClock(today);
  const releaseAt = [-15, 15, 45, 80];
  const releases = releaseAt.map((at, i) => ({
    id: `r${i + 1}`,
    name: ['Spring launch', 'Summer release', 'Autumn release', 'Year-end release'][i] as string,
    date: clock.day(at),
    status: at < 0 ? 'released' : at < 20 ? 'in progress' : 'planned',
  }));
  const tasks: Task[] = [];
  const dependencies: Dependency[] = [];
  THEMES.forEach((theme, t) => {
    FEATURES[theme.id].forEach(([name, effort, days], i) => {
      const slot = (i * 9 + t * 4) % 90;
      const at = slot - 30;
      const phase = clock.phase(at, days);
      const release = releases.findIndex((_, r) => (releaseAt[r] as number) >= at + days);
      const task = datedTask(clock, at, days, {
        id: `${theme.id}-${i + 1}`,
        name,
        groupId: theme.id,
        priority: PRIORITY_CYCLE[(i + t) % PRIORITY_CYCLE.length] as string,
        assignees: [PEOPLE[(i + t * 2) % PEOPLE.length]?.id as string],
        status:
          phase.state === 'done'
            ? 'shipped'
            : phase.state === 'active'
              ? i % 7 === 3
                ? 'blocked'
                : 'building'
              : i % 3 === 0
                ? 'idea'
                : 'planned',
        tags: [
          effort === 'XL' || effort === 'L' ? 'big-bet' : 'quick-win',
          ...(i % 4 === 0 ? ['customer-request'] : []),
        ],
        fields: {
          effort,
          rice: Math.round(((9 - i) * 37 + t * 11) % 150) + 10,
          requests: (i * 7 + t * 5) % 40,
        },
      });
      if (phase.state === 'done') task.progress = 100;
      if (phase.state === 'active') task.progress = phase.progress;
      if (release >= 0) task.releaseId = `r${release + 1}`;
      tasks.push(task);
    });
  });
  releases.forEach((r, i) => {
    tasks.push(
      datedTask(clock, releaseAt[i] as number, 0, {
        id: `launch-${r.id}`,
        name: `${r.name} launch`,
        releaseId: r.id,
        status: (releaseAt[i] as number) < 0 ? 'shipped' : 'planned',
        priority: 'critical',
      }),
    );
  });
  const links: [string, string][] = [
    ['onboarding-3', 'onboarding-9'],
    ['collaboration-2', 'collaboration-3'],
    ['collaboration-1', 'collaboration-8'],
    ['integrations-4', 'integrations-5'],
    ['integrations-4', 'integrations-7'],
    ['insights-1', 'insights-5'],
    ['platform-5', 'collaboration-6'],
    ['insights-2', 'insights-9'],
  ];
  links.forEach(([from, to], i) => {
    dependencies.push({ id: `dep-${i + 1}`, from, to });
  });
  const notes: Note[] = [
    {
      id: 'note-1',
      taskId: 'collaboration-1',
      author: 'maya',
      text: 'Evaluate Yjs vs. Automerge before committing to the sync protocol.',
      createdAt: clock.day(-10),
      color: '#f2c94c',
    },
    {
      id: 'note-2',
      taskId: 'integrations-3',
      author: 'leo',
      text: 'Top request from enterprise accounts this quarter.',
      createdAt: clock.day(-4),
    },
    {
      id: 'note-3',
      author: 'priya',
      text: 'Roadmap review with leadership every other Thursday.',
      createdAt: clock.day(-2),
    },
  ];
  return {
    id: 'features-roadmap',
    name: 'Product roadmap',
    start: clock.day(-30),
    statuses: [
      { id: 'idea', label: 'Idea', color: '#bdbdbd', category: 'todo' },
      { id: 'planned', label: 'Planned', color: '#8a94a6', category: 'todo' },
      { id: 'building', label: 'Building', color: '#2f80ed', category: 'active' },
      { id: 'blocked', label: 'Blocked', color: '#eb5757', category: 'blocked' },
      { id: 'shipped', label: 'Shipped', color: '#27ae60', category: 'done' },
    ],
    priorities: [
      { id: 'critical', label: 'Must have', color: '#c0392b', rank: 0 },
      { id: 'high', label: 'Should have', color: '#e67e22', rank: 1 },
      { id: 'medium', label: 'Could have', color: '#f1c40f', rank: 2 },
      { id: 'low', label: 'Nice to have', color: '#95a5a6', rank: 3 },
    ],
    people: PEOPLE,
    groups: THEMES.map((t) => ({ ...t })),
    releases,
    fields: [
      {
        id: 'effort',
        label: 'Effort',
        type: 'select',
        options: ['S', 'M', 'L', 'XL'].map((id) => ({ id, label: id })),
      },
      { id: 'rice', label: 'RICE score', type: 'number' },
      { id: 'requests', label: 'Customer requests', type: 'number' },
    ],
    tasks,
    dependencies,
    notes,
    automations: [
      {
        id: 'release-shipped',
        name: 'Shipped release ships its features',
        when: { type: 'field-changed', field: 'status', to: 'shipped' },
        if: {
          all: [
            { field: 'type', op: 'eq', value: 'milestone' },
            { field: 'releaseId', op: 'not-empty' },
          ],
        },
        then: [{ type: 'custom', name: 'set-release-tasks', params: { field: 'status', value: 'shipped' } }],
      },
    ],
  };
}
