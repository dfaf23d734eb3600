import type { Note } from '@roadline/core';
import { html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleProps } from '../base/style-props.js';
import { widgetStyles } from '../dashboard/widget.styles.js';
import { WidgetBase } from '../dashboard/widget-base.js';
import { shortDate } from '../dashboard/today.js';
import { baseStyles } from '../styles/tokens.js';
import { notesStyles } from './notes.styles.js';

/**
 * The project's notes, newest first, each with its color, author and date: notes about the whole
 * project (shown on a dashboard) and notes attached to items, whose item name is a button that
 * fires `rl-item-click`.
 *
 * @summary Color-coded notes of a project and its items.
 *
 * @fires rl-item-click - The item a note is attached to was chosen (`kind: 'task'`).
 * @fires rl-error - The data does not parse or is not valid. `detail.error` is a `RoadlineError`.
 *
 * @csspart heading - The widget's heading.
 * @csspart list - The list of notes.
 * @csspart note - One note.
 * @csspart item - The button naming the item a note is attached to.
 * @csspart empty - The message shown when there are no notes.
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssprop [--rl-widget-background=var(--rl-color-surface)] - The card's background.
 * @cssprop [--rl-note-color=var(--rl-color-accent)] - The mark of a note without a color.
 */
export class RlNotes extends WidgetBase {
  static override styles = [baseStyles, widgetStyles, notesStyles];

  /** Reads the store (or other projects) directly, not only the frame: every change re-renders it. */
  protected override readonly framed: boolean = false;

  /** `all` (default), `project` (notes not attached to an item) or `items` (attached ones). */
  @property() scope: 'all' | 'project' | 'items' = 'all';

  /** Only the notes of this task. */
  @property() task: string | undefined;

  /** At most this many notes. */
  @property({ type: Number }) limit = 20;

  protected get defaultLabel(): string {
    return 'Notes';
  }

  override render(): TemplateResult {
    const project = this.store.project;
    const notes = (project ? project.notes(this.task) : [])
      .filter((n) =>
        this.scope === 'project'
          ? n.taskId === undefined
          : this.scope === 'items'
            ? n.taskId !== undefined
            : true,
      )
      .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
      .slice(0, this.limit);
    if (notes.length === 0) return this.card(html`<p part="empty">No notes.</p>`);
    return this.card(html`<ul part="list" aria-labelledby="heading">
      ${notes.map((n) => this.note(n))}
    </ul>`);
  }

  private note(n: Readonly<Note>): TemplateResult {
    const task = n.taskId === undefined ? undefined : this.store.project?.task(n.taskId);
    return html`<li part="note" ${styleProps(n.color ? { '--_note-color': n.color } : {})}>
      <span class="mark" aria-hidden="true"></span>
      <span class="grow">
        <span class="text">${n.text}</span><br />
        <span class="muted">
          ${n.author ?? nothing}${n.author ? ' · ' : nothing}${shortDate(n.createdAt, true)}${
            task
              ? html` · on <button part="item" @click=${() => this.itemClick(task.id)}>${task.name}</button>`
              : nothing
          }
        </span>
      </span>
    </li>`;
  }
}
