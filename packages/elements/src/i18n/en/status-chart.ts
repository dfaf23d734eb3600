import { addEnglish } from '../english.js';
import type { Message } from '../message.js';

/** English: The status widget. */
export const statusChart = {
  'widget.status': 'Status',
  'widget.noTasks': 'No tasks.',
  'status.status': 'Status',
  'status.tasks': 'Tasks',
  'status.share': 'Share',
  'status.hours': 'Hours',
} satisfies Record<string, Message>;

addEnglish(statusChart);
