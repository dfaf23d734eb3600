import type { Project } from '@roadline/core';
import { keepWithAncestors, type PlannerFilter, plannerFilterTest } from '@roadline/core/views/grid';

/**
 * The WBS order a planner's filter keeps (matching tasks and the summaries above them), remembered
 * per store version, filter and day: the views ask for their rows on every frame, the filter runs
 * once per change. With no filter it is the store's own order array.
 */
export class FilteredRows {
  private last:
    | {
        project: Project;
        version: number;
        filter: PlannerFilter | undefined;
        today: string | undefined;
        order: readonly string[];
        depth: ArrayLike<number>;
      }
    | undefined;

  /** The kept order and its depths. */
  get(
    project: Project,
    filter: PlannerFilter | undefined,
    today: string | undefined,
  ): {
    order: readonly string[];
    depth: ArrayLike<number>;
  } {
    const l = this.last;
    if (
      l &&
      l.project === project &&
      l.version === project.version &&
      l.filter === filter &&
      l.today === today
    )
      return l;
    const test = filter === undefined ? undefined : plannerFilterTest(project, filter, today);
    const kept = test
      ? keepWithAncestors(project.wbsOrder(), project.wbsDepths(), test)
      : { order: project.wbsOrder(), depth: project.wbsDepths() };
    this.last = { project, version: project.version, filter, today, ...kept };
    return kept;
  }
}
