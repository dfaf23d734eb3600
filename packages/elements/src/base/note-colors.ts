/** One color a user can give a note: the value stored in `note.color`, its name, and its token. */
export interface NoteColor {
  readonly value: string;
  readonly label: string;
  /** The CSS color it shows as: a component token that defaults to a semantic token, so it follows the theme. */
  readonly css: string;
}

/**
 * The colors the notes widget offers. A note stores the palette name (`'warning'`), not a hex
 * value, so it takes the theme's color (dark, high contrast) wherever it is shown; colors that
 * came with the data (`'#f2c94c'`) still show as given.
 */
export const NOTE_COLORS: readonly NoteColor[] = [
  { value: 'accent', label: 'Blue', css: 'var(--rl-note-color-accent, var(--rl-color-accent, #2f6fed))' },
  { value: 'success', label: 'Green', css: 'var(--rl-note-color-success, var(--rl-color-success, #2e9e5b))' },
  { value: 'warning', label: 'Amber', css: 'var(--rl-note-color-warning, var(--rl-color-warning, #c77800))' },
  { value: 'danger', label: 'Red', css: 'var(--rl-note-color-danger, var(--rl-color-danger, #d93f3f))' },
  {
    value: 'muted',
    label: 'Gray',
    css: 'var(--rl-note-color-muted, var(--rl-color-text-muted, #5b6475))',
  },
];

/** The CSS color of a note's `color`: the palette's token for a palette name, else the value as given. */
export function noteColorCss(color: string | undefined): string | undefined {
  if (color === undefined || color === '') return undefined;
  return NOTE_COLORS.find((c) => c.value === color)?.css ?? color;
}
