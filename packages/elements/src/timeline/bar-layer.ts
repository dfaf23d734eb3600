import { parseWallTime, type Project } from '@roadline/core';
import { type BarGeometry, barBand, barGeometry, xOf } from '@roadline/core/views/timeline';
import { nothing, svg, type TemplateResult } from 'lit';
import type { BarEnds } from './arrow-layer.js';
import { type Frame, screenLeft } from './frame.js';
import { type TaskFacts, taskFacts } from '../base/task-facts.js';
import { describeTask } from './task-text.js';
import { noteMark } from '../base/note-counts.js';
import type { PresenceController } from '../base/presence-controller.js';
import { noteBadgeSvg, peerColor, selectedBy } from '../base/presence-marks.js';
import type { Translate } from '../i18n/catalogue.js';

/** What the bar layer needs from its element besides the frame. */
export interface BarLayerContext {
  readonly project: Project;
  readonly selected: ReadonlySet<string>;
  /** The task whose bar takes part in the tab sequence (roving tabindex). */
  readonly tabStop: string | undefined;
  /** The task whose bar the pointer is over. */
  readonly hovered: string | undefined;
  readonly readonly: boolean;
  /** The baseline whose dates are drawn under the live bars. */
  readonly baseline: Readonly<Record<string, { start: string; end: string }>> | undefined;
  /** A second baseline compared with the first, drawn under it (part `baseline compare`). */
  readonly compare?: Readonly<Record<string, { start: string; end: string }>> | undefined;
  /** Who else selects the bars, and the words for it and for note counts (none in an export). */
  readonly presence?: PresenceController;
  readonly t?: Translate;
  onFocus(id: string, event: FocusEvent): void;
  onBlur(id: string): void;
  onEnter(id: string, event: PointerEvent): void;
  onLeave(id: string): void;
}

/** The logical bar of a task in row `row`, with its facts; `undefined` when it has no dates. */
export function layoutBar(
  frame: Frame,
  project: Project,
  id: string,
): { facts: TaskFacts; bar: BarGeometry } | undefined {
  const facts = taskFacts(project, id);
  if (!facts) return undefined;
  return { facts, bar: barGeometry(frame.scale, facts.shape, facts.start, facts.end, facts.progress) };
}

function shapeOf(bar: BarGeometry, left: number, y: number, h: number): TemplateResult {
  if (bar.shape === 'milestone') {
    const cx = left + bar.width / 2;
    const cy = y + h / 2;
    const r = bar.width / 2;
    return svg`<path class="shape" d=${`M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z`}></path>`;
  }
  // A summary is a thin bar with downward ticks at both ends, as in Microsoft Project.
  const tick = Math.min(6, bar.width / 2);
  const right = left + bar.width;
  return svg`<path class="shape" d=${`M${left} ${y}H${right}V${y + h + 4}L${right - tick} ${y + h}H${left + tick}L${left} ${y + h + 4}Z`}></path>`;
}

/** The thin bar of a task's planned dates in a baseline, if it has them. */
function plannedBar(
  frame: Frame,
  planned: { start: string; end: string } | undefined,
  y: number,
  height: number,
  part: string,
): TemplateResult | typeof nothing {
  const s = planned && parseWallTime(planned.start);
  const e = planned && parseWallTime(planned.end);
  if (s === undefined || e === undefined) return nothing;
  const bx = xOf(frame.scale, s);
  const bw = Math.max(2, xOf(frame.scale, e) - bx);
  return svg`<rect part=${part} x=${screenLeft(frame, bx, bw)} y=${y} width=${bw} height=${height}></rect>`;
}

