import {
  type AppliedOrigin,
  type ChangeBatch,
  invertOperation,
  type Operation,
  type Project,
} from '@roadline/core';
import * as Y from 'yjs';
import {
  CATALOGUE_KEYS,
  CATALOGUE_OF,
  type CatalogueKey,
  ENTITY_ROOTS,
  type EntityRoot,
  isEmptyRoom,
  KIND_OF_ROOT,
  newEntityMap,
  patchEntity,
  ROOT_OF,
  readEntity,
  type Roots,
  rootsOf,
  SETTINGS_KEYS,
  writeProject,
} from './layout.js';
import { type Conflict, docData, projectRoom } from './projection.js';
import {
  catalogue,
  emptyTarget,
  loadOps,
  MAP_KINDS,
  type MapKind,
  reconcileOps,
  replaceOps,
  settingsOf,
  type Target,
  wholeTarget,
} from './reconcile.js';

export interface BindingHooks {
  /** Whether this replica may not write (a viewer): its local edits are reverted, nothing is sent. */
  readOnly(): boolean;
  onConflict(conflict: Conflict): void;
}

/**
 * Keeps a store and a Yjs document in step, both ways. Local batches (and undo/redo) become one
 * Yjs transaction each, with this binding's origin, tracked by a `Y.UndoManager` so undo reverts
 * only this replica's own changes. Other transactions (the network, the undo manager, a repair)
 * become one store batch with origin `'remote'` (`'undo'`/`'redo'` for the undo manager's). The
 * store always shows {@link projectRoom} of the document: when a remote change cannot be applied
 * as it is, the projection is rebuilt, the store set to it, what was left out reported as a
 * conflict and removed from the document (the repair every replica makes alike).
 */
export class Binding {
  readonly roots: Roots;
  readonly undoManager: Y.UndoManager;
  /** Origin of this replica's own transactions. */
  readonly origin = { binding: 'local' };
  private readonly repairOrigin = { binding: 'repair' };
  private started = false;
  private applying = false;
  /** Whether the store shows the document exactly (false after a repair a viewer could not make). */
  private clean = true;
  private dirty = emptyDirty();
  private pendingOrigin: AppliedOrigin = 'remote';
  private undoing: AppliedOrigin | undefined;
  private readonly offStore: () => void;

  constructor(
    readonly project: Project,
    readonly doc: Y.Doc,
    private readonly hooks: BindingHooks,
  ) {
    this.roots = rootsOf(doc);
    const scope = [this.roots.project, ...ENTITY_ROOTS.map((r) => this.roots[r])];
    this.undoManager = new Y.UndoManager(scope, {
      trackedOrigins: new Set([this.origin]),
      captureTimeout: 0,
    });
    doc.on('afterTransaction', this.onTransaction);
    this.offStore = project.subscribe(this.onBatch);
  }

  /**
   * Starts syncing once the document holds what the room (or the offline copy) has: an empty
   * room is seeded from the store; otherwise the room's content replaces the store's, as one
   * `'remote'` batch (no undo step).
   */
  start(): void {
    if (this.started) return;
    this.started = true;
    if (isEmptyRoom(this.roots)) {
      const data = this.project.toJSON();
      this.doc.transact(() => writeProject(this.roots, data), this.repairOrigin);
      this.dirty = emptyDirty();
    } else {
      this.dirty = emptyDirty();
      this.load();
    }
  }

  /**
   * Sets the store to the room's content. The room is almost always a valid project: then the
   * store's own checks (and its scheduler's cycle check) are the only ones it takes, and the
   * projection (a second load and schedule) runs only when the store refuses the room.
   */
  private load(): void {
    try {
      const data = docData(this.roots);
      const ops = loadOps(this.project, data) ?? reconcileOps(this.project, wholeTarget(this.project, data));
      this.applyToStore(ops, 'remote', true);
    } catch {
      this.rebuild('remote');
    }
  }

