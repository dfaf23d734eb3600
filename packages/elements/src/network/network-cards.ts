import { formatDateLabel, type Project } from '@roadline/core';
import type { NetworkFrameBox, NetworkNodeBox, NetworkRoute } from '@roadline/core/views/network';
import { nothing, svg, type TemplateResult } from 'lit';
import { lastDay, taskFacts } from '../base/task-facts.js';
import { catalogueVersion, type Translate } from '../i18n/catalogue.js';
import type { MessageKey } from '../i18n/en.js';
import type { NoteMark } from '../base/note-counts.js';
import { noteBadgeSvg } from '../base/presence-marks.js';

/** What a card says, computed once per store version, language and task. */
export interface CardText {
  /** Whether it was written for a critical card (its label says so). */
  critical: boolean;
  name: string;
  dates: string;
  duration: string;
  slack: string;
  initials: { text: string; color: string | undefined; name: string }[];
  label: string;
}

/**
 * Card texts for the tasks in view, cached until the store, the language or its messages change:
 * `t` is the same function for every language of an element (and a loaded or registered language
 * changes what it returns), so the key holds the locale, the catalogue's version and `t` itself.
 */
export class CardTexts {
  private readonly cache = new Map<string, CardText>();
  private key:
    | { project: Project; version: number; locale: string | undefined; messages: number; t: Translate }
    | undefined;

  get(project: Project, id: string, locale: string | undefined, critical: boolean, t: Translate): CardText {
    const k = this.key;
    const messages = catalogueVersion();
    if (
      !k ||
      k.project !== project ||
      k.version !== project.version ||
      k.locale !== locale ||
      k.messages !== messages ||
      k.t !== t
    ) {
      this.cache.clear();
      this.key = { project, version: project.version, locale, messages, t };
    }
    let text = this.cache.get(id);
    if (!text || text.critical !== critical) {
      text = cardText(project, id, locale, critical, t);
      this.cache.set(id, text);
    }
    return text;
  }
}

const DURATION: Record<string, MessageKey> = {
  minute: 'unit.minutes',
  hour: 'unit.hours',
  day: 'unit.days',
  week: 'unit.weeks',
};
const LAG: Record<string, MessageKey> = {
  minute: 'network.lag.minute',
  hour: 'network.lag.hour',
  day: 'network.lag.day',
  week: 'network.lag.week',
};

function cardText(
  project: Project,
  id: string,
  locale: string | undefined,
  critical: boolean,
  t: Translate,
): CardText {
  const task = project.task(id);
  const facts = taskFacts(project, id);
  const name = task?.name ?? id;
  const minutesPerDay = (project.settings.calendar?.hoursPerDay ?? 8) * 60;
  let dates = '';
  let duration = '';
  let slack = '';
  if (facts) {
    dates =
      facts.shape === 'milestone'
        ? formatDateLabel(facts.shownStart, locale, false)
        : t('span.range', {
            start: formatDateLabel(facts.start, locale, false),
            end: formatDateLabel(lastDay(facts), locale, false),
          });
    if (facts.shape !== 'milestone' && task?.duration !== undefined) {
      const unit = DURATION[task.durationUnit ?? 'day'] ?? 'unit.days';
      duration = t('network.duration', { duration: t(unit, { count: task.duration }) });
    }
    if (facts.totalSlack !== undefined) {
      const days = facts.totalSlack / minutesPerDay;
      const count = Number.isInteger(days) ? days : Number(days.toFixed(1));
      slack = t('network.slack', { days: t('unit.daysShort', { count }) });
    }
  }
  const initials = (task?.assignees ?? []).slice(0, 3).map((pid) => {
    const person = project.person(pid);
    const full = person?.name ?? pid;
    const text = full
      .split(/\s+/)
      .filter(Boolean)
      .slice(0, 2)
      .map((w) => w.slice(0, 1).toUpperCase())
      .join('');
    return { text, color: person?.color, name: full };
  });
  const kind =
    task?.type === 'milestone' ? t('network.milestone') : project.isSummary(id) ? t('network.summary') : '';
  // The name starts with the card's visible text in reading order, so speech matches the picture.
  const shown = [name, dates, duration, slack, ...initials.map((i) => i.text)]
    .filter((p) => p !== '')
    .join(' ');
  const separator = t('list.separator');
  const more = [
    kind,
    critical ? t('network.critical') : '',
    initials.map((i) => i.name).join(separator),
  ].filter((p) => p !== '');
  const label = [shown, ...more].join(separator);
  return { critical, name, dates, duration, slack, initials, label };
}

