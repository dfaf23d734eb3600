import { withNoneLabel } from '../i18n/none-label.js';
import { parseWallTime, type Project, type Task } from '@roadline/core';
import {
  type BarLabels,
  type BucketItem,
  type BucketRule,
  labelReach,
  laneAt,
  layoutMarkerLabels,
  type MarkerLabels,
  placeBarLabels,
  ROADMAP_BUCKETS,
  type RoadmapBucket,
  type RoadmapBuckets,
  type RoadmapLane,
  type RoadmapLaneField,
  type RoadmapLevel,
  type RoadmapRows,
  type RoadmapZoom,
  roadmapAxis,
  roadmapBuckets,
  roadmapLanes,
  roadmapRows,
  roadmapScale,
} from '@roadline/core/views/roadmap';
import { type TimeScale, xOf } from '@roadline/core/views/timeline';
import { type TaskFacts, taskFacts } from '../base/task-facts.js';

/** What colors a feature bar. */
export type RoadmapColorBy = 'status' | 'priority' | 'lane';

/** A filter: features whose `field` value is one of `values` (an empty list keeps all). */
export interface RoadmapFilter {
  readonly field: RoadmapLaneField;
  readonly values: readonly string[];
}

/** One feature as the roadmap draws it. */
export interface Feature {
  readonly task: Readonly<Task>;
  readonly facts: TaskFacts;
  readonly lane: number;
  readonly color: string | undefined;
  /** Links drive it (a move pins it with SNET). */
  readonly linked: boolean;
}

/** A labelled vertical marker: a release or a milestone. */
export interface Marker {
  readonly id: string;
  readonly kind: 'release' | 'milestone';
  readonly label: string;
  readonly at: number;
}

/** Everything the timed and the bucket layouts need, computed once per store version and view options. */
export interface RoadmapModel {
  readonly features: Feature[];
  readonly byId: Map<string, number>;
  readonly lanes: RoadmapLane[];
  readonly rows: RoadmapRows;
  /** Sorted by date. */
  readonly markers: Marker[];
  /** Where each marker's label goes (rows, `+N` badges); see `layoutMarkerLabels`. */
  readonly markerLabels: MarkerLabels;
  /** Where each feature's name goes (inside or after its bar); see `placeBarLabels`. */
  readonly labels: BarLabels;
  /** Each feature's name's width in px. */
  readonly nameWidth: Float64Array;
  /** The header's height in px: the axis's two rows and the marker label rows. */
  readonly headerHeight: number;
  /** The axis's bottom header level: the zoom, or under `fit` the one its density reads in. */
  readonly level: RoadmapLevel;
  readonly pxPerDay: number;
  readonly scale: TimeScale;
  readonly width: number;
  readonly rowHeight: number;
}

/** Text widths in px (see `TextWidths`). */
export type MeasureText = (text: string, size: number, weight?: number) => number;

/** The inputs a model depends on. */
export interface ModelOptions {
  readonly laneBy: RoadmapLaneField;
  readonly colorBy: RoadmapColorBy;
  readonly zoom: RoadmapZoom;
  /** The chart's width in px (without the lane column): what `fit` spreads the span over. */
  readonly width: number;
  readonly filter: RoadmapFilter | undefined;
  readonly collapsed: ReadonlySet<string>;
  readonly today: number;
  readonly rowHeight: number;
  readonly measure: MeasureText;
  /** The name of the lane of features without a value, in the roadmap's language. */
  readonly noneLabel?: string;
}

/** Type sizes of bar names and marker labels, in px (the styles use the same). */
export const BAR_TEXT = 12;
export const MARKER_TEXT = 11;
/** Label rows of the header's marker band, each this tall in px. */
export const MARKER_ROWS = 3;
export const MARKER_ROW = 14;
/** The header's height with one marker label row. */
const HEADER_HEIGHT = 68;
/** The text of a marker's label. */
export function markerText(m: Marker): string {
  return m.kind === 'release' ? `◆ ${m.label}` : m.label;
}

function filterValue(task: Readonly<Task>, field: RoadmapLaneField): string {
  switch (field) {
    case 'group':
      return task.groupId ?? '';
    case 'person':
      return task.assignees?.[0] ?? '';
    case 'status':
      return task.status ?? '';
    case 'priority':
      return task.priority ?? '';
    case 'release':
      return task.releaseId ?? '';
  }
}

function colorOf(project: Project, task: Readonly<Task>, by: RoadmapColorBy, lane: RoadmapLane | undefined) {
  if (by === 'status') return (task.status && project.status(task.status)?.color) || task.color;
  if (by === 'priority') return (task.priority && project.priority(task.priority)?.color) || task.color;
  return lane?.color ?? task.color;
}

/**
 * The roadmap's model: the leaf features with dates (milestones become markers, summaries are
 * left out), their lanes, packed rows, the releases and the time scale. Pure reads of the store.
 */
