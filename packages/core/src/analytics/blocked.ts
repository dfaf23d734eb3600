import { linksOf, predecessorsOf } from './links.js';
import { BLOCKED, DONE, type AnalyticsFrame } from './types.js';

/** A task in a blocked status, with the unfinished tasks it waits for. */
export interface BlockedItem {
  id: string;
  name: string;
  /** Its status label (or id). */
  status: string;
  progress: number;
  assignees: readonly string[];
  /** Ids of its direct predecessors that are not done. */
  waitingFor: string[];
}

/** Counted leaf tasks whose status is in the `blocked` category, in task order. */
export function blockedItems(frame: AnalyticsFrame): BlockedItem[] {
  const isBlocked = (i: number): boolean => frame.leaf[i] === 1 && frame.category[i] === BLOCKED;
  const links = linksOf(frame);
  const statuses = frame.source.statuses ?? [];
  const out: BlockedItem[] = [];
  for (let i = 0; i < frame.tasks.length; i++) {
    if (!isBlocked(i)) continue;
    const task = frame.tasks[i];
    const s = statuses[frame.status[i] as number];
    out.push({
      id: task?.id ?? '',
      name: task?.name ?? '',
      status: s?.label ?? task?.status ?? '',
      progress: frame.progress[i] as number,
      assignees: task?.assignees ?? [],
      waitingFor: waiting(frame, predecessorsOf(links, i)),
    });
  }
  return out;
}

function waiting(frame: AnalyticsFrame, preds: Int32Array): string[] {
  const out: string[] = [];
  for (const p of preds) if (frame.category[p] !== DONE) out.push(frame.tasks[p]?.id ?? '');
  return out;
}
