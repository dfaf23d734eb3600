import type { cumulativeFlow as en } from '../../en/cumulative-flow.js';
import type { Message } from '../../message.js';

/** Spanish: the cumulative-flow widget. */
export const cumulativeFlow: Readonly<Record<keyof typeof en, Message>> = {
  'widget.cumulativeFlow': 'Flujo acumulado',
  'flow.summary': 'Elementos por estado cada día del {from} al {to}. Hoy: {today}.',
  'flow.day': 'Día',
};
