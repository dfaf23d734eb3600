import { type Baseline, type ConstraintType, parseWallTime, type Task } from '@roadline/core';
import { deadlineDue, missesDeadline, shownEnd, shownStart } from '@roadline/core/views/dates';
import { wbsCode } from '@roadline/core/views/grid';
import { shownBaseline } from '../base/baselines.js';
import { taskCalendar } from '../base/task-calendar.js';
import { isLeaf, readOnly, selectOptions, taskChange } from './column-kit.js';
import type { ColumnContext, ColumnDef, EditorOption } from './columns.js';
import { dayAfter, isoDay, isoLastDay } from './format.js';

/**
 * The columns a project manager reads beside the plan: constraint and its date, scheduling mode,
 * calendar, deadline (and how late the task ends against it), WBS code, slack, the baseline's dates and the variance against them, notes. Slack and
 * variance are in working days of the task's calendar; the baseline is the one the grid's `baseline` names,
 * the latest one taken by default (as the timeline draws it).
 */
export type PlannerColumnId =
  | 'wbs'
  | 'constraint'
  | 'constraintDate'
  | 'mode'
  | 'calendar'
  | 'deadline'
  | 'totalSlack'
  | 'freeSlack'
  | 'baselineStart'
  | 'baselineEnd'
  | 'startVariance'
  | 'endVariance'
  | 'notes';

export const PLANNER_COLUMN_IDS: readonly PlannerColumnId[] = [
  'wbs',
  'constraint',
  'constraintDate',
  'mode',
  'calendar',
  'deadline',
  'totalSlack',
  'freeSlack',
  'baselineStart',
  'baselineEnd',
  'startVariance',
  'endVariance',
  'notes',
];

const CONSTRAINTS: readonly ConstraintType[] = ['ASAP', 'ALAP', 'SNET', 'SNLT', 'FNET', 'FNLT', 'MSO', 'MFO'];

const constraintOptions = (ctx: ColumnContext): EditorOption[] =>
  CONSTRAINTS.map((id) => ({ value: id, label: ctx.format.t(`constraint.${id}`) }));
const modeOptions = (ctx: ColumnContext): EditorOption[] => [
  { value: 'auto', label: ctx.format.t('mode.auto') },
  { value: 'manual', label: ctx.format.t('mode.manual') },
];

const needsDate = (type: ConstraintType | undefined): boolean =>
  type !== undefined && type !== 'ASAP' && type !== 'ALAP';
/** A finish constraint's date is an exclusive end (00:00 after the day it names). */
const onFinish = (type: ConstraintType | undefined): boolean =>
  type === 'FNET' || type === 'FNLT' || type === 'MFO';

/** A task's dates in the chosen baseline (the latest by default). */
function baselineOf(t: Readonly<Task>, ctx: ColumnContext): Baseline['tasks'][string] | undefined {
  return shownBaseline(ctx.project, ctx.baseline)?.[t.id];
}

/** Working minutes as days of the task's calendar, written as the grid writes numbers. */
function days(t: Readonly<Task>, ctx: ColumnContext, minutes: number | undefined): string {
  if (minutes === undefined || !Number.isFinite(minutes)) return '';
  const perDay = taskCalendar(ctx.project, t.calendarId).minutesPer('day');
  return ctx.format.t('unit.daysShort', { count: Math.round((minutes / perDay) * 100) / 100 });
}

/** Working minutes from `from` to `to` on the task's calendar (negative when `to` is earlier). */
function workingMinutes(t: Readonly<Task>, ctx: ColumnContext, from: number, to: number): number {
  const calendar = taskCalendar(ctx.project, t.calendarId);
  return to >= from ? calendar.between(from, to) : -calendar.between(to, from);
}

/** {@link workingMinutes} between two wall-clock strings; `undefined` when either is missing. */
function workingBetween(t: Readonly<Task>, ctx: ColumnContext, a?: string, b?: string): number | undefined {
  const from = a === undefined ? undefined : parseWallTime(a);
  const to = b === undefined ? undefined : parseWallTime(b);
  return from === undefined || to === undefined ? undefined : workingMinutes(t, ctx, from, to);
}

