/**
 * Roadmap lanes: the features of a roadmap grouped by one select-like field (theme or team,
 * person, status, priority, release), in the field's natural order. The field values and the
 * patch that moves a feature into a lane are the board's (`board-fields.ts`), so a roadmap and a
 * board over one store agree on what "the lane of a task" means.
 */
import type { Task } from '../../model/types.js';
import type { Project } from '../../store/project.js';
import { type BoardField, boardFieldOptions, boardFieldValue, NO_VALUE } from '../board/board-fields.js';

/** What a roadmap's lanes are made of. */
export type RoadmapLaneField = 'group' | 'person' | 'status' | 'priority' | 'release';

/** Every lane field, in the order a lane picker lists them. */
export const ROADMAP_LANE_FIELDS: readonly RoadmapLaneField[] = Object.freeze([
  'group',
  'person',
  'status',
  'priority',
  'release',
]);

/** Whether a value names a lane field (for attribute input). */
export function isRoadmapLaneField(value: unknown): value is RoadmapLaneField {
  return typeof value === 'string' && (ROADMAP_LANE_FIELDS as readonly string[]).includes(value);
}

/** One lane: a value of the lane field and the features in it (ids, in input order). */
export interface RoadmapLane {
  /** The field value; {@link NO_VALUE} for features without one. */
  readonly value: string;
  readonly label: string;
  readonly color: string | undefined;
  readonly itemIds: string[];
}

/** Options of {@link roadmapLanes}. */
export interface RoadmapLaneOptions {
  /** Keep lanes no feature is in (the field's defined values). Default true: a plan shows its empty themes. */
  readonly showEmpty?: boolean;
}

/**
 * The lanes of `items` grouped by `field`: one lane per defined value in the field's order, then
 * one per value the project does not define (a dangling id, labelled with the id itself), then the
 * "none" lane when some feature has no value. The "none" lane comes last because it is the least
 * planned. Items keep their input order inside a lane.
 */
export function roadmapLanes(
  project: Project,
  field: RoadmapLaneField,
  items: readonly Readonly<Task>[],
  options: RoadmapLaneOptions = {},
): RoadmapLane[] {
  const defined = boardFieldOptions(project, field as BoardField, true);
  const byValue = new Map<string, RoadmapLane>();
  const lanes: RoadmapLane[] = [];
  for (const o of defined) {
    if (o.value === NO_VALUE) continue;
    const lane: RoadmapLane = { value: o.value, label: o.label, color: o.color, itemIds: [] };
    byValue.set(o.value, lane);
    lanes.push(lane);
  }
  const noneLabel = defined.find((o) => o.value === NO_VALUE)?.label ?? 'None';
  const extra: RoadmapLane[] = [];
  let none: RoadmapLane | undefined;
  for (const task of items) {
    const value = boardFieldValue(task, field as BoardField);
    let lane = byValue.get(value);
    if (lane === undefined) {
      if (value === NO_VALUE) {
        none ??= { value: NO_VALUE, label: noneLabel, color: undefined, itemIds: [] };
        lane = none;
      } else {
        lane = { value, label: value, color: undefined, itemIds: [] };
        extra.push(lane);
      }
      byValue.set(value, lane);
    }
    lane.itemIds.push(task.id);
  }
  const all = [...lanes, ...extra, ...(none ? [none] : [])];
  return options.showEmpty === false ? all.filter((l) => l.itemIds.length > 0) : all;
}
