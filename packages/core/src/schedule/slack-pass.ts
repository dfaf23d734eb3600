/**
 * Total and free slack, one node at a time, in reverse topological order (a summary before its
 * children, since it bounds their free slack). Needs the forward and backward values of the node
 * and of its successors.
 */
import type { WorkCalendar } from '../time/calendar.js';
import type { Engine } from './engine.js';
import { FF, FS, IN_NODE, SS, SUMMARY, UP } from './plan.js';

const INF = Number.POSITIVE_INFINITY;

/** Total and free slack at one node (reverse topological order: summaries before their children). */
export function slackAt(engine: Engine, v: number): void {
  const p = engine.plan;
  const f = p.flags[v] as number;
  if (f & IN_NODE) return;
  const c = p.cal[v] as number;
  const cal = p.calendars[c] as WorkCalendar;
  const summary = (f & SUMMARY) !== 0;
  let fr = summary ? INF : (engine.pfPos[c] as number) - (engine.feW[v] as number);
  const { outOff, outEdges, edgeDst, edgeKind, edgeLag, owner, flags, calendars } = p;
  for (let k = outOff[v] as number, end = outOff[v + 1] as number; k < end; k++) {
    const e = outEdges[k] as number;
    let w = edgeDst[e] as number;
    const kind = edgeKind[e] as number;
    if (kind === UP) {
      const above = engine.free[w] as number;
      if (above === INF) continue;
      // The summary's finish position on this calendar: its own when it shares the calendar.
      const at = p.cal[w] === c ? (engine.feW[w] as number) : cal.position(engine.feT[w] as number);
      fr = Math.min(fr, above + at - (engine.feW[v] as number));
      continue;
    }
    if ((flags[w] as number) & IN_NODE) w = owner[w] as number;
    const onStart = kind === FS || kind === SS;
    const fromEnd = kind === FS || kind === FF;
    let theirs: number;
    let mine: number;
    if (p.cal[w] === c) {
      theirs = onStart ? (engine.fsW[w] as number) : (engine.feW[w] as number);
      mine = fromEnd ? (engine.feW[v] as number) : (engine.fsW[v] as number);
    } else {
      const cw = calendars[p.cal[w] as number] as WorkCalendar;
      theirs = cw.position(onStart ? (engine.fsT[w] as number) : (engine.feT[w] as number));
      mine = cw.position(fromEnd ? (engine.feT[v] as number) : (engine.fsT[v] as number));
    }
    fr = Math.min(fr, theirs - mine - (edgeLag[e] as number));
  }
  if (summary) {
    engine.free[v] = fr;
    return;
  }
  // Late finish − early finish is the same difference as late start − early start: both add `dur`.
  const total = (engine.lsW[v] as number) - (engine.esW[v] as number);
  engine.outTotal[v] = total;
  engine.free[v] = Math.min(fr, total);
}
