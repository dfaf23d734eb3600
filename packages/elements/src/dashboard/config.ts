import {
  clampGridInt,
  MAX_GRID_COLUMNS,
  MAX_GRID_HEIGHT,
  MAX_GRID_ROW,
  placeOnGrid,
} from '@roadline/core/views/dashboard';
import type { DashboardConfig, DashboardWidget, WidgetType } from '../widget/dashboard-layout.js';

export type { DashboardConfig, DashboardWidget, WidgetType };

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
  'cumulative-flow',
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
  'cumulative-flow': [],
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

/**
 * What `rl-dashboard` shows when it is given data but no `config`: for one project, its key
 * figures across the top, then progress, status and milestones, then workload, late work and
 * bottlenecks; for many projects only, the portfolio. A host's `config` replaces it entirely.
 */
export const DEFAULT_CONFIGS: Readonly<Record<'project' | 'portfolio', DashboardConfig>> = {
  project: {
    columns: 12,
    rowHeight: 120,
    widgets: [
      { id: 'kpi', type: 'kpi', x: 0, y: 0, w: 12, h: 1 },
      { id: 'progress', type: 'progress', x: 0, y: 1, w: 4, h: 2 },
      { id: 'status', type: 'status', x: 4, y: 1, w: 4, h: 2 },
      { id: 'milestones', type: 'milestones', x: 8, y: 1, w: 4, h: 2 },
      { id: 'workload', type: 'workload', x: 0, y: 3, w: 6, h: 2 },
      { id: 'late', type: 'late', x: 6, y: 3, w: 3, h: 2 },
      { id: 'bottlenecks', type: 'bottlenecks', x: 9, y: 3, w: 3, h: 2 },
    ],
  },
  portfolio: {
    columns: 12,
    rowHeight: 120,
    widgets: [{ id: 'portfolio', type: 'portfolio', x: 0, y: 0, w: 12, h: 3 }],
  },
};
