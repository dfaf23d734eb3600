import type { Task } from '../model/types.js';
import type { QueryContext } from './context.js';

/** What to group by: a catalog member, or a custom select or person field. */
export type GroupBy = 'status' | 'priority' | 'assignee' | 'groupId' | 'releaseId' | { field: string };

/** One group: its key (`undefined` for items without a value), label, color and items in order. */
export interface TaskGroup<T> {
  key: string | undefined;
  label: string;
  color?: string;
  tasks: T[];
}

/** Options of {@link groupTasks}. */
export interface GroupOptions {
  /** Keep catalog entries that have no items (board columns); default true. */
  includeEmpty?: boolean;
  /** Label of the group of items without a value; default "None". */
  noneLabel?: string;
}

/**
 * Groups tasks into ordered groups: catalog order for statuses, groups and select options,
 * rank for priorities, name for people, date for releases, then the items without a value last.
 * A task with several assignees is in each of their groups. Items keep their given order.
 */
export function groupTasks<T extends Readonly<Task>>(
  tasks: readonly T[],
  by: GroupBy,
  context: QueryContext,
  options: GroupOptions = {},
): TaskGroup<T>[] {
  const groups: TaskGroup<T>[] = catalog(by, context).map((g) => ({ ...g, tasks: [] }));
  const byKey = new Map<string, TaskGroup<T>>(groups.map((g) => [g.key as string, g]));
  const none: TaskGroup<T> = { key: undefined, label: options.noneLabel ?? 'None', tasks: [] };
  for (const task of tasks) {
    const keys = keysOf(task, by);
    let placed = false;
    for (const key of keys) {
      const group = byKey.get(key);
      if (group !== undefined) {
        group.tasks.push(task);
        placed = true;
      }
    }
    if (!placed) none.tasks.push(task);
  }
  const out = options.includeEmpty === false ? groups.filter((g) => g.tasks.length > 0) : groups;
  if (none.tasks.length > 0) out.push(none);
  return out;
}

function keysOf(task: Readonly<Task>, by: GroupBy): string[] {
  let value: unknown;
  if (typeof by === 'object')
    value =
      task.fields !== undefined && Object.hasOwn(task.fields, by.field) ? task.fields[by.field] : undefined;
  else if (by === 'assignee') value = task.assignees;
  else value = task[by];
  if (Array.isArray(value)) return [...new Set(value.filter((v): v is string => typeof v === 'string'))];
  return typeof value === 'string' ? [value] : [];
}

function catalog(by: GroupBy, context: QueryContext): { key: string; label: string; color?: string }[] {
  const entry = (key: string, label: string, color: string | undefined) =>
    color === undefined ? { key, label } : { key, label, color };
  if (typeof by === 'object') {
    const def = context.field(by.field);
    if (def?.type === 'person') return catalog('assignee', context);
    return (def?.options ?? []).map((o) => entry(o.id, o.label, o.color));
  }
  switch (by) {
    case 'status':
      return context.statuses().map((s) => entry(s.id, s.label, s.color));
    case 'priority':
      return [...context.priorities()]
        .sort((a, b) => a.rank - b.rank)
        .map((p) => entry(p.id, p.label, p.color));
    case 'assignee':
      return [...context.people()]
        .sort((a, b) => a.name.localeCompare(b.name))
        .map((p) => entry(p.id, p.name, p.color));
    case 'groupId':
      return context.groups().map((g) => entry(g.id, g.name, g.color));
    case 'releaseId':
      return [...context.releases()]
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
        .map((r) => entry(r.id, r.name, undefined));
  }
}
