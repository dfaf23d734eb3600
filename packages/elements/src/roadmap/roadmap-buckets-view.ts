import { type Translate, translate } from '../i18n/catalogue.js';
import type { Project } from '@roadline/core';
import { ROADMAP_BUCKETS, type RoadmapBucket, type RoadmapBuckets } from '@roadline/core/views/roadmap';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { withPart } from '../base/part-at.js';
import type { PresenceController } from '../base/presence-controller.js';
import { peerColor, selectedBy } from '../base/presence-marks.js';
import { styleProps } from '../base/style-props.js';
import type { BucketMoves } from './bucket-moves.js';
import { spanText } from './roadmap-labels.js';
import type { BucketCells, RoadmapModel } from './roadmap-model.js';

/** Each bucket's column title. */
/** The catalogue key of each bucket's title. */
export const BUCKET_TITLES = {
  now: 'roadmap.bucket.now',
  next: 'roadmap.bucket.next',
  later: 'roadmap.bucket.later',
} as const satisfies Record<RoadmapBucket, string>;

/** Where a card would land: a lane, a bucket and a position among the cell's other cards. */
export interface BucketPlace {
  readonly lane: number;
  readonly bucket: RoadmapBucket;
  readonly index: number;
}

/** A card being dragged or moved by keyboard, and where it would land now. */
export interface BucketDrop extends BucketPlace {
  readonly id: string;
}

/** What the now / next / later view needs. */
export interface BucketsContext {
  readonly project: Project;
  readonly model: RoadmapModel;
  readonly buckets: RoadmapBuckets;
  readonly cells: BucketCells;
  readonly title: string;
  readonly locale: string | undefined;
  readonly readonly: boolean;
  /** The card in the tab order (roving tabindex). */
  readonly focusId: string | undefined;
  /** The selected feature (the one the timeline view selects too). */
  readonly selectedId: string | undefined;
  /** Who else selects features (a shared project), and the words for it. */
  readonly presence: PresenceController;
  readonly t: Translate;
  readonly drop: BucketDrop | undefined;
  onCardKey(event: KeyboardEvent): void;
  onCardClick(id: string, event: MouseEvent): void;
  onCardFocus(id: string): void;
}

function card(ctx: BucketsContext, id: string): TemplateResult | typeof nothing {
  const { model, project } = ctx;
  const i = model.byId.get(id);
  const f = i === undefined ? undefined : model.features[i];
  if (!f) return nothing;
  const status = f.task.status ? (project.status(f.task.status)?.label ?? f.task.status) : undefined;
  const priority = f.task.priority
    ? (project.priority(f.task.priority)?.label ?? f.task.priority)
    : undefined;
  const peers = ctx.presence.selecting(id);
  const shared = peers.length > 0;
  let part = id === ctx.selectedId ? 'card selected' : 'card';
  if (ctx.drop?.id === id) part += ' preview';
  if (shared) part += ' peer-selected';
  return html`<li>
    <div
      part=${part}
      title=${shared ? selectedBy(peers, ctx.t) : nothing}
      role="button"
      aria-roledescription="feature"
      aria-describedby="bucket-keys"
      tabindex=${id === ctx.focusId ? '0' : '-1'}
      data-id=${id}
      ${styleProps({ '--_c': f.color ?? null, '--_peer': shared ? peerColor(peers) : null })}
    >
      ${f.task.name}
      <span class="meta">${[status, priority, spanText(f.facts.start, f.facts.end, ctx.locale)].filter(Boolean).join(' · ')}</span>
    </div>
  </li>`;
}

