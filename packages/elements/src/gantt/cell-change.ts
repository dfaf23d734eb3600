import type { Project, Task } from '@roadline/core';
import { announceChange, requestChange } from '../events/change-events.js';
import type { LinkCreateDetail } from '../events/link-create-event.js';
import type { LinkRemoveDetail } from '../events/link-remove-event.js';
import type { TaskChangeDetail } from '../events/task-change-event.js';
import type { CellChange, ColumnContext, ColumnDef } from './columns.js';
import type { AssignmentChangeDetail } from '../events/assignment-change-event.js';
import { applyAssignmentEdit } from './assignment-column.js';
import { attempt } from '../grid/store-attempt.js';
import { type CommitOutcome, commitEdit } from '../grid/edit-commit.js';
import type { Announcer } from '../controllers/announcer.js';
import type { Translate } from '../i18n/catalogue.js';

/** The grid's one edit-commit path for an editor's text: validated, applied, announced. */
export function commitCell(
  element: HTMLElement,
  project: Project,
  def: ColumnDef,
  ctx: ColumnContext,
  taskId: string,
  value: string,
  announcer: Announcer,
  t: Translate,
): CommitOutcome | undefined {
  const task = project.task(taskId);
  if (!task) return undefined;
  const outcome = commitEdit(def, task, ctx, value, (change) =>
    applyCellChange(element, project, task, change),
  );
  if (outcome.kind === 'committed')
    announcer.announce(
      t('edit.changed', { column: def.header, name: project.task(task.id)?.name ?? task.name }),
    );
  else if (outcome.kind === 'cancelled') announcer.announce(t('edit.cancelled'));
  return outcome;
}

/**
 * Applies a cell change as one store transaction with its events. Returns `undefined` when
 * applied, `null` when a listener vetoed it, or the store's message when it refused.
 */
export function applyCellChange(
  element: HTMLElement,
  project: Project,
  task: Readonly<Task>,
  change: CellChange,
): string | null | undefined {
  if (change.kind === 'task') {
    const detail: TaskChangeDetail = { taskId: task.id, patch: change.patch, source: 'edit' };
    if (!requestChange(element, 'task-change', detail)) return null;
    const error = attempt(() => project.updateTask(task.id, change.patch));
    if (error === undefined) announceChange(element, 'task-change', detail);
    return error;
  }
  if (change.kind === 'assignments') {
    const detail: AssignmentChangeDetail = { taskId: task.id, reason: 'edit' };
    if (!requestChange(element, 'assignment-change', detail)) return null;
    const error = attempt(() => applyAssignmentEdit(project, task.id, change.entries));
    if (error === undefined) announceChange(element, 'assignment-change', detail);
    return error;
  }
  const existing = project.predecessors(task.id);
  const same = (d: (typeof existing)[number], l: (typeof change.links)[number]): boolean =>
    d.from === l.from &&
    (d.type ?? 'FS') === l.type &&
    (d.lag ?? 0) === l.lag &&
    (d.lagUnit ?? 'day') === l.lagUnit;
  const removed = existing.filter((d) => !change.links.some((l) => same(d, l)));
  const added = change.links.filter((l) => !existing.some((d) => same(d, l)));
  const removals: LinkRemoveDetail[] = removed.map((d) => ({
    dependencyId: d.id,
    from: d.from,
    to: d.to,
    type: d.type ?? 'FS',
  }));
  const creations: LinkCreateDetail[] = added.map((l) => ({ from: l.from, to: task.id, type: l.type }));
  for (const r of removals) if (!requestChange(element, 'link-remove', r)) return null;
  for (const c of creations) if (!requestChange(element, 'link-create', c)) return null;
  const created: LinkCreateDetail[] = [];
  const error = attempt(() =>
    project.transaction(() => {
      for (const r of removals) project.removeDependency(r.dependencyId);
      for (const l of added) {
        const dep = project.addDependency({
          from: l.from,
          to: task.id,
          type: l.type,
          ...(l.lag === 0 ? {} : { lag: l.lag, lagUnit: l.lagUnit }),
        });
        created.push({ from: l.from, to: task.id, type: l.type, dependencyId: dep.id });
      }
    }),
  );
  if (error !== undefined) return error;
  for (const r of removals) announceChange(element, 'link-remove', r);
  for (const c of created) announceChange(element, 'link-create', c);
  return undefined;
}
