/**
 * `importMSProjectXML`: Microsoft Project XML (MSPDI) → `ProjectData` and the warnings of what it
 * could only approximate; `fromMSProjectXML`, the data alone (the contract's signature).
 *
 * Every task keeps the file's UID as its id (or the Roadline id a Roadline export stored), so
 * results trace back to the file. Each task keeps the Start and Finish Project computed as `start`
 * and `end`, with its `duration`; for a task with predecessors the engine recomputes the dates from
 * the links, so the file's dates matter only for tasks that anchor themselves. What Roadline
 * cannot represent exactly (elapsed durations and lags, percent lags, inactive and external
 * tasks, links into other projects, built-in calendars the file does not contain, projects
 * scheduled from the finish) is imported as the closest equivalent and listed, task by task, in
 * a warning (`issues.ts`); only input that cannot be read at all is refused. See
 * `docs/import-export.md`, "Microsoft Project".
 */
import type { Baseline, Dependency, Note, ProjectData, Task } from '../../model/types.js';
import { formatWallTime, parseWallTime } from '../../time/wall-time.js';
import { childElements, childText } from '../xml/query.js';
import { elapsedDurationToWorking, showElapsed, workingUnitOfElapsed } from './approximate.js';
import { readCalendars } from './calendars.js';
import { CONSTRAINT_BY_CODE, isElapsedFormat, unitOfFormat } from './codes.js';
import { invalid, ReadContext, readNumber, readWall, showAmount, toUnit } from './context.js';
import { parseIsoDuration } from './duration.js';
import { openMspDocument, readUid } from './header.js';
import { IssueLog, type MSProjectImportIssue, MSProjectIssueCode } from './issues.js';
import { readLinks } from './links.js';
import { readAssignments, readPeople } from './resources.js';
import { type MspTaskRow, readTaskRows } from './task-rows.js';

export { readWall } from './context.js';

/** What `importMSProjectXML` returns: the project, and a warning per kind of approximation. */
export interface MSProjectImport {
  data: ProjectData;
  issues: MSProjectImportIssue[];
}

/** What reading the tasks gathers for the link reader. */
interface TaskState {
  byUid: Map<string, Task>;
  inactive: Set<string>;
  workMinutes: Map<string, number>;
}

function readDuration(row: MspTaskRow, task: Task, ctx: ReadContext, state: TaskState): void {
  const f = row.fields;
  const durationText = childText(f, 'Duration');
  const format = readNumber(childText(f, 'DurationFormat'), `${row.label} DurationFormat`);
  if (durationText === undefined) return;
  const read = parseIsoDuration(durationText);
  if (read === undefined || read < 0) {
    invalid(`${row.label} has a malformed Duration ${JSON.stringify(durationText)}`);
  }
  let minutes = read;
  let preferred = format === undefined ? undefined : unitOfFormat(format);
  if (format !== undefined && isElapsedFormat(format)) {
    const start = task.start === undefined ? undefined : parseWallTime(task.start);
    const calendar = ctx.workCalendar(task.calendarId);
    minutes = elapsedDurationToWorking(read, start, calendar, ctx.doc.minutesPerWeek);
    preferred = workingUnitOfElapsed(format);
    ctx.log.add(
      MSProjectIssueCode.ELAPSED_DURATION,
      `${row.label} ${showElapsed(read, format)} \u2192 ${showAmount(toUnit(minutes, preferred, ctx.doc))}`,
      row.id,
    );
  }
  state.workMinutes.set(row.uid, minutes);
  const { value, unit } = toUnit(minutes, preferred, ctx.doc);
  task.duration = value;
  task.durationUnit = unit;
}

/** A leveling delay: the task keeps the start it gave, as a start-no-earlier-than constraint. */
function readLevelingDelay(row: MspTaskRow, task: Task, ctx: ReadContext): void {
  const tenths = readNumber(childText(row.fields, 'LevelingDelay'), `${row.label} LevelingDelay`) ?? 0;
  if (tenths === 0) return;
  const format =
    readNumber(childText(row.fields, 'LevelingDelayFormat'), `${row.label} LevelingDelayFormat`) ?? 8;
  const minutes = Math.round(tenths / 10);
  const shown = isElapsedFormat(format)
    ? showElapsed(minutes, format)
    : showAmount(toUnit(minutes, unitOfFormat(format), ctx.doc));
  let kept = 'kept without it';
  if (task.constraint === undefined && !task.manual && task.start !== undefined) {
    task.constraint = { type: 'SNET', date: task.start };
    kept = `starts no earlier than ${task.start}`;
  }
  ctx.log.add(MSProjectIssueCode.LEVELING_DELAY, `${row.label}, delayed ${shown}, ${kept}`, row.id);
}

