import '../i18n/en/notes.js';
import { type Note, type Project, RoadlineError } from '@roadline/core';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleProps } from '../base/style-props.js';
import { Announcer } from '../controllers/announcer.js';
import { shortDate } from '../widget/today.js';
import { WidgetBase } from '../widget/widget-base.js';
import { widgetStyles } from '../widget/widget.styles.js';
import { announceChange, requestChange } from '../events/change-events.js';
import type { NoteChangeDetail, NoteChangeNote } from '../events/note-change-event.js';
import { baseStyles } from '../styles/tokens.js';
import { type NoteDraft, noteForm } from './note-form.js';
import { colorName, noteColorCss, paletteColor } from './palette.js';
import { notesStyles } from './notes.styles.js';
import { taskChoices } from './task-choices.js';

/** The message beside the text field when there is nothing to save. */

/** A note's opening words, to name its Edit and Delete buttons. */
function excerpt(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

/**
 * The project's notes, newest first, each with its color, author and date: notes about the whole
 * project (shown on a dashboard) and notes attached to items, whose item name is a button that
 * fires `rl-item-click`.
 *
 * Unless `readonly`, users add notes ("Add note": the text, a color from a small palette of theme
 * colors, and the task it is about or the dashboard itself), edit a note's text, color and item,
 * and delete notes, by pointer or keyboard alone (Enter in the text saves, Shift + Enter starts a
 * new line, Escape cancels). Every change asks first with the cancelable `rl-before-note-change`,
 * is one store transaction (one undo step), fires `rl-note-change` and is announced to screen
 * readers. A note added here stores a palette name as its `color` (`accent`, `success`, `warning`,
 * `danger`, `muted`), shown in the theme's color; other colors from the data show as given.
 *
 * @summary Color-coded notes of a project and its items; add, edit and delete them.
 *
 * @fires rl-item-click - The item a note is attached to was chosen (`kind: 'task'`).
 * @fires rl-before-note-change - A note is about to be added, edited or deleted; cancel to veto. `detail: NoteChangeDetail`.
 * @fires rl-note-change - A note was added, edited or deleted. `detail: NoteChangeDetail` (`kind`, `noteId`, `note`, `previous`).
 * @fires rl-error - The data does not parse or is not valid. `detail.error` is a `RoadlineError`.
 *
 * @csspart heading - The widget's heading.
 * @csspart list - The list of notes.
 * @csspart note - One note.
 * @csspart item - The button naming the item a note is attached to.
 * @csspart empty - The message shown when there are no notes.
 * @csspart add - The button that opens the form for a new note.
 * @csspart form - The form that adds or edits a note.
 * @csspart text-input - The form's text field.
 * @csspart field-error - The message beside the text field when it is empty.
 * @csspart colors - The group of color choices.
 * @csspart find - The search field of the task picker (on projects with many tasks).
 * @csspart attach - The task picker (a select; its first option is the dashboard itself).
 * @csspart more - The line saying the picker shows only some of the matching tasks.
 * @csspart save - The form's Add note or Save button.
 * @csspart cancel - The form's Cancel button.
 * @csspart actions - A note's Edit and Delete buttons.
 * @csspart edit - A note's Edit button.
 * @csspart delete - A note's Delete button.
 * @csspart announcer - The live region that reads out changes.
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssprop [--rl-widget-background=var(--rl-color-surface)] - The card's background.
 * @cssprop [--rl-widget-heading-inset-end=0px] - Space kept free at the end of the heading row (`rl-dashboard` sets it for its handle).
 * @cssprop [--rl-note-color=var(--rl-color-accent)] - The mark of a note without a color.
 * @cssprop [--rl-note-color-accent=var(--rl-color-accent)] - The palette's blue.
 * @cssprop [--rl-note-color-success=var(--rl-color-success)] - The palette's green.
 * @cssprop [--rl-note-color-warning=var(--rl-color-warning)] - The palette's amber.
 * @cssprop [--rl-note-color-danger=var(--rl-color-danger)] - The palette's red.
 * @cssprop [--rl-note-color-muted=var(--rl-color-text-muted)] - The palette's gray.
 */
export class RlNotes extends WidgetBase {
  static override styles = [baseStyles, widgetStyles, notesStyles];

  /** Reads the store (or other projects) directly, not only the frame: every change re-renders it. */
  protected override readonly framed: boolean = false;

  /** `all` (default), `project` (notes not attached to an item) or `items` (attached ones). */
  @property() scope: 'all' | 'project' | 'items' = 'all';

  /** Only the notes of this task (new notes attach to it by default). */
  @property() task: string | undefined;

  /** At most this many notes. */
  @property({ type: Number }) limit = 20;

  /** Shows the notes without the controls to add, edit or delete them. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** The author stored with the notes added here (the signed-in user's name, for example). */
  @property() author: string | undefined;

  /** The open form's content, or `undefined` when no note is being added or edited. */
  @state() private draft: NoteDraft | undefined;

  private readonly announcer = new Announcer(this);

  /** What to focus once the next render is in the page (a CSS selector in the shadow root). */
  private focusNext: string | undefined;

  protected get defaultLabel(): string {
    return this.writing.t('widget.notes');
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.readonly && this.draft) this.draft = undefined;
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
      .slice(0, Math.max(0, this.limit));
    const editable = project !== undefined && !this.readonly;
    const adding = editable && this.draft !== undefined && this.draft.id === undefined;
    return this.card(html`
      ${
        !editable
          ? nothing
          : adding && this.draft
            ? this.form(this.draft)
            : html`<button type="button" part="add" @click=${() => this.openAdd()}>${this.writing.t('notes.add')}</button>`
      }
      ${
        notes.length === 0
          ? html`<p part="empty">${this.writing.t('notes.none')}</p>`
          : html`<ul part="list" aria-labelledby="heading">
            ${repeat(
              notes,
              (n) => n.id,
              (n) => this.note(n, editable),
            )}
          </ul>`
      }
    `);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const selector = this.focusNext;
    if (selector === undefined) return;
    this.focusNext = undefined;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private note(n: Readonly<Note>, editable: boolean): TemplateResult {
    if (editable && this.draft?.id === n.id) {
      return html`<li part="note" data-note=${n.id}>${this.form(this.draft)}</li>`;
    }
    const task = n.taskId === undefined ? undefined : this.store.project?.task(n.taskId);
    const color = paletteColor(n.color);
    return html`<li part="note" data-note=${n.id} ${styleProps({ '--_note-color': noteColorCss(n.color) })}>
      <span class="mark" aria-hidden="true"></span>
      <span class="grow">
        <span class="text">${n.text}</span><br />
        <span class="muted">
          ${color ? html`<span class="visually-hidden">${this.writing.t('notes.colorNote', { color: colorName(this.writing.t, color) })} · </span>` : nothing}${n.author ?? nothing}${n.author ? ' · ' : nothing}${shortDate(n.createdAt, true, this.writing.language)}${
            task
              ? html` · ${this.writing.t('notes.on')} <button part="item" @click=${() => this.itemClick(task.id)}>${task.name}</button>`
              : nothing
          }
        </span>
      </span>
      ${
        editable
          ? html`<span part="actions">
            <button
              type="button"
              part="edit"
              aria-label=${this.writing.t('notes.editNamed', { text: excerpt(n.text) })}
              @click=${() => this.openEdit(n)}
            >${this.writing.t('notes.edit')}</button>
            <button
              type="button"
              part="delete"
              aria-label=${this.writing.t('notes.deleteNamed', { text: excerpt(n.text) })}
              @click=${() => this.deleteNote(n.id)}
            >${this.writing.t('notes.delete')}</button>
          </span>`
          : nothing
      }
    </li>`;
  }

  private form(draft: NoteDraft): TemplateResult {
    const project = this.store.project;
    const choices = project
      ? taskChoices(project, draft.find, draft.taskId)
      : { tasks: [], matched: 0, shown: 0, total: 0 };
    return noteForm(draft, choices, this.writing.t, {
      change: (patch) => {
        if (this.draft) this.draft = { ...this.draft, ...patch };
      },
      submit: () => this.submit(),
      cancel: () => this.cancel(),
    });
  }

  private openAdd(): void {
    if (this.readonly || !this.store.project) return;
    const task = this.task !== undefined && this.store.project.task(this.task) ? this.task : undefined;
    this.draft = { id: undefined, text: '', color: undefined, taskId: task, find: '', error: undefined };
    this.focusNext = '#note-text';
  }

  private openEdit(n: Readonly<Note>): void {
    if (this.readonly) return;
    this.draft = { id: n.id, text: n.text, color: n.color, taskId: n.taskId, find: '', error: undefined };
    this.focusNext = '#note-text';
  }

  /** Closes the form without saving; focus returns to the control that opened it. */
  private cancel(): void {
    const draft = this.draft;
    if (!draft) return;
    this.draft = undefined;
    this.focusNext =
      draft.id === undefined ? '[part="add"]' : `[data-note="${CSS.escape(draft.id)}"] [part="edit"]`;
  }

  private submit(): void {
    const project = this.store.project;
    const draft = this.draft;
    if (!project || !draft || this.readonly) return;
    const text = draft.text.trim();
    if (text === '') {
      this.draft = { ...draft, error: this.writing.t('notes.empty') };
      this.focusNext = '#note-text';
      return;
    }
    if (draft.id === undefined) this.addNote(project, draft, text);
    else this.editNote(project, draft, draft.id, text);
  }

  private addNote(project: Project, draft: NoteDraft, text: string): void {
    const note: NoteChangeNote = {
      text,
      ...(draft.color === undefined ? {} : { color: draft.color }),
      ...(draft.taskId === undefined ? {} : { taskId: draft.taskId }),
      ...(this.author ? { author: this.author } : {}),
    };
    if (!requestChange<NoteChangeDetail>(this, 'note-change', { kind: 'add', note })) return;
    const stored = this.commit(() => project.transaction(() => project.addNote({ ...note })));
    if (!stored) return;
    // The form stays open, empty, for the next note.
    this.draft = { ...draft, text: '', error: undefined };
    this.focusNext = '#note-text';
    this.announcer.announce(this.writing.t('notes.added'));
    announceChange(this, 'note-change', { kind: 'add', noteId: stored.id, note: stored });
  }

  private editNote(project: Project, draft: NoteDraft, id: string, text: string): void {
    const previous = project.note(id);
    if (!previous) {
      this.draft = undefined;
      return;
    }
    const patch: Partial<Omit<Note, 'id'>> = { text, color: draft.color, taskId: draft.taskId };
    const next: NoteChangeNote = { ...previous, text };
    if (draft.color === undefined) delete next.color;
    else next.color = draft.color;
    if (draft.taskId === undefined) delete next.taskId;
    else next.taskId = draft.taskId;
    if (!requestChange(this, 'note-change', { kind: 'update', noteId: id, note: next, previous })) return;
    const stored = this.commit(() => project.transaction(() => project.updateNote(id, patch)));
    if (!stored) return;
    this.draft = undefined;
    this.focusNext = `[data-note="${CSS.escape(id)}"] [part="edit"]`;
    this.announcer.announce(this.writing.t('notes.saved'));
    announceChange(this, 'note-change', { kind: 'update', noteId: id, note: stored, previous });
  }

  private deleteNote(id: string): void {
    const project = this.store.project;
    const previous = project?.note(id);
    if (!project || !previous || this.readonly) return;
    const detail: NoteChangeDetail = { kind: 'remove', noteId: id, note: previous, previous };
    if (!requestChange(this, 'note-change', detail)) return;
    // Focus moves to the next note's Edit button (or the previous one's, or Add note).
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-note]')];
    const at = items.findIndex((li) => li.dataset.note === id);
    const neighbour = items[at + 1] ?? items[at - 1];
    const removed = this.commit(() => {
      project.transaction(() => project.removeNote(id));
      return true;
    });
    if (!removed) return;
    if (this.draft?.id === id) this.draft = undefined;
    this.focusNext = neighbour?.dataset.note
      ? `[data-note="${CSS.escape(neighbour.dataset.note)}"] [part="edit"]`
      : '[part="add"]';
    this.requestUpdate();
    this.announcer.announce(this.writing.t('notes.deleted'));
    announceChange(this, 'note-change', detail);
  }

  /** Runs a store change; a refusal (a stale task, a bad value) shows beside the text instead. */
  private commit<T>(change: () => T): T | undefined {
    try {
      return change();
    } catch (error) {
      if (!(error instanceof RoadlineError)) throw error;
      if (this.draft) this.draft = { ...this.draft, error: error.message };
      return undefined;
    }
  }
}
