/** What `rl-export` carries: the file made, before it is downloaded. */
export interface ExportDetail {
  /** `csv`, `xlsx`, `mspdi`, `json` or `ics`. */
  readonly format: 'csv' | 'xlsx' | 'mspdi' | 'json' | 'ics';
  /** The name the download gets, extension included. */
  readonly fileName: string;
  readonly blob: Blob;
}

/** `rl-export`: a file was made from the menu; cancel it to handle the file instead of the download. */
export type RlExportEvent = CustomEvent<ExportDetail>;

/** Creates the bubbling, composed, cancelable `rl-export` event. */
export function createExportEvent(detail: ExportDetail): RlExportEvent {
  return new CustomEvent('rl-export', { detail, bubbles: true, composed: true, cancelable: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-export': RlExportEvent;
  }
}
