import type { ReactiveControllerHost } from 'lit';
import { announceChange, requestChange } from '../events/change-events.js';
import type { SelectionChangeDetail } from '../events/selection-change-event.js';
import type { Frame } from './frame.js';

/** The element's side of the selection: its public `selection` property. */
export interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  selection: readonly string[];
}

/**
 * What is selected on the timeline and which bar holds the tab stop. Tasks are the host's
 * `selection` property (a host may set it); a selected dependency is the timeline's own. Every
 * user change asks first (`rl-before-selection-change`, cancelable) and then tells
 * (`rl-selection-change`).
 */
export class TimelineSelection {
  private readonly host: SelectionHost;
  private selectedLink: string | undefined;
  private focused: string | undefined;

  constructor(host: SelectionHost) {
    this.host = host;
  }

  /** The selected task ids (the host's `selection`), for what follows them: presence tells the others. */
  readonly ids = (): readonly string[] => this.host.selection;

  /** The selected dependency's id. */
  get link(): string | undefined {
    return this.selectedLink;
  }

  /** The bar that last had focus (the roving tab stop), if any. */
  get tabStop(): string | undefined {
    return this.focused;
  }
  set tabStop(id: string | undefined) {
    if (id === this.focused) return;
    this.focused = id;
    this.host.requestUpdate();
  }

  /** The bar that takes the tab stop in `frame`: the last focused, else the first selected, else the first drawn. */
  currentTabStop(frame: Frame, rowOf: (id: string) => number): string | undefined {
    if (this.focused !== undefined && rowOf(this.focused) >= 0) return this.focused;
    const first = this.host.selection.find((id) => rowOf(id) >= 0);
    return first ?? frame.rows[frame.rowWindow.first];
  }

  /** Selects tasks (or, with `dependencyId`, a link) as the user asked, unless the host vetoes. */
  select(ids: readonly string[], dependencyId?: string): void {
    const detail: SelectionChangeDetail =
      dependencyId === undefined ? { selection: ids } : { selection: ids, dependencyId };
    if (!requestChange(this.host, 'selection-change', detail)) return;
    this.host.selection = ids;
    this.selectedLink = dependencyId;
    this.host.requestUpdate();
    announceChange(this.host, 'selection-change', detail);
  }

  /** Adds the task to the selection or takes it out. */
  toggle(id: string): void {
    const now = this.host.selection;
    this.select(now.includes(id) ? now.filter((s) => s !== id) : [...now, id]);
  }

  /** A click on a bar: selects it alone, or toggles it with a modifier. */
  click(id: string, additive: boolean): void {
    this.tabStop = id;
    const now = this.host.selection;
    const next = additive ? (now.includes(id) ? now.filter((s) => s !== id) : [...now, id]) : [id];
    if (next.join('\u0000') !== now.join('\u0000') || this.selectedLink !== undefined) this.select(next);
  }

  /** A click on an empty place: clears the selection. */
  clear(): void {
    if (this.host.selection.length > 0 || this.selectedLink !== undefined) this.select([]);
  }

  /** Forgets the selected link (it was removed). */
  dropLink(): void {
    this.selectedLink = undefined;
    this.host.requestUpdate();
  }
}
