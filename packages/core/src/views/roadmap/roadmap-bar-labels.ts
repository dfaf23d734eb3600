/**
 * Where a roadmap bar's name goes: inside the bar when it fits, else just after the bar's end
 * (later in time: right in left-to-right geometry, which a right-to-left chart mirrors) when its
 * row has room before the next bar, and truncated only when neither fits, in whichever of the two
 * places is wider. Packing keeps that room after short bars (`labelReach`), so a truncated name
 * is rare: a very long name, or a row the chart's end cuts short.
 */

/** A name inside its bar. */
export const LABEL_INSIDE = 0;
/** A name after its bar's end. */
export const LABEL_AFTER = 1;

/** Paddings and limits of bar labels, in px. */
export interface BarLabelOptions {
  /** Room a bar's border and padding take from a name inside it. Default 16. */
  readonly inset?: number;
  /** Space between a bar's end and a name after it. Default 6. */
  readonly gap?: number;
  /** Space kept between a name after a bar and the next bar. Default 4. */
  readonly endGap?: number;
  /** Narrower than this, a truncated name is kept inside its bar rather than after it. Default 32. */
  readonly minAfter?: number;
  /** The most room packing keeps for a name after its bar. Default 240. */
  readonly maxAfter?: number;
}

/** Bars as drawn: left edges, widths, their names' widths and the line each is on, in px. */
export interface BarLabelInput {
  readonly x: ArrayLike<number>;
  readonly width: ArrayLike<number>;
  readonly text: ArrayLike<number>;
  /** Bars with the same key share a line (a row's top); a non-finite key is not drawn. */
  readonly line: ArrayLike<number>;
  /** The chart's width: names end before it. */
  readonly limit: number;
}

/** Where each name goes. */
export interface BarLabels {
  /** {@link LABEL_INSIDE} or {@link LABEL_AFTER} per bar. */
  readonly place: Uint8Array;
  /** The width the name's box gets: its text's, or less when truncated (then `truncated` is 1). */
  readonly width: Float32Array;
  readonly truncated: Uint8Array;
}

const defaults = { inset: 16, gap: 6, endGap: 4, minAfter: 32, maxAfter: 240 };

/**
 * The room a bar takes in its row with its name: the bar alone when the name fits inside, else
 * the bar and the name after it (up to `maxAfter`). Packing rows with this keeps names after
 * short bars clear of the next bar.
 */
export function labelReach(width: number, text: number, options?: BarLabelOptions): number {
  // Called once per bar: no options object is built.
  const t = Number.isFinite(text) && text > 0 ? text : 0;
  if (t + (options?.inset ?? defaults.inset) <= width) return width;
  return (
    width +
    (options?.gap ?? defaults.gap) +
    Math.min(t, options?.maxAfter ?? defaults.maxAfter) +
    (options?.endGap ?? defaults.endGap)
  );
}

/** Places every bar's name (see the file comment). O(n log n). */
export function placeBarLabels(input: BarLabelInput, options: BarLabelOptions = {}): BarLabels {
  const o = { ...defaults, ...options };
  const { x, width, text, line, limit } = input;
  const n = Math.min(x.length, width.length, text.length, line.length);
  const place = new Uint8Array(n);
  const out = new Float32Array(n);
  const truncated = new Uint8Array(n);
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (Number.isFinite(line[i] as number)) order.push(i);
  order.sort(
    (i, j) => (line[i] as number) - (line[j] as number) || (x[i] as number) - (x[j] as number) || i - j,
  );
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    const next = order[k + 1];
    const right = (x[i] as number) + (width[i] as number);
    const stop =
      next !== undefined && line[next] === line[i] ? (x[next] as number) - o.endGap : limit - o.endGap;
    const after = stop - right - o.gap;
    const inside = (width[i] as number) - o.inset;
    const t = Number.isFinite(text[i] as number) && (text[i] as number) > 0 ? (text[i] as number) : 0;
    if (t <= inside) {
      out[i] = t;
    } else if (t <= after) {
      place[i] = LABEL_AFTER;
      out[i] = t;
    } else {
      truncated[i] = 1;
      if (after > inside && after >= o.minAfter) {
        place[i] = LABEL_AFTER;
        out[i] = after;
      } else out[i] = Math.max(0, inside);
    }
  }
  return { place, width: out, truncated };
}