  get isStarted(): boolean {
    return this.started;
  }

  undo(): boolean {
    return this.step('undo');
  }

  redo(): boolean {
    return this.step('redo');
  }

  destroy(): void {
    this.offStore();
    this.doc.off('afterTransaction', this.onTransaction);
    this.undoManager.destroy();
  }

  private step(which: 'undo' | 'redo'): boolean {
    const manager = this.undoManager;
    if (which === 'undo' ? !manager.canUndo() : !manager.canRedo()) return false;
    this.undoing = which;
    try {
      if (which === 'undo') manager.undo();
      else manager.redo();
    } finally {
      this.undoing = undefined;
    }
    return true;
  }

  // ── store → document ────────────────────────────────────────────────

  private readonly onBatch = (batch: ChangeBatch): void => {
    if (this.applying || !this.started || batch.origin === 'preview' || batch.origin === 'remote') {
      if (batch.origin === 'preview' && !this.project.previewing) this.flush();
      return;
    }
    if (this.hooks.readOnly()) {
      const inverse = [...batch.operations].reverse().map((op) => invertOperation(op));
      queueMicrotask(() => this.applyToStore(inverse, 'remote'));
      return;
    }
    const catalogues = new Set<CatalogueKey>();
    this.doc.transact(() => {
      for (const op of batch.operations) this.write(op, catalogues);
      for (const key of catalogues)
        this.roots.project.set(key, JSON.parse(JSON.stringify(catalogue(this.project, key))));
    }, this.origin);
    if (this.hasDirty()) this.flush();
  };

  private write(op: Operation, catalogues: Set<CatalogueKey>): void {
    const root = ROOT_OF[op.entity];
    if (root !== undefined) {
      const map = this.roots[root];
      if (op.kind === 'remove') map.delete(op.id);
      else {
        const entity = map.get(op.id);
        if (op.kind === 'add' || entity === undefined) map.set(op.id, newEntityMap(root, op.after as object));
        else patchEntity(root, entity, op.before as object, op.after as object);
      }
      return;
    }
    if (op.entity === 'project') {
      const after = op.after as Record<string, unknown>;
      for (const key of SETTINGS_KEYS) {
        if (after[key] === undefined) {
          if (this.roots.project.has(key)) this.roots.project.delete(key);
        } else this.roots.project.set(key, after[key]);
      }
      return;
    }
    const key = CATALOGUE_OF[op.entity];
    if (key !== undefined) catalogues.add(key);
  }

  // ── document → store ────────────────────────────────────────────────

  private readonly onTransaction = (tr: Y.Transaction): void => {
    // Before start nothing is collected: start() loads the whole room (or seeds it) anyway.
    if (!this.started || tr.origin === this.origin || tr.origin === this.repairOrigin) return;
    collectDirty(this.roots, tr, this.dirty);
    if (tr.origin === this.undoManager) this.pendingOrigin = this.undoing ?? 'remote';
    this.flush();
  };

  private hasDirty(): boolean {
    const d = this.dirty;
    return d.settings || d.catalogues.size > 0 || MAP_KIND_LIST.some((k) => d.entities[k].size > 0);
  }

  /** Applies what the document changed to the store, unless the store is in a gesture's preview. */
  private flush(): void {
    if (!this.started || !this.hasDirty() || this.project.previewing || this.project.inTransaction) return;
    const dirty = this.dirty;
    const origin = this.pendingOrigin;
    this.dirty = emptyDirty();
    this.pendingOrigin = 'remote';
    if (!this.clean) {
      this.rebuild(origin);
      return;
    }
    const target = this.targetOf(dirty);
    try {
      this.applyToStore(reconcileOps(this.project, target), origin, true);
    } catch {
      this.rebuild(origin);
    }
  }

