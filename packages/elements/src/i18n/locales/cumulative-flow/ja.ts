import type { cumulativeFlow as en } from '../../en/cumulative-flow.js';
import type { Message } from '../../message.js';

/** Japanese: the cumulative-flow widget. */
export const cumulativeFlow: Readonly<Record<keyof typeof en, Message>> = {
  'widget.cumulativeFlow': '累積フロー',
  'flow.summary': '{from} から {to} までの日ごとのステータス別件数。今日: {today}。',
  'flow.day': '日',
};
