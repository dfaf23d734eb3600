import type { CalendarData, Task } from '../model/types.js';
import type { ChangeBatch } from './change-batch.js';
import { WorkCalendar } from '../time/calendar.js';
import { parseWallTime } from '../time/wall-time.js';

/** What the roll-up reads from a store: tasks, their children, calendars. */
export interface RollupSource {
  task(id: string): Readonly<Task> | undefined;
  childIds(id: string): readonly string[];
  calendar(id: string): Readonly<CalendarData> | undefined;
  projectCalendar(): Readonly<CalendarData> | undefined;
  /** Every task id depth-first, parents before children (the store's WBS order). */
  order(): readonly string[];
  /** The nesting level of each task of {@link order}, by position. */
  depths(): ArrayLike<number>;
}

/** The sums a summary's progress is made of, over every leaf below it. */
interface Sum {
  weighted: number;
  weight: number;
  plain: number;
  leaves: number;
}

/**
 * Progress as views show it: a leaf's own `progress` (clamped to 0–100), a summary's the
 * duration-weighted mean of the leaves below it, as Microsoft Project rolls up and as the
 * analytics count (`progressOf`, `progressBy`):
 *
 * - a leaf weighs its planned effort: its working duration (its `duration`, else the working time
 *   between its own `start` and `end`) on its calendar, in effort hours (a day of a 24-hour
 *   calendar weighs 8 hours, as in the analytics);
 * - milestones, and leaves of no duration, weigh nothing, unless no leaf below the summary has a
 *   weight: then every leaf weighs the same (a summary of milestones shows how many are done);
 * - a summary's own stored `progress` is ignored.
 *
 * Cheap for large plans: the first read computes every summary's sums in one pass over the WBS
 * order and keeps them; a changed task forgets the sums of its ancestors only (a walk up that stops
 * at the first one not kept), the next read recomputes just those, and a change of the hierarchy or
 * of a calendar forgets them all.
 */
export class ProgressRollup {
  private readonly sums = new Map<string, Sum>();
  private readonly calendars = new WeakMap<object, WorkCalendar>();
  /** Leaf weights by task object (a changed task, or one on a changed calendar, is a new object or clears them). */
  private weights = new WeakMap<object, number>();
  private defaultCalendar: WorkCalendar | undefined;

  constructor(private readonly source: RollupSource) {}

  /**
   * The task's progress, 0–100, rolled up for a summary; `undefined` for an unknown task. With
   * `whole` false, a cold read walks the summary's own subtree instead of the whole plan (for
   * reads inside a transaction, where nothing is kept between them).
   */
  progress(id: string, whole = true): number | undefined {
    const task = this.source.task(id);
    if (task === undefined) return undefined;
    if (this.source.childIds(id).length === 0) return clamp(task.progress);
    if (whole && this.sums.size === 0) this.sumAll();
    const sum = this.sumOf(id);
    if (sum.weight > 0) return sum.weighted / sum.weight;
    return sum.leaves > 0 ? sum.plain / sum.leaves : 0;
  }

  /** Forgets every kept sum (a transaction reads its own changes before they are committed). */
  clear(): void {
    this.sums.clear();
  }

  /** Forgets what a committed batch may have changed. */
  update(batch: ChangeBatch): void {
    if (this.sums.size === 0) return;
    for (const op of batch.operations) {
      if (op.entity !== 'task') {
        if (op.entity === 'calendar' || op.entity === 'project') {
          this.sums.clear();
          this.weights = new WeakMap();
        }
        continue;
      }
      const before = op.before as Partial<Task> | undefined;
      const after = op.after as Partial<Task> | undefined;
      if (op.kind !== 'update' || before?.parentId !== after?.parentId) {
        this.sums.clear();
        return;
      }
      this.forgetAbove(op.id);
    }
  }

  /** Forgets the task's sums and its ancestors'; a summary not kept has no kept ancestor. */
  private forgetAbove(id: string): void {
    this.sums.delete(id);
    let at = this.source.task(id)?.parentId;
    while (at !== undefined && this.sums.delete(at)) at = this.source.task(at)?.parentId;
  }

