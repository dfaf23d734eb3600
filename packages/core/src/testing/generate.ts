import type {
  Dependency,
  DependencyType,
  Group,
  Person,
  PriorityDef,
  ProjectData,
  StatusDef,
  Task,
} from '../model/types.js';
import { formatWallTime, MINUTES_PER_DAY, parseWallTime } from '../time/wall-time.js';
import { createRandom } from './random.js';

/** Options of {@link generateProject}. Every option defaults to off or to a small, plain project. */
export interface GenerateOptions {
  /** Total number of tasks, summaries included. */
  tasks: number;
  /** Same seed, same project. Default 1. */
  seed?: number;
  /** Project start, a wall-clock date. Default `'2026-01-05'` (a Monday). */
  start?: string;
  /** Leaf tasks per work package. Default 10. */
  packageSize?: number;
  /** Work packages per project. Default 10. */
  packagesPerProject?: number;
  /** Share of leaves that are milestones. Default 0.05. */
  milestones?: number;
  /** Mix SS, FF and SF links into the FS chains (about a quarter of them). */
  linkTypes?: boolean;
  /** Give about a fifth of the links a lag or lead of up to ±3 days. */
  lags?: boolean;
  /** Give about one leaf in twenty an SNET, FNET, SNLT or FNLT constraint. */
  constraints?: boolean;
  /** Number of people to create and assign. Default 0. */
  people?: number;
  /** Define statuses and priorities and give every task one. */
  statuses?: boolean;
  /** Number of groups (lanes, teams) to create and assign. Default 0. */
  groups?: number;
}

const WORDS = [
  'Design',
  'Build',
  'Review',
  'Test',
  'Deploy',
  'Plan',
  'Research',
  'Draft',
  'Approve',
  'Integrate',
  'Migrate',
  'Document',
  'Configure',
  'Audit',
  'Prototype',
  'Measure',
] as const;
const OBJECTS = [
  'API',
  'schema',
  'checkout',
  'onboarding',
  'billing',
  'search',
  'reports',
  'permissions',
  'mobile app',
  'data import',
  'notifications',
  'dashboard',
  'pipeline',
  'release notes',
  'pricing page',
  'SSO',
] as const;
const NAMES = [
  'Ada',
  'Ben',
  'Chloé',
  'Dmitri',
  'Eszter',
  'Farah',
  'Gustavo',
  'Hana',
  'Ivan',
  'Jun',
  'Kwame',
  'Leila',
  'Mateo',
  'Nadia',
  'Oskar',
  'Priya',
  'Quentin',
  'Rosa',
  'Sven',
  'Tomás',
  'Uma',
  'Viktor',
  'Wen',
  'Yusuf',
] as const;

const STATUSES: StatusDef[] = [
  { id: 'todo', label: 'To do', color: '#8a94a6', category: 'todo' },
  { id: 'in-progress', label: 'In progress', color: '#2f6fed', category: 'active' },
  { id: 'blocked', label: 'Blocked', color: '#d93f3f', category: 'blocked' },
  { id: 'done', label: 'Done', color: '#2e9e5b', category: 'done' },
];
const PRIORITIES: PriorityDef[] = [
  { id: 'urgent', label: 'Urgent', color: '#d93f3f', rank: 0 },
  { id: 'high', label: 'High', color: '#f08c2e', rank: 1 },
  { id: 'medium', label: 'Medium', color: '#e6c229', rank: 2 },
  { id: 'low', label: 'Low', color: '#8a94a6', rank: 3 },
];
const LINK_TYPES: DependencyType[] = ['SS', 'FF', 'SF'];
const CONSTRAINTS = ['SNET', 'FNET', 'SNLT', 'FNLT'] as const;

/**
 * Generates a deterministic project shaped like a real portfolio: a root summary, projects, work
 * packages of leaf tasks, FS chains inside each work package and from one package to the next,
 * mixed durations and some milestones. Shared by tests, stories and benchmarks.
 */
