import type { AutomationRule, FiredRecord } from './automation.js';
/**
 * The plain-JSON project format a host application supplies (`ProjectData`) and everything in it.
 *
 * Times are wall-clock and zone-less ISO 8601 strings: `'2026-03-02'` (00:00 of that day) or
 * `'2026-03-02T08:00'`. `end` is exclusive. Durations and lags are working time.
 */

/** A wall-clock ISO 8601 string: `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`. */
export type WallTimeString = string;

/** Units for durations and lags. All are working time on the relevant calendar. */
export type DurationUnit = 'minute' | 'hour' | 'day' | 'week';

export type StatusCategory = 'todo' | 'active' | 'done' | 'blocked';

export interface StatusDef {
  id: string;
  label: string;
  color?: string;
  category: StatusCategory;
}

export interface PriorityDef {
  id: string;
  label: string;
  color?: string;
  /** Lower rank sorts first (most important). */
  rank: number;
}

export interface Person {
  id: string;
  name: string;
  color?: string;
  avatar?: string;
  /** Working hours per day this person can give (kept for compatibility; `maxUnits` is what resource math uses). */
  capacity?: number;
  /** The most this resource can give at once, in percent: 100 (default) is one full-time person, 1200 a pool of twelve. */
  maxUnits?: number;
  /** A resource calendar (an id of `calendars`): tasks assigned to this person work only when it works. */
  calendarId?: string;
  /** `'work'` (default): a person or team whose calendar drives the tasks; `'material'`: a consumable, never over-allocated. */
  type?: ResourceType;
  /** Cost per working hour, in the project's currency. */
  costPerHour?: number;
}

/** A span in which one person's summed units exceed their max units. */
export interface Overallocation {
  personId: string;
  start: WallTimeString;
  end: WallTimeString;
  /** The peak summed units (percent) in the span. */
  units: number;
  maxUnits: number;
}

export type ResourceType = 'work' | 'material';

/**
 * One person on one task, with how much of their time (`units`) and how many hours (`work`).
 * A task's people are the union of its `assignees` (each at 100 %) and the people of its
 * assignments; an assignment overrides the shorthand for its person (see `docs/resources.md`).
 */
export interface Assignment {
  /** Optional in data; the store gives every assignment one (`<taskId>:<personId>` when free). */
  id?: string;
  taskId: string;
  personId: string;
  /** Percent of the person's time, default 100; 50 is half time, 200 two people of a pool. */
  units?: number;
  /** Hours of work; when absent, duration × units. */
  work?: number;
}

/** How a change of units, work or duration is absorbed, as Microsoft Project's task types. */
export type TaskSchedulingType = 'fixed-units' | 'fixed-work' | 'fixed-duration';

/** A board group, a roadmap lane, a team or a theme. */
export interface Group {
  id: string;
  name: string;
  color?: string;
}

export interface Release {
  id: string;
  name: string;
  date: WallTimeString;
  status?: string;
}

export type FieldType = 'text' | 'number' | 'date' | 'select' | 'person' | 'tags' | 'link';

/** A custom column. */
export interface FieldDef {
  id: string;
  label: string;
  type: FieldType;
  /** The choices of a `select` field. */
  options?: { id: string; label: string; color?: string }[];
}

export type ConstraintType = 'ASAP' | 'ALAP' | 'SNET' | 'SNLT' | 'FNET' | 'FNLT' | 'MSO' | 'MFO';

export interface Constraint {
  type: ConstraintType;
  /** Required by every type but ASAP and ALAP. An instant: a date alone means 00:00. */
  date?: WallTimeString;
}

export type TaskType = 'task' | 'milestone';

export interface Task {
  id: string;
  name: string;
  /** WBS parent; a task with children is a summary task. */
  parentId?: string;
  type?: TaskType;
  start?: WallTimeString;
  /** Exclusive. */
  end?: WallTimeString;
  /** Working time in `durationUnit` (default `'day'`). */
  duration?: number;
  durationUnit?: DurationUnit;
  /** 0–100. */
  progress?: number;
  constraint?: Constraint;
  /**
   * The day the task should be finished by (`YYYY-MM-DD`, the whole day counts): a marker on the
   * bar and a late indicator when the scheduled end falls after it. It never moves the task.
   */
  deadline?: WallTimeString;
  /** Manually scheduled: the engine never moves it. */
  manual?: boolean;
  /**
   * Working minutes (on the task's calendar) by which resource leveling delays the task's early
   * start; `project.level()` writes it and `project.clearLeveling()` removes it. Default 0.
   */
  levelingDelay?: number;
  calendarId?: string;
  status?: string;
  priority?: string;
  /** People on the task at 100 % each; `assignments` refine or add to them. */
  assignees?: string[];
  /** Which of duration, units and work stays when another changes; default `'fixed-units'`. */
  taskType?: TaskSchedulingType;
  /** Adding or removing people keeps the total work (duration changes); always true for `'fixed-work'`. */
  effortDriven?: boolean;
  groupId?: string;
  releaseId?: string;
  /** Position among siblings (WBS) and within a board column. */
  order?: number;
  color?: string;
  tags?: string[];
  fields?: Record<string, unknown>;
}

