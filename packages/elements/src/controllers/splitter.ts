import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DragController } from './drag-controller.js';

/** What a {@link SplitterController} moves: a size in pixels within bounds. */
export interface SplitterOptions {
  /** The splitter element (the `role="separator"` node). */
  handle(): HTMLElement | null;
  value(): number;
  min(): number;
  max(): number;
  rtl(): boolean;
  /** A new size: `final` when a drag ends or a key is pressed; previews while dragging are not final. */
  change(value: number, final: boolean): void;
  /** Pixels per arrow key press. Default 16. */
  step?: number;
}

/**
 * A vertical splitter between two panes: pointer drag (with capture, through
 * {@link DragController}) and keyboard (arrows, Home, End) on a focusable `role="separator"`
 * that carries `aria-valuenow`. The pixel size stays with the host.
 */
export class SplitterController implements ReactiveController {
  private readonly options: SplitterOptions;
  private startValue = 0;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SplitterOptions) {
    this.options = options;
    host.addController(this);
    new DragController<true>(host, {
      start: (event) => {
        const handle = options.handle();
        if (!handle || !event.composedPath().includes(handle)) return undefined;
        this.startValue = options.value();
        return true;
      },
      threshold: 1,
      move: (session) => options.change(this.clamp(this.startValue + this.delta(session.dx)), false),
      end: (session) => options.change(this.clamp(this.startValue + this.delta(session.dx)), true),
      cancel: () => options.change(this.startValue, true),
    });
  }

  /** The keyboard side: call from the separator's `keydown`. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    const step = this.options.step ?? 16;
    const grow = this.options.rtl() ? 'ArrowLeft' : 'ArrowRight';
    const shrink = this.options.rtl() ? 'ArrowRight' : 'ArrowLeft';
    const value = this.options.value();
    let next: number;
    if (event.key === grow) next = value + step;
    else if (event.key === shrink) next = value - step;
    else if (event.key === 'Home') next = this.options.min();
    else if (event.key === 'End') next = this.options.max();
    else return;
    event.preventDefault();
    this.options.change(this.clamp(next), true);
  };

  hostConnected(): void {}

  private delta(dx: number): number {
    return this.options.rtl() ? -dx : dx;
  }

  private clamp(value: number): number {
    return Math.round(Math.max(this.options.min(), Math.min(this.options.max(), value)));
  }
}