function variance(id: string, header: string, which: 'start' | 'end'): ColumnDef {
  const minutes = (t: Readonly<Task>, ctx: ColumnContext): number | undefined => {
    const base = baselineOf(t, ctx);
    if (base === undefined) return undefined;
    const shown = which === 'start' ? shownStart(ctx.project, t) : shownEnd(ctx.project, t);
    return workingBetween(t, ctx, base[which], shown);
  };
  return readOnly(id, header, 100, (t, ctx) => days(t, ctx, minutes(t, ctx)), minutes);
}

function slack(id: string, header: string, which: 'totalSlack' | 'freeSlack'): ColumnDef {
  const minutes = (t: Readonly<Task>, ctx: ColumnContext) => ctx.project.scheduled(t.id)?.[which];
  return readOnly(id, header, 90, (t, ctx) => days(t, ctx, minutes(t, ctx)), minutes);
}

export const PLANNER_COLUMNS: Record<PlannerColumnId, ColumnDef> = {
  // Sorted by outline position: as text, 1.10 would come before 1.2.
  wbs: {
    ...readOnly(
      'wbs',
      'WBS',
      70,
      (t, ctx) => wbsCode(ctx.project, t.id),
      (t, ctx) => ctx.project.wbsIndex(t.id),
    ),
    align: 'start',
  },
  constraint: {
    id: 'constraint',
    header: 'Constraint',
    width: 170,
    minWidth: 60,
    align: 'start',
    editor: 'select',
    sortValue: (t) => t.constraint?.type ?? 'ASAP',
    text: (t, ctx) => ctx.format.t(`constraint.${t.constraint?.type ?? 'ASAP'}`),
    editable: (t, ctx) => isLeaf(t, ctx) && t.manual !== true,
    editValue: (t) => t.constraint?.type ?? 'ASAP',
    options: constraintOptions,
    parse(value, t, ctx) {
      const type = CONSTRAINTS.find((c) => c === value);
      if (type === undefined) return ctx.format.t('edit.chooseConstraint');
      if (type === 'ASAP') return taskChange({ constraint: undefined });
      if (!needsDate(type)) return taskChange({ constraint: { type } });
      // A new dated constraint holds the task where it is now (its start, or its end).
      const kept = needsDate(t.constraint?.type) && onFinish(t.constraint?.type) === onFinish(type);
      const date = kept
        ? t.constraint?.date
        : onFinish(type)
          ? shownEnd(ctx.project, t)
          : shownStart(ctx.project, t);
      if (date === undefined) return ctx.format.t('edit.constraintNeedsDates');
      return taskChange({ constraint: { type, date } });
    },
  },
  constraintDate: {
    id: 'constraintDate',
    header: 'Constraint date',
    width: 156,
    minWidth: 60,
    align: 'end',
    editor: 'date',
    sortValue: (t) => (needsDate(t.constraint?.type) ? t.constraint?.date : undefined),
    text(t, ctx) {
      const c = t.constraint;
      if (!needsDate(c?.type) || c?.date === undefined) return '';
      return onFinish(c.type) ? ctx.format.lastDay(undefined, c.date) : ctx.format.day(c.date);
    },
    editable: (t, ctx) => isLeaf(t, ctx) && needsDate(t.constraint?.type) && t.manual !== true,
    editValue: (t) => {
      const c = t.constraint;
      if (!needsDate(c?.type) || c?.date === undefined) return '';
      return onFinish(c.type) ? isoLastDay(undefined, c.date) : isoDay(c.date);
    },
    parse(value, t, ctx) {
      const type = t.constraint?.type;
      if (!needsDate(type) || type === undefined) return ctx.format.t('edit.chooseDatedConstraint');
      if (isoDay(value) === '') return ctx.format.t('edit.enterDate');
      const date = onFinish(type) ? dayAfter(value) : isoDay(value);
      return date === undefined ? ctx.format.t('edit.enterDate') : taskChange({ constraint: { type, date } });
    },
  },
  mode: {
    id: 'mode',
    header: 'Mode',
    width: 90,
    minWidth: 50,
    align: 'start',
    editor: 'select',
    sortValue: (t) => (t.manual ? 1 : 0),
    text: (t, ctx) => ctx.format.t(t.manual ? 'mode.manual' : 'mode.auto'),
    editable: isLeaf,
    editValue: (t) => (t.manual ? 'manual' : 'auto'),
    options: modeOptions,
    parse(value, _t, ctx) {
      if (value !== 'auto' && value !== 'manual') return ctx.format.t('edit.chooseMode');
      return taskChange({ manual: value === 'manual' ? true : undefined });
    },
  },
  calendar: {
    id: 'calendar',
    header: 'Calendar',
    width: 130,
    minWidth: 60,
    align: 'start',
    editor: 'select',
    sortValue: (t, ctx) => PLANNER_COLUMNS.calendar.text(t, ctx),
    text: (t, ctx) =>
      t.calendarId === undefined ? '' : (ctx.project.calendar(t.calendarId)?.name ?? t.calendarId),
    editable: () => true,
    editValue: (t) => t.calendarId ?? '',
    options: (ctx) =>
      selectOptions(
        ctx.project
          .calendars()
          .filter((c) => c.id !== undefined)
          .map((c) => ({ id: c.id as string, label: c.name ?? (c.id as string) })),
      ),
    parse(value, _t, ctx) {
      if (value === '') return taskChange({ calendarId: undefined });
      return ctx.project.calendar(value)
        ? taskChange({ calendarId: value })
        : ctx.format.t('edit.chooseCalendar');
    },
  },
  deadline: {
    id: 'deadline',
    header: 'Deadline',
    width: 200,
    minWidth: 60,
    align: 'end',
    editor: 'date',
    sortValue: (t) => t.deadline,
    text(t, ctx) {
      if (t.deadline === undefined) return '';
      const day = ctx.format.day(t.deadline);
      const shown = shownEnd(ctx.project, t);
      const end = shown === undefined ? undefined : parseWallTime(shown);
      if (end === undefined || !missesDeadline(end, t.deadline)) return day;
      const due = deadlineDue(t.deadline) as number;
      return ctx.format.t('deadline.late', { day, late: days(t, ctx, workingMinutes(t, ctx, due, end)) });
    },
    editable: () => true,
    editValue: (t) => isoDay(t.deadline),
    parse(value, _t, ctx) {
      if (value.trim() === '') return taskChange({ deadline: undefined });
      const day = isoDay(value);
      return day === '' ? ctx.format.t('edit.enterDate') : taskChange({ deadline: day });
    },
  },
  totalSlack: slack('totalSlack', 'Total slack', 'totalSlack'),
  freeSlack: slack('freeSlack', 'Free slack', 'freeSlack'),
  baselineStart: readOnly(
    'baselineStart',
    'Baseline start',
    156,
    (t, ctx) => ctx.format.day(baselineOf(t, ctx)?.start),
    (t, ctx) => baselineOf(t, ctx)?.start,
  ),
  baselineEnd: readOnly(
    'baselineEnd',
    'Baseline end',
    156,
    (t, ctx) => {
      const base = baselineOf(t, ctx);
      return base === undefined ? '' : ctx.format.lastDay(base.start, base.end);
    },
    (t, ctx) => baselineOf(t, ctx)?.end,
  ),
  startVariance: variance('startVariance', 'Start variance', 'start'),
  endVariance: variance('endVariance', 'End variance', 'end'),
  notes: readOnly(
    'notes',
    'Notes',
    70,
    (t, ctx) => {
      const n = ctx.project.notes(t.id).length;
      return n === 0 ? '' : ctx.format.num(n);
    },
    (t, ctx) => ctx.project.notes(t.id).length,
  ),
};
