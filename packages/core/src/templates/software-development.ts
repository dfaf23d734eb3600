import type { Dependency, Note, ProjectData, Task } from '../model/types.js';
import { datedTask, TemplateClock } from './builder.js';

const TEAMS = [
  { id: 'frontend', name: 'Frontend', color: '#2f80ed' },
  { id: 'backend', name: 'Backend', color: '#27ae60' },
  { id: 'platform', name: 'Platform', color: '#9b51e0' },
];

const PEOPLE = [
  { id: 'alex', name: 'Alex Kim', color: '#2f80ed', capacity: 8 },
  { id: 'bea', name: 'Beatriz Souza', color: '#27ae60', capacity: 8 },
  { id: 'chidi', name: 'Chidi Eze', color: '#9b51e0', capacity: 8 },
  { id: 'dana', name: 'Dana Levi', color: '#f2994a', capacity: 6 },
  { id: 'emil', name: 'Emil Novak', color: '#eb5757', capacity: 8 },
  { id: 'fatima', name: 'Fatima Zahra', color: '#56ccf2', capacity: 8 },
  { id: 'gus', name: 'Gus Andersen', color: '#6fcf97', capacity: 4 },
];

/** Work items: kind, title, team index, story points. */
const ITEMS: ['feature' | 'bug' | 'chore', string, number, number][] = [
  ['feature', 'Password reset via email link', 1, 5],
  ['feature', 'Account settings page', 0, 3],
  ['bug', 'Session expires during file upload', 1, 2],
  ['chore', 'Upgrade Node.js to the current LTS', 2, 2],
  ['feature', 'Search with filters and saved queries', 0, 8],
  ['bug', 'Date picker shows wrong week start', 0, 1],
  ['feature', 'Rate limiting for public endpoints', 1, 5],
  ['chore', 'Split CI into parallel jobs', 2, 3],
  ['feature', 'Notifications center', 0, 8],
  ['bug', 'Duplicate emails on retry', 1, 3],
  ['feature', 'Audit events pipeline', 1, 8],
  ['chore', 'Terraform modules for staging', 2, 5],
  ['feature', 'Keyboard shortcuts', 0, 3],
  ['bug', 'Memory leak in websocket gateway', 2, 5],
  ['feature', 'Billing: usage-based plans', 1, 13],
  ['bug', 'Tooltip clipped in Safari', 0, 1],
  ['feature', 'Team workspaces', 0, 8],
  ['chore', 'Database index review', 1, 3],
  ['feature', 'Export to CSV', 1, 3],
  ['bug', 'Timezone drift in reminders', 1, 3],
  ['feature', 'Dark theme', 0, 5],
  ['chore', 'Structured logging', 2, 3],
  ['feature', 'OAuth apps for third parties', 1, 8],
  ['bug', 'Broken pagination on mobile', 0, 2],
  ['feature', 'Feature flags service', 2, 5],
  ['chore', 'Remove legacy v1 endpoints', 1, 3],
  ['feature', 'In-app onboarding tips', 0, 3],
  ['bug', 'Slow dashboard query for large teams', 1, 5],
  ['feature', 'Webhooks with retries', 1, 8],
  ['chore', 'Blue-green deploys', 2, 8],
  ['feature', 'Bulk edit in tables', 0, 5],
  ['bug', 'Avatar upload fails for PNG > 5 MB', 1, 2],
  ['feature', 'Two-factor authentication', 1, 8],
  ['chore', 'Accessibility lint in CI', 0, 2],
  ['feature', 'Comment threads', 0, 5],
  ['bug', 'Race condition in job scheduler', 2, 5],
  ['feature', 'Public status page', 2, 3],
  ['chore', 'Dependency updates', 2, 2],
  ['feature', 'Mobile push notifications', 0, 8],
  ['bug', 'CSV import drops accents', 1, 2],
  ['feature', 'Admin usage reports', 1, 5],
  ['chore', 'Load tests for the API', 2, 5],
  ['feature', 'Drag-and-drop file attachments', 0, 5],
  ['bug', 'Incorrect totals after currency change', 1, 3],
  ['feature', 'SCIM user provisioning', 1, 8],
  ['chore', 'Cost dashboard for cloud spend', 2, 3],
  ['feature', 'Offline drafts', 0, 8],
  ['bug', 'Sort order lost on refresh', 0, 1],
];

const SPRINTS = 6;
const PER_SPRINT = ITEMS.length / SPRINTS;

/**
 * Software development: six two-week sprints (three done, the current one, two ahead) with
 * features, bugs and chores in three teams, story points, a review status, three releases with
 * release milestones, dependencies between items and notes. Dates are relative to `today`.
 */
