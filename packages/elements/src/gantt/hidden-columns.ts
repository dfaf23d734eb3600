import type { Translate } from '../i18n/catalogue.js';
import type { Project } from '@roadline/core';
import type { ColumnState } from '../events/column-change-event.js';
import { type ColumnChoice, insertionIndex } from './column-choices.js';
import { type ColumnConfig, resolveColumns } from './columns.js';

/**
 * The columns the user hid from the column menu, with how each was configured (width, header)
 * and the column that followed it, so showing one again puts it back as and where it was. Kept
 * for the element's life, not persisted: the host stores the shown set it is told of.
 */
export class HiddenColumns {
  private readonly hidden = new Map<string, { config: ColumnConfig; before: string | undefined }>();

  /** The configurations of the hidden columns (for their headers in the menu). */
  configs(): ColumnConfig[] {
    return [...this.hidden.values()].map((h) => h.config);
  }

  /** Records a column the user hid from `states`, as configured by `config`. */
  remember(id: string, config: ColumnConfig, states: readonly ColumnState[]): void {
    const after = states.findIndex((c) => c.id === id) + 1;
    this.hidden.set(id, { config, before: states[after]?.id });
  }

  /** Forgets the columns now shown. */
  forget(shown: readonly ColumnState[]): void {
    for (const c of shown) this.hidden.delete(c.id);
  }

  /**
   * The arrangement with column `id` shown again: before the column that followed it when it was
   * hidden (if still shown), else where the menu lists it; as wide as it was. `undefined` for an
   * id the project has no column for.
   */
  showing(
    states: readonly ColumnState[],
    id: string,
    choices: readonly ColumnChoice[],
    project: Project | undefined,
    t?: Translate,
  ): ColumnState[] | undefined {
    const hidden = this.hidden.get(id);
    const def = resolveColumns([hidden?.config ?? id], project, t)[0];
    if (!def) return undefined;
    const ids = states.map((c) => c.id);
    const before = hidden?.before === undefined ? -1 : ids.indexOf(hidden.before);
    const next = [...states];
    next.splice(before >= 0 ? before : insertionIndex(choices, ids, id), 0, { id, width: def.width });
    return next;
  }
}