export function generateProject(options: GenerateOptions): ProjectData {
  const total = Math.floor(options.tasks);
  if (!Number.isFinite(total) || total < 0) {
    throw new RangeError(`generateProject: tasks must be a non-negative number, got ${options.tasks}`);
  }
  const rng = createRandom(options.seed ?? 1);
  const startText = options.start ?? '2026-01-05';
  const start = parseWallTime(startText);
  if (start === undefined) throw new RangeError(`generateProject: start is not a date: ${startText}`);
  const packageSize = Math.max(1, options.packageSize ?? 10);
  const packagesPerProject = Math.max(1, options.packagesPerProject ?? 10);
  const milestoneShare = options.milestones ?? 0.05;

  const people = makePeople(options.people ?? 0);
  const groups = makeGroups(options.groups ?? 0);
  const dayText = createDayFormatter(start);
  const tasks: Task[] = [];
  const dependencies: Dependency[] = [];

  const addTask = (task: Task): Task => {
    if (options.statuses) {
      task.status = rng.pick(STATUSES).id;
      task.priority = rng.pick(PRIORITIES).id;
    }
    if (people.length > 0) task.assignees = [rng.pick(people).id];
    if (groups.length > 0) task.groupId = rng.pick(groups).id;
    tasks.push(task);
    return task;
  };
  const link = (from: string, to: string): void => {
    const dependency: Dependency = { id: `d${dependencies.length + 1}`, from, to };
    if (options.linkTypes && rng.chance(0.25)) dependency.type = rng.pick(LINK_TYPES);
    if (options.lags && rng.chance(0.2)) {
      dependency.lag = rng.int(-3, 3);
      dependency.lagUnit = 'day';
    }
    dependencies.push(dependency);
  };

  if (total > 0) addTask({ id: 't1', name: 'Portfolio', order: 0 });
  let projectNo = 0;
  let previousLeaf: string | undefined;
  let offset = 0;
  while (tasks.length < total) {
    projectNo += 1;
    const project = addTask({
      id: `t${tasks.length + 1}`,
      name: `Project ${projectNo}`,
      parentId: 't1',
      order: projectNo,
    });
    previousLeaf = undefined;
    offset = rng.int(0, 20);
    for (let p = 1; p <= packagesPerProject && tasks.length < total; p++) {
      const pkg = addTask({
        id: `t${tasks.length + 1}`,
        name: `${rng.pick(OBJECTS)} ${projectNo}.${p}`,
        parentId: project.id,
        order: p,
      });
      for (let l = 1; l <= packageSize && tasks.length < total; l++) {
        const milestone = rng.chance(milestoneShare);
        const duration = milestone ? 0 : rng.int(1, 10);
        const leaf = addTask({
          id: `t${tasks.length + 1}`,
          name: milestone ? `${rng.pick(OBJECTS)} ready` : `${rng.pick(WORDS)} ${rng.pick(OBJECTS)}`,
          parentId: pkg.id,
          order: l,
          start: dayText(offset),
          duration,
          ...(milestone ? { type: 'milestone' as const } : {}),
          progress: rng.chance(0.3) ? rng.int(0, 10) * 10 : 0,
        });
        if (options.constraints && !milestone && rng.chance(0.05)) {
          leaf.constraint = { type: rng.pick(CONSTRAINTS), date: dayText(offset + rng.int(0, 15)) };
        }
        if (previousLeaf !== undefined) link(previousLeaf, leaf.id);
        previousLeaf = leaf.id;
        offset += duration;
      }
    }
  }

  const data: ProjectData = {
    id: `generated-${options.seed ?? 1}-${total}`,
    name: `Generated (${total} tasks)`,
    start: startText,
    tasks,
  };
  if (dependencies.length > 0) data.dependencies = dependencies;
  if (options.statuses) {
    data.statuses = STATUSES.map((s) => ({ ...s }));
    data.priorities = PRIORITIES.map((p) => ({ ...p }));
  }
  if (people.length > 0) data.people = people;
  if (groups.length > 0) data.groups = groups;
  return data;
}

function makePeople(count: number): Person[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `p${i + 1}`,
    name: `${NAMES[i % NAMES.length]}${i >= NAMES.length ? ` ${Math.floor(i / NAMES.length) + 1}` : ''}`,
    capacity: 8,
  }));
}

function makeGroups(count: number): Group[] {
  return Array.from({ length: count }, (_, i) => ({ id: `g${i + 1}`, name: `Team ${i + 1}` }));
}

/** Formats `start + n days` with a cache: a large project reuses a few thousand day strings. */
function createDayFormatter(start: number): (days: number) => string {
  const cache = new Map<number, string>();
  return (days) => {
    let text = cache.get(days);
    if (text === undefined) {
      text = formatWallTime(start + days * MINUTES_PER_DAY);
      cache.set(days, text);
    }
    return text;
  };
}
