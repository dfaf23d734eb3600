import { type Translate, translate } from '../i18n/catalogue.js';
import type { PresenceController } from '../base/presence-controller.js';
import { peerColor, selectedBy } from '../base/presence-marks.js';
import { formatDateLabel, type Project } from '@roadline/core';
import { LABEL_AFTER, roadmapHeader } from '@roadline/core/views/roadmap';
import { arrowHead, barBand, barGeometry, routeArrow, routePath, xOf } from '@roadline/core/views/timeline';
import { html, nothing, svg, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { partAt, withPart } from '../base/part-at.js';
import { styleProps } from '../base/style-props.js';
import { featureLabel } from './roadmap-labels.js';
import { type Feature, MARKER_ROW, markerText, type RoadmapModel } from './roadmap-model.js';

/** The label column's width, in CSS pixels (the styles' default). */
export const LANE_LABELS = 180;

/** The scrolled-to part of the roadmap, in pixels of the whole scrolling canvas. */
export interface ViewWindow {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** Side of the square chunks the drawn window snaps to. */
const CHUNK = 256;

/**
 * The region drawn for a viewport: the viewport widened to whole chunks, so scrolling or resizing
 * within the same chunks draws nothing new (the view adds its overscan around it).
 */
export function drawnWindow(v: ViewWindow): ViewWindow {
  const left = Math.floor(v.left / CHUNK) * CHUNK;
  const top = Math.floor(v.top / CHUNK) * CHUNK;
  const right = Math.ceil((v.left + v.width) / CHUNK) * CHUNK;
  const bottom = Math.ceil((v.top + v.height) / CHUNK) * CHUNK;
  return { left, top, width: right - left, height: bottom - top };
}

/** What the timed view needs from the element. */
export interface TimelineContext {
  readonly project: Project;
  readonly model: RoadmapModel;
  readonly title: string;
  readonly locale: string | undefined;
  /** Time runs right to left (the chart is mirrored; its geometry stays left to right). */
  readonly rtl: boolean;
  readonly today: number;
  /** `undefined` draws everything (printing). */
  readonly window: ViewWindow | undefined;
  /** A feature being moved: the lane it would land in (its dates are the store's preview). */
  readonly preview: { id: string; start?: number; end?: number; lane: number } | undefined;
  readonly selectedId: string | undefined;
  /** Who else selects features (a shared project), and the words for it. */
  readonly presence: PresenceController;
  readonly t: Translate;
  readonly focusId: string | undefined;
  readonly readonly: boolean;
  readonly showDependencies: boolean;
  readonly collapsed: ReadonlySet<string>;
  onScroll(): void;
  onToggleLane(value: string): void;
  onBarKey(event: KeyboardEvent): void;
  onBarClick(id: string, event: MouseEvent): void;
  onBarEnter(id: string, el: Element): void;
  onBarLeave(id: string): void;
  onBarFocus(id: string, el: Element): void;
}

const OVERSCAN = 200;

function header(ctx: TimelineContext): TemplateResult {
  const { model } = ctx;
  const { scale, markers, markerLabels } = model;
  const [years, cells] = roadmapHeader(model.level, scale.start, scale.end, ctx.locale);
  const height = model.headerHeight;
  return html`<div part="header" aria-hidden="true">
    <svg width=${model.width} height=${height}>
      ${years.map((c) => {
        const x = Math.max(0, xOf(scale, c.start));
        return svg`<line x1=${x} x2=${x} y1="0" y2="24"></line><text class="year" x=${x + 6} y="17">${c.label}</text>`;
      })}
      ${cells.map((c) => {
        const x = xOf(scale, c.start);
        return svg`<line x1=${x} x2=${x} y1="24" y2="48"></line><text x=${x + 6} y="41">${c.label}</text>`;
      })}
      <line x1="0" x2=${model.width} y1="48" y2="48"></line>
      ${markers.map((m, i) => {
        const x = xOf(scale, m.at);
        const row = markerLabels.row[i] as number;
        if (row < 0) return svg`<line class=${`tick ${m.kind}`} x1=${x} x2=${x} y1="48" y2=${height}></line>`;
        return svg`<line class=${`tick ${m.kind}`} x1=${x} x2=${x} y1="48" y2=${52 + (row + 1) * MARKER_ROW}></line><text class=${`marker-label ${m.kind}`} x=${markerLabels.left[i] as number} y=${62 + row * MARKER_ROW}>${markerText(m)}</text>`;
      })}
      ${markerLabels.badges.map((b) => {
        const y = 51 + b.row * MARKER_ROW;
        const names = b.members.map((i) => markers[i]?.label ?? '').join(', ');
        return svg`<g class="badge"><title>${names}</title><rect x=${b.left} y=${y} width=${b.right - b.left} height=${MARKER_ROW - 1} rx="3"></rect><text x=${(b.left + b.right) / 2} y=${62 + b.row * MARKER_ROW} text-anchor="middle" direction="ltr">+${b.members.length}</text></g>`;
      })}
    </svg>
  </div>`;
}

function grid(ctx: TimelineContext): TemplateResult {
  const { model } = ctx;
  const { scale, rows } = model;
  const [, cells] = roadmapHeader(model.level, scale.start, scale.end, ctx.locale);
  const todayX = xOf(scale, ctx.today);
  return html`<svg class="grid" width=${model.width} height=${rows.height} aria-hidden="true">
    ${model.lanes.map((_, i) =>
      i % 2 === 1
        ? svg`<rect class="stripe" x="0" y=${rows.laneTop[i] ?? 0} width=${model.width} height=${rows.laneHeight[i] ?? 0}></rect>`
        : nothing,
    )}
    ${cells.map((c) => {
      const x = xOf(scale, c.start);
      return svg`<line class="grid-line" x1=${x} x2=${x} y1="0" y2=${rows.height}></line>`;
    })}
    ${model.lanes.map((_, i) => {
      const y = (rows.laneTop[i] ?? 0) + (rows.laneHeight[i] ?? 0);
      return svg`<line class="lane-line" x1="0" x2=${model.width} y1=${y} y2=${y}></line>`;
    })}
    ${model.markers.map((m) => {
      const x = xOf(scale, m.at);
      return svg`<line class=${`marker ${m.kind}`} x1=${x} x2=${x} y1="0" y2=${rows.height}></line>`;
    })}
    <line part="today" x1=${todayX} x2=${todayX} y1="0" y2=${rows.height}></line>
  </svg>`;
}

function laneHeaders(ctx: TimelineContext): TemplateResult {
  const { model } = ctx;
  return html`<div class="lanes">
    ${model.lanes.map((lane, i) => {
      const collapsed = ctx.collapsed.has(lane.value);
      return html`<div
        part=${collapsed ? 'lane-header collapsed' : 'lane-header'}
        ${styleProps({
          top: `${model.rows.laneTop[i] ?? 0}px`,
          height: `${model.rows.laneHeight[i] ?? 0}px`,
          '--_lane': lane.color ?? 'transparent',
        })}
      >
        <button
          part="lane-toggle"
          aria-expanded=${collapsed ? 'false' : 'true'}
          @click=${() => ctx.onToggleLane(lane.value)}
        >
          ${lane.label} <span class="count">(${lane.itemIds.length})</span>
        </button>
      </div>`;
    })}
  </div>`;
}

function bars(ctx: TimelineContext): TemplateResult {
  const { model, preview, window: win } = ctx;
  const { scale, rows, rowHeight, labels } = model;
  const band = barBand(0, rowHeight, 'task');
  const x0 = win ? win.left - OVERSCAN : Number.NEGATIVE_INFINITY;
  const x1 = win ? win.left + win.width - LANE_LABELS + OVERSCAN : Number.POSITIVE_INFINITY;
  const y0 = win ? win.top - OVERSCAN : Number.NEGATIVE_INFINITY;
  const y1 = win ? win.top + win.height - model.headerHeight + OVERSCAN : Number.POSITIVE_INFINITY;
  const shown: number[] = [];
  model.features.forEach((f, i) => {
    const y = rows.y[i] as number;
    if (!Number.isFinite(y)) return;
    const id = f.task.id;
    if (id === preview?.id || id === ctx.focusId) {
      shown.push(i);
      return;
    }
    if (y + rowHeight < y0 || y > y1) return;
    const a = xOf(scale, f.facts.start);
    // A name after its bar is drawn with it.
    const b =
      Math.max(a + 8, xOf(scale, f.facts.end)) +
      (labels.place[i] === LABEL_AFTER ? 6 + (labels.width[i] as number) : 0);
    if (b < x0 || a > x1) return;
    shown.push(i);
  });
  // One listener of each kind for every bar (a bar's own listeners would be six per bar per render).
  return html`<div
    class="bars"
    role="group"
    aria-label=${translate(ctx.locale ?? 'en', 'roadmap.features', { title: ctx.title })}
    @keydown=${ctx.onBarKey}
    @click=${(e: MouseEvent) => withPart(e, 'bar', (id) => ctx.onBarClick(id, e))}
    @pointerover=${(e: PointerEvent) => crossing(e, (id, el) => ctx.onBarEnter(id, el))}
    @pointerout=${(e: PointerEvent) => crossing(e, (id) => ctx.onBarLeave(id))}
    @focusin=${(e: FocusEvent) => withPart(e, 'bar', (id, el) => ctx.onBarFocus(id, el))}
    @focusout=${(e: FocusEvent) => withPart(e, 'bar', (id) => ctx.onBarLeave(id))}
  >
    ${repeat(
      shown,
      (i) => model.features[i]?.task.id ?? i,
      (i) => {
        const f = model.features[i];
        if (!f) return nothing;
        const id = f.task.id;
        const p = preview?.id === id ? preview : undefined;
        const start = p?.start ?? f.facts.start;
        const end = p?.end ?? f.facts.end;
        const y = p && p.lane !== f.lane ? (rows.laneTop[p.lane] ?? 0) : (rows.y[i] as number);
        const bar = barGeometry(scale, 'task', start, end, f.facts.progress, { minWidth: 8 });
        const peers = ctx.presence.selecting(id);
        const shared = peers.length > 0;
        const parts = ['bar', ...(id === ctx.selectedId ? ['selected'] : []), ...(p ? ['preview'] : [])];
        if (shared) parts.push('peer-selected');
        const after = labels.place[i] === LABEL_AFTER;
        // The label's box is positioned in the bar's padding box (inside its 4 px start border).
        const labelStyle = styleProps({
          left: after ? `${bar.width + 2}px` : null,
          width: labels.truncated[i] === 1 ? `${labels.width[i]}px` : null,
        });
        return html`<div
          part=${parts.join(' ')}
          class=${`${p ? 'preview' : ''}${shared ? ' peer' : ''}`}
          title=${shared ? selectedBy(peers, ctx.t) : nothing}
          role="button"
          aria-roledescription="feature"
          aria-describedby="keys"
          tabindex=${id === ctx.focusId ? '0' : '-1'}
          data-id=${id}
          aria-label=${featureLabel(ctx.project, model, f, ctx.locale)}
          ${styleProps({
            left: `${bar.x}px`,
            top: `${y + band.y}px`,
            width: `${bar.width}px`,
            height: `${band.height}px`,
            '--_c': f.color ?? null,
            '--_peer': shared ? peerColor(peers) : null,
          })}
        >
          <span class=${after ? 'label after' : 'label'} ${labelStyle}>${f.task.name}</span>
          ${
            bar.progressWidth > 0
              ? html`<span part="progress" ${styleProps({ width: `${bar.progressWidth}px` })}></span>`
              : nothing
          }
        </div>`;
      },
    )}
  </div>`;
}

/** Calls `fn` when the pointer enters or leaves a bar, not when it moves between a bar's parts. */
function crossing(event: PointerEvent, fn: (id: string, bar: HTMLElement) => void): void {
  const bar = partAt(event, event.currentTarget as Element, 'bar');
  const other = event.relatedTarget;
  if (bar && !(other instanceof Node && bar.contains(other))) fn(bar.dataset.id as string, bar);
}

function arrows(ctx: TimelineContext): TemplateResult | typeof nothing {
  if (!ctx.showDependencies) return nothing;
  const { model, project } = ctx;
  const { scale, rows, rowHeight } = model;
  const end = (i: number) => {
    const f = model.features[i];
    const y = rows.y[i] as number;
    if (!f || !Number.isFinite(y)) return undefined;
    const bar = barGeometry(scale, 'task', f.facts.start, f.facts.end, 0, { minWidth: 8 });
    return { row: y / rowHeight, startX: bar.startX, endX: bar.endX, left: bar.x, right: bar.x + bar.width };
  };
  const routes: TemplateResult[] = [];
  for (const d of project.dependencies()) {
    const a = model.byId.get(d.from);
    const b = model.byId.get(d.to);
    if (a === undefined || b === undefined) continue;
    const from = end(a);
    const to = end(b);
    if (!from || !to) continue;
    const route = routeArrow(d.type ?? 'FS', from, to, { rowHeight });
    routes.push(svg`<path d=${routePath(route)}></path><polygon points=${arrowHead(route)}></polygon>`);
  }
  return html`<svg class="arrows" width=${model.width} height=${rows.height} aria-hidden="true">${routes}</svg>`;
}

/** The timed roadmap: axis, lanes, grid with markers and the today line, bars, arrows. */
export function renderTimeline(ctx: TimelineContext): TemplateResult {
  const { model } = ctx;
  return html`<div class="viewport" @scroll=${ctx.onScroll}>
      <div
        class=${ctx.rtl ? 'canvas rtl' : 'canvas'}
        ${styleProps({
          '--_chart-w': `${model.width}px`,
          '--_chart-h': `${model.rows.height}px`,
          '--_header-h': `${model.headerHeight}px`,
        })}
      >
        <div class="corner"></div>
        ${header(ctx)} ${laneHeaders(ctx)}
        <div class="chart">${grid(ctx)} ${bars(ctx)} ${arrows(ctx)}</div>
      </div>
    </div>
    <ul class="visually-hidden" aria-label=${translate(ctx.locale ?? 'en', 'roadmap.markers')}>
      ${model.markers.map((m) => html`<li>${m.label}: ${translate(ctx.locale ?? 'en', `roadmap.kind.${m.kind}`)}, ${formatDateLabel(m.at, ctx.locale, false)}</li>`)}
    </ul>
    <p class="visually-hidden" id="keys">
      ${
        ctx.readonly
          ? translate(ctx.locale ?? 'en', 'roadmap.keysReadonly')
          : translate(ctx.locale ?? 'en', 'roadmap.keysTimeline')
      }
    </p>`;
}

/** The tooltip of the hovered or focused feature: its name over what its label says after it. */
export function renderTooltip(
  project: Project,
  model: RoadmapModel,
  f: Feature | undefined,
  locale: string | undefined,
): TemplateResult | typeof nothing {
  if (!f) return nothing;
  return html`<div part="tooltip" role="tooltip" id="tooltip">
    <strong>${f.task.name}</strong>${featureLabel(project, model, f, locale).split('. ').slice(1).join(' · ')}
  </div>`;
}
