/**
 * `toMSProjectXML`: `ProjectData` → Microsoft Project XML (MSPDI).
 *
 * Writes what Project can hold: the WBS, tasks with dates, durations, milestones, constraints,
 * progress, manual mode, calendars, links with type and lag, people as work resources with
 * their assignments, baselines, task notes and the `deadline` field. Ids that are positive
 * integers become UIDs as they are; otherwise UIDs are numbered 1…n and each task and person
 * keeps its Roadline id in its Text30 field (alias "Roadline ID"), which `fromMSProjectXML`
 * reads back. Every string is escaped.
 */
import { RoadlineError } from '../../model/errors.js';
import type { CalendarData, DurationUnit, Person, ProjectData, Task } from '../../model/types.js';
import { DEFAULT_CALENDAR_DATA, WorkCalendar } from '../../time/calendar.js';
import { formatWallTime, parseWallTime } from '../../time/wall-time.js';
import { assignmentsByTask, type TaskAssignment } from '../../model/assignments.js';
import { xmlField } from '../xml/write.js';
import {
  CONSTRAINT_BY_CODE,
  FORMAT_BY_UNIT,
  LINK_TYPE_BY_CODE,
  RESOURCE_ID_FIELD,
  TASK_ID_FIELD,
} from './codes.js';
import { formatIsoDuration } from './duration.js';
import { calendarXml } from './write-calendar.js';

function invalid(message: string): never {
  throw new RoadlineError('INVALID_DATA', message);
}

function mspDate(value: string, what: string): string {
  const minutes = parseWallTime(value);
  if (minutes === undefined) invalid(`${what} is not a wall-clock date: ${JSON.stringify(value)}`);
  const text = formatWallTime(minutes);
  return text.length === 10 ? `${text}T00:00:00` : `${text}:00`;
}

/** UIDs for ids: the ids themselves when all are distinct positive integers, else 1…n. */
function allocateUids(ids: readonly string[]): { uids: Map<string, number>; renumbered: boolean } {
  const uids = new Map<string, number>();
  const canonical = ids.every((id) => /^[1-9]\d{0,8}$/.test(id));
  if (canonical && new Set(ids).size === ids.length) {
    for (const id of ids) uids.set(id, Number(id));
    return { uids, renumbered: false };
  }
  ids.forEach((id, k) => {
    uids.set(id, k + 1);
  });
  return { uids, renumbered: true };
}

/** Tasks in outline order (parents before children, siblings in array order) with their depth. */
function outlineOrder(tasks: readonly Task[]): { task: Task; level: number; number: string }[] {
  const byId = new Map<string, Task>();
  for (const task of tasks) {
    if (byId.has(task.id)) invalid(`Two tasks have the id ${JSON.stringify(task.id)}`);
    byId.set(task.id, task);
  }
  const children = new Map<string | undefined, Task[]>();
  for (const task of tasks) {
    const parent = task.parentId;
    if (parent !== undefined && !byId.has(parent)) {
      invalid(`Task ${JSON.stringify(task.id)} has a parent ${JSON.stringify(parent)} that does not exist`);
    }
    const list = children.get(parent);
    if (list) list.push(task);
    else children.set(parent, [task]);
  }
  const out: { task: Task; level: number; number: string }[] = [];
  const stack: { list: Task[]; index: number; prefix: string }[] = [
    { list: children.get(undefined) ?? [], index: 0, prefix: '' },
  ];
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    if (!top) break;
    const task = top.list[top.index];
    if (!task) {
      stack.pop();
      continue;
    }
    top.index++;
    const number = `${top.prefix}${top.index}`;
    out.push({ task, level: stack.length, number });
    const kids = children.get(task.id);
    if (kids) stack.push({ list: kids, index: 0, prefix: `${number}.` });
  }
  if (out.length !== tasks.length) {
    const reached = new Set(out.map((o) => o.task.id));
    const lost = tasks.find((t) => !reached.has(t.id));
    invalid(`Task ${JSON.stringify(lost?.id ?? '')} is its own ancestor through parentId`);
  }
  return out;
}

