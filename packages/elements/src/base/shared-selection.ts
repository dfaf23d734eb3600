import type { Project } from '@roadline/core';
import type { ReactiveControllerHost } from 'lit';
import { SharedValueController } from './shared-value.js';

/** The task under the pointer, per store. */
const hovers = new WeakMap<Project, string>();

/** The host's side: an element with a `selection` property over a store. */
export interface SharedSelectionHost extends ReactiveControllerHost, HTMLElement {
  selection: readonly string[];
}

/**
 * Shares the selection and the hovered task between every element showing the same store: when
 * one of them changes its `selection` (the user selected, or the page set it), the others take
 * the same value and re-render; hovering a task in one highlights it in the others that show
 * hover. A value taken from the others fires no event (the element that the user used fired it).
 */
export class SharedSelectionController extends SharedValueController<readonly string[]> {
  constructor(host: SharedSelectionHost, store: () => Project | undefined) {
    super(host, {
      name: 'selection',
      store,
      read: () => host.selection,
      write: (selection) => {
        host.selection = selection;
      },
      initial: [],
      isEmpty: (selection) => selection.length === 0,
      same: sameIds,
    });
  }

  /** The task another view (or this one) hovers, if any. */
  get hovered(): string | undefined {
    const project = this.joined;
    return project ? hovers.get(project) : undefined;
  }

  /** Tells the other views which task is under the pointer (`undefined` when none). */
  hover(id: string | undefined): void {
    const project = this.joined;
    if (!project || hovers.get(project) === id) return;
    if (id === undefined) hovers.delete(project);
    else hovers.set(project, id);
    this.renderSharers();
  }
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}
