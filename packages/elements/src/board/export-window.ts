import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../i18n/catalogue.js';

/**
 * The most cards a kanban cell, and the most rows the table, draws in an export: past it, one
 * line counts the rest. It keeps a picture of a huge board within what a browser lays out and
 * rasterizes in a moment.
 */
export const EXPORT_LIMIT = 2000;

/** The items an export draws of `count`: from the first, up to the limit. */
export function wholeWindow(count: number): { first: number; end: number } {
  return { first: 0, end: Math.min(count, EXPORT_LIMIT) };
}

/**
 * An export's list: `items` (the window of {@link wholeWindow}) in one wrapper that lays out as if
 * it were not there (`display: contents`), so putting the view back removes one node, not
 * thousands one by one; then the line "and N more" when `count` is past the limit.
 */
export function wholeList(items: readonly unknown[], count: number, t: Translate): TemplateResult {
  const left = count - items.length;
  return html`<div class="whole-list">${items}</div>${
    left > 0 ? html`<p part="more">${t('board.more', { count: left })}</p>` : nothing
  }`;
}
