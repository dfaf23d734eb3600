import { addEnglish } from '../english.js';
import type { Message } from '../message.js';

/** English: The key figures widget. */
export const kpi = {
  'widget.kpi': 'Key figures',
  'kpi.progress': 'Progress',
  'kpi.progressNote': '{percent}% planned',
  'kpi.done': 'Done',
  'kpi.doneNote': { one: 'of {count} task', other: 'of {count} tasks' },
  'kpi.overdue': 'Overdue',
  'kpi.overdueNote': { one: 'task past its end', other: 'tasks past their end' },
  'kpi.blocked': 'Blocked',
  'kpi.blockedNote': { one: 'task', other: 'tasks' },
  'kpi.critical': 'Critical',
  'kpi.criticalNote': { one: 'open task with no slack', other: 'open tasks with no slack' },
  'kpi.finish': 'Finish',
  'kpi.milestones': 'Milestones due',
  'kpi.milestonesNote': 'in the next {count} days',
  'kpi.remaining': 'Remaining',
  'kpi.remainingNote': 'of effort',
} satisfies Record<string, Message>;

addEnglish(kpi);
