/**
 * The passes of the scheduling engine, one node at a time, over a compiled {@link Plan}. Each
 * node function reads only its neighbours' values, so a full schedule runs them in topological
 * order and the incremental engine reruns them on the part of the graph a change reaches.
 *
 * Values are kept twice where it pays: as instants (wall minutes) and as working positions on the
 * node's own calendar (see `WorkCalendar.position`). Durations, lags and slack are differences of
 * positions, so a link between two tasks on one calendar costs an addition, not a calendar walk.
 */
import type { WorkCalendar } from '../time/calendar.js';
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
  type Plan,
  SNET,
  SNLT,
  SS,
  SUMMARY,
  UP,
} from './plan.js';

const INF = Number.POSITIVE_INFINITY;
const NEG = Number.NEGATIVE_INFINITY;

/** Conflict codes kept per node. */
export const NO_CONFLICT = 0;
export const LINK_CONFLICT = 1;
export const START_CONFLICT = 2;

/** Who set a task's early start: a link edge (≥ 0) or one of these. */
const BY_PROJECT_START = -1;
const BY_GIVEN_START = -2;
const BY_CONSTRAINT = -3;

/** Per-node results of the passes, and the node functions that compute them. */
export class Engine {
  readonly plan: Plan;
  /** Early start before hard constraints cap it, as a position (the early finish is `esW + dur`). */
  readonly esW: Float64Array;
  /** Forward dates (what successors follow) as instants and positions; for in-nodes, the bounds. */
  readonly fsT: Float64Array;
  readonly feT: Float64Array;
  readonly fsW: Float64Array;
  readonly feW: Float64Array;
  /** Late start as a position (leaves; the late finish is `lsW + dur`). */
  readonly lsW: Float64Array;
  /** Late bounds as instants (summaries and in-nodes): what links from above put on leaves below. */
  readonly bLS: Float64Array;
  readonly bLF: Float64Array;
  /** A summary's `bLS` and `bLF` as positions on its own calendar (INF when unbounded), for its children. */
  readonly bLSW: Float64Array;
  readonly bLFW: Float64Array;
  /** Free slack; for a summary, the bound it puts on its children's. */
  readonly free: Float64Array;
  readonly conflict: Uint8Array;
  /** The link edge that a hard constraint overrode, for nodes in conflict (conflicts are rare). */
  readonly conflictEdge = new Map<number, number>();
  /**
   * Reported values per task: start, end, early start/end, late start/end. A leaf's start and end
   * are its scheduled dates (the forward dates, or the late ones for an ALAP task) as soon as a
   * pass sets them; the passes read them there.
   */
  readonly out: Float64Array;
  /** Total slack: a leaf's own, a summary's the least of its children's. */
  readonly outTotal: Float64Array;
  readonly outFree: Float64Array;
  psPos: Float64Array;
  pfPos: Float64Array;
  projectFinish = 0;
  /** The latest new finish of a leaf since the last `updateFinish`, for an update without a scan. */
  #raised = NEG;
  /** Whether a leaf that finished at the project finish moved earlier since the last `updateFinish`. */
  #dropped = false;
  /** What `#upperBounds` found (fields rather than a returned pair: no allocation per node). */
  #boundStart = 0;
  #boundFinish = 0;

  constructor(plan: Plan) {
    this.plan = plan;
    const n = plan.nodeCount;
    this.esW = new Float64Array(n);
    this.fsT = new Float64Array(n);
    this.feT = new Float64Array(n);
    this.fsW = new Float64Array(n);
    this.feW = new Float64Array(n);
    this.lsW = new Float64Array(n);
    this.bLS = new Float64Array(n);
    this.bLF = new Float64Array(n);
    this.bLSW = new Float64Array(n);
    this.bLFW = new Float64Array(n);
    this.free = new Float64Array(n);
    this.conflict = new Uint8Array(n);
    this.out = new Float64Array(plan.taskCount * 6);
    this.outTotal = new Float64Array(plan.taskCount);
    this.outFree = new Float64Array(plan.taskCount);
    this.psPos = new Float64Array(plan.calendars.length);
    this.pfPos = new Float64Array(plan.calendars.length);
    this.setProjectStart();
  }