interface Context {
  data: ProjectData;
  taskUids: Map<string, number>;
  personUids: Map<string, number>;
  renumberedTasks: boolean;
  renumberedPeople: boolean;
  calendarUids: Map<string, number>;
  calendarById: Map<string, WorkCalendar>;
  projectCalendar: WorkCalendar;
  baselineNumbers: number[];
  /** Each task's people (assignees and assignments combined), for tasks that have any. */
  staffed: Map<string, TaskAssignment[]>;
}

function calendarOf(ctx: Context, task: Task): WorkCalendar {
  if (task.calendarId === undefined) return ctx.projectCalendar;
  const calendar = ctx.calendarById.get(task.calendarId);
  if (!calendar)
    invalid(
      `Task ${JSON.stringify(task.id)} uses calendar ${JSON.stringify(task.calendarId)}, which is not defined`,
    );
  return calendar;
}

function unitCode(unit: DurationUnit | undefined): number {
  return FORMAT_BY_UNIT[unit ?? 'day'] ?? 7;
}

function linksXml(
  ctx: Context,
  task: Task,
  incoming: Map<string, NonNullable<ProjectData['dependencies']>>,
): string {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const dep of incoming.get(task.id) ?? []) {
    const from = ctx.taskUids.get(dep.from);
    if (from === undefined)
      invalid(`Dependency ${JSON.stringify(dep.id)} starts at an unknown task ${JSON.stringify(dep.from)}`);
    if (seen.has(dep.from)) {
      throw new RoadlineError(
        'UNSUPPORTED',
        `Tasks ${JSON.stringify(dep.from)} and ${JSON.stringify(task.id)} have two links; Project allows one`,
      );
    }
    seen.add(dep.from);
    const type = LINK_TYPE_BY_CODE.indexOf(dep.type ?? 'FS');
    if (type < 0)
      invalid(`Dependency ${JSON.stringify(dep.id)} has an unknown type ${JSON.stringify(dep.type)}`);
    const lag = dep.lag ? calendarOf(ctx, task).toMinutes(dep.lag, dep.lagUnit ?? 'day') : 0;
    out.push(
      `<PredecessorLink>${xmlField('PredecessorUID', from)}${xmlField('Type', type)}<CrossProject>0</CrossProject>` +
        `${xmlField('LinkLag', lag * 10)}${xmlField('LagFormat', unitCode(dep.lagUnit))}</PredecessorLink>`,
    );
  }
  return out.join('');
}

