/**
 * Which importer reads a file: by its extension first, then by its first bytes (a workbook is a
 * ZIP, `PK\x03\x04`; MSPDI is XML; JSON starts with `{`), so a file saved under the wrong name is
 * still read by the right parser; when the bytes tell nothing, by its extension; else as CSV.
 */

/** The formats `rl-import` reads and `exportProject` writes (`ics` is written only). */
export type DataFormat = 'csv' | 'xlsx' | 'mspdi' | 'json';

const BY_EXTENSION: Readonly<Record<string, DataFormat>> = {
  csv: 'csv',
  tsv: 'csv',
  txt: 'csv',
  xlsx: 'xlsx',
  xml: 'mspdi',
  json: 'json',
};

/** The `accept` list of the file picker. */
export const ACCEPTED_FILES = '.csv,.tsv,.txt,.xlsx,.xml,.json,text/csv,application/json,text/xml';

/** The format of a file named `name` whose first bytes are `head`. */
export function detectFormat(name: string, head: Uint8Array): DataFormat {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'xlsx';
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d))
    i++;
  const first = head[i];
  const dot = name.lastIndexOf('.');
  const byName = dot < 0 ? undefined : BY_EXTENSION[name.slice(dot + 1).toLowerCase()];
  if (first === 0x3c) return 'mspdi';
  if (first === 0x7b) return 'json';
  // Not told by the content: the name decides (a broken workbook then says it is no workbook).
  return byName ?? 'csv';
}