/** Baseline bars, bars, milestones and summaries of the rows in the window, with their labels. */
export function barLayer(frame: Frame, ctx: BarLayerContext): TemplateResult[] {
  const out: TemplateResult[] = [];
  const margin = 200;
  for (let r = frame.rowWindow.first; r < frame.rowWindow.last; r++) {
    const id = frame.rows[r] as string;
    const laid = layoutBar(frame, ctx.project, id);
    if (!laid) continue;
    const { facts, bar } = laid;
    const visible = bar.x + bar.width >= frame.x.x0 - margin && bar.x <= frame.x.x1 + margin;
    if (!visible && ctx.tabStop !== id) continue;
    const band = barBand(r, frame.rowHeight, bar.shape);
    const left = screenLeft(frame, bar.x, bar.width);
    let baseline: TemplateResult | typeof nothing = nothing;
    if (bar.shape !== 'summary') {
      // Two baselines compared: two thinner bars, so both fit under the bar within the row.
      const under = band.y + band.height;
      baseline = ctx.compare
        ? svg`${plannedBar(frame, ctx.baseline?.[id], under + 1, 2, 'baseline')}${plannedBar(frame, ctx.compare[id], under + 4, 2, 'baseline compare')}`
        : plannedBar(frame, ctx.baseline?.[id], under + 2, 3, 'baseline');
    }
    const parts = `bar ${bar.shape}${facts.critical ? ' critical' : ''}${facts.manual ? ' manual' : ''}${facts.late ? ' late' : ''}${ctx.selected.has(id) ? ' selected' : ''}${ctx.readonly ? ' readonly' : ''}`;
    // A deadline: a small downward arrow over the row at the end of its day.
    let deadline: TemplateResult | typeof nothing = nothing;
    if (facts.deadline !== undefined) {
      const dx = screenLeft(frame, xOf(frame.scale, facts.deadline), 0);
      const top = band.y - 3;
      deadline = svg`<path part=${facts.late ? 'deadline late' : 'deadline'} aria-hidden="true" d=${`M${dx - 5} ${top - 7}H${dx + 5}L${dx} ${top}Z`}></path>`;
    }
    const fillLeft = frame.rtl ? left + bar.width - bar.progressWidth : left;
    const body =
      bar.shape === 'task'
        ? svg`<rect class="track" x=${left} y=${band.y} width=${bar.width} height=${band.height} rx="3"></rect>
            <rect class="fill" x=${fillLeft} y=${band.y} width=${bar.progressWidth} height=${band.height} rx="3"></rect>`
        : bar.shape === 'summary'
          ? svg`${shapeOf(bar, left, band.y, band.height)}<rect class="fill" x=${fillLeft} y=${band.y} width=${bar.progressWidth} height=${band.height}></rect>`
          : shapeOf(bar, left, band.y, band.height);
    // The outline and the handles show on the bar under the pointer, the focusable one and the
    // selected ones only (the style sheet decides when): a scroll frame restyles every element of
    // the bars it draws, so the others carry none.
    const active = id === ctx.hovered || id === ctx.tabStop;
    const outline =
      active || ctx.selected.has(id)
        ? svg`<rect class="outline" x=${left - 2} y=${band.y - 2} width=${bar.width + 4} height=${band.height + 4} rx="4"></rect>`
        : nothing;
    const handles =
      active && bar.shape === 'task' && !ctx.readonly
        ? svg`<rect class="handle" x=${left - 1} y=${band.y + 2} width="3" height=${band.height - 4}></rect>
            <rect class="handle" x=${left + bar.width - 2} y=${band.y + 2} width="3" height=${band.height - 4}></rect>
            <circle class="handle" cx=${fillLeft + (frame.rtl ? 0 : bar.progressWidth)} cy=${band.y + band.height} r="3"></circle>`
        : nothing;
    const peers = ctx.presence?.selecting(id);
    const shared = peers !== undefined && peers.length > 0;
    // Another person's selection: an outline in their color, their names as the bar's title.
    const peerOutline = shared
      ? svg`<rect class="peer-outline" x=${left - 4} y=${band.y - 4} width=${bar.width + 8} height=${band.height + 8} rx="5"
          stroke=${peerColor(peers)}></rect><title>${ctx.t ? selectedBy(peers, ctx.t) : ''}</title>`
      : nothing;
    const notes = ctx.t ? noteMark(ctx.project, id) : undefined;
    const badgeX = frame.rtl ? left - 14 : left + bar.width + 14;
    const labelX = (frame.rtl ? left - 8 : left + bar.width + 8) + (notes ? (frame.rtl ? -20 : 20) : 0);
    const badge = notes && ctx.t ? noteBadgeSvg(notes, badgeX, band.y + band.height / 2, ctx.t) : nothing;
    out.push(svg`${baseline}${deadline}<g
        part=${shared ? `${parts} peer-selected` : parts}
        data-task=${id}
        role="button"
        aria-roledescription="task bar"
        aria-label=${describeTask(ctx.project, facts, frame.locale)}
        tabindex=${ctx.tabStop === id ? 0 : -1}
        @focus=${(e: FocusEvent) => ctx.onFocus(id, e)}
        @blur=${() => ctx.onBlur(id)}
        @pointerenter=${(e: PointerEvent) => ctx.onEnter(id, e)}
        @pointerleave=${() => ctx.onLeave(id)}
      >${body}${outline}${peerOutline}${handles}</g>${badge}<text
        part="bar-label"
        aria-hidden="true"
        x=${labelX}
        y=${band.y + band.height / 2}
        text-anchor=${frame.rtl ? 'end' : 'start'}
      >${facts.name}</text>`);
  }
  return out;
}

/**
 * The ends of each task's bar in `frame`, for routing arrows: `rowOf` gives a task's row (-1 when
 * it is not drawn). Each task is laid out once per call of this function, however many links it has.
 */
export function barEnds(frame: Frame, project: Project, rowOf: (id: string) => number): BarEnds {
  const cache = new Map<string, ReturnType<BarEnds>>();
  return (id) => {
    if (cache.has(id)) return cache.get(id);
    const row = rowOf(id);
    const laid = row < 0 ? undefined : layoutBar(frame, project, id);
    const end = laid && {
      row,
      startX: laid.bar.startX,
      endX: laid.bar.endX,
      left: laid.bar.x,
      right: laid.bar.x + laid.bar.width,
      critical: laid.facts.critical,
    };
    cache.set(id, end);
    return end;
  };
}
