/**
 * The vertical layout of a timed roadmap: lanes stacked top to bottom, each as tall as the rows
 * its packed bars need; a collapsed lane is one row with no bars.
 */
import { packRows } from './roadmap-pack.js';

/** Features placed on lanes, as parallel arrays (one entry per feature). */
export interface RoadmapRowsInput {
  /** The lane index of each feature; a negative index hides it (filtered out). */
  readonly lanes: ArrayLike<number>;
  /** Shown start and exclusive end, in the unit packing runs in (wall minutes). */
  readonly starts: ArrayLike<number>;
  readonly ends: ArrayLike<number>;
  readonly laneCount: number;
  /** `collapsed[lane]`: the lane shows as one empty row. */
  readonly collapsed?: ArrayLike<boolean>;
  readonly rowHeight: number;
  /** Space above the first and below the last row of a lane. Default 0. */
  readonly lanePadding?: number;
  /** The room a feature takes at least (a short feature still shows its label); see `packRows`. */
  readonly minLength?: number;
  /** Space kept between two features in a row, in the packing unit. */
  readonly gap?: number;
}

/** Where lanes and features go, in pixels from the top of the first lane. */
export interface RoadmapRows {
  /** Row of each feature inside its lane; −1 when hidden (filtered out or in a collapsed lane). */
  readonly row: Int32Array;
  /** Top of each feature's row; `NaN` when hidden. */
  readonly y: Float64Array;
  readonly laneTop: Float64Array;
  readonly laneHeight: Float64Array;
  /** Rows each lane needs when expanded (0 for an empty lane). */
  readonly laneRows: Int32Array;
  /** The whole height. */
  readonly height: number;
}

/** Packs each lane's features into the fewest rows and stacks the lanes. */
export function roadmapRows(input: RoadmapRowsInput): RoadmapRows {
  const n = Math.min(input.lanes.length, input.starts.length, input.ends.length);
  const laneCount = Math.max(0, input.laneCount);
  const padding = input.lanePadding ?? 0;
  const row = new Int32Array(n).fill(-1);
  const y = new Float64Array(n).fill(Number.NaN);
  const laneTop = new Float64Array(laneCount);
  const laneHeight = new Float64Array(laneCount);
  const laneRows = new Int32Array(laneCount);
  const members: number[][] = Array.from({ length: laneCount }, () => []);
  for (let i = 0; i < n; i++) {
    const lane = input.lanes[i] as number;
    if (lane >= 0 && lane < laneCount) members[lane]?.push(i);
  }
  let top = 0;
  for (let lane = 0; lane < laneCount; lane++) {
    const ids = members[lane] as number[];
    const starts = new Float64Array(ids.length);
    const ends = new Float64Array(ids.length);
    ids.forEach((i, k) => {
      starts[k] = input.starts[i] as number;
      ends[k] = input.ends[i] as number;
    });
    const packed = packRows(starts, ends, input.minLength ?? 0, input.gap ?? 0);
    laneRows[lane] = packed.rowCount;
    const collapsed = input.collapsed?.[lane] === true;
    const rows = collapsed ? 1 : Math.max(1, packed.rowCount);
    laneTop[lane] = top;
    laneHeight[lane] = rows * input.rowHeight + 2 * padding;
    if (!collapsed) {
      ids.forEach((i, k) => {
        const r = packed.rows[k] as number;
        row[i] = r;
        y[i] = top + padding + r * input.rowHeight;
      });
    }
    top += laneHeight[lane] as number;
  }
  return { row, y, laneTop, laneHeight, laneRows, height: top };
}

/** The lane at `y` (pixels from the top of the first lane), clamped to the first and last lane. */
export function laneAt(rows: RoadmapRows, y: number): number {
  const tops = rows.laneTop;
  if (tops.length === 0) return -1;
  let lo = 0;
  let hi = tops.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((tops[mid] as number) <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
