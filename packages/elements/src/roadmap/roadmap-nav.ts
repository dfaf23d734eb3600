import { type RoadmapLevel, roadmapStep } from '@roadline/core/views/roadmap';
import type { DragDirection } from '../controllers/keyboard-drag.js';
import type { RoadmapModel } from './roadmap-model.js';

/*
 * Keyboard order of the timed roadmap's features: lane by lane, by start, then packed row. Arrow
 * keys along time move to the next or previous feature in that order, Home and End to the first
 * and last, Up and Down to the nearest start in the next lane up or down.
 */

const orders = new WeakMap<RoadmapModel, number[]>();

/** Features (by index) in keyboard order, sorted once per model. */
export function navOrder(model: RoadmapModel): number[] {
  const known = orders.get(model);
  if (known) return known;
  const order = model.features.map((_, i) => i).filter((i) => (model.rows.row[i] as number) >= 0);
  order.sort((a, b) => compareNav(model, a, b));
  orders.set(model, order);
  return order;
}

/** The first feature in keyboard order, found without sorting them all (each render needs it). */
export function firstInNav(model: RoadmapModel): number | undefined {
  let first: number | undefined;
  for (let i = 0; i < model.features.length; i++) {
    if ((model.rows.row[i] as number) < 0) continue;
    if (first === undefined || compareNav(model, i, first) < 0) first = i;
  }
  return first;
}

/**
 * The feature a navigation key moves to from feature `from` (an index): `undefined` when there is
 * none that way, `null` when the key is not a navigation key. `rtl` turns Left and Right around.
 */
export function navTarget(
  model: RoadmapModel,
  from: number,
  key: string,
  rtl: boolean,
): number | undefined | null {
  const order = navOrder(model);
  const here = order.indexOf(from);
  const f = model.features[from];
  if (!f) return undefined;
  if (key === (rtl ? 'ArrowLeft' : 'ArrowRight')) return order[here + 1];
  if (key === (rtl ? 'ArrowRight' : 'ArrowLeft')) return order[here - 1];
  if (key === 'Home') return order[0];
  if (key === 'End') return order[order.length - 1];
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return null;
  const down = key === 'ArrowDown';
  const lanes = order.map((i) => model.features[i]?.lane ?? 0);
  const targetLane = down ? lanes.find((l) => l > f.lane) : [...lanes].reverse().find((l) => l < f.lane);
  if (targetLane === undefined) return undefined;
  let next: number | undefined;
  let best = Number.POSITIVE_INFINITY;
  for (const i of order) {
    const g = model.features[i];
    if (!g || g.lane !== targetLane) continue;
    const d = Math.abs(g.facts.start - f.facts.start);
    if (d < best) {
      best = d;
      next = i;
    }
  }
  return next;
}

/** Keyboard order of two features: lane, then start, then packed row, then input order. */
function compareNav(model: RoadmapModel, a: number, b: number): number {
  const fa = model.features[a];
  const fb = model.features[b];
  if (!fa || !fb) return 0;
  return (
    fa.lane - fb.lane ||
    fa.facts.start - fb.facts.start ||
    (model.rows.row[a] as number) - (model.rows.row[b] as number) ||
    a - b
  );
}

/**
 * Where a lifted feature goes for one arrow key: a snap step in time along the writing direction,
 * or the next lane up or down; `undefined` at an edge.
 */
export function keyStep(
  model: RoadmapModel,
  zoom: RoadmapLevel,
  at: { start: number; lane: number },
  direction: DragDirection,
  rtl: boolean,
): { start: number; lane: number } | undefined {
  if (direction === 'left' || direction === 'right') {
    const start = roadmapStep(zoom, at.start, (direction === 'left') !== rtl ? -1 : 1);
    return start < model.scale.start ? undefined : { start, lane: at.lane };
  }
  const lane = at.lane + (direction === 'up' ? -1 : 1);
  return lane < 0 || lane >= model.lanes.length ? undefined : { start: at.start, lane };
}
