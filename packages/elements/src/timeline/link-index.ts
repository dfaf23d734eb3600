import type { Dependency, Project } from '@roadline/core';
import { type LinkRows, linkRows, linksInRows } from '@roadline/core/views/timeline';
import type { Frame } from './frame.js';

/**
 * The dependencies by the rows they touch, so a render draws only the links of its row window.
 * The index is rebuilt when the rows drawn or the set of links change (a link or a task added or
 * removed), not when dates move: it follows the store with a subscription of its own, which only
 * counts such changes.
 */
export class LinkIndex {
  private store: Project | undefined;
  private unsubscribe: (() => void) | undefined;
  private version = 0;
  private built:
    | { source: readonly string[]; version: number; list: Readonly<Dependency>[]; index: LinkRows }
    | undefined;

  /** Follows `project` (a no-op while it is the one followed). */
  follow(project: Project | undefined): void {
    if (project === this.store) return;
    this.unsubscribe?.();
    this.store = project;
    this.built = undefined;
    this.unsubscribe = project?.subscribe((batch) => {
      if (
        batch.operations.some(
          (op) => op.entity === 'dependency' || (op.entity === 'task' && op.kind !== 'update'),
        )
      )
        this.version += 1;
    });
  }

  /** Stops following the store and forgets the index. */
  clear(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.store = undefined;
    this.built = undefined;
  }

  /** The links with an end in the frame's row window; `rowOf` maps a task to its row (-1: none). */
  visible(frame: Frame, project: Project, rowOf: (id: string) => number): Readonly<Dependency>[] {
    if (this.built?.source !== frame.rows || this.built.version !== this.version) {
      const list = project.dependencies();
      this.built = { source: frame.rows, version: this.version, list, index: linkRows(list, rowOf) };
    }
    const { list, index } = this.built;
    return linksInRows(index, frame.rowWindow).map((i) => list[i] as Readonly<Dependency>);
  }
}
