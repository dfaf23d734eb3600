import type { Translate } from '../i18n/catalogue.js';
import type { Project } from '@roadline/core';
import {
  type BucketRule,
  planRoadmapBucketMove,
  ROADMAP_BUCKETS,
  type RoadmapBucket,
  type RoadmapBuckets,
  type RoadmapLaneField,
} from '@roadline/core/views/roadmap';
import type { ReactiveControllerHost } from 'lit';
import { partAt } from '../base/part-at.js';
import { DragController, type DragSession } from '../controllers/drag-controller.js';
import { EdgeScroll } from '../controllers/edge-scroll.js';
import { type DragDirection, KeyboardDragController } from '../controllers/keyboard-drag.js';
import { createTaskClickEvent } from '../events/task-click-event.js';
import type { TaskChangeDetail } from '../events/task-change-event.js';
import { BUCKET_TITLES, type BucketDrop, type BucketPlace } from './roadmap-buckets-view.js';
import {
  type BucketCells,
  bucketCells,
  buildBuckets,
  type Feature,
  type RoadmapModel,
} from './roadmap-model.js';

/** What moving cards between now / next / later needs from the roadmap. */
export interface BucketMovesHost {
  readonly element: ReactiveControllerHost & HTMLElement;
  project(): Project | undefined;
  model(): RoadmapModel | undefined;
  feature(id: string): Feature | undefined;
  readonly(): boolean;
  /** Whether the now / next / later view is shown (cards are dragged only there). */
  shown(): boolean;
  rule(): BucketRule;
  laneField(): RoadmapLaneField;
  /** Makes a change as one transaction with its events (and the neighbours' new order); whether it was made. */
  apply(
    project: Project,
    detail: TaskChangeDetail,
    others: readonly { readonly id: string; readonly order: number }[],
  ): boolean;
  announce(message: string): void;
  /** The words announced, in the roadmap's language. */
  t: Translate;
  /** The card to give the tab stop (roving tabindex). */
  setFocus(id: string): void;
  /** A card was pressed and released without moving: a click (the drag's pointer capture sends the browser's to the host). */
  tapped(id: string, event: PointerEvent): void;
}

/**
 * Moving feature cards between the cells of the now / next / later table, by pointer (a drag,
 * with the table scrolling at its edges) and by keyboard (Space lifts, arrows move, Space drops),
 * and moving focus between cards. What a drop changes is planned in core
 * (`planRoadmapBucketMove`: the bucket rule's field, status or dates, the lane's field, the
 * order among the cell's cards); each move is one store transaction, asked first.
 */
export class BucketMoves {
  /** Where the card being dragged by pointer would land. */
  drop: BucketDrop | undefined;
  private readonly host: BucketMovesHost;
  private readonly drag: DragController<string>;
  private readonly keys: KeyboardDragController<BucketPlace>;
  private readonly edge: EdgeScroll;
  /** The pointer drag in progress, to read the drop place again when the table scrolls under it. */
  private session: DragSession<string> | undefined;
  private cache:
    | { model: RoadmapModel; rule: string; buckets: RoadmapBuckets; cells: BucketCells }
    | undefined;

  constructor(host: BucketMovesHost) {
    this.host = host;
    const element = host.element;
    this.edge = new EdgeScroll(
      () => this.scroller(),
      () => {
        if (this.session) this.setDrop(this.target(this.session));
      },
    );
    this.drag = new DragController<string>(element, {
      start: (event) => this.dragStart(event),
      move: (session) => {
        this.session = session;
        this.setDrop(this.target(session));
        // Near the top or bottom of the table, it keeps scrolling under a held card.
        const box = this.scroller()?.getBoundingClientRect();
        if (box) this.edge.follow(session.event.clientY, box.top, box.bottom, 48);
      },
      end: (session) => {
        this.stopDrag();
        const drop = this.target(session);
        if (drop && this.commit(drop.id, drop, 'move'))
          host.announce(this.placeText(drop, 'roadmap.bucket.moved'));
      },
      cancel: () => this.stopDrag(),
      tap: (id, event) => host.tapped(id, event),
    });
    this.keys = new KeyboardDragController<BucketPlace>(element, {
      lift: (id) => (host.readonly() ? undefined : this.placeOf(id)),
      step: (id, at, direction) => this.step(id, at, direction),
      drop: (id, from, to) => {
        if (from.lane !== to.lane || from.bucket !== to.bucket || from.index !== to.index)
          this.commit(id, to, 'keyboard');
        void this.focusCard(id);
      },
      describe: (id, at, phase) => {
        const what = host.feature(id)?.task.name ?? id;
        switch (phase) {
          case 'lifted':
            return this.placeText({ id, ...at }, 'roadmap.bucket.lifted');
          case 'moved':
            return this.placeText({ id, ...at });
          case 'dropped':
            return this.placeText({ id, ...at }, 'roadmap.bucket.dropped');
          case 'cancelled':
            return this.host.t('roadmap.bar.cancelled', { name: what });
          case 'edge':
            return this.placeText({ id, ...at }, 'roadmap.bucket.edge');
        }
      },
    });
  }