/** Cuts a text to about `max` characters with an ellipsis. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

/** What a card's template needs besides its box and text. */
export interface CardState {
  critical: boolean;
  selected: boolean;
  hovered: boolean;
  focused: boolean;
  linkTarget: boolean;
  tabStop: boolean;
  readonly: boolean;
  rtl: boolean;
  /** Another person selects the card (a shared project): their color, and their names as its title. */
  peer?: { color: string; title: string };
  /** The task's notes: their count, in the color of the latest (absent: none). */
  notes?: NoteMark | undefined;
  /** The element's messages, in its language. */
  t: Translate;
}

/** A task card, a milestone diamond or a collapsed summary, at its layout box. */
export function cardTemplate(node: NetworkNodeBox, text: CardText, state: CardState): TemplateResult {
  const t = state.t;
  const parts = `node ${node.kind}${state.critical ? ' critical' : ''}${state.selected ? ' selected' : ''}${state.hovered ? ' hovered' : ''}${state.linkTarget ? ' link-target' : ''}${state.peer ? ' peer-selected' : ''}`;
  const peer = state.peer
    ? svg`<rect class="peer-outline" x=${node.x - 5} y=${node.y - 5} width=${node.width + 10} height=${node.height + 10} rx="9"
        stroke=${state.peer.color}></rect><title>${state.peer.title}</title>`
    : nothing;
  const { x, y, width: w, height: h } = node;
  // The link handle sits on the side links leave from: the right, or the left in right-to-left.
  const hx = state.rtl ? x : x + w;
  const handle = state.readonly
    ? nothing
    : svg`<circle part="handle" class="handle" data-handle=${node.id} cx=${hx} cy=${y + h / 2} r="7" aria-hidden="true"></circle>`;
  // \`start\` follows the inherited direction: the left edge in left-to-right, the right in right-to-left.
  const start = state.rtl ? x + w - 10 : x + 10;
  const anchor = 'start';
  let shape: TemplateResult;
  let texts: TemplateResult;
  if (node.kind === 'milestone') {
    const cx = x + w / 2;
    const cy = y + h / 2;
    shape = svg`<path class="shape" d=${`M${cx} ${y}L${x + w} ${cy}L${cx} ${y + h}L${x} ${cy}Z`}></path>`;
    texts = svg`<text class="name" x=${cx} y=${y + h + 12} text-anchor="middle">${clip(text.name, 18)}</text>`;
  } else {
    const avatars = text.initials.map((p, i) => {
      const cx = state.rtl ? x + 14 + i * 20 : x + w - 14 - i * 20;
      return svg`<g part="avatar"><circle class="avatar" cx=${cx} cy=${y + h - 14} r="9" fill=${p.color ?? nothing}></circle><text class="avatar-text" x=${cx} y=${y + h - 14} text-anchor="middle">${p.text}</text></g>`;
    });
    shape = svg`<rect class="shape" x=${x} y=${y} width=${w} height=${h} rx="6"></rect>
      ${node.kind === 'summary' ? svg`<rect class="stack" x=${x + 3} y=${y + 3} width=${w - 6} height=${h - 6} rx="4"></rect>` : nothing}`;
    texts = svg`<text class="name" x=${start} y=${y + 18} text-anchor=${anchor}>${clip(text.name, 26)}</text>
      <text class="meta" x=${start} y=${y + 38} text-anchor=${anchor}>${clip(text.dates, 32)}</text>
      <text class="meta" x=${start} y=${y + 56} text-anchor=${anchor}>${clip(text.duration, 30)}</text>
      <text class="meta slack" x=${start} y=${y + h - 14} text-anchor=${anchor}>${text.slack}</text>
      ${avatars}`;
  }
  // The texts sit beside the focusable shape, not inside it: its accessible name is the label.
  return svg`<g
    part=${parts}
    data-node=${node.id}
    role="button"
    aria-roledescription=${t('network.taskRole')}
    aria-label=${text.label}
    aria-pressed=${state.selected ? 'true' : 'false'}
    tabindex=${state.tabStop ? 0 : -1}
  >${shape}${state.focused || state.hovered || state.selected ? svg`<rect class="outline" x=${x - 3} y=${y - 3} width=${w + 6} height=${h + 6} rx="8"></rect>` : nothing}${peer}${handle}</g><g class=${state.critical ? 'texts critical' : 'texts'} aria-hidden="true" data-node=${node.id}>${texts}</g>${
    state.notes ? noteBadgeSvg(state.notes, state.rtl ? x + 12 : x + w - 12, y + 12, t) : nothing
  }`;
}
/** A summary's frame with its title and collapse toggle. */
export function frameTemplate(
  frame: NetworkFrameBox,
  name: string,
  rtl: boolean,
  t: Translate,
): TemplateResult {
  const tx = rtl ? frame.x + frame.width - 28 : frame.x + 28;
  const bx = rtl ? frame.x + frame.width - 18 : frame.x + 4;
  return svg`<g part="frame" data-frame=${frame.id}>
    <rect class="frame" x=${frame.x} y=${frame.y} width=${frame.width} height=${frame.height} rx="8"></rect>
    <text class="frame-title" x=${tx} y=${frame.y + 14} text-anchor="start">${clip(name, Math.max(4, Math.floor(frame.width / 8)))}</text>
    <g part="toggle" class="toggle" data-toggle=${frame.id} role="button" tabindex="-1" aria-label=${t('network.collapse', { name })} aria-expanded="true">
      <rect x=${bx} y=${frame.y + 4} width="14" height="14" rx="3"></rect>
      <path d=${`M${bx + 3} ${frame.y + 11}h8`}></path>
    </g>
  </g>`;
}

