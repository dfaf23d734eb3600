/**
 * The backward pass, one node at a time: late dates from successors' late dates, summaries' links
 * and the project finish, with the finish-side constraints; and the placement of ALAP tasks, which
 * uses the same upper bounds over successors' scheduled dates. Reads only successors' values.
 */
import type { WorkCalendar } from '../time/calendar.js';
import type { Engine } from './engine.js';
import { ALAP, FF, FNLT, FS, IN_NODE, MANUAL, MFO, MSO, SNET, SNLT, SS, SUMMARY, UP } from './plan.js';

const INF = Number.POSITIVE_INFINITY;

/**
 * What `upperBounds` found: module fields rather than a returned pair, so no allocation per node.
 * Read right after the call; the passes run one at a time.
 */
let boundStart = 0;
let boundFinish = 0;

/** Backward pass at one node; returns whether the values its predecessors read changed. */
export function backwardAt(engine: Engine, v: number): boolean {
  const f = engine.plan.flags[v] as number;
  if (f & IN_NODE) return backwardIn(engine, v);
  if (f & SUMMARY) return backwardSummary(engine, v);
  return backwardLeaf(engine, v);
}

/**
 * The latest start and finish positions (on `cal`) that node `v`'s outgoing links and its
 * summaries' links allow, from the successors' late dates (or their scheduled dates when
 * `scheduled`), into `boundStart` and `boundFinish`.
 */
function upperBounds(engine: Engine, v: number, cal: WorkCalendar, c: number, scheduled: boolean): void {
  const p = engine.plan;
  const { outOff, outEdges, edgeDst, edgeKind, edgeLag, flags, calendars } = p;
  let ls = INF;
  let lf = INF;
  for (let k = outOff[v] as number, end = outOff[v + 1] as number; k < end; k++) {
    const e = outEdges[k] as number;
    const w = edgeDst[e] as number;
    const kind = edgeKind[e] as number;
    if (kind === UP) {
      if (p.cal[w] === c) {
        ls = Math.min(ls, engine.bLSW[w] as number);
        lf = Math.min(lf, engine.bLFW[w] as number);
        continue;
      }
      const a = engine.bLS[w] as number;
      const b = engine.bLF[w] as number;
      if (a !== INF) ls = Math.min(ls, cal.position(a));
      if (b !== INF) lf = Math.min(lf, cal.position(b));
      continue;
    }
    const onStart = kind === FS || kind === SS;
    const lag = edgeLag[e] as number;
    let pos: number;
    if ((flags[w] as number) & IN_NODE) {
      const target = onStart ? (engine.bLS[w] as number) : (engine.bLF[w] as number);
      if (target === INF) continue;
      pos = cal.position((calendars[p.cal[w] as number] as WorkCalendar).add(target, -lag));
    } else if (scheduled) {
      const target = engine.out[w * 6 + (onStart ? 0 : 1)] as number;
      pos = cal.position((calendars[p.cal[w] as number] as WorkCalendar).add(target, -lag));
    } else {
      const tw = (engine.lsW[w] as number) + (onStart ? 0 : (p.dur[w] as number));
      if (p.cal[w] === c) pos = tw - lag;
      else {
        const cw = calendars[p.cal[w] as number] as WorkCalendar;
        pos = cal.position(kind === FS || kind === FF ? cw.instantAt(tw - lag) : cw.startAt(tw - lag));
      }
    }
    if (kind === FS || kind === FF) lf = Math.min(lf, pos);
    else ls = Math.min(ls, pos);
  }
  boundStart = ls;
  boundFinish = lf;
}

function backwardLeaf(engine: Engine, v: number): boolean {
  const p = engine.plan;
  const c = p.cal[v] as number;
  const cal = p.calendars[c] as WorkCalendar;
  const dur = p.dur[v] as number;
  upperBounds(engine, v, cal, c, false);
  let ls = boundStart;
  let lf = boundFinish;
  lf = Math.min(lf, engine.pfPos[c] as number);
  const ct = p.cType[v] as number;
  if (ct >= SNET && !((p.flags[v] as number) & MANUAL)) {
    const d = cal.position(p.cDate[v] as number);
    if (ct === SNLT || ct === MSO) ls = Math.min(ls, d);
    else if (ct === FNLT || ct === MFO) lf = Math.min(lf, d);
  }
  const late = Math.min(ls, lf - dur);
  const changed = engine.lsW[v] !== late;
  engine.lsW[v] = late;
  return changed;
}

