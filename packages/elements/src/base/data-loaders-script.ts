import type { CSVModule, XLSXModule } from './data-loaders.js';

/**
 * data-loaders.ts in the script-tag bundle (`roadline.js`): one file cannot load a chunk, and
 * inlining the spreadsheet libraries would more than double it, so CSV and Excel are offered by
 * the package's ESM entries only (the Gantt's toolbar then lists JSON, MSPDI and .ics).
 */
export const loadCSV: (() => Promise<CSVModule>) | undefined = undefined;
export const loadXLSX: (() => Promise<XLSXModule>) | undefined = undefined;
