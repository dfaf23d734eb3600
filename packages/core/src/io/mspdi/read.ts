/**
 * `fromMSProjectXML`: Microsoft Project XML (MSPDI) → `ProjectData`.
 *
 * Every task keeps the file's UID as its id (or the Roadline id a Roadline export stored), so
 * results trace back to the file. Each task keeps the Start and Finish Project computed as `start`
 * and `end`, with its `duration`; for a task with predecessors the engine recomputes the dates from
 * the links, so the file's dates matter only for tasks that anchor themselves. What Roadline
 * cannot represent faithfully (elapsed durations and lags, percent lags, inactive tasks,
 * projects scheduled from the finish, external links) is refused with `UNSUPPORTED`, never
 * dropped. See `docs/scheduling.md`, "Conformance with Microsoft Project".
 */
import { RoadlineError } from '../../model/errors.js';
import type {
  Baseline,
  CalendarData,
  Dependency,
  DurationUnit,
  FieldDef,
  Note,
  Person,
  ProjectData,
  Task,
} from '../../model/types.js';
import { formatWallTime, parseWallTime } from '../../time/wall-time.js';
import { childElements, childText, indexChildren } from '../xml/query.js';
import { readCalendars } from './calendars.js';
import {
  CONSTRAINT_BY_CODE,
  isElapsedFormat,
  isPercentFormat,
  LINK_TYPE_BY_CODE,
  RESOURCE_ID_FIELD,
  unitOfFormat,
} from './codes.js';
import { parseIsoDuration } from './duration.js';
import { extendedValue, type MspDocument, openMspDocument, readUid } from './header.js';
import { type MspTaskRow, readTaskRows } from './task-rows.js';

/** The custom field that carries a task's Project deadline. */
export const DEADLINE_FIELD: FieldDef = { id: 'deadline', label: 'Deadline', type: 'date' };

const UNASSIGNED_RESOURCE = '-65535';

function invalid(message: string): never {
  throw new RoadlineError('INVALID_DATA', message);
}

function unsupported(message: string): never {
  throw new RoadlineError('UNSUPPORTED', message);
}

/** A wall-clock string from an MSPDI date-time, or `undefined` when absent. */
export function readWall(text: string | undefined, what: string): string | undefined {
  if (text === undefined) return undefined;
  const minutes = parseWallTime(text);
  if (minutes === undefined) return invalid(`${what} has a malformed date ${JSON.stringify(text)}`);
  return formatWallTime(minutes);
}

function readNumber(text: string | undefined, what: string): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!Number.isFinite(value)) return invalid(`${what} is ${JSON.stringify(text)}, not a number`);
  return value;
}

/** Minutes of working time per unit, with the file's day and week lengths. */
function unitMinutes(unit: DurationUnit, doc: MspDocument): number {
  if (unit === 'minute') return 1;
  if (unit === 'hour') return 60;
  if (unit === 'day') return doc.minutesPerDay;
  return doc.minutesPerWeek;
}

/**
 * Expresses `minutes` in the unit the file displays it in when that is exact, else in the largest
 * unit that is exact, so nothing is rounded.
 */
function toUnit(minutes: number, preferred: DurationUnit | undefined, doc: MspDocument) {
  const order: DurationUnit[] = ['week', 'day', 'hour', 'minute'];
  const candidates = preferred ? [preferred, ...order] : ['day', 'hour', 'minute'];
  for (const unit of candidates as DurationUnit[]) {
    const size = unitMinutes(unit, doc);
    if (minutes % size === 0) return { value: minutes / size, unit };
  }
  return { value: minutes, unit: 'minute' as DurationUnit };
}

