import { type Translate, translate } from '../i18n/catalogue.js';
import type { Project } from '@roadline/core';
import { ancestorsAt } from '@roadline/core/views/grid';

/** The collapsed set with a task's collapsed ancestors expanded; the same set when none is. */
export function revealed(project: Project, collapsed: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const order = project.wbsOrder();
  const hidden = ancestorsAt(order, project.wbsDepths(), project.wbsIndex(id)).filter((a) =>
    collapsed.has(a),
  );
  if (hidden.length === 0) return collapsed;
  const next = new Set(collapsed);
  for (const a of hidden) next.delete(a);
  return next;
}

/** The collapsed set with a summary expanded or collapsed (toggled without `expand`); the same set when unchanged. */
export function toggled(collapsed: ReadonlySet<string>, id: string, expand?: boolean): ReadonlySet<string> {
  const open = !collapsed.has(id);
  const want = expand ?? !open;
  if (want === open) return collapsed;
  const next = new Set(collapsed);
  if (want) next.delete(id);
  else next.add(id);
  return next;
}

/**
 * The collapsed set with every summary of the tree, or with `id` only that task and the summaries
 * below it, expanded (`expand`) or collapsed; the same set when unchanged. One walk over the WBS
 * order (a summary is a row whose next row is deeper), no lookups per task.
 */
export function setBelow(
  project: Project,
  collapsed: ReadonlySet<string>,
  expand: boolean,
  id?: string,
): ReadonlySet<string> {
  if (expand && id === undefined) return collapsed.size === 0 ? collapsed : new Set();
  const order = project.wbsOrder();
  const depths = project.wbsDepths();
  const from = id === undefined ? 0 : project.wbsIndex(id);
  if (from < 0) return collapsed;
  const top = id === undefined ? -1 : (depths[from] as number);
  const next = new Set(collapsed);
  let changed = false;
  for (let i = from; i < order.length; i++) {
    const depth = depths[i] as number;
    if (i > from && depth <= top) break;
    if (i + 1 >= order.length || (depths[i + 1] as number) <= depth) continue;
    const summary = order[i] as string;
    if (collapsed.has(summary) === expand) changed = true;
    if (expand) next.delete(summary);
    else next.add(summary);
  }
  return changed ? next : collapsed;
}

/** A new collapsed set and what to announce about it. */
export interface CollapseChange {
  readonly collapsed: ReadonlySet<string>;
  readonly message: string;
}

/**
 * {@link setBelow} with its announcement ("All summaries collapsed", "Build and all below
 * expanded"); `undefined` when nothing changes.
 */
export function allBelow(
  project: Project | undefined,
  collapsed: ReadonlySet<string>,
  expand: boolean,
  id?: string,
  t: Translate = (key, params) => translate('en', key, params),
): CollapseChange | undefined {
  const next = project ? setBelow(project, collapsed, expand, id) : collapsed;
  if (next === collapsed) return undefined;
  const name = id === undefined ? undefined : project?.task(id)?.name;
  const message = name
    ? t(expand ? 'tree.expandedBelow' : 'tree.collapsedBelow', { name })
    : t(expand ? 'tree.allExpanded' : 'tree.allCollapsed');
  return { collapsed: next, message };
}
