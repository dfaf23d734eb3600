import type { DurationUnit, ProjectData, StatusCategory, StatusDef, Task } from '../model/types.js';
import { plannedShare } from './frame.js';
import type { AnalyticsFrame } from './types.js';

/** Overall progress of a project and how its leaf tasks split over the status categories. */
export interface ProgressSummary {
  /** Duration-weighted progress of the leaf tasks, 0–100. */
  percent: number;
  /** Number of leaf tasks (milestones included). */
  leaves: number;
  /** Leaf tasks per status category; tasks without a known status count as `todo`. */
  byCategory: Record<StatusCategory, number>;
}

/** What {@link projectProgress} reads: a `ProjectData`, or the same members read from a store. */
export type ProgressInput = Pick<ProjectData, 'calendar'> & {
  tasks: readonly Readonly<Task>[];
  statuses?: readonly Readonly<StatusDef>[] | undefined;
};

/**
 * Duration-weighted progress over the leaf tasks, as Microsoft Project rolls up a summary: each
 * leaf weighs its working duration, milestones weigh nothing. When no leaf has a duration, every
 * leaf weighs the same.
 */
export function projectProgress(data: ProgressInput): ProgressSummary {
  const parents = new Set<string>();
  for (const task of data.tasks) if (task.parentId !== undefined) parents.add(task.parentId);
  const categoryOf = new Map((data.statuses ?? []).map((s) => [s.id, s.category]));
  const minutesPer = unitMinutes(data);
  const byCategory: Record<StatusCategory, number> = { todo: 0, active: 0, done: 0, blocked: 0 };
  let weighted = 0;
  let weight = 0;
  let plain = 0;
  let leaves = 0;
  for (const task of data.tasks) {
    if (parents.has(task.id)) continue;
    leaves++;
    const progress = clampProgress(task.progress);
    const w = task.type === 'milestone' ? 0 : durationMinutes(task, minutesPer);
    weighted += w * progress;
    weight += w;
    plain += progress;
    byCategory[(task.status !== undefined ? categoryOf.get(task.status) : undefined) ?? 'todo']++;
  }
  const percent = weight > 0 ? weighted / weight : leaves > 0 ? plain / leaves : 0;
  return { percent, leaves, byCategory };
}

function clampProgress(value: number | undefined): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;
}

function durationMinutes(task: Task, minutesPer: Record<DurationUnit, number>): number {
  const d = task.duration;
  if (typeof d !== 'number' || !Number.isFinite(d) || d <= 0) return 0;
  return d * minutesPer[task.durationUnit ?? 'day'];
}

function unitMinutes(data: ProgressInput): Record<DurationUnit, number> {
  const calendar = data.calendar;
  const hoursPerDay = calendar?.hoursPerDay ?? (calendar?.workingHours ? hoursOf(calendar.workingHours) : 24);
  const daysPerWeek = calendar?.daysPerWeek ?? calendar?.workingDays?.length ?? 5;
  return { minute: 1, hour: 60, day: hoursPerDay * 60, week: daysPerWeek * hoursPerDay * 60 };
}

function hoursOf(ranges: [string, string][]): number {
  let minutes = 0;
  for (const [from, to] of ranges) minutes += clock(to) - clock(from);
  return minutes / 60;
}

function clock(hhmm: string): number {
  const [h, m] = hhmm.split(':');
  return Number(h) * 60 + Number(m ?? 0);
}

/** Actual and expected progress of a set of leaf tasks. */
export interface ProgressRow {
  /** The project, summary task, group or person; `''` for tasks with no group or no assignee. */
  id: string;
  name: string;
  /** Duration-weighted progress, 0–100. */
  percent: number;
  /**
   * Where progress should be today by the plan (the baseline where it has the task, else the live
   * dates): the duration-weighted share of planned working time already elapsed, 0–100.
   */
  expected: number;
  /** Leaf tasks counted (milestones included). */
  leaves: number;
  /** Planned effort in hours. */
  hours: number;
}

/** Dimensions {@link progressBy} can split by. */
export type ProgressDimension = 'project' | 'group' | 'person';

/** Progress and expected progress of every leaf the frame counts. */
export function progressOf(frame: AnalyticsFrame): ProgressRow {
  // Key figures, health, the progress widget and `analyze` all ask; the pass runs once per frame.
  let row = totals.get(frame);
  if (row === undefined) {
    const acc = new Accumulator(frame.source.id, frame.source.name);
    const expected = expectedShares(frame);
    for (let i = 0; i < frame.tasks.length; i++) if (frame.leaf[i] === 1) acc.add(frame, expected, i);
    row = acc.row();
    totals.set(frame, row);
  }
  return { ...row };
}

const totals = new WeakMap<AnalyticsFrame, ProgressRow>();

/**
 * Progress split by `'project'` (each top-level summary task; when the whole plan hangs under a
 * single root summary, each of its children), `'group'` or `'person'` (a task counts fully for
 * each of its assignees). Rows follow the order of the tasks, the groups or the people; a last row
 * with id `''` gathers tasks with no group or no assignee, when there are any.
 */
