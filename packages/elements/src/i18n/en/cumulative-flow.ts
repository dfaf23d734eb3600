import { addEnglish } from '../english.js';
import type { Message } from '../message.js';

/** English: the cumulative-flow widget. */
export const cumulativeFlow = {
  'widget.cumulativeFlow': 'Cumulative flow',
  'flow.summary': 'Items per status each day from {from} to {to}. Today: {today}.',
  'flow.day': 'Day',
} satisfies Record<string, Message>;

addEnglish(cumulativeFlow);
