import type { DependencyType, Project } from '@roadline/core';
import { announceChange, requestChange } from '../events/change-events.js';
import type { LinkCreateDetail } from '../events/link-create-event.js';
import type { LinkRemoveDetail } from '../events/link-remove-event.js';

/** Links two tasks as one transaction between `rl-before-link-create` and `rl-link-create`. */
export function commitLinkCreate(
  host: HTMLElement,
  project: Project,
  from: string,
  to: string,
  type: DependencyType,
): string | undefined {
  const detail: LinkCreateDetail = { from, to, type };
  if (!requestChange(host, 'link-create', detail)) return undefined;
  const link = project.transaction(() => project.addDependency({ from, to, type }));
  announceChange<LinkCreateDetail>(host, 'link-create', { ...detail, dependencyId: link.id });
  return link.id;
}

/** Removes a link as one transaction between `rl-before-link-remove` and `rl-link-remove`. */
export function commitLinkRemove(host: HTMLElement, project: Project, dependencyId: string): boolean {
  const link = project.dependency(dependencyId);
  if (!link) return false;
  const detail: LinkRemoveDetail = { dependencyId, from: link.from, to: link.to, type: link.type ?? 'FS' };
  if (!requestChange(host, 'link-remove', detail)) return false;
  project.transaction(() => project.removeDependency(dependencyId));
  announceChange(host, 'link-remove', detail);
  return true;
}
