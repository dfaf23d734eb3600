import type { StatusCategory, StatusHistory, StatusTransition } from '../model/types.js';
import { formatWallTime, MINUTES_PER_DAY, parseWallTime } from '../time/wall-time.js';
import { countsTask, statusTally } from './status-steps.js';
import type { AnalyticsFrame } from './types.js';
import { dayStart } from './weeks.js';

/** A band of the cumulative flow: one status. */
export interface FlowBand {
  /** The status id; `''` for items with no status or one the project does not define. */
  id: string;
  label: string;
  color: string | undefined;
  category: StatusCategory;
}

/** One day of the cumulative flow. */
export interface FlowDay {
  /** The day, `YYYY-MM-DD`. */
  at: string;
  /** Items in each band at the end of the day, in the order of `bands`. */
  counts: number[];
}

/** Items per status per day, from the day the history began to today. */
export interface CumulativeFlow {
  /** Every defined status in order, then `''` when items without one appear on some day. */
  bands: FlowBand[];
  /** Oldest first; the last is today, counted from the frame. */
  days: FlowDay[];
}

/** Days kept at most (the latest ones): over five years of daily points. */
export const MAX_FLOW_DAYS = 2000;

/**
 * Counted leaf items per status at the end of each day, from the day the store was loaded (the
 * history's `since`, the initial state) to `frame.today`. Today's counts are the frame's; each
 * earlier day is today's with the later steps taken back, newest first, so the flow needs no
 * copy of the initial state and every step counts, an undo too (it moved the item back on the
 * day it was made). Time-zone free: days are the wall-clock dates of the store's clock.
 */
export function cumulativeFlow(frame: AnalyticsFrame, history?: StatusHistory): CumulativeFlow {
  const statuses = frame.source.statuses ?? [];
  // Today's counts, taken back day by day below.
  const { none, indexOf, counts } = statusTally(frame);

  const last = dayStart(frame.today);
  const start = history === undefined ? undefined : parseWallTime(history.since);
  const first = Math.max(
    start === undefined ? last : Math.min(dayStart(start), last),
    last - (MAX_FLOW_DAYS - 1) * MINUTES_PER_DAY,
  );
  const dayCount = Math.round((last - first) / MINUTES_PER_DAY) + 1;
  const rows: number[][] = new Array(dayCount);
  let usedNone = counts[none] as number;

  const transitions = history?.transitions ?? [];
  const counted = history === undefined ? () => false : countsTask(frame, history);
  // Steps in time order (the store appends them so; a clock set back is sorted out here).
  // Stable, and cheap on the already ordered list the store keeps.
  const order = transitions
    .map((_, k) => k)
    .sort(
      (a, b) =>
        cmp((transitions[a] as StatusTransition).at, (transitions[b] as StatusTransition).at) || a - b,
    );
  let k = order.length - 1;
  for (let d = dayCount - 1; d >= 0; d--) {
    const end = first + (d + 1) * MINUTES_PER_DAY;
    // Take back every step made after this day's end.
    for (; k >= 0; k--) {
      const t = transitions[order[k] as number] as StatusTransition;
      if ((parseWallTime(t.at) ?? end) < end) break;
      if (!counted(t.task)) continue;
      if (t.to !== null) counts[indexOf(t.to)] = (counts[indexOf(t.to)] as number) - 1;
      if (t.from !== null) counts[indexOf(t.from)] = (counts[indexOf(t.from)] as number) + 1;
    }
    rows[d] = Array.from(counts, (c) => Math.max(0, c));
    usedNone = Math.max(usedNone, counts[none] as number);
  }

  const bands: FlowBand[] = statuses.map((s) => ({
    id: s.id,
    label: s.label,
    color: s.color,
    category: s.category,
  }));
  const keepNone = usedNone > 0;
  if (keepNone) bands.push({ id: '', label: 'No status', color: undefined, category: 'todo' });
  const days = rows.map((row, d) => ({
    at: formatWallTime(first + d * MINUTES_PER_DAY).slice(0, 10),
    counts: keepNone ? row : row.slice(0, none),
  }));
  return { bands, days };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
