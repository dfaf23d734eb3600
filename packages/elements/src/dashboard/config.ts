import type { AnalyticsFilter } from '@roadline/core';

/** The widgets a dashboard can hold. */
export type WidgetType =
  | 'progress'
  | 'status'
  | 'workload'
  | 'burndown'
  | 'burnup'
  | 'milestones'
  | 'late'
  | 'bottlenecks'
  | 'portfolio'
  | 'kpi'
  | 'notes';

/** One widget of a dashboard: what it shows and where it sits on the grid (cells, 0-based). */
export interface DashboardWidget {
  /** Unique within the dashboard. */
  id: string;
  type: WidgetType;
  /** Column and row of the top-left cell, 0-based. */
  x: number;
  y: number;
  /** Width in columns and height in rows, at least 1. */
  w: number;
  h: number;
  /** The heading; default the widget's own. */
  title?: string;
  /** Which of the dashboard's `projects` (by key or project id); default the dashboard's `project`, or all for a portfolio. */
  projects?: string[];
  filter?: AnalyticsFilter;
  /** Widget settings, for example `{ variant: 'bars' }` for a status chart or `{ weeks: 6 }` for a workload. */
  options?: Record<string, unknown>;
}

/** A dashboard: a grid of `columns` columns (default 12) and rows of `rowHeight` pixels (default 120). */
export interface DashboardConfig {
  columns?: number;
  rowHeight?: number;
  widgets: DashboardWidget[];
}

const TYPES = new Set<string>([
  'progress',
  'status',
  'workload',
  'burndown',
  'burnup',
  'milestones',
  'late',
  'bottlenecks',
  'portfolio',
  'kpi',
  'notes',
]);

/** The settings each widget type accepts from `options` (anything else is ignored). */
export const WIDGET_OPTIONS: Record<WidgetType, readonly string[]> = {
  progress: ['breakdown', 'limit'],
  status: ['variant'],
  workload: ['weeks', 'from', 'limit'],
  burndown: ['snapshots'],
  burnup: ['snapshots'],
  milestones: ['hideDone', 'limit'],
  late: ['limit', 'behindBy'],
  bottlenecks: ['limit'],
  portfolio: [],
  kpi: ['tiles'],
  notes: ['scope', 'task', 'limit'],
};

/**
 * A usable copy of a config from outside: unknown widget types, duplicate ids and non-numeric
 * positions are dropped or clamped into the grid, never thrown at the page.
 */
export function normalizeConfig(
  config: DashboardConfig | undefined,
): Required<Pick<DashboardConfig, 'columns' | 'rowHeight'>> & DashboardConfig {
  const columns = clampInt(config?.columns, 1, 48, 12);
  const rowHeight = clampInt(config?.rowHeight, 40, 1000, 120);
  const seen = new Set<string>();
  const widgets: DashboardWidget[] = [];
  for (const raw of Array.isArray(config?.widgets) ? config.widgets : []) {
    if (typeof raw !== 'object' || raw === null || typeof raw.id !== 'string' || !TYPES.has(raw.type))
      continue;
    if (seen.has(raw.id)) continue;
    seen.add(raw.id);
    const w = clampInt(raw.w, 1, columns, Math.min(4, columns));
    widgets.push({
      ...raw,
      w,
      h: clampInt(raw.h, 1, 50, 2),
      x: clampInt(raw.x, 0, columns - w, 0),
      y: clampInt(raw.y, 0, 10_000, 0),
    });
  }
  return { ...config, columns, rowHeight, widgets };
}

/**
 * Places widget `id` at `place` (clamped into the grid) and pushes any widget it now overlaps
 * down, in reading order, until nothing overlaps. Returns a new config; the input is untouched.
 */
export function placeWidget(
  config: DashboardConfig,
  id: string,
  place: Pick<DashboardWidget, 'x' | 'y' | 'w' | 'h'>,
): DashboardConfig {
  const columns = clampInt(config.columns, 1, 48, 12);
  const target = config.widgets.find((w) => w.id === id);
  if (!target) return config;
  const w = clampInt(place.w, 1, columns, target.w);
  const moved: DashboardWidget = {
    ...target,
    w,
    h: clampInt(place.h, 1, 50, target.h),
    x: clampInt(place.x, 0, columns - w, target.x),
    y: clampInt(place.y, 0, 10_000, target.y),
  };
  const placed: DashboardWidget[] = [moved];
  const others = config.widgets.filter((x) => x.id !== id).sort((a, b) => a.y - b.y || a.x - b.x);
  for (const other of others) {
    const next = { ...other };
    let hit = placed.find((p) => overlaps(p, next));
    while (hit) {
      next.y = hit.y + hit.h;
      hit = placed.find((p) => overlaps(p, next));
    }
    placed.push(next);
  }
  const byId = new Map(placed.map((p) => [p.id, p]));
  return { ...config, widgets: config.widgets.map((x) => byId.get(x.id) ?? x) };
}

function overlaps(a: DashboardWidget, b: DashboardWidget): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

function clampInt(value: unknown, lo: number, hi: number, fallback: number): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : fallback;
  return Math.min(hi, Math.max(lo, n));
}
