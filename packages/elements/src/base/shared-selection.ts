import type { Project } from '@roadline/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What the views of one store share: the selected task ids and the task under the pointer. */
interface Hub {
  selection: readonly string[];
  hovered: string | undefined;
  readonly listeners: Set<SharedSelectionController>;
}

const hubs = new WeakMap<Project, Hub>();

/** The host's side: an element with a `selection` property over a store. */
export interface SharedSelectionHost extends ReactiveControllerHost, HTMLElement {
  selection: readonly string[];
}

/**
 * Shares the selection and the hovered task between every element showing the same store: when
 * one of them changes its `selection` (the user selected, or the page set it), the others take
 * the same value and re-render; hovering a task in one highlights it in the others that show
 * hover. Keyed by the store object, so elements given the same `.project` share and elements
 * with their own `.data` do not. A value taken from the others fires no event (the element that
 * the user used fired it).
 */
export class SharedSelectionController implements ReactiveController {
  private readonly host: SharedSelectionHost;
  private readonly store: () => Project | undefined;
  private hub: Hub | undefined;
  private seen: readonly string[] | undefined;

  constructor(host: SharedSelectionHost, store: () => Project | undefined) {
    this.host = host;
    this.store = store;
    host.addController(this);
  }

  /** The task another view (or this one) hovers, if any. */
  get hovered(): string | undefined {
    return this.hub?.hovered;
  }

  /** Tells the other views which task is under the pointer (`undefined` when none). */
  hover(id: string | undefined): void {
    const hub = this.hub;
    if (!hub || hub.hovered === id) return;
    hub.hovered = id;
    for (const other of hub.listeners) other.host.requestUpdate();
  }

  hostUpdate(): void {
    const project = this.host.isConnected ? this.store() : undefined;
    const hub = project ? hubFor(project) : undefined;
    if (hub !== this.hub) {
      this.hub?.listeners.delete(this);
      this.hub = hub;
      if (hub) {
        hub.listeners.add(this);
        if (this.host.selection.length === 0 && hub.selection.length > 0) {
          this.host.selection = hub.selection;
          this.seen = hub.selection;
          return;
        }
      }
    }
    if (hub && this.host.selection !== this.seen) {
      this.seen = this.host.selection;
      if (!sameIds(hub.selection, this.seen)) {
        hub.selection = this.seen;
        for (const other of hub.listeners) if (other !== this) other.take(this.seen);
      }
    }
  }

  hostDisconnected(): void {
    this.hub?.listeners.delete(this);
    this.hub = undefined;
  }

  private take(selection: readonly string[]): void {
    if (sameIds(this.host.selection, selection)) return;
    this.seen = selection;
    this.host.selection = selection;
  }
}

function hubFor(project: Project): Hub {
  const hub: Hub = hubs.get(project) ?? { selection: [], hovered: undefined, listeners: new Set() };
  hubs.set(project, hub);
  return hub;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
