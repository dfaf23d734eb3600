import type { TableRow } from '@roadline/core/views/grid';
import { type BoardLayout, boardFieldValue } from '@roadline/core/views/board';
import { DragController, type DragSession } from '../controllers/drag-controller.js';
import type { BoardHost, BoardSource } from './board-host.js';
import { moveItem } from './move.js';

/** The height of every table row: rows are equal so 10k of them virtualize. */
export const ROW_HEIGHT = 36;

/** What the row moves read of the table's rows. */
export interface TableModel {
  layout: BoardLayout;
  groups: string[][];
  rows: TableRow[];
}

export interface TableMovesOptions {
  /** The rows shown now (grouped, filtered, sorted). */
  model(): TableModel | undefined;
  /** Whether a sort is on (rows cannot be reordered then). */
  sorted(): boolean;
  /** A row moved: the table makes it the active row. */
  moved(id: string): void;
}

/**
 * Row moves of the board table: a row dragged by its handle (pointer) or moved with Alt+↑/↓
 * into another place of its group or into the next group, through `moveItem`'s cancelable
 * `rl-item-move`. While dragging, `dropAt` is the gap a drop would land in.
 */
export class TableMoves {
  /** The gap (before row `dropAt`) a drop would land in while dragging. */
  dropAt: number | undefined;
  private readonly host: BoardHost;
  private readonly source: BoardSource;
  private readonly options: TableMovesOptions;

  constructor(host: BoardHost, source: BoardSource, options: TableMovesOptions) {
    this.host = host;
    this.source = source;
    this.options = options;
    // Registers itself with the host; the host drives it through pointer events.
    new DragController<string>(host, {
      start: (event) => this.start(event),
      move: (session) => this.over(session),
      end: (session) => this.end(session),
      cancel: () => {
        this.dropAt = undefined;
        this.host.requestUpdate();
      },
    });
  }

  /** The group and position the gap before row `gap` stands for. */
  private gapPlace(gap: number, model: TableModel): { group: number; index: number } {
    const row = model.rows[gap];
    if (row === undefined) {
      const last = model.rows[model.rows.length - 1];
      const g = last?.group ?? 0;
      return { group: g, index: model.groups[g]?.length ?? 0 };
    }
    if (row.kind === 'item') return { group: row.group, index: row.index };
    if (row.kind === 'summary') return { group: row.group, index: model.groups[row.group]?.length ?? 0 };
    const prev = model.rows[gap - 1];
    if (prev === undefined) return { group: row.group, index: 0 };
    return { group: prev.group, index: model.groups[prev.group]?.length ?? 0 };
  }

  private move(
    id: string,
    to: { group: number; index: number },
    model: TableModel,
    source: 'pointer' | 'keyboard',
  ): void {
    const project = this.source.store();
    if (!project || this.host.readonly || this.options.sorted()) return;
    const fromGroup = model.groups.findIndex((ids) => ids.includes(id));
    if (fromGroup < 0) return;
    const fromIndex = model.groups[fromGroup]?.indexOf(id) ?? 0;
    const groupBy = this.host.groupBy;
    const task = project.task(id);
    if (!task) return;
    const field = groupBy === 'none' ? 'status' : groupBy;
    const column =
      groupBy === 'none' ? boardFieldValue(task, 'status') : (model.layout.columns[to.group]?.value ?? '');
    const index = fromGroup === to.group && to.index > fromIndex ? to.index - 1 : to.index;
    moveItem(this.host, project, {
      itemId: id,
      field,
      from: { column: model.layout.columns[fromGroup]?.value ?? '', index: fromIndex },
      to: { column, index },
      targetIds: model.groups[to.group] ?? [],
      source,
    });
    this.options.moved(id);
  }

  /** Alt+↑/↓: one place up or down in the group, or into the next group's end or start. */
  byKey(row: TableRow, delta: number, model: TableModel): void {
    const id = row.id as string;
    const size = model.groups[row.group]?.length ?? 0;
    if (delta < 0 && row.index > 0)
      this.move(id, { group: row.group, index: row.index - 1 }, model, 'keyboard');
    else if (delta > 0 && row.index < size - 1)
      this.move(id, { group: row.group, index: row.index + 2 }, model, 'keyboard');
    else {
      const g = row.group + delta;
      if (g < 0 || g >= model.groups.length || this.host.groupBy === 'none') return;
      this.move(id, { group: g, index: delta < 0 ? (model.groups[g]?.length ?? 0) : 0 }, model, 'keyboard');
    }
  }

  private start(event: PointerEvent): string | undefined {
    if (this.host.view !== 'table' || this.host.readonly || this.options.sorted()) return undefined;
    const path = event.composedPath() as HTMLElement[];
    if (!path.some((n) => n instanceof HTMLElement && n.part?.contains('row-handle'))) return undefined;
    const row = path.find(
      (n) => n instanceof HTMLElement && n.dataset?.id !== undefined && n.getAttribute('role') === 'row',
    );
    return row?.dataset.id;
  }

  private gapAt(y: number): number | undefined {
    const body = this.host.shadowRoot?.querySelector<HTMLElement>('[part~="table-body"]');
    const model = this.options.model();
    if (!body || !model) return undefined;
    const rect = body.getBoundingClientRect();
    const gap = Math.round((y - rect.top + body.scrollTop) / ROW_HEIGHT);
    return Math.max(0, Math.min(model.rows.length, gap));
  }

  private over(session: DragSession<string>): void {
    const gap = this.gapAt(session.event.clientY);
    if (gap === this.dropAt) return;
    this.dropAt = gap;
    this.host.requestUpdate();
  }

  private end(session: DragSession<string>): void {
    const gap = this.gapAt(session.event.clientY) ?? this.dropAt;
    this.dropAt = undefined;
    const model = this.options.model();
    if (gap !== undefined && model) this.move(session.payload, this.gapPlace(gap, model), model, 'pointer');
    this.host.requestUpdate();
  }
}
