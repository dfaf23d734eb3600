import type { Translate } from '../i18n/catalogue.js';
import type { Project } from '@roadline/core';
import { BUILTIN_COLUMNS, type ColumnConfig, type ColumnDef, resolveColumns } from './columns.js';

/** A column the user may show or hide, as the column menu lists it. */
export interface ColumnChoice {
  readonly id: string;
  /** The menu item's text: the column's header (the host's own when it gave one). */
  readonly label: string;
  readonly shown: boolean;
  /** The name column stays: without it the rows are nameless. */
  readonly locked: boolean;
}

/**
 * Every column the grid can show, in a fixed order (the built-ins, then the project's custom
 * fields), each marked shown or hidden. The order does not follow the shown columns', so an item
 * does not move in the menu when the user moves a column. `hidden` are the configurations of
 * columns the user hid, whose own headers the menu keeps showing.
 */
export function columnChoices(
  shown: readonly ColumnDef[],
  project: Project | undefined,
  hidden: Iterable<ColumnConfig> = [],
  t?: Translate,
): ColumnChoice[] {
  const ids: string[] = [...BUILTIN_COLUMNS];
  for (const field of project?.fields() ?? []) ids.push(`field:${field.id}`);
  const byId = new Map(shown.map((d) => [d.id, d]));
  const before = new Map(resolveColumns([...hidden], project, t).map((d) => [d.id, d]));
  return resolveColumns(ids, project, t).map((d) => {
    const own = byId.get(d.id);
    const header = own?.header ?? before.get(d.id)?.header ?? d.header;
    // "#" names no column when read out of its header row.
    const label =
      d.id === 'row' && header === (t?.('column.row') ?? '#')
        ? (t?.('column.rowNumber') ?? 'Row number')
        : header;
    return { id: d.id, label, shown: own !== undefined, locked: d.id === 'name' };
  });
}

/**
 * Where a column shown for the first time goes among the shown ones: before the first shown
 * column that follows it in the menu's order, else at the end.
 */
export function insertionIndex(
  choices: readonly ColumnChoice[],
  shownIds: readonly string[],
  id: string,
): number {
  const at = choices.findIndex((c) => c.id === id);
  for (let i = at + 1; at >= 0 && i < choices.length; i++) {
    const next = shownIds.indexOf((choices[i] as ColumnChoice).id);
    if (next >= 0) return next;
  }
  return shownIds.length;
}
