import type { Translate } from '../i18n/catalogue.js';
import { type FieldDef, formatWallTime, type Project, parseWallTime, type Task } from '@roadline/core';
import { milestoneShownAt, shownEnd, shownStart } from '@roadline/core/views/dates';
import {
  type ColumnConfig,
  type ColumnDef as GridColumnDef,
  resolveColumns as resolveGridColumns,
} from '@roadline/core/views/grid';
import { taskCalendar } from '../base/task-calendar.js';
import { planTaskDates, taskFacts } from '../base/task-facts.js';
import { isLeaf, readOnly, selectOptions, taskChange, typedNumber } from './column-kit.js';
import { type CellFormat, dayAfter, isoDay, isoLastDay } from './format.js';
import { PLANNER_COLUMN_IDS, PLANNER_COLUMNS, type PlannerColumnId } from './planner-columns.js';
import { assignmentsColumn } from './assignment-column.js';
import type { AssignmentText } from '@roadline/core/views/grid';
import { formatPredecessors, type PredecessorSpec, parsePredecessors } from './predecessors.js';

/** What a cell's reader and editor can look up: the store, the formatters and the WBS row numbers. */
export interface ColumnContext {
  readonly project: Project;
  readonly format: CellFormat;
  /** The 1-based WBS row number of a task (the number predecessors refer to). */
  rowOf(id: string): number;
  /** The task on a 1-based WBS row. */
  idAt(row: number): string | undefined;
  /** The baseline (by id) the baseline columns read: the latest when `undefined`, none when `''`. */
  readonly baseline?: string | undefined;
}

/** A change a cell editor asks for: a patch of the task, or a new set of predecessor links. */
export type CellChange =
  | { readonly kind: 'task'; readonly patch: Readonly<Partial<Omit<Task, 'id'>>> }
  | { readonly kind: 'predecessors'; readonly links: readonly PredecessorSpec[] }
  | { readonly kind: 'assignments'; readonly entries: readonly AssignmentText[] };

/** How a cell is edited: the input it shows. */
export type EditorKind = 'text' | 'number' | 'date' | 'select' | 'none';

/** A choice of a `select` editor; the empty value means none. */
export interface EditorOption {
  readonly value: string;
  readonly label: string;
}

/**
 * One column of the task grid: how it reads, shows, sorts and edits a task. Readers run only for
 * the rows in view (and once per task when sorting), so they stay cheap.
 */
export interface ColumnDef extends GridColumnDef<Readonly<Task>, ColumnContext, CellChange> {
  readonly id: string;
  readonly header: string;
  /** Default width in CSS pixels. */
  readonly width: number;
  readonly minWidth: number;
  /** Numbers and dates line up at the end of the cell. */
  readonly align: 'start' | 'end';
  readonly editor: EditorKind;
  /** The value to sort by. */
  sortValue(task: Readonly<Task>, ctx: ColumnContext): string | number | undefined;
  /** The text a cell shows. */
  text(task: Readonly<Task>, ctx: ColumnContext): string;
  /** Whether the cell of this task can be edited (summaries roll their dates up, say). */
  editable(task: Readonly<Task>, ctx: ColumnContext): boolean;
  /** The editor's starting value. */
  editValue(task: Readonly<Task>, ctx: ColumnContext): string;
  /** The choices of a `select` editor. */
  options?(ctx: ColumnContext): readonly EditorOption[];
  /** Reads what was typed: a change, or a message saying what is wrong. */
  parse(value: string, task: Readonly<Task>, ctx: ColumnContext): CellChange | string;
}

/** The built-in column ids; custom fields are `field:<fieldId>`. */
export type BuiltinColumnId =
  | PlannerColumnId
  | 'row'
  | 'name'
  | 'start'
  | 'end'
  | 'duration'
  | 'progress'
  | 'assignees'
  | 'assignments'
  | 'status'
  | 'priority'
  | 'predecessors';

/** A column as a host configures it: an id, or an id with a width and a header of its own. */
export type { ColumnConfig };

/** The columns shown when the host configures none. */
export const DEFAULT_COLUMNS: readonly string[] = ['row', 'name', 'start', 'end', 'duration', 'progress'];

