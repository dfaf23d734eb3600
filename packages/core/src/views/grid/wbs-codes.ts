/**
 * WBS codes (`1`, `1.2`, `1.2.3`): a task's place among its siblings at each level of the tree,
 * as Microsoft Project numbers its outline. Made in one pass over the WBS order and remembered per
 * store version, so a grid column reads a code per row in constant time.
 */
import type { Project } from '../../store/project.js';

/** The WBS codes of a depth-first order whose nesting levels are `depth`, by position. */
export function wbsCodes(depth: ArrayLike<number>): string[] {
  const codes = new Array<string>(depth.length);
  const counters: number[] = [];
  const prefixes: string[] = [];
  for (let i = 0; i < depth.length; i++) {
    const d = depth[i] as number;
    counters.length = d + 1;
    prefixes.length = d + 1;
    counters[d] = (counters[d] ?? 0) + 1;
    const code = d === 0 ? String(counters[d]) : `${prefixes[d - 1] ?? 0}.${counters[d]}`;
    prefixes[d] = code;
    codes[i] = code;
  }
  return codes;
}

const made = new WeakMap<Project, { version: number; codes: string[] }>();

/** The WBS code of task `id` in `project` (`''` for no such task). */
export function wbsCode(project: Project, id: string): string {
  let entry = made.get(project);
  if (entry === undefined || entry.version !== project.version) {
    entry = { version: project.version, codes: wbsCodes(project.wbsDepths()) };
    made.set(project, entry);
  }
  const at = project.wbsIndex(id);
  return at < 0 ? '' : (entry.codes[at] ?? '');
}
