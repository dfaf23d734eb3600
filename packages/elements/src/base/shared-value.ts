import type { Project } from '@roadline/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** One named value that the views of one store share, and the views sharing it. */
interface Hub<V> {
  value: V;
  readonly sharers: Set<SharedValueController<V>>;
}

/** Per store, per name: the shared values. Keyed by the store object, so a store's hubs go with it. */
// biome-ignore lint/suspicious/noExplicitAny: each name's hub holds its own controllers' value type.
const hubs = new WeakMap<Project, Map<string, Hub<any>>>();

/** What a {@link SharedValueController} shares and how it reads and writes the host's copy. */
export interface SharedValueOptions<V> {
  /** The value's name: controllers with the same name on the same store share one value. */
  readonly name: string;
  /** The store the host shows now (`undefined` when none). */
  readonly store: () => Project | undefined;
  /** The host's copy of the value (its public property). */
  readonly read: () => V;
  /** Sets the host's copy (a value taken from another view; the host fires no event for it). */
  readonly write: (value: V) => void;
  /** The value of a store no view has set yet. */
  readonly initial: V;
  /** A view joining a store takes the store's value when its own is empty. */
  readonly isEmpty: (value: V) => boolean;
  /** Equal values are not passed on (default `===`). */
  readonly same?: (a: V, b: V) => boolean;
}

/**
 * Shares one value of a host (a property such as `selection` or `statusFilter`) between every
 * element showing the same store: when one of them changes it (the user did, or the page set it),
 * the others take the same value and re-render. A view that joins a store whose value is set takes
 * it, unless its own is set too. Keyed by the store object, so elements given the same `.project`
 * share and elements with their own `.data` do not. The value is passed on in `hostUpdate`, so a
 * property set twice in one task is shared once.
 */
export class SharedValueController<V> implements ReactiveController {
  protected readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: SharedValueOptions<V>;
  private hub: Hub<V> | undefined;
  private seen: V | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: SharedValueOptions<V>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The store whose value this view shares now, if any. */
  protected get joined(): Project | undefined {
    return this.hub ? this.options.store() : undefined;
  }

  /** Asks every view sharing the value, this one included, to render again. */
  protected renderSharers(): void {
    for (const sharer of this.hub?.sharers ?? []) sharer.host.requestUpdate();
  }

  hostUpdate(): void {
    const { read, isEmpty } = this.options;
    const project = this.host.isConnected ? this.options.store() : undefined;
    const hub = project ? this.hubOf(project) : undefined;
    if (hub !== this.hub) {
      this.hub?.sharers.delete(this);
      this.hub = hub;
      if (hub) {
        hub.sharers.add(this);
        if (isEmpty(read()) && !isEmpty(hub.value)) {
          this.take(hub.value);
          return;
        }
      }
    }
    const value = read();
    if (hub && value !== this.seen) {
      this.seen = value;
      if (!this.same(hub.value, value)) {
        hub.value = value;
        for (const other of hub.sharers) if (other !== this) other.take(value);
      }
    }
  }

  hostDisconnected(): void {
    this.hub?.sharers.delete(this);
    this.hub = undefined;
  }

  private take(value: V): void {
    this.seen = value;
    if (!this.same(this.options.read(), value)) this.options.write(value);
  }

  private same(a: V, b: V): boolean {
    return this.options.same ? this.options.same(a, b) : a === b;
  }

  private hubOf(project: Project): Hub<V> {
    let named = hubs.get(project);
    if (named === undefined) {
      named = new Map();
      hubs.set(project, named);
    }
    let hub = named.get(this.options.name) as Hub<V> | undefined;
    if (hub === undefined) {
      hub = { value: this.options.initial, sharers: new Set() };
      named.set(this.options.name, hub);
    }
    return hub;
  }
}