/** Every built-in column, in the order the column menu lists them. */
export const BUILTIN_COLUMNS: readonly BuiltinColumnId[] = [
  'row',
  'name',
  'start',
  'end',
  'duration',
  'progress',
  'assignees',
  'assignments',
  'status',
  'priority',
  'predecessors',
  ...PLANNER_COLUMN_IDS,
];

const UNIT_SHORT = {
  minute: 'unit.minutesShort',
  hour: 'unit.hoursShort',
  day: 'unit.daysShort',
  week: 'unit.weeksShort',
} as const;

const task = taskChange;

/**
 * The progress a cell shows: a leaf's own, a summary's rolled up from its leaves (duration-weighted,
 * whole percent; its own stored value is ignored).
 */
const progressOf = (t: Readonly<Task>, ctx: ColumnContext): number =>
  ctx.project.isSummary(t.id) ? Math.round(ctx.project.rolledUpProgress(t.id) ?? 0) : (t.progress ?? 0);

const startOf = (t: Readonly<Task>, ctx: ColumnContext): string | undefined => shownStart(ctx.project, t);
const endOf = (t: Readonly<Task>, ctx: ColumnContext): string | undefined => shownEnd(ctx.project, t);

/**
 * The day a milestone is read on: one at the midnight that ends a working day (after a task that
 * ends on Friday) reads as that Friday, as the timeline's bar and tooltip do.
 */
function milestoneDay(t: Readonly<Task>, ctx: ColumnContext): string | undefined {
  const start = startOf(t, ctx);
  const at = start === undefined ? undefined : parseWallTime(start);
  if (at === undefined) return start;
  return formatWallTime(milestoneShownAt(at, taskCalendar(ctx.project, t.calendarId)));
}

/**
 * The patch for dates typed into the grid: what `rl-timeline` makes for the same drag of the bar
 * (a new start moves the task, a new end resizes it from the start shown). Both shown dates are
 * written on a resize, so the store derives the duration from them and not from an input start
 * the engine has since moved; a linked, auto-scheduled task gets an SNET at its start. A task
 * without dates yet just takes the typed one.
 */
function datePatch(ctx: ColumnContext, t: Readonly<Task>, start: string, end?: string): CellChange {
  const facts = taskFacts(ctx.project, t.id);
  const from = parseWallTime(start);
  const to = end === undefined ? undefined : parseWallTime(end);
  if (facts === undefined || from === undefined) return task(end === undefined ? { start } : { end });
  return task(planTaskDates(ctx.project, facts, to === undefined ? 'move' : 'span', from, to) ?? {});
}

