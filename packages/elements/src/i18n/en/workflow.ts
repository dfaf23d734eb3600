import { addEnglish } from '../english.js';
import type { Message } from '../message.js';

/** English: the status flow (`rl-workflow`). */
export const workflow = {
  'workflow.label': 'Workflow',
  'workflow.items': { one: '{count} item', other: '{count} items' },
  'workflow.ofLimit': '{count} of {limit}',
  'workflow.overLimit': 'over its WIP limit of {limit}',
  'workflow.age': '{days} d avg. wait',
  'workflow.bottleneck': 'Bottleneck',
  'workflow.transitions': 'Transitions',
  'workflow.transition': '{from} to {to}: {count}',
  'workflow.back': '{from} back to {to}: {count}',
  'workflow.filtered': 'Showing only {status}.',
  'workflow.unfiltered': 'Showing every status.',
  'workflow.empty': 'No statuses to show.',
} satisfies Record<string, Message>;

addEnglish(workflow);
