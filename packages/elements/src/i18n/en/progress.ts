import { addEnglish } from '../english.js';
import type { Message } from '../message.js';

/** English: The progress element. */
export const progress = {
  'widget.progress': 'Progress',
  'progress.category.done': '{count} done',
  'progress.category.active': '{count} in progress',
  'progress.category.blocked': '{count} blocked',
  'progress.category.todo': '{count} to do',
  'progress.byProject': 'Progress by project',
  'progress.byGroup': 'Progress by group',
  'progress.byPerson': 'Progress by person',
  'progress.more': '{count} more not shown.',
  'progress.expected': '{percent}% done, {expected}% expected by today.',
} satisfies Record<string, Message>;

addEnglish(progress);
