import type { Operation } from '../model/operations.js';
import type { ProjectData } from '../model/types.js';
import { TABLE_KEYS } from '../store/entities.js';
import type { Project } from '../store/project.js';
import { sameSnapshot } from './entities.js';

type Lists = Record<string, { id: string }[] | undefined>;

/** Kinds that only refer to others: replaced by remove-then-add, so they never stand in a move's way. */
const LEAVES = new Set(['dependency', 'note', 'baseline']);

/**
 * Operations that turn `project`'s content into `data` (a `toJSON()` of another moment), in an
 * order the store accepts: first links, notes and baselines that differ are removed; then
 * catalogs, tasks (parents first), links, baselines and notes are added or updated; then the
 * tasks (children first) and catalog entries `data` lacks are removed. Equal entities are left alone.
 */
export function replaceOperations(project: Project, data: ProjectData): Operation[] {
  const current = project.toJSON() as unknown as Lists;
  const target = data as unknown as Lists;
  const ops: Operation[] = [];
  const removals: Operation[][] = [];
  const settings = { id: data.id, name: data.name, start: data.start, calendar: data.calendar };
  for (const key of Object.keys(settings) as (keyof typeof settings)[])
    if (settings[key] === undefined) delete settings[key];
  if (!sameSnapshot(settings, project.settings))
    ops.push({ kind: 'update', entity: 'project', id: data.id, after: settings });
  for (const [kind, key] of TABLE_KEYS) {
    const wanted = new Map((target[key] ?? []).map((e) => [e.id, e]));
    const have = new Map<string, unknown>();
    const gone: Operation[] = [];
    removals.push(gone);
    const list = current[key] ?? [];
    // Tasks come in WBS order (parents first): remove them the other way round.
    for (let i = list.length - 1; i >= 0; i--) {
      const entity = list[i] as { id: string };
      const next = wanted.get(entity.id);
      const same = next !== undefined && sameSnapshot(entity, next);
      if (same || (next !== undefined && !LEAVES.has(kind))) have.set(entity.id, entity);
      else (LEAVES.has(kind) ? ops : gone).push({ kind: 'remove', entity: kind, id: entity.id });
    }
    for (const entity of wanted.values()) {
      const old = have.get(entity.id);
      if (old === undefined) ops.push({ kind: 'add', entity: kind, id: entity.id, after: entity });
      else if (!sameSnapshot(old, entity))
        ops.push({ kind: 'update', entity: kind, id: entity.id, after: entity });
    }
  }
  const leafRemovals = ops.filter((op) => op.kind === 'remove');
  const rest = ops.filter((op) => op.kind !== 'remove');
  // Tasks before the catalog entries they used; each kind's own order kept (tasks children first).
  return [...leafRemovals, ...rest, ...removals.reverse().flat()];
}
