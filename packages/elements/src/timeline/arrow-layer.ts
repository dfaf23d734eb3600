import {
  type ArrowEnd,
  type ArrowRoute,
  arrowHead,
  type Dependency,
  mirrorRoute,
  routeArrow,
  routePath,
} from '@roadline/core';
import { svg, type TemplateResult } from 'lit';
import type { Frame } from './frame.js';

/** A task's bar as an arrow end: its row and logical extent. */
export type BarEnds = (taskId: string) => (ArrowEnd & { readonly critical: boolean }) | undefined;

/** The route of a link in screen space (mirrored in right-to-left), or `undefined` when an end is hidden. */
export function linkRoute(frame: Frame, link: Readonly<Dependency>, ends: BarEnds): ArrowRoute | undefined {
  const from = ends(link.from);
  const to = ends(link.to);
  if (!from || !to) return undefined;
  const route = routeArrow(link.type ?? 'FS', from, to, { rowHeight: frame.rowHeight });
  return frame.rtl ? mirrorRoute(route, frame.width) : route;
}

/**
 * Dependency arrows crossing the row window: a wide transparent stroke to click, the visible
 * line and its head. Critical when both ends are critical.
 */
export function arrowLayer(
  frame: Frame,
  links: readonly Readonly<Dependency>[],
  ends: BarEnds,
  selectedLink: string | undefined,
  onSelect: (id: string, event: Event) => void,
): TemplateResult[] {
  const out: TemplateResult[] = [];
  for (const link of links) {
    const route = linkRoute(frame, link, ends);
    if (!route) continue;
    const critical = ends(link.from)?.critical === true && ends(link.to)?.critical === true;
    const parts = `arrow${critical ? ' critical' : ''}${selectedLink === link.id ? ' selected' : ''}`;
    const d = routePath(route);
    out.push(svg`<g>
      <path class="arrow-hit" d=${d} @click=${(e: Event) => onSelect(link.id, e)}></path>
      <path part=${parts} d=${d}></path>
      <polygon part=${`arrow-head${critical ? ' critical' : ''}`} points=${arrowHead(route)}></polygon>
    </g>`);
  }
  return out;
}
