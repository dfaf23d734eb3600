import type { Project } from '@roadline/core';
import {
  type DisplayRows,
  NO_ROW_MOVE,
  type PlannedRowMove,
  planRowDrop,
  ROW_EXPANDED,
  type RowDrop,
  rowDropAt,
  ROWS_SORTED,
} from '@roadline/core/views/grid';
import { nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { DragController } from '../controllers/drag-controller.js';
import { EdgeScroll } from '../controllers/edge-scroll.js';
import { dropIndicator } from './drop-indicator.js';
import { refusal } from '../grid/store-attempt.js';

/** What {@link RowDragController} asks of its grid. */
export interface RowDragOptions {
  /** Whether rows can be dragged now (not in a read-only grid). */
  enabled(): boolean;
  project(): Project | undefined;
  /** The rows shown, in order. */
  rows(): DisplayRows;
  /** Whether the rows are sorted (then a drag may reparent but not reorder). */
  sorted(): boolean;
  rowHeight(): number;
  headerHeight(): number;
  /** The box of the rows (its top is row 0's) and the scrolling box around it. */
  body(): HTMLElement | null;
  scroller(): HTMLElement | null;
  /** The drag scrolled the rows: render for the new offset. */
  scrolled(top: number): void;
  /** A drop asks for this move (the grid asks the host and commits it). */
  move(id: string, plan: PlannedRowMove): void;
  /** A drop that cannot be made, and why. */
  refused(message: string): void;
  /** The handle was clicked without a drag: the row's click. */
  clicked(id: string, event: PointerEvent): void;
}

/** A row drag in progress: the task, where it would drop, and whether it may. */
interface Dragging {
  readonly id: string;
  readonly drop: RowDrop | undefined;
  readonly plan: PlannedRowMove | string | undefined;
}

/**
 * Drags grid rows by their handle: any node with `data-drag="<task id>"` under the host starts a
 * pointer drag (mouse, pen or touch, with capture and a small threshold so a press stays a
 * press). While dragging it works out where the row would go from the pointer's height alone (so
 * rows scrolled out of the DOM do not matter), draws the drop indicator, and scrolls the rows
 * when the pointer nears their top or bottom edge; Escape cancels. The move itself is the grid's.
 */
export class RowDragController implements ReactiveController {
  private dragging: Dragging | undefined;
  /** The last drop checked against the store, so a dry run happens once per place, not per frame. */
  private checked: { key: string; plan: PlannedRowMove | string } | undefined;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: RowDragOptions;
  private readonly edge: EdgeScroll;
  /** The pointer's last height, for re-planning the drop when the rows scroll under it. */
  private pointerY = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RowDragOptions) {
    this.host = host;
    this.options = options;
    this.edge = new EdgeScroll(() => options.scroller(), this.edgeScrolled);
    host.addController(this);
    new DragController<string>(host, {
      start: (event) => {
        if (!options.enabled()) return undefined;
        for (const node of event.composedPath()) {
          if (node === host) break;
          if (node instanceof HTMLElement && node.dataset.drag !== undefined) {
            // No text selection sweeping across the rows, which a later press would drag natively
            // (the browser then cancels the pointer).
            event.preventDefault();
            return node.dataset.drag;
          }
        }
        return undefined;
      },
      threshold: 4,
      move: (s) => this.move(s.payload, s.event.clientY),
      end: (s) => this.drop(s.payload, s.event.clientY),
      cancel: () => {
        this.edge.stop();
        this.set(undefined);
      },
      tap: (id, event) => options.clicked(id, event),
    });
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.edge.stop();
  }

  /** The drop indicator for the drag in progress; `nameStart` is where the name column begins. */
  indicator(nameStart: number): TemplateResult | typeof nothing {
    const drag = this.dragging;
    if (!drag?.drop || drag.plan === undefined || drag.plan === NO_ROW_MOVE) return nothing;
    const { row, place } = drag.drop;
    const rows = this.options.rows();
    // Below an expanded summary the row would become its first child: one level deeper.
    const deeper = place === 'after' && ((rows.flags[row] ?? 0) & ROW_EXPANDED) !== 0;
    return dropIndicator({
      row,
      place,
      depth: (rows.depth[row] ?? 0) + (deeper ? 1 : 0),
      nameStart,
      rowHeight: this.options.rowHeight(),
      refused: typeof drag.plan === 'string',
    });
  }

  private set(dragging: Dragging | undefined): void {
    if (dragging === undefined && this.dragging === undefined) return;
    this.dragging = dragging;
    if (dragging === undefined) this.checked = undefined;
    this.host.requestUpdate();
  }

  /** Where the row would go with the pointer at `clientY`. */
  private plan(id: string, clientY: number): Dragging {
    const project = this.options.project();
    const body = this.options.body();
    if (!project || !body) return { id, drop: undefined, plan: undefined };
    const rows = this.options.rows();
    const y = clientY - body.getBoundingClientRect().top;
    const drop = rowDropAt(y, this.options.rowHeight(), rows.ids.length);
    if (!drop) return { id, drop, plan: undefined };
    const sortedAway = this.options.sorted() && drop.place !== 'inside';
    return {
      id,
      drop,
      plan: sortedAway ? ROWS_SORTED : this.check(project, id, planRowDrop(project, rows, id, drop)),
    };
  }

  /**
   * A planned move the store would refuse (a summary that would hold a task it is linked to,
   * say) becomes the store's message, so the indicator turns red before the drop, not after.
   */
  private check(project: Project, id: string, plan: PlannedRowMove | string): PlannedRowMove | string {
    if (typeof plan === 'string') return plan;
    const key = `${project.version} ${id} ${plan.parentId ?? ''} ${plan.target.index ?? ''}`;
    if (this.checked?.key !== key) {
      const refused = refusal(project, () => project.moveTask(id, plan.target));
      this.checked = { key, plan: refused ?? plan };
    }
    return this.checked.plan;
  }

  private move(id: string, clientY: number): void {
    this.pointerY = clientY;
    // Within a row's height of the top or bottom edge of the rows, they keep scrolling towards it.
    const scroller = this.options.scroller();
    if (scroller) {
      const box = scroller.getBoundingClientRect();
      this.edge.follow(clientY, box.top + this.options.headerHeight(), box.bottom, this.options.rowHeight());
    }
    this.set(this.plan(id, clientY));
  }

  /** The rows scrolled under a held pointer: the drop place under it changed. */
  private readonly edgeScrolled = (top: number): void => {
    this.options.scrolled(top);
    const id = this.dragging?.id;
    if (id !== undefined) this.set(this.plan(id, this.pointerY));
  };

  private drop(id: string, clientY: number): void {
    this.edge.stop();
    const { plan } = this.plan(id, clientY);
    this.set(undefined);
    if (plan === undefined || plan === NO_ROW_MOVE) return;
    if (typeof plan === 'string') this.options.refused(plan);
    else this.options.move(id, plan);
  }
}
