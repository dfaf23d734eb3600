import { WallTimeCache } from '../time/wall-cache.js';
import { MINUTES_PER_DAY, parseWallTime } from '../time/wall-time.js';
import { workingDaysBetween } from './frame.js';
import { linksOf, predecessorsOf } from './links.js';
import type { Release } from '../model/types.js';
import { TopK } from './top.js';
import { BLOCKED, DONE, type AnalyticsFrame, type Reason } from './types.js';

/** Formats the rows' dates; milestones share a few hundred distinct days. */
const dates = new WallTimeCache();

/** Reasons of waiting on other work shown per row, at most. */
const MAX_WAITS = 5;

/** Where a milestone or release stands. */
export type MilestoneState = 'done' | 'on-track' | 'at-risk' | 'late';

/** A milestone or a release with its forecast against its plan. */
export interface MilestoneRow {
  id: string;
  kind: 'milestone' | 'release';
  name: string;
  /** The baseline date of a milestone, or a release's date. */
  planned: string | undefined;
  /** The scheduled date of a milestone, or the latest end of a release's tasks. */
  forecast: string | undefined;
  /** Working days from plan to forecast; positive is late. */
  variance: number | undefined;
  /** Calendar days from today to the forecast (or the plan when there is no forecast); negative when past. */
  daysLeft: number | undefined;
  state: MilestoneState;
  /** Why it is late or at risk (empty when done or on track). */
  reasons: Reason[];
  /** Counted tasks of a release (1 for a milestone). */
  tasks: number;
}

/**
 * Milestones (counted leaf tasks of type `milestone`) and releases with forecast against plan,
 * sorted by date (undated last). A row is **late** when its forecast is after its plan, or its date
 * has passed and it is not done; **at risk** when a task it waits for (a milestone's direct
 * predecessor, a release's task) is overdue or blocked; else **on track**, or **done**.
 */
export function milestones(frame: AnalyticsFrame, options: MilestoneOptions = {}): MilestoneRow[] {
  const n = frame.tasks.length;
  const hideDone = options.hideDone === true;
  // Rows are ranked by date first; only the rows returned pay for their reasons (sentences).
  const ranked = new TopK<Candidate>(options.limit ?? Number.POSITIVE_INFINITY, byDate);
  const troubled = (i: number): Reason | undefined => {
    if (frame.category[i] === DONE) return undefined;
    const name = frame.tasks[i]?.name ?? '';
    if (frame.category[i] === BLOCKED) return { code: 'WAITS_ON_BLOCKED', message: `${name} is blocked.` };
    if ((frame.end[i] as number) <= frame.today)
      return { code: 'WAITS_ON_OVERDUE', message: `${name} is overdue.` };
    return undefined;
  };

  for (let i = 0; i < n; i++) {
    if (frame.leaf[i] !== 1 || frame.milestone[i] !== 1) continue;
    const done = frame.category[i] === DONE;
    if (hideDone && done) continue;
    const forecast = frame.end[i] as number;
    const planned = frame.baseEnd[i] as number;
    ranked.offer({ t: Number.isNaN(forecast) ? planned : forecast, i, release: -1, planned, forecast, done });
  }

  const releases = frame.source.releases ?? [];
  const count = new Int32Array(releases.length);
  const trouble: Reason[][] = releases.map(() => []);
  if (releases.length > 0) {
    const slot = new Map<string, number>();
    releases.forEach((r, k) => {
      if (!slot.has(r.id)) slot.set(r.id, k);
    });
    const latest = new Float64Array(releases.length).fill(Number.NaN);
    const open = new Int32Array(releases.length);
    for (let i = 0; i < n; i++) {
      if (frame.leaf[i] !== 1) continue;
      const id = frame.tasks[i]?.releaseId;
      const k = id === undefined ? undefined : slot.get(id);
      if (k === undefined) continue;
      count[k] = (count[k] as number) + 1;
      const e = frame.end[i] as number;
      if (!Number.isNaN(e) && !((latest[k] as number) >= e)) latest[k] = e;
      if (frame.category[i] !== DONE) open[k] = (open[k] as number) + 1;
      // A row shows at most five reasons: a release of thousands of late tasks keeps only those.
      const list = trouble[k] as Reason[];
      if (list.length >= MAX_WAITS) continue;
      const r = troubled(i);
      if (r !== undefined) list.push(r);
    }
    releases.forEach((release, k) => {
      if (slot.get(release.id) !== k) return;
      const done = (count[k] as number) > 0 && open[k] === 0;
      if (hideDone && done) return;
      const planned = parseWallTime(release.date) ?? Number.NaN;
      const forecast = latest[k] as number;
      ranked.offer({
        t: Number.isNaN(forecast) ? planned : forecast,
        i: -1,
        release: k,
        planned,
        forecast,
        done,
      });
    });
  }

  const links = linksOf(frame);
  return ranked.items().map((c) => {
    if (c.release < 0) {
      const reasons: Reason[] = [];
      for (const p of predecessorsOf(links, c.i)) {
        const r = troubled(p);
        if (r !== undefined) reasons.push(r);
      }
      return judge(frame, c.i, 'milestone', c.planned, c.forecast, c.done, 1, reasons);
    }
    const release = releases[c.release] as Readonly<Release>;
    const row = judge(
      frame,
      -1,
      'release',
      c.planned,
      c.forecast,
      c.done,
      count[c.release] as number,
      trouble[c.release] ?? [],
    );
    row.id = release.id;
    row.name = release.name;
    return row;
  });
}

