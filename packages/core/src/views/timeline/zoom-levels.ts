/**
 * The zoom table of timeline views, in the style of d3-time's `ticks.js`: one row per level with
 * the density (pixels per day), the snap interval, and the two header rows as
 * `[interval, step, format]`. Intervals are d3-time UTC intervals, so a header cell never shifts
 * with the viewer's time zone or a daylight-saving change.
 *
 * Positions use a linear map over wall minutes (see `time-scale.ts`) rather than d3's `scaleUtc`:
 * wall minutes are already UTC-read integers, so the map is exact, allocation-free on hot paths,
 * and core keeps its single dependency (d3-time).
 */
import {
  type CountableTimeInterval,
  type TimeInterval,
  utcDay,
  utcFriday,
  utcHour,
  utcMinute,
  utcMonday,
  utcMonth,
  utcSaturday,
  utcSunday,
  utcThursday,
  utcTuesday,
  utcWednesday,
  utcYear,
} from 'd3-time';

/** The zoom levels of a timeline, finest first. */
export type ZoomLevel = 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

/** Every zoom level, finest first (zooming in moves left in this list). */
export const ZOOM_ORDER: readonly ZoomLevel[] = Object.freeze([
  'hour',
  'day',
  'week',
  'month',
  'quarter',
  'year',
]);

/** A calendar unit a header row or a snap can use. */
export type TimeUnit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year';

/** How a header cell is labelled: Intl options (always formatted in UTC) or a label Intl lacks. */
export type TickFormat =
  | { readonly kind: 'intl'; readonly options: Readonly<Intl.DateTimeFormatOptions> }
  | { readonly kind: 'quarter' }
  | { readonly kind: 'decade' };

/** One header row: cells are `step` units long and labelled with `format`. */
export interface HeaderRowSpec {
  readonly unit: TimeUnit;
  readonly step: number;
  readonly format: TickFormat;
}

/** One row of the zoom table. */
export interface ZoomSpec {
  readonly level: ZoomLevel;
  /** Horizontal density; a bar of one calendar day is this wide. */
  readonly pxPerDay: number;
  /** What drags and keyboard moves snap to: the smallest unit a person can aim at this density. */
  readonly snap: { readonly unit: TimeUnit; readonly step: number };
  /** The coarse top row and the fine bottom row. */
  readonly header: readonly [HeaderRowSpec, HeaderRowSpec];
  /** Whether non-working time is shaded (it would be noise below a few pixels per day). */
  readonly shadeNonWorking: boolean;
}

const intl = (options: Intl.DateTimeFormatOptions): TickFormat => ({ kind: 'intl', options });

/**
 * The table. Densities are chosen so that a bottom-row cell is 30–150 px wide: wide enough for
 * its label, narrow enough that several fit on a laptop screen.
 */
export const ZOOM_LEVELS: Readonly<Record<ZoomLevel, ZoomSpec>> = Object.freeze({
  hour: {
    level: 'hour',
    pxPerDay: 24 * 40,
    snap: { unit: 'minute', step: 15 },
    header: [
      {
        unit: 'day',
        step: 1,
        format: intl({ weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }),
      },
      { unit: 'hour', step: 1, format: intl({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }) },
    ],
    shadeNonWorking: true,
  },
  day: {
    level: 'day',
    pxPerDay: 36,
    snap: { unit: 'day', step: 1 },
    header: [
      { unit: 'month', step: 1, format: intl({ month: 'long', year: 'numeric' }) },
      { unit: 'day', step: 1, format: intl({ day: 'numeric' }) },
    ],
    shadeNonWorking: true,
  },
  week: {
    level: 'week',
    pxPerDay: 16,
    snap: { unit: 'day', step: 1 },
    header: [
      { unit: 'month', step: 1, format: intl({ month: 'long', year: 'numeric' }) },
      { unit: 'week', step: 1, format: intl({ day: 'numeric', month: 'short' }) },
    ],
    shadeNonWorking: true,
  },
  month: {
    level: 'month',
    pxPerDay: 4,
    snap: { unit: 'day', step: 1 },
    header: [
      { unit: 'year', step: 1, format: intl({ year: 'numeric' }) },
      { unit: 'month', step: 1, format: intl({ month: 'short' }) },
    ],
    shadeNonWorking: true,
  },
  quarter: {
    level: 'quarter',
    pxPerDay: 1.5,
    snap: { unit: 'week', step: 1 },
    header: [
      { unit: 'year', step: 1, format: intl({ year: 'numeric' }) },
      { unit: 'quarter', step: 1, format: { kind: 'quarter' } },
    ],
    shadeNonWorking: false,
  },
  year: {
    level: 'year',
    pxPerDay: 0.4,
    snap: { unit: 'month', step: 1 },
    header: [
      { unit: 'year', step: 10, format: { kind: 'decade' } },
      { unit: 'year', step: 1, format: intl({ year: 'numeric' }) },
    ],
    shadeNonWorking: false,
  },
} satisfies Record<ZoomLevel, ZoomSpec>);

/** Whether a value names a zoom level (for attribute input). */
export function isZoomLevel(value: unknown): value is ZoomLevel {
  return typeof value === 'string' && (ZOOM_ORDER as readonly string[]).includes(value);
}

/** The next level in (`-1`) or out (`+1`), staying at the ends. */
export function stepZoom(level: ZoomLevel, direction: -1 | 1): ZoomLevel {
  const i = ZOOM_ORDER.indexOf(level) + direction;
  return ZOOM_ORDER[Math.max(0, Math.min(ZOOM_ORDER.length - 1, i))] as ZoomLevel;
}

/**
 * The coarsest level at which `minutes` of time fit in `widthPx` (the finest when none does not
 * fit), for zoom to fit.
 */
export function levelToFit(minutes: number, widthPx: number): ZoomLevel {
  for (const level of ZOOM_ORDER) {
    if ((minutes / 1440) * ZOOM_LEVELS[level].pxPerDay <= widthPx) return level;
  }
  return 'year';
}

const WEEKS: readonly CountableTimeInterval[] = [
  utcSunday,
  utcMonday,
  utcTuesday,
  utcWednesday,
  utcThursday,
  utcFriday,
  utcSaturday,
];

/**
 * The d3-time UTC interval of `step` `unit`s. Weeks start on `weekStart` (0 = Sunday … 6), the
 * locale's first day of the week. Multi-unit steps align to the unit's epoch (years to multiples
 * of `step`, as d3's `every` does), so cells are stable while scrolling.
 */
export function unitInterval(unit: TimeUnit, step = 1, weekStart = 1): TimeInterval {
  if (unit === 'quarter') return utcMonth.every(3 * Math.max(1, step)) ?? utcMonth;
  const base = baseInterval(unit, weekStart);
  if (step === 1 || unit === 'week') return base;
  return base.every(step) ?? base;
}

function baseInterval(unit: Exclude<TimeUnit, 'quarter'>, weekStart: number): CountableTimeInterval {
  switch (unit) {
    case 'minute':
      return utcMinute;
    case 'hour':
      return utcHour;
    case 'day':
      return utcDay;
    case 'week':
      return WEEKS[((weekStart % 7) + 7) % 7] as CountableTimeInterval;
    case 'month':
      return utcMonth;
    case 'year':
      return utcYear;
  }
}
