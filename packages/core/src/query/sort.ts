import type { Task } from '../model/types.js';
import { parseWallTime } from '../time/wall-time.js';
import { type QueryContext, type TaskField, fieldValue } from './context.js';

/** One sort key; `wbs` sorts by position in the WBS. Missing values sort last in either direction. */
export interface SortKey {
  field: TaskField | 'wbs';
  direction?: 'asc' | 'desc';
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
const DATE_FIELDS = new Set(['start', 'end']);

/**
 * A stably sorted copy of `tasks` by several keys. Statuses sort in their catalog order,
 * priorities by rank, people, groups and releases by name (releases by date), select fields by
 * option order, dates by instant and text naturally ("Task 2" before "Task 10").
 */
export function sortTasks<T extends Readonly<Task>>(
  tasks: readonly T[],
  keys: readonly SortKey[],
  context?: QueryContext,
): T[] {
  const rankers = keys.map((key) => ranker(key, context));
  const decorated = tasks.map((task, index) => ({ task, index, values: rankers.map((r) => r(task)) }));
  decorated.sort((a, b) => {
    for (let k = 0; k < keys.length; k++) {
      const order = compare(a.values[k], b.values[k]);
      if (order !== 0)
        return keys[k]?.direction === 'desc' && a.values[k] !== undefined && b.values[k] !== undefined
          ? -order
          : order;
    }
    return a.index - b.index;
  });
  return decorated.map((d) => d.task);
}

type Sortable = number | string | undefined;

function compare(a: Sortable, b: Sortable): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

function positions<T>(
  list: readonly T[] | undefined,
  id: (item: T) => string,
  rank: (item: T, i: number) => number | string,
): Map<string, number | string> {
  return new Map((list ?? []).map((item, i) => [id(item), rank(item, i)]));
}

function ranker(key: SortKey, context: QueryContext | undefined): (task: Readonly<Task>) => Sortable {
  const field = key.field;
  if (field === 'wbs') {
    const wbs = new Map((context?.wbsOrder() ?? []).map((id, i) => [id, i]));
    return (task) => wbs.get(task.id);
  }
  let lookup: Map<string, number | string> | undefined;
  if (field === 'status')
    lookup = positions(
      context?.statuses(),
      (s) => s.id,
      (_, i) => i,
    );
  else if (field === 'priority')
    lookup = positions(
      context?.priorities(),
      (p) => p.id,
      (p) => p.rank,
    );
  else if (field === 'assignee' || field === 'assignees')
    lookup = positions(
      context?.people(),
      (p) => p.id,
      (p) => p.name,
    );
  else if (field === 'groupId')
    lookup = positions(
      context?.groups(),
      (g) => g.id,
      (_, i) => i,
    );
  else if (field === 'releaseId')
    lookup = positions(
      context?.releases(),
      (r) => r.id,
      (r) => parseWallTime(r.date) ?? 0,
    );
  else if (field.startsWith('fields.')) {
    const def = context?.field(field.slice(7));
    if (def?.type === 'select')
      lookup = positions(
        def.options,
        (o) => o.id,
        (_, i) => i,
      );
    if (def?.type === 'person')
      lookup = positions(
        context?.people(),
        (p) => p.id,
        (p) => p.name,
      );
    if (def?.type === 'date') return (task) => dateOf(fieldValue(task as Record<string, unknown>, field));
  }
  if (DATE_FIELDS.has(field)) return (task) => dateOf(fieldValue(task as Record<string, unknown>, field));
  return (task) => {
    let value = fieldValue(task as Record<string, unknown>, field);
    if (Array.isArray(value)) value = value[0];
    if (lookup !== undefined && typeof value === 'string') return lookup.get(value);
    return typeof value === 'number' || typeof value === 'string'
      ? value
      : typeof value === 'boolean'
        ? Number(value)
        : undefined;
  };
}

function dateOf(value: unknown): number | undefined {
  return typeof value === 'string' ? parseWallTime(value) : undefined;
}

export type { Sortable };
/** The comparison and per-key value readers of {@link sortTasks}, for sorts that add keys of their own. */
export { compare as compareSortable, ranker as sortRanker };
