/**
 * The schedule Microsoft Project computed and stored in an MSPDI file, for comparing an engine's
 * results with Project's. Not part of `ProjectData`: these are outputs, not inputs.
 */
import { RoadlineError } from '../../model/errors.js';
import type { WallTimeString } from '../../model/types.js';
import { childText } from '../xml/query.js';
import { openMspDocument } from './header.js';
import { readWall } from './context.js';
import { readTaskRows } from './task-rows.js';

/** What Project stored for one task. Slack is in working minutes; dates are wall-clock strings. */
export interface MSProjectTaskFacts {
  id: string;
  uid: string;
  name: string;
  summary: boolean;
  milestone: boolean;
  start?: WallTimeString;
  finish?: WallTimeString;
  earlyStart?: WallTimeString;
  earlyFinish?: WallTimeString;
  lateStart?: WallTimeString;
  lateFinish?: WallTimeString;
  totalSlack?: number;
  freeSlack?: number;
  critical?: boolean;
  /** The task's own calendar UID, if it has one. */
  calendarUid?: string;
  /** Whether resources are assigned (their calendars may drive the dates). */
  hasAssignments: boolean;
}

/** The schedule facts of a whole file. */
export interface MSProjectScheduleFacts {
  start?: WallTimeString;
  finish?: WallTimeString;
  /** Leaf and summary tasks in file order, without the project summary task. */
  tasks: MSProjectTaskFacts[];
}

function slack(text: string | undefined, what: string): number | undefined {
  if (text === undefined) return undefined;
  const tenths = Number(text);
  if (!Number.isFinite(tenths)) throw new RoadlineError('INVALID_DATA', `${what} is ${JSON.stringify(text)}`);
  return Math.round(tenths / 10);
}

/**
 * Reads the start, finish, early and late dates, total and free slack and critical flag that
 * Project stored for every task. Task ids match those of `importMSProjectXML`.
 *
 * @throws RoadlineError like `importMSProjectXML` for malformed input.
 */
export function readMSProjectScheduleFacts(xml: string): MSProjectScheduleFacts {
  const doc = openMspDocument(xml);
  const rows = readTaskRows(doc);
  const assigned = new Set<string>();
  const assignments = doc.header.get('Assignments');
  for (const a of assignments ? assignments.children : []) {
    const resource = childText(a, 'ResourceUID');
    const task = childText(a, 'TaskUID');
    if (task !== undefined && resource !== undefined && resource !== '-65535' && Number(resource) > 0)
      assigned.add(task);
  }
  const tasks: MSProjectTaskFacts[] = [];
  for (let i = 0; i < rows.rows.length; i++) {
    const row = rows.rows[i];
    if (!row) continue;
    const f = row.fields;
    const next = rows.rows[i + 1];
    const at = (name: string) => readWall(childText(f, name), `${row.label} ${name}`);
    const facts: MSProjectTaskFacts = {
      id: row.id,
      uid: row.uid,
      name: row.name,
      summary: next !== undefined && next.level > row.level,
      milestone: childText(f, 'Milestone') === '1',
      hasAssignments: assigned.has(row.uid),
    };
    const fields: [keyof MSProjectTaskFacts, string][] = [
      ['start', 'Start'],
      ['finish', 'Finish'],
      ['earlyStart', 'EarlyStart'],
      ['earlyFinish', 'EarlyFinish'],
      ['lateStart', 'LateStart'],
      ['lateFinish', 'LateFinish'],
    ];
    for (const [key, name] of fields) {
      const value = at(name);
      if (value !== undefined) Object.assign(facts, { [key]: value });
    }
    const total = slack(childText(f, 'TotalSlack'), `${row.label} TotalSlack`);
    if (total !== undefined) facts.totalSlack = total;
    const free = slack(childText(f, 'FreeSlack'), `${row.label} FreeSlack`);
    if (free !== undefined) facts.freeSlack = free;
    const critical = childText(f, 'Critical');
    if (critical !== undefined) facts.critical = critical === '1';
    const calendar = childText(f, 'CalendarUID');
    if (calendar !== undefined && Number(calendar) >= 0) facts.calendarUid = calendar;
    tasks.push(facts);
  }
  const out: MSProjectScheduleFacts = { tasks };
  const start = readWall(childText(doc.header, 'StartDate'), 'Project StartDate');
  const finish = readWall(childText(doc.header, 'FinishDate'), 'Project FinishDate');
  if (start !== undefined) out.start = start;
  if (finish !== undefined) out.finish = finish;
  return out;
}
