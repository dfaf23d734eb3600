import { HocuspocusProvider } from '@hocuspocus/provider';
import {
  type Peer,
  type PresenceEditing,
  type PresenceUser,
  type Project,
  presenceOf,
  RoadlineError,
} from '@roadline/core';
import * as Y from 'yjs';
import { Binding } from './binding.js';
import type { Conflict } from './projection.js';

export type CollabStatus = 'connecting' | 'connected' | 'offline' | 'denied' | 'closed';

export interface ConnectOptions {
  /** The server, `ws://host:port` (a `roadline-collab` or any Hocuspocus 3 server). */
  url: string;
  /** The room: the document name on the server. */
  room: string;
  /** Sent as Hocuspocus's authentication token; the server checks it against its token file. */
  token?: string;
  user?: { id: string; name: string; color?: string };
  /** A WebSocket class where there is no global one (Node 20: `ws`'s). */
  WebSocket?: unknown;
  /** Keep an offline copy of the room in IndexedDB (browsers), so edits survive a reload offline. */
  persist?: boolean;
}

export interface CollabEvents {
  status: (status: CollabStatus) => void;
  peers: (peers: readonly Peer[]) => void;
  conflict: (conflict: Conflict) => void;
}

const COLORS = ['#c2185b', '#1565c0', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#ad1457', '#4e342e'];

/** A stable color for a user id without one. */
function colorFor(id: string): string {
  let h = 0;
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) >>> 0;
  return COLORS[h % COLORS.length] as string;
}

/**
 * One store bound to one room (see {@link connect}). Status goes `connecting` → `connected`;
 * `offline` while the connection is lost (it reconnects by itself and sends what was edited
 * meanwhile); `denied` when the server refuses the token or the room; `closed` after
 * {@link disconnect}.
 */
export class CollabSession {
  readonly doc: Y.Doc;
  private readonly binding: Binding;
  private readonly provider: HocuspocusProvider;
  private readonly user: PresenceUser;
  private currentStatus: CollabStatus = 'connecting';
  private readOnly = false;
  private everConnected = false;
  private readonly listeners: { [K in keyof CollabEvents]: Set<CollabEvents[K]> } = {
    status: new Set(),
    peers: new Set(),
    conflict: new Set(),
  };
  private readonly synced: Promise<void>;
  private settle!: { resolve: () => void; reject: (error: Error) => void };
  private offline: { destroy(): Promise<void> | void } | undefined;
  private readonly offPresence: () => void;

  constructor(
    readonly project: Project,
    options: ConnectOptions,
  ) {
    const user = options.user ?? { id: 'anonymous', name: 'Anonymous' };
    this.user = { id: user.id, name: user.name, color: user.color ?? colorFor(user.id) };
    this.synced = new Promise<void>((resolve, reject) => {
      this.settle = { resolve, reject };
    });
    this.synced.catch(() => undefined);
    const doc = new Y.Doc();
    this.doc = doc;
    this.binding = new Binding(project, doc, {
      readOnly: () => this.readOnly,
      onConflict: (c) => this.emit('conflict', c),
    });
    const binding = this.binding;
    project.setUndoHandler({
      undo: () => binding.undo(),
      redo: () => binding.redo(),
      get canUndo() {
        return binding.undoManager.canUndo();
      },
      get canRedo() {
        return binding.undoManager.canRedo();
      },
    });
    this.provider = new HocuspocusProvider({
      url: options.url,
      name: options.room,
      document: doc,
      token: options.token ?? '',
      WebSocketPolyfill: options.WebSocket,
      delay: 250,
      minDelay: 100,
      factor: 1.5,
      maxDelay: 3000,
      onAuthenticated: ({ scope }) => {
        this.readOnly = scope === 'readonly';
      },
      onAuthenticationFailed: () => this.deny(),
      onStatus: ({ status }) => {
        if (status === 'connected') {
          this.everConnected = true;
          this.setStatus('connected');
        } else if (status === 'disconnected') this.setStatus(this.everConnected ? 'offline' : 'connecting');
      },
      onSynced: ({ state }) => {
        if (!state) return;
        presenceOf(project).setStatus('synced');
        binding.start();
        this.settle.resolve();
      },
    } as ConstructorParameters<typeof HocuspocusProvider>[0]);
    const awareness = this.provider.awareness;
    awareness?.setLocalStateField('user', this.user);
    awareness?.on('change', () => this.emit('peers', this.peers()));
    const presence = presenceOf(project);
    presence.setStatus('connecting');
    this.offPresence = presence.subscribeLocal(() => {
      const local = presence.local;
      awareness?.setLocalStateField('selection', local.selection ?? null);
      awareness?.setLocalStateField('editing', local.editing ?? null);
    });
    this.on('peers', (peers) => presence.setPeers(peers));
    if (options.persist) void this.keepOffline(options.room);
  }

