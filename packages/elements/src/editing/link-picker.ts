import type { DependencyType, Project } from '@roadline/core';
import { wbsCode } from '@roadline/core/views/grid';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { attempt } from '../grid/store-attempt.js';
import { commitLinkCreate } from './link-edits.js';

const TYPES: readonly { id: DependencyType; label: string }[] = [
  { id: 'FS', label: 'Finish to start' },
  { id: 'SS', label: 'Start to start' },
  { id: 'FF', label: 'Finish to finish' },
  { id: 'SF', label: 'Start to finish' },
];

/**
 * "Link to…": a modal dialog that links a task to a successor chosen from a list of the project's
 * tasks (WBS code and name, in WBS order) with a link type. The link is made through the one
 * link path (`rl-before-link-create`, one transaction, `rl-link-create`); a link the store
 * refuses (a cycle, a summary linked to its own task) is announced and nothing changes.
 */
export class LinkPicker implements ReactiveController {
  private from: string | undefined;
  private opening = false;
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly project: () => Project | undefined;
  private readonly announce: (message: string) => void;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    project: () => Project | undefined,
    announce: (message: string) => void,
  ) {
    this.host = host;
    this.project = project;
    this.announce = announce;
    host.addController(this);
  }

  /** Opens the dialog for links from `taskId`. */
  open(taskId: string): void {
    this.from = taskId;
    this.opening = true;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.opening) return;
    this.opening = false;
    const dialog = this.dialog();
    if (dialog && !dialog.open) dialog.showModal();
    dialog?.querySelector<HTMLSelectElement>('select[name="to"]')?.focus();
  }

  hostDisconnected(): void {
    this.from = undefined;
  }

  /** The dialog while open. */
  render(): TemplateResult | typeof nothing {
    const project = this.project();
    const from = this.from === undefined ? undefined : project?.task(this.from);
    if (!project || !from) return nothing;
    const options = project.wbsOrder().filter((id) => id !== from.id);
    return html`<dialog
      class="confirm link-picker"
      part="link-picker"
      aria-labelledby="link-picker-title"
      @cancel=${this.onCancel}
      @keydown=${(e: KeyboardEvent) => e.stopPropagation()}
    >
      <form method="dialog" @submit=${this.onSubmit}>
        <p id="link-picker-title">Link “${from.name}” to</p>
        <p>
          <label>Successor
            <select name="to">
              ${options.map((id) => html`<option value=${id}>${wbsCode(project, id)} ${project.task(id)?.name ?? ''}</option>`)}
            </select>
          </label>
        </p>
        <p>
          <label>Type
            <select name="type">
              ${TYPES.map((t) => html`<option value=${t.id}>${t.label}</option>`)}
            </select>
          </label>
        </p>
        <div class="confirm-buttons">
          <button type="button" value="no" @click=${this.close}>Cancel</button>
          <button type="submit" value="yes" ?disabled=${options.length === 0}>Link</button>
        </div>
      </form>
    </dialog>`;
  }

  private dialog(): HTMLDialogElement | null | undefined {
    return this.host.shadowRoot?.querySelector<HTMLDialogElement>('dialog.link-picker');
  }

  private readonly close = (): void => {
    this.from = undefined;
    this.dialog()?.close();
    this.host.requestUpdate();
  };

  private readonly onCancel = (event: Event): void => {
    event.preventDefault();
    this.close();
  };

  private readonly onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const project = this.project();
    const from = this.from;
    const form = event.currentTarget as HTMLFormElement;
    const to = (form.elements.namedItem('to') as HTMLSelectElement | null)?.value;
    const type = ((form.elements.namedItem('type') as HTMLSelectElement | null)?.value ??
      'FS') as DependencyType;
    this.close();
    if (!project || from === undefined || !to) return;
    let made: string | undefined;
    const error = attempt(() => {
      made = commitLinkCreate(this.host, project, from, to, type);
    });
    if (error !== undefined) this.announce(error);
    else if (made !== undefined)
      this.announce(`${project.task(from)?.name ?? ''} linked to ${project.task(to)?.name ?? ''}`);
  };
}
