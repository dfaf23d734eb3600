/**
 * An iCalendar file (RFC 5545) of a project's milestones and due dates, for a person's calendar
 * app: one all-day `VEVENT` per milestone (on the day a view shows it) and one per task deadline
 * (on the deadline's day). Dates are the project's wall-clock days, written as `VALUE=DATE`, so
 * they mean the same day in every time zone and the file carries no `VTIMEZONE`.
 *
 * The text rules of the RFC are kept: CRLF line ends, lines folded at 75 octets of UTF-8 (never
 * inside a character), `\`, `;`, `,` and newlines escaped in text, other control characters
 * dropped. Each event has a `UID` stable across exports (the task's id, the kind, the project's
 * id), so a calendar that subscribes to the file updates events instead of duplicating them, and
 * a `DTSTAMP` (the export's time in UTC).
 */
import type { Task } from '../../model/types.js';
import type { Project } from '../../store/project.js';
import { WorkCalendar } from '../../time/calendar.js';
import { MINUTES_PER_DAY, parseWallTime } from '../../time/wall-time.js';

/** Options of {@link toICS}. */
export interface ICSOptions {
  /** The `DTSTAMP` of every event; default now. */
  now?: Date;
  /** The summary of a due-date event; `{name}` is the task's name. Default `Due: {name}`. */
  dueSummary?: string;
  /** Leave out milestones (`false`) or due dates (`false`); both default `true`. */
  milestones?: boolean;
  deadlines?: boolean;
}

const encoder = new TextEncoder();
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Text as an iCalendar TEXT value: backslash, semicolon, comma and newlines escaped. */
export function escapeICSText(text: string): string {
  return (
    text
      .replace(/\r\n|\r|\n/g, '\n')
      // Control characters other than tab and newline are not allowed in TEXT.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the very characters to drop
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
  );
}

/** One content line folded at 75 octets (continuations start with a space), CRLF ended. */
export function foldICSLine(line: string): string {
  if (encoder.encode(line).length <= 75) return `${line}\r\n`;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation counts
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return `${parts.join('\r\n ')}\r\n`;
}

/** `YYYYMMDD` of the day wall minute `t` falls on. */
function dateValue(t: number): string {
  const d = new Date(Math.floor(t / MINUTES_PER_DAY) * MINUTES_PER_DAY * 60_000);
  return `${pad(d.getUTCFullYear(), 4)}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
}

function stampValue(now: Date): string {
  return `${pad(now.getUTCFullYear(), 4)}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}T${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}Z`;
}

/** A UID part: ids may hold any character, the UID stays one plain token. */
const uidPart = (id: string) => encodeURIComponent(id);

/**
 * The day a person sees a milestone at `t` on: a midnight that ends working time is shown as the
 * day that ended (a milestone after a task that finishes on Friday reads as Friday), the rule
 * every view uses.
 */
function milestoneDay(t: number, calendar: WorkCalendar): number {
  if (t % MINUTES_PER_DAY !== 0 || calendar.isWorking(t) || !calendar.isWorking(t - 1)) return t;
  return t - MINUTES_PER_DAY;
}

/** The iCalendar file of the milestones and due dates of `project` (see the module comment). */
export function toICS(project: Project, options: ICSOptions = {}): string {
  const stamp = stampValue(options.now ?? new Date());
  const projectId = uidPart(project.settings.id);
  const calendars = new Map<string | undefined, WorkCalendar>();
  const calendarOf = (task: Readonly<Task>) => {
    let calendar = calendars.get(task.calendarId);
    if (!calendar) {
      const data =
        (task.calendarId === undefined ? undefined : project.calendar(task.calendarId)) ??
        project.settings.calendar;
      calendar = WorkCalendar.from(data);
      calendars.set(task.calendarId, calendar);
    }
    return calendar;
  };
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Roadline//Roadline//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeICSText(project.settings.name)}`,
  ];
  const event = (uid: string, day: number, summary: string, category: string) => {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${dateValue(day)}`,
      `DTEND;VALUE=DATE:${dateValue(day + MINUTES_PER_DAY)}`,
      `SUMMARY:${escapeICSText(summary)}`,
      `CATEGORIES:${category}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  };
  const dueSummary = options.dueSummary ?? 'Due: {name}';
  for (const id of project.wbsOrder()) {
    const task = project.task(id);
    if (!task) continue;
    const uid = uidPart(task.id);
    if (options.milestones !== false && task.type === 'milestone') {
      const at = parseWallTime(project.scheduled(task.id)?.start ?? task.start ?? '');
      if (at !== undefined)
        event(
          `${uid}-milestone@${projectId}.roadline`,
          milestoneDay(at, calendarOf(task)),
          task.name,
          'MILESTONE',
        );
    }
    if (options.deadlines !== false && task.deadline !== undefined) {
      const at = parseWallTime(task.deadline);
      if (at !== undefined)
        event(`${uid}-due@${projectId}.roadline`, at, dueSummary.split('{name}').join(task.name), 'DEADLINE');
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldICSLine).join('');
}
