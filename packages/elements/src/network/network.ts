import '../i18n/en/network.js';
import type { Project, ProjectData } from '@roadline/core';
import { edgesInRect, framesInRect, layoutBounds, type NetworkLayout } from '@roadline/core/views/network';
import { html, LitElement, nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { SharedSelectionController } from '../base/shared-selection.js';
import { PresenceController } from '../base/presence-controller.js';
import { noteMark } from '../base/note-counts.js';
import { peerMark, presenceStyles } from '../base/presence-marks.js';
import { StoreController } from '../base/store-controller.js';
import { styleProps } from '../base/style-props.js';
import { svgToPng } from '../base/svg-png.js';
import { Announcer } from '../controllers/announcer.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { ResizeController } from '../controllers/resize-controller.js';
import { UndoKeysController } from '../controllers/undo-keys-controller.js';
import { announceChange, requestChange } from '../events/change-events.js';
import type { SelectionChangeDetail } from '../events/selection-change-event.js';
import { createTaskClickEvent } from '../events/task-click-event.js';
import { baseStyles } from '../styles/tokens.js';
import { commitLinkCreate, commitLinkRemove } from '../editing/link-edits.js';
import { NetworkCamera } from './network-camera.js';
import { type CanvasColors, drawNetwork, readColors } from './network-canvas.js';
import { CardTexts, cardTemplate, edgeTemplate, frameTemplate } from './network-cards.js';
import { exportNetworkSvg } from './network-export.js';
import { type NetworkGestureDelegate, NetworkGestures, type NetworkHit } from './network-gestures.js';
import { type NetworkKeyHost, networkKeyDown, nodeIdIn } from './network-keys.js';
import { NetworkModel } from './network-model.js';
import { networkStyles } from './network.styles.js';

/** Above this many cards in view the network is drawn as an overview on a canvas, without cards. */
const MAX_CARDS = 600;

/**
 * The dependency network of a project (activity on node), flowing left to right (right to left
 * in a right-to-left page): a card per task with its name, start and finish, duration, total
 * slack and assignees; milestones as diamonds; summaries as frames around their children (the
 * frame's toggle collapses one into a single card that carries its children's links); an edge per
 * link with its type and lag when not a plain finish-to-start; the critical path in the critical
 * colour. The layout is core's `layoutNetwork`: every link runs towards the flow, no two cards
 * overlap, and an edit moves only the part of the network it touched. Only the cards in view are
 * in the DOM; zoomed far out, the network is drawn as an overview on a canvas.
 *
 * Drag the background (or a card) to pan, Ctrl+wheel or pinch to zoom, the wheel to pan; the
 * buttons zoom and fit, the minimap jumps. Click a card to select it (Ctrl/Cmd adds), a link to
 * select it, then Delete removes the link; drag from a card's handle to another card to link
 * them (finish-to-start). The selection and the hovered task are shared with every other element
 * given the same `.project` (an `rl-gantt` beside it follows). Keys: see `network-keys.ts` — Right
 * and Left step along links, Up/Down within a column, Shift+Right/Left select a link, L then Enter
 * links, `+`/`-`/`0` zoom and fit. Each change is one undo step (Ctrl+Z).
 *
 * @summary Dependency network (activity on node) of a project's tasks.
 *
 * @fires rl-task-click - A card was clicked, or chosen with Enter or a double-click (`open: true`).
 * @fires rl-before-selection-change - Cancelable: the user is about to change the selection.
 * @fires rl-selection-change - The user changed the selection (or selected a link: `dependencyId`).
 * @fires rl-before-link-create - Cancelable: the user is about to link two tasks.
 * @fires rl-link-create - The user linked two tasks.
 * @fires rl-before-link-remove - Cancelable: the user is about to remove a link.
 * @fires rl-link-remove - The user removed a link.
 * @fires rl-error - The data does not parse or is not valid.
 *
 * @csspart viewport - The pannable, zoomable area.
 * @csspart node - A task's card (with `task`, `milestone` or `summary`, `critical`, `selected`, `hovered`, `link-target`, `peer-selected` while another person in a shared project selects it: outlined in their color, their names as its title).
 * @csspart milestone - A milestone's diamond (alongside `node`).
 * @csspart critical - A card or link on the critical path (alongside `node` or `edge`).
 * @csspart handle - The handle a link is dragged from.
 * @csspart avatar - An assignee's initials on a card.
 * @csspart note-count - A task's notes: their count in a ring of the latest note's color (a card's corner).
 * @csspart edge - A link (with its type `fs`, `ss`, `ff` or `sf`, `critical`, `selected`).
 * @csspart edge-label - A link's type and lag.
 * @csspart frame - A summary's frame around its children.
 * @csspart toggle - A frame's collapse button.
 * @csspart link-preview - The line drawn while linking.
 * @csspart controls - The zoom and fit buttons.
 * @csspart minimap - The overview in the corner.
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssprop [--rl-network-height=480px] - The element's height when the page sets none.
 * @cssprop [--rl-network-background=var(--rl-color-surface)] - The background.
 * @cssprop [--rl-network-card-background=var(--rl-color-surface-raised)] - Cards.
 * @cssprop [--rl-network-card-border-color=var(--rl-color-border)] - Card outlines.
 * @cssprop [--rl-network-muted-color=var(--rl-color-text-muted)] - Dates, durations and frame titles.
 * @cssprop [--rl-network-critical-color=var(--rl-color-critical)] - Critical cards and links.
 * @cssprop [--rl-network-milestone-color=var(--rl-color-warning)] - Milestone diamonds.
 * @cssprop [--rl-network-edge-color=var(--rl-color-text-muted)] - Links.
 * @cssprop [--rl-network-frame-color=var(--rl-color-border)] - Summary frames.
 * @cssprop [--rl-network-selected-color=var(--rl-color-focus)] - Selection, focus and link preview.
 */
export class RlNetwork extends LitElement {
  static override styles = [baseStyles, networkStyles, presenceStyles];

  /** A live store shared with other elements. Takes precedence over `data`. */
  @property({ attribute: false }) project: Project | undefined;
  /** A plain project, when there is no store. */
  @property({ attribute: false }) data: ProjectData | undefined;
  /** Selected task ids, shared with the other elements on the same store. The element updates it after a user selects (unless the host vetoes). */
  @property({ attribute: false }) selection: readonly string[] = [];
  /** Summary ids shown as one card (carrying their children's links) instead of a frame. */
  @property({ attribute: false }) collapsed: readonly string[] = [];
  /** Shows the network without letting the user link or unlink. */
  @property({ type: Boolean, reflect: true }) readonly = false;
  /** BCP 47 locale for dates; default the nearest `lang`, else the browser's. */
  @property() locale: string | undefined;
  /** The accessible name of the network; default "Dependency network" in the element's language. */
  @property() label: string | undefined;
  /** Hides the minimap when `false` (attribute `no-minimap`). */
  @property({ type: Boolean, attribute: 'no-minimap' }) noMinimap = false;

  @state() private tabStop: string | undefined;
  @state() private hoveredHere: string | undefined;
  @state() private edgeIndex: number | undefined;
  @state() private preview: { from: string; x: number; y: number; target: string | undefined } | undefined;

  @query('.viewport') private viewportEl!: HTMLElement | null;
  @query('canvas.overview') private overviewEl!: HTMLCanvasElement | null;
  @query('[data-minimap] canvas') private minimapEl!: HTMLCanvasElement | null;

  private readonly camera = new NetworkCamera();
  private readonly store = new StoreController(this);
  private readonly presence = new PresenceController(
    this,
    () => this.store.project,
    () => this.selection,
  );
  private readonly writing = new LocaleController(this, { locale: () => this.locale });
  private readonly announcer = new Announcer(this);
  private readonly shared = new SharedSelectionController(this, () => this.store.project);
  private readonly model = new NetworkModel();
  private readonly texts = new CardTexts();
  private readonly size = new ResizeController(this, { resized: () => this.requestUpdate() });
  private readonly gestures = new NetworkGestures(this, this.gestureDelegate());
  private collapsedSet: { from: readonly string[]; set: ReadonlySet<string> } | undefined;
  private fitted = false;
  private overview = false;
  private colors: CanvasColors | undefined;
  private drawnMinimap = -1;
  private linkingFrom: string | undefined;
  private lastTap: { id: string; at: number } | undefined;
  private readonly inView: number[] = [];

  constructor() {
    super();
    new UndoKeysController(this, {
      project: () => this.store.project,
      enabled: () => !this.readonly && !this.gestures.active,
      announce: (message) => this.announcer.announce(message),
    });
    this.addEventListener('keydown', this.onKeyDown);
    this.addEventListener('pointerover', this.onPointerOver);
    this.addEventListener('pointerleave', this.onPointerLeave);
    this.addEventListener('focusin', this.onFocusIn);
  }

  // ── public API ────────────────────────────────────────────────────────

  /** Zooms and pans so the whole network fits the view (never above 100 %). */
  zoomToFit(): void {
    const layout = this.currentLayout();
    if (!layout) return;
    this.camera.fit(layoutBounds(layout, 24), this.size.width, this.size.height);
    this.cameraMoved();
  }

  /** Brings a task's card into view and gives it the tab stop. */
  scrollToTask(id: string): void {
    const layout = this.currentLayout();
    const i = layout?.index.get(id);
    if (!layout || i === undefined) return;
    const n = layout.nodes[i]!;
    this.camera.centerOn(n.x + n.width / 2, n.y + n.height / 2, this.size.width, this.size.height);
    this.tabStop = id;
    this.cameraMoved();
  }

  /** The whole network as SVG text, styled with the current theme. */
  exportSVG(): string {
    const project = this.store.project;
    const layout = this.currentLayout();
    if (!project || !layout) return '';
    return exportNetworkSvg({
      project,
      layout,
      texts: this.texts,
      critical: this.model.critical,
      rtl: this.writing.rtl,
      locale: this.writing.language,
      t: this.writing.t,
      style: getComputedStyle(this),
    });
  }

  /** The whole network as a PNG image. */
  exportPNG(): Promise<Blob> {
    return svgToPng(this.exportSVG());
  }

  // ── rendering ─────────────────────────────────────────────────────────

  private currentLayout(): NetworkLayout | undefined {
    const project = this.store.project;
    return project ? this.model.layout(project, this.collapsedIds(), this.writing.rtl) : undefined;
  }

  private collapsedIds(): ReadonlySet<string> {
    if (this.collapsedSet?.from !== this.collapsed)
      this.collapsedSet = { from: this.collapsed, set: new Set(this.collapsed) };
    return this.collapsedSet.set;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const layout = this.currentLayout();
    if (!this.fitted && layout && this.size.width > 0 && layout.nodes.length > 0) {
      this.fitted = true;
      // A network that fits at 100 % or less starts fitted and centred; a larger one starts at
      // 100 % at its start (the top-left, or the top-right in right-to-left).
      const box = layoutBounds(layout, 24);
      if (box.width * 0.5 < this.size.width && box.height * 0.5 < this.size.height)
        this.camera.fit(box, this.size.width, this.size.height);
      else if (this.writing.rtl) this.camera.panBy(this.size.width - layout.width - 48, 0);
    }
  }

  override render(): TemplateResult {
    if (this.store.error) return html`<p part="error" role="alert">${this.store.error.message}</p>`;
    const project = this.store.project;
    const layout = this.currentLayout();
    const width = this.size.width;
    const height = this.size.height;
    let body: TemplateResult | typeof nothing = nothing;
    let count = 0;
    if (project && layout && width > 0) {
      const [x0, y0, x1, y1] = this.camera.visible(width, height);
      const cards = this.model.cardsIn(x0, y0, x1, y1, this.inView);
      count = cards.length;
      // The card with the tab stop stays in the DOM when it leaves the view, so focus survives.
      const stop = this.tabStop === undefined ? undefined : layout.index.get(this.tabStop);
      if (stop !== undefined && !cards.includes(stop)) cards.push(stop);
      this.overview = count > MAX_CARDS;
      body = this.overview ? nothing : this.renderContent(project, layout, cards, [x0, y0, x1, y1]);
    }
    const c = this.camera;
    const t = this.writing.t;
    return html`<div
        class="viewport"
        part="viewport"
        role="group"
        aria-label=${this.label ?? t('network.label')}
        tabindex=${this.tabStop === undefined || count === 0 ? 0 : -1}
      >
        ${this.overview ? html`<canvas class="overview" aria-hidden="true" width=${width} height=${height}></canvas>` : nothing}
        <svg class="content" width=${width} height=${height} role="presentation">
          <g transform="translate(${c.tx} ${c.ty}) scale(${c.scale})">${body}</g>
        </svg>
        ${layout && layout.nodes.length === 0 ? html`<p class="empty">${t('network.empty')}</p>` : nothing}
      </div>
      <div part="controls">
        <button type="button" aria-label=${t('network.zoomIn')} title=${t('network.zoomIn')} @click=${() => this.zoomBy(1.25)}>+</button>
        <button type="button" aria-label=${t('network.zoomOut')} title=${t('network.zoomOut')} @click=${() => this.zoomBy(0.8)}>−</button>
        <button type="button" aria-label=${t('network.fit')} title=${t('network.fit')} @click=${() => this.zoomToFit()}>⤢</button>
      </div>
      ${this.noMinimap || !layout || layout.nodes.length === 0 ? nothing : this.renderMinimap(layout)}`;
  }

  private renderContent(
    project: Project,
    layout: NetworkLayout,
    cards: readonly number[],
    [x0, y0, x1, y1]: [number, number, number, number],
  ): TemplateResult {
    const rtl = this.writing.rtl;
    const t = this.writing.t;
    const selected = new Set(this.selection);
    const hovered = this.shared.hovered ?? this.hoveredHere;
    const critical = this.model.critical;
    const frames = framesInRect(layout, x0, y0, x1, y1).map((k) => {
      const f = layout.frames[k]!;
      return frameTemplate(f, project.task(f.id)?.name ?? f.id, rtl, t);
    });
    const edges = edgesInRect(layout, x0, y0, x1, y1).map((k) => {
      const e = layout.edges[k]!;
      return edgeTemplate(e, k, this.model.criticalEdge(e), k === this.edgeIndex, t);
    });
    const tab = this.currentTabStop(layout, cards);
    const locale = this.writing.language;
    // Keyed by task: a focused card keeps its DOM node when the cards in view change.
    const nodes = repeat(
      cards,
      (i) => layout.nodes[i]!.id,
      (i) => {
        const n = layout.nodes[i]!;
        const isCritical = critical.has(n.id);
        return cardTemplate(n, this.texts.get(project, n.id, locale, isCritical, t), {
          critical: isCritical,
          selected: selected.has(n.id),
          hovered: hovered === n.id,
          focused: this.linkingFrom === n.id,
          linkTarget: this.preview?.target === n.id,
          tabStop: tab === n.id,
          readonly: this.readonly,
          rtl,
          peer: peerMark(this.presence.selecting(n.id), t),
          notes: noteMark(project, n.id),
          t,
        });
      },
    );
    const p = this.preview;
    let line: TemplateResult | typeof nothing = nothing;
    if (p) {
      const from = layout.nodes[layout.index.get(p.from) ?? -1];
      if (from) {
        const sx = rtl ? from.x : from.x + from.width;
        line = svg`<path part="link-preview" d=${`M${sx} ${from.y + from.height / 2}L${p.x} ${p.y}`}></path>`;
      }
    }
    return svg`<g aria-hidden="true">${frames}</g><g aria-hidden="true">${edges}</g><g role="group" aria-label=${this.label ?? t('network.label')}>${nodes}</g>${line}`;
  }

  private currentTabStop(layout: NetworkLayout, cards: readonly number[]): string | undefined {
    if (this.tabStop !== undefined && cards.some((i) => layout.nodes[i]!.id === this.tabStop))
      return this.tabStop;
    const shown = new Set(cards.map((i) => layout.nodes[i]!.id));
    return (
      this.selection.find((id) => shown.has(id)) ??
      (cards.length > 0 ? layout.nodes[cards[0]!]!.id : undefined)
    );
  }

  private renderMinimap(layout: NetworkLayout): TemplateResult {
    const box = layoutBounds(layout, 24);
    const [x0, y0, x1, y1] = this.camera.visible(this.size.width, this.size.height);
    const pct = (v: number, from: number, span: number) =>
      `${Math.max(-10, Math.min(110, ((v - from) / span) * 100))}%`;
    return html`<div part="minimap" data-minimap aria-label=${this.writing.t('network.overview')} role="img">
      <canvas width="180" height="120"></canvas>
      <div
        class="view-box"
        ${styleProps({
          '--_vx': pct(x0, box.x, box.width),
          '--_vy': pct(y0, box.y, box.height),
          '--_vw': `${Math.min(100, ((x1 - x0) / box.width) * 100)}%`,
          '--_vh': `${Math.min(100, ((y1 - y0) / box.height) * 100)}%`,
        })}
      ></div>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.gestures.bindWheel(this.viewportEl ?? undefined);
    const layout = this.currentLayout();
    if (!layout) return;
    if (this.overview || (this.minimapEl && this.drawnMinimap !== this.model.version)) {
      this.colors ??= readColors(getComputedStyle(this));
    }
    const colors = this.colors;
    if (!colors) return;
    const selected = new Set(this.selection);
    if (this.overview && this.overviewEl) {
      const context = this.overviewEl.getContext('2d');
      if (context) {
        context.clearRect(0, 0, this.overviewEl.width, this.overviewEl.height);
        drawNetwork(
          context,
          layout,
          this.camera,
          colors,
          this.model.critical,
          selected,
          this.camera.scale > 0.08,
        );
      }
    }
    const mini = this.minimapEl;
    if (mini && this.drawnMinimap !== this.model.version) {
      this.drawnMinimap = this.model.version;
      const context = mini.getContext('2d');
      const box = layoutBounds(layout, 24);
      const scale = Math.min(mini.width / box.width, mini.height / box.height);
      if (context) {
        context.clearRect(0, 0, mini.width, mini.height);
        drawNetwork(
          context,
          layout,
          { scale, tx: -box.x * scale, ty: -box.y * scale },
          colors,
          this.model.critical,
          selected,
          false,
        );
      }
    }
  }

  // ── interaction ───────────────────────────────────────────────────────

  private zoomBy(factor: number): void {
    this.camera.zoomAt(factor, this.size.width / 2, this.size.height / 2);
    this.cameraMoved();
  }

  private cameraMoved(): void {
    this.requestUpdate();
  }

  private select(ids: readonly string[], dependencyId?: string): void {
    const detail: SelectionChangeDetail =
      dependencyId === undefined ? { selection: ids } : { selection: ids, dependencyId };
    if (!requestChange(this, 'selection-change', detail)) return;
    this.selection = ids;
    announceChange(this, 'selection-change', detail);
  }

  private selectNode(id: string, additive: boolean): void {
    this.edgeIndex = undefined;
    this.tabStop = id;
    const now = this.selection;
    const next = additive ? (now.includes(id) ? now.filter((s) => s !== id) : [...now, id]) : [id];
    this.select(next);
  }

  private selectEdge(index: number | undefined): void {
    const layout = this.currentLayout();
    const edge = index === undefined ? undefined : layout?.edges[index];
    this.edgeIndex = edge ? index : undefined;
    if (edge) {
      this.select(this.selection, edge.ids[0]);
      const names = { from: this.nameOf(edge.from), to: this.nameOf(edge.to), type: edge.type };
      this.announcer.announce(this.writing.t('network.edgeSelected', names));
    }
  }

  private unlink(index: number): void {
    const project = this.store.project;
    const edge = this.currentLayout()?.edges[index];
    if (!project || !edge || this.readonly || edge.ids.length !== 1) return;
    if (commitLinkRemove(this, project, edge.ids[0]!)) {
      this.edgeIndex = undefined;
      const names = { from: this.nameOf(edge.from), to: this.nameOf(edge.to) };
      this.announcer.announce(this.writing.t('network.unlinked', names));
    }
  }

  private link(from: string, to: string): void {
    const project = this.store.project;
    if (!project || this.readonly || from === to) return;
    try {
      if (commitLinkCreate(this, project, from, to, 'FS') !== undefined) {
        const names = { from: this.nameOf(from), to: this.nameOf(to) };
        this.announcer.announce(this.writing.t('network.linked', names));
      }
    } catch (error) {
      this.announcer.announce(error instanceof Error ? error.message : String(error));
    }
  }

  /** The card under a layout point, by the layout's geometry (not the DOM). */
  private cardAt(x: number, y: number): string | undefined {
    const layout = this.currentLayout();
    if (!layout) return undefined;
    const i = this.model.cardsIn(x, y, x, y, [])[0];
    return i === undefined ? undefined : layout.nodes[i]!.id;
  }

  private nameOf(id: string): string {
    return this.store.project?.task(id)?.name ?? id;
  }

  private focusNode(id: string): void {
    const layout = this.currentLayout();
    const i = layout?.index.get(id);
    if (!layout || i === undefined) return;
    this.tabStop = id;
    this.camera.reveal(layout.nodes[i]!, this.size.width, this.size.height);
    this.cameraMoved();
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<SVGElement>(`[data-node="${CSS.escape(id)}"]`)?.focus();
    });
  }

  private toggle(id: string): void {
    this.collapsed = this.collapsed.includes(id)
      ? this.collapsed.filter((c) => c !== id)
      : [...this.collapsed, id];
  }

  private readonly onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || (event.ctrlKey && (event.key === 'z' || event.key === 'y'))) return;
    if (networkKeyDown(this.keyHost(), event)) event.preventDefault();
  };

  private readonly onPointerOver = (event: PointerEvent): void => {
    const id = nodeIdIn(event.composedPath());
    if (id === this.hoveredHere) return;
    this.hoveredHere = id;
    this.shared.hover(id);
  };

  private readonly onFocusIn = (event: FocusEvent): void => {
    const id = nodeIdIn(event.composedPath());
    if (id !== undefined && id !== this.tabStop) this.tabStop = id;
  };

  private readonly onPointerLeave = (): void => {
    this.hoveredHere = undefined;
    this.shared.hover(undefined);
  };

  private keyHost(): NetworkKeyHost {
    const el = this;
    return {
      layout: () => this.currentLayout(),
      current: () => this.tabStop ?? this.currentTabStop(this.currentLayout()!, this.inView),
      rtl: () => this.writing.rtl,
      readonly: this.readonly,
      focusNode: (id) => this.focusNode(id),
      select: (id, additive) => this.selectNode(id, additive),
      open: (id, event) =>
        this.dispatchEvent(createTaskClickEvent({ taskId: id, open: true, originalEvent: event })),
      selectEdge: (index) => this.selectEdge(index),
      selectedEdge: () => this.edgeIndex,
      unlink: (index) => this.unlink(index),
      get linkingFrom() {
        return el.linkingFrom;
      },
      set linkingFrom(id: string | undefined) {
        el.linkingFrom = id;
        el.requestUpdate();
      },
      link: (from, to) => {
        this.link(from, to);
        this.focusNode(to);
      },
      zoom: (factor) => this.zoomBy(factor),
      fit: () => this.zoomToFit(),
      pan: (dx, dy) => {
        this.camera.panBy(dx, dy);
        this.cameraMoved();
      },
      say: (message) => this.announcer.announce(message),
      nameOf: (id) => this.nameOf(id),
      t: this.writing.t,
    };
  }

  private gestureDelegate(): NetworkGestureDelegate {
    return {
      camera: this.camera,
      viewportRect: () => (this.viewportEl ?? this).getBoundingClientRect(),
      canLink: () => !this.readonly,
      tapped: (hit, event) => this.tapped(hit, event),
      linkDrag: (from, x, y, end) => {
        const target = this.cardAt(x, y);
        if (end) {
          this.preview = undefined;
          if (target !== undefined && target !== from) this.link(from, target);
        } else this.preview = { from, x, y, target: target === from ? undefined : target };
      },
      linkCancelled: () => {
        this.preview = undefined;
      },
      minimapAt: (fx, fy) => {
        const layout = this.currentLayout();
        if (!layout) return;
        const box = layoutBounds(layout, 24);
        this.camera.centerOn(
          box.x + fx * box.width,
          box.y + fy * box.height,
          this.size.width,
          this.size.height,
        );
        this.cameraMoved();
      },
      cameraMoved: () => this.cameraMoved(),
    };
  }

  private tapped(hit: NetworkHit, event: PointerEvent): void {
    if (hit.kind === 'node') {
      const now = performance.now();
      const again = this.lastTap?.id === hit.id && now - this.lastTap.at < 400;
      this.lastTap = { id: hit.id, at: now };
      this.selectNode(hit.id, event.ctrlKey || event.metaKey || event.shiftKey);
      this.dispatchEvent(createTaskClickEvent({ taskId: hit.id, open: again, originalEvent: event }));
      this.renderRoot
        .querySelector<SVGElement>(`[data-node="${CSS.escape(hit.id)}"]`)
        ?.focus({ preventScroll: true });
    } else if (hit.kind === 'edge') this.selectEdge(hit.index);
    else if (hit.kind === 'toggle') this.toggle(hit.id);
    else if (hit.kind === 'none') {
      this.edgeIndex = undefined;
      if (this.selection.length > 0) this.select([]);
    }
  }
}
