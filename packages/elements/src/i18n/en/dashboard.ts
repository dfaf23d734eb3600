import { addEnglish } from '../english.js';
import type { Message } from '../message.js';

/** English: The dashboard: its grid and widget handles. */
export const dashboard = {
  'dashboard.label': 'Dashboard',
  'dashboard.keys': 'Arrow keys move the widget, Shift and arrow keys resize it.',
  'dashboard.handle': 'Move or resize {title}: column {x}, row {y}, {w} wide, {h} high',
  'dashboard.placed': '{title}: column {x}, row {y}, {w} wide, {h} high.',
} satisfies Record<string, Message>;

addEnglish(dashboard);
