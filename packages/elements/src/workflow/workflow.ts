import '../i18n/en/workflow.js';
import {
  formatWallTime,
  frameOf,
  type Project,
  type ProjectData,
  type Workflow,
  type WorkflowNode,
  workflow,
} from '@roadline/core';
import { layoutWorkflow, type WorkflowLayout } from '@roadline/core/views/workflow';
import { html, LitElement, nothing, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SharedStatusFilterController } from '../base/shared-status-filter.js';
import { StoreController } from '../base/store-controller.js';
import { Announcer } from '../controllers/announcer.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { createStatusFilterChangeEvent } from '../events/status-filter-change-event.js';
import { baseStyles } from '../styles/tokens.js';
import { workflowStyles } from './workflow.styles.js';

const NODE = { width: 168, height: 84, gap: 72 } as const;

/**
 * The statuses of a project as a flow, left to right in the project's order (right to left in an
 * RTL page): a node per status with its item count, WIP limit (`wipLimits`) and the items'
 * average wait there; an edge per transition items actually took, from the store's own history
 * of status changes (`project.statusHistory()`: local, remote, undo and redo; an undone step
 * leaves no edge), with its count. Steps to the next status are straight; steps past others
 * arc over the row; steps back (rework) arc under it, dashed. The bottleneck (`workflow` in
 * `@roadline/core`: the in-progress status most over its WIP limit, else the one whose items have
 * waited longest in all) is marked.
 *
 * Clicking a status, or Enter / Space on it, filters by it: `statusFilter` is set and shared with
 * every `rl-board` (kanban and table) on the same store, which then shows only that status's
 * items; choosing it again, or Escape, clears the filter. ←/→ move between statuses, Home/End to
 * the first and last. A hidden list reads every transition to screen readers.
 *
 * @summary The statuses of a project as a flow, with the transitions taken and the bottleneck.
 *
 * @fires rl-status-filter-change - The user set or cleared the status filter. `detail.status` is the status id, or `undefined`.
 * @fires rl-error - The data does not parse or is not valid. `detail.error` is a `RoadlineError`.
 *
 * @csspart flow - The scrolling box of the drawing.
 * @csspart status - A status node (also `bottleneck`, `over-limit`, `filtered`).
 * @csspart bottleneck-flag - The bottleneck's mark.
 * @csspart edge - A transition's line (also `back`, `skip`).
 * @csspart edge-count - A transition's count.
 * @csspart transitions - The screen-reader list of transitions.
 * @csspart announcer - The live region that reads out filter changes.
 * @csspart empty - The message shown when the project has no statuses.
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssprop [--rl-workflow-node-background=var(--rl-color-surface)] - A status node's background.
 * @cssprop [--rl-workflow-edge-color=var(--rl-color-text-muted)] - Forward transitions.
 * @cssprop [--rl-workflow-back-color=var(--rl-color-warning)] - Transitions back (rework).
 * @cssprop [--rl-workflow-bottleneck-color=var(--rl-color-danger)] - The bottleneck's outline and mark, and counts over a WIP limit.
 */
export class RlWorkflow extends LitElement {
  static override styles = [baseStyles, workflowStyles];

  /** A live store shared with other elements. Takes precedence over `data`. */
  @property({ attribute: false }) project: Project | undefined;

  /** A plain project, when there is no store (no history: counts, no transitions). */
  @property({ attribute: false }) data: ProjectData | undefined;

  /** Status id → the most items it should hold, as `rl-board` takes them. */
  @property({ attribute: false }) wipLimits: Record<string, number> | undefined;

  /**
   * The status the views of this store are filtered by (`''`: items with no status), or
   * `undefined` for none. Set by choosing a status; shared with every `rl-board` on the store.
   */
  @property({ attribute: 'status-filter' }) statusFilter: string | undefined;

  /**
   * The time waits are measured to (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`); default now by the
   * store's default clock (UTC wall time).
   */
  @property() today: string | undefined;

  /** The accessible name of the flow; default "Workflow" in the element's language. */
  @property() label: string | undefined;

  /**
   * BCP 47 language of the element's words and numbers; default the nearest `lang` attribute
   * (this element's or an ancestor's), else the browser's.
   */
  @property() locale: string | undefined;

