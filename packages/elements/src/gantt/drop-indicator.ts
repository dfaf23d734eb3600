import { html, type TemplateResult } from 'lit';
import { styleProps } from '../base/style-props.js';
import type { RowDropPlace } from '@roadline/core/views/grid';

/** Where the drop indicator goes and how it looks. */
export interface DropIndicatorSpec {
  readonly row: number;
  readonly place: RowDropPlace;
  /** The level the row would take: the line starts at its indent. */
  readonly depth: number;
  /** Where the name column starts, in px from the rows' start edge. */
  readonly nameStart: number;
  readonly rowHeight: number;
  /** The move is not allowed there (into its own subtree, say). */
  readonly refused: boolean;
}

/** Indent of one tree level in the name column, as the cells indent their names. */
const LEVEL = 16;

/**
 * The drop indicator of a row drag: a line between rows, starting at the indent the row would
 * take, for a drop above or below; a box around the row for a drop onto it. Decorative (the
 * result is announced), so hidden from assistive technology.
 */
export function dropIndicator(spec: DropIndicatorSpec): TemplateResult {
  const inside = spec.place === 'inside';
  const top = (spec.place === 'after' ? spec.row + 1 : spec.row) * spec.rowHeight;
  const indent = inside ? 0 : spec.nameStart + spec.depth * LEVEL + LEVEL;
  return html`<div
    part="drop-indicator"
    class="drop ${inside ? 'box' : 'line'}${spec.refused ? ' refused' : ''}"
    aria-hidden="true"
    data-place=${spec.place}
    data-drop-row=${String(spec.row)}
    ${styleProps({ transform: `translateY(${top}px)`, '--_drop-indent': `${indent}px` })}
  ></div>`;
}
