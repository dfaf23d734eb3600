import { type UsageRow, usageRows } from '@roadline/core/views/resources';
import { nothing, type PropertyValues, svg, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DragController } from '../controllers/drag-controller.js';
import { baseStyles } from '../styles/tokens.js';
import { reassign } from './reassign.js';
import { type PaneFrame, ResourcePane } from './resource-pane.js';
import { resourcePaneStyles } from './resource-pane.styles.js';

/**
 * A resource usage view: each person, then a row per assignment of theirs with its bar on the
 * time axis and its units; people and assignments over their max units are marked in the
 * critical colour. Drag an assignment's bar onto another person's rows to give them the work
 * (pointer events: mouse, pen and touch); with the keyboard, Space on an assignment picks it up,
 * Up and Down choose the person, Space or Enter drops it, Escape cancels. A move is one undo step
 * (`rl-before-assignment-change`, cancelable, then `rl-assignment-change`); a person already on
 * the task is refused, in words.
 *
 * Rows are virtualized like the Gantt's; Left and Right (mirrored right to left) on a person
 * collapse and expand their assignments. Standalone it has its own time header and a scroll strip;
 * under a gantt's timeline (`rl-gantt resource-pane="usage"`) it draws on the timeline's axis.
 *
 * @summary People with their assignments on a time axis; drag to reassign.
 *
 * @fires rl-before-assignment-change - Cancelable: an assignment is about to move to another person (`taskId`, `from`, `to`).
 * @fires rl-assignment-change - An assignment moved to another person (one undo step).
 * @fires rl-error - The data does not parse or is not valid.
 *
 * @csspart header - The time header (standalone only).
 * @csspart body - The scrolling, focusable rows.
 * @csspart row - A row: also `person` or `assignment`, `over` when over-allocated, `target` under a drag, `cursor` on the keyboard's row.
 * @csspart name - A row's name cell.
 * @csspart strip - The horizontal scroll strip (standalone only).
 * @csspart empty - The message shown when there are no people.
 * @csspart error - The message shown when the input cannot be read.
 *
 * @cssprop [--rl-resource-load-color=var(--rl-color-accent)] - Assignment bars.
 * @cssprop [--rl-resource-over-color=var(--rl-color-critical)] - Over-allocated bars and stretches.
 * @cssprop [--rl-resource-pane-height=240px] - The view's height when the page sets none.
 */
export class RlResourceUsage extends ResourcePane {
  static override styles = [baseStyles, resourcePaneStyles];

  /** No reassigning; navigation and collapsing still work. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** People whose assignment rows are hidden. */
  @state() private collapsed: ReadonlySet<string> = new Set();
  /** The person a drag or a lifted assignment would go to. */
  @state() private target: string | undefined;
  /** The assignment row picked up with the keyboard. */
  @state() private lifted: number | undefined;
  private rows: UsageRow[] = [];

  private readonly drag = new DragController<{ row: number }>(this, {
    start: (event) => {
      if (this.readonly) return undefined;
      const bar = event
        .composedPath()
        .find((n): n is SVGElement => n instanceof SVGElement && n.dataset.bar !== undefined);
      if (!bar) return undefined;
      return { row: Number(bar.dataset.bar) };
    },
    move: (session) => {
      this.target = this.personAtY(session.event.clientY);
    },
    end: (session) => {
      const to = this.personAtY(session.event.clientY);
      this.target = undefined;
      if (to !== undefined) this.moveTo(session.payload.row, to);
    },
    cancel: () => {
      this.target = undefined;
    },
  });

