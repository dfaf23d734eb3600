import { translate, type Translate } from '../i18n/catalogue.js';
import type { Project } from '@roadline/core';
import { lastShownDay } from '@roadline/core/views/dates';
import { stepSnap, xOf, type ZoomLevel } from '@roadline/core/views/timeline';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createTaskClickEvent } from '../events/task-click-event.js';
import type { TimelineSelection } from './selection.js';
import { commitTaskEdit } from '../base/commit-task-edit.js';
import { planTaskDates, prepareSummaryMove, taskFacts } from '../base/task-facts.js';
import { commitLinkRemove } from '../editing/link-edits.js';
import { removeTasks } from '../editing/remove-tasks.js';
import type { TimelineViewport } from './viewport.js';

/** The element's side of the keys. */
export interface KeysHost extends ReactiveControllerHost, HTMLElement {
  readonly readonly: boolean;
  readonly zoom: ZoomLevel;
  readonly rowHeight: number;
  readonly headerHeight: number;
  readonly selection: readonly string[];
}

export interface KeysOptions {
  project(): Project | undefined;
  readonly viewport: TimelineViewport;
  readonly selection: TimelineSelection;
  /** The row of a task among those drawn, -1 when it is not drawn. */
  rowOf(id: string): number;
  rtl(): boolean;
  language(): string;
  weekStart(): number;
  /** Says something to screen readers. */
  say(message: string): void;
  /** Asks a yes-or-no question (before deleting summaries). */
  confirm(message: string, yes: string): Promise<boolean>;
  /** The element's words (a deletion's question and announcement). */
  readonly t: Translate;
  /** The drawn bar of a task, if it is drawn. */
  bar(id: string): SVGGElement | undefined;
}

/**
 * The timeline's keys (undo and redo are the shared `UndoKeysController`'s): `+` and `-` zoom
 * around the middle; Delete (or Backspace) removes the selected link, else the selected tasks
 * (a summary asks first, with its subtask count); with a bar focused, Up/Down move between
 * rows, Enter asks for an editor (`rl-task-click` with `open`), Space toggles the selection,
 * Alt+Left/Right move the task one snap unit (a summary: every task below it, by the same working
 * time) and Shift+Alt+Left/Right resize it (Left and Right follow the writing direction).
 */
export class TimelineKeys implements ReactiveController {
  private readonly host: KeysHost;
  private readonly options: KeysOptions;
  /** The bar to focus once the update that draws it is done. */
  private pendingFocus: string | undefined;