function readTask(
  row: MspTaskRow,
  parentId: string | undefined,
  isSummary: boolean,
  doc: MspDocument,
  projectCalendarUid: string | undefined,
  calendars: ReadonlyMap<string, CalendarData>,
): Task {
  const f = row.fields;
  if (childText(f, 'Active') === '0') unsupported(`${row.label} is inactive; Roadline has no inactive tasks`);
  if (childText(f, 'ExternalTask') === '1' || childText(f, 'IsSubproject') === '1') {
    unsupported(`${row.label} is an external task or subproject`);
  }
  const task: Task = { id: row.id, name: row.name };
  if (parentId !== undefined) task.parentId = parentId;
  const start = readWall(childText(f, 'Start'), `${row.label} Start`);
  const end = readWall(childText(f, 'Finish'), `${row.label} Finish`);
  if (start !== undefined) task.start = start;
  if (end !== undefined) task.end = end;
  if (!isSummary) {
    const durationText = childText(f, 'Duration');
    const format = readNumber(childText(f, 'DurationFormat'), `${row.label} DurationFormat`);
    if (format !== undefined && isElapsedFormat(format)) {
      unsupported(`${row.label} has an elapsed duration; Roadline durations are working time`);
    }
    if (durationText !== undefined) {
      const minutes = parseIsoDuration(durationText);
      if (minutes === undefined || minutes < 0) {
        invalid(`${row.label} has a malformed Duration ${JSON.stringify(durationText)}`);
      }
      const { value, unit } = toUnit(minutes, format === undefined ? undefined : unitOfFormat(format), doc);
      task.duration = value;
      task.durationUnit = unit;
    }
    const milestone = childText(f, 'Milestone');
    const zero = task.duration === undefined || task.duration === 0;
    if (zero && (milestone === '1' || (milestone === undefined && task.duration === 0)))
      task.type = 'milestone';
  }
  const progress = readNumber(childText(f, 'PercentComplete'), `${row.label} PercentComplete`);
  if (progress !== undefined && progress !== 0) task.progress = Math.min(100, Math.max(0, progress));
  const constraintText = childText(f, 'ConstraintType');
  if (constraintText !== undefined && constraintText !== '0') {
    const type = CONSTRAINT_BY_CODE[Number(constraintText)];
    if (type === undefined)
      invalid(`${row.label} has an unknown ConstraintType ${JSON.stringify(constraintText)}`);
    const date = readWall(childText(f, 'ConstraintDate'), `${row.label} ConstraintDate`);
    if (type !== 'ALAP' && date === undefined)
      invalid(`${row.label} has a ${type} constraint without a date`);
    task.constraint = type === 'ALAP' ? { type } : { type, date: date as string };
  }
  if (childText(f, 'Manual') === '1') task.manual = true;
  const calendarUid = readUid(childText(f, 'CalendarUID'));
  if (calendarUid !== undefined && calendarUid !== projectCalendarUid) {
    if (!calendars.has(calendarUid))
      invalid(`${row.label} uses calendar ${calendarUid}, which the file does not define`);
    task.calendarId = calendarUid;
  }
  const deadline = readWall(childText(f, 'Deadline'), `${row.label} Deadline`);
  if (deadline !== undefined) task.fields = { [DEADLINE_FIELD.id]: deadline };
  return task;
}

function readLinks(row: MspTaskRow, rows: ReturnType<typeof readTaskRows>, doc: MspDocument): Dependency[] {
  const out: Dependency[] = [];
  for (const link of childElements(row.element, 'PredecessorLink')) {
    const predUid = readUid(childText(link, 'PredecessorUID'));
    const what = `${row.label} predecessor link from task ${predUid ?? '?'}`;
    if (childText(link, 'CrossProject') === '1') unsupported(`${what} points into another project`);
    const pred = predUid === undefined ? undefined : rows.byUid.get(predUid);
    if (!pred || pred === rows.projectRow) invalid(`${what} names a task the file does not have`);
    const typeText = childText(link, 'Type') ?? '1';
    const type = LINK_TYPE_BY_CODE[Number(typeText)];
    if (type === undefined) invalid(`${what} has an unknown Type ${JSON.stringify(typeText)}`);
    const dependency: Dependency = { id: `${pred.uid}-${row.uid}`, from: pred.id, to: row.id, type };
    const tenths = readNumber(childText(link, 'LinkLag'), `${what} LinkLag`) ?? 0;
    if (tenths !== 0) {
      const format = readNumber(childText(link, 'LagFormat'), `${what} LagFormat`) ?? 7;
      if (isPercentFormat(format)) unsupported(`${what} has a percent lag; Roadline lags are working time`);
      if (isElapsedFormat(format)) unsupported(`${what} has an elapsed lag; Roadline lags are working time`);
      const minutes = Math.round(tenths / 10);
      const { value, unit } = toUnit(minutes, unitOfFormat(format), doc);
      dependency.lag = value;
      dependency.lagUnit = unit;
    }
    out.push(dependency);
  }
  return out;
}

