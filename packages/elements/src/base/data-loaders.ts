/**
 * The spreadsheet readers and writers (`@roadline/core/io/csv` on papaparse, `…/io/xlsx` on the
 * Excel libraries), each loaded by `import()` on first use, so a bundler makes them chunks of
 * their own that no element entry carries. The script-tag bundle (one file, it cannot split)
 * builds with data-loaders-script.ts in place of this module: there they are absent.
 */
export type CSVModule = typeof import('@roadline/core/io/csv');
export type XLSXModule = typeof import('@roadline/core/io/xlsx');

export const loadCSV: (() => Promise<CSVModule>) | undefined = () => import('@roadline/core/io/csv');
export const loadXLSX: (() => Promise<XLSXModule>) | undefined = () => import('@roadline/core/io/xlsx');
