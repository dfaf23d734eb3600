import type { Project } from '@roadline/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The status filter the views of one store share. */
interface Hub {
  status: string | undefined;
  readonly listeners: Set<SharedStatusFilterController>;
}

const hubs = new WeakMap<Project, Hub>();

/** The host's side: an element with a `statusFilter` property over a store. */
export interface StatusFilterHost extends ReactiveControllerHost, HTMLElement {
  statusFilter: string | undefined;
}

/**
 * Shares one status filter between the elements showing the same store, as
 * `SharedSelectionController` shares the selection: choosing a status in `rl-workflow` sets the
 * `statusFilter` of every `rl-board` (kanban and table) on that store, and clearing it there
 * clears it everywhere. Keyed by the store object, so elements given the same `.project` share
 * and elements with their own `.data` do not. `undefined` is no filter; `''` keeps the items with
 * no status (or one the project does not define).
 */
export class SharedStatusFilterController implements ReactiveController {
  private readonly host: StatusFilterHost;
  private readonly store: () => Project | undefined;
  private hub: Hub | undefined;
  private seen: string | undefined;

  constructor(host: StatusFilterHost, store: () => Project | undefined) {
    this.host = host;
    this.store = store;
    host.addController(this);
  }

  hostUpdate(): void {
    const project = this.host.isConnected ? this.store() : undefined;
    const hub = project ? hubFor(project) : undefined;
    if (hub !== this.hub) {
      this.hub?.listeners.delete(this);
      this.hub = hub;
      if (hub) {
        hub.listeners.add(this);
        // A view joining a store that is already filtered takes the filter, unless it has its own.
        if (this.host.statusFilter === undefined && hub.status !== undefined) {
          this.host.statusFilter = hub.status;
          this.seen = hub.status;
          return;
        }
      }
    }
    if (hub && this.host.statusFilter !== this.seen) {
      this.seen = this.host.statusFilter;
      if (hub.status !== this.seen) {
        hub.status = this.seen;
        for (const other of hub.listeners) if (other !== this) other.take(this.seen);
      }
    }
  }

  hostDisconnected(): void {
    this.hub?.listeners.delete(this);
    this.hub = undefined;
  }

  private take(status: string | undefined): void {
    if (this.host.statusFilter === status) return;
    this.seen = status;
    this.host.statusFilter = status;
  }
}

function hubFor(project: Project): Hub {
  let hub = hubs.get(project);
  if (hub === undefined) {
    hub = { status: undefined, listeners: new Set() };
    hubs.set(project, hub);
  }
  return hub;
}
