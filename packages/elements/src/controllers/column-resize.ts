import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DragController } from './drag-controller.js';

/** What {@link ColumnResizeController} asks of its grid. */
export interface ColumnResizeOptions {
  /** The current width of a column. */
  width(column: string): number;
  minWidth(column: string): number;
  rtl(): boolean;
  /** A new width: a preview while dragging, `final` when the drag ends (or is cancelled, with the old width). */
  resize(column: string, width: number, final: boolean): void;
}

/**
 * Resizes grid columns by dragging a handle at a header cell's end edge: any node with
 * `data-resize="<column id>"` under the host starts a drag. Escape restores the width.
 */
export class ColumnResizeController implements ReactiveController {
  private start = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ColumnResizeOptions) {
    host.addController(this);
    const widthFor = (column: string, dx: number): number =>
      Math.round(Math.max(options.minWidth(column), this.start + (options.rtl() ? -dx : dx)));
    new DragController<string>(host, {
      start: (event) => {
        for (const node of event.composedPath()) {
          if (node instanceof HTMLElement && node.dataset.resize !== undefined) {
            this.start = options.width(node.dataset.resize);
            return node.dataset.resize;
          }
          if (node === host) break;
        }
        return undefined;
      },
      threshold: 1,
      move: (s) => options.resize(s.payload, widthFor(s.payload, s.dx), false),
      end: (s) => options.resize(s.payload, widthFor(s.payload, s.dx), true),
      cancel: (s) => options.resize(s.payload, this.start, true),
    });
  }

  hostConnected(): void {}
}
