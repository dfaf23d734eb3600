import { RoadlineError } from '../model/errors.js';
import type { Baseline, ProjectData, Task } from '../model/types.js';
import { schedule } from '../schedule/schedule.js';
import type { Project } from '../store/project.js';
import { WorkCalendar } from '../time/calendar.js';
import { WallTimeCache } from '../time/wall-cache.js';
import { parseWallTime } from '../time/wall-time.js';
import {
  ACTIVE,
  type AnalyticsFilter,
  type AnalyticsFrame,
  type AnalyticsSource,
  BLOCKED,
  DONE,
  type FrameOptions,
  TODO,
} from './types.js';

const CATEGORY_CODE: Record<string, number> = { todo: TODO, active: ACTIVE, done: DONE, blocked: BLOCKED };

/**
 * Reads a project into an {@link AnalyticsFrame} in one pass over its tasks. Dates come from
 * `source.schedule` when given, else from each task's own `start`/`end`. Throws
 * `RoadlineError('INVALID_ARGUMENT')` when `today` is not a wall-clock date.
 */
export function createFrame(source: AnalyticsSource, options: FrameOptions): AnalyticsFrame {
  const today = parseWallTime(options.today);
  if (today === undefined) {
    throw new RoadlineError(
      'INVALID_ARGUMENT',
      `Analytics need today as a wall-clock date (YYYY-MM-DD), got ${JSON.stringify(options.today)}`,
    );
  }
  const tasks = source.tasks;
  const n = tasks.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set((tasks[i] as Task).id, i);

  const calendars = [WorkCalendar.from(source.calendar)];
  const calendarIndex = new Map<string, number>();
  for (const data of source.calendars ?? []) {
    if (data.id === undefined || calendarIndex.has(data.id)) continue;
    calendarIndex.set(data.id, calendars.length);
    calendars.push(WorkCalendar.from(data));
  }
  const hourFactor = calendars.map((c) => effortHours(c) / c.minutesPer('day'));

  const statusIndex = new Map<string, number>();
  const statusCategory: number[] = [];
  (source.statuses ?? []).forEach((s, k) => {
    if (!statusIndex.has(s.id)) statusIndex.set(s.id, k);
    statusCategory[k] = CATEGORY_CODE[s.category] ?? TODO;
  });

  const baseline = pickBaseline(source.baselines, options.baselineId);
  const baseTasks = baseline?.tasks;
  const scheduled = source.schedule?.tasks;
  const cache = new WallTimeCache();
  const parse = (text: string | undefined): number => {
    if (typeof text !== 'string') return Number.NaN;
    return cache.parse(text) ?? Number.NaN;
  };
  const filter = options.filter;

  const parent = new Int32Array(n).fill(-1);
  const summary = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = (tasks[i] as Task).parentId;
    if (p === undefined) continue;
    const at = index.get(p);
    if (at === undefined) continue;
    parent[i] = at;
    summary[at] = 1;
  }

  const leaf = new Uint8Array(n);
  const milestone = new Uint8Array(n);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const baseStart = new Float64Array(n).fill(Number.NaN);
  const baseEnd = new Float64Array(n).fill(Number.NaN);
  const work = new Float64Array(n);
  const progress = new Float64Array(n);
  const category = new Uint8Array(n);
  const status = new Int32Array(n).fill(-1);
  const slack = new Float64Array(n).fill(Number.NaN);
  const calendarOf = new Uint16Array(n);

  for (let i = 0; i < n; i++) {
    const task = tasks[i] as Task;
    const s = scheduled?.get(task.id);
    start[i] = parse(s?.start ?? task.start);
    end[i] = parse(s?.end ?? task.end);
    if (s !== undefined) slack[i] = s.totalSlack;
    const cal = task.calendarId === undefined ? 0 : (calendarIndex.get(task.calendarId) ?? 0);
    calendarOf[i] = cal;
    if (baseTasks !== undefined && Object.hasOwn(baseTasks, task.id)) {
      const b = baseTasks[task.id];
      baseStart[i] = parse(b?.start);
      baseEnd[i] = parse(b?.end);
    }
    const p = task.progress;
    progress[i] = typeof p === 'number' && Number.isFinite(p) ? Math.min(100, Math.max(0, p)) : 0;
    const k = task.status === undefined ? undefined : statusIndex.get(task.status);
    if (k !== undefined) status[i] = k;
    category[i] = progress[i] === 100 ? DONE : k === undefined ? TODO : (statusCategory[k] ?? TODO);
    if (summary[i] === 1) continue;
    const isMilestone = task.type === 'milestone';
    milestone[i] = isMilestone ? 1 : 0;
    leaf[i] = filter === undefined || matches(task, filter) ? 1 : 0;
    if (isMilestone) continue;
    const calendar = calendars[cal] as WorkCalendar;
    const a = start[i] as number;
    const b = end[i] as number;
    const minutes =
      !Number.isNaN(a) && !Number.isNaN(b) && b > a
        ? calendar.between(a, b)
        : typeof task.duration === 'number' && Number.isFinite(task.duration) && task.duration > 0
          ? calendar.toMinutes(task.duration, task.durationUnit)
          : 0;
    work[i] = minutes * (hourFactor[cal] as number);
  }

  return {
    source,
    today,
    tasks,
    index,
    parent,
    leaf,
    summary,
    milestone,
    start,
    end,
    baseStart,
    baseEnd,
    work,
    progress,
    category,
    status,
    slack,
    calendarOf,
    calendars,
    baseline,
    hoursPerDay: effortHours(calendars[0] as WorkCalendar),
  };
}

