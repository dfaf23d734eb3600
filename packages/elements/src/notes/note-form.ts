import type { Translate } from '../i18n/catalogue.js';
import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../base/style-props.js';
import { colorName, NOTE_COLORS } from './palette.js';
import type { TaskChoices } from './task-choices.js';

/** What the user has typed and chosen in the note form so far. */
export interface NoteDraft {
  /** The note being edited; `undefined` while adding a new one. */
  readonly id: string | undefined;
  readonly text: string;
  readonly color: string | undefined;
  /** The task the note is attached to; `undefined` for the dashboard (the whole project). */
  readonly taskId: string | undefined;
  /** The picker's search text (shown only on projects with many tasks). */
  readonly find: string;
  /** Why the note cannot be saved yet (empty text, or the store refused it). */
  readonly error: string | undefined;
}

/** What the form reports back to the element. */
export interface NoteFormHandlers {
  change(patch: Partial<NoteDraft>): void;
  submit(): void;
  cancel(): void;
}

/**
 * The add and edit form: the text (Enter saves, Shift + Enter starts a new line, Escape cancels),
 * a color from the palette, and what the note is attached to. One form is open at a time, so its
 * ids are fixed. Every string is bound as text or as a property, never as HTML.
 */
export function noteForm(
  draft: NoteDraft,
  choices: TaskChoices,
  t: Translate,
  on: NoteFormHandlers,
): TemplateResult {
  const adding = draft.id === undefined;
  const picker = choices.total > choices.shown || draft.find !== '';
  return html`<form
    part="form"
    aria-label=${t(adding ? 'notes.new' : 'notes.editForm')}
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      on.submit();
    }}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.preventDefault();
      e.stopPropagation();
      on.cancel();
    }}
  >
    <label for="note-text">${t('notes.text')}</label>
    <span class="field">
      <textarea
        id="note-text"
        part="text-input"
        rows="2"
        aria-invalid=${draft.error ? 'true' : 'false'}
        aria-describedby=${draft.error ? 'note-error note-keys' : 'note-keys'}
        .value=${draft.text}
        @input=${(e: Event) => on.change({ text: (e.target as HTMLTextAreaElement).value, error: undefined })}
        @keydown=${(e: KeyboardEvent) => {
          if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
          e.preventDefault();
          on.submit();
        }}
      ></textarea>
      ${draft.error ? html`<span part="field-error" id="note-error" role="alert">${draft.error}</span>` : nothing}
    </span>
    <span id="note-keys" class="visually-hidden">${t('notes.keys')}</span>
    <fieldset part="colors">
      <legend>${t('notes.colorLegend')}</legend>
      ${NOTE_COLORS.map(
        (c) => html`<label class="swatch" title=${colorName(t, c)}>
          <input
            type="radio"
            name="note-color"
            value=${c.value}
            .checked=${draft.color === c.value}
            @change=${() => on.change({ color: c.value })}
          />
          <span class="dot" aria-hidden="true" ${styleProps({ '--_note-color': c.css })}></span>
          <span class="visually-hidden">${colorName(t, c)}</span>
        </label>`,
      )}
    </fieldset>
    <label for="note-attach">${t('notes.attachedTo')}</label>
    <span class="field">
      ${
        picker
          ? html`<input
            id="note-find"
            part="find"
            type="search"
            aria-label=${t('notes.findLabel')}
            placeholder=${t('notes.find')}
            .value=${draft.find}
            @input=${(e: Event) => on.change({ find: (e.target as HTMLInputElement).value })}
            @keydown=${(e: KeyboardEvent) => {
              // Enter in the search narrows the list; it does not save the note.
              if (e.key === 'Enter') e.preventDefault();
            }}
          />`
          : nothing
      }
      <select
        id="note-attach"
        part="attach"
        @change=${(e: Event) => {
          const value = (e.target as HTMLSelectElement).value;
          on.change({ taskId: value === '' ? undefined : value });
        }}
      >
        <option value="" .selected=${draft.taskId === undefined}>${t('notes.wholeProject')}</option>
        ${choices.tasks.map((t) => html`<option value=${t.id} .selected=${t.id === draft.taskId}>${t.name}</option>`)}
      </select>
      ${
        choices.matched > choices.shown
          ? html`<span part="more" class="muted">${t('notes.moreTasks', { shown: choices.shown, count: choices.matched })}</span>`
          : nothing
      }
    </span>
    <span class="actions">
      <button type="submit" part="save">${t(adding ? 'notes.add' : 'notes.save')}</button>
      <button type="button" part="cancel" @click=${() => on.cancel()}>${t('notes.cancel')}</button>
    </span>
  </form>`;
}
