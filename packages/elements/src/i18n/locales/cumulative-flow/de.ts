import type { cumulativeFlow as en } from '../../en/cumulative-flow.js';
import type { Message } from '../../message.js';

/** German: the cumulative-flow widget. */
export const cumulativeFlow: Readonly<Record<keyof typeof en, Message>> = {
  'widget.cumulativeFlow': 'Kumulatives Flussdiagramm',
  'flow.summary': 'Einträge je Status und Tag vom {from} bis {to}. Heute: {today}.',
  'flow.day': 'Tag',
};
