import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { Translate } from '../i18n/catalogue.js';

interface Question {
  readonly message: string;
  readonly confirm: string;
  readonly cancel: string;
  readonly answer: (yes: boolean) => void;
}

/**
 * A yes-or-no question asked in a modal `<dialog>` (role `alertdialog`) of the element's own
 * shadow root: Enter or the confirm button says yes, Escape or Cancel says no, and focus goes back
 * where it was. One question at a time: asking again while one is open answers the first "no".
 */
export class ConfirmDialog implements ReactiveController {
  private question: Question | undefined;
  private opening = false;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly t: Translate;

  /** `t` is the element's words, for the default "Cancel". */
  constructor(host: ReactiveControllerHost & HTMLElement, t: Translate) {
    this.host = host;
    this.t = t;
    host.addController(this);
  }

  /** Whether a question is open. */
  get open(): boolean {
    return this.question !== undefined;
  }

  /** Asks; resolves `true` for yes. */
  ask(message: string, confirm: string, cancel = this.t('confirm.cancel')): Promise<boolean> {
    this.question?.answer(false);
    return new Promise((resolve) => {
      this.question = { message, confirm, cancel, answer: resolve };
      this.opening = true;
      this.host.requestUpdate();
    });
  }

  hostUpdated(): void {
    if (!this.opening) return;
    this.opening = false;
    const dialog = this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.confirm');
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLButtonElement>('button[value="yes"]')?.focus();
  }

  hostDisconnected(): void {
    this.settle(false);
  }

  /** The dialog while a question is open. */
  render(): TemplateResult | typeof nothing {
    // The template apart: a closed dialog's render compiles no more than this.
    return this.question ? this.dialog(this.question) : nothing;
  }

  private dialog(q: Question): TemplateResult {
    return html`<dialog
      class="confirm"
      part="confirm"
      role="alertdialog"
      aria-labelledby="confirm-message"
      @cancel=${this.onCancel}
      @keydown=${this.onKeyDown}
    >
      <p id="confirm-message">${q.message}</p>
      <div class="confirm-buttons">
        <button type="button" value="no" part="confirm-cancel" @click=${() => this.settle(false)}>${q.cancel}</button>
        <button type="button" value="yes" part="confirm-ok" @click=${() => this.settle(true)}>${q.confirm}</button>
      </div>
    </dialog>`;
  }

  private settle(yes: boolean): void {
    const q = this.question;
    if (!q) return;
    this.question = undefined;
    this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.confirm')?.close();
    this.host.requestUpdate();
    q.answer(yes);
  }

  private readonly onCancel = (event: Event): void => {
    event.preventDefault();
    this.settle(false);
  };

  // Keys stay in the dialog: the grid or chart under it must not act on them.
  private readonly onKeyDown = (event: KeyboardEvent): void => {
    event.stopPropagation();
    if (event.key === 'Escape') {
      event.preventDefault();
      this.settle(false);
    }
  };
}