  private readonly writing = new LocaleController(this, { locale: () => this.locale });
  private readonly source = new StoreController(this, { scheduler: false });
  private readonly announcer = new Announcer(this);
  /** The status node that holds the tab stop. */
  @state() private focusIndex = 0;
  private drawn: { key: readonly unknown[]; flow: Workflow; layout: WorkflowLayout } | undefined;

  constructor() {
    super();
    new SharedStatusFilterController(this, () => this.source.project);
  }

  /** The flow and its layout, computed again only when the store, the limits or the direction change. */
  private computed(project: Project): { flow: Workflow; layout: WorkflowLayout } {
    const today = this.today ?? nowWallTime();
    const history = project.statusHistory();
    const rtl = this.writing.dir === 'rtl';
    const key = [project, project.version, history, this.wipLimits, rtl, this.today ?? today.slice(0, 13)];
    const d = this.drawn;
    if (d && d.key.length === key.length && d.key.every((v, i) => v === key[i])) return d;
    const frame = frameOf(project, { today });
    const flow = workflow(frame, { history, wipLimits: this.wipLimits });
    const layout = layoutWorkflow({
      nodes: flow.nodes.map((n) => n.id),
      edges: flow.edges,
      nodeWidth: NODE.width,
      nodeHeight: NODE.height,
      gap: NODE.gap,
      rtl,
    });
    this.drawn = { key, flow, layout };
    return this.drawn;
  }

  override render(): TemplateResult {
    const error = this.source.error;
    if (error) return html`<p part="error" role="alert">${error.message}</p>`;
    const project = this.source.project;
    const t = this.writing.t;
    if (!project) return html`<p part="empty">${t('workflow.empty')}</p>`;
    const { flow, layout } = this.computed(project);
    if (flow.nodes.length === 0) return html`<p part="empty">${t('workflow.empty')}</p>`;
    const names = new Map(flow.nodes.map((n) => [n.id, this.nameOf(n)]));
    const focus = Math.min(this.focusIndex, flow.nodes.length - 1);
    return html`
      <div part="flow" role="group" aria-label=${this.label ?? t('workflow.label')} @keydown=${this.onKey}>
        <svg width=${layout.width} height=${layout.height} viewBox="0 0 ${layout.width} ${layout.height}">
          <defs>
            <marker id="fwd" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L8 4L0 8z"></path></marker>
            <marker id="back" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0L8 4L0 8z"></path></marker>
          </defs>
          <g aria-hidden="true">
            ${layout.routes.map((r) => {
              const count = flow.edges.find((e) => e.from === r.from && e.to === r.to)?.count ?? 0;
              return svg`<path part=${`edge ${r.kind === 'forward' ? '' : r.kind}`.trim()} d=${pathOf(r.points)}
                  marker-end=${r.kind === 'back' ? 'url(#back)' : 'url(#fwd)'}></path>
                <text part="edge-count" x=${r.labelX} y=${r.labelY}>${this.number(count)}</text>`;
            })}
          </g>
          ${flow.nodes.map((n, k) => this.node(n, k, k === focus, flow, layout, names.get(n.id) ?? n.id))}
        </svg>
      </div>
      <ul part="transitions" class="visually-hidden" aria-label=${t('workflow.transitions')}>
        ${flow.edges.map(
          (e) =>
            html`<li>${t(e.back ? 'workflow.back' : 'workflow.transition', {
              from: names.get(e.from) ?? e.from,
              to: names.get(e.to) ?? e.to,
              count: this.number(e.count),
            })}</li>`,
        )}
      </ul>
    `;
  }

