/**
 * The shared input of every dashboard figure. A figure never reads a store or the clock: it reads
 * an {@link AnalyticsFrame}, built once per store version by `createFrame` (or `frameOf` for a
 * store), so eight widgets over the same project parse its dates once.
 */
import type {
  Assignment,
  Baseline,
  CalendarData,
  Dependency,
  Group,
  Note,
  Person,
  Release,
  ScheduledTask,
  ScheduleResult,
  StatusDef,
  Task,
} from '../model/types.js';
import type { ScheduledTimes } from '../schedule/times.js';
import type { WorkCalendar } from '../time/calendar.js';

/** What a frame is built from: a `ProjectData`, or the same members read from a store. */
export interface AnalyticsSource {
  id: string;
  name: string;
  calendar?: CalendarData | undefined;
  calendars?: readonly Readonly<CalendarData>[] | undefined;
  /** Parents before children is not required; any order works. */
  tasks: readonly Readonly<Task>[];
  dependencies?: readonly Readonly<Dependency>[] | undefined;
  statuses?: readonly Readonly<StatusDef>[] | undefined;
  people?: readonly Readonly<Person>[] | undefined;
  /** Units and work per person and task (`Task.assignees` is the 100 % shorthand). */
  assignments?: readonly Readonly<Assignment>[] | undefined;
  groups?: readonly Readonly<Group>[] | undefined;
  releases?: readonly Readonly<Release>[] | undefined;
  baselines?: readonly Readonly<Baseline>[] | undefined;
  notes?: readonly Readonly<Note>[] | undefined;
  /** The live schedule. Without it (and `scheduled`), figures read each task's own `start` and `end`. */
  schedule?: ScheduleResult | undefined;
  /**
   * One task's scheduled values by id, read instead of `schedule.tasks` when given: a store's live
   * scheduler (`project.scheduled`), which keeps the objects of tasks a change did not move.
   */
  scheduled?: ((id: string) => ScheduledTask | undefined) | undefined;
  /**
   * The scheduler's dates as numbers (`project.scheduledTimes`), read before `scheduled` when it
   * returns a view: called once per frame, since the view is live.
   */
  times?: (() => ScheduledTimes | undefined) | undefined;
}

/**
 * Which leaf tasks a figure counts. Every given key must match (and within a key, any listed id):
 * `{ status: ['doing'], assignee: ['ada', 'ben'] }` keeps Ada's and Ben's tasks in Doing.
 */
export interface AnalyticsFilter {
  status?: readonly string[];
  assignee?: readonly string[];
  group?: readonly string[];
  release?: readonly string[];
  priority?: readonly string[];
  tags?: readonly string[];
}

/** Options of `createFrame`. */
export interface FrameOptions {
  /** The wall-clock "now" of every figure (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`). Core never reads the clock. */
  today: string;
  /** The baseline to compare with; default the one taken last. */
  baselineId?: string | undefined;
  filter?: AnalyticsFilter | undefined;
}

/** Status categories as small integers, in the order of {@link CATEGORIES}. */
export const TODO = 0;
export const ACTIVE = 1;
export const DONE = 2;
export const BLOCKED = 3;
/** The status categories by their integer code. */
export const CATEGORIES = ['todo', 'active', 'done', 'blocked'] as const;

/**
 * A project read once into flat arrays (index `i` = `tasks[i]`), in wall minutes. Dates are `NaN`
 * where a task has none. Built by `createFrame`; figures only read it.
 */
export interface AnalyticsFrame {
  readonly source: AnalyticsSource;
  /** Wall minutes of `options.today`. */
  readonly today: number;
  readonly tasks: readonly Readonly<Task>[];
  /** `tasks[i].id`, read once (task objects come in many shapes, so their members are slow to read). */
  readonly ids: readonly string[];
  /** Task id → index, built on first read. */
  readonly index: ReadonlyMap<string, number>;
  /** Index of the parent, or -1. */
  readonly parent: Int32Array;
  /** 1 for a leaf task that the filter keeps: the tasks figures count. */
  readonly leaf: Uint8Array;
  /** 1 for a task with children. */
  readonly summary: Uint8Array;
  readonly milestone: Uint8Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  /** The baseline's dates of the task (NaN when the baseline lacks it or there is none). */
  readonly baseStart: Float64Array;
  readonly baseEnd: Float64Array;
  /** Planned work of a leaf in working minutes on its calendar (0 for milestones). */
  readonly work: Float64Array;
  /** 0–100. */
  readonly progress: Float64Array;
  /** {@link TODO}, {@link ACTIVE}, {@link DONE} or {@link BLOCKED}; progress 100 counts as done. */
  readonly category: Uint8Array;
  /** Index into `source.statuses`, or -1 for no or an unknown status. */
  readonly status: Int32Array;
  /** Total slack in working minutes (NaN without a schedule). */
  readonly slack: Float64Array;
  /** Index into `calendars` of each task's calendar. */
  readonly calendarOf: Uint16Array;
  /** `calendars[0]` is the project calendar. */
  readonly calendars: readonly WorkCalendar[];
  /** The baseline the frame compares with. */
  readonly baseline: Readonly<Baseline> | undefined;
  /** Hours of effort in one day of duration: the calendar's `hoursPerDay`, or 8 on a 24-hour-day calendar. */
  readonly hoursPerDay: number;
}

/** A reason behind a verdict: a stable code for programs and a sentence for people. */
export interface Reason {
  code: string;
  message: string;
}
