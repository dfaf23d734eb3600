import type { Translate } from '../i18n/catalogue.js';
import type { Project } from '@roadline/core';
import { withoutColumn } from '@roadline/core/views/grid';
import type { SortState } from '../events/column-change-event.js';
import type { GridColumns } from '../grid/grid-columns.js';
import { columnChoices } from './column-choices.js';
import type { ColumnConfig, ColumnDef } from './columns.js';
import type { HiddenColumns } from './hidden-columns.js';

/** What the Gantt grid's column actions read and tell. */
export interface ColumnActionsHost {
  defs(): readonly ColumnDef[];
  columns(): readonly ColumnConfig[];
  sort(): SortState | undefined;
  project(): Project | undefined;
  /** The active cell's column index, read and moved as columns come and go. */
  activeColumn(): number;
  setActiveColumn(column: number, header: boolean): void;
  announce(message: string): void;
  /** The grid's words, in its language. */
  t: Translate;
}

/**
 * The Gantt grid's column actions over the one arrangement (`GridColumns`): move, sort by one
 * column within parents, show or hide from the column menu; each announced.
 */
export class ColumnActions {
  private readonly arrangement: GridColumns;
  private readonly hidden: HiddenColumns;
  private readonly host: ColumnActionsHost;

  constructor(arrangement: GridColumns, hidden: HiddenColumns, host: ColumnActionsHost) {
    this.arrangement = arrangement;
    this.hidden = hidden;
    this.host = host;
  }

  move(from: number, to: number): void {
    if (!this.arrangement.move(from, to)) return;
    this.host.setActiveColumn(to, true);
    this.host.announce(
      this.host.t('grid.columnMoved', { column: this.host.defs()[to]?.header ?? '', position: to + 1 }),
    );
  }

  sortBy(col: number): void {
    const def = this.host.defs()[col];
    if (!def || !this.arrangement.sortBy(def.id)) return;
    const next = this.host.sort();
    this.host.announce(
      next
        ? this.host.t(next.direction === 'descending' ? 'grid.sortedDescending' : 'grid.sortedAscending', {
            column: def.header,
          })
        : this.host.t('grid.unsorted'),
    );
  }

  /**
   * Shows or hides a column from the column menu (`add` or `remove` in `rl-column-change`, as the
   * board's table does). A column shown again comes back before the column that followed it (else
   * where the menu lists it), with the width and header it had; hiding the sorted column unsorts.
   * The name column stays.
   */
  show(id: string, show: boolean): void {
    const defs = this.host.defs();
    const project = this.host.project();
    const shown = defs.some((d) => d.id === id);
    if (shown === show || (!show && id === 'name')) return;
    const states = this.arrangement.states();
    const choices = columnChoices(defs, project, this.hidden.configs(), this.host.t);
    const next = show
      ? this.hidden.showing(states, id, choices, project, this.host.t)
      : states.filter((c) => c.id !== id);
    if (!next) return;
    const config = this.host.columns().find((c) => (typeof c === 'string' ? c : c.id) === id);
    const active = defs[this.host.activeColumn()]?.id;
    const current = this.host.sort();
    const sort = current ? [current] : [];
    if (!this.arrangement.change(next, show ? sort : withoutColumn(sort, id), show ? 'add' : 'remove'))
      return;
    if (!show && config !== undefined) this.hidden.remember(id, config, states);
    // The active cell stays in its column when others come and go.
    const at = next.findIndex((c) => c.id === active);
    if (at >= 0) this.host.setActiveColumn(at, false);
    const label = choices.find((c) => c.id === id)?.label ?? id;
    this.host.announce(this.host.t(show ? 'grid.columnShown' : 'grid.columnHidden', { column: label }));
  }
}