/** The flat points of a route as an SVG path. */
export function routePath(points: readonly number[]): string {
  let d = `M${points[0]} ${points[1]}`;
  for (let i = 2; i < points.length; i += 2) d += `L${points[i]} ${points[i + 1]}`;
  return d;
}

/** A link: its line, a wider invisible hit line, the arrowhead, and its type/lag label when not plain FS. */
export function edgeTemplate(
  edge: NetworkRoute,
  index: number,
  critical: boolean,
  selected: boolean,
  t: Translate,
): TemplateResult {
  const d = routePath(edge.points);
  const n = edge.points.length;
  const ex = edge.points[n - 2]!;
  const ey = edge.points[n - 1]!;
  const dir = ex >= edge.points[n - 4]! ? 1 : -1;
  const head = `M${ex} ${ey}L${ex - 8 * dir} ${ey - 4}L${ex - 8 * dir} ${ey + 4}Z`;
  const plain = edge.type === 'FS' && edge.lag === 0;
  const lag =
    edge.lag === 0
      ? ''
      : t(LAG[edge.lagUnit ?? 'day'] ?? 'network.lag.day', {
          sign: edge.lag > 0 ? '+' : '',
          count: edge.lag,
        });
  const label = plain ? '' : lag ? `${edge.type} ${lag}` : edge.type;
  const parts = `edge ${edge.type.toLowerCase()}${critical ? ' critical' : ''}${selected ? ' selected' : ''}`;
  return svg`<g part=${parts} data-edge=${index}>
    <path class="hit" d=${d}></path>
    <path class="line" d=${d}></path>
    <path class="head" d=${head}></path>
    ${label ? svg`<text part="edge-label" x=${edge.labelX} y=${edge.labelY - 6} text-anchor="middle">${label}</text>` : nothing}
  </g>`;
}
