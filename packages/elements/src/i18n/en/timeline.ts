import { addEnglish } from '../english.js';
import type { Message } from '../message.js';

/** English: The timeline: bar tooltips, link announcements. */
export const timeline = {
  'tooltip.date': 'Date',
  'tooltip.start': 'Start',
  'tooltip.end': 'End',
  'tooltip.duration': 'Duration',
  'tooltip.progress': 'Progress',
  'tooltip.status': 'Status',
  'tooltip.slack': 'Slack',
  'tooltip.slackCritical': '{slack} (critical)',
  'tooltip.assignees': 'Assignees',
  'timeline.tasks': '{project}: tasks',
  'link.linked': 'Linked {from} to {to} ({type}).',
  'link.refused': 'Cannot link: {reason}',
  'link.removed': 'Link removed.',
} satisfies Record<string, Message>;

addEnglish(timeline);