  /** Recomputes the project start's position on every calendar. */
  setProjectStart(): void {
    const { calendars, projectStart } = this.plan;
    for (let c = 0; c < calendars.length; c++)
      this.psPos[c] = (calendars[c] as WorkCalendar).position(projectStart);
  }

  /** Runs every pass over the whole graph. */
  runAll(): void {
    const { order, nodeCount } = this.plan;
    for (let r = 0; r < nodeCount; r++) this.forward(order[r] as number);
    this.updateFinish();
    for (let r = nodeCount - 1; r >= 0; r--) this.backward(order[r] as number);
    this.placeAlapTasks();
    for (let r = nodeCount - 1; r >= 0; r--) this.slack(order[r] as number);
    for (let r = 0; r < nodeCount; r++) this.output(order[r] as number);
  }

  /**
   * The project finish: the latest forward finish of a leaf. Returns whether it changed. With
   * `incremental`, after passes over part of the graph, the leaves those passes moved decide it, and
   * the leaves are scanned only when one that held the finish moved earlier.
   */
  updateFinish(incremental = false): boolean {
    const { taskCount, flags, calendars, projectStart } = this.plan;
    let finish = NEG;
    if (incremental && !this.#dropped) finish = Math.max(this.projectFinish, this.#raised);
    else {
      const feT = this.feT;
      for (let i = 0; i < taskCount; i++) {
        if ((flags[i] as number) & SUMMARY) continue;
        const e = feT[i] as number;
        if (e > finish) finish = e;
      }
    }
    this.#raised = NEG;
    this.#dropped = false;
    if (finish === NEG) finish = projectStart;
    const changed = finish !== this.projectFinish;
    this.projectFinish = finish;
    if (changed)
      for (let c = 0; c < calendars.length; c++)
        this.pfPos[c] = (calendars[c] as WorkCalendar).position(finish);
    return changed;
  }

  /** Forward pass at one node; returns whether the dates its successors read changed. */
  forward(v: number): boolean {
    const f = this.plan.flags[v] as number;
    if (f & IN_NODE) return this.#forwardIn(v);
    if (f & SUMMARY) return this.#forwardSummary(v);
    return this.#forwardLeaf(v, f);
  }

  #setForward(v: number, start: number, end: number, startPos: number, endPos: number): boolean {
    const before = this.feT[v] as number;
    const changed = this.fsT[v] !== start || before !== end;
    if (before !== end && v < this.plan.taskCount && !((this.plan.flags[v] as number) & SUMMARY)) {
      if (end > this.#raised) this.#raised = end;
      if (before === this.projectFinish && end < before) this.#dropped = true;
    }
    this.fsT[v] = start;
    this.feT[v] = end;
    this.fsW[v] = startPos;
    this.feW[v] = endPos;
    if (v < this.plan.taskCount) {
      this.out[v * 6] = start;
      this.out[v * 6 + 1] = end;
    }
    return changed;
  }

  #forwardLeaf(v: number, f: number): boolean {
    const p = this.plan;
    const c = p.cal[v] as number;
    const cal = p.calendars[c] as WorkCalendar;
    const dur = p.dur[v] as number;
    this.conflict[v] = NO_CONFLICT;
    if (f & MANUAL) {
      const given = p.givenStart[v] as number;
      const s = !Number.isNaN(given) ? given : p.projectStart;
      const ge = p.givenEnd[v] as number;
      const e = f & MILESTONE ? s : !Number.isNaN(ge) && ge >= s ? ge : cal.add(s, dur);
      const sw = cal.position(s);
      const ew = cal.position(e);
      this.esW[v] = sw;
      return this.#setForward(v, s, e, sw, ew);
    }
    const { inOff, inEdges, edgeSrc, edgeKind, edgeLag } = p;
    let sb = this.psPos[c] as number;
    let sDriver = BY_PROJECT_START;
    let fb = NEG;
    let fDriver = BY_PROJECT_START;
    let linked = false;
    for (let k = inOff[v] as number, end = inOff[v + 1] as number; k < end; k++) {
      const e = inEdges[k] as number;
      const u = edgeSrc[e] as number;
      const kind = edgeKind[e] as number;
      if (kind === DOWN) {
        const a = this.fsT[u] as number;
        if (a !== NEG) {
          linked = true;
          const pa = cal.position(a);
          if (pa > sb) {
            sb = pa;
            sDriver = e;
          }
        }
        const b = this.feT[u] as number;
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
          ? (this.feW[u] as number)
          : cal.position(this.feT[u] as number)
        : same
          ? (this.fsW[u] as number)
          : cal.position(this.fsT[u] as number);
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
    let s = es;
    if (es > cap) {
      s = cap;
      this.conflict[v] = driver >= 0 ? LINK_CONFLICT : START_CONFLICT;
      this.conflictEdge.set(v, driver);
    }
    this.esW[v] = es;
    const e = s + dur;
    if (dur > 0) return this.#setForward(v, cal.startAt(s), cal.instantAt(e), s, e);
    const at = this.#milestoneInstant(
      v,
      cal,
      s,
      s === es ? driver : BY_CONSTRAINT,
      driver === fDriver && s === es,
    );
    return this.#setForward(v, at, at, s, s);
  }

  /**
   * Where a zero-length task sits: at the instant that drives it, so that a milestone after a
   * task that ends Monday 17:00 sits at Monday 17:00 (the finish side) while one driven by a start
   * sits on the next working instant.
   */
  #milestoneInstant(v: number, cal: WorkCalendar, pos: number, driver: number, byFinish: boolean): number {
    const p = this.plan;
    let at: number;
    if (driver === BY_PROJECT_START) at = p.projectStart;
    else if (driver === BY_GIVEN_START) at = p.givenStart[v] as number;
    else if (driver === BY_CONSTRAINT) at = p.cDate[v] as number;
    else {
      const u = p.edgeSrc[driver] as number;
      const kind = p.edgeKind[driver] as number;
      const fromEnd = kind === DOWN ? byFinish : kind === FS || kind === FF;
      const base = fromEnd ? (this.feT[u] as number) : (this.fsT[u] as number);
      at = driver < p.linkCount ? cal.add(base, p.edgeLag[driver] as number) : base;
    }
    if (cal.prevWorkingEnd(at) !== at) at = cal.nextWorking(at);
    return cal.position(at) === pos ? at : cal.startAt(pos);
  }

