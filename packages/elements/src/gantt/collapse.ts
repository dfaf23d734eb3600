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
