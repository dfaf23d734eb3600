import { addEnglish } from '../english.js';
import type { Message } from '../message.js';

/** English: The late and at-risk widget. */
export const lateList = {
  'widget.late': 'Late and at risk',
  'widget.nothingLate': 'Nothing is late.',
  'late.overdue': 'Overdue',
  'late.slipped': 'Slipped',
  'late.behind': 'Behind',
  'late.counts': '{overdue} overdue · {slipped} slipped · {behind} behind',
} satisfies Record<string, Message>;

addEnglish(lateList);
