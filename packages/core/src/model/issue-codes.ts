/**
 * The `code` of every {@link ValidationIssue} Roadline reports. Stable: hosts may switch on them.
 */
export const IssueCode = {
  /** An entity has no `id`, or an empty one. */
  MISSING_ID: 'MISSING_ID',
  /** A required member (a task's `name`, a release's `date`, …) is absent. */
  MISSING_FIELD: 'MISSING_FIELD',
  /** Two entities of one kind share an id. */
  DUPLICATE_ID: 'DUPLICATE_ID',
  /** An id that names nothing: a missing task, parent, status, person, group, release, calendar or field. */
  UNKNOWN_REFERENCE: 'UNKNOWN_REFERENCE',
  /** A member has the wrong JSON type, or a value that is not JSON at all. */
  WRONG_TYPE: 'WRONG_TYPE',
  /** A string that is not one of the allowed values (a link type, a status category, …). */
  INVALID_VALUE: 'INVALID_VALUE',
  /** A date that is not a wall-clock `YYYY-MM-DD[THH:mm]` or is impossible (`2026-02-30`). */
  MALFORMED_DATE: 'MALFORMED_DATE',
  /** `end` earlier than `start`. */
  END_BEFORE_START: 'END_BEFORE_START',
  /** A negative or non-finite duration (or leveling delay). */
  INVALID_DURATION: 'INVALID_DURATION',
  /** Progress outside 0–100. */
  INVALID_PROGRESS: 'INVALID_PROGRESS',
  /** `__proto__`, `constructor` or `prototype` used as a key or an id. */
  UNSAFE_KEY: 'UNSAFE_KEY',
  /** A task that is, through its parents, its own ancestor. */
  HIERARCHY_CYCLE: 'HIERARCHY_CYCLE',
  /** Dependencies that loop back to where they started (or link a summary to its own subtask). */
  CYCLE: 'CYCLE',
  /** A dependency from a task to itself. */
  SELF_LINK: 'SELF_LINK',
  /** A second dependency between the same two tasks in the same direction. */
  DUPLICATE_LINK: 'DUPLICATE_LINK',
  /** A second assignment of the same person to the same task. */
  DUPLICATE_ASSIGNMENT: 'DUPLICATE_ASSIGNMENT',
  /** An entity that other entities still reference (only from `applyOperations`). */
  IN_USE: 'IN_USE',
  /** A member the format does not have (in an automation rule, its trigger, conditions or actions). */
  UNKNOWN_FIELD: 'UNKNOWN_FIELD',
} as const;

/** One of {@link IssueCode}. */
export type IssueCode = (typeof IssueCode)[keyof typeof IssueCode];
