import type { ImportIssue } from '@roadline/core';

/** What `rl-import` carries: what was imported, how, and every issue the importer reported. */
export interface ImportDetail {
  /** `csv`, `xlsx`, `mspdi` or `json`. */
  readonly format: 'csv' | 'xlsx' | 'mspdi' | 'json';
  readonly mode: 'replace' | 'append';
  readonly fileName: string;
  /** Tasks imported (an appended branch's summary task not counted). */
  readonly tasks: number;
  readonly dependencies: number;
  readonly issues: readonly ImportIssue[];
  /** The summary task made for an `append`. */
  readonly branchId?: string;
}

/** `rl-import`: a file was imported into the project (one undo step). */
export type RlImportEvent = CustomEvent<ImportDetail>;

/** Creates the bubbling, composed `rl-import` event. */
export function createImportEvent(detail: ImportDetail): RlImportEvent {
  return new CustomEvent('rl-import', { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-import': RlImportEvent;
  }
}
