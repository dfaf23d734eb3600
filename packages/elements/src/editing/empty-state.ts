import type { Project, Task } from '@roadline/core';
import { html, type TemplateResult } from 'lit';
import { announceChange, requestChange } from '../events/change-events.js';
import type { TaskCreateDetail } from '../events/task-create-event.js';
import { attempt } from '../grid/store-attempt.js';
import type { Translate } from '../i18n/catalogue.js';

/** How {@link createTask} names, words and places the task. */
export interface CreateOptions {
  /** The element's words: the default name and the refusal's message. */
  readonly t: Translate;
  /** Says a refusal to screen readers. */
  readonly announce?: (message: string) => void;
  /** Where the task goes among its siblings; last by default. */
  readonly index?: number;
}

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
 * Adds a task through the one create path: `rl-before-task-create` (cancelable), one transaction
 * (the task, put at `index` among its siblings when given), `rl-task-create`. Returns its id, or
 * `undefined` when vetoed or refused (the refusal is announced).
 */
export function createTask(
  host: HTMLElement,
  project: Project,
  init: Partial<Omit<Task, 'id'>>,
  options: CreateOptions,
): string | undefined {
  const { t, announce, index } = options;
  if (!requestChange<TaskCreateDetail>(host, 'task-create', { task: init })) return undefined;
  let id: string | undefined;
  const error = attempt(() => {
    id = project.transaction(() => {
      const created = project.addTask({ name: t('create.newTask'), ...init });
      return index === undefined ? created : project.moveTask(created.id, { index });
    }).id;
  });
  if (error !== undefined || id === undefined) {
    announce?.(error ?? t('create.notAdded'));
    return undefined;
  }
  announceChange<TaskCreateDetail>(host, 'task-create', { task: init, taskId: id });
  return id;
}