const BUILTIN: Record<BuiltinColumnId, ColumnDef> = {
  ...PLANNER_COLUMNS,
  row: readOnly('row', '#', 48, (t, ctx) => String(ctx.rowOf(t.id))),
  name: {
    id: 'name',
    header: 'Name',
    width: 240,
    minWidth: 80,
    align: 'start',
    editor: 'text',
    sortValue: (t) => t.name,
    text: (t) => t.name,
    editable: () => true,
    editValue: (t) => t.name,
    parse: (value, _t, ctx) =>
      value.trim() === '' ? ctx.format.t('edit.nameRequired') : task({ name: value.trim() }),
  },
  start: {
    id: 'start',
    header: 'Start',
    // Fits the widest default date ("Wed, 28 Jan 2026") at the default font size.
    width: 156,
    minWidth: 60,
    align: 'end',
    editor: 'date',
    sortValue: (t, ctx) => startOf(t, ctx),
    text: (t, ctx) => ctx.format.day(t.type === 'milestone' ? milestoneDay(t, ctx) : startOf(t, ctx)),
    editable: isLeaf,
    editValue: (t, ctx) => isoDay(startOf(t, ctx)),
    parse(value, t, ctx) {
      if (isoDay(value) === '') return ctx.format.t('edit.enterDate');
      // As in Microsoft Project, a date typed for a linked task holds it there (start no earlier than).
      return datePatch(ctx, t, value);
    },
  },
  end: {
    id: 'end',
    header: 'End',
    width: 156,
    minWidth: 60,
    align: 'end',
    editor: 'date',
    sortValue: (t, ctx) => endOf(t, ctx),
    text: (t, ctx) =>
      t.type === 'milestone'
        ? ctx.format.day(milestoneDay(t, ctx))
        : ctx.format.lastDay(startOf(t, ctx), endOf(t, ctx)),
    editable: (t, ctx) => isLeaf(t, ctx) && t.type !== 'milestone',
    editValue: (t, ctx) => isoLastDay(startOf(t, ctx), endOf(t, ctx)),
    parse(value, t, ctx) {
      const end = dayAfter(value);
      if (end === undefined || isoDay(value) === '') return ctx.format.t('edit.enterDate');
      const shown = startOf(t, ctx);
      const start = isoDay(shown);
      if (start !== '' && value < start) return ctx.format.t('edit.endBeforeStart');
      return shown === undefined ? task({ end }) : datePatch(ctx, t, shown, end);
    },
  },
  duration: {
    id: 'duration',
    header: 'Duration',
    width: 90,
    minWidth: 50,
    align: 'end',
    editor: 'number',
    sortValue: (t) => t.duration,
    text: (t, ctx) =>
      t.duration === undefined
        ? ''
        : ctx.format.t(UNIT_SHORT[t.durationUnit ?? 'day'], { count: t.duration }),
    editable: (t, ctx) => isLeaf(t, ctx) && t.type !== 'milestone',
    editValue: (t) => (t.duration === undefined ? '' : String(t.duration)),
    parse(value, _t, ctx) {
      const n = typedNumber(value);
      if (n === undefined || n < 0) return ctx.format.t('edit.durationRange');
      return task({ duration: n });
    },
  },
  progress: {
    id: 'progress',
    header: 'Progress',
    width: 90,
    minWidth: 50,
    align: 'end',
    editor: 'number',
    sortValue: (t, ctx) => progressOf(t, ctx),
    text: (t, ctx) => ctx.format.t('unit.percent', { value: progressOf(t, ctx) }),
    editable: isLeaf,
    editValue: (t) => String(t.progress ?? 0),
    parse(value, _t, ctx) {
      const n = typedNumber(value);
      if (n === undefined || n < 0 || n > 100) return ctx.format.t('edit.progressRange');
      return task({ progress: n });
    },
  },
  assignees: {
    id: 'assignees',
    header: 'Assignees',
    width: 160,
    minWidth: 60,
    align: 'start',
    editor: 'text',
    sortValue: (t, ctx) => BUILTIN.assignees.text(t, ctx),
    text: (t, ctx) => ctx.format.names((t.assignees ?? []).map((p) => ctx.project.person(p)?.name ?? p)),
    editable: () => true,
    editValue: (t, ctx) => (t.assignees ?? []).map((p) => ctx.project.person(p)?.name ?? p).join(', '),
    parse(value, _t, ctx) {
      const byName = new Map(ctx.project.people().map((p) => [p.name.toLowerCase(), p.id]));
      const ids: string[] = [];
      for (const raw of value.split(',')) {
        const name = raw.trim();
        if (name === '') continue;
        const id = byName.get(name.toLowerCase());
        if (id === undefined) return ctx.format.t('edit.unknownPerson', { name });
        if (!ids.includes(id)) ids.push(id);
      }
      return task({ assignees: ids });
    },
  },
  assignments: assignmentsColumn,
  status: {
    id: 'status',
    header: 'Status',
    width: 120,
    minWidth: 60,
    align: 'start',
    editor: 'select',
    sortValue: (t, ctx) => BUILTIN.status.text(t, ctx),
    text: (t, ctx) => (t.status === undefined ? '' : (ctx.project.status(t.status)?.label ?? t.status)),
    editable: () => true,
    editValue: (t) => t.status ?? '',
    options: (ctx) => selectOptions(ctx.project.statuses()),
    parse: (value) => task({ status: value === '' ? undefined : value }),
  },
  priority: {
    id: 'priority',
    header: 'Priority',
    width: 110,
    minWidth: 60,
    align: 'start',
    editor: 'select',
    sortValue: (t, ctx) => (t.priority === undefined ? undefined : ctx.project.priority(t.priority)?.rank),
    text: (t, ctx) =>
      t.priority === undefined ? '' : (ctx.project.priority(t.priority)?.label ?? t.priority),
    editable: () => true,
    editValue: (t) => t.priority ?? '',
    options: (ctx) => selectOptions(ctx.project.priorities()),
    parse: (value) => task({ priority: value === '' ? undefined : value }),
  },
  predecessors: {
    id: 'predecessors',
    header: 'Predecessors',
    width: 120,
    minWidth: 60,
    align: 'start',
    editor: 'text',
    sortValue: (t, ctx) => BUILTIN.predecessors.text(t, ctx),
    text: (t, ctx) => formatPredecessors(ctx.project.predecessors(t.id), (id) => ctx.rowOf(id)),
    editable: () => true,
    editValue: (t, ctx) => BUILTIN.predecessors.text(t, ctx),
    parse(value, t, ctx) {
      const links = parsePredecessors(value, (row) => ctx.idAt(row), ctx.format.t);
      if (typeof links === 'string') return links;
      if (links.some((l) => l.from === t.id)) return ctx.format.t('edit.selfPredecessor');
      return { kind: 'predecessors', links };
    },
  },
};

