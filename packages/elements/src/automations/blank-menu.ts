import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import type { Option } from './vocabulary.js';

/** How one blank of the sentence builder is drawn. */
export interface BlankSpec {
  /** Unique among the open form's blanks: the rule path it fills (`when.field`, `then[0].value`). */
  readonly key: string;
  /** The menu's accessible name ("Field"). */
  readonly name: string;
  /** The blank's accessible name, with its value ("Field: Status"). */
  readonly label: string;
  /** What the blank shows: the chosen value's label, or "choose…". */
  readonly shown: string;
  readonly options: readonly Option[];
  /** The chosen values (one for a single choice). */
  readonly chosen: readonly string[];
  /** Several values may be chosen: picking toggles one and leaves the menu open. */
  readonly multi?: boolean;
  /** The id of the message beside it, when it is wrong. */
  readonly errorId?: string | undefined;
  readonly pick: (value: string) => void;
}

/**
 * The menus behind the blanks of the sentence builder: each blank is a button (`aria-haspopup`)
 * that opens a listbox of the project's own choices. One menu is open at a time. ↓ / ↑ (wrapping),
 * Home and End move, Enter or Space choose (a multiple-choice menu toggles and stays open), a
 * letter jumps to the next choice starting with it, Escape closes it and focus returns to the
 * blank; Tab or a click elsewhere closes it too.
 */
export class BlankMenus implements ReactiveController {
  private openKey: string | undefined;
  private active = 0;
  private focusMenu = false;
  private focusBlank: string | undefined;
  private readonly host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.host = host;
    host.addController(this);
  }

  /** Closes any open menu (without moving focus). */
  closeAll(): void {
    if (this.openKey === undefined) return;
    this.openKey = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.openKey = undefined;
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot;
    if (!root) return;
    if (this.focusMenu && this.openKey !== undefined) {
      this.focusMenu = false;
      root.getElementById(menuId(this.openKey))?.focus();
    }
    if (this.focusBlank !== undefined) {
      root.getElementById(blankId(this.focusBlank))?.focus();
      this.focusBlank = undefined;
    }
  }

  /** Draws a blank and, while it is open, its menu. */
  render(spec: BlankSpec): TemplateResult {
    const open = this.openKey === spec.key;
    const key = spec.key;
    return html`<span class="blank-wrap"
      ><button
        type="button"
        part=${spec.chosen.length === 0 ? 'blank empty' : 'blank'}
        id=${blankId(key)}
        aria-haspopup="listbox"
        aria-expanded=${open ? 'true' : 'false'}
        aria-label=${spec.label}
        aria-invalid=${spec.errorId ? 'true' : nothing}
        aria-describedby=${spec.errorId ?? nothing}
        @click=${() => this.toggle(spec)}
        @keydown=${(e: KeyboardEvent) => this.onBlankKey(e, spec)}
      >${spec.shown}</button
      >${open ? this.menu(spec) : nothing}</span
    >`;
  }

  private menu(spec: BlankSpec): TemplateResult {
    const key = spec.key;
    return html`<ul
      role="listbox"
      part="menu"
      id=${menuId(key)}
      tabindex="-1"
      aria-label=${spec.name}
      aria-multiselectable=${spec.multi ? 'true' : nothing}
      aria-activedescendant=${spec.options.length > 0 ? optionId(key, this.active) : nothing}
      @keydown=${(e: KeyboardEvent) => this.onMenuKey(e, spec)}
      @focusout=${(e: FocusEvent) => {
        const to = e.relatedTarget as Node | null;
        if (this.openKey === key && !(to && (e.currentTarget as Node).contains(to))) this.close(false);
      }}
    >
      ${spec.options.map(
        (o, i) => html`<li
          role="option"
          part=${i === this.active ? 'option active' : 'option'}
          id=${optionId(key, i)}
          aria-selected=${spec.chosen.includes(o.value) ? 'true' : 'false'}
          @pointerdown=${(e: PointerEvent) => e.preventDefault()}
          @click=${() => this.choose(spec, i)}
        >${o.label}</li>`,
      )}
    </ul>`;
  }

  private toggle(spec: BlankSpec): void {
    if (this.openKey === spec.key) this.close(true);
    else this.open(spec);
  }

  private open(spec: BlankSpec, last = false): void {
    this.openKey = spec.key;
    const chosen = spec.options.findIndex((o) => spec.chosen.includes(o.value));
    this.active = last ? Math.max(0, spec.options.length - 1) : Math.max(0, chosen);
    this.focusMenu = true;
    this.host.requestUpdate();
  }

  private close(refocus: boolean): void {
    const key = this.openKey;
    this.openKey = undefined;
    if (refocus && key !== undefined) this.focusBlank = key;
    this.host.requestUpdate();
  }

  private choose(spec: BlankSpec, i: number): void {
    const option = spec.options[i];
    if (!option) return;
    this.active = i;
    spec.pick(option.value);
    if (spec.multi) {
      this.focusMenu = true;
      this.host.requestUpdate();
    } else this.close(true);
  }

  private onBlankKey(e: KeyboardEvent, spec: BlankSpec): void {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    this.open(spec, e.key === 'ArrowUp');
  }

  private onMenuKey(e: KeyboardEvent, spec: BlankSpec): void {
    const count = spec.options.length;
    let next: number | undefined;
    switch (e.key) {
      case 'ArrowDown':
        next = count === 0 ? 0 : (this.active + 1) % count;
        break;
      case 'ArrowUp':
        next = count === 0 ? 0 : (this.active - 1 + count) % count;
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = Math.max(0, count - 1);
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        this.choose(spec, this.active);
        return;
      case 'Escape':
        e.preventDefault();
        e.stopPropagation();
        this.close(true);
        return;
      case 'Tab':
        this.close(false);
        return;
      default:
        if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) next = this.typeAhead(spec, e.key);
    }
    if (next === undefined) return;
    e.preventDefault();
    this.active = next;
    this.host.requestUpdate();
  }

  private typeAhead(spec: BlankSpec, letter: string): number | undefined {
    const lower = letter.toLocaleLowerCase();
    const count = spec.options.length;
    for (let step = 1; step <= count; step++) {
      const i = (this.active + step) % count;
      if (spec.options[i]?.label.toLocaleLowerCase().startsWith(lower)) return i;
    }
    return undefined;
  }
}

/** The element id of a blank's button (its key may hold any character: ids in a shadow root may). */
export function blankId(key: string): string {
  return `blank-${key}`;
}
function menuId(key: string): string {
  return `menu-${key}`;
}
function optionId(key: string, i: number): string {
  return `option-${key}-${i}`;
}
