import { addEnglish } from '../english.js';
import type { Message } from '../message.js';

/** English: The milestones widget. */
export const milestones = {
  'widget.milestones': 'Milestones',
  'widget.noMilestones': 'No milestones or releases.',
  'milestones.today': 'today',
} satisfies Record<string, Message>;

addEnglish(milestones);