  get status(): CollabStatus {
    return this.currentStatus;
  }

  /** Whether the server gave this client read-only access (a viewer). */
  get viewer(): boolean {
    return this.readOnly;
  }

  /** Resolves once the store shows the room's content; rejects with `RoadlineError('DENIED')` when refused. */
  whenSynced(): Promise<void> {
    return this.synced;
  }

  /** The other clients in the room. */
  peers(): Peer[] {
    const out: Peer[] = [];
    const awareness = this.provider.awareness;
    if (awareness === null) return out;
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID || state.user === undefined) continue;
      const peer: Peer = { clientId, user: state.user as PresenceUser };
      if (Array.isArray(state.selection)) peer.selection = state.selection as string[];
      if (state.editing) peer.editing = state.editing as PresenceEditing;
      out.push(peer);
    }
    return out.sort((a, b) => a.clientId - b.clientId);
  }

  setSelection(ids: readonly string[]): void {
    presenceOf(this.project).setLocal({ selection: ids });
  }

  setEditing(editing: PresenceEditing | undefined): void {
    presenceOf(this.project).setLocal({ editing });
  }

  /** Undoes this user's last own change (others' changes stay); false when there is none. */
  undo(): boolean {
    return this.binding.undo();
  }

  redo(): boolean {
    return this.binding.redo();
  }

  /** Leaves the room: the store keeps what it shows, undo goes back to the store's own history. */
  disconnect(): void {
    if (this.currentStatus === 'closed') return;
    this.close();
    this.setStatus('closed');
  }

  on<K extends keyof CollabEvents>(event: K, listener: CollabEvents[K]): () => void {
    this.listeners[event].add(listener);
    return () => {
      this.listeners[event].delete(listener);
    };
  }

  private emit<K extends keyof CollabEvents>(event: K, value: Parameters<CollabEvents[K]>[0]): void {
    for (const listener of Array.from(this.listeners[event])) (listener as (v: unknown) => void)(value);
  }

  private setStatus(status: CollabStatus): void {
    if (this.currentStatus === status || this.currentStatus === 'denied' || this.currentStatus === 'closed')
      return;
    this.currentStatus = status;
    presenceOf(this.project).setStatus(status === 'closed' ? undefined : status);
    this.emit('status', status);
  }

  private deny(): void {
    if (this.currentStatus === 'denied' || this.currentStatus === 'closed') return;
    this.setStatus('denied');
    this.settle.reject(new RoadlineError('DENIED', 'The server refused this token for this room'));
    this.close();
  }

  private close(): void {
    this.offPresence();
    this.provider.destroy();
    this.binding.destroy();
    this.project.setUndoHandler(undefined);
    presenceOf(this.project).setPeers([]);
    void this.offline?.destroy();
    this.settle.reject(new RoadlineError('CLOSED', 'The session was closed before it synced'));
  }

  private async keepOffline(room: string): Promise<void> {
    const { IndexeddbPersistence } = await import('y-indexeddb');
    const store = new IndexeddbPersistence(`roadline:${room}`, this.doc);
    this.offline = store;
    await store.whenSynced;
    // The offline copy already shows the room as it was: start from it while the server is away.
    if (this.doc.getMap('tasks').size > 0 || this.doc.getMap('project').size > 0) this.binding.start();
  }
}

/**
 * Binds `project` to a room: local changes go out as Yjs transactions, remote ones arrive as
 * `'remote'` batches, and `project.undo()` undoes this user's own changes only. An empty room is
 * seeded from the project; otherwise the room's content replaces the project's (no undo step).
 */
export function connect(project: Project, options: ConnectOptions): CollabSession {
  return new CollabSession(project, options);
}
