/**
 * What a drop on the now / next / later view changes. The bucket rule decides: under `field` the
 * feature gets the bucket's value, under `status` the bucket's first status, under `date` new
 * dates that put it in the bucket (its start moved to the bucket's first day, its duration kept).
 * A drop on another lane also sets the lane's field, as a drop in the timed view does, and a drop
 * between two cards gives the feature an `order` between theirs, as a board column does. Buckets
 * keep the more important features first, so a card lands among the cards of its own priority.
 */
import type { StatusCategory, Task } from '../../model/types.js';
import { type BoardField, boardFieldPatch, boardFieldValue, NO_VALUE } from '../board/board-fields.js';
import { orderForPosition } from '../board/board-order.js';
import { type BucketRule, bucketOf, type RoadmapBucket } from './roadmap-buckets.js';
import { type RoadmapPatch, roadmapEditPatch } from './roadmap-drop.js';
import type { RoadmapLaneField } from './roadmap-lanes.js';
import { formatWallTime } from '../../time/wall-time.js';

const DAY = 1440;

/** A date rule: features fall into buckets by their start against today. */
export type DateBucketRule = Extract<BucketRule, { by: 'date' }>;

/** The first minute of `bucket` under a date rule: today, then today plus `nowDays`, plus `nextDays`. */
export function bucketStart(rule: DateBucketRule, bucket: RoadmapBucket): number {
  const nowDays = rule.nowDays ?? 42;
  const nextDays = Math.max(nowDays, rule.nextDays ?? 126);
  if (bucket === 'now') return rule.today;
  return rule.today + (bucket === 'next' ? nowDays : nextDays) * DAY;
}

/**
 * The start that puts a feature in `bucket` under a date rule: its own start when it is already
 * there, otherwise the bucket's first day at the feature's own time of day (a 09:00 start stays
 * at 09:00). The duration is the caller's to keep (the store moves the end with the start).
 */
export function roadmapBucketDate(
  rule: DateBucketRule,
  bucket: RoadmapBucket,
  start: number,
  end: number,
): number {
  if (bucketOf({ task: { id: '', name: '' }, start, end }, rule) === bucket) return start;
  const clock = Number.isFinite(start) ? ((start % DAY) + DAY) % DAY : 0;
  return bucketStart(rule, bucket) + clock;
}

/** A status as the status rule needs it. */
export interface BucketStatus {
  readonly id: string;
  readonly category: StatusCategory;
}

/**
 * The value a `field` or `status` rule needs for `bucket`: the bucket's value (`field`), or its
 * first listed status (`status`). A status bucket without a list takes the first status, in the
 * project's order, that no bucket lists and whose category falls there (active, then blocked, for
 * now; todo for next); `later` without a list means no status ({@link NO_VALUE}). `undefined` when
 * no value puts a feature there.
 */
export function bucketValue(
  rule: Exclude<BucketRule, DateBucketRule>,
  bucket: RoadmapBucket,
  statuses: readonly BucketStatus[],
): string | undefined {
  if (rule.by === 'field') return rule[bucket] ?? bucket;
  const listed = rule[bucket];
  if (listed !== undefined && listed.length > 0) return listed[0];
  if (bucket === 'later') return NO_VALUE;
  const taken = new Set([...(rule.now ?? []), ...(rule.next ?? []), ...(rule.later ?? [])]);
  const categories: readonly StatusCategory[] = bucket === 'now' ? ['active', 'blocked'] : ['todo'];
  for (const category of categories) {
    const found = statuses.find((s) => s.category === category && !taken.has(s.id));
    if (found) return found.id;
  }
  return undefined;
}

/** A card that stays in the target cell, for the order the moved card lands at among them. */
export interface BucketCellCard {
  readonly id: string;
  readonly order: number | undefined;
  /** Its priority's rank; `Infinity` (the default) without one. */
  readonly rank?: number | undefined;
}

/** A priority as the position needs it. */
export interface BucketPriority {
  readonly id: string;
  readonly rank: number;
}

/**
 * The positions (`[first, last]`, inclusive, among `ranks.length + 1` gaps) a card of `rank` may
 * take among cards of `ranks`, listed in bucket order (rank ascending): after every more important
 * card and before every less important one.
 */
export function bucketIndexRange(ranks: readonly number[], rank: number): [number, number] {
  let first = 0;
  let last = 0;
  for (const r of ranks) {
    if (r < rank) first++;
    if (r <= rank) last++;
  }
  return [first, last];
}

