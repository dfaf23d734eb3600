import { formatWallTime } from '../time/wall-time.js';
import { workingDaysBetween } from './frame.js';
import { expectedShares } from './progress.js';
import { TopK } from './top.js';
import { DONE, type AnalyticsFrame, type Reason } from './types.js';

/** Why an item is on the late list, most serious first. */
export type LateKind = 'overdue' | 'slipped' | 'behind';

/** An unfinished task that is late or at risk. */
export interface LateItem {
  id: string;
  name: string;
  kind: LateKind;
  /** Its (scheduled) end, exclusive. */
  end: string | undefined;
  /** Working days: past the end (overdue), past the baseline end (slipped), or 0 (behind). */
  daysLate: number;
  progress: number;
  /** Progress the plan expects by today, 0–100. */
  expected: number;
  assignees: readonly string[];
  reasons: Reason[];
}

/** Options of {@link lateItems}. */
export interface LateOptions {
  /** A started task is **behind** when its progress trails the expected progress by this many points. Default 20. */
  behindBy?: number;
  /** At most this many items (counts stay complete). Default 50. */
  limit?: number;
}

/** The late list and how many of each kind there are. */
export interface LateList {
  items: LateItem[];
  counts: Record<LateKind, number>;
}

const ORDER: Record<LateKind, number> = { overdue: 0, slipped: 1, behind: 2 };

/**
 * Unfinished counted leaf tasks that are **overdue** (their end has passed), **slipped** (their end
 * is after the baseline's) or **behind** (started, and their progress trails the share of their
 * planned time already elapsed by `behindBy` points or more). Each item lists every reason that
 * applies and takes the most serious as its kind; items sort by kind, then by how late they are.
 */
export function lateItems(frame: AnalyticsFrame, options: LateOptions = {}): LateList {
  const behindBy = options.behindBy ?? 20;
  const limit = Math.max(0, options.limit ?? 50);
  const counts: Record<LateKind, number> = { overdue: 0, slipped: 0, behind: 0 };
  const shares = expectedShares(frame);
  // Only the first `limit` items are kept, in order: a bounded insertion instead of sorting every
  // late task of a large project.
  const found = new TopK<Found>(
    limit,
    (a, b) =>
      ORDER[a.kind] - ORDER[b.kind] ||
      b.days - a.days ||
      b.expected - (frame.progress[b.i] as number) - (a.expected - (frame.progress[a.i] as number)),
  );
  for (let i = 0; i < frame.tasks.length; i++) {
    if (frame.leaf[i] !== 1 || frame.category[i] === DONE) continue;
    const end = frame.end[i] as number;
    const baseEnd = frame.baseEnd[i] as number;
    const overdue = end <= frame.today ? round2(workingDaysBetween(frame, end, frame.today)) : -1;
    const slip = baseEnd < end ? round2(workingDaysBetween(frame, baseEnd, end)) : 0;
    const started = (frame.start[i] as number) < frame.today;
    const expected = started ? (shares[i] as number) * 100 : 0;
    const behind = started && expected - (frame.progress[i] as number) >= behindBy;
    const kind: LateKind | undefined =
      overdue >= 0 ? 'overdue' : slip > 0 ? 'slipped' : behind ? 'behind' : undefined;
    if (kind === undefined) continue;
    counts[kind]++;
    found.offer({
      i,
      kind,
      overdue,
      slip,
      behind,
      expected,
      days: kind === 'overdue' ? overdue : kind === 'slipped' ? slip : 0,
    });
  }
  // Reasons are sentences: only the items returned pay for them.
  const items = found.items().map((f) => item(frame, f));
  return { items, counts };
}

interface Found {
  i: number;
  kind: LateKind;
  /** Working days past the end, or -1. */
  overdue: number;
  slip: number;
  behind: boolean;
  expected: number;
  days: number;
}

function item(frame: AnalyticsFrame, f: Found): LateItem {
  const task = frame.tasks[f.i];
  const end = frame.end[f.i] as number;
  const progress = frame.progress[f.i] as number;
  const reasons: Reason[] = [];
  if (f.overdue >= 0) {
    reasons.push({
      code: 'OVERDUE',
      message: `Planned to end ${formatWallTime(end)}, ${f.overdue} working days ago, and ${Math.round(progress)}% done.`,
    });
  }
  if (f.slip > 0)
    reasons.push({ code: 'SLIPPED', message: `Ends ${f.slip} working days after its baseline.` });
  if (f.behind) {
    reasons.push({
      code: 'BEHIND',
      message: `${Math.round(progress)}% done where the plan expects ${Math.round(f.expected)}%.`,
    });
  }
  return {
    id: task?.id ?? '',
    name: task?.name ?? '',
    kind: f.kind,
    end: Number.isNaN(end) ? undefined : formatWallTime(end),
    daysLate: f.days,
    progress,
    expected: f.expected,
    assignees: task?.assignees ?? [],
    reasons,
  };
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
