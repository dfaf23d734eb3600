/** Machine-readable error codes of {@link RoadlineError}. */
export type RoadlineErrorCode =
  | 'INVALID_DATA'
  | 'INVALID_ARGUMENT'
  | 'NOT_FOUND'
  | 'DUPLICATE_ID'
  | 'CYCLE'
  | 'INVALID_XML'
  | 'UNSUPPORTED'
  | (string & {});

/** One problem found while validating data: where it is, what kind, in words. */
export interface ValidationIssue {
  /** A JSON path into the input, for example `tasks[3].start`. */
  path: string;
  /** A stable code, for example `UNKNOWN_REFERENCE` or `MALFORMED_DATE`. */
  code: string;
  message: string;
  /** For `CYCLE` and `HIERARCHY_CYCLE`: the ids of the tasks in the loop, in order. */
  tasks?: string[];
}

/**
 * The one error type Roadline throws for bad input. `code` says what kind of problem it is;
 * `details` carries the specifics (for `INVALID_DATA`, a list of {@link ValidationIssue}).
 */
export class RoadlineError extends Error {
  readonly code: RoadlineErrorCode;
  readonly details?: unknown;

  constructor(code: RoadlineErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'RoadlineError';
    this.code = code;
    if (details !== undefined) this.details = details;
  }
}

export function isRoadlineError(value: unknown): value is RoadlineError {
  return value instanceof RoadlineError;
}
