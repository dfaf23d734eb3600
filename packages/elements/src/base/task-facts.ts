import { parseWallTime, type Project } from '@roadline/core';
import {
  type DateEdit,
  type DatePatch,
  deadlineDue,
  lastShownDay,
  missesDeadline,
  milestoneShownAt,
  planDateEdit,
  prepareSubtreeMove,
  type SubtreeMover,
  startOfDay,
} from '@roadline/core/views/dates';
import type { BarShape } from '@roadline/core/views/timeline';
import { taskCalendar } from './task-calendar.js';

/** What a view shows about one task (timeline bars, roadmap features, date edits), read from the store (scheduled values when the store schedules). */
export interface TaskFacts {
  readonly id: string;
  readonly name: string;
  readonly shape: BarShape;
  /** Wall minutes; `end` exclusive. */
  readonly start: number;
  readonly end: number;
  /**
   * The instant a person reads for the start: a milestone at the midnight that ends a working day
   * reads as that day (see `milestoneShownAt`); otherwise `start`.
   */
  readonly shownStart: number;
  /** 0–100; a summary's rolled up from its leaves (`project.rolledUpProgress`). */
  readonly progress: number;
  readonly critical: boolean;
  /** Total slack in working minutes; `undefined` when the store does not schedule. */
  readonly totalSlack: number | undefined;
  /** Scheduled by hand: the engine never moves it. */
  readonly manual: boolean;
  /** When the task's deadline falls due (00:00 after its day), if it has one. */
  readonly deadline: number | undefined;
  /** Whether the task ends after its deadline. */
  readonly late: boolean;
}

/**
 * The facts of a task, or `undefined` when it has no dates yet. Never recomputes a schedule. The
 * scheduled dates are read as numbers (`scheduledTimes`): no date string is parsed per bar.
 */
export function taskFacts(project: Project, id: string): TaskFacts | undefined {
  const task = project.task(id);
  if (task === undefined) return undefined;
  const times = project.scheduledTimes();
  const slot = times === undefined ? -1 : times.slot(id);
  let start: number | undefined;
  let end: number | undefined;
  let totalSlack: number | undefined;
  if (times !== undefined && slot >= 0) {
    start = times.instants[slot * 6] as number;
    end = times.instants[slot * 6 + 1] as number;
    totalSlack = times.totalSlack[slot] as number;
  } else {
    // No scheduler, or a custom one without numbers.
    const scheduled = project.scheduled(id);
    start = parseWallTime(scheduled?.start ?? task.start ?? '');
    end = parseWallTime(scheduled?.end ?? task.end ?? '');
    totalSlack = scheduled?.totalSlack;
  }
  if (start === undefined) return undefined;
  end ??= start;
  const due = deadlineDue(task.deadline);
  const shape: BarShape = project.isSummary(id)
    ? 'summary'
    : task.type === 'milestone' || end <= start
      ? 'milestone'
      : 'task';
  return {
    id,
    name: task.name,
    shape,
    start,
    end,
    shownStart:
      shape === 'milestone' ? milestoneShownAt(start, taskCalendar(project, task.calendarId)) : start,
    // A summary's own progress is ignored: it shows its leaves' duration-weighted progress.
    progress: shape === 'summary' ? (project.rolledUpProgress(id) ?? 0) : (task.progress ?? 0),
    critical: totalSlack !== undefined && totalSlack <= 0,
    totalSlack,
    manual: task.manual === true,
    deadline: due,
    late: missesDeadline(end, task.deadline),
  };
}

/** The last day a person sees (00:00 of it): a milestone's shown day, else the span's last shown day. */
export function lastDay(facts: TaskFacts): number {
  return facts.shape === 'milestone' ? startOfDay(facts.shownStart) : lastShownDay(facts.end, facts.start);
}

/**
 * The patch for a date edit of a task as `facts` shows it, by core's one set of rules
 * (`planDateEdit`): `to` is the new start (`move`, `resize-start`, `span`) or end (`resize-end`),
 * `toEnd` the new exclusive end of a `span`. A task with predecessors that the engine schedules is
 * pinned with SNET at its new start; `undefined` when nothing changes or the edit does not apply.
 */
export function planTaskDates(
  project: Project,
  facts: TaskFacts,
  edit: DateEdit,
  to: number,
  toEnd?: number,
  minLength?: number,
): DatePatch | undefined {
  const task = project.task(facts.id);
  if (task === undefined) return undefined;
  return planDateEdit({
    task,
    shape: facts.shape,
    edit,
    start: facts.start,
    end: facts.end,
    to,
    toEnd,
    linked: project.predecessors(facts.id).length > 0,
    minLength,
  });
}

/**
 * A summary's subtree as it is now, ready to plan the moves of its bar (core's
 * `prepareSubtreeMove`: every leaf below by the same working time, constraints shifted with
 * them, links respected); `undefined` when the task is not a summary with dates.
 */
export function prepareSummaryMove(project: Project, id: string): SubtreeMover | undefined {
  return prepareSubtreeMove(project, id, (calendarId) => taskCalendar(project, calendarId));
}