export function softwareDevelopment(today: string): ProjectData {
  const clock = new TemplateClock(today);
  const tasks: Task[] = [];
  const dependencies: Dependency[] = [];
  const firstSprint = -30;
  for (let s = 0; s < SPRINTS; s++) {
    const at = firstSprint + s * 10;
    const sprintPhase = clock.phase(at, 10);
    const sprint: Task = { id: `sprint-${s + 1}`, name: `Sprint ${s + 1}`, tags: ['sprint'] };
    tasks.push(sprint);
    for (let k = 0; k < PER_SPRINT; k++) {
      const index = s * PER_SPRINT + k;
      const [kind, name, team, points] = ITEMS[index] as (typeof ITEMS)[number];
      const offset = at + ((k * 3) % 6);
      const days = Math.min(10 - ((k * 3) % 6), Math.max(1, Math.ceil(points / 2)));
      const phase = clock.phase(offset, days);
      const status =
        phase.state === 'done'
          ? 'done'
          : phase.state === 'active'
            ? k % 4 === 2
              ? 'review'
              : k === 5
                ? 'blocked'
                : 'in-progress'
            : sprintPhase.state === 'ahead' && s === SPRINTS - 1
              ? 'backlog'
              : 'todo';
      const task = datedTask(clock, offset, days, {
        id: `${kind}-${index + 1}`,
        name,
        parentId: sprint.id,
        groupId: TEAMS[team]?.id as string,
        assignees: [PEOPLE[(index * 3 + team) % PEOPLE.length]?.id as string],
        priority:
          kind === 'bug'
            ? points >= 5
              ? 'critical'
              : 'high'
            : points >= 8
              ? 'high'
              : k % 3 === 0
                ? 'low'
                : 'medium',
        status,
        tags: [kind],
        fields: {
          kind,
          points,
          ...(kind === 'bug' ? { severity: points >= 5 ? 'sev1' : points >= 3 ? 'sev2' : 'sev3' } : {}),
        },
        releaseId: `v${s < 2 ? 1 : s < 4 ? 2 : 3}`,
      });
      if (phase.state === 'done') task.progress = 100;
      if (phase.state === 'active') task.progress = phase.progress;
      tasks.push(task);
      if (k > 0 && k % 3 === 1) {
        const prev = tasks[tasks.length - 2] as Task;
        dependencies.push({
          id: `dep-${dependencies.length + 1}`,
          from: prev.id,
          to: task.id,
          type: k % 2 === 0 ? 'SS' : 'FS',
        });
      }
    }
  }
  const releases = [
    { id: 'v1', name: 'v2.4', date: clock.end(firstSprint + 19, 1), status: 'released' },
    { id: 'v2', name: 'v2.5', date: clock.end(firstSprint + 39, 1), status: 'in progress' },
    { id: 'v3', name: 'v3.0', date: clock.end(firstSprint + 59, 1), status: 'planned' },
  ];
  const releaseTasks = releases.map((r, i) => {
    const milestone = datedTask(clock, firstSprint + 20 * (i + 1), 0, {
      id: `release-${r.id}`,
      name: `Release ${r.name}`,
      releaseId: r.id,
      status: i === 0 ? 'done' : 'todo',
      priority: 'critical',
      tags: ['release'],
    });
    return milestone;
  });
  tasks.push(...releaseTasks);
  const lastOf = (s: number) => `${ITEMS[(s + 1) * PER_SPRINT - 1]?.[0]}-${(s + 1) * PER_SPRINT}`;
  dependencies.push(
    { id: 'dep-r1', from: lastOf(1), to: 'release-v1' },
    { id: 'dep-r2', from: lastOf(3), to: 'release-v2' },
    { id: 'dep-r3', from: lastOf(5), to: 'release-v3' },
  );
  const notes: Note[] = [
    {
      id: 'note-1',
      taskId: 'bug-14',
      author: 'chidi',
      text: 'Heap snapshots attached; leak is in the reconnect handler.',
      createdAt: clock.day(-12),
    },
    {
      id: 'note-2',
      taskId: 'feature-15',
      author: 'bea',
      text: 'Pricing page copy pending from marketing.',
      createdAt: clock.day(-3),
    },
    {
      id: 'note-3',
      author: 'dana',
      text: 'Code freeze two days before each release.',
      createdAt: clock.day(-20),
      color: '#f2c94c',
    },
  ];
  return {
    id: 'software-development',
    name: 'Web app — sprints & releases',
    start: clock.day(firstSprint),
    statuses: [
      { id: 'backlog', label: 'Backlog', color: '#bdbdbd', category: 'todo' },
      { id: 'todo', label: 'To do', color: '#8a94a6', category: 'todo' },
      { id: 'in-progress', label: 'In progress', color: '#2f80ed', category: 'active' },
      { id: 'review', label: 'In review', color: '#9b51e0', category: 'active' },
      { id: 'blocked', label: 'Blocked', color: '#eb5757', category: 'blocked' },
      { id: 'done', label: 'Done', color: '#27ae60', category: 'done' },
    ],
    people: PEOPLE,
    groups: TEAMS,
    releases,
    fields: [
      {
        id: 'kind',
        label: 'Type',
        type: 'select',
        options: [
          { id: 'feature', label: 'Feature', color: '#2f80ed' },
          { id: 'bug', label: 'Bug', color: '#eb5757' },
          { id: 'chore', label: 'Chore', color: '#8a94a6' },
        ],
      },
      { id: 'points', label: 'Story points', type: 'number' },
      {
        id: 'severity',
        label: 'Severity',
        type: 'select',
        options: [
          { id: 'sev1', label: 'Sev 1' },
          { id: 'sev2', label: 'Sev 2' },
          { id: 'sev3', label: 'Sev 3' },
        ],
      },
    ],
    tasks,
    dependencies,
    notes,
    automations: [
      {
        id: 'review-requested',
        name: 'Review requested',
        when: { type: 'field-changed', field: 'status', to: 'review' },
        then: [
          { type: 'notify', to: ['dana'], message: 'Review requested: {{task.name}} ({{task.assignees}})' },
        ],
      },
      {
        id: 'blocker-finished',
        name: 'Blocker finished',
        when: { type: 'predecessors-done' },
        then: [
          {
            type: 'notify',
            to: ['assignees'],
            message: 'What {{task.name}} waited for is done: it can go ahead.',
          },
        ],
      },
      {
        id: 'late-bug',
        name: 'Late bug',
        when: { type: 'task-late' },
        if: { field: 'fields.kind', op: 'eq', value: 'bug' },
        then: [
          { type: 'set-field', field: 'priority', value: 'critical' },
          { type: 'notify', to: ['assignees', 'dana'], message: 'The bug {{task.name}} is late.' },
        ],
      },
    ],
  };
}
