import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Announcer } from './announcer.js';

/** A direction an arrow key moves a lifted item. */
export type DragDirection = 'up' | 'down' | 'left' | 'right';

/** What the host tells {@link KeyboardDragController} about its places. */
export interface KeyboardDragOptions<Place> {
  /** Where item `id` is now, or `undefined` when it cannot be lifted (readonly, say). */
  lift(id: string): Place | undefined;
  /** The place one step from `at` in `direction`, or `undefined` at an edge. */
  step(id: string, at: Place, direction: DragDirection): Place | undefined;
  /** Space at a new place: commit the move. */
  drop(id: string, from: Place, to: Place): void;
  /** The sentence screen readers hear for each step. */
  describe(id: string, at: Place, phase: 'lifted' | 'moved' | 'dropped' | 'cancelled' | 'edge'): string;
}

/** An item lifted with the keyboard: where it came from and where it would land now. */
export interface LiftedItem<Place> {
  readonly id: string;
  readonly from: Place;
  at: Place;
}

const KEYS: Record<string, DragDirection> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/**
 * The keyboard alternative to dragging: Space lifts the focused item, arrows move it (the host
 * previews it at `lifted.at`), Space drops it, Escape puts it back. Every step is announced in a
 * polite live region. The host forwards its item `keydown`s to {@link handleKey}.
 */
export class KeyboardDragController<Place> implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: KeyboardDragOptions<Place>;
  private readonly announcer: Announcer;
  private current: LiftedItem<Place> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: KeyboardDragOptions<Place>) {
    this.host = host;
    this.options = options;
    this.announcer = new Announcer(host);
    host.addController(this);
  }

  /** The item being moved by keyboard, if any. */
  get lifted(): LiftedItem<Place> | undefined {
    return this.current;
  }

  hostDisconnected(): void {
    this.current = undefined;
  }

  /** Handles a key on item `id`; returns true (and prevents the default) when it was a drag key. */
  handleKey(event: KeyboardEvent, id: string): boolean {
    const lifted = this.current;
    if (event.key === ' ' || event.key === 'Spacebar') {
      event.preventDefault();
      if (lifted === undefined) this.lift(id);
      else this.drop();
      return true;
    }
    if (lifted === undefined) return false;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.cancel();
      return true;
    }
    if (event.key === 'Tab') {
      this.cancel();
      return false;
    }
    const direction = KEYS[event.key];
    if (direction === undefined) return false;
    event.preventDefault();
    const next = this.options.step(lifted.id, lifted.at, direction);
    if (next === undefined) {
      this.announcer.announce(this.options.describe(lifted.id, lifted.at, 'edge'));
      return true;
    }
    lifted.at = next;
    this.announcer.announce(this.options.describe(lifted.id, next, 'moved'));
    this.host.requestUpdate();
    return true;
  }

  /** Puts the lifted item back where it was. */
  cancel(): void {
    const lifted = this.current;
    if (lifted === undefined) return;
    this.current = undefined;
    this.announcer.announce(this.options.describe(lifted.id, lifted.from, 'cancelled'));
    this.host.requestUpdate();
  }

  private lift(id: string): void {
    const from = this.options.lift(id);
    if (from === undefined) return;
    this.current = { id, from, at: from };
    this.announcer.announce(this.options.describe(id, from, 'lifted'));
    this.host.requestUpdate();
  }

  private drop(): void {
    const lifted = this.current;
    if (lifted === undefined) return;
    this.current = undefined;
    this.options.drop(lifted.id, lifted.from, lifted.at);
    this.announcer.announce(this.options.describe(lifted.id, lifted.at, 'dropped'));
    this.host.requestUpdate();
  }
}