export function progressBy(frame: AnalyticsFrame, by: ProgressDimension): ProgressRow[] {
  const rows = new Map<string, Accumulator>();
  const none = new Accumulator('', by === 'group' ? 'No group' : by === 'person' ? 'Unassigned' : 'Other');
  if (by === 'group')
    for (const g of frame.source.groups ?? []) rows.set(g.id, new Accumulator(g.id, g.name));
  if (by === 'person')
    for (const p of frame.source.people ?? []) rows.set(p.id, new Accumulator(p.id, p.name));
  const top = by === 'project' ? topLevel(frame) : undefined;
  const expected = expectedShares(frame);
  if (top !== undefined)
    for (const k of top.heads)
      rows.set(
        frame.tasks[k]?.id ?? '',
        new Accumulator(frame.tasks[k]?.id ?? '', frame.tasks[k]?.name ?? ''),
      );
  for (let i = 0; i < frame.tasks.length; i++) {
    if (frame.leaf[i] !== 1) continue;
    const task = frame.tasks[i] as Task;
    if (top !== undefined) {
      const head = top.headOf(i);
      (head < 0 ? none : (rows.get(frame.tasks[head]?.id ?? '') ?? none)).add(frame, expected, i);
    } else if (by === 'group') {
      (task.groupId === undefined ? none : (rows.get(task.groupId) ?? none)).add(frame, expected, i);
    } else {
      const people = task.assignees ?? [];
      let counted = false;
      for (const id of people) {
        const acc = rows.get(id);
        if (acc === undefined) continue;
        acc.add(frame, expected, i);
        counted = true;
      }
      if (!counted) none.add(frame, expected, i);
    }
  }
  const out = Array.from(rows.values(), (a) => a.row());
  if (none.leaves > 0) out.push(none.row());
  return out;
}

/** The heads `progressBy('project')` splits by, and which head a task falls under (-1: none). */
function topLevel(frame: AnalyticsFrame): { heads: number[]; headOf: (i: number) => number } {
  const n = frame.tasks.length;
  const roots: number[] = [];
  for (let i = 0; i < n; i++) if (frame.parent[i] === -1) roots.push(i);
  const single = roots.length === 1 && frame.summary[roots[0] as number] === 1 ? (roots[0] as number) : -1;
  const heads: number[] = [];
  for (let i = 0; i < n; i++)
    if (single === -1 ? frame.parent[i] === -1 : frame.parent[i] === single) heads.push(i);
  const head = new Int32Array(n).fill(-2);
  for (const h of heads) head[h] = h;
  if (single !== -1) head[single] = -1;
  // Iterative walk up with path memo: deep trees cannot overflow the stack. The path is kept in
  // one shared array, so a walk allocates nothing.
  const path = new Int32Array(n);
  const headOf = (i: number): number => {
    let at = i;
    let length = 0;
    while (at >= 0 && head[at] === -2) {
      path[length++] = at;
      at = frame.parent[at] as number;
    }
    const found = at < 0 ? -1 : (head[at] as number);
    for (let k = 0; k < length; k++) head[path[k] as number] = found;
    return found;
  };
  return { heads, headOf };
}

class Accumulator {
  leaves = 0;
  private weighted = 0;
  private expectedWeighted = 0;
  private weight = 0;
  private plain = 0;
  private plainExpected = 0;

  constructor(
    private readonly id: string,
    private readonly name: string,
  ) {}

  add(frame: AnalyticsFrame, expected: Float64Array, i: number): void {
    const w = frame.work[i] as number;
    const p = frame.progress[i] as number;
    const e = (expected[i] as number) * 100;
    this.leaves++;
    this.weight += w;
    this.weighted += w * p;
    this.expectedWeighted += w * e;
    this.plain += p;
    this.plainExpected += e;
  }

  row(): ProgressRow {
    const byWork = this.weight > 0;
    const count = this.leaves || 1;
    return {
      id: this.id,
      name: this.name,
      percent: byWork ? this.weighted / this.weight : this.plain / count,
      expected: byWork ? this.expectedWeighted / this.weight : this.plainExpected / count,
      leaves: this.leaves,
      hours: this.weight,
    };
  }
}

const shares = new WeakMap<AnalyticsFrame, Float64Array>();

/**
 * {@link expectedShare} of every leaf the frame counts (0 elsewhere), computed once per frame:
 * progress, its breakdowns, health, key figures and the late list all read it.
 */
export function expectedShares(frame: AnalyticsFrame): Float64Array {
  let out = shares.get(frame);
  if (out !== undefined) return out;
  out = new Float64Array(frame.tasks.length);
  for (let i = 0; i < out.length; i++) if (frame.leaf[i] === 1) out[i] = expectedShare(frame, i);
  shares.set(frame, out);
  return out;
}

/** The share of a leaf that should be done today: by its baseline dates when it has them, else its live dates. */
export function expectedShare(frame: AnalyticsFrame, i: number): number {
  const bs = frame.baseStart[i] as number;
  const be = frame.baseEnd[i] as number;
  if (!Number.isNaN(bs) && !Number.isNaN(be)) return plannedShare(frame, i, bs, be, frame.today);
  return plannedShare(frame, i, frame.start[i] as number, frame.end[i] as number, frame.today);
}
