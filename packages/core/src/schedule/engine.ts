/**
 * The scheduling engine: per-node values over a compiled {@link Plan}, and the passes that compute
 * them one node at a time. Each pass reads only its neighbours' values, so a full schedule runs
 * them in topological order and the incremental engine (`port.ts`) reruns them on the part of the
 * graph a change reaches.
 *
 * The passes, in order (`runAll`):
 * 1. forward (`forward-pass.ts`), topological order: early dates from predecessors, the project
 *    start and start-side constraints, capped by hard constraints (a cap that beats a driver is a
 *    conflict);
 * 2. the project finish (`updateFinish`): the latest forward finish of a leaf;
 * 3. backward (`backward-pass.ts`), reverse order: late dates from successors, summaries' links and
 *    the project finish; then ALAP tasks placed as late as their successors' scheduled dates allow;
 * 4. slack (`slack-pass.ts`), reverse order: total slack (late − early) and free slack;
 * 5. output (`output-pass.ts`), topological order: reported dates, summaries rolled up.
 *
 * Invariants: a node's values depend only on its own plan data and its neighbours' values of the
 * same or an earlier pass, so rerunning a pass on a node whose inputs did not change leaves it as it
 * was (the forward and backward node functions say whether what their neighbours read changed, and
 * the incremental engine stops where nothing did). A task's early finish is its
 * early start plus its duration in positions, and so is its late finish. Values are kept twice where
 * it pays: as instants (wall minutes) and as working positions on the node's own calendar (see
 * `WorkCalendar.position`). Durations, lags and slack are differences of positions, so a link
 * between two tasks on one calendar costs an addition, not a calendar walk. The passes allocate
 * nothing per node (only a conflict, which is rare, gets an entry in `conflictEdge`).
 */
import type { WorkCalendar } from '../time/calendar.js';
import { placeAlapTasks, backwardAt } from './backward-pass.js';
import { forwardAt } from './forward-pass.js';
import { outputAt } from './output-pass.js';
import { type Plan, SUMMARY } from './plan.js';
import { slackAt } from './slack-pass.js';

const NEG = Number.NEGATIVE_INFINITY;

/** Per-node results of the passes (the pass files write them), the project finish, and `runAll`. */
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
  /**
   * The latest new finish of a leaf since the last `updateFinish`, for an update without a scan
   * (the forward pass raises it).
   */
  raised = NEG;
  /**
   * Whether a leaf that finished at the project finish moved earlier since the last `updateFinish`
   * (the forward pass sets it).
   */
  dropped = false;

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
    for (let r = 0; r < nodeCount; r++) forwardAt(this, order[r] as number);
    this.updateFinish();
    for (let r = nodeCount - 1; r >= 0; r--) backwardAt(this, order[r] as number);
    placeAlapTasks(this);
    for (let r = nodeCount - 1; r >= 0; r--) slackAt(this, order[r] as number);
    for (let r = 0; r < nodeCount; r++) outputAt(this, order[r] as number);
  }

  /**
   * The project finish: the latest forward finish of a leaf. Returns whether it changed. With
   * `incremental`, after passes over part of the graph, the leaves those passes moved decide it, and
   * the leaves are scanned only when one that held the finish moved earlier.
   */
  updateFinish(incremental = false): boolean {
    const { taskCount, flags, calendars, projectStart } = this.plan;
    let finish = NEG;
    if (incremental && !this.dropped) finish = Math.max(this.projectFinish, this.raised);
    else {
      const feT = this.feT;
      for (let i = 0; i < taskCount; i++) {
        if ((flags[i] as number) & SUMMARY) continue;
        const e = feT[i] as number;
        if (e > finish) finish = e;
      }
    }
    this.raised = NEG;
    this.dropped = false;
    if (finish === NEG) finish = projectStart;
    const changed = finish !== this.projectFinish;
    this.projectFinish = finish;
    if (changed)
      for (let c = 0; c < calendars.length; c++)
        this.pfPos[c] = (calendars[c] as WorkCalendar).position(finish);
    return changed;
  }
}
