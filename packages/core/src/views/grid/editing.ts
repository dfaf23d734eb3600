import { type ColumnDef, isColumnError } from './columns.js';

/**
 * The editing slice: which cell is being edited and the message it shows when a value is refused.
 * The steps of a commit are pure here; the view applies the change (a store transaction behind a
 * cancelable event) and reports back an error, which keeps the editor open with the message.
 */

export interface EditingState {
  /** The row (task) being edited. */
  readonly row: string;
  readonly column: string;
  /** Why the last value was refused; the editor stays open while there is one. */
  readonly error: string | undefined;
}

/** Whether a cell may be edited: a column with a parser, not read-only, editable for the row. */
export function canEdit<Row, Ctx>(
  def: ColumnDef<Row, Ctx> | undefined,
  row: Row | undefined,
  ctx: Ctx,
  readonly = false,
): boolean {
  if (readonly || !def || row === undefined || !def.parse || !def.editValue) return false;
  return def.editable ? def.editable(row, ctx) : true;
}

/** What an editor's text amounts to. */
export type EditPlan<Change> =
  | { kind: 'unchanged' }
  | { kind: 'invalid'; error: string }
  | { kind: 'change'; change: Change };

/**
 * Reads an editor's text for a cell: unchanged when it is the cell's edit value, invalid with the
 * column's message, or the change to apply.
 */
export function planEdit<Row, Ctx, Change>(
  def: ColumnDef<Row, Ctx, Change>,
  row: Row,
  ctx: Ctx,
  value: string,
): EditPlan<Change> {
  if (!def.parse) return { kind: 'unchanged' };
  if (def.editValue && value === def.editValue(row, ctx)) return { kind: 'unchanged' };
  const result = def.parse(value, row, ctx);
  if (typeof result === 'string') return { kind: 'invalid', error: result };
  if (isColumnError(result)) return { kind: 'invalid', error: result.error };
  return { kind: 'change', change: result };
}

/** The editing state with a refusal's message, or closed when the commit went through. */
export function afterCommit(
  state: EditingState | undefined,
  error: string | undefined,
): EditingState | undefined {
  if (!state || error === undefined) return undefined;
  return { ...state, error };
}
