import { type Person, parseWallTime } from '@roadline/core';
import { html, nothing, type TemplateResult } from 'lit';
import { styleProps } from '../base/style-props.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/**
 * `'2026-03-06'` → `'Fri 6 Mar'` in English, the language's own short date elsewhere (`Fr., 6. März`)
 * (UTC arithmetic: a wall date never shifts with the viewer's zone).
 */
export function formatDay(day: string | undefined, language = 'en'): string {
  if (day === undefined) return '';
  const minutes = parseWallTime(day);
  if (minutes === undefined) return '';
  const date = new Date(minutes * 60000);
  if (language === 'en' || language.startsWith('en-'))
    return `${WEEKDAYS[date.getUTCDay()]} ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`;
  let format = dayFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    dayFormats.set(language, format);
  }
  return format.format(date);
}
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** Up to two initials of a name: "Ada Lovelace" → "AL". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[words.length - 1]] : [words[0]];
  return letters
    .map((w) => (w ? Array.from(w)[0] : ''))
    .join('')
    .toLocaleUpperCase();
}

/** A color for CSS, or nothing for a missing one (the CSSOM drops an invalid value; no style attribute is written). */
export function colorStyle(property: string, color: string | undefined) {
  return styleProps(color === undefined ? {} : { [property]: color });
}

/**
 * Assignees as initials badges (an image is never loaded from data: an avatar URL could track
 * viewers, and the badge stays readable offline). Names stay available to screen readers.
 */
export function avatars(
  people: readonly (Readonly<Person> | undefined)[],
  max = 3,
): TemplateResult | typeof nothing {
  const known = people.filter((p): p is Readonly<Person> => p !== undefined);
  if (known.length === 0) return nothing;
  const shown = known.slice(0, max);
  const more = known.length - shown.length;
  return html`<span part="avatars"
    >${shown.map(
      (p) =>
        html`<span part="avatar" title=${p.name} ${colorStyle('--_avatar', p.color)}
          ><span aria-hidden="true">${initials(p.name)}</span><span class="visually-hidden">${p.name}</span></span
        >`,
    )}${more > 0 ? html`<span part="avatar more">+${more}</span>` : nothing}</span
  >`;
}
