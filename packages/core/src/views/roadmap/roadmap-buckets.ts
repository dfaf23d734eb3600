/**
 * Now / next / later: the time-less roadmap. Each feature falls into one bucket by a rule the
 * host picks: by its dates against today, by its status, or by an explicit field the team fills
 * in. A feature a rule puts nowhere (shipped, in the past, an unknown value) is left out.
 */
import type { StatusCategory, Task } from '../../model/types.js';
import { type BoardField, boardFieldValue } from '../board/board-fields.js';

/** The three buckets, in reading order. */
export type RoadmapBucket = 'now' | 'next' | 'later';

/** Every bucket in display order. */
export const ROADMAP_BUCKETS: readonly RoadmapBucket[] = Object.freeze(['now', 'next', 'later']);

/**
 * How features fall into buckets.
 * - `date`: already started or starting within `nowDays` of `today` → now; starting within
 *   `nextDays` → next; later or undated → later; ended by `today` → left out.
 * - `status`: the status ids listed for each bucket; a status not listed goes by its category
 *   (active and blocked → now, todo → next, done → left out); no status → later.
 * - `field`: the value of `field` (a custom field id, or `status`, `priority`, `group`,
 *   `release`, `person`) equal to the bucket's value (default the bucket's name); others are left out.
 */
export type BucketRule =
  | {
      readonly by: 'date';
      /** Today, in wall minutes. */
      readonly today: number;
      /** Default 42 (six weeks). */
      readonly nowDays?: number;
      /** Default 126 (about four months); never less than `nowDays`. */
      readonly nextDays?: number;
    }
  | {
      readonly by: 'status';
      readonly now?: readonly string[];
      readonly next?: readonly string[];
      readonly later?: readonly string[];
    }
  | {
      readonly by: 'field';
      readonly field: string;
      readonly now?: string;
      readonly next?: string;
      readonly later?: string;
    };

/** A feature as the bucket rules see it. */
export interface BucketItem {
  readonly task: Readonly<Task>;
  /** Shown start and exclusive end in wall minutes; `NaN` when undated. */
  readonly start: number;
  readonly end: number;
  /** The category of the feature's status, when it has a defined one. */
  readonly category?: StatusCategory | undefined;
  /** Its priority's rank (lower is more important); `Infinity` without one. */
  readonly rank?: number;
}

/** The bucket `item` falls into under `rule`, or `undefined` when it is left out. */
export function bucketOf(item: BucketItem, rule: BucketRule): RoadmapBucket | undefined {
  switch (rule.by) {
    case 'date': {
      const day = 1440;
      const nowDays = rule.nowDays ?? 42;
      const nextDays = Math.max(nowDays, rule.nextDays ?? 126);
      if (!Number.isFinite(item.start)) return 'later';
      if (Number.isFinite(item.end) && item.end <= rule.today) return undefined;
      if (item.start < rule.today + nowDays * day) return 'now';
      if (item.start < rule.today + nextDays * day) return 'next';
      return 'later';
    }
    case 'status': {
      const status = item.task.status;
      if (status === undefined) return 'later';
      for (const bucket of ROADMAP_BUCKETS) {
        if (rule[bucket]?.includes(status)) return bucket;
      }
      switch (item.category) {
        case 'active':
        case 'blocked':
          return 'now';
        case 'todo':
          return 'next';
        case 'done':
          return undefined;
        default:
          return 'later';
      }
    }
    case 'field': {
      const value = boardFieldValue(item.task, rule.field as BoardField);
      for (const bucket of ROADMAP_BUCKETS) {
        if (value === (rule[bucket] ?? bucket)) return bucket;
      }
      return undefined;
    }
  }
}

/**
 * The ids of each bucket, most important first (priority rank), then by `order` (the store's
 * position, which a drop between two cards sets and a board column shares), then by start, then
 * in input order.
 */
export type RoadmapBuckets = Record<RoadmapBucket, string[]>;

/** Sorts `items` into buckets under `rule`; see {@link bucketOf}. */
export function roadmapBuckets(items: readonly BucketItem[], rule: BucketRule): RoadmapBuckets {
  const placed: Record<RoadmapBucket, number[]> = { now: [], next: [], later: [] };
  items.forEach((item, i) => {
    const bucket = bucketOf(item, rule);
    if (bucket !== undefined) placed[bucket].push(i);
  });
  const rank = (i: number): number => items[i]?.rank ?? Number.POSITIVE_INFINITY;
  const start = (i: number): number => {
    const s = items[i]?.start ?? Number.NaN;
    return Number.isFinite(s) ? s : Number.POSITIVE_INFINITY;
  };
  const order = (i: number): number => items[i]?.task.order ?? 0;
  const compare = (a: number, b: number): number => {
    const ra = rank(a);
    const rb = rank(b);
    if (ra !== rb) return ra < rb ? -1 : 1;
    const oa = order(a);
    const ob = order(b);
    if (oa !== ob) return oa < ob ? -1 : 1;
    const sa = start(a);
    const sb = start(b);
    if (sa !== sb) return sa < sb ? -1 : 1;
    return a - b;
  };
  const ids = (list: number[]): string[] => list.sort(compare).map((i) => (items[i] as BucketItem).task.id);
  return { now: ids(placed.now), next: ids(placed.next), later: ids(placed.later) };
}