  protected override indexed(): void {
    this.rows = usageRows(this.index, this.collapsed);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('collapsed')) this.rows = usageRows(this.index, this.collapsed);
    super.willUpdate(changed);
  }

  protected rowCount(): number {
    return this.rows.length;
  }

  protected rowName(r: number): TemplateResult | string {
    const row = this.rows[r];
    if (!row) return '';
    if (row.kind === 'person') return row.name;
    return `${this.taskName(row.span.taskId)} · ${this.writing.t('resources.units', { units: row.span.units })}`;
  }

  protected rowParts(r: number): string {
    const row = this.rows[r];
    if (!row) return '';
    let parts: string = row.kind;
    if (row.over) parts += ' over';
    if (this.target !== undefined && row.personId === this.target) parts += ' target';
    return parts;
  }

  protected texts(): { label: string; keys: string } {
    return { label: this.writing.t('resources.usage'), keys: this.writing.t('resources.usageKeys') };
  }

  protected paintRow(r: number, frame: PaneFrame): unknown {
    const row = this.rows[r];
    if (!row) return nothing;
    const h = this.rowHeight;
    const person = this.index.byId.get(row.personId);
    if (row.kind === 'person') {
      const bands: TemplateResult[] = [];
      const a = frame.axis;
      const from = a.start + frame.x.x0 / a.pxPerMinute;
      const to = a.start + frame.x.x1 / a.pxPerMinute;
      for (const [s, e] of person?.over ?? []) {
        if (e <= from || s >= to) continue;
        const x0 = this.sx(this.xAt(frame.rtl ? e : s));
        bands.push(
          svg`<rect class="band" x=${x0} y=${h - 6} width=${Math.max(2, (e - s) * a.pxPerMinute)} height="4"></rect>`,
        );
      }
      return bands;
    }
    const { span } = row;
    const x0 = this.xAt(span.start);
    const x1 = this.xAt(span.end);
    if (x1 < frame.x.x0 || x0 > frame.x.x1) return nothing;
    const x = this.sx(frame.rtl ? x1 : x0);
    const lifted = this.lifted === r || this.drag.session?.payload.row === r;
    return svg`<rect class="bar${row.over ? ' over' : ''}${lifted ? ' lifted' : ''}" data-bar=${r} x=${x} y="6" rx="3" width=${Math.max(3, x1 - x0)} height=${h - 12}></rect>`;
  }

  protected describe(): string {
    const row = this.rows[this.cursor];
    if (!row) return '';
    if (row.kind === 'person')
      return this.writing.t(row.over ? 'resources.personRowOver' : 'resources.personRow', {
        name: row.name,
        count: row.count,
      });
    const { span } = row;
    return this.writing.t(row.over ? 'resources.assignmentOver' : 'resources.assignment', {
      task: this.taskName(span.taskId),
      units: span.units,
      start: this.dateText(span.start),
      end: this.dateText(span.end - 1),
    });
  }

  protected override onKey(event: KeyboardEvent): boolean {
    const row = this.rows[this.cursor];
    if (!row) return false;
    if (this.lifted !== undefined) return this.liftedKey(event);
    const key = event.key;
    if (row.kind === 'person' && (key === 'ArrowLeft' || key === 'ArrowRight' || key === 'Enter')) {
      const collapse =
        key === 'Enter' ? !this.collapsed.has(row.personId) : (key === 'ArrowLeft') !== this.writing.rtl;
      const next = new Set(this.collapsed);
      if (collapse) next.add(row.personId);
      else next.delete(row.personId);
      this.collapsed = next;
      return true;
    }
    if (row.kind === 'assignment' && key === ' ' && !this.readonly) {
      this.lifted = this.cursor;
      this.target = row.personId;
      this.say(this.writing.t('resources.lifted', { task: this.taskName(row.span.taskId) }));
      return true;
    }
    return false;
  }

  private liftedKey(event: KeyboardEvent): boolean {
    const key = event.key;
    const people = this.index.people;
    if (key === 'ArrowUp' || key === 'ArrowDown') {
      const at = people.findIndex((p) => p.id === this.target);
      const next = people[Math.max(0, Math.min(people.length - 1, at + (key === 'ArrowDown' ? 1 : -1)))];
      if (next) {
        this.target = next.id;
        this.say(this.writing.t('resources.target', { name: next.name }));
      }
      return true;
    }
    if (key === 'Escape') {
      this.lifted = undefined;
      this.target = undefined;
      this.say(this.writing.t('resources.cancelled'));
      return true;
    }
    if (key === ' ' || key === 'Enter') {
      const r = this.lifted as number;
      const to = this.target;
      this.lifted = undefined;
      this.target = undefined;
      if (to !== undefined) this.moveTo(r, to);
      return true;
    }
    return true;
  }

  /** Gives assignment row `r` to person `to`, and says what happened. */
  private moveTo(r: number, to: string): void {
    const row = this.rows[r];
    const project = this.store.project;
    if (row?.kind !== 'assignment' || !project) return;
    const task = this.taskName(row.span.taskId);
    const name = this.index.byId.get(to)?.name ?? to;
    const outcome = reassign(this, project, row.span, row.personId, to);
    if (outcome === 'moved') this.say(this.writing.t('resources.moved', { task, name }));
    else if (outcome === 'already-on') this.say(this.writing.t('resources.alreadyOn', { task, name }));
    else if (outcome === 'vetoed') this.say(this.writing.t('resources.cancelled'));
  }

  /** The person whose rows are under viewport y (a drop on an assignment row lands on its person). */
  private personAtY(clientY: number): string | undefined {
    const body = this.body;
    if (!body) return undefined;
    const rect = body.getBoundingClientRect();
    const r = Math.floor((clientY - rect.top + body.scrollTop) / this.rowHeight);
    return this.rows[Math.max(0, Math.min(this.rows.length - 1, r))]?.personId;
  }

  private taskName(id: string): string {
    return this.store.project?.task(id)?.name ?? id;
  }
}
