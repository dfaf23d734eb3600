/** What the menu keys act on: an open menu's items, one of them active. */
export interface MenuKeyTarget {
  readonly active: number;
  readonly count: number;
  moveTo(index: number): void;
  choose(index: number): void;
  /** Closes the menu; with `refocus`, focus goes back to where it came from. */
  close(refocus: boolean): void;
}

/**
 * The keys of an open WAI-ARIA menu: ↑/↓ move (wrapping), Home and End go to the first and the
 * last item, Enter or Space choose, Escape closes it back to where focus was, Tab closes it and
 * lets focus move on. True when the key was the menu's; its default is then prevented (Tab's is
 * not).
 */
export function menuKeyDown(event: KeyboardEvent, menu: MenuKeyTarget): boolean {
  const key = event.key;
  if (key === 'Tab') {
    menu.close(false);
    return true;
  }
  if (key === 'ArrowDown') menu.moveTo(menu.active + 1);
  else if (key === 'ArrowUp') menu.moveTo(menu.active - 1);
  else if (key === 'Home') menu.moveTo(0);
  else if (key === 'End') menu.moveTo(menu.count - 1);
  else if (key === 'Enter' || key === ' ') menu.choose(menu.active);
  else if (key === 'Escape') menu.close(true);
  else return false;
  event.preventDefault();
  return true;
}