export type WorkingHours = [string, string][];

export interface CalendarException {
  start: WallTimeString;
  /** Exclusive end of the range; a single day when absent. */
  end?: WallTimeString;
  /** `true` makes the range working time (with `workingHours` or the default hours). */
  working?: boolean;
  workingHours?: WorkingHours;
  recurring?: 'weekly' | 'monthly' | 'yearly';
  name?: string;
}

export interface CalendarData {
  id?: string;
  name?: string;
  /** 0 = Sunday … 6 = Saturday; default `[1, 2, 3, 4, 5]`. */
  workingDays?: number[];
  /** For example `[['08:00', '12:00'], ['13:00', '17:00']]`; default the whole day. */
  workingHours?: WorkingHours;
  /** Converts day units; default the length of `workingHours` (24 for whole days). */
  hoursPerDay?: number;
  /** Converts week units; default the number of working days. */
  daysPerWeek?: number;
  /** Non-working single days. */
  holidays?: WallTimeString[];
  exceptions?: CalendarException[];
}

export type DependencyType = 'FS' | 'SS' | 'FF' | 'SF';

export interface Dependency {
  id: string;
  /** Predecessor task id. */
  from: string;
  /** Successor task id. */
  to: string;
  /** Default `'FS'`. */
  type?: DependencyType;
  /** Working time on the successor's calendar; negative is a lead. */
  lag?: number;
  lagUnit?: DurationUnit;
}

export interface Baseline {
  id: string;
  name: string;
  takenAt: WallTimeString;
  tasks: Record<string, { start: WallTimeString; end: WallTimeString }>;
}

/**
 * Progress of tasks at one moment; a burndown's actual line is drawn from a list of these (the
 * host's, or the store's own `progressHistory()`). A task a snapshot does not list keeps the
 * progress the previous snapshot gave it (0 before the first), so a history of changes is
 * enough: `{ at: '2026-03-09', progress: { design: 100 } }`.
 */
export interface ProgressSnapshot {
  /** When, as a wall-clock date. */
  at: string;
  /** Task id → progress 0–100. */
  progress: Readonly<Record<string, number>>;
}

/** A task's change of status, as a store saw it (`Project.statusHistory`). */
export interface StatusTransition {
  /** When, by the store's clock (`YYYY-MM-DDTHH:mm`). */
  at: string;
  task: string;
  /** The status before (`''` for none); `null` when the task was added. */
  from: string | null;
  /** The status after (`''` for none); `null` when the task was removed. */
  to: string | null;
  /** Where the batch came from: an undo reverts an earlier step, a redo makes it again. */
  origin: 'local' | 'undo' | 'redo' | 'remote';
}

/** The status changes a store saw since it was loaded, oldest first. */
export interface StatusHistory {
  /** When the store was loaded (`YYYY-MM-DDTHH:mm`): every task's status before is unknown. */
  since: string;
  transitions: readonly StatusTransition[];
}

export interface Note {
  id: string;
  taskId?: string;
  author?: string;
  text: string;
  color?: string;
  createdAt: WallTimeString;
}

export interface ProjectData {
  id: string;
  name: string;
  /** Project start; default the earliest task start. */
  start?: WallTimeString;
  /** The project calendar; default Mon–Fri, whole days. */
  calendar?: CalendarData;
  /** Extra named calendars a task may use by `calendarId`. */
  calendars?: CalendarData[];
  statuses?: StatusDef[];
  priorities?: PriorityDef[];
  people?: Person[];
  groups?: Group[];
  releases?: Release[];
  fields?: FieldDef[];
  tasks: Task[];
  dependencies?: Dependency[];
  /** Who works on which task, with units and work; see {@link Assignment}. */
  assignments?: Assignment[];
  baselines?: Baseline[];
  notes?: Note[];
  /** Rules that take routine steps (docs/automations.md), in the order they run. */
  automations?: AutomationRule[];
  /** What the time triggers of each rule have fired, so a reload does not fire it again. */
  automationsFired?: FiredRecord[];
}

/** The scheduled values of one task, as `schedule()` and the store report them. */
export interface ScheduledTask {
  id: string;
  start: WallTimeString;
  end: WallTimeString;
  earlyStart: WallTimeString;
  earlyEnd: WallTimeString;
  lateStart: WallTimeString;
  lateEnd: WallTimeString;
  /** Working minutes; negative when a constraint conflicts with the links. */
  totalSlack: number;
  /** Working minutes. */
  freeSlack: number;
  critical: boolean;
}

export type ConflictKind = 'constraint-vs-link' | 'constraint-vs-project-start' | 'late-finish';

/** A hard constraint that the links (or another hard fact) could not honour. */
export interface Conflict {
  taskId: string;
  kind: ConflictKind | string;
  message: string;
  /** The dependency or constraint the conflict is about, where there is one. */
  dependencyId?: string;
}

export interface ScheduleResult {
  start: WallTimeString;
  end: WallTimeString;
  tasks: Map<string, ScheduledTask>;
  /** Ids of critical leaf tasks in schedule order. */
  criticalPath: string[];
  conflicts: Conflict[];
}