  #forwardSummary(v: number): boolean {
    const p = this.plan;
    const { inOff, inEdges, edgeSrc } = p;
    let s = INF;
    let e = NEG;
    for (let k = inOff[v] as number, end = inOff[v + 1] as number; k < end; k++) {
      const u = edgeSrc[inEdges[k] as number] as number;
      const a = this.fsT[u] as number;
      const b = this.feT[u] as number;
      if (a < s) s = a;
      if (b > e) e = b;
    }
    const cal = p.calendars[p.cal[v] as number] as WorkCalendar;
    const sw = cal.position(s);
    const ew = cal.position(e);
    this.esW[v] = sw;
    return this.#setForward(v, s, e, sw, ew);
  }

  #forwardIn(v: number): boolean {
    const p = this.plan;
    const { inOff, inEdges, edgeSrc, edgeKind, edgeLag } = p;
    const cal = p.calendars[p.cal[v] as number] as WorkCalendar;
    let s = NEG;
    let f = NEG;
    for (let k = inOff[v] as number, end = inOff[v + 1] as number; k < end; k++) {
      const e = inEdges[k] as number;
      const u = edgeSrc[e] as number;
      const kind = edgeKind[e] as number;
      if (kind === DOWN) {
        s = Math.max(s, this.fsT[u] as number);
        f = Math.max(f, this.feT[u] as number);
        continue;
      }
      const base = kind === FS || kind === FF ? (this.feT[u] as number) : (this.fsT[u] as number);
      const at = cal.add(base, edgeLag[e] as number);
      if (kind === FS || kind === SS) s = Math.max(s, at);
      else f = Math.max(f, at);
    }
    const changed = this.fsT[v] !== s || this.feT[v] !== f;
    this.fsT[v] = s;
    this.feT[v] = f;
    return changed;
  }

  /** Backward pass at one node; returns whether the values its predecessors read changed. */
  backward(v: number): boolean {
    const f = this.plan.flags[v] as number;
    if (f & IN_NODE) return this.#backwardIn(v);
    if (f & SUMMARY) return this.#backwardSummary(v);
    return this.#backwardLeaf(v);
  }

  /**
   * The latest start and finish positions (on `cal`) that node `v`'s outgoing links and its
   * summaries' links allow, from the successors' late dates (or their scheduled dates when
   * `scheduled`), into `#boundStart` and `#boundFinish`.
   */
  #upperBounds(v: number, cal: WorkCalendar, c: number, scheduled: boolean): void {
    const p = this.plan;
    const { outOff, outEdges, edgeDst, edgeKind, edgeLag, flags, calendars } = p;
    let ls = INF;
    let lf = INF;
    for (let k = outOff[v] as number, end = outOff[v + 1] as number; k < end; k++) {
      const e = outEdges[k] as number;
      const w = edgeDst[e] as number;
      const kind = edgeKind[e] as number;
      if (kind === UP) {
        if (p.cal[w] === c) {
          ls = Math.min(ls, this.bLSW[w] as number);
          lf = Math.min(lf, this.bLFW[w] as number);
          continue;
        }
        const a = this.bLS[w] as number;
        const b = this.bLF[w] as number;
        if (a !== INF) ls = Math.min(ls, cal.position(a));
        if (b !== INF) lf = Math.min(lf, cal.position(b));
        continue;
      }
      const onStart = kind === FS || kind === SS;
      const lag = edgeLag[e] as number;
      let pos: number;
      if ((flags[w] as number) & IN_NODE) {
        const target = onStart ? (this.bLS[w] as number) : (this.bLF[w] as number);
        if (target === INF) continue;
        pos = cal.position((calendars[p.cal[w] as number] as WorkCalendar).add(target, -lag));
      } else if (scheduled) {
        const target = this.out[w * 6 + (onStart ? 0 : 1)] as number;
        pos = cal.position((calendars[p.cal[w] as number] as WorkCalendar).add(target, -lag));
      } else {
        const tw = (this.lsW[w] as number) + (onStart ? 0 : (p.dur[w] as number));
        if (p.cal[w] === c) pos = tw - lag;
        else {
          const cw = calendars[p.cal[w] as number] as WorkCalendar;
          pos = cal.position(kind === FS || kind === FF ? cw.instantAt(tw - lag) : cw.startAt(tw - lag));
        }
      }
      if (kind === FS || kind === FF) lf = Math.min(lf, pos);
      else ls = Math.min(ls, pos);
    }
    this.#boundStart = ls;
    this.#boundFinish = lf;
  }

  #backwardLeaf(v: number): boolean {
    const p = this.plan;
    const c = p.cal[v] as number;
    const cal = p.calendars[c] as WorkCalendar;
    const dur = p.dur[v] as number;
    this.#upperBounds(v, cal, c, false);
    let ls = this.#boundStart;
    let lf = this.#boundFinish;
    lf = Math.min(lf, this.pfPos[c] as number);
    const ct = p.cType[v] as number;
    if (ct >= SNET && !((p.flags[v] as number) & MANUAL)) {
      const d = cal.position(p.cDate[v] as number);
      if (ct === SNLT || ct === MSO) ls = Math.min(ls, d);
      else if (ct === FNLT || ct === MFO) lf = Math.min(lf, d);
    }
    const late = Math.min(ls, lf - dur);
    const changed = this.lsW[v] !== late;
    this.lsW[v] = late;
    return changed;
  }

  #backwardSummary(v: number): boolean {
    const p = this.plan;
    const { outOff, outEdges, edgeDst, edgeKind, edgeLag, flags, calendars } = p;
    let ls = INF;
    let lf = INF;
    for (let k = outOff[v] as number, end = outOff[v + 1] as number; k < end; k++) {
      const e = outEdges[k] as number;
      const w = edgeDst[e] as number;
      const kind = edgeKind[e] as number;
      if (kind === UP) {
        ls = Math.min(ls, this.bLS[w] as number);
        lf = Math.min(lf, this.bLF[w] as number);
        continue;
      }
      const onStart = kind === FS || kind === SS;
      const lag = edgeLag[e] as number;
      const cw = calendars[p.cal[w] as number] as WorkCalendar;
      let at: number;
      if ((flags[w] as number) & IN_NODE) {
        const target = onStart ? (this.bLS[w] as number) : (this.bLF[w] as number);
        if (target === INF) continue;
        at = cw.add(target, -lag);
      } else {
        const tw = (this.lsW[w] as number) + (onStart ? 0 : (p.dur[w] as number));
        at = kind === FS || kind === FF ? cw.instantAt(tw - lag) : cw.startAt(tw - lag);
      }
      if (kind === FS || kind === FF) lf = Math.min(lf, at);
      else ls = Math.min(ls, at);
    }
    const changed = this.bLS[v] !== ls || this.bLF[v] !== lf;
    this.bLS[v] = ls;
    this.bLF[v] = lf;
    const own = calendars[p.cal[v] as number] as WorkCalendar;
    this.bLSW[v] = ls === INF ? INF : own.position(ls);
    this.bLFW[v] = lf === INF ? INF : own.position(lf);
    return changed;
  }

  #backwardIn(v: number): boolean {
    const p = this.plan;
    const { outOff, outEdges, edgeDst, flags, calendars } = p;
    let ls = INF;
    let lf = INF;
    for (let k = outOff[v] as number, end = outOff[v + 1] as number; k < end; k++) {
      const w = edgeDst[outEdges[k] as number] as number;
      if ((flags[w] as number) & IN_NODE) {
        ls = Math.min(ls, this.bLS[w] as number);
        lf = Math.min(lf, this.bLF[w] as number);
      } else {
        const cw = calendars[p.cal[w] as number] as WorkCalendar;
        ls = Math.min(ls, cw.startAt(this.lsW[w] as number));
        lf = Math.min(lf, cw.instantAt((this.lsW[w] as number) + (p.dur[w] as number)));
      }
    }
    const changed = this.bLS[v] !== ls || this.bLF[v] !== lf;
    this.bLS[v] = ls;
    this.bLF[v] = lf;
    return changed;
  }

  /**
   * Places every automatic ALAP task as late as its successors' scheduled dates, its summaries'
   * links and the project finish allow, never before its early start. Successors come first
   * (reverse topological order), so a chain of ALAP tasks packs against its end. Successors never
   * move: their early dates already satisfy the links from the early dates of an ALAP task.
   */
  placeAlapTasks(): void {
    const p = this.plan;
    if (p.alapCount === 0) return;
    const { order, nodeCount, cType, flags } = p;
    for (let r = nodeCount - 1; r >= 0; r--) {
      const v = order[r] as number;
      if (v >= p.taskCount || cType[v] !== ALAP || (flags[v] as number) & (MANUAL | SUMMARY)) continue;
      const c = p.cal[v] as number;
      const cal = p.calendars[c] as WorkCalendar;
      const dur = p.dur[v] as number;
      this.#upperBounds(v, cal, c, true);
      const ls = this.#boundStart;
      const lf = this.#boundFinish;
      const early = this.fsW[v] as number;
      const s = Math.max(early, Math.min(ls, Math.min(lf, this.pfPos[c] as number) - dur));
      const at = v * 6;
      if (s === early) {
        this.out[at] = this.fsT[v] as number;
        this.out[at + 1] = this.feT[v] as number;
      } else {
        const start = dur > 0 ? cal.startAt(s) : cal.instantAt(s);
        this.out[at] = start;
        this.out[at + 1] = dur > 0 ? cal.instantAt(s + dur) : start;
      }
    }
  }

  /** Total and free slack at one node (reverse topological order: summaries before their children). */
  slack(v: number): void {
    const p = this.plan;
    const f = p.flags[v] as number;
    if (f & IN_NODE) return;
    const c = p.cal[v] as number;
    const cal = p.calendars[c] as WorkCalendar;
    const summary = (f & SUMMARY) !== 0;
    let fr = summary ? INF : (this.pfPos[c] as number) - (this.feW[v] as number);
    const { outOff, outEdges, edgeDst, edgeKind, edgeLag, owner, flags, calendars } = p;
    for (let k = outOff[v] as number, end = outOff[v + 1] as number; k < end; k++) {
      const e = outEdges[k] as number;
      let w = edgeDst[e] as number;
      const kind = edgeKind[e] as number;
      if (kind === UP) {
        const above = this.free[w] as number;
        if (above === INF) continue;
        // The summary's finish position on this calendar: its own when it shares the calendar.
        const at = p.cal[w] === c ? (this.feW[w] as number) : cal.position(this.feT[w] as number);
        fr = Math.min(fr, above + at - (this.feW[v] as number));
        continue;
      }
      if ((flags[w] as number) & IN_NODE) w = owner[w] as number;
      const onStart = kind === FS || kind === SS;
      const fromEnd = kind === FS || kind === FF;
      let theirs: number;
      let mine: number;
      if (p.cal[w] === c) {
        theirs = onStart ? (this.fsW[w] as number) : (this.feW[w] as number);
        mine = fromEnd ? (this.feW[v] as number) : (this.fsW[v] as number);
      } else {
        const cw = calendars[p.cal[w] as number] as WorkCalendar;
        theirs = cw.position(onStart ? (this.fsT[w] as number) : (this.feT[w] as number));
        mine = cw.position(fromEnd ? (this.feT[v] as number) : (this.fsT[v] as number));
      }
      fr = Math.min(fr, theirs - mine - (edgeLag[e] as number));
    }
    if (summary) {
      this.free[v] = fr;
      return;
    }
    // Late finish − early finish is the same difference as late start − early start: both add `dur`.
    const total = (this.lsW[v] as number) - (this.esW[v] as number);
    this.outTotal[v] = total;
    this.free[v] = Math.min(fr, total);
  }

  /** Reported dates and slack of one task; a summary rolls up its children (topological order). */
  output(v: number): void {
    const p = this.plan;
    if (v >= p.taskCount) return;
    const o = this.out;
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
        total = Math.min(total, this.outTotal[u] as number);
        free = Math.min(free, this.outFree[u] as number);
      }
      o[at] = s;
      o[at + 1] = e;
      o[at + 2] = es;
      o[at + 3] = ee;
      o[at + 4] = ls;
      o[at + 5] = le;
      this.outTotal[v] = total;
      this.outFree[v] = free;
      return;
    }
    const cal = p.calendars[p.cal[v] as number] as WorkCalendar;
    const dur = p.dur[v] as number;
    const fs = this.fsW[v] as number;
    const es = this.esW[v] as number;
    const ls = this.lsW[v] as number;
    if (dur > 0) {
      o[at + 2] = es === fs ? (this.fsT[v] as number) : cal.startAt(es);
      o[at + 3] = es === fs ? (this.feT[v] as number) : cal.instantAt(es + dur);
      o[at + 4] = ls === fs ? (this.fsT[v] as number) : cal.startAt(ls);
      o[at + 5] = ls === fs ? (this.feT[v] as number) : cal.instantAt(ls + dur);
    } else {
      const early = es === fs ? (this.fsT[v] as number) : cal.instantAt(es);
      const late = ls === fs ? (this.fsT[v] as number) : cal.instantAt(ls);
      o[at + 2] = early;
      o[at + 3] = early;
      o[at + 4] = late;
      o[at + 5] = late;
    }
    this.outFree[v] = this.free[v] as number;
  }
}
