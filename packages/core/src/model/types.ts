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
  /** Working hours per day this person can give. */
  capacity?: number;
  /** Percent of one full-time person this resource provides; default 100 (1200: a pool of twelve). */
  maxUnits?: number;
  /** A resource calendar: the person works only then. */
  calendarId?: string;
  type?: 'work' | 'material';
  costPerHour?: number;
}

/** A person's share of a task. `Task.assignees` is the shorthand for 100 % each. */
export interface Assignment {
  id?: string;
  taskId: string;
  personId: string;
  /** Percent; default 100. */
  units?: number;
  /** Hours. */
  work?: number;
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
  assignees?: string[];
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
  assignments?: Assignment[];
  baselines?: Baseline[];
  notes?: Note[];
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
