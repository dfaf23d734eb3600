/**
 * Rows of strings (from a CSV parser or a workbook) to `ProjectData`: the one mapping logic both
 * `fromCSV` and `fromXLSX` use. Every problem becomes an `ImportIssue` with the row (the file's
 * row number, the header row included), the column (its header) and the value; a row is left out
 * only when it has no name or its cells are shifted, and a bad value leaves out that value alone.
 */
import type { FieldDef, ProjectData, Task } from '../../model/types.js';
import { formatWallTime } from '../../time/wall-time.js';
import type { ImportIssue } from '../issues.js';
import { DAY, type DateParts, orderEvidence, splitDate, wallMinutesOf } from './dates.js';
import { detectMapping, LIST_FIELDS } from './detect.js';
import { Registry, slugId } from './entities.js';
import { TableIssueCode as Code } from './issues.js';
import { linkTasks } from './links.js';
import type {
  ColumnAssignment,
  ColumnMapping,
  DateOrder,
  TableField,
  TableImportOptions,
} from './mapping.js';
import {
  type Amount,
  parseAmount,
  parseConstraintType,
  parseManual,
  parseNumber,
  parsePercent,
  parseYesNo,
  splitList,
} from './values.js';

export interface TableImport {
  data: ProjectData;
  issues: ImportIssue[];
  mapping: ColumnMapping;
  /**
   * The first rows under the headers as the file wrote them, when `options.preview` asked for
   * them: what an import wizard shows beside the mapping (blank rows skipped).
   */
  preview?: TablePreviewRow[];
}

/** One row of {@link TableImport.preview}. */
export interface TablePreviewRow {
  /** The file's row number (the header row counts), as in the issues. */
  row: number;
  /** The cells, one per column of the mapping (missing ones empty). */
  cells: string[];
}

/** The first `count` non-blank rows under the header, padded to the header's width. */
function previewRows(rows: readonly string[][], headerIndex: number, width: number, count: number) {
  const out: TablePreviewRow[] = [];
  for (let r = headerIndex + 1; r < rows.length && out.length < count; r++) {
    const cells = rows[r] as string[];
    if (cells.every((c) => c.trim() === '')) continue;
    const shown: string[] = [];
    for (let i = 0; i < Math.max(width, cells.length); i++) shown.push(cells[i] ?? '');
    out.push({ row: r + 1, cells: shown });
  }
  return out;
}

/** One imported row: its task and the cells other passes read. */
export interface RowRecord {
  row: number;
  /** 1 for the first row under the headers: what row-number references (Smartsheet) count. */
  dataRow: number;
  /** Its position among the imported rows. */
  index: number;
  task: Task;
  /** The row's cells, trimmed. */
  cells: readonly string[];
  /** The row of its parent task, set with `task.parentId` by the hierarchy pass. */
  parent?: RowRecord;
}

/** What separates the two dates of a range cell (`2026-03-02 - 2026-03-06`, `… to …`). */
const RANGE_SEPARATOR = /\s+[-–—~〜]\s+|\s+to\s+|\s+bis\s+|\s+au\s+|\s+a\s+/;

const NO_EMAILS: readonly string[] = [];

/** Ids a task may not have (they would reach an object's prototype). */
const isUnsafeId = (id: string) =>
  (id.length === 9 || id.length === 11) && (id === '__proto__' || id === 'constructor' || id === 'prototype');

const DATE_FIELDS: ReadonlySet<TableField> = new Set(['start', 'end', 'deadline', 'constraintDate']);

/**
 * Reads a table. `rows[i]` is the file's row i + 1; the callers pass arrays of their own, whose
 * cells this trims in place for the rows it imports.
 */
