import type { PresenceController } from '../base/presence-controller.js';
import type { LocaleController } from '../controllers/locale-controller.js';
import { catalogueVersion, type Translate } from '../i18n/catalogue.js';
import type { Project, Task } from '@roadline/core';
import type { BoardField } from '@roadline/core/views/board';
import type { ReactiveControllerHost } from 'lit';

/** What the kanban and table views read from `rl-board`, their coordinator: its public options. */
export interface BoardHost extends ReactiveControllerHost, HTMLElement {
  readonly project: Project | undefined;
  columnField: BoardField;
  laneField: BoardField | undefined;
  groupBy: BoardField | 'none';
  wipLimits: Record<string, number> | undefined;
  wipBlocking: boolean;
  readonly: boolean;
  view: 'kanban' | 'table';
  /** BCP 47 language of the board's words, dates and numbers (else the nearest `lang`). */
  locale: string | undefined;
  /** Only items in this status (`''`: none or an undefined one); shared with `rl-workflow`. */
  statusFilter: string | undefined;
}

/**
 * What the views read of `rl-board` beyond its public options: the store being shown, its items
 * and today. `rl-board` hands this adapter to each view when it constructs it, so none of it is a
 * member of the element (nothing internal is reachable on it, nothing of it is in the manifest).
 */
export interface BoardSource {
  /** The store being shown (from `.project`, `.data` or inline JSON). */
  store(): Project | undefined;
  /**
   * The board's items: leaf tasks (summaries roll up from them) in WBS order, in the status
   * filter's status when one is set, cached per store version and filter.
   */
  items(): readonly Readonly<Task>[];
  /** Today as `YYYY-MM-DD`, for late marks. */
  today(): string;
  /** The board's words in its language (its `LocaleController`). */
  readonly t: Translate;
  /** The board's language tag, for dates and numbers. */
  language(): string;
  /** A key that changes with the language and its catalogue (for caches of translated text). */
  wordsKey(): string;
  /** Who else is in a shared project: what they select and edit. */
  readonly presence: PresenceController;
}

/** The board's source over a store getter and a today getter, its items cached per store version. */
export function boardSource(
  store: () => Project | undefined,
  today: () => string,
  writing: LocaleController,
  presence: PresenceController,
  statusFilter: () => string | undefined = () => undefined,
): BoardSource {
  let cache:
    | { project: Project; version: number; status: string | undefined; items: readonly Readonly<Task>[] }
    | undefined;
  return {
    store,
    today,
    t: writing.t,
    presence,
    language: () => writing.language,
    wordsKey: () => `${writing.language} ${catalogueVersion()}`,
    items() {
      const project = store();
      if (!project) return [];
      const status = statusFilter();
      if (cache?.project === project && cache.version === project.version && cache.status === status) {
        return cache.items;
      }
      const defined = new Set(project.statuses().map((s) => s.id));
      const statusOf = (t: Readonly<Task>): string =>
        t.status !== undefined && defined.has(t.status) ? t.status : '';
      const items = project
        .tasks()
        .filter((t) => !project.isSummary(t.id) && (status === undefined || statusOf(t) === status));
      cache = { project, version: project.version, status, items };
      return items;
    },
  };
}