function taskXml(
  ctx: Context,
  row: { task: Task; level: number; number: string },
  position: number,
  isSummary: boolean,
  incoming: Map<string, NonNullable<ProjectData['dependencies']>>,
  notes: Map<string, string[]>,
): string {
  const { task } = row;
  const what = `Task ${JSON.stringify(task.id)}`;
  const uid = ctx.taskUids.get(task.id) ?? 0;
  const parts: string[] = [
    xmlField('UID', uid),
    xmlField('ID', position),
    xmlField('Name', task.name ?? ''),
    '<Active>1</Active>',
    xmlField('Manual', task.manual ? 1 : 0),
    taskTypeXml(task, ctx.staffed.has(task.id)),
    xmlField('WBS', row.number),
    xmlField('OutlineNumber', row.number),
    xmlField('OutlineLevel', row.level),
  ];
  if (task.start !== undefined) parts.push(xmlField('Start', mspDate(task.start, `${what} start`)));
  if (task.end !== undefined) parts.push(xmlField('Finish', mspDate(task.end, `${what} end`)));
  if (!isSummary && task.duration !== undefined) {
    if (!Number.isFinite(task.duration) || task.duration < 0)
      invalid(`${what} has a negative or non-finite duration`);
    const minutes = calendarOf(ctx, task).toMinutes(task.duration, task.durationUnit ?? 'day');
    parts.push(
      xmlField('Duration', formatIsoDuration(minutes)),
      xmlField('DurationFormat', unitCode(task.durationUnit)),
    );
  }
  parts.push('<Estimated>0</Estimated>', xmlField('Milestone', task.type === 'milestone' ? 1 : 0));
  parts.push(xmlField('Summary', isSummary ? 1 : 0));
  const progress = task.progress ?? 0;
  parts.push(xmlField('PercentComplete', Math.round(Math.min(100, Math.max(0, progress)))));
  const constraint = task.constraint;
  const code = constraint ? CONSTRAINT_BY_CODE.indexOf(constraint.type) : 0;
  if (code < 0) invalid(`${what} has an unknown constraint ${JSON.stringify(constraint?.type)}`);
  parts.push(xmlField('ConstraintType', code));
  const calendarUid = task.calendarId === undefined ? -1 : ctx.calendarUids.get(task.calendarId);
  if (calendarUid === undefined)
    invalid(`${what} uses calendar ${JSON.stringify(task.calendarId)}, which is not defined`);
  parts.push(xmlField('CalendarUID', calendarUid));
  if (constraint?.date !== undefined && code >= 2) {
    parts.push(xmlField('ConstraintDate', mspDate(constraint.date, `${what} constraint date`)));
  } else if (code >= 2) invalid(`${what} has a ${constraint?.type} constraint without a date`);
  if (task.deadline !== undefined)
    parts.push(xmlField('Deadline', mspDate(task.deadline, `${what} deadline`)));
  // Tenths of working minutes, shown in days (Microsoft Project's own unit is elapsed days).
  if (task.levelingDelay !== undefined && task.levelingDelay > 0)
    parts.push(
      xmlField('LevelingDelay', Math.round(task.levelingDelay * 10)),
      '<LevelingDelayFormat>7</LevelingDelayFormat>',
    );
  const text = notes.get(task.id);
  if (text) parts.push(xmlField('Notes', text.join('\n\n')));
  parts.push(linksXml(ctx, task, incoming));
  if (ctx.renumberedTasks) {
    parts.push(
      `<ExtendedAttribute>${xmlField('FieldID', TASK_ID_FIELD.id)}${xmlField('Value', task.id)}</ExtendedAttribute>`,
    );
  }
  (ctx.data.baselines ?? []).forEach((baseline, k) => {
    const entry = baseline.tasks[task.id];
    if (!entry || !Object.hasOwn(baseline.tasks, task.id)) return;
    parts.push(
      `<Baseline>${xmlField('Number', ctx.baselineNumbers[k] ?? 0)}${xmlField('Start', mspDate(entry.start, `${what} baseline start`))}` +
        `${xmlField('Finish', mspDate(entry.end, `${what} baseline end`))}</Baseline>`,
    );
  });
  return `<Task>${parts.join('')}</Task>`;
}

function baselineNumbers(data: ProjectData): number[] {
  const used = new Set<number>();
  const numbers: number[] = [];
  const wanted = (data.baselines ?? []).map((b) => {
    if (b.name === 'Baseline') return 0;
    const m = /^Baseline (\d{1,2})$/.exec(b.name);
    return m ? Number(m[1]) : -1;
  });
  for (const n of wanted) if (n >= 0 && n <= 10 && !used.has(n)) used.add(n);
  const claimed = new Set<number>();
  for (const n of wanted) {
    let number = n >= 0 && n <= 10 && !claimed.has(n) ? n : -1;
    for (let k = 0; number < 0 && k <= 10; k++) if (!used.has(k) && !claimed.has(k)) number = k;
    if (number < 0) throw new RoadlineError('UNSUPPORTED', 'Project keeps at most 11 baselines');
    claimed.add(number);
    numbers.push(number);
  }
  return numbers;
}

/** Project's task type (0 fixed units, 1 fixed duration, 2 fixed work) for a task with people; 1 for others. */
function taskTypeXml(task: Task, staffed: boolean): string {
  if (!staffed) return '<Type>1</Type><IsNull>0</IsNull>';
  const type = task.taskType === 'fixed-duration' ? 1 : task.taskType === 'fixed-work' ? 2 : 0;
  return `<Type>${type}</Type><IsNull>0</IsNull><EffortDriven>${task.effortDriven || type === 2 ? 1 : 0}</EffortDriven>`;
}