/** A planned drop of one card on the now / next / later view. */
export interface RoadmapBucketMoveInput {
  readonly task: Readonly<Task>;
  readonly rule: BucketRule;
  /** The bucket it is dropped in. */
  readonly bucket: RoadmapBucket;
  /** Its shown start and exclusive end in wall minutes (`NaN` when undated). */
  readonly start: number;
  readonly end: number;
  /** Whether links drive it: a date move then pins it with a start-no-earlier-than constraint. */
  readonly linked?: boolean;
  /** The project's statuses, in order (for the status rule). */
  readonly statuses?: readonly BucketStatus[];
  /** The project's priorities (for the card's rank after the move). */
  readonly priorities?: readonly BucketPriority[];
  /** The lane field and the target lane's value, for a drop on another lane. */
  readonly laneField?: RoadmapLaneField | undefined;
  readonly lane?: string | undefined;
  /** The target cell's other cards, in shown order (the moved card left out). */
  readonly cell?: readonly BucketCellCard[];
  /**
   * The position among `cell` it is dropped at (`0 … cell.length`), kept among the cards of its
   * priority; no position or no `cell`: order untouched.
   */
  readonly index?: number | undefined;
  /** Its position among `cell` now, when it is already in that cell: dropping there changes no order. */
  readonly currentIndex?: number | undefined;
}

/** The changes of a drop: the moved card's patch and new orders for its new neighbours. */
export interface RoadmapBucketPlan {
  /** Where among the cell's other cards it lands (the asked position, kept among its priority's cards). */
  readonly index: number;
  /** The positions its priority allows in that cell (`[first, last]`). */
  readonly range: readonly [number, number];
  /** The moved feature's members to change; `undefined` when none. */
  readonly patch: RoadmapPatch | undefined;
  /** Neighbours renumbered because their orders left no room between them (usually empty). */
  readonly others: readonly { readonly id: string; readonly order: number }[];
}

/**
 * The changes a drop makes, or `undefined` when the rule cannot put a feature in that bucket (a
 * status rule whose project has no status for it). When the drop changes nothing, the plan's
 * `patch` is `undefined` and `others` empty: the caller makes no transaction. When the bucket's
 * field is also the lane's field, the bucket's value wins.
 */
export function planRoadmapBucketMove(input: RoadmapBucketMoveInput): RoadmapBucketPlan | undefined {
  const { task, rule, bucket, start, end } = input;
  let patch: RoadmapPatch = {};
  if (rule.by === 'date') {
    const to = roadmapBucketDate(rule, bucket, start, end);
    const timed = roadmapEditPatch({
      task,
      edit: 'move',
      start: Number.isFinite(start) ? start : to,
      end: Number.isFinite(end) ? end : to,
      to,
      linked: input.linked,
      laneField: input.laneField,
      lane: input.lane,
    });
    Object.assign(patch, timed);
    // An undated feature has no shown start to move from: it gets the bucket's start outright.
    if (!Number.isFinite(start) && Number.isFinite(to)) patch.start = formatWallTime(to);
  } else {
    const value = bucketValue(rule, bucket, input.statuses ?? []);
    if (value === undefined) return undefined;
    Object.assign(
      patch,
      roadmapEditPatch({
        task,
        edit: 'move',
        start,
        end,
        to: start,
        laneField: input.laneField,
        lane: input.lane,
      }),
    );
    const field: BoardField = rule.by === 'status' ? 'status' : rule.field;
    const moved = { ...task, ...patch } as Readonly<Task>;
    if (boardFieldValue(moved, field) !== value)
      patch = { ...patch, ...boardFieldPatch(moved, field, value) };
    // The lane's patch set the field and the bucket's set it back: nothing of it changes.
    if (boardFieldValue(task, field) === value) patch = dropField(patch, field);
  }
  const others: { id: string; order: number }[] = [];
  const cell = input.cell ?? [];
  const priority = ({ ...task, ...patch } as Readonly<Task>).priority;
  const rank = input.priorities?.find((p) => p.id === priority)?.rank ?? Number.POSITIVE_INFINITY;
  const range = bucketIndexRange(
    cell.map((c) => c.rank ?? Number.POSITIVE_INFINITY),
    rank,
  );
  const asked = input.index ?? input.currentIndex ?? range[1];
  const index = Math.max(range[0], Math.min(range[1], Math.trunc(Number.isFinite(asked) ? asked : range[1])));
  // Alone in a cell, any order keeps it in place: the one it has is left alone.
  if (input.index !== undefined && index !== input.currentIndex && cell.length > 0) {
    const placement = orderForPosition(
      cell.map((c) => c.order ?? 0),
      index,
    );
    placement.renumber?.forEach((order, i) => {
      const card = cell[i];
      if (card && (card.order ?? 0) !== order) others.push({ id: card.id, order });
    });
    if ((task.order ?? 0) !== placement.order) patch.order = placement.order;
  }
  return { patch: Object.keys(patch).length > 0 ? patch : undefined, others, index, range };
}

/** `patch` without the member(s) that hold `field` (the lane's value was undone by the bucket's). */
function dropField(patch: RoadmapPatch, field: BoardField): RoadmapPatch {
  const keys = Object.keys(boardFieldPatch({ id: '', name: '' }, field, NO_VALUE)) as (keyof RoadmapPatch)[];
  const out: RoadmapPatch = { ...patch };
  for (const key of keys) delete out[key];
  return out;
}
