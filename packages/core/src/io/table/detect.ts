/**
 * Finds the header row and the field of each column: by the header table first, then by words
 * inside the header, then custom fields for the rest. A mapping passed in options wins, column by
 * column.
 */
import { fieldInsideHeader, fieldOfHeader } from './headers.js';
import type { ColumnAssignment, ColumnMapping, TableField, TableImportOptions } from './mapping.js';

/** Fields that take several columns (Jira repeats "Labels"); the others take the first. */
export const LIST_FIELDS: ReadonlySet<TableField> = new Set([
  'tags',
  'assignees',
  'predecessors',
  'successors',
  'emails',
]);

/** The row (0-based) among the first ten whose cells name the most known fields. */
function headerRowOf(rows: readonly string[][]): number {
  let best = -1;
  let bestScore = 0;
  for (let r = 0; r < Math.min(rows.length, 10); r++) {
    const score = (rows[r] ?? []).filter((cell) => cell && fieldOfHeader(cell)).length;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  if (best >= 0) return best;
  const first = rows.findIndex((row) => row.some((c) => c.trim() !== ''));
  return Math.max(first, 0);
}

/** The mapping of a table: detected, with the columns of `options.mapping` in place. */
export function detectMapping(rows: readonly string[][], options: TableImportOptions = {}): ColumnMapping {
  const given = options.mapping;
  const headerIndex =
    given?.headerRow !== undefined && given.headerRow >= 1 ? given.headerRow - 1 : headerRowOf(rows);
  const headers = (rows[headerIndex] ?? []).map((h) => h.trim());
  const taken = new Set<TableField>();
  const columns: ColumnAssignment[] = [];
  const givenFor = (index: number, header: string) =>
    given?.columns?.find((c) => c.header === header) ??
    given?.columns?.find((c) => c.index === index && !c.header);
  const detect = (index: number, header: string): ColumnAssignment => {
    const exact = fieldOfHeader(header);
    let field = exact;
    let confidence = 1;
    if (!field) {
      field = fieldInsideHeader(header);
      confidence = 0.8;
    }
    if (field && taken.has(field) && !LIST_FIELDS.has(field)) {
      // A second identifier column (Project's "Unique ID" beside "ID") is one other rows may name.
      if (field === 'id' && !taken.has('altId')) field = 'altId';
      else field = undefined;
    }
    if (field) return { index, header, target: field, confidence };
    if (!header) return { index, header, target: 'ignore', confidence: 0 };
    return { index, header, target: 'custom', confidence: 0.3 };
  };
  // Given columns first, so that detection does not take their fields.
  const pending: number[] = [];
  headers.forEach((header, index) => {
    const g = givenFor(index, header);
    if (g) {
      const column: ColumnAssignment = { index, header, target: g.target, confidence: 1 };
      if (g.fieldId !== undefined) column.fieldId = g.fieldId;
      columns[index] = column;
      if (g.target !== 'custom' && g.target !== 'ignore') taken.add(g.target);
    } else pending.push(index);
  });
  for (const index of pending) {
    const column = detect(index, headers[index] as string);
    if (column.target !== 'custom' && column.target !== 'ignore') taken.add(column.target);
    columns[index] = column;
  }
  const mapping: ColumnMapping = { headerRow: headerIndex + 1, columns };
  const order = options.dateOrder ?? given?.dateOrder;
  if (order) mapping.dateOrder = order;
  return mapping;
}
