import type { Feature, RoadmapModel } from './roadmap-model.js';

/** Keyboard order per model, computed once (a model is rebuilt when anything it shows changes). */
const orders = new WeakMap<RoadmapModel, number[]>();

/** Features in keyboard order: lane by lane, by start, then row (once per model). */
function navOrder(model: RoadmapModel): number[] {
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
 * The feature that `key` moves focus to from `f`: the next or previous in keyboard order (arrows
 * left and right, Home, End), or the nearest by start in the next lane down or up; `undefined`
 * when there is none that way, `null` when `key` is not a focus key.
 */
export function nextInNav(model: RoadmapModel, f: Feature, key: string): number | undefined | null {
  const order = navOrder(model);
  const here = order.indexOf(model.byId.get(f.task.id) ?? -1);
  if (key === 'ArrowRight') return order[here + 1];
  if (key === 'ArrowLeft') return order[here - 1];
  if (key === 'Home') return order[0];
  if (key === 'End') return order[order.length - 1];
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return null;
  const lanes = order.map((i) => model.features[i]?.lane ?? 0);
  const targetLane =
    key === 'ArrowDown' ? lanes.find((l) => l > f.lane) : [...lanes].reverse().find((l) => l < f.lane);
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
