import { blockedItems, type BlockedItem } from './blocked.js';
import { bottlenecks, type Bottleneck } from './bottlenecks.js';
import { type Burndown, burndown } from './burndown.js';
import { type ProjectSummary, projectSummary } from './health.js';
import { type KeyFigures, keyFigures } from './kpi.js';
import { type LateList, lateItems } from './late.js';
import { type MilestoneRow, milestones } from './milestones.js';
import { type ProgressRow, progressBy, progressOf } from './progress.js';
import { type StatusMix, statusMix } from './status.js';
import type { AnalyticsFrame } from './types.js';
import { type Workload, workload } from './workload.js';

/** Every figure of a project at once, with default options. */
export interface Analysis {
  progress: ProgressRow;
  progressByProject: ProgressRow[];
  progressByGroup: ProgressRow[];
  progressByPerson: ProgressRow[];
  status: StatusMix;
  workload: Workload;
  burndown: Burndown;
  milestones: MilestoneRow[];
  late: LateList;
  blocked: BlockedItem[];
  bottlenecks: Bottleneck[];
  summary: ProjectSummary;
  kpis: KeyFigures;
}

/** Computes every figure of a frame with default options (what a full dashboard shows). */
export function analyze(frame: AnalyticsFrame): Analysis {
  return {
    progress: progressOf(frame),
    progressByProject: progressBy(frame, 'project'),
    progressByGroup: progressBy(frame, 'group'),
    progressByPerson: progressBy(frame, 'person'),
    status: statusMix(frame),
    workload: workload(frame),
    burndown: burndown(frame),
    milestones: milestones(frame),
    late: lateItems(frame),
    blocked: blockedItems(frame),
    bottlenecks: bottlenecks(frame),
    summary: projectSummary(frame),
    kpis: keyFigures(frame),
  };
}