function readBaselines(row: MspTaskRow, into: Map<number, Baseline['tasks']>): void {
  for (const baseline of childElements(row.element, 'Baseline')) {
    const number = Number(childText(baseline, 'Number') ?? '0');
    if (!Number.isInteger(number) || number < 0 || number > 10) {
      invalid(`${row.label} has a baseline with Number ${JSON.stringify(childText(baseline, 'Number'))}`);
    }
    const start = readWall(childText(baseline, 'Start'), `${row.label} baseline ${number} Start`);
    const end = readWall(childText(baseline, 'Finish'), `${row.label} baseline ${number} Finish`);
    if (start === undefined || end === undefined) continue;
    let tasks = into.get(number);
    if (!tasks) {
      tasks = Object.create(null) as Baseline['tasks'];
      into.set(number, tasks);
    }
    tasks[row.id] = { start, end };
  }
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

function readPeople(doc: MspDocument, calendars: ReadonlyMap<string, CalendarData>) {
  const people: Person[] = [];
  const byUid = new Map<string, Person>();
  const resources = doc.header.get('Resources');
  for (const element of resources ? childElements(resources, 'Resource') : []) {
    const f = indexChildren(element);
    const uid = readUid(childText(f, 'UID'));
    if (uid === undefined)
      invalid(`A resource has an invalid UID ${JSON.stringify(childText(f, 'UID') ?? '')}`);
    if (uid === '0' || childText(f, 'IsNull') === '1') continue;
    if (byUid.has(uid)) invalid(`Two resources have UID ${uid}`);
    const kept = doc.keepsPersonIds ? extendedValue(element, RESOURCE_ID_FIELD.id) : undefined;
    const person: Person = { id: kept ? kept : uid, name: f.get('Name')?.text ?? `Resource ${uid}` };
    const type = childText(f, 'Type') ?? '1';
    const units = readNumber(childText(f, 'MaxUnits'), `Resource ${uid} MaxUnits`);
    if (type === '1' && units !== undefined) {
      const calendarUid = readUid(childText(f, 'CalendarUID'));
      const calendar = calendarUid === undefined ? undefined : calendars.get(calendarUid);
      person.capacity = Math.round(units * workingHoursPerDay(calendar, doc) * 100) / 100;
    }
    if (people.some((p) => p.id === person.id)) invalid(`Resource ${uid} repeats the person id ${person.id}`);
    byUid.set(uid, person);
    people.push(person);
  }
  return { people, byUid };
}

function projectCalendar(doc: MspDocument, calendars: Map<string, CalendarData>) {
  const uid = readUid(childText(doc.header, 'CalendarUID'));
  if (uid !== undefined && calendars.has(uid)) return { uid, calendar: calendars.get(uid) };
  if (uid !== undefined && calendars.size > 0)
    invalid(`The project calendar ${uid} is not defined in the file`);
  const first = calendars.entries().next();
  if (!first.done) return { uid: first.value[0], calendar: first.value[1] };
  const standard: CalendarData = {
    id: 'standard',
    name: 'Standard',
    workingDays: [1, 2, 3, 4, 5],
    workingHours: [
      ['08:00', '12:00'],
      ['13:00', '17:00'],
    ],
    hoursPerDay: doc.minutesPerDay / 60,
    daysPerWeek: doc.minutesPerWeek / doc.minutesPerDay,
  };
  return { uid: undefined, calendar: standard };
}

/**
 * Reads a Microsoft Project XML (MSPDI) document into `ProjectData`.
 *
 * Mapping: tasks by UID (the project summary task, UID 0, gives the project name), WBS from
 * `OutlineLevel`, milestones, durations in the unit the file displays, constraints, predecessor
 * links with type and lag, calendars (flattened; recurring exceptions expanded), the project
 * calendar, resources as people (capacity = MaxUnits × the resource calendar's hours per day),
 * assignments as assignees, baselines (Number 0 is "Baseline", n is "Baseline n"), percent
 * complete as progress, deadlines as the `deadline` field, task notes as notes.
 *
 * @throws RoadlineError `INVALID_XML` for malformed XML (with line and column), `INVALID_DATA`
 *   for a document that is not MSPDI or has inconsistent content, `UNSUPPORTED` for content
 *   Roadline cannot represent, naming the task or field.
 */
export function fromMSProjectXML(xml: string): ProjectData {
  const doc = openMspDocument(xml);
  const h = doc.header;
  if (childText(h, 'ScheduleFromStart') === '0') {
    unsupported('The project is scheduled from its finish date; Roadline schedules from the start');
  }
  const calendars = readCalendars(h.get('Calendars'), {
    minutesPerDay: doc.minutesPerDay,
    minutesPerWeek: doc.minutesPerWeek,
  });
  const { uid: projectCalendarUid, calendar } = projectCalendar(doc, calendars);
  const rows = readTaskRows(doc);

  const isSummary = new Set<MspTaskRow>();
  for (let i = 0; i + 1 < rows.rows.length; i++) {
    const row = rows.rows[i];
    const next = rows.rows[i + 1];
    if (row && next && next.level > row.level) isSummary.add(row);
  }
  const tasks: Task[] = [];
  const dependencies: Dependency[] = [];
  const baselineTasks = new Map<number, Baseline['tasks']>();
  const notes: Note[] = [];
  const createdAt =
    readWall(childText(h, 'CreationDate'), 'Project CreationDate') ??
    readWall(childText(h, 'StartDate'), 'Project StartDate') ??
    '1970-01-01';
  const outline: string[] = [];
  const taskByUid = new Map<string, Task>();
  for (const row of rows.rows) {
    if (row.level > outline.length + 1) {
      invalid(`${row.label} is at outline level ${row.level} below a task at level ${outline.length}`);
    }
    outline.length = row.level - 1;
    const task = readTask(
      row,
      outline[outline.length - 1],
      isSummary.has(row),
      doc,
      projectCalendarUid,
      calendars,
    );
    outline.push(row.id);
    tasks.push(task);
    taskByUid.set(row.uid, task);
    dependencies.push(...readLinks(row, rows, doc));
    readBaselines(row, baselineTasks);
    const noteText = row.fields.get('Notes')?.text;
    if (noteText !== undefined && noteText.trim() !== '') {
      notes.push({ id: `note-${row.uid}`, taskId: row.id, text: noteText, createdAt });
    }
  }
  if (rows.projectRow) {
    for (const _link of childElements(rows.projectRow.element, 'PredecessorLink')) {
      unsupported(`${rows.projectRow.label}, the project summary task, has a predecessor link`);
    }
  }

  const { people, byUid: personByUid } = readPeople(doc, calendars);
  const assignments = h.get('Assignments');
  for (const assignment of assignments ? childElements(assignments, 'Assignment') : []) {
    const taskUid = readUid(childText(assignment, 'TaskUID'));
    const resourceText = childText(assignment, 'ResourceUID');
    if (resourceText === UNASSIGNED_RESOURCE || taskUid === '0') continue;
    const task = taskUid === undefined ? undefined : taskByUid.get(taskUid);
    if (!task)
      invalid(`An assignment names task ${JSON.stringify(taskUid ?? '')}, which the file does not have`);
    const person = personByUid.get(readUid(resourceText) ?? '');
    if (!person)
      invalid(
        `An assignment of ${task.id} names resource ${JSON.stringify(resourceText ?? '')}, which the file does not have`,
      );
    task.assignees ??= [];
    if (!task.assignees.includes(person.id)) task.assignees.push(person.id);
  }

  const name =
    childText(h, 'Title') ??
    (rows.projectRow?.name || undefined) ??
    childText(h, 'Name') ??
    'Untitled project';
  const data: ProjectData = {
    id: childText(h, 'GUID') ?? childText(h, 'Name') ?? name,
    name,
    tasks,
  };
  const start = readWall(childText(h, 'StartDate'), 'Project StartDate');
  if (start !== undefined) data.start = start;
  if (calendar) data.calendar = calendar;
  const others = [...calendars.values()].filter((c) => c !== calendar);
  if (others.length > 0) data.calendars = others;
  if (people.length > 0) data.people = people;
  if (dependencies.length > 0) data.dependencies = dependencies;
  if (baselineTasks.size > 0) {
    const takenAt = readWall(childText(h, 'LastSaved'), 'Project LastSaved') ?? createdAt;
    data.baselines = [...baselineTasks.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([n, t]) => ({
        id: `baseline-${n}`,
        name: n === 0 ? 'Baseline' : `Baseline ${n}`,
        takenAt,
        tasks: t,
      }));
  }
  if (notes.length > 0) data.notes = notes;
  if (tasks.some((t) => t.fields !== undefined)) data.fields = [{ ...DEADLINE_FIELD }];
  return data;
}
