/**
 * Laying out the labels of a roadmap's release and milestone markers so that no two overlap.
 * Each marker is a vertical line at `x` whose label starts just after it (left to right) or ends
 * just before it (right to left). Labels go, in the order of their lines, to the first label row
 * where they fit; when every row is taken there, the marker is counted in a `+N` badge: the one
 * that blocks the last row, or the label there, which becomes a badge. So labels and badges never overlap, whatever the markers, and every marker is either
 * shown by its own label or counted in a badge whose names a tooltip can list.
 */

/** How marker labels are laid out, in px. */
export interface MarkerLabelOptions {
  /** Label rows available (at least 1). Default 3. */
  readonly rows?: number;
  /** Space kept between two labels in a row. Default 6. */
  readonly gap?: number;
  /** Distance from a marker's line to its label. Default 4. */
  readonly offset?: number;
  /** The width of a `+N` badge (measure `+99`). Default 24. */
  readonly badgeWidth?: number;
  /** Labels run leftwards from their lines (right-to-left geometry that is not mirrored). */
  readonly rtl?: boolean;
  /**
   * The chart's width: a label that would run past its end (its start, right to left) is moved
   * back along its row, at most to end at its line. Default: no limit.
   */
  readonly limit?: number;
}

/** A `+N` badge: the markers it counts (its owner first) and where it is drawn. */
export interface MarkerBadge {
  /** The marker whose line the badge sits at. */
  readonly owner: number;
  readonly row: number;
  /** The markers counted, owner first, in line order. */
  readonly members: number[];
  /** The badge's box: `[left, right)` in px. */
  readonly left: number;
  readonly right: number;
}

/** Where each marker's label goes. */
export interface MarkerLabels {
  /** `row[i]`: the row of marker `i`'s own label, or −1 when it is counted in a badge. */
  readonly row: Int8Array;
  /** The left and right edge of each shown label's box (NaN for counted markers). */
  readonly left: Float64Array;
  readonly right: Float64Array;
  readonly badges: MarkerBadge[];
  /** Rows used: the header needs this many label rows (0 without markers). */
  readonly rowCount: number;
}

interface Badge {
  owner: number;
  row: number;
  members: number[];
  from: number;
}

/**
 * Lays out the labels of markers at `x` (px) whose labels are `width` px wide. Non-finite
 * positions are left out (row −1, no badge). O(n log n + n · rows).
 */
export function layoutMarkerLabels(
  x: ArrayLike<number>,
  width: ArrayLike<number>,
  options: MarkerLabelOptions = {},
): MarkerLabels {
  const rows = Math.max(1, Math.floor(options.rows ?? 3));
  const gap = options.gap ?? 6;
  const offset = options.offset ?? 4;
  const badgeWidth = options.badgeWidth ?? 24;
  const rtl = options.rtl === true;
  // In reading coordinates, the far edge labels must not pass.
  const limit = options.limit === undefined ? Number.POSITIVE_INFINITY : rtl ? 0 : options.limit;
  /** Where a box of `w` px for the line at `at` starts: after the line, moved back from the limit. */
  const startOf = (at: number, w: number): number =>
    Math.max(at - offset - w, Math.min(at + offset, limit - w));
  const n = Math.min(x.length, width.length);
  const row = new Int8Array(n).fill(-1);
  const left = new Float64Array(n).fill(Number.NaN);
  const right = new Float64Array(n).fill(Number.NaN);
  // Work in "reading" coordinates: a label's box is [a + offset, a + offset + w) whatever the direction.
  const a = new Float64Array(n);
  const order: number[] = [];
  for (let i = 0; i < n; i++) {
    const xi = x[i] as number;
    if (!Number.isFinite(xi)) continue;
    a[i] = rtl ? -xi : xi;
    order.push(i);
  }
  order.sort((i, j) => (a[i] as number) - (a[j] as number) || i - j);
  const end = new Float64Array(rows).fill(Number.NEGATIVE_INFINITY);
  /** The last label (≥ 0) or badge (−1 − badge index) in each row. */
  const last = new Int32Array(rows);
  const badges: Badge[] = [];
  const from0 = new Float64Array(n);
  let used = 0;
  const free = (from: number): number => {
    for (let r = 0; r < rows; r++) if ((end[r] as number) + gap <= from) return r;
    return -1;
  };
  for (const i of order) {
    const w = widthOf(width[i] as number);
    const from = startOf(a[i] as number, w);
    const r = free(from);
    if (r >= 0) {
      row[i] = r;
      from0[i] = from;
      end[r] = from + w;
      last[r] = i;
      used = Math.max(used, r + 1);
      continue;
    }
    // Every row is taken here (so the last row has something in it): count the marker in what
    // blocks the last row, a badge already or a label that becomes one (narrower, it blocks less).
    const lastRow = rows - 1;
    const blocker = last[lastRow] as number;
    if (blocker < 0) {
      (badges[-1 - blocker] as Badge).members.push(i);
      continue;
    }
    row[blocker] = -1;
    // The badge starts where the label did or later (never into the row's previous box).
    const badgeFrom = Math.max(from0[blocker] as number, startOf(a[blocker] as number, badgeWidth));
    badges.push({ owner: blocker, row: lastRow, members: [blocker, i], from: badgeFrom });
    end[lastRow] = badgeFrom + badgeWidth;
    last[lastRow] = -1 - (badges.length - 1);
  }
  for (const i of order) {
    if ((row[i] as number) < 0) continue;
    const from = from0[i] as number;
    const to = from + widthOf(width[i] as number);
    left[i] = rtl ? 0 - to : from;
    right[i] = rtl ? 0 - from : to;
  }
  return {
    row,
    left,
    right,
    badges: badges.map((b) => {
      const from = b.from;
      const to = from + badgeWidth;
      return {
        owner: b.owner,
        row: b.row,
        members: b.members,
        left: rtl ? 0 - to : from,
        right: rtl ? 0 - from : to,
      };
    }),
    rowCount: used,
  };
}

/** A label's width: a measure that is not a finite positive number takes no room. */
function widthOf(w: number): number {
  return Number.isFinite(w) && w > 0 ? w : 0;
}
