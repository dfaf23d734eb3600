import type { Project } from '@roadline/core';
import type { NetworkLayout } from '@roadline/core/views/network';
import { render, svg, type TemplateResult } from 'lit';
import type { Translate } from '../i18n/catalogue.js';
import { type CardTexts, cardTemplate, edgeTemplate, frameTemplate } from './network-cards.js';
import { networkStyles } from './network.styles.js';

/** What an export draws: the whole laid-out network. */
export interface NetworkExportInput {
  readonly project: Project;
  readonly layout: NetworkLayout;
  readonly texts: CardTexts;
  readonly critical: ReadonlySet<string>;
  readonly rtl: boolean;
  readonly locale: string | undefined;
  /** The element's messages, in `locale`. */
  readonly t: Translate;
  /** The element's computed style, to resolve its tokens into the file. */
  readonly style: CSSStyleDeclaration;
}

const TOKENS = [
  '--_bg',
  '--_card',
  '--_node-border',
  '--_muted',
  '--_critical',
  '--_milestone',
  '--_edge',
  '--_frame',
  '--_selected',
  '--_accent',
];
const MARGIN = 24;
/** The largest picture side a canvas reliably rasterizes (at 2× device pixels): larger exports are scaled down. */
const MAX_SIDE = 8192;

/**
 * A standalone SVG document of the whole network, drawn by the same templates as the element
 * (so it matches what is on screen), with the theme's tokens resolved into an embedded style.
 */
export function exportNetworkSvg(input: NetworkExportInput): string {
  const { layout, project, t } = input;
  let x0 = 0;
  let y0 = 0;
  let x1 = layout.width;
  let y1 = layout.height;
  for (const f of layout.frames) {
    x0 = Math.min(x0, f.x);
    y0 = Math.min(y0, f.y);
    x1 = Math.max(x1, f.x + f.width);
    y1 = Math.max(y1, f.y + f.height);
  }
  x0 -= MARGIN;
  y0 -= MARGIN;
  const width = Math.ceil(x1 - x0 + MARGIN);
  const height = Math.ceil(y1 - y0 + MARGIN + 12);
  const fit = Math.min(1, MAX_SIDE / width, MAX_SIDE / height);
  const parts: TemplateResult[] = [];
  for (const f of [...layout.frames].sort((a, b) => a.depth - b.depth))
    parts.push(frameTemplate(f, project.task(f.id)?.name ?? f.id, input.rtl, t));
  for (let k = 0; k < layout.edges.length; k++) {
    const e = layout.edges[k]!;
    parts.push(edgeTemplate(e, k, input.critical.has(e.from) && input.critical.has(e.to), false, t));
  }
  for (const n of layout.nodes) {
    const critical = input.critical.has(n.id);
    parts.push(
      cardTemplate(n, input.texts.get(project, n.id, input.locale, critical, t), {
        critical,
        selected: false,
        hovered: false,
        focused: false,
        linkTarget: false,
        tabStop: false,
        readonly: true,
        rtl: input.rtl,
        t,
      }),
    );
  }
  const container = document.createElement('div');
  render(
    svg`<svg xmlns="http://www.w3.org/2000/svg" width=${Math.round(width * fit)} height=${Math.round(height * fit)} viewBox="${x0} ${y0} ${width} ${height}">
      <rect x=${x0} y=${y0} width=${width} height=${height} fill="var(--_bg)"></rect>
      ${parts}
    </svg>`,
    container,
  );
  const root = container.firstElementChild;
  if (!root) return '';
  const tokens = TOKENS.map(
    (name) => `${name}: ${input.style.getPropertyValue(name).trim() || 'initial'};`,
  ).join(' ');
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = `svg { ${tokens} font-family: ${input.style.fontFamily}; color: ${input.style.color}; }\n${networkStyles.cssText}`;
  root.insertBefore(style, root.firstChild);
  for (const el of root.querySelectorAll(
    '[tabindex], [role], [aria-label], [aria-pressed], [aria-roledescription]',
  )) {
    for (const a of ['tabindex', 'role', 'aria-label', 'aria-pressed', 'aria-roledescription'])
      el.removeAttribute(a);
  }
  return new XMLSerializer().serializeToString(root).replace(/<!--[^>]*-->/g, '');
}
