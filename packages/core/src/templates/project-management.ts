import type { Baseline, Dependency, Note, ProjectData, Task } from '../model/types.js';
import { datedTask, TemplateClock } from './builder.js';

const PEOPLE = [
  { id: 'hannah', name: 'Hannah Becker', color: '#2f80ed', capacity: 8 },
  { id: 'omar', name: 'Omar Haddad', color: '#27ae60', capacity: 8 },
  { id: 'lucia', name: 'Lucía Fernández', color: '#9b51e0', capacity: 6 },
  { id: 'kenji', name: 'Kenji Watanabe', color: '#f2994a', capacity: 8 },
  { id: 'grace', name: 'Grace Mensah', color: '#eb5757', capacity: 8 },
  { id: 'tom', name: 'Tom O’Brien', color: '#56ccf2', capacity: 4 },
];

const WORKSTREAMS = [
  { id: 'pmo', name: 'PMO', color: '#8a94a6' },
  { id: 'tech', name: 'Technology', color: '#2f80ed' },
  { id: 'ops', name: 'Operations', color: '#27ae60' },
  { id: 'change', name: 'Change & training', color: '#f2994a' },
];

/** Phases of an office relocation and system rollout: items are [name, days, workstream]. */
const PHASES: { id: string; name: string; items: [string, number, string][]; milestone: string }[] = [
  {
    id: 'initiation',
    name: 'Initiation',
    milestone: 'Project charter signed',
    items: [
      ['Define goals and success criteria', 3, 'pmo'],
      ['Identify stakeholders', 2, 'pmo'],
      ['Draft project charter', 3, 'pmo'],
      ['Budget estimate', 2, 'pmo'],
      ['Risk workshop', 1, 'pmo'],
      ['Sponsor review', 1, 'pmo'],
    ],
  },
  {
    id: 'planning',
    name: 'Planning',
    milestone: 'Plan approved',
    items: [
      ['Requirements interviews', 5, 'tech'],
      ['Site survey of the new office', 3, 'ops'],
      ['Vendor shortlist', 4, 'ops'],
      ['Network and IT design', 5, 'tech'],
      ['Communication plan', 3, 'change'],
      ['Detailed schedule', 4, 'pmo'],
      ['Procurement plan', 3, 'ops'],
      ['Training needs analysis', 4, 'change'],
      ['Plan review with steering committee', 1, 'pmo'],
    ],
  },
  {
    id: 'execution',
    name: 'Execution',
    milestone: 'Go-live',
    items: [
      ['Sign vendor contracts', 3, 'ops'],
      ['Order furniture and equipment', 5, 'ops'],
      ['Install network cabling', 8, 'tech'],
      ['Set up meeting-room AV', 4, 'tech'],
      ['Configure laptops and accounts', 6, 'tech'],
      ['Migrate file shares', 5, 'tech'],
      ['Data migration dry run', 3, 'tech'],
      ['Security review', 3, 'tech'],
      ['Prepare training materials', 6, 'change'],
      ['Train team leads', 3, 'change'],
      ['Train all staff', 5, 'change'],
      ['Move-day logistics', 4, 'ops'],
      ['Pack and label', 3, 'ops'],
      ['Move weekend', 2, 'ops'],
      ['Cut-over to new systems', 2, 'tech'],
    ],
  },
  {
    id: 'monitoring',
    name: 'Monitoring & control',
    milestone: 'Stabilised',
    items: [
      ['Hypercare support desk', 10, 'tech'],
      ['Weekly status reports', 10, 'pmo'],
      ['Issue log triage', 8, 'pmo'],
      ['Budget tracking', 6, 'pmo'],
      ['Staff feedback survey', 3, 'change'],
      ['Fix snag list', 6, 'ops'],
    ],
  },
  {
    id: 'closure',
    name: 'Closure',
    milestone: 'Project closed',
    items: [
      ['Lessons-learned workshop', 1, 'pmo'],
      ['Hand over to operations', 3, 'ops'],
      ['Close vendor contracts', 3, 'ops'],
      ['Archive project documents', 2, 'pmo'],
      ['Final report to sponsor', 2, 'pmo'],
    ],
  },
];

const PRIORITIES = ['high', 'medium', 'critical', 'medium', 'low', 'high'];

/**
 * Project management: an office move and system rollout in five phases (summary tasks) of
 * action items with owners, priorities and workstreams, a milestone closing each phase, finish-
 * to-start chains, notes, and a baseline taken at plan approval (some items have slipped since).
 * Dates are relative to `today`.
 */
