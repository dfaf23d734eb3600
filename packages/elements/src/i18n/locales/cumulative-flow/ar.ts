import type { cumulativeFlow as en } from '../../en/cumulative-flow.js';
import type { Message } from '../../message.js';

/** Arabic: the cumulative-flow widget. */
export const cumulativeFlow: Readonly<Record<keyof typeof en, Message>> = {
  'widget.cumulativeFlow': 'التدفق التراكمي',
  'flow.summary': 'العناصر لكل حالة في كل يوم من {from} إلى {to}. اليوم: {today}.',
  'flow.day': 'اليوم',
};
