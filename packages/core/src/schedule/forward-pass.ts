/**
 * The forward pass, one node at a time: early dates from predecessors, the project start, a given
 * start and the start-side constraints, then the hard constraints that cap them (a cap that beats
 * a link is a conflict, kept per node). Reads only the forward values of a node's predecessors.
 */
import type { WorkCalendar } from '../time/calendar.js';
import type { Engine } from './engine.js';
import { LINK_CONFLICT, NO_CONFLICT, START_CONFLICT } from './conflict-codes.js';
import {
  ALAP,
  DOWN,
  FF,
  FNET,
  FNLT,
  FS,
  IN_NODE,
  MANUAL,
  MFO,
  MILESTONE,
  MSO,
  SNET,
  SNLT,
  SS,
  SUMMARY,
} from './plan.js';

const INF = Number.POSITIVE_INFINITY;
const NEG = Number.NEGATIVE_INFINITY;

/** Who set a task's early start: a link edge (≥ 0) or one of these. */
const BY_PROJECT_START = -1;
const BY_GIVEN_START = -2;
const BY_CONSTRAINT = -3;

/** Forward pass at one node; returns whether the dates its successors read changed. */
export function forwardAt(engine: Engine, v: number): boolean {
  const f = engine.plan.flags[v] as number;
  if (f & IN_NODE) return forwardIn(engine, v);
  if (f & SUMMARY) return forwardSummary(engine, v);
  return forwardLeaf(engine, v, f);
}

function setForward(
  engine: Engine,
  v: number,
  start: number,
  end: number,
  startPos: number,
  endPos: number,
): boolean {
  const before = engine.feT[v] as number;
  const changed = engine.fsT[v] !== start || before !== end;
  if (before !== end && v < engine.plan.taskCount && !((engine.plan.flags[v] as number) & SUMMARY)) {
    if (end > engine.raised) engine.raised = end;
    if (before === engine.projectFinish && end < before) engine.dropped = true;
  }
  engine.fsT[v] = start;
  engine.feT[v] = end;
  engine.fsW[v] = startPos;
  engine.feW[v] = endPos;
  if (v < engine.plan.taskCount) {
    engine.out[v * 6] = start;
    engine.out[v * 6 + 1] = end;
  }
  return changed;
}

function forwardLeaf(engine: Engine, v: number, f: number): boolean {
  const p = engine.plan;
  const c = p.cal[v] as number;
  const cal = p.calendars[c] as WorkCalendar;
  const dur = p.dur[v] as number;
  engine.conflict[v] = NO_CONFLICT;
  if (f & MANUAL) {
    const given = p.givenStart[v] as number;
    const s = !Number.isNaN(given) ? given : p.projectStart;
    const ge = p.givenEnd[v] as number;
    const e = f & MILESTONE ? s : !Number.isNaN(ge) && ge >= s ? ge : cal.add(s, dur);
    const sw = cal.position(s);
    const ew = cal.position(e);
    engine.esW[v] = sw;
    return setForward(engine, v, s, e, sw, ew);
  }
  const { inOff, inEdges, edgeSrc, edgeKind, edgeLag } = p;
  let sb = engine.psPos[c] as number;
  let sDriver = BY_PROJECT_START;
  let fb = NEG;
  let fDriver = BY_PROJECT_START;
  let linked = false;
  for (let k = inOff[v] as number, end = inOff[v + 1] as number; k < end; k++) {
    const e = inEdges[k] as number;
    const u = edgeSrc[e] as number;
    const kind = edgeKind[e] as number;
    if (kind === DOWN) {
      const a = engine.fsT[u] as number;
      if (a !== NEG) {
        linked = true;
        const pa = cal.position(a);
        if (pa > sb) {
          sb = pa;
          sDriver = e;
        }
      }
      const b = engine.feT[u] as number;
      if (b !== NEG) {
        linked = true;
        const pb = cal.position(b);
        if (pb > fb) {
          fb = pb;
          fDriver = e;
        }
      }
      continue;
    }
    linked = true;
    const same = p.cal[u] === c;
    const fromEnd = kind === FS || kind === FF;
    const base = fromEnd
      ? same
        ? (engine.feW[u] as number)
        : cal.position(engine.feT[u] as number)
      : same
        ? (engine.fsW[u] as number)
        : cal.position(engine.fsT[u] as number);
    const bound = base + (edgeLag[e] as number);
    if (kind === FS || kind === SS) {
      if (bound > sb) {
        sb = bound;
        sDriver = e;
      }
    } else if (bound > fb) {
      fb = bound;
      fDriver = e;
    }
  }
  const ct = p.cType[v] as number;
  if (!linked && ct <= ALAP) {
    const given = p.givenStart[v] as number;
    if (!Number.isNaN(given)) {
      const g = cal.position(given);
      if (g > sb) {
        sb = g;
        sDriver = BY_GIVEN_START;
      }
    }
  }
  let datePos = 0;
  let cap = INF;
  if (ct >= SNET) {
    datePos = cal.position(p.cDate[v] as number);
    if ((ct === SNET || ct === MSO) && datePos > sb) {
      sb = datePos;
      sDriver = BY_CONSTRAINT;
    } else if ((ct === FNET || ct === MFO) && datePos > fb) {
      fb = datePos;
      fDriver = BY_CONSTRAINT;
    }
    if (ct === SNLT || ct === MSO) cap = datePos;
    else if (ct === FNLT || ct === MFO) cap = datePos - dur;
  }
  let es = sb;
  let driver = sDriver;
  if (fb - dur > es) {
    es = fb - dur;
    driver = fDriver;
  }
  // Resource leveling delays the early start itself, so successors follow and slack is measured from it.
  es += p.delay[v] as number;
  let s = es;
  if (es > cap) {
    s = cap;
    engine.conflict[v] = driver >= 0 ? LINK_CONFLICT : START_CONFLICT;
    engine.conflictEdge.set(v, driver);
  }
  engine.esW[v] = es;
  const e = s + dur;
  if (dur > 0 && p.spans.size > 0 && p.spans.has(v)) return forwardSpans(engine, v, cal, s);
  if (dur > 0) return setForward(engine, v, cal.startAt(s), cal.instantAt(e), s, e);
  const at = milestoneInstant(
    engine,
    v,
    cal,
    s,
    s === es ? driver : BY_CONSTRAINT,
    driver === fDriver && s === es,
  );
  return setForward(engine, v, at, at, s, s);
}

