import type { AutomationLogFilter, AutomationRun } from '../model/automation.js';

/** How many runs the log keeps by default; past it the oldest are dropped. */
export const DEFAULT_LOG_LIMIT = 1000;

/**
 * The bounded log of rule runs: a ring of the last `limit` runs, read newest first and
 * filtered by rule, task, outcome and time.
 */
export class RunLog {
  private readonly ring: (Readonly<AutomationRun> | undefined)[];
  private next = 0;
  private size = 0;

  constructor(private readonly limit: number = DEFAULT_LOG_LIMIT) {
    this.ring = new Array(Math.max(0, limit));
  }

  add(run: Readonly<AutomationRun>): void {
    if (this.limit <= 0) return;
    this.ring[this.next] = Object.freeze(run);
    this.next = (this.next + 1) % this.limit;
    if (this.size < this.limit) this.size += 1;
  }

  /** The runs that match `filter`, newest first. */
  list(filter: AutomationLogFilter = {}): Readonly<AutomationRun>[] {
    const out: Readonly<AutomationRun>[] = [];
    for (let k = 1; k <= this.size; k++) {
      const run = this.ring[(this.next - k + this.limit) % this.limit] as Readonly<AutomationRun>;
      if (filter.ruleId !== undefined && run.ruleId !== filter.ruleId) continue;
      if (filter.taskId !== undefined && run.taskId !== filter.taskId) continue;
      if (filter.outcome !== undefined && run.outcome !== filter.outcome) continue;
      if (filter.since !== undefined && run.at < filter.since) continue;
      out.push(run);
    }
    return out;
  }
}
