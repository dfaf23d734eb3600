import type { Project } from '@roadline/core';
import { commitTaskEdit } from '../base/commit-task-edit.js';
import type { TaskMenuItem } from '../editing/task-menu.js';
import { removeTasks } from '../editing/remove-tasks.js';
import type { TreeEdits } from './tree-edits.js';

/** The commands of a Gantt task's menu. */
export type TaskCommand =
  | 'add-above'
  | 'add-below'
  | 'add-subtask'
  | 'indent'
  | 'outdent'
  | 'milestone'
  | 'link'
  | 'delete';

/** What the commands need from the grid that runs them. */
export interface TaskCommandsHost {
  readonly element: HTMLElement;
  project(): Project | undefined;
  readonly(): boolean;
  /** The selected task ids. */
  selection(): readonly string[];
  readonly tree: TreeEdits;
  confirm(message: string, yes: string): Promise<boolean>;
  announce(message: string): void;
  /** Opens "Link to…" for a task. */
  pickLink(id: string): void;
  /** Tasks were deleted: the selection drops them. */
  removed(ids: readonly string[]): void;
}

/**
 * The menu of a task row or bar, and what each command does: add above, below or under it,
 * indent and outdent, turn it into a milestone (or back into a task), link it to another task,
 * delete it (with the other selected tasks when it is one of them). Each is one undo step
 * through the same paths as the keys.
 */
export class TaskCommands {
  private readonly host: TaskCommandsHost;

  constructor(host: TaskCommandsHost) {
    this.host = host;
  }

  /** The menu's items for a task. */
  items(id: string): TaskMenuItem[] {
    const project = this.host.project();
    const task = project?.task(id);
    if (!project || !task) return [];
    const first = project.children(task.parentId)[0]?.id === id;
    const summary = project.isSummary(id);
    const selected = this.targets(id).length;
    return [
      { id: 'add-above', label: 'Add task above' },
      { id: 'add-below', label: 'Add task below' },
      { id: 'add-subtask', label: 'Add subtask', disabled: task.type === 'milestone' },
      { id: 'indent', label: 'Indent', disabled: first, group: true },
      { id: 'outdent', label: 'Outdent', disabled: task.parentId === undefined },
      {
        id: 'milestone',
        label: task.type === 'milestone' ? 'Convert to task' : 'Convert to milestone',
        disabled: summary,
        group: true,
      },
      { id: 'link', label: 'Link to…' },
      { id: 'delete', label: selected > 1 ? `Delete ${selected} tasks` : 'Delete', group: true },
    ];
  }

  /** Runs a command on a task. */
  run(command: string, id: string): void {
    if (this.host.readonly()) return;
    const tree = this.host.tree;
    const commands: Record<TaskCommand, () => unknown> = {
      'add-above': () => tree.insert(id, 'before'),
      'add-below': () => tree.insert(id, 'after'),
      'add-subtask': () => tree.insert(id, 'child'),
      indent: () => tree.indent(id, true),
      outdent: () => tree.indent(id, false),
      milestone: () => this.toggleMilestone(id),
      link: () => this.host.pickLink(id),
      delete: () => this.remove(id),
    };
    if (Object.hasOwn(commands, command)) void commands[command as TaskCommand]();
  }

  /** Deletes the selection when `id` is in it, else `id` alone. */
  async remove(id: string): Promise<void> {
    const project = this.host.project();
    if (!project || this.host.readonly()) return;
    const removed = await removeTasks(this.host, project, this.targets(id));
    if (removed.length > 0) this.host.removed(removed);
  }

  private targets(id: string): readonly string[] {
    const selection = this.host.selection();
    return selection.includes(id) ? selection : [id];
  }

  private toggleMilestone(id: string): void {
    const project = this.host.project();
    const task = project?.task(id);
    if (!project || !task) return;
    const patch =
      task.type === 'milestone'
        ? { type: 'task' as const, duration: 1 }
        : { type: 'milestone' as const, duration: 0 };
    commitTaskEdit(
      this.host.element,
      project,
      { taskId: id, patch, source: 'menu' },
      {
        say: (m) => this.host.announce(m),
      },
    );
  }
}
