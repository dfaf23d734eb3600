/**
 * The people, statuses, priorities, groups and releases a table names, matched to the base
 * project's by id, name or label (and people by e-mail), made when new.
 */
import { DEFAULT_PRIORITIES, DEFAULT_STATUSES } from '../../model/defaults.js';
import type {
  Group,
  Person,
  PriorityDef,
  ProjectData,
  Release,
  StatusCategory,
  StatusDef,
} from '../../model/types.js';

const UNSAFE = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A readable id made from a name, unique among `taken`: `Ann Lee` → `ann-lee`, then `ann-lee-2`.
 * A set of ids gets the new one added; a map by id is left to its owner to set.
 */
export function slugId(
  text: string,
  prefix: string,
  taken: Set<string> | ReadonlyMap<string, unknown>,
): string {
  const base =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || prefix;
  let id = UNSAFE.has(base) ? `${prefix}-${base}` : base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  if (taken instanceof Set) taken.add(id);
  return id;
}

const key = (s: string) => s.trim().toLowerCase();
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** One kind of named entity: a lookup by id and name, and the list with what was added. */
class Named<T extends { id: string }> {
  readonly list: T[];
  readonly added: T[] = [];
  private readonly byKey = new Map<string, T>();
  private readonly ids = new Set<string>();
  /** What a text found, as written: a file repeats its names, and a found name keeps its item. */
  private readonly found = new Map<string, T>();
  constructor(
    list: readonly T[],
    private readonly names: (item: T) => (string | undefined)[],
  ) {
    this.list = list.map((item) => ({ ...item }));
    for (const item of this.list) this.index(item);
  }
  private index(item: T): void {
    this.ids.add(item.id);
    for (const n of [item.id, ...this.names(item)])
      if (n && !this.byKey.has(key(n))) this.byKey.set(key(n), item);
  }
  find(text: string): T | undefined {
    let item = this.found.get(text);
    if (item === undefined) {
      item = this.byKey.get(key(text));
      if (item !== undefined) this.found.set(text, item);
    }
    return item;
  }
  add(make: (id: string) => T, name: string, prefix: string): T {
    const item = make(slugId(name, prefix, this.ids));
    this.list.push(item);
    this.added.push(item);
    this.index(item);
    return item;
  }
}

function categoryOf(label: string): StatusCategory {
  const l = label.toLowerCase();
  if (
    /done|closed|complete|resolved|finished|erledigt|fertig|abgeschlossen|termin|fait|hecho|listo|完了|終了/.test(
      l,
    )
  ) {
    return 'done';
  }
  if (/block|stuck|hold|blockiert|bloqu|bloque|ブロック|保留/.test(l)) return 'blocked';
  if (
    /progress|doing|review|working|active|bearbeitung|arbeit|cours|curso|progreso|進行|作業中|対応中/.test(l)
  ) {
    return 'active';
  }
  return 'todo';
}

/** The named entities of one import. */
export class Registry {
  readonly people: Named<Person>;
  readonly statuses: Named<StatusDef>;
  readonly priorities: Named<PriorityDef>;
  readonly groups: Named<Group>;
  readonly releases: Named<Release>;
  constructor(private readonly base: Partial<ProjectData>) {
    this.people = new Named(base.people ?? [], (p) => [p.name, (p as { email?: string }).email]);
    this.statuses = new Named(base.statuses ?? DEFAULT_STATUSES, (s) => [s.label]);
    this.priorities = new Named(base.priorities ?? DEFAULT_PRIORITIES, (p) => [p.label]);
    this.groups = new Named(base.groups ?? [], (g) => [g.name]);
    this.releases = new Named(base.releases ?? [], (r) => [r.name]);
  }

  /** A person by id, name or e-mail; made when unknown (an e-mail makes one named by it). */
  person(text: string, email?: string): string {
    const found = this.people.find(text) ?? (email ? this.people.find(email) : undefined);
    if (found) {
      if (email && !(found as { email?: string }).email && this.people.added.includes(found)) {
        (found as { email?: string }).email = email;
      }
      return found.id;
    }
    const isEmail = EMAIL.test(text);
    const mail = isEmail ? text : email;
    const slugSource = isEmail ? (text.split('@')[0] as string) : text;
    return this.people.add(
      (id) => (mail ? { id, name: text, email: mail } : { id, name: text }) as Person,
      slugSource,
      'person',
    ).id;
  }

  status(text: string): string {
    return (
      this.statuses.find(text) ??
      this.statuses.add((id) => ({ id, label: text, category: categoryOf(text) }), text, 'status')
    ).id;
  }

  priority(text: string): string {
    const found = this.priorities.find(text);
    if (found) return found.id;
    const rank = Math.max(-1, ...this.priorities.list.map((p) => p.rank)) + 1;
    return this.priorities.add((id) => ({ id, label: text, rank }), text, 'priority').id;
  }

  group(text: string): string {
    return (this.groups.find(text) ?? this.groups.add((id) => ({ id, name: text }), text, 'group')).id;
  }

  /** A release of the base project; releases need a date, so none is made. */
  release(text: string): string | undefined {
    return this.releases.find(text)?.id;
  }

  /** The entity lists of the result: the base's when nothing was added and the base had them. */
  into(data: ProjectData, used: { status: boolean; priority: boolean }): void {
    const b = this.base;
    if (b.people || this.people.list.length) data.people = this.people.list;
    if (b.statuses || this.statuses.added.length || used.status) data.statuses = this.statuses.list;
    if (b.priorities || this.priorities.added.length || used.priority) data.priorities = this.priorities.list;
    if (b.groups || this.groups.list.length) data.groups = this.groups.list;
    if (b.releases) data.releases = this.releases.list;
  }
}