/**
 * A task whose people follow different calendars: it starts where the task's own calendar says
 * and finishes when its last assignment does, each counted on its person's calendar (as Project
 * does). Its length on its own calendar then depends on where it starts, so the plan's duration
 * is updated for the backward pass and slack.
 */
function forwardSpans(engine: Engine, v: number, cal: WorkCalendar, s: number): boolean {
  const p = engine.plan;
  const span = p.spans.get(v) as { calendars: WorkCalendar[]; minutes: Float64Array };
  const start = cal.startAt(s);
  let end = start;
  for (let k = 0; k < span.calendars.length; k++) {
    const at = (span.calendars[k] as WorkCalendar).add(start, span.minutes[k] as number);
    if (at > end) end = at;
  }
  const e = cal.position(end);
  p.dur[v] = e - s;
  return setForward(engine, v, start, end, s, e);
}

/**
 * Where a zero-length task sits: at the instant that drives it, so that a milestone after a
 * task that ends Monday 17:00 sits at Monday 17:00 (the finish side) while one driven by a start
 * sits on the next working instant.
 */
function milestoneInstant(
  engine: Engine,
  v: number,
  cal: WorkCalendar,
  pos: number,
  driver: number,
  byFinish: boolean,
): number {
  const p = engine.plan;
  let at: number;
  if (driver === BY_PROJECT_START) at = p.projectStart;
  else if (driver === BY_GIVEN_START) at = p.givenStart[v] as number;
  else if (driver === BY_CONSTRAINT) at = p.cDate[v] as number;
  else {
    const u = p.edgeSrc[driver] as number;
    const kind = p.edgeKind[driver] as number;
    const fromEnd = kind === DOWN ? byFinish : kind === FS || kind === FF;
    const base = fromEnd ? (engine.feT[u] as number) : (engine.fsT[u] as number);
    at = driver < p.linkCount ? cal.add(base, p.edgeLag[driver] as number) : base;
  }
  if (cal.prevWorkingEnd(at) !== at) at = cal.nextWorking(at);
  return cal.position(at) === pos ? at : cal.startAt(pos);
}

function forwardSummary(engine: Engine, v: number): boolean {
  const p = engine.plan;
  const { inOff, inEdges, edgeSrc } = p;
  let s = INF;
  let e = NEG;
  for (let k = inOff[v] as number, end = inOff[v + 1] as number; k < end; k++) {
    const u = edgeSrc[inEdges[k] as number] as number;
    const a = engine.fsT[u] as number;
    const b = engine.feT[u] as number;
    if (a < s) s = a;
    if (b > e) e = b;
  }
  const cal = p.calendars[p.cal[v] as number] as WorkCalendar;
  const sw = cal.position(s);
  const ew = cal.position(e);
  engine.esW[v] = sw;
  return setForward(engine, v, s, e, sw, ew);
}

function forwardIn(engine: Engine, v: number): boolean {
  const p = engine.plan;
  const { inOff, inEdges, edgeSrc, edgeKind, edgeLag } = p;
  const cal = p.calendars[p.cal[v] as number] as WorkCalendar;
  let s = NEG;
  let f = NEG;
  for (let k = inOff[v] as number, end = inOff[v + 1] as number; k < end; k++) {
    const e = inEdges[k] as number;
    const u = edgeSrc[e] as number;
    const kind = edgeKind[e] as number;
    if (kind === DOWN) {
      s = Math.max(s, engine.fsT[u] as number);
      f = Math.max(f, engine.feT[u] as number);
      continue;
    }
    const base = kind === FS || kind === FF ? (engine.feT[u] as number) : (engine.fsT[u] as number);
    const at = cal.add(base, edgeLag[e] as number);
    if (kind === FS || kind === SS) s = Math.max(s, at);
    else f = Math.max(f, at);
  }
  const changed = engine.fsT[v] !== s || engine.feT[v] !== f;
  engine.fsT[v] = s;
  engine.feT[v] = f;
  return changed;
}
