import type { ImportIssueCode } from '@roadline/core';
import type { Message } from '../message.js';

/**
 * English: what the import wizard (`rl-import`) says for each issue code of the built-in importers
 * (`ImportIssueCode`), in place of the importer's English `message`. One short sentence: the
 * problem, then what the import did. The row, column and value have columns of their own.
 *
 * Unlike the other parts, this one does not add itself to the English catalogue: the wizard loads
 * it with `import()` when it reads its first file and adds it then (import/issue-text.ts), so the
 * element's entry does not carry it.
 */
export const importIssues = {
  'import.issue.MISSING_NAME': 'No name: the row was left out.',
  'import.issue.EXTRA_CELLS': 'More cells than columns: the row was left out.',
  'import.issue.UNREADABLE_ROW':
    'The row could not be read (a quote is not closed): it was left out or cut short.',
  'import.issue.AMBIGUOUS_DATE_ORDER':
    'The dates do not show whether the day or the month comes first: they were read as month/day/year unless you choose the order.',
  'import.issue.DATE_ZONE_IGNORED': 'Dates with a time zone: their clock time was kept as written.',
  'import.issue.INVALID_DATE': 'Not a date: the cell was left empty.',
  'import.issue.END_BEFORE_START': 'The finish is before the start: the finish was left out.',
  'import.issue.INVALID_DURATION': 'Not a duration: the cell was left empty.',
  'import.issue.INVALID_PROGRESS': 'Not a percentage from 0 to 100: the cell was left empty.',
  'import.issue.INVALID_VALUE': 'A value this field cannot hold: it was left out.',
  'import.issue.DUPLICATE_ID': 'This ID is already used or not allowed: the task got a new ID.',
  'import.issue.UNKNOWN_PARENT': 'No task has this parent’s name or ID: the task was put at the top level.',
  'import.issue.HIERARCHY_CYCLE':
    'This parent would make the task its own ancestor: the task was put at the top level.',
  'import.issue.INVALID_OUTLINE':
    'The outline number or level does not fit the rows above: the task was put at the top level or under the row above.',
  'import.issue.UNKNOWN_TASK_REFERENCE': 'No task has this name or ID: the link was left out.',
  'import.issue.AMBIGUOUS_TASK_REFERENCE': 'Several tasks have this name: the link or parent was left out.',
  'import.issue.INVALID_LINK':
    'Not a valid link (unreadable, to the task itself, or closing a loop): it was left out.',
  'import.issue.PERCENT_LAG':
    'A lag in percent, which Roadline does not have: the link was imported with the working time it stands for, or without the lag.',
  'import.issue.UNKNOWN_RELEASE': 'No release has this name: it was left out.',
  'import.issue.DUPLICATE_COLUMN': 'A second column for the same field: it was not read.',
  'import.issue.MISSING_CALENDAR':
    'Calendars the file names but does not contain (Project’s built-in ones): each was read as Project’s Standard calendar.',
  'import.issue.ELAPSED_DURATION': 'Elapsed durations: each was imported as the working time it spans.',
  'import.issue.ELAPSED_LAG': 'Elapsed lags: each was imported as the working time it spans.',
  'import.issue.INACTIVE_TASK':
    'Inactive tasks: each was imported as a manual task at its dates, without its links.',
  'import.issue.EXTERNAL_TASK':
    'Tasks from other projects or inserted subprojects: each was imported as a manual task at its dates.',
  'import.issue.EXTERNAL_LINK':
    'Links into other projects: each was left out, and its successor keeps its date.',
  'import.issue.SCHEDULED_FROM_FINISH':
    'The project is scheduled from its finish: it was imported with the dates Project computed, scheduled from its start.',
  'import.issue.PROJECT_SUMMARY_LINK': 'Links on the project summary task: they were left out.',
  'import.issue.MILESTONE_WITH_DURATION':
    'Milestones with a duration: each was imported as a task with that duration.',
  'import.issue.LEVELING_DELAY':
    'Leveling delays: each delayed task keeps its start as a start-no-earlier-than constraint.',
  'import.issueTasks': 'Tasks: {tasks}',
} satisfies Record<`import.issue.${ImportIssueCode}`, Message> & Record<string, Message>;
