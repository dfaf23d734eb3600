import type { AnalyticsFilter } from '@roadline/core';

/*
 * The shape of a dashboard's layout: shared by rl-dashboard, which places widgets by it, and by the
 * layout change event, which carries it.
 */

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
  | 'notes'
  | 'cumulative-flow';

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
