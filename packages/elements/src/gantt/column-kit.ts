import type { Task } from '@roadline/core';
import type { CellChange, ColumnContext, ColumnDef, EditorOption } from './columns.js';

/** The pieces the task grid's column definitions are made of. */

/** A change of task fields. */
export const taskChange = (patch: Partial<Omit<Task, 'id'>>): CellChange => ({ kind: 'task', patch });

/** Whether a task is a leaf (a summary rolls its dates up from its children). */
export const isLeaf = (t: Readonly<Task>, ctx: ColumnContext): boolean => !ctx.project.isSummary(t.id);

/** A column that only shows a value. */
export function readOnly(
  id: string,
  header: string,
  width: number,
  text: (t: Readonly<Task>, ctx: ColumnContext) => string,
  sortValue: (t: Readonly<Task>, ctx: ColumnContext) => string | number | undefined = text,
): ColumnDef {
  return {
    id,
    header,
    width,
    minWidth: 32,
    align: 'end',
    editor: 'none',
    sortValue,
    text,
    editable: () => false,
    editValue: text,
    parse: (_value, _t, ctx) => ctx.format.t('edit.readOnlyColumn'),
  };
}

/** A number typed in the grid (`,` as a decimal point too), or undefined. */
export function typedNumber(value: string): number | undefined {
  const n = Number(value.trim().replace(',', '.'));
  return value.trim() === '' || !Number.isFinite(n) ? undefined : n;
}

/** The choices of a `select` editor, led by "none". */
export function selectOptions(list: readonly { id: string; label: string }[]): EditorOption[] {
  return [{ value: '', label: '—' }, ...list.map((d) => ({ value: d.id, label: d.label }))];
}
