import { html, nothing, type TemplateResult } from 'lit';
import type { EditorKind, EditorOption } from './columns.js';

/** The id of the validation message, for `aria-describedby`; one editor is open at a time. */
export const CELL_ERROR_ID = 'cell-error';

/** What a cell editor shows and whom it tells. */
export interface CellEditorSpec {
  readonly kind: Exclude<EditorKind, 'none'>;
  readonly value: string;
  /** The accessible name, e.g. "Start of Design review". */
  readonly label: string;
  readonly options: readonly EditorOption[];
  /** The validation message beside the cell, when the last value was refused. */
  readonly error: string | undefined;
  onKeyDown(event: KeyboardEvent): void;
  onBlur(event: FocusEvent): void;
}

/**
 * The input of a cell being edited, and its validation message beside it (a live `role="alert"`
 * the input points at with `aria-describedby`). Values are read back from the input on commit.
 */
export function cellEditor(spec: CellEditorSpec): TemplateResult {
  const describedBy = spec.error === undefined ? nothing : CELL_ERROR_ID;
  const invalid = spec.error === undefined ? 'false' : 'true';
  const input =
    spec.kind === 'select'
      ? html`<select
          part="editor"
          class="editor"
          aria-label=${spec.label}
          aria-invalid=${invalid}
          aria-describedby=${describedBy}
          @keydown=${spec.onKeyDown}
          @blur=${spec.onBlur}
        >
          ${spec.options.map(
            (o) => html`<option value=${o.value} ?selected=${o.value === spec.value}>${o.label}</option>`,
          )}
        </select>`
      : html`<input
          part="editor"
          class="editor"
          type=${spec.kind === 'number' ? 'text' : spec.kind}
          inputmode=${spec.kind === 'number' ? 'decimal' : nothing}
          .value=${spec.value}
          aria-label=${spec.label}
          aria-invalid=${invalid}
          aria-describedby=${describedBy}
          @keydown=${spec.onKeyDown}
          @blur=${spec.onBlur}
        />`;
  return html`${input}${
    spec.error === undefined
      ? nothing
      : html`<div id=${CELL_ERROR_ID} role="alert" part="cell-error" class="cell-error">${spec.error}</div>`
  }`;
}