  /** Whether a card is being moved, by pointer or by keyboard. */
  get moving(): boolean {
    return this.drag.session !== undefined || this.keys.lifted !== undefined;
  }

  /** Whether a card is lifted by keyboard (its keys are the controller's). */
  get lifted(): boolean {
    return this.keys.lifted !== undefined;
  }

  /** Where the moved card would land now: the pointer's drop, else the lifted card's place. */
  shownDrop(): BucketDrop | undefined {
    const lifted = this.keys.lifted;
    return this.drop ?? (lifted ? { id: lifted.id, ...lifted.at } : undefined);
  }

  /** Ends any move in progress without a change (the view changed, or the roadmap became read-only). */
  cancel(): void {
    this.drag.cancel();
    this.keys.cancel();
  }

  /** Stops what runs between frames (the element left the page). */
  disconnect(): void {
    this.edge.stop();
  }

  /** The buckets and their cells for the current model and rule (once per model and rule). */
  layout(project: Project, model: RoadmapModel): { buckets: RoadmapBuckets; cells: BucketCells } {
    const rule = this.host.rule();
    const key = JSON.stringify(rule);
    const c = this.cache;
    if (c && c.model === model && c.rule === key) return c;
    const buckets = buildBuckets(project, model, rule);
    this.cache = { model, rule: key, buckets, cells: bucketCells(model, buckets) };
    return this.cache;
  }

  /** Cards in reading order: lane by lane, bucket by bucket, top to bottom. */
  cardOrder(): string[] {
    const project = this.host.project();
    const model = this.host.model();
    if (!project || !model) return [];
    const { cells } = this.layout(project, model);
    return cells.flatMap((c) => ROADMAP_BUCKETS.flatMap((b) => c[b]));
  }

  /** Keys on a card: the lifted card's moves, Enter to open, arrows and Home/End between cards. */
  readonly onCardKey = (event: KeyboardEvent): void => {
    const id = this.cardAt(event)?.dataset.id;
    if (id === undefined) return;
    if (!this.host.readonly() && this.keys.handleKey(event, id)) return;
    if (event.key === 'Enter') {
      this.host.element.dispatchEvent(createTaskClickEvent({ taskId: id, open: true, originalEvent: event }));
      return;
    }
    const order = this.cardOrder();
    const here = order.indexOf(id);
    let next: string | undefined;
    if (event.key === 'ArrowRight' || event.key === 'ArrowDown') next = order[here + 1];
    else if (event.key === 'ArrowLeft' || event.key === 'ArrowUp') next = order[here - 1];
    else if (event.key === 'Home') next = order[0];
    else if (event.key === 'End') next = order[order.length - 1];
    else return;
    event.preventDefault();
    if (next !== undefined) void this.focusCard(next);
  };

  private setDrop(drop: BucketDrop | undefined): void {
    this.drop = drop;
    this.host.element.requestUpdate();
  }

  private stopDrag(): void {
    this.edge.stop();
    this.session = undefined;
    this.setDrop(undefined);
  }

  private scroller(): HTMLElement | null {
    return this.host.element.shadowRoot?.querySelector<HTMLElement>('[part~="buckets"]') ?? null;
  }

  private cellOf(lane: number, bucket: RoadmapBucket): readonly string[] {
    const project = this.host.project();
    const model = this.host.model();
    if (!project || !model) return [];
    return this.layout(project, model).cells[lane]?.[bucket] ?? [];
  }

  /** How many cards other than `id` a cell holds (the positions a card can take there, minus one). */
  private othersIn(id: string, lane: number, bucket: RoadmapBucket): number {
    const ids = this.cellOf(lane, bucket);
    return ids.length - (ids.includes(id) ? 1 : 0);
  }

  /** Where card `id` is now. */
  private placeOf(id: string): BucketPlace | undefined {
    const f = this.host.feature(id);
    if (!f || f.lane < 0) return undefined;
    for (const bucket of ROADMAP_BUCKETS) {
      const index = this.cellOf(f.lane, bucket).indexOf(id);
      if (index >= 0) return { lane: f.lane, bucket, index };
    }
    return undefined;
  }

  /** The changes of dropping `id` at `place`; `undefined` when the rule cannot put it there. */
  private plan(id: string, place: BucketPlace) {
    const project = this.host.project();
    const model = this.host.model();
    const f = this.host.feature(id);
    if (!project || !model || !f) return undefined;
    const cell = this.cellOf(place.lane, place.bucket);
    const lane = place.lane !== f.lane ? model.lanes[place.lane]?.value : undefined;
    const current = cell.indexOf(id);
    return planRoadmapBucketMove({
      task: f.task,
      rule: this.host.rule(),
      bucket: place.bucket,
      start: f.facts.start,
      end: f.facts.end,
      linked: f.linked,
      statuses: project.statuses(),
      priorities: project.priorities(),
      laneField: lane === undefined ? undefined : this.host.laneField(),
      lane,
      cell: cell
        .filter((c) => c !== id)
        .map((c) => {
          const task = project.task(c);
          const rank = task?.priority === undefined ? undefined : project.priority(task.priority)?.rank;
          return { id: c, order: task?.order, rank };
        }),
      index: place.index,
      currentIndex: current >= 0 ? current : undefined,
    });
  }

