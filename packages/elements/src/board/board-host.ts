import type { Project, Task } from '@roadline/core';
import type { BoardField } from '@roadline/core/views/board';
import type { ReactiveControllerHost } from 'lit';

/** What the kanban and table views read from `rl-board`, their coordinator. */
export interface BoardHost extends ReactiveControllerHost, HTMLElement {
  readonly project: Project | undefined;
  /** The store being shown (from `.project`, `.data` or inline JSON). */
  readonly store: Project | undefined;
  columnField: BoardField;
  laneField: BoardField | undefined;
  groupBy: BoardField | 'none';
  wipLimits: Record<string, number> | undefined;
  wipBlocking: boolean;
  readonly: boolean;
  view: 'kanban' | 'table';
  /** Today as `YYYY-MM-DD`, for late marks. */
  readonly todayDay: string;
  /** The board's items: leaf tasks in WBS order (cached per store version). */
  items(): readonly Readonly<Task>[];
}
