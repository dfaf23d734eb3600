/**
 * How a cell editor opens, as in a spreadsheet: Enter (or a double-click) selects the whole value
 * to retype it, F2 keeps it with the caret at the end, and a printable character typed on a cell
 * replaces the value with that character.
 */
export type EditStart =
  | { readonly kind: 'select-all' }
  | { readonly kind: 'caret-end' }
  | { readonly kind: 'replace'; readonly text: string };

/** Enter and double-click: the value selected, so typing replaces it. */
export const SELECT_ALL: EditStart = { kind: 'select-all' };
/** F2: the value kept, the caret after it. */
export const CARET_END: EditStart = { kind: 'caret-end' };

/**
 * Keys that keep their treegrid meaning on a cell rather than start editing: Space selects, `+`
 * and `-` expand and collapse (to type a leading minus, open the editor with F2 or Enter).
 */
const GRID_KEYS = new Set([' ', '+', '-']);

/**
 * The character a key press types, when it should start editing the focused cell: one printable
 * character (a letter, digit or symbol, astral ones included) with no Ctrl, Meta or Alt held and
 * no IME composition under way. `undefined` for navigation, shortcuts and the grid's own keys.
 */
export function typedCharacter(event: KeyboardEvent): string | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return undefined;
  const key = event.key;
  // Named keys ("Enter", "ArrowUp", "Dead", "Unidentified") are longer than one code point.
  if (key.length === 0 || key.length > 2 || [...key].length !== 1) return undefined;
  if (GRID_KEYS.has(key)) return undefined;
  // Control characters are not typing.
  return key.charCodeAt(0) < 0x20 || key === '\u007f' ? undefined : key;
}

/**
 * Focuses a freshly opened editor and prepares its value for how it was opened. A text input
 * takes the typed character; a list jumps to the first choice whose label starts with it; a date
 * input, which takes no free text, keeps its value for the keys that follow.
 */
export function prepareEditor(editor: HTMLInputElement | HTMLSelectElement, start: EditStart): void {
  editor.focus();
  if (editor instanceof HTMLSelectElement) {
    if (start.kind !== 'replace') return;
    const typed = start.text.toLocaleLowerCase();
    const match = [...editor.options].find((o) => o.text.trim().toLocaleLowerCase().startsWith(typed));
    if (match) editor.value = match.value;
    return;
  }
  if (editor.type !== 'text') return;
  if (start.kind === 'select-all') {
    editor.select();
    return;
  }
  if (start.kind === 'replace') editor.value = start.text;
  const end = editor.value.length;
  editor.setSelectionRange(end, end);
}