  private node(
    n: WorkflowNode,
    k: number,
    tabStop: boolean,
    flow: Workflow,
    layout: WorkflowLayout,
    name: string,
  ): TemplateResult {
    const t = this.writing.t;
    const box = layout.boxes[k];
    if (!box) return svg``;
    const bottleneck = flow.bottleneck === n.id;
    const filtered = this.statusFilter === n.id;
    const parts = ['status'];
    if (bottleneck) parts.push('bottleneck');
    if (n.overLimit) parts.push('over-limit');
    if (filtered) parts.push('filtered');
    const count =
      n.limit === undefined
        ? t('workflow.items', { count: n.count })
        : t('workflow.ofLimit', { count: this.number(n.count), limit: this.number(n.limit) });
    const age = t('workflow.age', { days: this.number(Math.round(n.meanAge * 10) / 10) });
    // The visible words first, in reading order, so the name contains what a sighted user sees.
    const third = bottleneck ? t('workflow.bottleneck') : n.count > 0 ? age : '';
    const described = [
      [name, count, third].filter(Boolean).join(' '),
      n.overLimit && n.limit !== undefined ? t('workflow.overLimit', { limit: this.number(n.limit) }) : '',
      bottleneck && n.count > 0 ? age : '',
    ]
      .filter(Boolean)
      .join(', ');
    const x = box.x;
    const mid = x + box.width / 2;
    return svg`<g part=${parts.join(' ')} role="button" data-status=${n.id} tabindex=${tabStop ? 0 : -1}
        aria-pressed=${filtered ? 'true' : 'false'} aria-label=${described}
        @click=${() => this.choose(n.id, k)} @focus=${() => this.onFocus(k)}>
      <rect class="box" x=${x} y=${box.y} width=${box.width} height=${box.height} rx="8"></rect>
      <rect class=${n.color ? 'swatch' : 'swatch none'} fill=${n.color ?? nothing} x=${x + 8} y=${box.y + 8} width=${box.width - 16} height="4" rx="2"></rect>
      <text class="name" x=${mid} y=${box.y + 32} text-anchor="middle">${clip(name, 20)}</text>
      <text class="count" x=${mid} y=${box.y + 52} text-anchor="middle">${count}</text>
      ${
        bottleneck
          ? svg`<text part="bottleneck-flag" x=${mid} y=${box.y + 72} text-anchor="middle">${t('workflow.bottleneck')}</text>`
          : n.count > 0
            ? svg`<text class="age" x=${mid} y=${box.y + 72} text-anchor="middle">${age}</text>`
            : nothing
      }
      <rect class="focus" x=${x - 4} y=${box.y - 4} width=${box.width + 8} height=${box.height + 8} rx="10"></rect>
    </g>`;
  }

  private nameOf(n: WorkflowNode): string {
    return n.id === '' ? this.writing.t('none.status') : n.label;
  }

  private number(n: number): string {
    return n.toLocaleString(this.writing.language);
  }

  /** Sets the filter to `status`, or clears it when it is already set, and tells the page. */
  private choose(status: string | undefined, k?: number): void {
    if (k !== undefined) this.focusIndex = k;
    const next = status === undefined || this.statusFilter === status ? undefined : status;
    if (next === this.statusFilter) return;
    this.statusFilter = next;
    this.dispatchEvent(createStatusFilterChangeEvent(next));
    const node = next === undefined ? undefined : this.drawn?.flow.nodes.find((n) => n.id === next);
    this.announcer.announce(
      node === undefined
        ? this.writing.t('workflow.unfiltered')
        : this.writing.t('workflow.filtered', { status: this.nameOf(node) }),
    );
  }

  private onFocus(k: number): void {
    this.focusIndex = k;
  }

  private readonly onKey = (e: KeyboardEvent): void => {
    const nodes = this.drawn?.flow.nodes ?? [];
    if (nodes.length === 0) return;
    const rtl = this.writing.dir === 'rtl';
    const k = Math.min(this.focusIndex, nodes.length - 1);
    let next: number | undefined;
    if (e.key === 'ArrowRight') next = rtl ? k - 1 : k + 1;
    else if (e.key === 'ArrowLeft') next = rtl ? k + 1 : k - 1;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = nodes.length - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      this.choose(nodes[k]?.id, k);
      return;
    } else if (e.key === 'Escape' && this.statusFilter !== undefined) {
      e.preventDefault();
      this.choose(undefined);
      return;
    }
    if (next === undefined) return;
    e.preventDefault();
    this.focusIndex = Math.max(0, Math.min(nodes.length - 1, next));
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<SVGGElement>(`[part~='status'][tabindex='0']`)?.focus();
    });
  };
}

function pathOf(points: readonly number[]): string {
  let d = '';
  for (let i = 0; i < points.length; i += 2) d += `${i ? 'L' : 'M'}${points[i]} ${points[i + 1]}`;
  return d;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Now as the store's default clock gives it (UTC wall time), so waits compare like with like. */
function nowWallTime(): string {
  return formatWallTime(Math.floor(Date.now() / 60000));
}
