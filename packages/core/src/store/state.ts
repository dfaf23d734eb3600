import type { ProjectSettings } from '../model/operations.js';
import type { ReferenceIndex } from '../model/references.js';
import type { Assignment, Dependency, FieldDef, Task } from '../model/types.js';
import type { EntityTypes, TableKind } from './entities.js';
import { TABLE_KEYS } from './entities.js';

/** The children key of top-level tasks; task ids are never empty, so it cannot collide. */
export const ROOT = '';

type Tables = { [K in TableKind]: Map<string, Readonly<EntityTypes[K]>> };

/** Sibling order: by `order`, then by id, so every replica orders ties the same way. */
export function compareSiblings(a: Readonly<Task>, b: Readonly<Task>): number {
  const oa = a.order ?? 0;
  const ob = b.order ?? 0;
  if (oa !== ob) return oa < ob ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The live entities of one project and the indexes reads need: children in order, links by task,
 * and a lazily built WBS order. Entities are frozen snapshots, replaced (never edited) on change,
 * so operations and readers can share them. Only `applyOperation` writes here.
 */
export class ProjectState implements ReferenceIndex {
  settings: Readonly<ProjectSettings>;
  readonly tables: Tables;
  /** Parent id (or {@link ROOT}) → child ids in sibling order. */
  readonly children = new Map<string, string[]>();
  /** Task id → ids of dependencies from it, and to it; built on first use (a load does not pay for them). */
  private links: { outgoing: Map<string, string[]>; incoming: Map<string, string[]> } | undefined;
  private wbs: string[] | undefined;
  /** Nesting level per position of {@link wbs}, made by the same walk. */
  private wbsDepth: Int32Array | undefined;
  private wbsIndex: Map<string, number> | undefined;
  /**
   * Per kind, id → position of first insertion. Kept after removal, so an entity that comes back
   * (undo, or a replica replaying the same operations) returns to where it was.
   */
  private readonly positions = Object.create(null) as Partial<Record<TableKind, Map<string, number>>>;
  private readonly lists = Object.create(null) as Partial<Record<TableKind, string[]>>;

  constructor(settings: ProjectSettings) {
    this.settings = settings;
    const tables = Object.create(null) as Record<TableKind, Map<string, unknown>>;
    for (const [kind] of TABLE_KEYS) tables[kind] = new Map();
    this.tables = tables as Tables;
  }

  /**
   * Notes that an entity of `kind` was added. Until the first removal of that kind, the table's
   * insertion order is the list order and nothing is recorded; from then on positions are.
   */
  placed(kind: TableKind, id: string): void {
    const positions = this.positions[kind];
    if (positions !== undefined && !positions.has(id)) positions.set(id, positions.size);
    this.lists[kind] = undefined;
  }

  /** Call before removing an entity of `kind`: records every position so a re-added one returns to its place. */
  removing(kind: TableKind): void {
    if (this.positions[kind] === undefined) {
      const positions = new Map<string, number>();
      for (const id of this.tables[kind].keys()) positions.set(id, positions.size);
      this.positions[kind] = positions;
    }
    this.lists[kind] = undefined;
  }

  /** Ids of one kind in list order (tasks: WBS order). The live cached array; do not change it. */
  ids(kind: TableKind): readonly string[] {
    if (kind === 'task') return this.wbsOrder();
    const cached = this.lists[kind];
    if (cached !== undefined) return cached;
    const positions = this.positions[kind];
    const ids = Array.from(this.tables[kind].keys());
    if (positions === undefined) {
      this.lists[kind] = ids;
      return ids;
    }
    let sorted = true;
    for (let i = 1; i < ids.length && sorted; i++) {
      sorted = (positions.get(ids[i - 1] as string) ?? 0) < (positions.get(ids[i] as string) ?? 0);
    }
    if (!sorted) ids.sort((a, b) => (positions.get(a) ?? 0) - (positions.get(b) ?? 0));
    this.lists[kind] = ids;
    return ids;
  }

  get tasks(): Map<string, Readonly<Task>> {
    return this.tables.task;
  }

  get dependencies(): Map<string, Readonly<Dependency>> {
    return this.tables.dependency;
  }

  hasTask(id: string): boolean {
    return this.tables.task.has(id);
  }
  hasStatus(id: string): boolean {
    return this.tables.status.has(id);
  }
  hasPriority(id: string): boolean {
    return this.tables.priority.has(id);
  }
  hasPerson(id: string): boolean {
    return this.tables.person.has(id);
  }
  hasGroup(id: string): boolean {
    return this.tables.group.has(id);
  }
  hasRelease(id: string): boolean {
    return this.tables.release.has(id);
  }
  hasCalendar(id: string): boolean {
    return this.tables.calendar.has(id);
  }
  field(id: string): FieldDef | undefined {
    return this.tables.field.get(id);
  }

  /** Child ids of `parentId` (top level for {@link ROOT}) in order; the live array, do not change it. */
  childIds(parentId: string): readonly string[] {
    return this.children.get(parentId) ?? [];
  }

  /** Inserts a task into its parent's ordered child list. */
  attach(task: Readonly<Task>): void {
    const key = task.parentId ?? ROOT;
    let list = this.children.get(key);
    if (list === undefined) {
      list = [];
      this.children.set(key, list);
    }
    list.splice(this.siblingIndex(list, task), 0, task.id);
    this.invalidateWbs();
  }

  /** Removes a task from its parent's child list; `task` is the snapshot it was attached with. */
  detach(task: Readonly<Task>): void {
    const key = task.parentId ?? ROOT;
    const list = this.children.get(key);
    if (list === undefined) return;
    let at = this.siblingIndex(list, task);
    if (list[at] !== task.id) at = list.indexOf(task.id);
    if (at >= 0) list.splice(at, 1);
    if (list.length === 0) this.children.delete(key);
    this.invalidateWbs();
  }

  /** Binary search for where `task` belongs among `list` (sorted by {@link compareSiblings}). */
  private siblingIndex(list: readonly string[], task: Readonly<Task>): number {
    let lo = 0;
    let hi = list.length;
    const tasks = this.tables.task;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const other = tasks.get(list[mid] as string);
      if (other !== undefined && other.id !== task.id && compareSiblings(other, task) < 0) lo = mid + 1;
      else if (other !== undefined && other.id === task.id) return mid;
      else hi = mid;
    }
    return lo;
  }

  /** Task id → ids of the dependencies from it. */
  get outgoing(): ReadonlyMap<string, readonly string[]> {
    return this.linkIndex().outgoing;
  }

  /** Task id → ids of the dependencies to it. */
  get incoming(): ReadonlyMap<string, readonly string[]> {
    return this.linkIndex().incoming;
  }

  private linkIndex(): { outgoing: Map<string, string[]>; incoming: Map<string, string[]> } {
    if (this.links !== undefined) return this.links;
    const links = { outgoing: new Map<string, string[]>(), incoming: new Map<string, string[]>() };
    for (const dep of this.tables.dependency.values()) {
      push(links.outgoing, dep.from, dep.id);
      push(links.incoming, dep.to, dep.id);
    }
    this.links = links;
    return links;
  }

  /** Records a dependency in the per-task link indexes (when they are built). */
  link(dep: Readonly<Dependency>): void {
    if (this.links === undefined) return;
    push(this.links.outgoing, dep.from, dep.id);
    push(this.links.incoming, dep.to, dep.id);
  }

  /** Removes a dependency from the per-task link indexes (when they are built). */
  unlink(dep: Readonly<Dependency>): void {
    if (this.links === undefined) return;
    pull(this.links.outgoing, dep.from, dep.id);
    pull(this.links.incoming, dep.to, dep.id);
  }

  /** The assignments of one task, in list order. A scan: assignments are few beside tasks. */
  assignmentsOf(taskId: string): Readonly<Assignment & { id: string }>[] {
    const out: Readonly<Assignment & { id: string }>[] = [];
    for (const a of this.tables.assignment.values()) if (a.taskId === taskId) out.push(a);
    return out;
  }

  /** Increases with every task change, so caches over tasks know when they are stale. */
  taskStamp = 0;

  invalidateWbs(): void {
    this.wbs = undefined;
    this.wbsDepth = undefined;
    this.wbsIndex = undefined;
  }

  /** Every task id depth-first, parents before children, siblings in order. Cached until the tree changes. */
  wbsOrder(): readonly string[] {
    if (this.wbs !== undefined) return this.wbs;
    const out: string[] = [];
    const depth = new Int32Array(this.tables.task.size);
    const stack: string[] = [];
    const levels: number[] = [];
    const roots = this.childIds(ROOT);
    for (let i = roots.length - 1; i >= 0; i--) {
      stack.push(roots[i] as string);
      levels.push(0);
    }
    while (stack.length > 0) {
      const id = stack.pop() as string;
      const level = levels.pop() as number;
      depth[out.length] = level;
      out.push(id);
      const kids = this.children.get(id);
      if (kids === undefined) continue;
      for (let i = kids.length - 1; i >= 0; i--) {
        stack.push(kids[i] as string);
        levels.push(level + 1);
      }
    }
    this.wbs = out;
    this.wbsDepth = out.length === depth.length ? depth : depth.slice(0, out.length);
    return out;
  }

  /** The nesting level of each task of {@link wbsOrder}, by position (0: top level). */
  wbsDepths(): Int32Array {
    if (this.wbsDepth === undefined) this.wbsOrder();
    return this.wbsDepth as Int32Array;
  }

  /** Position of a task in {@link wbsOrder}, for sorting by WBS. */
  wbsPosition(id: string): number {
    if (this.wbsIndex === undefined) {
      const index = new Map<string, number>();
      const order = this.wbsOrder();
      for (let i = 0; i < order.length; i++) index.set(order[i] as string, i);
      this.wbsIndex = index;
    }
    return this.wbsIndex.get(id) ?? -1;
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function pull(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list === undefined) return;
  const at = list.indexOf(value);
  if (at >= 0) list.splice(at, 1);
  if (list.length === 0) map.delete(key);
}