  /** Drops card `id` at `place` as one transaction, after the cancelable event; whether it changed. */
  private commit(id: string, place: BucketPlace, source: string): boolean {
    const project = this.host.project();
    if (!project || this.host.readonly()) return false;
    const plan = this.plan(id, place);
    if (!plan || (plan.patch === undefined && plan.others.length === 0)) return false;
    return this.host.apply(project, { taskId: id, patch: plan.patch ?? {}, source }, plan.others);
  }

  private placeText(
    drop: BucketDrop,
    key:
      | 'roadmap.bucket.at'
      | 'roadmap.bucket.moved'
      | 'roadmap.bucket.lifted'
      | 'roadmap.bucket.dropped'
      | 'roadmap.bucket.edge' = 'roadmap.bucket.at',
  ): string {
    const t = this.host.t;
    const name = this.host.feature(drop.id)?.task.name ?? drop.id;
    const lane = this.host.model()?.lanes[drop.lane]?.label ?? '';
    const count = this.othersIn(drop.id, drop.lane, drop.bucket) + 1;
    return t(key, { name, lane, bucket: t(BUCKET_TITLES[drop.bucket]), position: drop.index + 1, count });
  }

  /**
   * One keyboard step: left and right change bucket, up and down walk the positions its priority
   * allows in the column, lane by lane.
   */
  private step(id: string, at: BucketPlace, direction: DragDirection): BucketPlace | undefined {
    const model = this.host.model();
    if (!model) return undefined;
    const landing = (place: BucketPlace): BucketPlace | undefined => {
      const plan = this.plan(id, place);
      return plan ? { ...place, index: plan.index } : undefined;
    };
    if (direction === 'left' || direction === 'right') {
      const step = direction === 'left' ? -1 : 1;
      for (
        let b = ROADMAP_BUCKETS.indexOf(at.bucket) + step;
        b >= 0 && b < ROADMAP_BUCKETS.length;
        b += step
      ) {
        // A bucket the rule cannot put the feature in (no status for it) is skipped.
        const place = landing({
          lane: at.lane,
          bucket: ROADMAP_BUCKETS[b] as RoadmapBucket,
          index: at.index,
        });
        if (place) return place;
      }
      return undefined;
    }
    const range = this.plan(id, at)?.range ?? [at.index, at.index];
    if (direction === 'up') {
      if (at.index > range[0]) return { ...at, index: at.index - 1 };
      return at.lane === 0
        ? undefined
        : landing({ lane: at.lane - 1, bucket: at.bucket, index: Number.MAX_SAFE_INTEGER });
    }
    if (at.index < range[1]) return { ...at, index: at.index + 1 };
    return at.lane + 1 >= model.lanes.length
      ? undefined
      : landing({ lane: at.lane + 1, bucket: at.bucket, index: 0 });
  }

  /** The card an event happened in. */
  private cardAt(event: Event): HTMLElement | undefined {
    return partAt(event, this.host.element, 'card');
  }

  private dragStart(event: PointerEvent): string | undefined {
    if (this.host.readonly() || !this.host.shown()) return undefined;
    const id = this.cardAt(event)?.dataset.id;
    return id !== undefined && this.host.feature(id) ? id : undefined;
  }

  /** The cell and position under the pointer, when the rule can put the card there. */
  private target(session: DragSession<string>): BucketDrop | undefined {
    const id = session.payload;
    const { clientX, clientY } = session.event;
    const hit = this.host.element.shadowRoot?.elementFromPoint(clientX, clientY);
    const td = hit?.closest<HTMLElement>('td[data-bucket]');
    const bucket = td?.dataset.bucket as RoadmapBucket | undefined;
    const lane = Number(td?.dataset.lane);
    if (!td || bucket === undefined || !ROADMAP_BUCKETS.includes(bucket) || !Number.isInteger(lane))
      return undefined;
    // The gap nearest the pointer: the cards above it whose middle it has passed.
    let index = 0;
    for (const c of td.querySelectorAll<HTMLElement>('[part~="card"]')) {
      if (c.dataset.id === id) continue;
      const r = c.getBoundingClientRect();
      if (r.top + r.height / 2 < clientY) index++;
    }
    const plan = this.plan(id, { lane, bucket, index });
    return plan ? { id, lane, bucket, index: plan.index } : undefined;
  }

  private async focusCard(id: string): Promise<void> {
    const element = this.host.element;
    this.host.setFocus(id);
    element.requestUpdate();
    await element.updateComplete;
    const el = element.shadowRoot?.querySelector<HTMLElement>(`[part~="card"][data-id="${CSS.escape(id)}"]`);
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    el?.focus();
  }
}