function resourceXml(ctx: Context, person: Person, position: number, hoursPerDay: number): string {
  const uid = ctx.personUids.get(person.id) ?? 0;
  let units =
    person.maxUnits !== undefined
      ? xmlField('MaxUnits', Math.round(person.maxUnits * 1e4) / 1e6)
      : person.capacity === undefined
        ? ''
        : xmlField('MaxUnits', Math.round((person.capacity / hoursPerDay) * 1e6) / 1e6);
  const calendarUid = person.calendarId === undefined ? undefined : ctx.calendarUids.get(person.calendarId);
  if (calendarUid !== undefined && calendarUid > 0) units += xmlField('CalendarUID', calendarUid);
  if (person.costPerHour !== undefined) units += xmlField('StandardRate', person.costPerHour);
  const type = person.type === 'material' ? 0 : 1;
  const id = ctx.renumberedPeople
    ? `<ExtendedAttribute>${xmlField('FieldID', RESOURCE_ID_FIELD.id)}${xmlField('Value', person.id)}</ExtendedAttribute>`
    : '';
  return `<Resource>${xmlField('UID', uid)}${xmlField('ID', position)}${xmlField('Name', person.name ?? '')}<Type>${type}</Type><IsNull>0</IsNull>${units}${id}</Resource>`;
}

/**
 * Writes `data` as a Microsoft Project XML (MSPDI) document that `fromMSProjectXML` reads back to
 * the same project (for what Project can hold; see the module comment).
 *
 * @throws RoadlineError `INVALID_DATA` for dangling references or malformed dates, `UNSUPPORTED`
 *   for what Project cannot hold (two links between the same tasks, more than 11 baselines).
 */