/** Options of {@link milestones}. */
export interface MilestoneOptions {
  /** At most this many rows (the earliest). Default all. */
  limit?: number;
  /** Leave out milestones and releases that are done. */
  hideDone?: boolean;
}

/** A milestone (`i`) or release (`release`) before it is judged: enough to rank it by date. */
interface Candidate {
  t: number;
  i: number;
  release: number;
  planned: number;
  forecast: number;
  done: boolean;
}

/** By date, undated last, ties in data order (milestones, then releases). */
function byDate(a: Candidate, b: Candidate): number {
  const x = Number.isNaN(a.t);
  const y = Number.isNaN(b.t);
  if (x || y) return x === y ? 0 : x ? 1 : -1;
  return a.t - b.t;
}

function judge(
  frame: AnalyticsFrame,
  i: number,
  kind: 'milestone' | 'release',
  planned: number,
  forecast: number,
  done: boolean,
  tasks: number,
  waits: Reason[],
): MilestoneRow {
  const hasPlan = !Number.isNaN(planned);
  const hasForecast = !Number.isNaN(forecast);
  const variance = hasPlan && hasForecast ? round2(workingDaysBetween(frame, planned, forecast)) : undefined;
  const when = hasForecast ? forecast : planned;
  const reasons: Reason[] = [];
  let state: MilestoneState = 'on-track';
  if (done) state = 'done';
  else {
    if (variance !== undefined && variance > 0) {
      reasons.push({
        code: 'FORECAST_AFTER_PLAN',
        message: `Forecast ${dates.format(forecast)} is ${variance} working days after the plan.`,
      });
    }
    if (!Number.isNaN(when) && when < frame.today) {
      reasons.push({ code: 'DATE_PASSED', message: `The date ${dates.format(when)} has passed.` });
    }
    if (reasons.length > 0) state = 'late';
    else if (waits.length > 0) {
      state = 'at-risk';
      reasons.push(...waits.slice(0, MAX_WAITS));
    }
  }
  const task = i >= 0 ? frame.tasks[i] : undefined;
  return {
    id: task?.id ?? '',
    kind,
    name: task?.name ?? '',
    planned: hasPlan ? dates.format(planned) : undefined,
    forecast: hasForecast ? dates.format(forecast) : undefined,
    variance,
    daysLeft: !Number.isNaN(when)
      ? Math.floor(when / MINUTES_PER_DAY) - Math.floor(frame.today / MINUTES_PER_DAY)
      : undefined,
    state,
    reasons,
    tasks,
  };
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
