import type { Project, Task } from '@roadline/core';
import { html, type TemplateResult } from 'lit';
import { announceChange, requestChange } from '../events/change-events.js';
import type { TaskCreateDetail } from '../events/task-create-event.js';
import { attempt } from '../grid/store-attempt.js';

/**
 * An empty view's invitation: a line saying there is nothing yet and a button that adds the first
 * item (part `empty`, its button `empty-add`).
 */
export function emptyState(message: string, action: string, add: () => void): TemplateResult {
  return html`<div class="empty-state" part="empty">
    <p>${message}</p>
    <button type="button" part="empty-add" @click=${add}>${action}</button>
  </div>`;
}

/**
 * Adds a first task through the one create path: `rl-before-task-create` (cancelable), one
 * transaction, `rl-task-create`. Returns its id, or `undefined` when vetoed or refused.
 */
export function addFirstTask(
  host: HTMLElement,
  project: Project,
  init: Partial<Omit<Task, 'id'>>,
  announce?: (message: string) => void,
): string | undefined {
  if (!requestChange<TaskCreateDetail>(host, 'task-create', { task: init })) return undefined;
  let id: string | undefined;
  const error = attempt(() => {
    id = project.transaction(() => project.addTask({ name: 'New task', ...init })).id;
  });
  if (error !== undefined || id === undefined) {
    announce?.(error ?? 'The task could not be added');
    return undefined;
  }
  announceChange<TaskCreateDetail>(host, 'task-create', { task: init, taskId: id });
  return id;
}
