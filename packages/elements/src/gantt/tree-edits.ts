import type { Translate } from '../i18n/catalogue.js';
import type { Project, Task } from '@roadline/core';
import { type PlannedRowMove, planRowStep, ROWS_SORTED } from '@roadline/core/views/grid';
import { announceChange, requestChange } from '../events/change-events.js';
import type { TaskChangeDetail } from '../events/task-change-event.js';
import { createTask } from '../editing/empty-state.js';
import { attempt, refusal } from '../grid/store-attempt.js';

/** What the tree edits need from the grid that makes them. */
export interface TreeEditHost {
  /** Where the events are fired (the grid). */
  readonly element: HTMLElement;
  project(): Project | undefined;
  readonly(): boolean;
  /** Whether the rows are sorted (then rows cannot be reordered among their siblings). */
  sorted(): boolean;
  announce(message: string): void;
  /** The words announced and the new task's name, in the grid's language. */
  t: Translate;
  /** Expands `id` when it is collapsed, so a task moved under it stays in view. */
  expand(id: string): void;
  /** Scrolls to the task and focuses its row. */
  reveal(id: string): void;
  /** A new task was added: reveal it and start editing its name. */
  created(id: string): void;
}

/**
 * The grid's edits of the task tree: indent, outdent, a step among siblings, a move (a row drag)
 * and a new task after a row. Each is one undo step, asked first with `rl-before-task-change` (or
 * `rl-before-task-create`), then told with `rl-task-change` (`rl-task-create`) and announced. A
 * change the store would refuse (a task under a summary it is linked to, say) asks no one and
 * changes nothing; its reason is announced.
 */
export class TreeEdits {
  private readonly host: TreeEditHost;

  constructor(host: TreeEditHost) {
    this.host = host;
  }

  /** Tab / Shift+Tab: under the previous sibling, or up to the parent's level. */
  indent(id: string, inward: boolean): void {
    const project = this.editable();
    const task = project?.task(id);
    if (!project || !task) return;
    let parentId: string | undefined;
    if (inward) {
      const siblings = project.children(task.parentId).map((t) => t.id);
      const at = siblings.indexOf(id);
      if (at <= 0) {
        this.host.announce(this.host.t('tree.cannotIndent', { name: task.name }));
        return;
      }
      parentId = siblings[at - 1];
    } else {
      if (task.parentId === undefined) {
        this.host.announce(this.host.t('tree.topLevel', { name: task.name }));
        return;
      }
      parentId = project.task(task.parentId)?.parentId;
    }
    const detail: TaskChangeDetail = {
      taskId: id,
      patch: { parentId },
      source: inward ? 'indent' : 'outdent',
    };
    const move = (): unknown => (inward ? project.indentTask(id) : project.outdentTask(id));
    if (!this.change(project, move, () => detail, move, parentId)) return;
    this.host.announce(this.host.t(inward ? 'tree.indented' : 'tree.outdented', { name: task.name }));
    this.host.reveal(id);
  }

  /** Alt+Shift+↑/↓: one place up or down among the task's siblings. */
  step(id: string, step: -1 | 1): void {
    const project = this.editable();
    if (!project) return;
    const plan = this.host.sorted() ? ROWS_SORTED : planRowStep(project, id, step);
    if (typeof plan === 'string') this.host.announce(plan);
    else this.move(id, plan, 'reorder');
  }

  /** Moves a task in the tree through the store's `moveTask`; the events say its new parent and order. */
  move(id: string, plan: PlannedRowMove, source: string): void {
    const project = this.editable();
    const task = project?.task(id);
    if (!project || !task) return;
    // The order the store will give it, from the dry run, so the events say where it goes.
    let order: number | undefined;
    const dryRun = (): void => {
      order = project.moveTask(id, plan.target).order;
    };
    const detail = (): TaskChangeDetail => ({
      taskId: id,
      patch: { parentId: plan.parentId, order },
      source,
    });
    if (!this.change(project, dryRun, detail, () => project.moveTask(id, plan.target), plan.parentId)) return;
    const parent = plan.parentId === undefined ? undefined : project.task(plan.parentId)?.name;
    const at = project.children(plan.parentId).findIndex((t) => t.id === id) + 1;
    this.host.announce(
      parent === undefined
        ? this.host.t('tree.moved', { name: task.name, position: at })
        : this.host.t('tree.movedUnder', { name: task.name, position: at, parent }),
    );
    this.host.reveal(id);
  }

  /** Insert: a new task after `id`, at its level. */
  insertAfter(id: string): void {
    this.insert(id, 'after');
  }

  /**
   * A new task beside `id` (`before` or `after` it, at its level) or its last subtask (`child`),
   * named for the user to rename at once.
   */
  insert(id: string, where: 'before' | 'after' | 'child'): void {
    const project = this.editable();
    const task = project?.task(id);
    if (!project || !task) return;
    const parentId = where === 'child' ? id : task.parentId;
    const siblings = project.children(parentId).map((t) => t.id);
    const index = where === 'child' ? siblings.length : siblings.indexOf(id) + (where === 'after' ? 1 : 0);
    const init: Partial<Omit<Task, 'id'>> = {
      name: this.host.t('tree.newTask'),
      ...(parentId === undefined ? {} : { parentId }),
      ...(task.start === undefined ? {} : { start: task.start }),
      duration: 1,
    };
    const created = createTask(this.host.element, project, init, {
      t: this.host.t,
      announce: (m) => this.host.announce(m),
      index,
    });
    if (created === undefined) return;
    if (parentId !== undefined) this.host.expand(parentId);
    this.host.created(created);
  }

  private editable(): Project | undefined {
    return this.host.readonly() ? undefined : this.host.project();
  }

  /**
   * The shared steps of a tree change: a dry run the store may refuse (then no one is asked), the
   * cancelable event, the change, the parent expanded so the task stays in view, the event after.
   * Whether it was made.
   */
  private change(
    project: Project,
    dryRun: () => unknown,
    detailOf: () => TaskChangeDetail,
    make: () => unknown,
    parentId: string | undefined,
  ): boolean {
    const refused = refusal(project, dryRun);
    if (refused !== undefined) {
      this.host.announce(refused);
      return false;
    }
    const detail = detailOf();
    const element = this.host.element;
    if (!requestChange(element, 'task-change', detail)) return false;
    const error = attempt(make);
    if (error !== undefined) {
      this.host.announce(error);
      return false;
    }
    if (parentId !== undefined) this.host.expand(parentId);
    announceChange(element, 'task-change', detail);
    return true;
  }
}