export function projectManagement(today: string): ProjectData {
  const clock = new TemplateClock(today);
  const tasks: Task[] = [];
  const dependencies: Dependency[] = [];
  const baseline: Baseline['tasks'] = {};
  const link = (from: string, to: string, lag?: number) => {
    const dep: Dependency = { id: `dep-${dependencies.length + 1}`, from, to };
    if (lag !== undefined) dep.lag = lag;
    dependencies.push(dep);
  };
  let at = -35;
  let previousMilestone: string | undefined;
  let n = 0;
  PHASES.forEach((phase, p) => {
    tasks.push({ id: phase.id, name: phase.name });
    const ends: [string, number][] = [];
    let lane = at;
    phase.items.forEach(([name, days, stream], i) => {
      n += 1;
      const start = i % 2 === 0 ? lane : lane - Math.min(2, days);
      const id = `${phase.id}-${i + 1}`;
      const state = clock.phase(start, days);
      const task = datedTask(clock, start, days, {
        id,
        name,
        parentId: phase.id,
        groupId: stream,
        assignees: [PEOPLE[(n * 5 + p) % PEOPLE.length]?.id as string],
        priority: PRIORITIES[(n + p) % PRIORITIES.length] as string,
        status:
          state.state === 'done'
            ? 'done'
            : state.state === 'active'
              ? n % 9 === 4
                ? 'blocked'
                : 'in-progress'
              : 'todo',
      });
      if (state.state === 'done') task.progress = 100;
      if (state.state === 'active') task.progress = state.progress;
      tasks.push(task);
      const slip = i % 5 === 2 ? 2 : 0;
      baseline[id] = { start: clock.day(start - slip), end: clock.end(start - slip, days) };
      if (i === 0 && previousMilestone !== undefined) link(previousMilestone, id);
      else if (i > 0 && i % 2 === 0) link(`${phase.id}-${i - 1}`, id);
      ends.push([id, start + days]);
      lane = Math.max(lane, start + days - 1);
    });
    const finish = Math.max(...ends.map(([, end]) => end));
    const milestoneId = `${phase.id}-done`;
    tasks.push(
      datedTask(clock, finish, 0, {
        id: milestoneId,
        name: phase.milestone,
        parentId: phase.id,
        priority: 'critical',
        status: clock.phase(finish, 0).state === 'ahead' && finish > 0 ? 'todo' : 'done',
        groupId: 'pmo',
      }),
    );
    baseline[milestoneId] = { start: clock.day(finish - 1), end: clock.day(finish - 1) };
    for (const [id, end] of ends) if (end === finish) link(id, milestoneId);
    previousMilestone = milestoneId;
    at = finish;
  });
  const notes: Note[] = [
    {
      id: 'note-1',
      taskId: 'execution-3',
      author: 'kenji',
      text: 'Cabling contractor needs building access badges by Monday.',
      createdAt: clock.day(-6),
      color: '#f2c94c',
    },
    {
      id: 'note-2',
      taskId: 'planning-9',
      author: 'hannah',
      text: 'Steering committee approved the plan with a 5% contingency.',
      createdAt: clock.day(-18),
    },
    {
      id: 'note-3',
      taskId: 'execution-14',
      author: 'omar',
      text: 'Book the freight elevator for both days.',
      createdAt: clock.day(-2),
    },
    {
      id: 'note-4',
      author: 'hannah',
      text: 'Risks reviewed every Friday in the PMO sync.',
      createdAt: clock.day(-25),
    },
  ];
  return {
    id: 'project-management',
    name: 'Office move & system rollout',
    start: clock.day(-35),
    people: PEOPLE,
    groups: WORKSTREAMS,
    tasks,
    dependencies,
    notes,
    baselines: [{ id: 'baseline-1', name: 'Approved plan', takenAt: clock.day(-20), tasks: baseline }],
    automations: [
      {
        id: 'start-not-started',
        name: 'Start date arrived, not started',
        when: { type: 'date-arrived', field: 'start' },
        if: { field: 'status.category', op: 'eq', value: 'todo' },
        then: [
          { type: 'notify', to: ['assignees', 'hannah'], message: '{{task.name}} was due to start today.' },
        ],
      },
      {
        id: 'end-not-done',
        name: 'End date arrived, not done',
        when: { type: 'date-arrived', field: 'end' },
        if: { not: { field: 'status.category', op: 'eq', value: 'done' } },
        then: [
          {
            type: 'notify',
            to: ['assignees', 'hannah'],
            message: '{{task.name}} is due today and not done.',
          },
          { type: 'add-note', text: 'Due {{task.end}} and not done.', color: 'warning' },
        ],
      },
      {
        id: 'milestone-reached',
        name: 'Milestone reached',
        when: { type: 'field-changed', field: 'status.category', to: 'done' },
        if: { field: 'type', op: 'eq', value: 'milestone' },
        then: [
          { type: 'notify', to: ['hannah'], message: 'Milestone reached: {{task.name}}.' },
          { type: 'add-note', text: 'Milestone reached on {{now}}.', color: 'success' },
        ],
      },
    ],
  };
}