export function buildModel(project: Project, options: ModelOptions): RoadmapModel {
  const { filter } = options;
  const tasks: Readonly<Task>[] = [];
  const facts: TaskFacts[] = [];
  const markers: Marker[] = [];
  for (const task of project.tasks()) {
    if (project.isSummary(task.id)) continue;
    const f = taskFacts(project, task.id);
    if (f === undefined) continue;
    if (f.shape === 'milestone') {
      markers.push({ id: task.id, kind: 'milestone', label: task.name, at: f.start });
      continue;
    }
    if (filter && filter.values.length > 0 && !filter.values.includes(filterValue(task, filter.field)))
      continue;
    tasks.push(task);
    facts.push(f);
  }
  const releaseAt = new Set<number>();
  for (const r of project.releases()) {
    const at = parseWallTime(r.date);
    if (at === undefined) continue;
    markers.push({ id: r.id, kind: 'release', label: r.name, at });
    releaseAt.add(at);
  }
  // A launch milestone on its release's date would only repeat the release's marker.
  const shown = markers.filter((m) => m.kind === 'release' || !releaseAt.has(m.at));
  markers.length = 0;
  markers.push(...shown);
  const lanes = withNoneLabel(roadmapLanes(project, options.laneBy, tasks), options.noneLabel ?? 'None');
  const laneIndex = new Map<string, number>();
  lanes.forEach((l, i) => {
    for (const id of l.itemIds) laneIndex.set(id, i);
  });
  const n = tasks.length;
  const laneOf = new Int32Array(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const features: Feature[] = [];
  const byId = new Map<string, number>();
  const instants: number[] = [options.today];
  // Features some link drives: one pass over the links, not a list of predecessors per feature.
  const driven = new Set<string>();
  for (const d of project.dependencies()) driven.add(d.to);
  for (let i = 0; i < n; i++) {
    const task = tasks[i] as Readonly<Task>;
    const f = facts[i] as TaskFacts;
    const lane = laneIndex.get(task.id) ?? -1;
    laneOf[i] = lane;
    starts[i] = f.start;
    ends[i] = f.end;
    instants.push(f.start, f.end);
    byId.set(task.id, i);
    features.push({
      task,
      facts: f,
      lane,
      color: colorOf(project, task, options.colorBy, lanes[lane]),
      linked: driven.has(task.id),
    });
  }
  for (const m of markers) instants.push(m.at);
  const axis = roadmapAxis(options.zoom, instants, options.today, options.width);
  const scale = roadmapScale(axis.level, axis.start, axis.end, axis.pxPerDay);
  const width = (scale.end - scale.start) * scale.pxPerMinute;
  const { measure } = options;
  // Each bar with its name: inside when it fits, else after it, the room packing keeps for it.
  const x = new Float64Array(n);
  const barWidth = new Float64Array(n);
  const text = new Float64Array(n);
  const reach = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const a = xOf(scale, starts[i] as number);
    x[i] = a;
    barWidth[i] = Math.max(MIN_BAR, xOf(scale, ends[i] as number) - a);
    text[i] = measure((tasks[i] as Readonly<Task>).name, BAR_TEXT);
    reach[i] =
      (starts[i] as number) + labelReach(barWidth[i] as number, text[i] as number) / scale.pxPerMinute;
  }
  const collapsed = lanes.map((l) => options.collapsed.has(l.value));
  const rows = roadmapRows({
    lanes: laneOf,
    starts,
    ends: reach,
    laneCount: lanes.length,
    collapsed,
    rowHeight: options.rowHeight,
    gap: GAP / scale.pxPerMinute,
  });
  const labels = placeBarLabels({ x, width: barWidth, text, line: rows.y, limit: width });
  markers.sort((a, b) => a.at - b.at);
  const markerLabels = layoutMarkerLabels(
    markers.map((m) => xOf(scale, m.at)),
    markers.map((m) => measure(markerText(m), MARKER_TEXT)),
    { rows: MARKER_ROWS, badgeWidth: measure('+99', MARKER_TEXT, 600) + 8, limit: width },
  );
  return {
    features,
    byId,
    lanes,
    rows,
    markers,
    markerLabels,
    labels,
    nameWidth: text,
    headerHeight: HEADER_HEIGHT + Math.max(0, markerLabels.rowCount - 1) * MARKER_ROW,
    level: axis.level,
    pxPerDay: axis.pxPerDay,
    scale,
    width,
    rowHeight: options.rowHeight,
  };
}

/** The narrowest bar, in px (a one-day feature at halves still shows). */
export const MIN_BAR = 8;
/** Space packing keeps between two bars of a row, in px. */
const GAP = 6;

/** The lane under `y` (pixels from the top of the lanes). */
export function laneAtY(model: RoadmapModel, y: number): number {
  return laneAt(model.rows, y);
}

/** The now / next / later buckets of the model's features. */
export function buildBuckets(project: Project, model: RoadmapModel, rule: BucketRule): RoadmapBuckets {
  const items: BucketItem[] = model.features.map((f) => ({
    task: f.task,
    start: f.facts.start,
    end: f.facts.end,
    category: f.task.status ? project.status(f.task.status)?.category : undefined,
    rank: f.task.priority ? project.priority(f.task.priority)?.rank : undefined,
  }));
  return roadmapBuckets(items, rule);
}

/** Each lane's feature ids per bucket, in bucket order: the cells of the now / next / later table. */
export type BucketCells = Record<RoadmapBucket, string[]>[];

/** Splits the buckets by lane (features without a lane are left out). */
export function bucketCells(model: RoadmapModel, buckets: RoadmapBuckets): BucketCells {
  const cells: BucketCells = model.lanes.map(() => ({ now: [], next: [], later: [] }));
  for (const bucket of ROADMAP_BUCKETS) {
    for (const id of buckets[bucket]) {
      const i = model.byId.get(id);
      const f = i === undefined ? undefined : model.features[i];
      if (f && f.lane >= 0) cells[f.lane]?.[bucket].push(id);
    }
  }
  return cells;
}
