import { RoadlineError } from '../model/errors.js';
import type { Baseline, ProjectData, ScheduledTask, ScheduleResult, Task } from '../model/types.js';
import { schedule } from '../schedule/schedule.js';
import type { ScheduledTimes } from '../schedule/times.js';
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

/** How far up the previous task's ancestors a parent is looked for before asking the id index. */
const ANCESTOR_STEPS = 32;

/**
 * Reads a project into an {@link AnalyticsFrame} in one pass over its tasks. Dates come from
 * `source.scheduled` or `source.schedule` when given, else from each task's own `start`/`end`.
 * Throws `RoadlineError('INVALID_ARGUMENT')` when `today` is not a wall-clock date.
 */
export function createFrame(source: AnalyticsSource, options: FrameOptions): AnalyticsFrame {
  return readFrame(source, options, undefined).frame;
}

/** A frame with what the next version's frame needs to reuse its unchanged rows. */
interface FrameState {
  frame: AnalyticsFrame;
  /** Date strings parsed so far; a store's dates repeat from version to version. */
  cache: WallTimeCache;
}

/**
 * Builds a frame; with `previous` (the frame of an earlier version, same options), rows whose task
 * object, scheduled dates and slack, and summary flag are the same are copied rather than read
 * again, and when nothing a figure reads changed the previous frame itself is returned.
 */
