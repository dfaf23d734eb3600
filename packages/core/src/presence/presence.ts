/**
 * Who else is working on a project, as far as the views need to know: a small headless store that
 * a collaboration session fills (`@roadline/collab`) and that elements read without importing the
 * session. Each project has one, found with {@link presenceOf}; without a session it stays empty.
 *
 * Peers are the other people in the room (never this client). The local part (`local`,
 * {@link Presence.setLocal}) is what this client tells the others: the session watches it and
 * sends it, so an element that changes its selection calls `setLocal({ selection })` and need not
 * know whether a session exists.
 */

/** A person in a room; `color` is always set (the session picks one when the user gave none). */
export interface PresenceUser {
  id: string;
  name: string;
  color: string;
}

/** What one person is editing: a task, and the field (column key) when a cell editor is open. */
export interface PresenceEditing {
  taskId: string;
  field?: string;
}

/** One other client in the room. `clientId` is the session's (Yjs) client id, unique per tab. */
export interface Peer {
  clientId: number;
  user: PresenceUser;
  /** Task ids this peer has selected. */
  selection?: readonly string[];
  editing?: PresenceEditing;
}

/**
 * The session's connection, for a status indicator: `connecting` (never reached the server yet),
 * `connected` (reached it, the room not loaded yet), `synced` (live), `offline` (lost; edits are
 * kept and sent on reconnect), `denied` (the server refused this client).
 */
export type PresenceStatus = 'connecting' | 'connected' | 'synced' | 'offline' | 'denied';

/** What this client shows the others. */
export interface LocalPresence {
  selection?: readonly string[];
  editing?: PresenceEditing;
}

type Listener = () => void;

const EMPTY: readonly Peer[] = Object.freeze([]);

/**
 * The peers of one project and this client's own presence. Reads return frozen arrays that are
 * replaced (never edited) on change, so a view may compare them by identity.
 */
export class Presence {
  private current: readonly Peer[] = EMPTY;
  private byTask: Map<string, Peer[]> | undefined;
  private editingTask: Map<string, Peer[]> | undefined;
  private connection: PresenceStatus | undefined;
  private localState: Readonly<LocalPresence> = Object.freeze({});
  private readonly peerListeners = new Set<Listener>();
  private readonly localListeners = new Set<Listener>();

  /** The other clients in the room, in `clientId` order. */
  peers(): readonly Peer[] {
    return this.current;
  }

  /**
   * The session's connection; `undefined` when no session fills this presence (a view then shows
   * no indicator).
   */
  status(): PresenceStatus | undefined {
    return this.connection;
  }

  /** Sets the connection status (the session calls this; `undefined` when it ends); tells the subscribers. */
  setStatus(status: PresenceStatus | undefined): void {
    if (status === this.connection) return;
    this.connection = status;
    notify(this.peerListeners);
  }

  /**
   * The peers that have `taskId` selected (for outlines in their colors). The same array comes
   * back until the peers change (an empty frozen one when nobody selects it), so a view may guard
   * a row's rendering on it.
   */
  selecting(taskId: string): readonly Peer[] {
    if (this.current.length === 0) return EMPTY;
    if (this.byTask === undefined) {
      const index = new Map<string, Peer[]>();
      for (const peer of this.current) {
        for (const id of peer.selection ?? []) {
          const list = index.get(id);
          if (list === undefined) index.set(id, [peer]);
          else list.push(peer);
        }
      }
      this.byTask = index;
    }
    return this.byTask.get(taskId) ?? EMPTY;
  }

  /**
   * The peers editing `taskId` (any field, or `field` only when given). Without `field`, the same
   * array comes back until the peers change, as with {@link selecting}.
   */
  editing(taskId: string, field?: string): readonly Peer[] {
    if (this.current.length === 0) return EMPTY;
    if (this.editingTask === undefined) {
      const index = new Map<string, Peer[]>();
      for (const peer of this.current) {
        const id = peer.editing?.taskId;
        if (id === undefined) continue;
        const list = index.get(id);
        if (list === undefined) index.set(id, [peer]);
        else list.push(peer);
      }
      this.editingTask = index;
    }
    const all = this.editingTask.get(taskId) ?? EMPTY;
    return field === undefined || all.length === 0 ? all : all.filter((p) => p.editing?.field === field);
  }

  /** Replaces the peers (the session calls this); tells the subscribers. */
  setPeers(peers: readonly Peer[]): void {
    this.current =
      peers.length === 0 ? EMPTY : Object.freeze([...peers].sort((a, b) => a.clientId - b.clientId));
    this.byTask = undefined;
    this.editingTask = undefined;
    notify(this.peerListeners);
  }

  /**
   * Calls `listener` after every change of the peers or of the status; returns the function that
   * unsubscribes it.
   */
  subscribe(listener: Listener): () => void {
    this.peerListeners.add(listener);
    return () => {
      this.peerListeners.delete(listener);
    };
  }

  /** What this client shows the others. */
  get local(): Readonly<LocalPresence> {
    return this.localState;
  }

  /** Changes what this client shows the others (keys left out stay as they were; `undefined` clears). */
  setLocal(patch: LocalPresence): void {
    const next: LocalPresence = { ...this.localState };
    for (const key of Object.keys(patch) as (keyof LocalPresence)[]) {
      const value = patch[key];
      if (value === undefined) delete next[key];
      else if (key === 'selection') next.selection = Object.freeze([...(value as readonly string[])]);
      else next.editing = Object.freeze({ ...(value as PresenceEditing) });
    }
    this.localState = Object.freeze(next);
    notify(this.localListeners);
  }

  /** Calls `listener` after every change of the local presence (the session sends it on). */
  subscribeLocal(listener: Listener): () => void {
    this.localListeners.add(listener);
    return () => {
      this.localListeners.delete(listener);
    };
  }
}

function notify(listeners: Set<Listener>): void {
  for (const listener of Array.from(listeners)) listener();
}

const registry = new WeakMap<object, Presence>();

/**
 * The presence of `project` (any object that stands for it, usually the `Project` store): the
 * same instance for the same project, created on first use.
 */
export function presenceOf(project: object): Presence {
  let presence = registry.get(project);
  if (presence === undefined) {
    presence = new Presence();
    registry.set(project, presence);
  }
  return presence;
}
