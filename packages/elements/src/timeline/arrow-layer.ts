import type { Dependency } from '@roadline/core';
import {
  type ArrowEnd,
  type ArrowRoute,
  arrowHeadPath,
  mirrorRoute,
  routeArrow,
  routeDistance,
  routePath,
} from '@roadline/core/views/timeline';
import { nothing, svg, type TemplateResult } from 'lit';
import type { Frame } from './frame.js';

/** A task's bar as an arrow end: its row and logical extent. */
export type BarEnds = (taskId: string) => (ArrowEnd & { readonly critical: boolean }) | undefined;

/** A link drawn in a frame: its route in screen space, for painting and for hit testing. */
export interface DrawnLink {
  readonly id: string;
  readonly route: ArrowRoute;
  /** Both ends are critical. */
  readonly critical: boolean;
}

/** The route of a link in screen space (mirrored in right-to-left), or `undefined` when an end is hidden. */
export function linkRoute(frame: Frame, link: Readonly<Dependency>, ends: BarEnds): ArrowRoute | undefined {
  const from = ends(link.from);
  const to = ends(link.to);
  if (!from || !to) return undefined;
  const route = routeArrow(link.type ?? 'FS', from, to, { rowHeight: frame.rowHeight });
  return frame.rtl ? mirrorRoute(route, frame.width) : route;
}

/** The links of the window whose two ends have bars, with their routes. */
export function drawnLinks(frame: Frame, links: readonly Readonly<Dependency>[], ends: BarEnds): DrawnLink[] {
  const out: DrawnLink[] = [];
  for (const link of links) {
    const route = linkRoute(frame, link, ends);
    if (!route) continue;
    const critical = ends(link.from)?.critical === true && ends(link.to)?.critical === true;
    out.push({ id: link.id, route, critical });
  }
  return out;
}

/** The drawn link nearest to a screen-space point, within `tolerance` px (the hit stroke's half width). */
export function linkAt(drawn: readonly DrawnLink[], x: number, y: number, tolerance = 5): string | undefined {
  let best: string | undefined;
  let bestDistance = tolerance;
  for (const link of drawn) {
    const d = routeDistance(link.route, x, y);
    if (d <= bestDistance) {
      best = link.id;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Dependency arrows: every line of a kind (plain, critical, selected) is one path and every head
 * of a kind another, so a frame costs a handful of nodes however many links cross the window.
 * A wide transparent stroke over all lines takes clicks; the element finds the link by geometry.
 */
export function arrowLayer(drawn: readonly DrawnLink[], selectedLink: string | undefined): TemplateResult {
  let all = '';
  let plain = '';
  let critical = '';
  let plainHeads = '';
  let criticalHeads = '';
  let selected: DrawnLink | undefined;
  for (const link of drawn) {
    const d = routePath(link.route);
    all += d;
    if (link.id === selectedLink) selected = link;
    else if (link.critical) {
      critical += d;
      criticalHeads += arrowHeadPath(link.route);
    } else {
      plain += d;
      plainHeads += arrowHeadPath(link.route);
    }
  }
  const selectedParts = selected?.critical ? 'arrow critical selected' : 'arrow selected';
  return svg`<g>
    ${all ? svg`<path class="arrow-hit" d=${all}></path>` : nothing}
    ${plain ? svg`<path part="arrow" d=${plain}></path>` : nothing}
    ${plainHeads ? svg`<path part="arrow-head" d=${plainHeads}></path>` : nothing}
    ${critical ? svg`<path part="arrow critical" d=${critical}></path>` : nothing}
    ${criticalHeads ? svg`<path part="arrow-head critical" d=${criticalHeads}></path>` : nothing}
    ${
      selected
        ? svg`<path part=${selectedParts} d=${routePath(selected.route)}></path>
          <path part=${selected.critical ? 'arrow-head critical selected' : 'arrow-head selected'} d=${arrowHeadPath(selected.route)}></path>`
        : nothing
    }
  </g>`;
}
