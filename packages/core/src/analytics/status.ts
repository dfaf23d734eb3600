import type { StatusCategory } from '../model/types.js';
import { CATEGORIES, type AnalyticsFrame } from './types.js';

/** One slice of the status mix. */
export interface StatusSlice {
  /** The status id; `''` for leaf tasks with no status or one the project does not define. */
  id: string;
  label: string;
  color: string | undefined;
  category: StatusCategory;
  /** Leaf tasks in this status (milestones included). */
  count: number;
  /** Their planned effort in hours. */
  hours: number;
}

/** How the counted leaf tasks split over statuses and over status categories. */
export interface StatusMix {
  /** Every defined status in order (empty ones included, so colors stay put), then `''` when used. */
  slices: StatusSlice[];
  /** Leaf tasks per category; progress 100 counts as done whatever the status says. */
  byCategory: Record<StatusCategory, number>;
  total: number;
}

const mixes = new WeakMap<AnalyticsFrame, StatusMix>();

/** The status mix of a frame, in one pass (made once per frame; each call gets its own copy). */
export function statusMix(frame: AnalyticsFrame): StatusMix {
  let mix = mixes.get(frame);
  if (mix === undefined) {
    mix = readMix(frame);
    mixes.set(frame, mix);
  }
  return { slices: mix.slices.map((s) => ({ ...s })), byCategory: { ...mix.byCategory }, total: mix.total };
}

function readMix(frame: AnalyticsFrame): StatusMix {
  const statuses = frame.source.statuses ?? [];
  const counts = new Float64Array(statuses.length + 1);
  const hours = new Float64Array(statuses.length + 1);
  const perCategory = new Float64Array(CATEGORIES.length);
  let total = 0;
  const none = statuses.length;
  for (let i = 0; i < frame.tasks.length; i++) {
    if (frame.leaf[i] !== 1) continue;
    const s = frame.status[i] as number;
    const k = s < 0 ? none : s;
    counts[k] = (counts[k] as number) + 1;
    hours[k] = (hours[k] as number) + (frame.work[i] as number);
    const c = frame.category[i] as number;
    perCategory[c] = (perCategory[c] as number) + 1;
    total++;
  }
  const byCategory: Record<StatusCategory, number> = { todo: 0, active: 0, done: 0, blocked: 0 };
  CATEGORIES.forEach((name, c) => {
    byCategory[name] = perCategory[c] as number;
  });
  const slices: StatusSlice[] = statuses.map((s, k) => ({
    id: s.id,
    label: s.label,
    color: s.color,
    category: s.category,
    count: counts[k] as number,
    hours: hours[k] as number,
  }));
  if ((counts[none] as number) > 0) {
    slices.push({
      id: '',
      label: 'No status',
      color: undefined,
      category: 'todo',
      count: counts[none] as number,
      hours: hours[none] as number,
    });
  }
  return { slices, byCategory, total };
}
