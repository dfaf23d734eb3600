import type { Project } from '@roadline/core';
import type { ReactiveControllerHost } from 'lit';
import { SharedValueController } from './shared-value.js';

/** The host's side: an element with a `statusFilter` property over a store. */
export interface StatusFilterHost extends ReactiveControllerHost, HTMLElement {
  statusFilter: string | undefined;
}

/**
 * Shares one status filter between the elements showing the same store, as
 * `SharedSelectionController` shares the selection: choosing a status in `rl-workflow` sets the
 * `statusFilter` of every `rl-board` (kanban and table) on that store, and clearing it there
 * clears it everywhere. `undefined` is no filter; `''` keeps the items with no status (or one the
 * project does not define).
 */
export class SharedStatusFilterController extends SharedValueController<string | undefined> {
  constructor(host: StatusFilterHost, store: () => Project | undefined) {
    super(host, {
      name: 'statusFilter',
      store,
      read: () => host.statusFilter,
      write: (status) => {
        host.statusFilter = status;
      },
      initial: undefined,
      isEmpty: (status) => status === undefined,
    });
  }
}
