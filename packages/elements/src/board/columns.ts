import type { Translate } from '../i18n/catalogue.js';
import { type FieldDef, parseWallTime, type Project, type Task, type TaskField } from '@roadline/core';
import { type BoardOption, type BoardPatch, boardFieldOptions } from '@roadline/core/views/board';
import type { ColumnDef as GridColumnDef } from '@roadline/core/views/grid';
import { dueDay, endForDueDay, shownEnd, shownStart, taskDates } from '@roadline/core/views/dates';
import { taskCalendar } from '../base/task-calendar.js';
import { datesPatch } from './date-edit.js';
import { formatDay } from './format.js';

/** How a table column shows and edits its value. */
export type ColumnKind =
  | 'text'
  | 'number'
  | 'date'
  | 'status'
  | 'person'
  | 'priority'
  | 'tags'
  | 'progress'
  | 'timeline'
  | 'select'
  | 'link';

/** What a column needs besides the task: the store (for labels) and today. */
export interface ColumnContext {
  project: Project;
  today: string;
  /** The table's words in its language. */
  t: Translate;
  /** The table's language tag, for dates. */
  language: string;
}

/** The outcome of parsing an editor's value: the change to make, or why it is refused. */
export type ParseResult = { patch: BoardPatch } | { error: string };

/** One typed column of the board table: the grid's column with a kind and a query sort. */
export interface ColumnDef extends GridColumnDef<Readonly<Task>, ColumnContext, { patch: BoardPatch }> {
  id: string;
  header: string;
  kind: ColumnKind;
  /** Default width in CSS pixels (the user may resize it). */
  width: number;
  /** The narrowest a resize may make it. */
  minWidth: number;
  /** The value as text (what a cell shows, what search reads). */
  text(task: Readonly<Task>, ctx: ColumnContext): string;
  /**
   * How the column sorts: a core query field (`status` in catalog order, `priority` by rank,
   * `assignees` by name, text naturally, `fields.<id>` by its type) or a reader (dates: the shown
   * ones, by instant).
   */
  sort: TaskField | ((task: Readonly<Task>, ctx: ColumnContext) => string | number | undefined);
  /** The editor's starting value; `undefined` for a read-only column. */
  editValue?(task: Readonly<Task>, ctx: ColumnContext): string;
  /** Checks and converts the editor's value (for `timeline`: `start/due`). */
  parse?(input: string, task: Readonly<Task>, ctx: ColumnContext): ParseResult;
  /** The choices of select-like editors. */
  options?(ctx: ColumnContext): BoardOption[];
  /** Number columns: the value to total in a group's summary, and how. */
  number?(task: Readonly<Task>): number | undefined;
  summary?: 'sum' | 'average';
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function validDay(value: string): boolean {
  return DAY.test(value) && parseWallTime(value) !== undefined;
}

function optionLabel(options: BoardOption[], value: string | undefined): string {
  return value === undefined ? '' : (options.find((o) => o.value === value)?.label ?? value);
}

function choose(
  ctx: ColumnContext,
  input: string,
  options: BoardOption[],
  patch: (v: string | undefined) => BoardPatch,
): ParseResult {
  if (input === '') return { patch: patch(undefined) };
  if (!options.some((o) => o.value === input))
    return { error: ctx.t('board.notAChoice', { value: JSON.stringify(input) }) };
  return { patch: patch(input) };
}

function parseNumber(t: Translate, input: string, min?: number, max?: number): number | string | undefined {
  const text = input.trim();
  if (text === '') return undefined;
  const n = Number(text);
  if (!Number.isFinite(n)) return t('board.notANumber', { value: JSON.stringify(input) });
  if (min !== undefined && n < min) return t('board.atLeast', { min });
  if (max !== undefined && n > max) return t('board.atMost', { max });
  return n;
}

function tagsOf(input: string): string[] | undefined {
  const tags = Array.from(
    new Set(
      input
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  );
  return tags.length > 0 ? tags : undefined;
}

/** The built-in columns, by id. */
export const BUILT_IN_COLUMNS: readonly ColumnDef[] = [
  {
    id: 'name',
    header: 'Item',
    kind: 'text',
    width: 260,
    minWidth: 120,
    text: (t) => t.name,
    sort: 'name',
    editValue: (t) => t.name,
    parse: (input, _t, ctx) =>
      input.trim() === '' ? { error: ctx.t('board.nameRequired') } : { patch: { name: input.trim() } },
  },
  {
    id: 'status',
    header: 'Status',
    kind: 'status',
    width: 140,
    minWidth: 60,
    text: (t, ctx) => optionLabel(boardFieldOptions(ctx.project, 'status', false), t.status),
    sort: 'status',
    editValue: (t) => t.status ?? '',
    options: (ctx) => boardFieldOptions(ctx.project, 'status', false),
    parse: (input, _t, ctx) =>
      choose(ctx, input, boardFieldOptions(ctx.project, 'status', false), (status) => ({ status })),
  },
  {
    id: 'person',
    header: 'Person',
    kind: 'person',
    width: 150,
    minWidth: 60,
    text: (t, ctx) => (t.assignees ?? []).map((p) => ctx.project.person(p)?.name ?? p).join(', '),
    sort: 'assignees',
    editValue: (t) => t.assignees?.[0] ?? '',
    options: (ctx) => boardFieldOptions(ctx.project, 'person', false),
    parse: (input, _t, ctx) =>
      choose(ctx, input, boardFieldOptions(ctx.project, 'person', false), (p) => ({
        assignees: p === undefined ? undefined : [p],
      })),
  },
  {
    id: 'priority',
    header: 'Priority',
    kind: 'priority',
    width: 120,
    minWidth: 60,
    text: (t, ctx) => optionLabel(boardFieldOptions(ctx.project, 'priority', false), t.priority),
    sort: 'priority',
    editValue: (t) => t.priority ?? '',
    options: (ctx) => boardFieldOptions(ctx.project, 'priority', false),
    parse: (input, _t, ctx) =>
      choose(ctx, input, boardFieldOptions(ctx.project, 'priority', false), (priority) => ({ priority })),
  },
  {
    id: 'timeline',
    header: 'Timeline',
    kind: 'timeline',
    width: 200,
    minWidth: 60,
    text: (t, ctx) => {
      const { start, end } = taskDates(ctx.project, t);
      const due = dueDay(end, start, taskCalendar(ctx.project, t.calendarId));
      return start && due
        ? ctx.t('span.range', {
            start: formatDay(start.slice(0, 10), ctx.language),
            end: formatDay(due, ctx.language),
          })
        : '';
    },
    sort: (t, ctx) => parseWallTime(shownStart(ctx.project, t) ?? ''),
    editValue: (t, ctx) => {
      const { start, end } = taskDates(ctx.project, t);
      return `${start?.slice(0, 10) ?? ''}/${dueDay(end, start, taskCalendar(ctx.project, t.calendarId)) ?? ''}`;
    },
    parse: (input, t, ctx) => {
      const [start = '', due = ''] = input.split('/');
      if (!validDay(start) || !validDay(due)) return { error: ctx.t('board.startAndDue') };
      if (due < start) return { error: ctx.t('board.dueBeforeStart') };
      return { patch: datesPatch(ctx.project, t, start, endForDueDay(due) ?? due) };
    },
  },
  {
    id: 'due',
    header: 'Due',
    kind: 'date',
    width: 130,
    minWidth: 60,
    text: (t, ctx) => {
      const { start, end } = taskDates(ctx.project, t);
      return formatDay(dueDay(end, start, taskCalendar(ctx.project, t.calendarId)), ctx.language);
    },
    sort: (t, ctx) => parseWallTime(shownEnd(ctx.project, t) ?? ''),
    editValue: (t, ctx) => {
      const { start, end } = taskDates(ctx.project, t);
      return dueDay(end, start, taskCalendar(ctx.project, t.calendarId)) ?? '';
    },
    parse: (input, t, ctx) => {
      if (!validDay(input)) return { error: ctx.t('board.notADate') };
      const shown = taskDates(ctx.project, t);
      const end = endForDueDay(input) ?? input;
      // Without a start there is nothing to keep: the end alone is the change.
      if (shown.start === undefined) return { patch: { end } };
      // A milestone is due the day it happens: a new due date moves it.
      if (shown.end !== undefined && shown.end <= shown.start)
        return { patch: datesPatch(ctx.project, t, input, input) };
      if (input < shown.start.slice(0, 10)) return { error: ctx.t('board.dueBeforeStart') };
      return { patch: datesPatch(ctx.project, t, shown.start, end) };
    },
  },
  {
    id: 'progress',
    header: 'Progress',
    kind: 'progress',
    width: 120,
    minWidth: 60,
    text: (t, ctx) => ctx.t('unit.percent', { value: Math.round(t.progress ?? 0) }),
    // Unset progress shows as 0%, so it sorts as 0 rather than last.
    sort: (t) => t.progress ?? 0,
    editValue: (t) => String(t.progress ?? 0),
    parse: (input, _t, ctx) => {
      const n = parseNumber(ctx.t, input.replace('%', ''), 0, 100);
      if (typeof n === 'string') return { error: n };
      return { patch: { progress: n } };
    },
    number: (t) => t.progress ?? 0,
    summary: 'average',
  },
  {
    id: 'duration',
    header: 'Duration',
    kind: 'number',
    width: 100,
    minWidth: 60,
    text: (t) =>
      t.duration === undefined
        ? ''
        : `${t.duration} ${t.durationUnit ?? 'day'}${t.duration === 1 ? '' : 's'}`,
    sort: 'duration',
    editValue: (t) => (t.duration === undefined ? '' : String(t.duration)),
    parse: (input, _t, ctx) => {
      const n = parseNumber(ctx.t, input, 0);
      if (typeof n === 'string') return { error: n };
      if (n === undefined) return { error: ctx.t('board.durationRequired') };
      return { patch: { duration: n } };
    },
    number: (t) => t.duration,
    summary: 'sum',
  },
  {
    id: 'tags',
    header: 'Tags',
    kind: 'tags',
    width: 160,
    minWidth: 60,
    text: (t) => (t.tags ?? []).join(', '),
    sort: 'tags',
    editValue: (t) => (t.tags ?? []).join(', '),
    parse: (input) => ({ patch: { tags: tagsOf(input) } }),
  },
];

/** The columns a new board table shows. */
export const DEFAULT_COLUMNS = ['name', 'status', 'person', 'priority', 'timeline', 'progress'];

/** A column for a custom field (`field:<id>`), typed by the field's type. */
export function fieldColumn(def: Readonly<FieldDef>): ColumnDef {
  const read = (t: Readonly<Task>): unknown =>
    t.fields !== undefined && Object.hasOwn(t.fields, def.id) ? t.fields[def.id] : undefined;
  const write = (t: Readonly<Task>, value: unknown): BoardPatch => {
    const fields: Record<string, unknown> = { ...t.fields };
    if (value === undefined) delete fields[def.id];
    else fields[def.id] = value;
    return { fields: Object.keys(fields).length > 0 ? fields : undefined };
  };
  const asText = (t: Readonly<Task>): string => {
    const v = read(t);
    return typeof v === 'string' || typeof v === 'number' ? String(v) : Array.isArray(v) ? v.join(', ') : '';
  };
  const base = {
    id: `field:${def.id}`,
    header: def.label,
    width: 140,
    minWidth: 60,
    sort: `fields.${def.id}`,
  };
  switch (def.type) {
    case 'number':
      return {
        ...base,
        kind: 'number',
        text: asText,
        editValue: asText,
        parse: (input, t, ctx) => {
          const n = parseNumber(ctx.t, input);
          return typeof n === 'string' ? { error: n } : { patch: write(t, n) };
        },
        number: (t) => (typeof read(t) === 'number' ? (read(t) as number) : undefined),
        summary: 'sum',
      };
    case 'date':
      return {
        ...base,
        kind: 'date',
        text: (t, ctx) =>
          formatDay(typeof read(t) === 'string' ? (read(t) as string) : undefined, ctx.language),
        editValue: asText,
        parse: (input, t, ctx) =>
          input === ''
            ? { patch: write(t, undefined) }
            : validDay(input)
              ? { patch: write(t, input) }
              : { error: ctx.t('board.notADate') },
      };
    case 'select':
    case 'person': {
      const options = (ctx: ColumnContext) => boardFieldOptions(ctx.project, def.id, false);
      return {
        ...base,
        kind: def.type === 'person' ? 'person' : 'select',
        text: (t, ctx) =>
          optionLabel(options(ctx), typeof read(t) === 'string' ? (read(t) as string) : undefined),
        editValue: asText,
        options,
        parse: (input, t, ctx) => choose(ctx, input, options(ctx), (v) => write(t, v)),
      };
    }
    case 'tags':
      return {
        ...base,
        kind: 'tags',
        text: asText,
        editValue: asText,
        parse: (input, t) => ({ patch: write(t, tagsOf(input)) }),
      };
    default:
      return {
        ...base,
        kind: def.type === 'link' ? 'link' : 'text',
        text: asText,
        editValue: asText,
        parse: (input, t, ctx) => {
          const v = input.trim();
          if (def.type === 'link' && v !== '' && !/^https?:\/\/\S+$/i.test(v))
            return { error: ctx.t('board.notALink') };
          return { patch: write(t, v === '' ? undefined : v) };
        },
      };
  }
}

/** Every column a project offers: the built-ins, then one per custom field. */
export function availableColumns(project: Project, t?: Translate): ColumnDef[] {
  const builtIn = t
    ? BUILT_IN_COLUMNS.map((c) => ({ ...c, header: t(`board.column.${c.id as BuiltInId}`) }))
    : BUILT_IN_COLUMNS;
  return [...builtIn, ...project.fields().map((f) => fieldColumn(f))];
}

/** The ids of the built-in columns (their headers are `board.column.<id>` in the catalogue). */
type BuiltInId =
  | 'name'
  | 'status'
  | 'person'
  | 'priority'
  | 'timeline'
  | 'due'
  | 'progress'
  | 'duration'
  | 'tags';
