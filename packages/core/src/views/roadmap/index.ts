/**
 * `@roadline/core/views/roadmap`: roadmap geometry for `rl-roadmap`: lanes by a field, bars
 * packed into the fewest rows per lane, the months / quarters / halves axis over the timeline's
 * time scale (fixed, or fitted to a width), where bar names and marker labels go without
 * overlapping, now / next / later buckets, the plan of a move between buckets, and the patch a
 * drag or a key makes (`roadmapEditPatch`: core's date-edit rules of `views/dates` plus the lane).
 */
export { isRoadmapLaneField, ROADMAP_LANE_FIELDS, roadmapLanes } from './roadmap-lanes.js';
export type { RoadmapLane, RoadmapLaneField, RoadmapLaneOptions } from './roadmap-lanes.js';
export { packRows } from './roadmap-pack.js';
export type { PackResult } from './roadmap-pack.js';
export { laneAt, roadmapRows } from './roadmap-rows.js';
export type { RoadmapRows, RoadmapRowsInput } from './roadmap-rows.js';
export {
  isRoadmapLevel,
  isRoadmapZoom,
  ROADMAP_LEVELS,
  ROADMAP_ZOOMS,
  roadmapHeader,
  roadmapPxPerDay,
  roadmapRange,
  roadmapScale,
  roadmapSnap,
  roadmapStep,
  stepRoadmapZoom,
} from './roadmap-scale.js';
export type { RoadmapHeaderCell, RoadmapLevel, RoadmapZoom } from './roadmap-scale.js';
export { MIN_FIT_CELL, MIN_FIT_PX_PER_DAY, roadmapAxis, roadmapFit } from './roadmap-fit.js';
export type { RoadmapAxis } from './roadmap-fit.js';
export { layoutMarkerLabels } from './roadmap-marker-labels.js';
export type { MarkerBadge, MarkerLabelOptions, MarkerLabels } from './roadmap-marker-labels.js';
export { LABEL_AFTER, LABEL_INSIDE, labelReach, placeBarLabels } from './roadmap-bar-labels.js';
export type { BarLabelInput, BarLabelOptions, BarLabels } from './roadmap-bar-labels.js';
export { bucketOf, ROADMAP_BUCKETS, roadmapBuckets } from './roadmap-buckets.js';
export type { BucketItem, BucketRule, RoadmapBucket, RoadmapBuckets } from './roadmap-buckets.js';
export { roadmapEditPatch } from './roadmap-drop.js';
export type { RoadmapEdit, RoadmapEditInput, RoadmapPatch } from './roadmap-drop.js';
export {
  bucketIndexRange,
  bucketStart,
  bucketValue,
  planRoadmapBucketMove,
  roadmapBucketDate,
} from './roadmap-bucket-move.js';
export type {
  BucketCellCard,
  BucketPriority,
  BucketStatus,
  DateBucketRule,
  RoadmapBucketMoveInput,
  RoadmapBucketPlan,
} from './roadmap-bucket-move.js';
