/**
 * `ProjectData` to rows for `toCSV` and `toXLSX`: one row per task in outline order, with the
 * headers `readTable` recognizes, so a file written here reads back to the same tasks, links and
 * fields. A date alone is written for a whole day (the last day of a task, as spreadsheets show
 * it); a time only where the value has one.
 */
import type { Dependency, FieldDef, ProjectData, Task } from '../../model/types.js';
import { formatWallTime, MINUTES_PER_DAY, parseWallTime } from '../../time/wall-time.js';
import { fieldOfHeader } from './headers.js';
import { formatAmount } from './values.js';

/** A cell to write: text, or a number a spreadsheet may compute with. */
export type OutCell = string | number;

/** `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`. */
function dateText(value: string | undefined, inclusiveEnd = false): string {
  if (!value) return '';
  const at = parseWallTime(value);
  if (at === undefined) return value;
  const wholeDay = at % MINUTES_PER_DAY === 0;
  const shown = inclusiveEnd && wholeDay ? at - MINUTES_PER_DAY : at;
  return formatWallTime(shown).replace('T', ' ');
}

/** Tasks parent before children, siblings by `order` then input order. */
function outlineOrder(tasks: readonly Task[]): Task[] {
  const children = new Map<string | undefined, Task[]>();
  const ids = new Set(tasks.map((t) => t.id));
  for (const t of tasks) {
    const parent = t.parentId && ids.has(t.parentId) ? t.parentId : undefined;
    const list = children.get(parent);
    if (list) list.push(t);
    else children.set(parent, [t]);
  }
  const out: Task[] = [];
  const visit = (parent: string | undefined) => {
    const list = [...(children.get(parent) ?? [])];
    list.sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
    for (const t of list) {
      out.push(t);
      visit(t.id);
    }
  };
  visit(undefined);
  return out;
}

function linkText(d: Dependency): string {
  const type = d.type && d.type !== 'FS' ? d.type : '';
  const lag = d.lag ? `${d.lag > 0 ? '+' : '-'}${formatAmount(Math.abs(d.lag), d.lagUnit)}` : '';
  return `${d.from}${type || lag ? type || 'FS' : ''}${lag}`;
}

function joinList(values: string[]): string {
  return values.join(values.some((v) => v.includes(',')) ? '; ' : ', ');
}

/** The header of a custom field: its label, with its id where the label would read as another column. */
function fieldHeader(def: FieldDef, taken: Set<string>): string {
  const clash = fieldOfHeader(def.label) !== undefined || taken.has(def.label.toLowerCase());
  const header = clash ? `${def.label} (${def.id})` : def.label;
  taken.add(header.toLowerCase());
  return header;
}

/** The rows of a table, headers first. */
export function tableRows(data: ProjectData): OutCell[][] {
  const tasks = outlineOrder(data.tasks);
  const people = new Map((data.people ?? []).map((p) => [p.id, p.name]));
  const statuses = new Map((data.statuses ?? []).map((s) => [s.id, s.label]));
  const priorities = new Map((data.priorities ?? []).map((p) => [p.id, p.label]));
  const groups = new Map((data.groups ?? []).map((g) => [g.id, g.name]));
  const releases = new Map((data.releases ?? []).map((r) => [r.id, r.name]));
  const preds = new Map<string, Dependency[]>();
  for (const d of data.dependencies ?? []) {
    const list = preds.get(d.to);
    if (list) list.push(d);
    else preds.set(d.to, [d]);
  }
  const any = (f: (t: Task) => unknown) => tasks.some((t) => f(t) !== undefined && f(t) !== false);
  type Column = [string, (t: Task) => OutCell];
  const columns: Column[] = [
    ['ID', (t) => t.id],
    ['Name', (t) => t.name],
    ['Parent', (t) => t.parentId ?? ''],
    ['Start', (t) => dateText(t.start)],
    ['Finish', (t) => (t.type === 'milestone' ? dateText(t.start) : dateText(t.end, true))],
    [
      'Duration',
      (t) =>
        t.type === 'milestone'
          ? '0d'
          : t.duration === undefined
            ? ''
            : formatAmount(t.duration, t.durationUnit),
    ],
    ['% Complete', (t) => t.progress ?? ''],
    ['Predecessors', (t) => (preds.get(t.id) ?? []).map(linkText).join('; ')],
    ['Assigned To', (t) => joinList((t.assignees ?? []).map((id) => people.get(id) ?? id))],
    ['Status', (t) => (t.status ? (statuses.get(t.status) ?? t.status) : '')],
  ];
  const optional: [string, (t: Task) => unknown, (t: Task) => OutCell][] = [
    ['Milestone', (t) => t.type === 'milestone' || undefined, (t) => (t.type === 'milestone' ? 'Yes' : '')],
    ['Priority', (t) => t.priority, (t) => (t.priority ? (priorities.get(t.priority) ?? t.priority) : '')],
    ['Tags', (t) => t.tags?.length || undefined, (t) => joinList(t.tags ?? [])],
    ['Group', (t) => t.groupId, (t) => (t.groupId ? (groups.get(t.groupId) ?? t.groupId) : '')],
    ['Release', (t) => t.releaseId, (t) => (t.releaseId ? (releases.get(t.releaseId) ?? t.releaseId) : '')],
    ['Deadline', (t) => t.deadline, (t) => dateText(t.deadline)],
    ['Constraint Type', (t) => t.constraint, (t) => t.constraint?.type ?? ''],
    ['Constraint Date', (t) => t.constraint?.date, (t) => dateText(t.constraint?.date)],
    ['Manual', (t) => t.manual || undefined, (t) => (t.manual ? 'Yes' : '')],
    ['Color', (t) => t.color, (t) => t.color ?? ''],
  ];
  for (const [header, has, value] of optional) if (any(has)) columns.push([header, value]);
  const taken = new Set(columns.map(([h]) => h.toLowerCase()));
  for (const def of data.fields ?? []) {
    if (!tasks.some((t) => t.fields?.[def.id] !== undefined && t.fields?.[def.id] !== null)) continue;
    columns.push([fieldHeader(def, taken), (t) => fieldCell(def, t.fields?.[def.id], people)]);
  }
  const rows: OutCell[][] = [columns.map(([h]) => h)];
  for (const t of tasks) rows.push(columns.map(([, value]) => value(t)));
  return rows;
}

function fieldCell(def: FieldDef, value: unknown, people: Map<string, string>): OutCell {
  if (value === undefined || value === null) return '';
  switch (def.type) {
    case 'number':
      return typeof value === 'number' ? value : String(value);
    case 'date':
      return dateText(String(value));
    case 'select':
      return def.options?.find((o) => o.id === value)?.label ?? String(value);
    case 'tags':
      return Array.isArray(value) ? joinList(value.map(String)) : String(value);
    case 'person':
      return people.get(String(value)) ?? String(value);
    default:
      return String(value);
  }
}

/**
 * A text cell a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a
 * carriage return) gets a leading apostrophe, as OWASP advises for CSV; `readTable` removes it.
 */
export function guardFormula(text: string): string {
  // Text that already starts with apostrophes before such a character gets one more, so that
  // removing one on import gives it back.
  return /^'*[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** What {@link guardFormula} added, removed: one apostrophe before `'*[=+-@\t\r]`. */
export function unguardFormula(text: string): string {
  return text.charCodeAt(0) === 39 && /^''*[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