function backwardSummary(engine: Engine, v: number): boolean {
  const p = engine.plan;
  const { outOff, outEdges, edgeDst, edgeKind, edgeLag, flags, calendars } = p;
  let ls = INF;
  let lf = INF;
  for (let k = outOff[v] as number, end = outOff[v + 1] as number; k < end; k++) {
    const e = outEdges[k] as number;
    const w = edgeDst[e] as number;
    const kind = edgeKind[e] as number;
    if (kind === UP) {
      ls = Math.min(ls, engine.bLS[w] as number);
      lf = Math.min(lf, engine.bLF[w] as number);
      continue;
    }
    const onStart = kind === FS || kind === SS;
    const lag = edgeLag[e] as number;
    const cw = calendars[p.cal[w] as number] as WorkCalendar;
    let at: number;
    if ((flags[w] as number) & IN_NODE) {
      const target = onStart ? (engine.bLS[w] as number) : (engine.bLF[w] as number);
      if (target === INF) continue;
      at = cw.add(target, -lag);
    } else {
      const tw = (engine.lsW[w] as number) + (onStart ? 0 : (p.dur[w] as number));
      at = kind === FS || kind === FF ? cw.instantAt(tw - lag) : cw.startAt(tw - lag);
    }
    if (kind === FS || kind === FF) lf = Math.min(lf, at);
    else ls = Math.min(ls, at);
  }
  const changed = engine.bLS[v] !== ls || engine.bLF[v] !== lf;
  engine.bLS[v] = ls;
  engine.bLF[v] = lf;
  const own = calendars[p.cal[v] as number] as WorkCalendar;
  engine.bLSW[v] = ls === INF ? INF : own.position(ls);
  engine.bLFW[v] = lf === INF ? INF : own.position(lf);
  return changed;
}

function backwardIn(engine: Engine, v: number): boolean {
  const p = engine.plan;
  const { outOff, outEdges, edgeDst, flags, calendars } = p;
  let ls = INF;
  let lf = INF;
  for (let k = outOff[v] as number, end = outOff[v + 1] as number; k < end; k++) {
    const w = edgeDst[outEdges[k] as number] as number;
    if ((flags[w] as number) & IN_NODE) {
      ls = Math.min(ls, engine.bLS[w] as number);
      lf = Math.min(lf, engine.bLF[w] as number);
    } else {
      const cw = calendars[p.cal[w] as number] as WorkCalendar;
      ls = Math.min(ls, cw.startAt(engine.lsW[w] as number));
      lf = Math.min(lf, cw.instantAt((engine.lsW[w] as number) + (p.dur[w] as number)));
    }
  }
  const changed = engine.bLS[v] !== ls || engine.bLF[v] !== lf;
  engine.bLS[v] = ls;
  engine.bLF[v] = lf;
  return changed;
}

/**
 * Places every automatic ALAP task as late as its successors' scheduled dates, its summaries'
 * links and the project finish allow, never before its early start. Successors come first
 * (reverse topological order), so a chain of ALAP tasks packs against its end. Successors never
 * move: their early dates already satisfy the links from the early dates of an ALAP task.
 */
export function placeAlapTasks(engine: Engine): void {
  const p = engine.plan;
  if (p.alapCount === 0) return;
  const { order, nodeCount, cType, flags } = p;
  for (let r = nodeCount - 1; r >= 0; r--) {
    const v = order[r] as number;
    if (v >= p.taskCount || cType[v] !== ALAP || (flags[v] as number) & (MANUAL | SUMMARY)) continue;
    const c = p.cal[v] as number;
    const cal = p.calendars[c] as WorkCalendar;
    const dur = p.dur[v] as number;
    upperBounds(engine, v, cal, c, true);
    const ls = boundStart;
    const lf = boundFinish;
    const early = engine.fsW[v] as number;
    const s = Math.max(early, Math.min(ls, Math.min(lf, engine.pfPos[c] as number) - dur));
    const at = v * 6;
    if (s === early) {
      engine.out[at] = engine.fsT[v] as number;
      engine.out[at + 1] = engine.feT[v] as number;
    } else {
      const start = dur > 0 ? cal.startAt(s) : cal.instantAt(s);
      engine.out[at] = start;
      engine.out[at + 1] = dur > 0 ? cal.instantAt(s + dur) : start;
    }
  }
}
