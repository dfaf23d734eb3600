/**
 * Resources and assignments of an MSPDI file. A work resource (Type 1) becomes a person, a
 * material resource (Type 0) a person of type `'material'`; cost resources (Type 2) carry no
 * time and are left out. MaxUnits (a fraction) becomes `maxUnits` in percent, the resource's
 * CalendarUID its `calendarId` (left out when it is the project calendar), StandardRate its
 * `costPerHour`. Each assignment keeps its person in the task's `assignees` (as before) and
 * becomes an `Assignment` with its units (percent) and work (hours) when it states either
 * (ids are left to the store: `<taskId>:<personId>`), which is what makes resource-driven dates
 * come out as Project's.
 */
import type { Assignment, CalendarData, Person, Task } from '../../model/types.js';
import { childElements, childText, indexChildren } from '../xml/query.js';
import type { XmlElement } from '../xml/parse.js';
import { RESOURCE_ID_FIELD } from './codes.js';
import { invalid, readNumber } from './context.js';
import { parseIsoDuration } from './duration.js';
import { extendedValue, type MspDocument, readUid } from './header.js';

const UNASSIGNED_RESOURCE = '-65535';

export function readPeople(
  doc: MspDocument,
  calendars: ReadonlyMap<string, CalendarData>,
  projectCalendarUid: string | undefined,
): { people: Person[]; byUid: Map<string, Person>; costs: Set<string> } {
  const people: Person[] = [];
  const byUid = new Map<string, Person>();
  const costs = new Set<string>();
  const resources = doc.header.get('Resources');
  for (const element of resources ? childElements(resources, 'Resource') : []) {
    const f = indexChildren(element);
    const uid = readUid(childText(f, 'UID'));
    if (uid === undefined)
      invalid(`A resource has an invalid UID ${JSON.stringify(childText(f, 'UID') ?? '')}`);
    if (uid === '0' || childText(f, 'IsNull') === '1') continue;
    if (byUid.has(uid) || costs.has(uid)) invalid(`Two resources have UID ${uid}`);
    const type = childText(f, 'Type') ?? '1';
    if (type === '2') {
      costs.add(uid);
      continue;
    }
    const kept = doc.keepsPersonIds ? extendedValue(element, RESOURCE_ID_FIELD.id) : undefined;
    const person: Person = { id: kept ? kept : uid, name: f.get('Name')?.text ?? `Resource ${uid}` };
    const units = readNumber(childText(f, 'MaxUnits'), `Resource ${uid} MaxUnits`);
    const calendarUid = readUid(childText(f, 'CalendarUID'));
    const calendar = calendarUid === undefined ? undefined : calendars.get(calendarUid);
    if (type === '1' && units !== undefined) {
      person.capacity = Math.round(units * workingHoursPerDay(calendar, doc) * 100) / 100;
    }
    if (units !== undefined && units !== 1) person.maxUnits = Math.round(units * 1e6) / 1e4;
    if (calendar !== undefined && calendarUid !== projectCalendarUid && calendar.id !== undefined)
      person.calendarId = calendar.id;
    if (type === '0') person.type = 'material';
    const rate = readNumber(childText(f, 'StandardRate'), `Resource ${uid} StandardRate`);
    if (rate !== undefined && rate > 0) person.costPerHour = rate;
    if (people.some((p) => p.id === person.id)) invalid(`Resource ${uid} repeats the person id ${person.id}`);
    byUid.set(uid, person);
    people.push(person);
  }
  return { people, byUid, costs };
}

function workingHoursPerDay(calendar: CalendarData | undefined, doc: MspDocument): number {
  const hours = calendar?.workingHours;
  if (!hours || hours.length === 0) return doc.minutesPerDay / 60;
  let minutes = 0;
  for (const [from, to] of hours) {
    const [fh = 0, fm = 0] = from.split(':').map(Number);
    const [th = 0, tm = 0] = to.split(':').map(Number);
    minutes += th * 60 + tm - (fh * 60 + fm);
  }
  return minutes / 60;
}

/**
 * The file's assignments: each person is added to the task's `assignees` and listed with units
 * and work. Assignments to the "unassigned" resource, to the project summary and to left-out
 * cost resources are skipped; one naming a task or resource the file does not have is an error.
 */
export function readAssignments(
  list: XmlElement | undefined,
  taskByUid: ReadonlyMap<string, Task>,
  personByUid: ReadonlyMap<string, Person>,
  costs: ReadonlySet<string>,
): Assignment[] {
  const out: Assignment[] = [];
  const seen = new Set<string>();
  for (const assignment of list ? childElements(list, 'Assignment') : []) {
    const taskUid = readUid(childText(assignment, 'TaskUID'));
    const resourceText = childText(assignment, 'ResourceUID');
    if (resourceText === UNASSIGNED_RESOURCE || taskUid === '0') continue;
    const task = taskUid === undefined ? undefined : taskByUid.get(taskUid);
    if (!task)
      invalid(`An assignment names task ${JSON.stringify(taskUid ?? '')}, which the file does not have`);
    const resourceUid = readUid(resourceText) ?? '';
    if (costs.has(resourceUid)) continue;
    const person = personByUid.get(resourceUid);
    if (!person) {
      invalid(
        `An assignment of ${task.id} names resource ${JSON.stringify(resourceText ?? '')}, which the file does not have`,
      );
    }
    task.assignees ??= [];
    if (!task.assignees.includes(person.id)) task.assignees.push(person.id);
    const key = `${task.id}\u0000${person.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const a: Assignment = { taskId: task.id, personId: person.id };
    const uid = readUid(childText(assignment, 'UID'));
    const units = readNumber(childText(assignment, 'Units'), `Assignment ${uid ?? '?'} Units`);
    if (units !== undefined && units >= 0 && units !== 1) a.units = Math.round(units * 1e6) / 1e4;
    const workText = childText(assignment, 'Work');
    const work = workText === undefined ? undefined : parseIsoDuration(workText);
    if (work !== undefined && work > 0) a.work = Math.round((work / 60) * 1e4) / 1e4;
    // Full time without stated work says no more than `assignees` does.
    if (a.units !== undefined || a.work !== undefined) out.push(a);
  }
  return out;
}
