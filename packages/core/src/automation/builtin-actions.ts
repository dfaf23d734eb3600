import { RoadlineError } from '../model/errors.js';
import type { CustomAction } from '../model/automation.js';
import type { Task } from '../model/types.js';

/** What the built-in actions use of the store (a `Project`). */
interface ReleaseTasks {
  tasksBy(key: 'releaseId', value: string): readonly Readonly<Task>[];
  updateTask(id: string, patch: Partial<Omit<Task, 'id'>>): unknown;
  setFieldValue(taskId: string, fieldId: string, value: unknown): unknown;
}

/**
 * `set-release-tasks` (`params: { field, value }`): sets a field of every other task of the
 * triggering task's release — a release's launch milestone that ships sets its features'
 * status. Every store has it; a host's action of the same name replaces it.
 */
const setReleaseTasks: CustomAction = ({ project, task, params }) => {
  const { field, value } = (params ?? {}) as { field?: unknown; value?: unknown };
  if (typeof field !== 'string' || field === '' || field === 'id')
    throw new RoadlineError('INVALID_ARGUMENT', 'set-release-tasks needs params.field');
  if (task.releaseId === undefined) return;
  const store = project as ReleaseTasks;
  for (const other of store.tasksBy('releaseId', task.releaseId)) {
    if (other.id === task.id) continue;
    if (field.startsWith('fields.')) store.setFieldValue(other.id, field.slice(7), value);
    else store.updateTask(other.id, { [field]: value });
  }
};

/** The custom actions every store has, by name. */
export const BUILTIN_ACTIONS: Readonly<Record<string, CustomAction>> = Object.freeze({
  'set-release-tasks': setReleaseTasks,
});