/** A cell's cards, with the drop indicator among them when the card being moved would land there. */
function cell(ctx: BucketsContext, lane: number, bucket: RoadmapBucket): TemplateResult | typeof nothing {
  const ids = ctx.cells[lane]?.[bucket] ?? [];
  const drop = ctx.drop;
  const here = drop !== undefined && drop.lane === lane && drop.bucket === bucket;
  if (ids.length === 0 && !here) return nothing;
  // The indicator's index counts the cell's other cards: the moved one stays drawn where it was
  // (and a drop on its own place shows the indicator just above it).
  const items: (string | null)[] = [];
  let k = 0;
  let placed = !here;
  for (const id of ids) {
    if (!placed && k === drop?.index) {
      items.push(null);
      placed = true;
    }
    items.push(id);
    if (id !== drop?.id) k++;
  }
  if (!placed) items.push(null);
  return html`<ul>
    ${repeat(
      items,
      (id) => id ?? '\u0000drop',
      (id) => (id === null ? html`<li part="drop-indicator" aria-hidden="true"></li>` : card(ctx, id)),
    )}
  </ul>`;
}

/**
 * Now / next / later as a table: a column per bucket, a row per lane (empty lanes too: a card can
 * be dropped there). Each cell lists its feature cards in bucket order.
 */
export function renderBuckets(ctx: BucketsContext): TemplateResult {
  const { model, buckets, drop } = ctx;
  const t: Translate = (key, params) => translate(ctx.locale ?? 'en', key, params);
  // One listener of each kind for every card.
  return html`<div part="buckets">
    <table
      @keydown=${ctx.onCardKey}
      @click=${(e: MouseEvent) => withPart(e, 'card', (id) => ctx.onCardClick(id, e))}
      @focusin=${(e: FocusEvent) => withPart(e, 'card', (id) => ctx.onCardFocus(id))}
    >
      <caption class="visually-hidden">${t('roadmap.bucketsCaption', { title: ctx.title })}</caption>
      <thead>
        <tr>
          <th scope="col">${t('roadmap.lane')}</th>
          ${ROADMAP_BUCKETS.map((b) => html`<th scope="col" data-bucket=${b}>${t('roadmap.bucketCount', { bucket: t(BUCKET_TITLES[b]), count: buckets[b].length })}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${model.lanes.map(
          (lane, l) => html`<tr data-lane=${l}>
            <th scope="row">${lane.label}</th>
            ${ROADMAP_BUCKETS.map(
              (b) =>
                html`<td data-bucket=${b} data-lane=${l} class=${drop?.lane === l && drop.bucket === b ? 'drop-target' : ''}>
                  ${cell(ctx, l, b)}
                </td>`,
            )}
          </tr>`,
        )}
      </tbody>
    </table>
  </div>
  <p class="visually-hidden" id="bucket-keys">
    ${ctx.readonly ? t('roadmap.keysReadonly') : t('roadmap.keysBuckets')}
  </p>`;
}

/**
 * The now / next / later view of a roadmap element: the buckets its moves lay out, the tab stop
 * on the focused card (else the first), and a click or focus that moves the tab stop.
 */
export function bucketsView(
  moves: BucketMoves,
  project: Project,
  model: RoadmapModel,
  options: {
    title: string;
    locale: string | undefined;
    readonly: boolean;
    focusId: string | undefined;
    selectedId: string | undefined;
    presence: PresenceController;
    t: Translate;
    /** A click on a card (it takes the tab stop and becomes the selected feature). */
    click(id: string, event: MouseEvent): void;
    setFocus(id: string): void;
  },
): TemplateResult {
  const { buckets, cells } = moves.layout(project, model);
  const order = moves.cardOrder();
  const focused = options.focusId;
  return renderBuckets({
    project,
    model,
    buckets,
    cells,
    title: options.title,
    locale: options.locale,
    readonly: options.readonly,
    focusId: focused !== undefined && order.includes(focused) ? focused : order[0],
    selectedId: options.selectedId,
    presence: options.presence,
    t: options.t,
    drop: moves.shownDrop(),
    onCardKey: moves.onCardKey,
    onCardClick: options.click,
    onCardFocus: options.setFocus,
  });
}
