import type { AnalyticsFilter } from '@roadline/core';
import {
  clampGridInt,
  MAX_GRID_COLUMNS,
  MAX_GRID_HEIGHT,
  MAX_GRID_ROW,
  placeOnGrid,
} from '@roadline/core/views/dashboard';

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
  notes: ['scope', 'task', 'limit', 'readonly', 'author'],
};

/**
 * A usable copy of a config from outside: unknown widget types, duplicate ids and non-numeric
 * positions are dropped or clamped into the grid, never thrown at the page.
 */
export function normalizeConfig(
  config: DashboardConfig | undefined,
): Required<Pick<DashboardConfig, 'columns' | 'rowHeight'>> & DashboardConfig {
  const columns = clampGridInt(config?.columns, 1, MAX_GRID_COLUMNS, 12);
  const rowHeight = clampGridInt(config?.rowHeight, 40, 1000, 120);
  const seen = new Set<string>();
  const widgets: DashboardWidget[] = [];
  for (const raw of Array.isArray(config?.widgets) ? config.widgets : []) {
    if (typeof raw !== 'object' || raw === null || typeof raw.id !== 'string' || !TYPES.has(raw.type))
      continue;
    if (seen.has(raw.id)) continue;
    seen.add(raw.id);
    const w = clampGridInt(raw.w, 1, columns, Math.min(4, columns));
    widgets.push({
      ...raw,
      w,
      h: clampGridInt(raw.h, 1, MAX_GRID_HEIGHT, 2),
      x: clampGridInt(raw.x, 0, columns - w, 0),
      y: clampGridInt(raw.y, 0, MAX_GRID_ROW, 0),
    });
  }
  return { ...config, columns, rowHeight, widgets };
}

/**
 * Places widget `id` at `place` (clamped into the grid) and pushes any widget it now overlaps
 * down, in reading order, until nothing overlaps (`placeOnGrid` in core). Returns a new config;
 * the input is untouched.
 */
export function placeWidget(
  config: DashboardConfig,
  id: string,
  place: Pick<DashboardWidget, 'x' | 'y' | 'w' | 'h'>,
): DashboardConfig {
  if (!config.widgets.some((w) => w.id === id)) return config;
  return { ...config, widgets: placeOnGrid(config.widgets, config.columns ?? 12, id, place) };
}
