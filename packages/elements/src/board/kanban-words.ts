import type { Translate } from '../i18n/catalogue.js';

/**
 * What a screen reader hears as a card is lifted, moved, dropped or put back by keyboard: the
 * card, its column (and lane, when the board has lanes) and its position there.
 */
export function describeCardMove(
  t: Translate,
  phase: string,
  name: string,
  column: string,
  lane: string | undefined,
  position: number,
): string {
  const where =
    lane === undefined
      ? t('board.place', { column, position })
      : t('board.placeInLane', { column, lane, position });
  switch (phase) {
    case 'lifted':
      return t('board.lifted', { name, where });
    case 'moved':
      return t('board.moved', { where });
    case 'dropped':
      return t('board.dropped', { name, where });
    case 'cancelled':
      return t('board.cancelled', { name, where });
    default:
      return t('board.edge', { name });
  }
}
