import type { StatusHistory, StatusTransition } from '../model/types.js';
import type { AnalyticsFrame } from './types.js';

/**
 * The steps of a status history that the flow keeps. An undo reverts an earlier step: the step it
 * undoes (the task's latest kept step with the opposite `from` and `to`) and the undo itself are
 * both dropped, as if neither happened, so an item moved by mistake and moved back with Ctrl+Z
 * leaves no edge and no wait behind. A redo makes the step again and counts like the first time.
 * An undo that matches no kept step (another session's undo handler, say) counts as a step.
 * Returns a flag per transition: 1 kept, 0 dropped.
 */
export function keptSteps(transitions: readonly StatusTransition[]): Uint8Array {
  const kept = new Uint8Array(transitions.length).fill(1);
  // Per task, the indices of its kept steps, newest last.
  const stacks = new Map<string, number[]>();
  for (let k = 0; k < transitions.length; k++) {
    const t = transitions[k] as StatusTransition;
    let stack = stacks.get(t.task);
    if (stack === undefined) {
      stack = [];
      stacks.set(t.task, stack);
    }
    if (t.origin === 'undo') {
      const j = lastMatching(transitions, stack, t);
      if (j >= 0) {
        kept[stack[j] as number] = 0;
        kept[k] = 0;
        stack.splice(j, 1);
        continue;
      }
    }
    stack.push(k);
  }
  return kept;
}

function lastMatching(
  transitions: readonly StatusTransition[],
  stack: readonly number[],
  undo: StatusTransition,
): number {
  for (let j = stack.length - 1; j >= 0; j--) {
    const u = transitions[stack[j] as number] as StatusTransition;
    if (u.origin !== 'undo' && u.from === undo.to && u.to === undo.from) return j;
  }
  return -1;
}

/**
 * Whether the flow counts a task: a leaf the frame counts (the filter keeps it), or a task the
 * store no longer has whose last step removed it (it counted until then; whether it was a leaf
 * is no longer known, and items are leaves far more often than not).
 */
export function countsTask(frame: AnalyticsFrame, history: StatusHistory): (id: string) => boolean {
  let removed: Set<string> | undefined;
  return (id) => {
    const i = frame.index.get(id);
    if (i !== undefined) return frame.leaf[i] === 1;
    if (removed === undefined) {
      removed = new Set();
      for (const t of history.transitions) {
        if (t.to === null) removed.add(t.task);
        else removed.delete(t.task);
      }
    }
    return removed.has(id);
  };
}

/** The project's statuses as counters: their order, and the counted leaf items in each now. */
export interface StatusTally {
  /** The counter of items with no status or one the project does not define: after the statuses. */
  readonly none: number;
  /** A status id's counter (the first status of that id), or `none`. */
  readonly indexOf: (status: string) => number;
  /** Counted leaf items per counter now (`none + 1` of them). */
  readonly counts: Float64Array;
}

/** Counts the frame's leaf items per status, in the project's order of statuses. */
export function statusTally(frame: AnalyticsFrame): StatusTally {
  const statuses = frame.source.statuses ?? [];
  const none = statuses.length;
  const ids = new Map<string, number>();
  statuses.forEach((s, k) => {
    if (!ids.has(s.id)) ids.set(s.id, k);
  });
  const counts = new Float64Array(none + 1);
  for (let i = 0; i < frame.tasks.length; i++) {
    if (frame.leaf[i] !== 1) continue;
    const s = frame.status[i] as number;
    const k = s < 0 ? none : s;
    counts[k] = (counts[k] as number) + 1;
  }
  return { none, indexOf: (status) => ids.get(status) ?? none, counts };
}
