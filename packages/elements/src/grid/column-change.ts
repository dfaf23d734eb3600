import type { ColumnState, SortingState } from '@roadline/core/views/grid';
import { announceChange, requestChange } from '../events/change-events.js';
import type { ColumnChangeDetail } from '../events/column-change-event.js';

/**
 * The one `rl-column-change` of both task grids (the Gantt's and the board's table): the whole
 * new arrangement, the first sort key as `sort` and every key in `sortKeys`.
 */
export function columnChangeDetail(
  columns: readonly ColumnState[],
  sort: SortingState,
  reason: ColumnChangeDetail['reason'],
): ColumnChangeDetail {
  return { columns, sort: sort[0], sortKeys: sort, reason };
}

/**
 * Offers a column change through `rl-before-column-change`; unless vetoed, `adopt` takes it and
 * `rl-column-change` tells the page. Returns whether it was adopted.
 */
export function changeColumns(host: HTMLElement, detail: ColumnChangeDetail, adopt: () => void): boolean {
  if (!requestChange(host, 'column-change', detail)) return false;
  adopt();
  announceChange(host, 'column-change', detail);
  return true;
}
