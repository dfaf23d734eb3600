import type { Project } from '@roadline/core';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type CommitTaskEditOptions, commitTaskEdit, type TaskEditPatch } from '../base/commit-task-edit.js';
import type { TaskChangeDetail } from '../events/task-change-event.js';

export interface PreviewOptions {
  /** The store previews go through (read at each call, so a new store is picked up). */
  project(): Project | undefined;
  /** Says something to screen readers (a preview the store cannot restore). */
  say?(message: string): void;
}

/**
 * Shows a gesture's result live through the store, then commits or cancels it. Each
 * {@link show} applies the task's patch as a store preview (`Project.preview`) on top of the last
 * one: the scheduler moves successors and every view over the store follows, one scheduling pass
 * per frame, while undo and redo stay as they were. A frame at the same place (`key`) does
 * nothing. {@link commit} reverts the preview and commits the change once through
 * `commitTaskEdit` (one undo step between the before- and after-events), so a veto or a refusal
 * leaves nothing behind, in history either; {@link cancel} (Escape, a lost pointer, the host
 * leaving the page) restores the tasks exactly as they were.
 */
export class PreviewController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: PreviewOptions;
  /** The place shown; `NaN` while none is. */
  private key = Number.NaN;
  /** Whether this controller's previews are on the store (another element's are not ours to end). */
  private showing = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: PreviewOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Whether a preview is shown. */
  get active(): boolean {
    return this.showing;
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /**
   * Shows `patch` of task `id` as the preview for place `key` (a snapped date, a progress value);
   * an `undefined` patch (back where it started, or nowhere valid) shows the tasks as they are.
   * A patch the store rejects is not shown: the last one stays.
   */
  show(id: string, key: number, patch: TaskEditPatch | undefined): void {
    this.showAll(key, patch === undefined ? undefined : [{ id, patch }]);
  }

  /** {@link show} for many tasks at once (a summary's subtree), in one preview. */
  showAll(key: number, patches: readonly { id: string; patch: TaskEditPatch }[] | undefined): void {
    if (Object.is(key, this.key)) return;
    const project = this.options.project();
    if (!project) return;
    if (patches === undefined || patches.length === 0) {
      this.cancel();
      return;
    }
    this.key = key;
    try {
      // A gesture's patch always sets the same members, so it applies on top of the last preview.
      project.preview(() => {
        for (const p of patches) project.updateTask(p.id, p.patch);
      });
      this.showing = true;
    } catch {
      // Not a place the task can take: the last preview stays shown.
    }
  }

  /** Reverts the preview, then commits `detail` as one undoable change; whether the store changed. */
  commit(detail: TaskChangeDetail | undefined, options?: CommitTaskEditOptions): boolean {
    this.cancel();
    const project = this.options.project();
    if (!project || !detail) return false;
    return commitTaskEdit(this.host, project, detail, options);
  }

  /** Takes back whatever the preview shows, restoring the tasks exactly as they were. */
  cancel(): void {
    this.key = Number.NaN;
    const project = this.options.project();
    if (!this.showing) return;
    this.showing = false;
    if (!project?.previewing) return;
    try {
      project.endPreview();
    } catch (error) {
      this.options.say?.(`Cannot restore the moved task: ${(error as Error).message}`);
    }
  }
}