  /**
   * The sums of a summary, computing the ones missing below it in one post-order walk (iterative:
   * deep trees cannot overflow). Each child's list is read once; a leaf costs two lookups and its
   * weight, which is remembered per task object (a changed task is a new object).
   */
  private sumOf(root: string): Sum {
    const kept = this.sums.get(root);
    if (kept !== undefined) return kept;
    const source = this.source;
    const ids: string[] = [root];
    const lists: (readonly string[])[] = [source.childIds(root)];
    const next: number[] = [0];
    const open: Sum[] = [{ weighted: 0, weight: 0, plain: 0, leaves: 0 }];
    while (ids.length > 0) {
      const top = ids.length - 1;
      const children = lists[top] as readonly string[];
      const sum = open[top] as Sum;
      let i = next[top] as number;
      let descend: string | undefined;
      let below: readonly string[] = children;
      while (i < children.length) {
        const c = children[i++] as string;
        const grand = source.childIds(c);
        if (grand.length > 0) {
          const known = this.sums.get(c);
          if (known === undefined) {
            descend = c;
            below = grand;
            break;
          }
          add(sum, known);
          continue;
        }
        const task = source.task(c);
        if (task !== undefined) addLeaf(sum, task, this.weight(task));
      }
      next[top] = i;
      if (descend !== undefined) {
        ids.push(descend);
        lists.push(below);
        next.push(0);
        open.push({ weighted: 0, weight: 0, plain: 0, leaves: 0 });
        continue;
      }
      this.sums.set(ids.pop() as string, sum);
      lists.pop();
      next.pop();
      open.pop();
      if (open.length > 0) add(open[open.length - 1] as Sum, sum);
    }
    return this.sums.get(root) as Sum;
  }

  /**
   * Every summary's sums at once: one pass over the WBS order, leaves adding to the summary open
   * above them and each summary to its own parent when the order leaves it. A root summary covers
   * every leaf anyway, so a first render that shows one pays this pass, not a walk per summary.
   */
  private sumAll(): void {
    const source = this.source;
    const order = source.order();
    const depths = source.depths();
    const n = order.length;
    const open: Sum[] = [];
    const openIds: string[] = [];
    const close = (depth: number) => {
      while (open.length > depth) {
        const sum = open.pop() as Sum;
        this.sums.set(openIds.pop() as string, sum);
        if (open.length > 0) add(open[open.length - 1] as Sum, sum);
      }
    };
    for (let i = 0; i < n; i++) {
      const depth = depths[i] as number;
      close(depth);
      const id = order[i] as string;
      if (i + 1 < n && (depths[i + 1] as number) > depth) {
        open.push({ weighted: 0, weight: 0, plain: 0, leaves: 0 });
        openIds.push(id);
        continue;
      }
      const sum = open[open.length - 1];
      const task = sum === undefined ? undefined : source.task(id);
      if (sum === undefined || task === undefined) continue;
      // The weight is not remembered per task: the pass reads each leaf once, and a later partial
      // walk remembers the few it reads.
      addLeaf(sum, task, this.effort(task));
    }
    close(0);
  }

  /** A leaf's planned effort in hours (0 for a milestone or a leaf of no duration), remembered. */
  private weight(task: Readonly<Task>): number {
    let w = this.weights.get(task);
    if (w === undefined) {
      w = this.effort(task);
      this.weights.set(task, w);
    }
    return w;
  }

  private effort(task: Readonly<Task>): number {
    if (task.type === 'milestone') return 0;
    const calendar = this.calendarOf(task.calendarId);
    let minutes = 0;
    const d = task.duration;
    if (typeof d === 'number' && Number.isFinite(d) && d > 0) {
      minutes = calendar.toMinutes(d, task.durationUnit);
    } else if (task.start !== undefined && task.end !== undefined) {
      const a = parseWallTime(task.start);
      const b = parseWallTime(task.end);
      if (a !== undefined && b !== undefined && b > a) minutes = calendar.between(a, b);
    }
    const hoursPerDay = calendar.hoursPerDay >= 24 ? 8 : calendar.hoursPerDay;
    return (minutes * hoursPerDay) / calendar.minutesPer('day');
  }

  private calendarOf(calendarId: string | undefined): WorkCalendar {
    const data =
      (calendarId === undefined ? undefined : this.source.calendar(calendarId)) ??
      this.source.projectCalendar();
    if (data === undefined) {
      this.defaultCalendar ??= WorkCalendar.from(undefined);
      return this.defaultCalendar;
    }
    let calendar = this.calendars.get(data);
    if (calendar === undefined) {
      calendar = WorkCalendar.from(data);
      this.calendars.set(data, calendar);
    }
    return calendar;
  }
}

function clamp(value: number | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;
}

function addLeaf(to: Sum, task: Readonly<Task>, weight: number): void {
  const p = clamp(task.progress);
  to.weighted += weight * p;
  to.weight += weight;
  to.plain += p;
  to.leaves += 1;
}

function add(to: Sum, sum: Readonly<Sum>): void {
  to.weighted += sum.weighted;
  to.weight += sum.weight;
  to.plain += sum.plain;
  to.leaves += sum.leaves;
}