export function toMSProjectXML(data: ProjectData): string {
  const ordered = outlineOrder(data.tasks ?? []);
  const tasks = ordered.map((o) => o.task);
  const { uids: taskUids, renumbered: renumberedTasks } = allocateUids(tasks.map((t) => t.id));
  const people = data.people ?? [];
  const { uids: personUids, renumbered: renumberedPeople } = allocateUids(people.map((p) => p.id));
  if (personUids.size !== people.length) invalid('Two people have the same id');

  const projectCalendarData: CalendarData = data.calendar ?? DEFAULT_CALENDAR_DATA;
  const projectCalendar = WorkCalendar.from(projectCalendarData, 'calendar');
  const all = [projectCalendarData, ...(data.calendars ?? [])];
  const { uids: calendarNumbers, renumbered: renumberedCalendars } = allocateUids(all.map((c) => c.id ?? ''));
  const calendarUids = new Map<string, number>();
  const calendarById = new Map<string, WorkCalendar>();
  const calendarXmls: string[] = [];
  all.forEach((calendar, k) => {
    const uid = renumberedCalendars ? k + 1 : (calendarNumbers.get(calendar.id ?? '') ?? k + 1);
    const what = k === 0 ? 'The project calendar' : `Calendar ${JSON.stringify(calendar.id ?? k)}`;
    if (calendar.id !== undefined) {
      if (calendarUids.has(calendar.id)) invalid(`Two calendars have the id ${JSON.stringify(calendar.id)}`);
      calendarUids.set(calendar.id, uid);
      calendarById.set(
        calendar.id,
        k === 0 ? projectCalendar : WorkCalendar.from(calendar, `calendars[${k - 1}]`),
      );
    }
    calendarXmls.push(calendarXml(calendar, uid, what));
  });
  const projectCalendarUid = renumberedCalendars
    ? 1
    : (calendarNumbers.get(projectCalendarData.id ?? '') ?? 1);
  // A task on the project calendar writes -1 ("the project's calendar"), as Project does.
  if (projectCalendarData.id !== undefined) calendarUids.set(projectCalendarData.id, -1);

  const ctx: Context = {
    data,
    taskUids,
    personUids,
    renumberedTasks,
    renumberedPeople,
    calendarUids,
    calendarById,
    projectCalendar,
    baselineNumbers: baselineNumbers(data),
    staffed: assignmentsByTask({ tasks: data.tasks ?? [], assignments: data.assignments ?? [] }),
  };
  const incoming = new Map<string, NonNullable<ProjectData['dependencies']>>();
  for (const dep of data.dependencies ?? []) {
    if (!taskUids.has(dep.to))
      invalid(`Dependency ${JSON.stringify(dep.id)} ends at an unknown task ${JSON.stringify(dep.to)}`);
    const list = incoming.get(dep.to);
    if (list) list.push(dep);
    else incoming.set(dep.to, [dep]);
  }
  const notes = new Map<string, string[]>();
  for (const note of data.notes ?? []) {
    if (note.taskId === undefined) continue;
    const list = notes.get(note.taskId);
    if (list) list.push(note.text);
    else notes.set(note.taskId, [note.text]);
  }

  const hasChildren = new Set<string>();
  for (const task of tasks) if (task.parentId !== undefined) hasChildren.add(task.parentId);
  const taskXmls = ordered.map((row, k) =>
    taskXml(ctx, row, k + 1, hasChildren.has(row.task.id), incoming, notes),
  );

  const hoursPerDay = projectCalendar.hoursPerDay;
  const minutesPerDay = Math.round(hoursPerDay * 60);
  const header: string[] = [
    '<SaveVersion>14</SaveVersion>',
    xmlField('Name', data.id ?? ''),
    xmlField('Title', data.name ?? ''),
  ];
  const firstNote = (data.notes ?? [])[0];
  if (firstNote)
    header.push(xmlField('CreationDate', mspDate(firstNote.createdAt, 'The first note createdAt')));
  const firstBaseline = (data.baselines ?? [])[0];
  if (firstBaseline)
    header.push(xmlField('LastSaved', mspDate(firstBaseline.takenAt, 'The first baseline takenAt')));
  header.push('<ScheduleFromStart>1</ScheduleFromStart>');
  if (data.start !== undefined) header.push(xmlField('StartDate', mspDate(data.start, 'The project start')));
  header.push(
    xmlField('CalendarUID', projectCalendarUid),
    xmlField('MinutesPerDay', minutesPerDay),
    xmlField('MinutesPerWeek', Math.round(projectCalendar.minutesPer('week'))),
    '<DaysPerMonth>20</DaysPerMonth>',
  );
  const attributes: string[] = [];
  if (renumberedTasks) attributes.push(fieldDeclaration(TASK_ID_FIELD));
  if (renumberedPeople) attributes.push(fieldDeclaration(RESOURCE_ID_FIELD));
  header.push(`<ExtendedAttributes>${attributes.join('')}</ExtendedAttributes>`);

  const summary =
    `<Task><UID>0</UID><ID>0</ID>${xmlField('Name', data.name ?? '')}<Type>1</Type><IsNull>0</IsNull>` +
    '<OutlineNumber>0</OutlineNumber><OutlineLevel>0</OutlineLevel>' +
    (data.start !== undefined ? xmlField('Start', mspDate(data.start, 'The project start')) : '') +
    '<Summary>1</Summary><ConstraintType>0</ConstraintType><CalendarUID>-1</CalendarUID></Task>';
  const resources = people.map((p, k) => resourceXml(ctx, p, k + 1, hoursPerDay));
  const assignments: string[] = [];
  for (const task of tasks) {
    for (const a of ctx.staffed.get(task.id) ?? []) {
      const resourceUid = personUids.get(a.personId);
      if (resourceUid === undefined)
        invalid(
          `Task ${JSON.stringify(task.id)} is assigned to an unknown person ${JSON.stringify(a.personId)}`,
        );
      const work = a.work === undefined ? '' : xmlField('Work', formatIsoDuration(a.work * 60));
      assignments.push(
        `<Assignment>${xmlField('UID', assignments.length + 1)}${xmlField('TaskUID', taskUids.get(task.id) ?? 0)}` +
          `${xmlField('ResourceUID', resourceUid)}${xmlField('Units', Math.round(a.units * 1e4) / 1e6)}${work}</Assignment>`,
      );
    }
  }
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<Project xmlns="http://schemas.microsoft.com/project">' +
    header.join('') +
    `<Calendars>${calendarXmls.join('')}</Calendars>` +
    `<Tasks>${summary}${taskXmls.join('')}</Tasks>` +
    `<Resources>${resources.join('')}</Resources>` +
    `<Assignments>${assignments.join('')}</Assignments>` +
    '</Project>\n'
  );
}

function fieldDeclaration(field: { id: string; name: string; alias: string }): string {
  return `<ExtendedAttribute>${xmlField('FieldID', field.id)}${xmlField('FieldName', field.name)}${xmlField('Alias', field.alias)}</ExtendedAttribute>`;
}
