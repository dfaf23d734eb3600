import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DragController } from '../controllers/drag-controller.js';

/** What {@link RowDragController} asks of its grid. */
export interface RowDragOptions {
  /** Whether rows can be dragged now (not in a read-only grid). */
  enabled(): boolean;
  /** A frame of the drag: the pointer is at `clientY` (the grid scrolls near its edges, previews the drop). */
  move(id: string, clientY: number): void;
  /** The pointer was released at `clientY`. */
  drop(id: string, clientY: number): void;
  /** Escape or a lost pointer ended the drag: clear the preview. */
  cancel(): void;
}

/**
 * Drags grid rows by their handle: any node with `data-drag="<task id>"` under the host starts a
 * pointer drag (mouse, pen or touch, with capture and a small threshold so a press stays a
 * press). The grid decides where a row may go and draws the drop line; this keeps the gesture.
 */
export class RowDragController implements ReactiveController {
  constructor(host: ReactiveControllerHost & HTMLElement, options: RowDragOptions) {
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
      move: (s) => options.move(s.payload, s.event.clientY),
      end: (s) => options.drop(s.payload, s.event.clientY),
      cancel: () => options.cancel(),
    });
  }

  hostConnected(): void {}
}