export function readTable(
  rows: readonly string[][],
  options: TableImportOptions = {},
  preIssues: ImportIssue[] = [],
): TableImport {
  const issues: ImportIssue[] = [...preIssues];
  const mapping = detectMapping(rows, options);
  const cols = mapping.columns;
  const headerIndex = mapping.headerRow - 1;
  const header = rows[headerIndex] ?? [];
  const issue = (
    code: Code,
    severity: 'error' | 'warning',
    message: string,
    row?: number,
    col?: ColumnAssignment,
    value?: string,
  ) => {
    const i: ImportIssue = { code, severity, message };
    if (row !== undefined) i.row = row;
    if (col) i.column = col.header;
    if (value !== undefined) i.value = value;
    issues.push(i);
  };
  const colsOf = (field: TableField) => cols.filter((c) => c.target === field);
  // Duplicate columns of single-value fields: the first is read, the others are reported once.
  const single = new Map<TableField, ColumnAssignment>();
  for (const c of cols) {
    if (c.target === 'custom' || c.target === 'ignore') continue;
    if (LIST_FIELDS.has(c.target)) continue;
    if (single.has(c.target)) {
      issue(
        Code.DUPLICATE_COLUMN,
        'warning',
        `column "${c.header}" repeats the ${c.target} of column "${single.get(c.target)?.header}"; it was not read`,
        mapping.headerRow,
        c,
      );
      c.target = 'ignore';
    } else single.set(c.target, c);
  }
  const nameCol = single.get('name') ?? cols.find((c) => c.target === 'custom');
  if (nameCol && nameCol.target === 'custom') {
    nameCol.target = 'name';
    nameCol.confidence = 0.5;
    single.set('name', nameCol);
  }

  // The preview shows the cells as written, before the rows below trim them.
  const preview =
    options.preview !== undefined && options.preview > 0
      ? previewRows(rows, headerIndex, header.length, Math.floor(options.preview))
      : undefined;

  // Rows: blank ones and repeated header rows skipped, nameless and shifted ones reported.
  const records: RowRecord[] = [];
  const headerKey = header.join('\u0000');
  for (let r = headerIndex + 1; r < rows.length; r++) {
    const cells = rows[r] as string[];
    if (cells.every((c) => c.trim() === '')) continue;
    if (cells[0] === header[0] && cells.join('\u0000') === headerKey) continue;
    const row = r + 1;
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '')) {
      issue(
        Code.EXTRA_CELLS,
        'error',
        `row ${row} has ${cells.length} cells for ${header.length} columns; it was left out`,
        row,
        undefined,
        cells.slice(header.length).join(', '),
      );
      continue;
    }
    const name = nameCol ? (cells[nameCol.index] ?? '').trim() : '';
    if (!name) {
      issue(Code.MISSING_NAME, 'error', `row ${row} has no name; it was left out`, row, nameCol);
      continue;
    }
    // Every later pass reads the cells trimmed: trimmed once, here.
    for (let i = 0; i < cells.length; i++) cells[i] = (cells[i] as string).trim();
    records.push({ row, dataRow: r - headerIndex, index: records.length, task: { id: '', name }, cells });
  }
  const cell = (rec: RowRecord, c: ColumnAssignment | undefined) => (c ? (rec.cells[c.index] ?? '') : '');

  // Custom columns: a field of the base by label or id, else a new one typed by its values.
  const base = options.base ?? {};
  const fields: FieldDef[] = (base.fields ?? []).map((f) => ({
    ...f,
    ...(f.options ? { options: f.options.map((o) => ({ ...o })) } : {}),
  }));
  const fieldIds = new Set(fields.map((f) => f.id));
  const customDefs = new Map<number, FieldDef>();
  // A milestone column of other values (GitHub's milestone names) is a custom column.
  const milestoneCol = single.get('milestone');
  if (milestoneCol) {
    const values = records.map((rec) => cell(rec, milestoneCol)).filter(Boolean);
    if (values.filter((v) => parseYesNo(v) !== undefined).length * 2 < values.length) {
      milestoneCol.target = 'custom';
      milestoneCol.confidence = 0.5;
      single.delete('milestone');
    }
  }
  const dateCols: ColumnAssignment[] = cols.filter(
    (c) => DATE_FIELDS.has(c.target as TableField) || c.target === 'range',
  );
  for (const c of cols) {
    if (c.target !== 'custom') continue;
    const h = c.header.trim();
    let def =
      fields.find((f) => f.id === c.fieldId) ??
      fields.find((f) => f.label === h || `${f.label} (${f.id})` === h) ??
      fields.find((f) => f.label.toLowerCase() === h.toLowerCase() || f.id === h);
    if (!def) {
      const values = records.map((rec) => cell(rec, c)).filter(Boolean);
      const type =
        values.length && values.every((v) => parseNumber(v) !== undefined)
          ? 'number'
          : values.length && values.every((v) => splitDate(v) !== undefined)
            ? 'date'
            : 'text';
      def = {
        id: c.fieldId && !fieldIds.has(c.fieldId) ? c.fieldId : slugId(h, 'field', fieldIds),
        label: h || `Column ${c.index + 1}`,
        type,
      };
      fieldIds.add(def.id);
      fields.push(def);
    }
    c.fieldId = def.id;
    customDefs.set(c.index, def);
    if (def.type === 'date') dateCols.push(c);
  }

  // The order of numeric dates: the option, else what the values show, else m/d/y with a warning.
  // A file repeats its dates, so each distinct text is split once (the parts are only read).
  const splitCache = new Map<string, DateParts | null>();
  const split = (text: string): DateParts | undefined => {
    let p = splitCache.get(text);
    if (p === undefined) {
      p = splitDate(text) ?? null;
      splitCache.set(text, p);
    }
    return p ?? undefined;
  };
  const parts = new Map<ColumnAssignment, (DateParts | undefined)[]>();
  // The numeric parts (`a/b/year`), the only ones the order evidence reads: per column and all.
  const numericParts = new Map<ColumnAssignment, DateParts[]>();
  const fileNumeric: DateParts[] = [];
  for (const c of dateCols) {
    const list: (DateParts | undefined)[] = new Array(records.length);
    const numeric: DateParts[] = [];
    for (let i = 0; i < records.length; i++) {
      const v = cell(records[i] as RowRecord, c);
      const p = !v ? undefined : split(c.target === 'range' ? (v.split(RANGE_SEPARATOR)[0] ?? v) : v);
      list[i] = p;
      if (p && !p.ymd) {
        numeric.push(p);
        fileNumeric.push(p);
      }
    }
    parts.set(c, list);
    numericParts.set(c, numeric);
  }
  const fileEvidence = orderEvidence(fileNumeric);
  const orderOf = new Map<ColumnAssignment, DateOrder>();
  for (const c of dateCols) {
    if (mapping.dateOrder) {
      orderOf.set(c, mapping.dateOrder);
      continue;
    }
    const own = orderEvidence(numericParts.get(c) ?? []);
    const e = fileEvidence.dayFirst !== fileEvidence.monthFirst ? fileEvidence : own;
    if (e.dayFirst && !e.monthFirst) orderOf.set(c, 'dmy');
    else if (e.monthFirst && !e.dayFirst) orderOf.set(c, 'mdy');
    else {
      orderOf.set(c, 'mdy');
      if (own.numeric) {
        const first = (parts.get(c) ?? []).findIndex((p) => p && !p.ymd);
        const rec = records[first];
        issue(
          Code.AMBIGUOUS_DATE_ORDER,
          'warning',
          `the dates of column "${c.header}" ${e.dayFirst ? 'mix day-first and month-first values' : 'have no day over 12'}, so the order of day and month is unknown; they were read as month/day/year (pass dateOrder to choose)`,
          rec?.row,
          c,
          rec ? cell(rec, c) : undefined,
        );
      }
    }
  }
  const zoneWarned = new Set<ColumnAssignment>();
  /** Wall minutes of a date cell and whether it had a time; reports what it cannot read. */
  const splitText = split;
  const readDate = (
    rec: RowRecord,
    c: ColumnAssignment,
    text: string,
    split = true,
  ): { at: number; timed: boolean } | undefined => {
    // The column's parts were split once for the order evidence (a range's halves were not).
    const p = split ? splitText(text) : parts.get(c)?.[rec.index];
    const at = p ? wallMinutesOf(p, orderOf.get(c) ?? 'mdy') : undefined;
    if (!p || at === undefined) {
      issue(
        Code.INVALID_DATE,
        'warning',
        `row ${rec.row}: "${text}" in column "${c.header}" is not a date; it was left out`,
        rec.row,
        c,
        text,
      );
      return undefined;
    }
    if (p.zoned && !zoneWarned.has(c)) {
      zoneWarned.add(c);
      issue(
        Code.DATE_ZONE_IGNORED,
        'warning',
        `column "${c.header}" has dates with a time zone; their clock time was kept as written`,
        rec.row,
        c,
        text,
      );
    }
    return { at, timed: p.time !== undefined };
  };

  // Ids: the id column, else the row's number under the headers; repeated ones renamed.
  const idCol = single.get('id');
  const byId = new Map<string, RowRecord>();
  for (const rec of records) {
    const written = cell(rec, idCol);
    let id = written || String(rec.dataRow);
    const unsafe = isUnsafeId(id);
    if (unsafe || byId.has(id)) {
      const renamed = slugId(`${id}-row-${rec.row}`, 'task', byId);
      issue(
        Code.DUPLICATE_ID,
        'warning',
        `row ${rec.row}: the id "${id}" is ${unsafe ? 'not allowed' : 'already used'}; the task got the id "${renamed}"`,
        rec.row,
        idCol,
        written,
      );
      id = renamed;
    }
    byId.set(id, rec);
    rec.task.id = id;
  }

  const registry = new Registry(base);
  const usedEntities = { status: false, priority: false };
  const progressCol = single.get('progress');
  const fraction = (() => {
    if (!progressCol) return false;
    const values = records.map((rec) => cell(rec, progressCol)).filter(Boolean);
    return (
      values.every((v) => !v.includes('%') && (parseNumber(v) ?? 2) <= 1) &&
      values.some((v) => {
        const n = parseNumber(v) ?? 0;
        return n > 0 && n < 1;
      })
    );
  })();
  const emailCols = colsOf('emails');
  // Values repeat down a column (dates, durations, percentages): each distinct one is read once.
  const wallText = new Map<number, string>();
  const formatAt = (at: number): string => {
    let text = wallText.get(at);
    if (text === undefined) {
      text = formatWallTime(at);
      wallText.set(at, text);
    }
    return text;
  };
  const amounts = new Map<string, Amount | null>();
  const percents = new Map<string, number | null>();

  for (const rec of records) {
    const t = rec.task;
    const bad = (code: Code, c: ColumnAssignment, value: string, what: string) =>
      issue(
        code,
        'warning',
        `row ${rec.row}: "${value}" in column "${c.header}" is not ${what}; it was left out`,
        rec.row,
        c,
        value,
      );
    let startAt: { at: number; timed: boolean } | undefined;
    let endAt: { at: number; timed: boolean } | undefined;
    for (const c of cols) {
      const v = cell(rec, c);
      if (!v) continue;
      switch (c.target) {
        case 'start':
          startAt = readDate(rec, c, v, false);
          break;
        case 'end':
          endAt = readDate(rec, c, v, false);
          break;
        case 'range': {
          const [a, b] = v.split(RANGE_SEPARATOR);
          startAt = readDate(rec, c, (a ?? '').trim());
          if (b) endAt = readDate(rec, c, b.trim());
          break;
        }
        case 'deadline': {
          const d = readDate(rec, c, v, false);
          if (d) t.deadline = formatAt(d.at);
          break;
        }
        case 'constraintDate': {
          const d = readDate(rec, c, v, false);
          if (d) t.constraint = { ...(t.constraint ?? { type: 'SNET' }), date: formatAt(d.at) };
          break;
        }
        case 'constraintType': {
          const type = parseConstraintType(v);
          if (type) t.constraint = { ...(t.constraint ?? {}), type };
          else bad(Code.INVALID_VALUE, c, v, 'a constraint type');
          break;
        }
        case 'duration': {
          let a = amounts.get(v);
          if (a === undefined) {
            a = parseAmount(v) ?? null;
            amounts.set(v, a);
          }
          if (!a || a.value < 0) bad(Code.INVALID_DURATION, c, v, 'a duration');
          else {
            t.duration = a.value;
            if (a.unit !== 'day') t.durationUnit = a.unit;
          }
          break;
        }
        case 'progress': {
          let p = percents.get(v);
          if (p === undefined) {
            p = parsePercent(v, fraction) ?? null;
            percents.set(v, p);
          }
          if (p === null) bad(Code.INVALID_PROGRESS, c, v, 'a percentage from 0 to 100');
          else t.progress = p;
          break;
        }
        case 'milestone': {
          const yes = parseYesNo(v);
          if (yes === undefined) bad(Code.INVALID_VALUE, c, v, 'yes or no');
          else if (yes) t.type = 'milestone';
          break;
        }
        case 'manual': {
          const m = parseManual(v);
          if (m === undefined) bad(Code.INVALID_VALUE, c, v, 'a task mode');
          else if (m) t.manual = true;
          break;
        }
        case 'assignees': {
          const emails = emailCols.length ? emailCols.flatMap((e) => splitList(cell(rec, e))) : NO_EMAILS;
          const names = splitList(v);
          if (!t.assignees && names.length === 1)
            t.assignees = [registry.person(names[0] as string, emails[0])];
          else {
            const ids = names.map((name, i) => registry.person(name, emails[i]));
            t.assignees = [...new Set([...(t.assignees ?? []), ...ids])];
          }
          break;
        }
        case 'emails':
          if (!cols.some((a) => a.target === 'assignees' && cell(rec, a))) {
            const ids = splitList(v).map((mail) => registry.person(mail));
            t.assignees = [...new Set([...(t.assignees ?? []), ...ids])];
          }
          break;
        case 'status':
          t.status = registry.status(v);
          usedEntities.status = true;
          break;
        case 'priority':
          t.priority = registry.priority(v);
          usedEntities.priority = true;
          break;
        case 'group':
          t.groupId = registry.group(v);
          break;
        case 'release': {
          const id = registry.release(v);
          if (id) t.releaseId = id;
          else
            issue(
              Code.UNKNOWN_RELEASE,
              'warning',
              `row ${rec.row}: no release is named "${v}"; it was left out`,
              rec.row,
              c,
              v,
            );
          break;
        }
        case 'tags':
          t.tags = [...new Set([...(t.tags ?? []), ...splitList(v)])];
          break;
        case 'color':
          t.color = v;
          break;
        case 'custom': {
          const def = customDefs.get(c.index);
          if (!def) break;
          const value = fieldValue(def, v, (text) => readDate(rec, c, text, false)?.at, registry);
          // `null`: a date already reported by readDate.
          if (value === undefined) bad(Code.INVALID_VALUE, c, v, `a ${def.type} value`);
          else if (value !== null) {
            if (!t.fields) t.fields = {};
            t.fields[def.id] = value;
          }
          break;
        }
        default:
          break;
      }
    }
    if (t.duration === 0 && t.type !== 'milestone' && startAt) t.type = 'milestone';
    if (t.type === 'milestone') {
      const at = startAt ?? endAt;
      if (at) t.start = formatAt(at.at);
      delete t.duration;
      delete t.durationUnit;
    } else {
      if (startAt) t.start = formatAt(startAt.at);
      if (endAt) {
        // A date alone is the last day of the task (inclusive); Roadline's end is the instant after.
        const end = endAt.timed ? endAt.at : endAt.at + DAY;
        if (startAt && end < startAt.at) {
          const c = single.get('end') ?? single.get('range');
          issue(
            Code.END_BEFORE_START,
            'warning',
            `row ${rec.row}: the end is before the start; the end was left out`,
            rec.row,
            c,
            c ? cell(rec, c) : undefined,
          );
        } else t.end = formatAt(end);
      }
    }
    if (t.constraint && t.constraint.type !== 'ASAP' && t.constraint.type !== 'ALAP' && !t.constraint.date) {
      const c = single.get('constraintType');
      issue(
        Code.INVALID_VALUE,
        'warning',
        `row ${rec.row}: the constraint ${t.constraint.type} has no date; it was left out`,
        rec.row,
        c,
        c ? cell(rec, c) : undefined,
      );
      delete t.constraint;
    }
  }

  const data: ProjectData = {
    id: options.id ?? base.id ?? 'imported',
    name: options.name ?? base.name ?? 'Imported project',
    tasks: records.map((r) => r.task),
  };
  if (base.calendar) data.calendar = base.calendar;
  if (base.calendars) data.calendars = base.calendars;
  linkTasks(records, byId, single, colsOf, cell, data, issue);
  registry.into(data, usedEntities);
  if (fields.length) data.fields = fields;
  const result: TableImport = { data, issues, mapping };
  if (preview) result.preview = preview;
  return result;
}

/** A custom cell as its field's type; `undefined` when it does not fit. */
function fieldValue(
  def: FieldDef,
  text: string,
  date: (text: string) => number | undefined,
  registry: Registry,
): unknown {
  switch (def.type) {
    case 'number':
      return parseNumber(text);
    case 'date': {
      const at = date(text);
      return at === undefined ? null : formatWallTime(at);
    }
    case 'select': {
      if (!def.options) def.options = [];
      const options = def.options;
      const found = options.find((o) => o.id === text || o.label.toLowerCase() === text.toLowerCase());
      if (found) return found.id;
      const id = slugId(text, 'option', new Set(options.map((o) => o.id)));
      options.push({ id, label: text });
      return id;
    }
    case 'tags':
      return splitList(text);
    case 'person':
      return registry.person(text);
    default:
      return text;
  }
}