function readTask(
  row: MspTaskRow,
  parentId: string | undefined,
  isSummary: boolean,
  ctx: ReadContext,
  state: TaskState,
): Task {
  const f = row.fields;
  const task: Task = { id: row.id, name: row.name };
  if (parentId !== undefined) task.parentId = parentId;
  const start = readWall(childText(f, 'Start'), `${row.label} Start`);
  const end = readWall(childText(f, 'Finish'), `${row.label} Finish`);
  if (start !== undefined) task.start = start;
  if (end !== undefined) task.end = end;
  const calendarUid = readUid(childText(f, 'CalendarUID'));
  if (calendarUid !== undefined && calendarUid !== ctx.projectCalendarUid) {
    ctx.requireCalendar(calendarUid, `${row.label} uses calendar ${calendarUid}`, row.id);
    task.calendarId = calendarUid;
  }
  if (isSummary) {
    const text = childText(f, 'Duration');
    const minutes = text === undefined ? undefined : parseIsoDuration(text);
    if (minutes !== undefined && minutes >= 0) state.workMinutes.set(row.uid, minutes);
  } else {
    readDuration(row, task, ctx, state);
    const taskType = childText(f, 'Type');
    if (taskType === '1') task.taskType = 'fixed-duration';
    else if (taskType === '2') task.taskType = 'fixed-work';
    if (childText(f, 'EffortDriven') === '1' && taskType !== '2') task.effortDriven = true;
    const milestone = childText(f, 'Milestone');
    const zero = task.duration === undefined || task.duration === 0;
    if (zero && (milestone === '1' || (milestone === undefined && task.duration === 0)))
      task.type = 'milestone';
    else if (milestone === '1' && task.duration !== undefined) {
      const amount = showAmount({ value: task.duration, unit: task.durationUnit ?? 'day' });
      ctx.log.add(MSProjectIssueCode.MILESTONE_WITH_DURATION, `${row.label} takes ${amount}`, row.id);
    }
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
  const dates = `${start ?? '?'} \u2013 ${end ?? '?'}`;
  if (childText(f, 'Active') === '0') {
    task.manual = true;
    state.inactive.add(row.uid);
    ctx.log.add(MSProjectIssueCode.INACTIVE_TASK, `${row.label} is a manual task at ${dates}`, row.id);
  }
  const external = childText(f, 'ExternalTask') === '1';
  if (external || childText(f, 'IsSubproject') === '1') {
    const kind = external ? 'an external task' : 'a subproject';
    // A subproject inserted with its tasks is a summary of them; its dates roll up.
    if (!isSummary) task.manual = true;
    const as = isSummary ? 'the summary of its tasks' : `a manual task at ${dates}`;
    ctx.log.add(MSProjectIssueCode.EXTERNAL_TASK, `${row.label}, ${kind}, is ${as}`, row.id);
  }
  readLevelingDelay(row, task, ctx);
  const deadline = readWall(childText(f, 'Deadline'), `${row.label} Deadline`);
  if (deadline !== undefined) task.deadline = deadline;
  return task;
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

/** A header date for a message: as Roadline writes it, or `?` when absent or malformed. */
function shownDate(text: string | undefined): string {
  const minutes = text === undefined ? undefined : parseWallTime(text);
  return minutes === undefined ? '?' : formatWallTime(minutes);
}

/** The project calendar: the one the header names (a built-in when absent), else the first. */
function resolveProjectCalendar(ctx: ReadContext): void {
  const { doc, calendars } = ctx;
  const uid = readUid(childText(doc.header, 'CalendarUID'));
  if (uid !== undefined) {
    ctx.projectCalendar = ctx.requireCalendar(uid, `the project calendar ${uid}`);
    ctx.projectCalendarUid = uid;
    return;
  }
  const first = calendars.entries().next();
  if (!first.done) {
    ctx.projectCalendarUid = first.value[0];
    ctx.projectCalendar = first.value[1];
    return;
  }
  ctx.projectCalendar = {
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
}

/**
 * Reads a Microsoft Project XML (MSPDI) document into `ProjectData`, with a warning for each kind
 * of content it imported as the closest Roadline equivalent.
 *
 * Mapping: tasks by UID (the project summary task, UID 0, gives the project name), WBS from
 * `OutlineLevel`, milestones, durations in the unit the file displays, constraints, predecessor
 * links with type and lag, calendars (flattened; recurring exceptions expanded), the project
 * calendar, resources as people (capacity = MaxUnits × the resource calendar's hours per day),
 * assignments as assignees, baselines (Number 0 is "Baseline", n is "Baseline n"), percent
 * complete as progress, deadlines as each task's `deadline`, task notes as notes.
 *
 * Approximated, each listed in `issues` (codes in {@link MSProjectIssueCode}): calendars the file
 * names without containing them (Project's built-ins) as Project's Standard calendar; elapsed
 * durations and lags as the working time they span where the file places them; percent lags as
 * that share of the predecessor's duration; inactive, external and subproject tasks as manual
 * tasks at their dates; links into other projects left out; a project scheduled from its finish
 * as dated.
 *
 * @throws RoadlineError `INVALID_XML` for malformed XML (with line and column), `INVALID_DATA`
 *   for a document that is not MSPDI or has inconsistent content (a link or assignment naming a
 *   task the file does not have, a malformed date or duration, …), naming the task or field;
 *   `UNSUPPORTED` only for calendar recurrences too long to expand.
 */
export function importMSProjectXML(xml: string): MSProjectImport {
  const doc = openMspDocument(xml);
  const h = doc.header;
  const log = new IssueLog();
  if (childText(h, 'ScheduleFromStart') === '0') {
    const dates = `${shownDate(childText(h, 'StartDate'))} \u2013 ${shownDate(childText(h, 'FinishDate'))}`;
    log.add(MSProjectIssueCode.SCHEDULED_FROM_FINISH, `the project spans ${dates}`);
  }
  const basedOnBuiltIn = new Set<string>();
  const calendars = readCalendars(
    h.get('Calendars'),
    { minutesPerDay: doc.minutesPerDay, minutesPerWeek: doc.minutesPerWeek },
    log,
    basedOnBuiltIn,
  );
  const ctx = new ReadContext(doc, calendars, log, basedOnBuiltIn);
  resolveProjectCalendar(ctx);
  const calendar = ctx.projectCalendar;
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
  const state: TaskState = { byUid: new Map(), inactive: new Set(), workMinutes: new Map() };
  const taskByUid = state.byUid;
  for (const row of rows.rows) {
    if (row.level > outline.length + 1) {
      invalid(`${row.label} is at outline level ${row.level} below a task at level ${outline.length}`);
    }
    outline.length = row.level - 1;
    const task = readTask(row, outline[outline.length - 1], isSummary.has(row), ctx, state);
    outline.push(row.id);
    tasks.push(task);
    taskByUid.set(row.uid, task);
    readBaselines(row, baselineTasks);
    const noteText = row.fields.get('Notes')?.text;
    if (noteText !== undefined && noteText.trim() !== '') {
      notes.push({ id: `note-${row.uid}`, taskId: row.id, text: noteText, createdAt });
    }
  }
  // After every task, so a link can count from a predecessor further down the file.
  for (const row of rows.rows) dependencies.push(...readLinks(row, rows, state, ctx));
  if (rows.projectRow) {
    for (const link of childElements(rows.projectRow.element, 'PredecessorLink')) {
      const pred = readUid(childText(link, 'PredecessorUID')) ?? '?';
      log.add(MSProjectIssueCode.PROJECT_SUMMARY_LINK, `the link from task ${pred} was left out`);
    }
  }

  const { people, byUid: personByUid, costs } = readPeople(doc, calendars, ctx.projectCalendarUid);
  const assignments = readAssignments(h.get('Assignments'), taskByUid, personByUid, costs);
  // A task type only matters with people on the task; elsewhere it is noise (Roadline's own export writes 1).
  for (const task of tasks) {
    if (task.assignees !== undefined) continue;
    delete task.taskType;
    delete task.effortDriven;
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
  if (assignments.length > 0) data.assignments = assignments;
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
  return { data, issues: log.issues() };
}

/**
 * Reads a Microsoft Project XML (MSPDI) document into `ProjectData`: {@link importMSProjectXML}'s
 * data, for a host that does not show the warnings (call that to list what was approximated).
 *
 * @throws RoadlineError as {@link importMSProjectXML}.
 */
export function fromMSProjectXML(xml: string): ProjectData {
  return importMSProjectXML(xml).data;
}
