/**
 * Puts imported project data (from `fromCSV`, `fromXLSX`, `importMSProjectXML` or a JSON file)
 * into a loaded store as one undo step: `replace` turns the project's content into the imported
 * one (the project keeps its id); `append` adds the imported tasks under a new summary task, a
 * branch of its own, beside what is there.
 *
 * Append keeps the project's settings and calendar, and of the imported catalogs (people,
 * statuses, priorities, groups, releases, fields, calendars) adds only the entries whose id the
 * project lacks: an imported task that names an id the project has uses the project's entry.
 * Imported tasks, links, assignments and notes whose id is taken get a fresh one (`<id>-2`, …),
 * and every reference to them follows. Imported baselines, automations and their records are not
 * appended (they describe a whole project). Either way the operations go through
 * `Project.applyOperations(…, 'local')`: checked like any change, all or nothing, one undo step.
 */
import type { ProjectData, Task } from '../model/types.js';
import type { Project } from '../store/project.js';
import { replaceOperations } from '../sync/replace.js';

/** How {@link importData} puts the data in. */
export interface ImportDataOptions {
  /** `replace` (default) or `append` (under a new summary task). */
  mode?: 'replace' | 'append';
  /** The name of the summary task `append` makes; default the imported project's name. */
  branchName?: string;
}

/** What {@link importData} put in. */
export interface ImportDataResult {
  /** Tasks imported (the summary task `append` makes not counted). */
  tasks: number;
  dependencies: number;
  /** The id of the summary task `append` made. */
  branchId?: string;
}

type WithId = { id: string };

/** Tasks in an order where every parent comes before its children (the order kept otherwise). */
function parentsFirst(tasks: readonly Task[]): Task[] {
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const out: Task[] = [];
  const placed = new Set<string>();
  const place = (task: Task, depth: number): void => {
    if (placed.has(task.id)) return;
    const parent = task.parentId === undefined ? undefined : byId.get(task.parentId);
    // A cycle cannot come out of the importers; the depth guard only stops one from looping.
    if (parent && depth < tasks.length) place(parent, depth + 1);
    placed.add(task.id);
    out.push(task);
  };
  for (const task of tasks) place(task, 0);
  return out;
}

/** A fresh id for `id` among `taken` (which it joins). */
function freshId(id: string, taken: Set<string>): string {
  if (!taken.has(id)) {
    taken.add(id);
    return id;
  }
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  const next = `${id}-${n}`;
  taken.add(next);
  return next;
}

/** The project's data with the imported tasks (and their links, assignments, notes) in a new branch. */
function appended(current: ProjectData, data: ProjectData, branchName: string | undefined) {
  const merged: ProjectData = { ...current };
  const catalogs = ['calendars', 'statuses', 'priorities', 'people', 'groups', 'releases', 'fields'] as const;
  for (const key of catalogs) {
    const have = (current[key] ?? []) as WithId[];
    const ids = new Set(have.map((e) => e.id));
    const extra = ((data[key] ?? []) as WithId[]).filter((e) => !ids.has(e.id));
    if (extra.length > 0) (merged as unknown as Record<string, WithId[]>)[key] = [...have, ...extra];
  }
  const taskIds = new Set(current.tasks.map((t) => t.id));
  const branchId = freshId('import', taskIds);
  const rename = new Map<string, string>();
  for (const t of data.tasks) rename.set(t.id, freshId(t.id, taskIds));
  // Tasks without an order keep the file's (siblings of equal order would sort by id).
  const position = new Map(data.tasks.map((t, i) => [t.id, i]));
  const tasks: Task[] = parentsFirst(data.tasks).map((t) => {
    const task: Task = { ...t, id: rename.get(t.id) as string };
    if (task.order === undefined) task.order = position.get(t.id) as number;
    const parent = t.parentId === undefined ? undefined : rename.get(t.parentId);
    task.parentId = parent ?? branchId;
    return task;
  });
  const renamed = <T extends WithId>(
    list: readonly T[] | undefined,
    existing: readonly WithId[] | undefined,
  ) => {
    const taken = new Set((existing ?? []).map((e) => e.id));
    return (list ?? []).map((e) => ({ ...e, id: freshId(e.id, taken) }));
  };
  const task = (id: string) => rename.get(id) as string;
  const dependencies = renamed(data.dependencies, current.dependencies).map((d) => ({
    ...d,
    from: task(d.from),
    to: task(d.to),
  }));
  const assignments = (data.assignments ?? []).map((a) => {
    const { id, ...rest } = a;
    const next = { ...rest, taskId: task(a.taskId) };
    return id === undefined ? next : { ...next, id: `${next.taskId}:${a.personId}` };
  });
  const notes = renamed(data.notes, current.notes).map((n) =>
    n.taskId === undefined ? n : { ...n, taskId: task(n.taskId) },
  );
  // The branch goes last among the top-level tasks.
  const order =
    current.tasks.reduce((max, t) => (t.parentId === undefined ? Math.max(max, t.order ?? 0) : max), -1) + 1;
  const branch: Task = { id: branchId, name: branchName ?? data.name, order };
  merged.tasks = [...current.tasks, branch, ...tasks];
  merged.dependencies = [...(current.dependencies ?? []), ...dependencies];
  merged.assignments = [...(current.assignments ?? []), ...assignments];
  merged.notes = [...(current.notes ?? []), ...notes];
  return { merged, branchId };
}

/**
 * Puts `data` into `project` as one undo step (see the module comment). Throws a
 * `RoadlineError` and changes nothing when the result would not be valid.
 */
export function importData(
  project: Project,
  data: ProjectData,
  options: ImportDataOptions = {},
): ImportDataResult {
  const counts = { tasks: data.tasks.length, dependencies: data.dependencies?.length ?? 0 };
  if (options.mode === 'append') {
    const { merged, branchId } = appended(project.toJSON(), data, options.branchName);
    project.applyOperations(replaceOperations(project, merged), 'local');
    return { ...counts, branchId };
  }
  const next: ProjectData = { ...data, id: project.settings.id, tasks: parentsFirst(data.tasks) };
  project.applyOperations(replaceOperations(project, next), 'local');
  return counts;
}