  private targetOf(dirty: Dirty): Target {
    const target = emptyTarget();
    const project = this.roots.project;
    if (dirty.settings) {
      const data: Record<string, unknown> = {};
      for (const key of SETTINGS_KEYS) if (project.has(key)) data[key] = project.get(key);
      target.settings = settingsOf(data);
    }
    for (const key of dirty.catalogues) target.catalogues[key] = (project.get(key) ?? []) as never;
    for (const kind of MAP_KIND_LIST) {
      const map = this.roots[ROOT_OF[kind] as EntityRoot];
      for (const id of dirty.entities[kind]) {
        const entity = map.get(id);
        target.entities[kind].set(
          id,
          entity === undefined ? undefined : (readEntity(ROOT_OF[kind] as EntityRoot, id, entity) as never),
        );
      }
    }
    return target;
  }

  /** Sets the store to the room's projection, reports and repairs what it leaves out. */
  private rebuild(origin: AppliedOrigin): void {
    const { data, conflicts } = projectRoom(this.roots);
    try {
      this.applyToStore(reconcileOps(this.project, wholeTarget(this.project, data)), origin, true);
    } catch {
      this.applyToStore(replaceOps(this.project, data), origin, true);
    }
    if (conflicts.length > 0 && !this.hooks.readOnly()) {
      this.applying = true;
      try {
        this.doc.transact(() => {
          for (const c of conflicts) {
            const map = this.roots[ROOT_OF[c.entity] as EntityRoot];
            if (c.resolution === 'dropped') map.delete(c.id);
            else map.get(c.id)?.delete('parentId');
          }
        }, this.repairOrigin);
      } finally {
        this.applying = false;
      }
      this.dirty = emptyDirty();
    }
    this.clean = conflicts.length === 0 || !this.hooks.readOnly();
    for (const c of conflicts) this.hooks.onConflict(c);
  }

  private applyToStore(ops: Operation[], origin: AppliedOrigin, rethrow = false): void {
    if (ops.length === 0) return;
    this.applying = true;
    try {
      this.project.applyOperations(ops, origin);
    } catch (error) {
      if (rethrow) throw error;
    } finally {
      this.applying = false;
    }
  }
}

const MAP_KIND_LIST = MAP_KINDS;

interface Dirty {
  settings: boolean;
  catalogues: Set<CatalogueKey>;
  entities: Record<MapKind, Set<string>>;
}

function emptyDirty(): Dirty {
  return {
    settings: false,
    catalogues: new Set(),
    entities: {
      task: new Set(),
      dependency: new Set(),
      note: new Set(),
      baseline: new Set(),
      assignment: new Set(),
      fired: new Set(),
    },
  };
}

const CATALOGUE_SET: ReadonlySet<string> = new Set(CATALOGUE_KEYS);
const SETTINGS_SET: ReadonlySet<string> = new Set(SETTINGS_KEYS);

/** Adds the ids and project keys `tr` changed to `dirty`. */
function collectDirty(roots: Roots, tr: Y.Transaction, dirty: Dirty): void {
  const rootKind = new Map<unknown, MapKind | undefined>();
  for (const r of ENTITY_ROOTS) rootKind.set(roots[r], KIND_OF_ROOT[r] as MapKind | undefined);
  for (const [type, keys] of tr.changed) {
    if ((type as unknown) === roots.project) {
      for (const key of keys) {
        if (key === null) continue;
        if (SETTINGS_SET.has(key)) dirty.settings = true;
        else if (CATALOGUE_SET.has(key)) dirty.catalogues.add(key as CatalogueKey);
      }
      continue;
    }
    if (rootKind.has(type)) {
      const kind = rootKind.get(type);
      if (kind !== undefined) for (const key of keys) if (key !== null) dirty.entities[kind].add(key);
      continue;
    }
    const parent = type._item?.parent as unknown;
    const id = type._item?.parentSub;
    if (parent !== undefined && id !== null && id !== undefined && rootKind.has(parent)) {
      const kind = rootKind.get(parent);
      if (kind !== undefined) dirty.entities[kind].add(id);
    }
  }
}