function readFrame(
  source: AnalyticsSource,
  options: FrameOptions,
  previous: FrameState | undefined,
): FrameState {
  const today = parseWallTime(options.today);
  if (today === undefined) {
    throw new RoadlineError(
      'INVALID_ARGUMENT',
      `Analytics need today as a wall-clock date (YYYY-MM-DD), got ${JSON.stringify(options.today)}`,
    );
  }
  const tasks = source.tasks;
  const n = tasks.length;
  const prev = previous?.frame;
  const cache = previous?.cache ?? new WallTimeCache();
  const parse = (text: string | undefined): number => {
    if (typeof text !== 'string') return Number.NaN;
    return cache.parse(text) ?? Number.NaN;
  };

  const sameCalendars =
    prev !== undefined &&
    prev.source.calendar === source.calendar &&
    sameItems(prev.source.calendars, source.calendars);
  const calendars = sameCalendars ? prev.calendars : [WorkCalendar.from(source.calendar)];
  const calendarIndex = new Map<string, number>();
  for (const data of source.calendars ?? []) {
    if (data.id === undefined || calendarIndex.has(data.id)) continue;
    calendarIndex.set(data.id, calendarIndex.size + 1);
    if (!sameCalendars) (calendars as WorkCalendar[]).push(WorkCalendar.from(data));
  }
  const hourFactor = calendars.map((c) => effortHours(c) / c.minutesPer('day'));

  const statusIndex = new Map<string, number>();
  const statusCategory: number[] = [];
  (source.statuses ?? []).forEach((s, k) => {
    if (!statusIndex.has(s.id)) statusIndex.set(s.id, k);
    statusCategory[k] = CATEGORY_CODE[s.category] ?? TODO;
  });

  const baseline = pickBaseline(source.baselines, options.baselineId);
  const base = baseline === undefined ? undefined : parsedBaseline(baseline, cache);
  // Numbers straight from the scheduler when it has them; else one object (and date strings) a task.
  const times = source.times?.();
  const lookup = times === undefined ? scheduledLookup(source) : undefined;
  const filter = options.filter;
  // Rows of the previous frame can be copied only when everything a row reads besides its task,
  // its scheduled values and its summary flag is the same.
  const reuse =
    prev !== undefined &&
    previous !== undefined &&
    sameCalendars &&
    prev.baseline === baseline &&
    sameItems(prev.source.statuses, source.statuses);

  // Tasks come in WBS order from a store: a task's parent is the task before it or one of that
  // task's ancestors. Other orders fall back to the id index.
  const ids = new Array<string>(n);
  for (let i = 0; i < n; i++) ids[i] = (tasks[i] as Task).id;
  let index: Map<string, number> | undefined;
  const indexOf = (): Map<string, number> => {
    if (index === undefined) {
      index = new Map();
      for (let i = 0; i < n; i++) index.set(ids[i] as string, i);
    }
    return index;
  };
  const parent = new Int32Array(n).fill(-1);
  const summary = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = (tasks[i] as Task).parentId;
    if (p === undefined) continue;
    let at = i - 1;
    for (let steps = 0; at >= 0 && steps < ANCESTOR_STEPS && ids[at] !== p; steps++) {
      at = parent[at] as number;
    }
    if (at < 0 || ids[at] !== p) at = indexOf().get(p) ?? -1;
    if (at < 0) continue;
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

  let copied = 0;
  let baseCursor = 0;
  for (let i = 0; i < n; i++) {
    const task = tasks[i] as Task;
    const id = ids[i] as string;
    let a: number;
    let b: number;
    let totalSlack = Number.NaN;
    const slot = times === undefined ? -1 : times.slot(id, i);
    if (slot >= 0) {
      const instants = (times as ScheduledTimes).instants;
      a = instants[slot * 6] as number;
      b = instants[slot * 6 + 1] as number;
      totalSlack = (times as ScheduledTimes).totalSlack[slot] as number;
    } else {
      const s = lookup?.(id);
      a = parse(s?.start ?? task.start);
      b = parse(s?.end ?? task.end);
      if (s !== undefined) totalSlack = s.totalSlack;
    }
    if (
      reuse &&
      i < prev.tasks.length &&
      prev.tasks[i] === task &&
      Object.is(prev.start[i], a) &&
      Object.is(prev.end[i], b) &&
      Object.is(prev.slack[i], totalSlack) &&
      prev.summary[i] === summary[i]
    ) {
      leaf[i] = prev.leaf[i] as number;
      milestone[i] = prev.milestone[i] as number;
      start[i] = prev.start[i] as number;
      end[i] = prev.end[i] as number;
      baseStart[i] = prev.baseStart[i] as number;
      baseEnd[i] = prev.baseEnd[i] as number;
      work[i] = prev.work[i] as number;
      progress[i] = prev.progress[i] as number;
      category[i] = prev.category[i] as number;
      status[i] = prev.status[i] as number;
      slack[i] = prev.slack[i] as number;
      calendarOf[i] = prev.calendarOf[i] as number;
      copied++;
      continue;
    }
    start[i] = a;
    end[i] = b;
    slack[i] = totalSlack;
    const cal = task.calendarId === undefined ? 0 : (calendarIndex.get(task.calendarId) ?? 0);
    calendarOf[i] = cal;
    if (base !== undefined) {
      const k = baselineSlot(base, baseCursor, id);
      if (k >= 0) {
        baseStart[i] = base.start[k] as number;
        baseEnd[i] = base.end[k] as number;
        baseCursor = k + 1;
      }
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
    const minutes =
      !Number.isNaN(a) && !Number.isNaN(b) && b > a
        ? calendar.between(a, b)
        : typeof task.duration === 'number' && Number.isFinite(task.duration) && task.duration > 0
          ? calendar.toMinutes(task.duration, task.durationUnit)
          : 0;
    work[i] = minutes * (hourFactor[cal] as number);
  }

  if (
    reuse &&
    copied === n &&
    n === prev.tasks.length &&
    prev.source.id === source.id &&
    prev.source.name === source.name &&
    sameItems(prev.source.dependencies, source.dependencies) &&
    sameItems(prev.source.people, source.people) &&
    sameItems(prev.source.assignments, source.assignments) &&
    sameItems(prev.source.groups, source.groups) &&
    sameItems(prev.source.releases, source.releases)
  ) {
    return { frame: prev, cache };
  }

  const frame = new Frame(
    source,
    today,
    tasks,
    ids,
    indexOf,
    { parent, leaf, summary, milestone, start, end, baseStart, baseEnd, work, progress, category, status },
    slack,
    calendarOf,
    calendars,
    baseline,
  );
  return { frame, cache };
}

/** The per-task arrays of a frame that {@link Frame} takes as a group. */
interface FrameRows {
  parent: Int32Array;
  leaf: Uint8Array;
  summary: Uint8Array;
  milestone: Uint8Array;
  start: Float64Array;
  end: Float64Array;
  baseStart: Float64Array;
  baseEnd: Float64Array;
  work: Float64Array;
  progress: Float64Array;
  category: Uint8Array;
  status: Int32Array;
}

/**
 * An {@link AnalyticsFrame} as a class: its id index is built on first read, and a class keeps
 * its members in fast properties (an object literal with a getter would not), which every
 * figure's loop reads a hundred thousand times.
 */
class Frame implements AnalyticsFrame {
  readonly parent: Int32Array;
  readonly leaf: Uint8Array;
  readonly summary: Uint8Array;
  readonly milestone: Uint8Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly baseStart: Float64Array;
  readonly baseEnd: Float64Array;
  readonly work: Float64Array;
  readonly progress: Float64Array;
  readonly category: Uint8Array;
  readonly status: Int32Array;
  readonly hoursPerDay: number;

  constructor(
    readonly source: AnalyticsSource,
    readonly today: number,
    readonly tasks: readonly Readonly<Task>[],
    readonly ids: readonly string[],
    private readonly indexOf: () => ReadonlyMap<string, number>,
    rows: FrameRows,
    readonly slack: Float64Array,
    readonly calendarOf: Uint16Array,
    readonly calendars: readonly WorkCalendar[],
    readonly baseline: Readonly<Baseline> | undefined,
  ) {
    this.parent = rows.parent;
    this.leaf = rows.leaf;
    this.summary = rows.summary;
    this.milestone = rows.milestone;
    this.start = rows.start;
    this.end = rows.end;
    this.baseStart = rows.baseStart;
    this.baseEnd = rows.baseEnd;
    this.work = rows.work;
    this.progress = rows.progress;
    this.category = rows.category;
    this.status = rows.status;
    this.hoursPerDay = effortHours(calendars[0] as WorkCalendar);
  }

  get index(): ReadonlyMap<string, number> {
    return this.indexOf();
  }
}

/** The scheduled values of a task by id, from the source's live lookup or its schedule. */
function scheduledLookup(source: AnalyticsSource): ((id: string) => ScheduledTask | undefined) | undefined {
  if (source.scheduled !== undefined) return source.scheduled;
  const tasks = source.schedule?.tasks;
  return tasks === undefined ? undefined : (id) => tasks.get(id);
}

/** Whether two lists hold the same objects in the same order (absent counts as empty). */
function sameItems(a: readonly unknown[] | undefined, b: readonly unknown[] | undefined): boolean {
  if (a === b) return true;
  const x = a ?? [];
  const y = b ?? [];
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

/** A baseline's dates as numbers, in the order of its task keys. */
interface ParsedBaseline {
  ids: string[];
  start: Float64Array;
  end: Float64Array;
  /** Id → position, built on the first id that is not where the cursor expects it. */
  slot: Map<string, number> | undefined;
}

/** Baselines are frozen and never edited in place, so their parsed dates are kept by identity. */
const parsedBaselines = new WeakMap<object, ParsedBaseline>();

function parsedBaseline(baseline: Readonly<Baseline>, cache: WallTimeCache): ParsedBaseline {
  const tasks = baseline.tasks;
  const hit = parsedBaselines.get(tasks);
  if (hit !== undefined) return hit;
  const ids = Object.keys(tasks);
  const start = new Float64Array(ids.length);
  const end = new Float64Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    const dates = tasks[ids[k] as string];
    const s = typeof dates?.start === 'string' ? cache.parse(dates.start) : undefined;
    const e = typeof dates?.end === 'string' ? cache.parse(dates.end) : undefined;
    start[k] = s ?? Number.NaN;
    end[k] = e ?? Number.NaN;
  }
  const parsed: ParsedBaseline = { ids, start, end, slot: undefined };
  parsedBaselines.set(tasks, parsed);
  return parsed;
}

/**
 * Where a task's dates are in a parsed baseline, or -1. A baseline lists tasks in WBS order, as a
 * store hands them over, so the slot after the last one found is tried before the index.
 */
function baselineSlot(base: ParsedBaseline, cursor: number, id: string): number {
  if (base.ids[cursor] === id) return cursor;
  if (base.slot === undefined) {
    base.slot = new Map();
    for (let k = 0; k < base.ids.length; k++) base.slot.set(base.ids[k] as string, k);
  }
  return base.slot.get(id) ?? -1;
}

/**
 * Hours of effort in one day of duration: the calendar's `hoursPerDay`, except that a calendar of
 * whole 24-hour days (the default) counts a day as an 8-hour working day.
 */
export function effortHours(calendar: WorkCalendar): number {
  return calendar.hoursPerDay >= 24 ? 8 : calendar.hoursPerDay;
}

/**
 * The members of a store that figures read. Scheduled dates are read as numbers from the store's
 * live scheduler (`project.scheduledTimes()`, else task by task with `project.scheduled(id)`): no
 * whole-schedule snapshot, no object or date string per task. `schedule` (the full result) is made
 * only if something reads it.
 */
export function sourceOf(project: Project): AnalyticsSource {
  const settings = project.settings;
  let schedule: ScheduleResult | undefined;
  let read = false;
  return {
    id: settings.id,
    name: settings.name,
    calendar: settings.calendar,
    calendars: project.calendars(),
    tasks: project.tasks(),
    dependencies: project.dependencies(),
    statuses: project.statuses(),
    people: project.people(),
    assignments: project.assignments(),
    groups: project.groups(),
    releases: project.releases(),
    baselines: project.baselines(),
    notes: project.notes(),
    scheduled: (id) => project.scheduled(id),
    times: () => project.scheduledTimes(),
    get schedule() {
      if (!read) {
        schedule = project.schedule();
        read = true;
      }
      return schedule;
    },
  };
}

/** `ProjectData` as a frame source, scheduled with `schedule()` so dates follow the links. */
export function sourceOfData(data: ProjectData): AnalyticsSource {
  return { ...data, schedule: schedule(data) };
}

/** A store's frames by options key, most recently used last. */
type FrameMemo = Map<string, FrameState & { version: number }>;

const memo = new WeakMap<Project, FrameMemo>();

/** Frames kept per store: one per distinct filter (or today or baseline) in use on a page. */
const FRAMES_PER_STORE = 8;

/**
 * The frame of a store's current version, memoized per store and options: every widget of a
 * dashboard asks for it after a change, and only the first one pays for reading the project
 * (widgets with different filters each keep their own). After a change, rows of tasks the change
 * did not touch are copied from the previous frame, and a change that touched nothing figures
 * read (a note, say) returns the previous frame itself.
 */
export function frameOf(project: Project, options: FrameOptions): AnalyticsFrame {
  const key = JSON.stringify([options.today, options.baselineId ?? null, options.filter ?? null]);
  let frames = memo.get(project);
  if (frames === undefined) {
    frames = new Map();
    memo.set(project, frames);
  }
  const hit = frames.get(key);
  if (hit !== undefined && hit.version === project.version) return hit.frame;
  const state = readFrame(sourceOf(project), options, hit);
  frames.delete(key);
  frames.set(key, { ...state, version: project.version });
  if (frames.size > FRAMES_PER_STORE) {
    const oldest = frames.keys().next();
    if (oldest.done !== true) frames.delete(oldest.value);
  }
  return state.frame;
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