/**
 * Hours of effort in one day of duration: the calendar's `hoursPerDay`, except that a calendar of
 * whole 24-hour days (the default) counts a day as an 8-hour working day.
 */
export function effortHours(calendar: WorkCalendar): number {
  return calendar.hoursPerDay >= 24 ? 8 : calendar.hoursPerDay;
}

/** The members of a store that figures read, with its live schedule. */
export function sourceOf(project: Project): AnalyticsSource {
  const settings = project.settings;
  return {
    id: settings.id,
    name: settings.name,
    calendar: settings.calendar,
    calendars: project.calendars(),
    tasks: project.tasks(),
    dependencies: project.dependencies(),
    statuses: project.statuses(),
    people: project.people(),
    groups: project.groups(),
    releases: project.releases(),
    baselines: project.baselines(),
    notes: project.notes(),
    schedule: project.schedule(),
  };
}

/** `ProjectData` as a frame source, scheduled with `schedule()` so dates follow the links. */
export function sourceOfData(data: ProjectData): AnalyticsSource {
  return { ...data, schedule: schedule(data) };
}

const memo = new WeakMap<Project, { version: number; key: string; frame: AnalyticsFrame }>();

/**
 * The frame of a store's current version, memoized per store: every widget of a dashboard asks
 * for it after a change, and only the first one pays for reading the project.
 */
export function frameOf(project: Project, options: FrameOptions): AnalyticsFrame {
  const key = JSON.stringify([options.today, options.baselineId ?? null, options.filter ?? null]);
  const hit = memo.get(project);
  if (hit !== undefined && hit.version === project.version && hit.key === key) return hit.frame;
  const frame = createFrame(sourceOf(project), options);
  memo.set(project, { version: project.version, key, frame });
  return frame;
}

function pickBaseline(
  baselines: readonly Readonly<Baseline>[] | undefined,
  id: string | undefined,
): Readonly<Baseline> | undefined {
  if (baselines === undefined || baselines.length === 0) return undefined;
  if (id !== undefined) return baselines.find((b) => b.id === id);
  let best = baselines[0] as Readonly<Baseline>;
  for (const b of baselines) if (b.takenAt >= best.takenAt) best = b;
  return best;
}

function matches(task: Readonly<Task>, filter: AnalyticsFilter): boolean {
  if (filter.status && !includes(filter.status, task.status)) return false;
  if (filter.group && !includes(filter.group, task.groupId)) return false;
  if (filter.release && !includes(filter.release, task.releaseId)) return false;
  if (filter.priority && !includes(filter.priority, task.priority)) return false;
  if (filter.assignee && !task.assignees?.some((a) => filter.assignee?.includes(a))) return false;
  if (filter.tags && !task.tags?.some((t) => filter.tags?.includes(t))) return false;
  return true;
}

function includes(list: readonly string[], value: string | undefined): boolean {
  return value !== undefined && list.includes(value);
}

/**
 * The share (0–1) of a leaf's planned working time that lies before `t`, on its calendar, between
 * `from` and `to` (wall minutes). A milestone or zero-length task is all-or-nothing at `to`.
 */
export function plannedShare(frame: AnalyticsFrame, i: number, from: number, to: number, t: number): number {
  if (!(!Number.isNaN(from) && !Number.isNaN(to))) return 0;
  if (t >= to) return 1;
  if (t <= from) return 0;
  const calendar = frame.calendars[frame.calendarOf[i] as number] as WorkCalendar;
  const total = calendar.between(from, to);
  return total > 0 ? calendar.between(from, t) / total : 0;
}

/** Working days (in the project calendar's days) from `a` to `b`; negative when `b` is earlier. */
export function workingDaysBetween(frame: AnalyticsFrame, a: number, b: number): number {
  const calendar = frame.calendars[0] as WorkCalendar;
  return calendar.between(a, b) / calendar.minutesPer('day');
}
