import { addEnglish } from '../english.js';
import type { Message } from '../message.js';

/** English: The bottlenecks widget. */
export const bottlenecks = {
  'widget.bottlenecks': 'Bottlenecks',
  'widget.noBottlenecks': 'No task holds up other work.',
  'bottlenecks.task': 'Task',
  'bottlenecks.slack': 'Slack (days)',
  'bottlenecks.tasksWaiting': 'Tasks waiting',
  'bottlenecks.hoursWaiting': 'Hours waiting',
} satisfies Record<string, Message>;

addEnglish(bottlenecks);
