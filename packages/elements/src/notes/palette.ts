import type { Translate } from '../i18n/catalogue.js';
import { NOTE_COLORS, type NoteColor } from '../base/note-colors.js';

export { NOTE_COLORS, type NoteColor, noteColorCss } from '../base/note-colors.js';

/** The values of the palette's colors (their names are `notes.color.<value>` in the catalogue). */
export type NoteColorValue = 'accent' | 'success' | 'warning' | 'danger' | 'muted';

/** A palette color's name in the element's language. */
export function colorName(t: Translate, color: NoteColor): string {
  return t(`notes.color.${color.value as NoteColorValue}`);
}

/** The palette entry of a stored color, for naming it to screen readers. */
export function paletteColor(color: string | undefined): NoteColor | undefined {
  return NOTE_COLORS.find((c) => c.value === color);
}
