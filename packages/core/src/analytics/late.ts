import { formatWallTime } from '../time/wall-time.js';
import { workingDaysBetween } from './frame.js';
import { expectedShare } from './progress.js';
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
  const limit = options.limit ?? 50;
  const items: LateItem[] = [];
  const counts: Record<LateKind, number> = { overdue: 0, slipped: 0, behind: 0 };
  for (let i = 0; i < frame.tasks.length; i++) {
    if (frame.leaf[i] !== 1 || frame.category[i] === DONE) continue;
    const end = frame.end[i] as number;
    const progress = frame.progress[i] as number;
    const expected = expectedShare(frame, i) * 100;
    const reasons: Reason[] = [];
    let kind: LateKind | undefined;
    let days = 0;
    if (end <= frame.today) {
      days = round2(workingDaysBetween(frame, end, frame.today));
      kind = 'overdue';
      reasons.push({
        code: 'OVERDUE',
        message: `Planned to end ${formatWallTime(end)}, ${days} working days ago, and ${Math.round(progress)}% done.`,
      });
    }
    const baseEnd = frame.baseEnd[i] as number;
    if (!Number.isNaN(baseEnd) && end > baseEnd) {
      const slip = round2(workingDaysBetween(frame, baseEnd, end));
      if (slip > 0) {
        kind ??= 'slipped';
        if (kind === 'slipped') days = slip;
        reasons.push({ code: 'SLIPPED', message: `Ends ${slip} working days after its baseline.` });
      }
    }
    if ((frame.start[i] as number) < frame.today && expected - progress >= behindBy) {
      kind ??= 'behind';
      reasons.push({
        code: 'BEHIND',
        message: `${Math.round(progress)}% done where the plan expects ${Math.round(expected)}%.`,
      });
    }
    if (kind === undefined) continue;
    counts[kind]++;
    const task = frame.tasks[i];
    items.push({
      id: task?.id ?? '',
      name: task?.name ?? '',
      kind,
      end: !Number.isNaN(end) ? formatWallTime(end) : undefined,
      daysLate: days,
      progress,
      expected,
      assignees: task?.assignees ?? [],
      reasons,
    });
  }
  items.sort(
    (a, b) =>
      ORDER[a.kind] - ORDER[b.kind] ||
      b.daysLate - a.daysLate ||
      b.expected - b.progress - (a.expected - a.progress),
  );
  if (items.length > limit) items.length = Math.max(0, limit);
  return { items, counts };
}

function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
