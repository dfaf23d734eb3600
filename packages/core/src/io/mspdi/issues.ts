/**
 * The warnings `fromMSProjectXML` gives for what it imports as the closest Roadline equivalent.
 *
 * One {@link ImportIssue} per kind of approximation, whatever the number of places it happened:
 * its message says what was done and lists each place with the value the file had and the value
 * imported, and `tasks` holds the id of every task it concerns. Nothing is left out silently.
 */
import type { ImportIssue } from '../issues.js';

/** The `code` of every warning `fromMSProjectXML` gives. Stable: hosts may switch on them. */
export const MSProjectIssueCode = {
  /** A calendar UID the file names but does not contain (one of Project's built-ins). */
  MISSING_CALENDAR: 'MISSING_CALENDAR',
  /** A task duration in elapsed time (`ed`, `eh`, …): imported as the working time it spans. */
  ELAPSED_DURATION: 'ELAPSED_DURATION',
  /** A link lag in elapsed time: imported as the working time it spans. */
  ELAPSED_LAG: 'ELAPSED_LAG',
  /** A link lag as a share of the predecessor's duration: imported as that working time. */
  PERCENT_LAG: 'PERCENT_LAG',
  /** An inactive task: imported as a manual task at its dates, without its links. */
  INACTIVE_TASK: 'INACTIVE_TASK',
  /** A task from another project, or an inserted subproject: a manual task at its dates. */
  EXTERNAL_TASK: 'EXTERNAL_TASK',
  /** A link from a task in another project: left out, the successor keeps its date. */
  EXTERNAL_LINK: 'EXTERNAL_LINK',
  /** A project scheduled from its finish: imported as dated, scheduled from its start. */
  SCHEDULED_FROM_FINISH: 'SCHEDULED_FROM_FINISH',
  /** A link on the project summary task (UID 0), which Roadline does not have: left out. */
  PROJECT_SUMMARY_LINK: 'PROJECT_SUMMARY_LINK',
  /** A task marked as a milestone that has a duration: a task (Roadline milestones take no time). */
  MILESTONE_WITH_DURATION: 'MILESTONE_WITH_DURATION',
  /** A leveling delay: the task keeps the start it gave as a start-no-earlier-than constraint. */
  LEVELING_DELAY: 'LEVELING_DELAY',
} as const;

/** One of {@link MSProjectIssueCode}. */
export type MSProjectIssueCode = (typeof MSProjectIssueCode)[keyof typeof MSProjectIssueCode];

/** A warning of `fromMSProjectXML`. */
export interface MSProjectImportIssue extends ImportIssue {
  code: MSProjectIssueCode;
  severity: 'warning';
}

/** What each kind of approximation did, the first sentence of its message. */
const WHAT: Readonly<Record<MSProjectIssueCode, string>> = {
  MISSING_CALENDAR:
    'The file names calendars it does not contain (Project\u2019s built-in base calendars); each was read as Project\u2019s built-in Standard calendar (Monday to Friday, 08:00\u201312:00 and 13:00\u201317:00)',
  ELAPSED_DURATION:
    'Roadline durations are working time; each elapsed duration was imported as the working time it spans on the task\u2019s calendar from the task\u2019s start',
  ELAPSED_LAG:
    'Roadline lags are working time; each elapsed lag was imported as the working time it spans on the successor\u2019s calendar from the predecessor\u2019s date it counts from',
  PERCENT_LAG:
    'Roadline lags are working time; each percent lag was imported as that share of the predecessor\u2019s duration',
  INACTIVE_TASK:
    'Roadline has no inactive tasks; each inactive task was imported as a manual task at its dates, and its links (which Project ignores) were left out',
  EXTERNAL_TASK:
    'Roadline has no tasks from other projects or inserted subprojects; each was imported as a manual task at its dates, or as the summary of the tasks inserted with it',
  EXTERNAL_LINK:
    'Roadline has no links into other projects; each was left out, and its successor keeps its date as a start-no-earlier-than constraint when it had no constraint',
  SCHEDULED_FROM_FINISH:
    'Roadline schedules from the start; the project, scheduled from its finish in Project, was imported with the dates Project computed',
  PROJECT_SUMMARY_LINK: 'Roadline has no project summary task; its links were left out',
  MILESTONE_WITH_DURATION:
    'Roadline milestones take no time; each task marked as a milestone that has a duration was imported as a task with that duration',
  LEVELING_DELAY:
    'Roadline has no leveling delay; each delayed task keeps the start it gave as a start-no-earlier-than constraint when it had no constraint',
};

interface Entry {
  details: string[];
  tasks: string[];
}

/** Collects the approximations of one import, grouped by kind, in the order they first happen. */
export class IssueLog {
  private readonly entries = new Map<MSProjectIssueCode, Entry>();

  /** Records one place: `detail` says what the file had and what was imported. */
  add(code: MSProjectIssueCode, detail: string, taskId?: string): void {
    let entry = this.entries.get(code);
    if (!entry) {
      entry = { details: [], tasks: [] };
      this.entries.set(code, entry);
    }
    entry.details.push(detail);
    if (taskId !== undefined && !entry.tasks.includes(taskId)) entry.tasks.push(taskId);
  }

  /** One warning per kind, listing every place. */
  issues(): MSProjectImportIssue[] {
    const out: MSProjectImportIssue[] = [];
    for (const [code, entry] of this.entries) {
      const issue: MSProjectImportIssue = {
        code,
        severity: 'warning',
        message: `${WHAT[code]}: ${entry.details.join('; ')}.`,
      };
      if (entry.tasks.length > 0) issue.tasks = entry.tasks;
      out.push(issue);
    }
    return out;
  }
}
