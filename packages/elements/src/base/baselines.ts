import type { Baseline, Project } from '@roadline/core';

/**
 * The baseline a view shows for a choice of id: that one; with no choice (`undefined`) the most
 * recent; `''` none. An id of no baseline shows none.
 */
export function shownBaseline(project: Project, id: string | undefined): Baseline['tasks'] | undefined {
  if (id === '') return undefined;
  if (id !== undefined) return project.baseline(id)?.tasks;
  const all = project.baselines();
  return all[all.length - 1]?.tasks;
}

/** The second baseline a view compares with the shown one: only an id names one, never the default. */
export function comparedBaseline(project: Project, id: string | undefined): Baseline['tasks'] | undefined {
  return id ? project.baseline(id)?.tasks : undefined;
}