  constructor(host: KeysHost, options: KeysOptions) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.host.addEventListener('keydown', this.onKeyDown);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('keydown', this.onKeyDown);
  }

  hostUpdated(): void {
    if (this.pendingFocus === undefined) return;
    const el = this.options.bar(this.pendingFocus);
    if (!el) return;
    this.pendingFocus = undefined;
    // Focusing updates the tab stop and the tooltip: do it after this update, not inside it.
    queueMicrotask(() => el.focus());
  }

  /** Moves the tab stop and focus to a task's bar, scrolling it into view. */
  focusTask(id: string): void {
    const project = this.options.project();
    const row = this.options.rowOf(id);
    if (!project || row < 0) return;
    const { viewport, selection } = this.options;
    const { rowHeight, headerHeight } = this.host;
    selection.tabStop = id;
    this.pendingFocus = id;
    const viewH = Math.max(0, viewport.height - headerHeight);
    const top = row * rowHeight;
    const current = viewport.scrollTop;
    if (top < current) viewport.scrollTop = top;
    else if (top + rowHeight > current + viewH) viewport.scrollTop = top + rowHeight - viewH;
    const facts = taskFacts(project, id);
    const frame = viewport.frame;
    if (facts && frame) {
      const x = xOf(frame.scale, facts.start);
      if (x < viewport.left || x > viewport.left + viewport.width - 40) viewport.anchorTime(facts.start, 80);
    }
    this.host.requestUpdate();
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    const project = this.options.project();
    const { viewport, selection } = this.options;
    const frame = viewport.frame;
    if (!project || !frame) return;
    const mod = event.ctrlKey || event.metaKey;
    if (!mod && (event.key === '+' || event.key === '=' || event.key === '-')) {
      viewport.zoomCentre(event.key === '-' ? 1 : -1);
      event.preventDefault();
      return;
    }
    if ((event.key === 'Delete' || event.key === 'Backspace') && selection.link !== undefined) {
      event.preventDefault();
      if (!this.host.readonly && commitLinkRemove(this.host, project, selection.link)) {
        selection.dropLink();
        this.options.say(translate(this.options.language(), 'link.removed'));
      }
      return;
    }
    if ((event.key === 'Delete' || event.key === 'Backspace') && this.host.selection.length > 0) {
      event.preventDefault();
      if (!this.host.readonly) void this.removeSelected(project);
      return;
    }
    const id = selection.tabStop;
    if (id === undefined || !(event.composedPath()[0] instanceof SVGElement)) return;
    const row = this.options.rowOf(id);
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (event.altKey) return;
      event.preventDefault();
      const next =
        frame.rows[Math.max(0, Math.min(frame.rows.length - 1, row + (event.key === 'ArrowDown' ? 1 : -1)))];
      if (next !== undefined) this.focusTask(next);
      return;
    }
    if (event.key === 'Enter') {
      event.preventDefault();
      this.host.dispatchEvent(createTaskClickEvent({ taskId: id, open: true, originalEvent: event }));
      return;
    }
    if (event.key === ' ') {
      event.preventDefault();
      selection.toggle(id);
      return;
    }
    if ((event.key === 'ArrowLeft' || event.key === 'ArrowRight') && event.altKey) {
      event.preventDefault();
      if (!this.host.readonly) this.nudge(project, id, event);
    }
  };

  private async removeSelected(project: Project): Promise<void> {
    const { say, confirm, t } = this.options;
    const removed = await removeTasks(
      { element: this.host, announce: say, confirm, t },
      project,
      this.host.selection,
    );
    if (removed.length > 0)
      this.options.selection.select(this.host.selection.filter((s) => !removed.includes(s)));
  }

  private nudge(project: Project, id: string, event: KeyboardEvent): void {
    const facts = taskFacts(project, id);
    if (!facts) return;
    const forward = (event.key === 'ArrowRight') !== this.options.rtl();
    const dir = forward ? 1 : -1;
    const weekStart = this.options.weekStart();
    const say = (message: string) => this.options.say(message);
    if (facts.shape === 'summary') {
      // A summary moves its subtree by one snap unit of working time; it has no end to resize.
      if (event.shiftKey) return;
      const move = prepareSummaryMove(project, id)?.plan(
        stepSnap(this.host.zoom, facts.start, dir, weekStart),
      );
      if (move) {
        const detail = { taskId: id, patch: {}, source: 'keyboard', shift: move.shift, subtree: move.moves };
        commitTaskEdit(this.host, project, detail, { say });
      }
    } else if (event.shiftKey) {
      if (facts.shape === 'milestone') return;
      const end = stepSnap(this.host.zoom, facts.end, dir, weekStart);
      if (end <= facts.start) return;
      const patch = planTaskDates(project, facts, 'resize-end', end, undefined, 1);
      if (patch) commitTaskEdit(this.host, project, { taskId: id, patch, source: 'keyboard' }, { say });
    } else {
      const patch = planTaskDates(
        project,
        facts,
        'move',
        stepSnap(this.host.zoom, facts.start, dir, weekStart),
      );
      if (patch) commitTaskEdit(this.host, project, { taskId: id, patch, source: 'keyboard' }, { say });
    }
    const moved = taskFacts(project, id);
    if (moved && (moved.start !== facts.start || moved.end !== facts.end))
      say(
        translate(this.options.language(), 'task.movedTo', {
          name: moved.name,
          dates: this.describeDates(moved.start, moved.end),
        }),
      );
  }

  private describeDates(start: number, end: number): string {
    const f = new Intl.DateTimeFormat(this.options.language(), {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    return translate(this.options.language(), 'task.dates', {
      start: f.format(new Date(start * 60000)),
      end: f.format(new Date(lastShownDay(end, start) * 60000)),
    });
  }
}
