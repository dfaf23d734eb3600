/**
 * The reported values of one task, in topological order (children before the summary that rolls
 * them up): early and late dates from the positions the passes left, slack from the slack pass.
 */
import type { WorkCalendar } from '../time/calendar.js';
import type { Engine } from './engine.js';
import { SUMMARY } from './plan.js';

const INF = Number.POSITIVE_INFINITY;
const NEG = Number.NEGATIVE_INFINITY;

/** Reported dates and slack of one task; a summary rolls up its children (topological order). */
export function outputAt(engine: Engine, v: number): void {
  const p = engine.plan;
  if (v >= p.taskCount) return;
  const o = engine.out;
  const at = v * 6;
  if ((p.flags[v] as number) & SUMMARY) {
    let s = INF;
    let e = NEG;
    let es = INF;
    let ee = NEG;
    let ls = INF;
    let le = NEG;
    let total = INF;
    let free = INF;
    const { inOff, inEdges, edgeSrc } = p;
    for (let k = inOff[v] as number, end = inOff[v + 1] as number; k < end; k++) {
      const u = edgeSrc[inEdges[k] as number] as number;
      const b = u * 6;
      s = Math.min(s, o[b] as number);
      e = Math.max(e, o[b + 1] as number);
      es = Math.min(es, o[b + 2] as number);
      ee = Math.max(ee, o[b + 3] as number);
      ls = Math.min(ls, o[b + 4] as number);
      le = Math.max(le, o[b + 5] as number);
      total = Math.min(total, engine.outTotal[u] as number);
      free = Math.min(free, engine.outFree[u] as number);
    }
    o[at] = s;
    o[at + 1] = e;
    o[at + 2] = es;
    o[at + 3] = ee;
    o[at + 4] = ls;
    o[at + 5] = le;
    engine.outTotal[v] = total;
    engine.outFree[v] = free;
    return;
  }
  const cal = p.calendars[p.cal[v] as number] as WorkCalendar;
  const dur = p.dur[v] as number;
  const fs = engine.fsW[v] as number;
  const es = engine.esW[v] as number;
  const ls = engine.lsW[v] as number;
  if (dur > 0) {
    o[at + 2] = es === fs ? (engine.fsT[v] as number) : cal.startAt(es);
    o[at + 3] = es === fs ? (engine.feT[v] as number) : cal.instantAt(es + dur);
    o[at + 4] = ls === fs ? (engine.fsT[v] as number) : cal.startAt(ls);
    o[at + 5] = ls === fs ? (engine.feT[v] as number) : cal.instantAt(ls + dur);
  } else {
    const early = es === fs ? (engine.fsT[v] as number) : cal.instantAt(es);
    const late = ls === fs ? (engine.fsT[v] as number) : cal.instantAt(ls);
    o[at + 2] = early;
    o[at + 3] = early;
    o[at + 4] = late;
    o[at + 5] = late;
  }
  engine.outFree[v] = engine.free[v] as number;
}
