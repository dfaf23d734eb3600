import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Places a tooltip element next to an anchor with @floating-ui/dom, flipping and shifting to
 * stay in view, and following the anchor while it moves. Escape hides it wherever the focus is
 * (a tooltip must be dismissible without moving the pointer). The host renders the tooltip's
 * content; this controller only says which anchor is active and positions the element through the
 * CSSOM (never a `style` attribute, so a strict CSP allows it).
 */
export class TooltipController<Key> implements ReactiveController {
  /** What the tooltip is about (a task id), or `undefined` when hidden. */
  key: Key | undefined;

  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly tooltip: () => HTMLElement | null | undefined;
  private anchor: Element | undefined;
  private stopUpdates: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, tooltip: () => HTMLElement | null | undefined) {
    this.host = host;
    this.tooltip = tooltip;
    host.addController(this);
  }

  /** Shows the tooltip about `key`, next to `anchor`. */
  show(key: Key, anchor: Element): void {
    if (this.key === key && this.anchor === anchor) return;
    if (this.key === undefined) document.addEventListener('keydown', this.onKey, true);
    this.key = key;
    this.anchor = anchor;
    this.host.requestUpdate();
  }

  /** Hides it when it is about `key` (or about anything, without one). */
  hide(key?: Key): void {
    if (this.key === undefined || (key !== undefined && key !== this.key)) return;
    this.key = undefined;
    this.anchor = undefined;
    this.stop();
    document.removeEventListener('keydown', this.onKey, true);
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const tip = this.tooltip();
    const anchor = this.anchor;
    this.stop();
    if (!tip || !anchor || this.key === undefined || !anchor.isConnected) return;
    this.stopUpdates = autoUpdate(anchor, tip, () => {
      void computePosition(anchor, tip, {
        placement: 'top',
        strategy: 'fixed',
        middleware: [offset(8), flip(), shift({ padding: 4 })],
      }).then(({ x, y }) => {
        tip.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
  }

  hostDisconnected(): void {
    this.stop();
    document.removeEventListener('keydown', this.onKey, true);
    this.anchor = undefined;
    this.key = undefined;
  }

  private readonly onKey = (event: KeyboardEvent): void => {
    // Only hides: Escape keeps its other meanings (cancel a drag, close a dialog) for whoever listens next.
    if (event.key === 'Escape') this.hide();
  };

  private stop(): void {
    this.stopUpdates?.();
    this.stopUpdates = undefined;
  }
}
