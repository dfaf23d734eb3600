import { type ColumnDef, type EditPlan, planEdit } from '@roadline/core/views/grid';

/** How a commit ended: the editor closes unless there is an error, which it shows. */
export type CommitOutcome =
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'committed' }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'error'; readonly error: string };

/**
 * The one edit-commit path of the task grids: the column validates the editor's text (a message
 * keeps the editor open), then `apply` asks with the before-event, changes the store in one
 * transaction and fires the after-event. `apply` returns `undefined` when applied, `null` when a
 * listener vetoed it, or the store's message when it refused (the editor stays open with it).
 * The caller closes or keeps the editor by the outcome and announces it.
 */
export function commitEdit<Row, Ctx, Change>(
  def: ColumnDef<Row, Ctx, Change>,
  row: Row,
  ctx: Ctx,
  value: string,
  apply: (change: Change) => string | null | undefined,
): CommitOutcome {
  const plan: EditPlan<Change> = planEdit(def, row, ctx, value);
  if (plan.kind === 'unchanged') return plan;
  if (plan.kind === 'invalid') return { kind: 'error', error: plan.error };
  const error = apply(plan.change);
  if (error === undefined) return { kind: 'committed' };
  if (error === null) return { kind: 'cancelled' };
  return { kind: 'error', error };
}