function fieldColumn(field: Readonly<FieldDef>): ColumnDef {
  const read = (t: Readonly<Task>): unknown => t.fields?.[field.id];
  const raw = (t: Readonly<Task>): string => {
    const v = read(t);
    if (v === undefined || v === null) return '';
    return Array.isArray(v) ? v.map(String).join(', ') : String(v);
  };
  const write = (t: Readonly<Task>, value: unknown): CellChange => {
    const fields: Record<string, unknown> = { ...(t.fields ?? {}) };
    if (value === undefined) delete fields[field.id];
    else fields[field.id] = value;
    return task({ fields });
  };
  const options = field.options ?? [];
  const editor: EditorKind =
    field.type === 'number'
      ? 'number'
      : field.type === 'date'
        ? 'date'
        : field.type === 'select'
          ? 'select'
          : 'text';
  return {
    id: `field:${field.id}`,
    header: field.label,
    width: 120,
    minWidth: 50,
    align: field.type === 'number' || field.type === 'date' ? 'end' : 'start',
    editor,
    sortValue: (t) => {
      const v = read(t);
      return typeof v === 'number' ? v : raw(t);
    },
    text(t, ctx) {
      const v = read(t);
      if (field.type === 'number' && typeof v === 'number') return ctx.format.num(v);
      if (field.type === 'date' && typeof v === 'string') return ctx.format.day(v);
      if (field.type === 'select') return options.find((o) => o.id === v)?.label ?? raw(t);
      return raw(t);
    },
    editable: () => true,
    editValue: raw,
    options: () => selectOptions(options),
    parse(value, t, ctx) {
      if (value.trim() === '') return write(t, undefined);
      if (field.type === 'number') {
        const n = typedNumber(value);
        return n === undefined ? ctx.format.t('edit.isNumber', { column: field.label }) : write(t, n);
      }
      if (field.type === 'date')
        return isoDay(value) === '' ? ctx.format.t('edit.enterDate') : write(t, value);
      if (field.type === 'tags')
        return write(
          t,
          value
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        );
      return write(t, value);
    },
  };
}

/** Built-in definitions with their header in another language, one object per def and header. */
const byHeader = new WeakMap<ColumnDef, Map<string, ColumnDef>>();

/** `def` with its header from the catalogue (`column.<id>`); `def` itself in English. */
function translated(def: ColumnDef, t: Translate | undefined): ColumnDef {
  if (!t) return def;
  const header = t(`column.${def.id as BuiltinColumnId}`);
  if (header === def.header) return def;
  let made = byHeader.get(def);
  if (!made) {
    made = new Map();
    byHeader.set(def, made);
  }
  let found = made.get(header);
  if (!found) {
    found = { ...def, header };
    made.set(header, found);
  }
  return found;
}

/**
 * The column definitions for a host's configuration, in its order: built-in ids, `field:<id>`
 * for a custom field of the project, each optionally with its own width and header. Unknown ids
 * are skipped. With `t` (a `LocaleController`'s), built-in headers are in its language.
 */
export function resolveColumns(
  config: readonly ColumnConfig[],
  project: Project | undefined,
  t?: Translate,
): ColumnDef[] {
  return resolveGridColumns(config, (id) => {
    if (Object.hasOwn(BUILTIN, id)) return translated(BUILTIN[id as BuiltinColumnId], t);
    const field = id.startsWith('field:') ? project?.field(id.slice(6)) : undefined;
    return field ? fieldColumn(field) : undefined;
  });
}
