import type { DurationUnit, ProjectData, StatusCategory, StatusDef, Task } from '../model/types.js';

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
