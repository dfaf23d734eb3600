import { addEnglish } from '../english.js';
import type { Message } from '../message.js';

/** English: The workload widget. */
export const workload = {
  'widget.workload': 'Workload',
  'widget.noPeople': 'No people.',
  'workload.person': 'Person',
  'workload.more': { one: '{count} more person not shown.', other: '{count} more people not shown.' },
  'workload.noCapacity': '(no capacity)',
  'workload.hours': ' hours',
  'workload.ofHours': ' of {available} hours',
  'workload.ofHoursOver': ' of {available} hours, over capacity',
} satisfies Record<string, Message>;

addEnglish(workload);
