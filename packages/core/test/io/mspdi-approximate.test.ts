/**
 * `importMSProjectXML` on content Roadline can only approximate: it imports the closest equivalent
 * and lists every task affected in one warning per kind, never refusing the file.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MSProjectIssueCode } from '../../src/io/mspdi/issues.js';
import { fromMSProjectXML, importMSProjectXML } from '../../src/io/mspdi/read.js';
import { toMSProjectXML } from '../../src/io/mspdi/write.js';
import type { ProjectData } from '../../src/model/types.js';
import { schedule } from '../../src/schedule/index.js';
import { link, project, STANDARD_WEEK, task } from './mspdi-fixtures.js';

const STANDARD_HOURS: [string, string][] = [
  ['08:00', '12:00'],
  ['13:00', '17:00'],
];

const STANDARD = `<Calendar><UID>1</UID><Name>Standard</Name><BaseCalendarUID>-1</BaseCalendarUID>${STANDARD_WEEK}</Calendar>`;
const CALENDARS = `<Calendars>${STANDARD}</Calendars>`;

/** A leaf task with dates and a duration in working hours. */
function leaf(uid: number, name: string, start: string, finish: string, hours: number, extra = ''): string {
  return task(
    uid,
    1,
    name,
    `<Start>${start}T08:00:00</Start><Finish>${finish}T17:00:00</Finish><Duration>PT${hours}H0M0S</Duration>` +
      `<DurationFormat>7</DurationFormat><Milestone>0</Milestone>${extra}`,
  );
}

function issue(issues: ReturnType<typeof importMSProjectXML>['issues'], code: string) {
  const found = issues.find((i) => i.code === code);
  assert.ok(found, `a ${code} warning among ${JSON.stringify(issues.map((i) => i.code))}`);
  assert.equal(found.severity, 'warning');
  return found;
}

/** Writes the data and reads it back: what was imported is kept, and needs no warning again. */
function roundTrips(data: ProjectData): void {
  const back = importMSProjectXML(toMSProjectXML(data));
  assert.deepEqual(back.issues, []);
  assert.deepEqual(JSON.parse(JSON.stringify(back.data)), JSON.parse(JSON.stringify(data)));
}

describe('importMSProjectXML approximations', () => {
  it('reads calendars the file names but does not contain as Project\u2019s Standard', () => {
    // As Project 2016/2019 save: the project and a resource-style calendar name base calendar 1,
    // a built-in the file does not write.
    const xml = project(
      '<Calendars><Calendar><UID>5</UID><Name>Team</Name><IsBaseCalendar>0</IsBaseCalendar><BaseCalendarUID>1</BaseCalendarUID>' +
        '<WeekDays><WeekDay><DayType>6</DayType><DayWorking>0</DayWorking></WeekDay></WeekDays></Calendar></Calendars>' +
        `<Tasks>${task(0, 0, 'Plan')}${task(1, 1, 'On project')}${task(2, 1, 'On team', '<CalendarUID>5</CalendarUID>')}` +
        `${task(3, 1, 'On built-in', '<CalendarUID>4</CalendarUID>')}${task(4, 1, 'Also built-in', '<CalendarUID>4</CalendarUID>')}</Tasks>`,
    );
    const { data, issues } = importMSProjectXML(xml);
    assert.equal(data.calendar?.id, '1');
    assert.equal(data.calendar?.name, 'Standard');
    assert.deepEqual(data.calendar?.workingDays, [1, 2, 3, 4, 5]);
    assert.deepEqual(data.calendar?.workingHours, STANDARD_HOURS);
    const team = data.calendars?.find((c) => c.id === '5');
    assert.deepEqual(team?.workingDays, [1, 2, 3, 4]);
    assert.deepEqual(team?.workingHours, STANDARD_HOURS);
    const builtIn = data.calendars?.find((c) => c.id === '4');
    assert.deepEqual(builtIn?.workingDays, [1, 2, 3, 4, 5]);
    assert.deepEqual(
      data.tasks.map((t) => t.calendarId),
      [undefined, '5', '4', '4'],
    );
    assert.equal(issues.length, 1);
    const missing = issue(issues, MSProjectIssueCode.MISSING_CALENDAR);
    assert.deepEqual(missing.tasks, ['2', '3', '4']);
    assert.match(missing.message, /Calendar 5 \("Team"\) is based on calendar 1/);
    assert.match(missing.message, /the project calendar 1/);
    assert.match(missing.message, /Task 3 \("On built-in"\) uses calendar 4/);
    assert.match(missing.message, /Task 4 \("Also built-in"\) uses calendar 4/);
    roundTrips(data);
  });

  it('imports an elapsed lag as the working time it spans, with a warning', () => {
    const xml = project(
      `${CALENDARS}<Tasks>` +
        leaf(1, 'Pour', '2026-03-02', '2026-03-06', 40) +
        // FS + 3ed from Friday 17:00 ends Monday 17:00: one working day.
        leaf(2, 'Cure', '2026-03-10', '2026-03-10', 8, link(1, 1, 43200, 8)) +
        // SS + 1eh from Monday 08:00: one working hour.
        leaf(3, 'Inspect', '2026-03-02', '2026-03-02', 8, link(1, 3, 600, 6)) +
        // FS - 1ed from Friday 17:00 back to Thursday 17:00: a one-day lead.
        leaf(4, 'Order', '2026-03-06', '2026-03-06', 8, link(1, 1, -14400, 40)) +
        // FS + 2ed from Friday 17:00 ends on Sunday: no working time, so no lag.
        leaf(5, 'Wait', '2026-03-09', '2026-03-09', 8, link(1, 1, 28800, 8)) +
        '</Tasks>',
    );
    const { data, issues } = importMSProjectXML(xml);
    assert.deepEqual(
      data.dependencies?.map((d) => [d.id, d.type, d.lag, d.lagUnit]),
      [
        ['1-2', 'FS', 1, 'day'],
        ['1-3', 'SS', 1, 'hour'],
        ['1-4', 'FS', -1, 'day'],
        ['1-5', 'FS', undefined, undefined],
      ],
    );
    const elapsed = issue(issues, MSProjectIssueCode.ELAPSED_LAG);
    assert.deepEqual(elapsed.tasks, ['2', '3', '4', '5']);
    assert.match(elapsed.message, /Task 1 \("Pour"\) \u2192 Task 2 \("Cure"\): 3ed \u2192 1 day/);
    assert.match(elapsed.message, /1eh \u2192 1 hour/);
    assert.match(elapsed.message, /-1ed \u2192 -1 day;/);
    assert.match(elapsed.message, /2ed \u2192 no lag/);
    // Where Project started them: Cure on Tuesday (the next working time after Monday 17:00).
    const result = schedule(data);
    assert.equal(result.tasks.get('2')?.start, '2026-03-10T08:00');
    assert.equal(result.tasks.get('3')?.start, '2026-03-02T09:00');
    roundTrips(data);
  });

  it('scales an elapsed lag by the working share of a week where the file gives no dates', () => {
    const xml = project(
      `${CALENDARS}<Tasks>${task(1, 1, 'A')}${task(2, 1, 'B', link(1, 1, 100800, 10))}</Tasks>`,
    );
    const { data, issues } = importMSProjectXML(xml);
    // 1ew = 10,080 elapsed minutes × 2,400 / 10,080 = one working week.
    assert.deepEqual(
      data.dependencies?.map((d) => [d.lag, d.lagUnit]),
      [[1, 'week']],
    );
    assert.deepEqual(issue(issues, MSProjectIssueCode.ELAPSED_LAG).tasks, ['2']);
  });

  it('imports elapsed durations as the working time they span from the task\u2019s start', () => {
    const elapsed = (uid: number, name: string, start: string, hours: number) =>
      task(
        uid,
        1,
        name,
        `<Start>${start}T08:00:00</Start><Finish>${start}T08:00:00</Finish><Duration>PT${hours}H0M0S</Duration>` +
          '<DurationFormat>8</DurationFormat><Milestone>0</Milestone>',
      );
    const xml = project(
      `${CALENDARS}<Tasks>` +
        elapsed(1, 'Thursday', '2026-03-05', 48) +
        elapsed(2, 'Friday', '2026-03-06', 48) +
        elapsed(3, 'Saturday', '2026-03-07', 24) +
        task(4, 1, 'Undated', '<Duration>PT168H0M0S</Duration><DurationFormat>40</DurationFormat>') +
        '</Tasks>',
    );
    const { data, issues } = importMSProjectXML(xml);
    assert.deepEqual(
      data.tasks.map((t) => [t.duration, t.durationUnit, t.type]),
      [
        [2, 'day', undefined],
        [1, 'day', undefined],
        // A span on days off is never zero: the week's working share, 1,440 × 2,400 / 10,080.
        [343, 'minute', undefined],
        [5, 'day', undefined],
      ],
    );
    const warning = issue(issues, MSProjectIssueCode.ELAPSED_DURATION);
    assert.deepEqual(warning.tasks, ['1', '2', '3', '4']);
    assert.match(warning.message, /Task 1 \("Thursday"\) 2ed \u2192 2 days/);
    assert.match(warning.message, /Task 4 \("Undated"\) 7ed \u2192 5 days/);
    roundTrips(data);
  });

  it('imports percent lags as that share of the predecessor\u2019s duration', () => {
    const xml = project(
      `${CALENDARS}<Tasks>` +
        leaf(1, 'Write', '2026-03-02', '2026-03-05', 32) +
        leaf(2, 'Review', '2026-03-04', '2026-03-04', 8, link(1, 3, 50, 19)) +
        leaf(3, 'Print', '2026-03-06', '2026-03-06', 8, link(1, 1, 25, 52)) +
        '</Tasks>',
    );
    const { data, issues } = importMSProjectXML(xml);
    assert.deepEqual(
      data.dependencies?.map((d) => [d.id, d.type, d.lag, d.lagUnit]),
      [
        ['1-2', 'SS', 2, 'day'],
        ['1-3', 'FS', 1, 'day'],
      ],
    );
    const warning = issue(issues, MSProjectIssueCode.PERCENT_LAG);
    assert.deepEqual(warning.tasks, ['2', '3']);
    assert.match(
      warning.message,
      /Task 1 \("Write"\) \u2192 Task 2 \("Review"\): 50% of 4 days \u2192 2 days/,
    );
    assert.match(warning.message, /25e% of 4 days \u2192 1 day/);
    roundTrips(data);
  });

  it('imports inactive tasks as manual tasks at their dates, without their links', () => {
    const xml = project(
      `${CALENDARS}<Tasks>` +
        leaf(1, 'A', '2026-03-02', '2026-03-02', 8) +
        leaf(2, 'Dropped', '2026-03-03', '2026-03-03', 8, `<Active>0</Active>${link(1, 1)}`) +
        leaf(3, 'C', '2026-03-03', '2026-03-03', 8, `${link(2, 1)}${link(1, 1)}`) +
        '</Tasks>',
    );
    const { data, issues } = importMSProjectXML(xml);
    assert.equal(data.tasks[1]?.manual, true);
    assert.equal(data.tasks[1]?.start, '2026-03-03T08:00');
    assert.deepEqual(
      data.dependencies?.map((d) => d.id),
      ['1-3'],
    );
    const warning = issue(issues, MSProjectIssueCode.INACTIVE_TASK);
    assert.deepEqual(warning.tasks, ['2']);
    assert.match(warning.message, /Task 2 \("Dropped"\) is a manual task at 2026-03-03T08:00/);
    assert.match(warning.message, /FS link Task 1 \("A"\) \u2192 Task 2 \("Dropped"\) was left out/);
    assert.match(warning.message, /FS link Task 2 \("Dropped"\) \u2192 Task 3 \("C"\) was left out/);
    roundTrips(data);
  });

  it('keeps external tasks and subprojects at their dates and leaves out links into other projects', () => {
    const xml = project(
      `${CALENDARS}<Tasks>` +
        leaf(1, 'Vendor', '2026-03-02', '2026-03-02', 8, '<ExternalTask>1</ExternalTask>') +
        leaf(2, 'Inserted', '2026-03-03', '2026-03-03', 8, '<IsSubproject>1</IsSubproject>') +
        leaf(
          3,
          'Install',
          '2026-03-05',
          '2026-03-05',
          8,
          '<PredecessorLink><PredecessorUID>12</PredecessorUID><Type>1</Type><CrossProject>1</CrossProject>' +
            '<CrossProjectName>C:\\plans\\vendor.mpp\\12</CrossProjectName></PredecessorLink>',
        ) +
        '</Tasks>',
    );
    const { data, issues } = importMSProjectXML(xml);
    assert.deepEqual(
      data.tasks.map((t) => t.manual),
      [true, true, undefined],
    );
    assert.deepEqual(data.tasks[2]?.constraint, { type: 'SNET', date: '2026-03-05T08:00' });
    assert.equal(data.dependencies, undefined);
    assert.deepEqual(issue(issues, MSProjectIssueCode.EXTERNAL_TASK).tasks, ['1', '2']);
    const external = issue(issues, MSProjectIssueCode.EXTERNAL_LINK);
    assert.deepEqual(external.tasks, ['3']);
    assert.match(
      external.message,
      /task 12 of "C:\\\\plans\\\\vendor.mpp\\\\12" \u2192 Task 3 \("Install"\)/,
    );
    assert.equal(schedule(data).tasks.get('3')?.start, '2026-03-05T08:00');
    roundTrips(data);
  });

  it('imports a project scheduled from its finish, and leaves out links on the project summary', () => {
    const xml = project(
      `${CALENDARS}<Tasks>${task(0, 0, 'Plan', link(1, 1))}${leaf(1, 'A', '2026-03-02', '2026-03-06', 40, '<ConstraintType>1</ConstraintType>')}</Tasks>`,
    ).replace('<ScheduleFromStart>1', '<ScheduleFromStart>0');
    const { data, issues } = importMSProjectXML(xml);
    assert.equal(data.start, '2026-03-02T08:00');
    assert.deepEqual(data.tasks[0]?.constraint, { type: 'ALAP' });
    assert.match(
      issue(issues, MSProjectIssueCode.SCHEDULED_FROM_FINISH).message,
      /spans 2026-03-02T08:00 \u2013 2026-03-06T17:00/,
    );
    assert.match(issue(issues, MSProjectIssueCode.PROJECT_SUMMARY_LINK).message, /link from task 1/);
  });

  it('keeps hostile names as plain text in its messages', () => {
    const names = ['"quoted" </Name>', 'line\nbreak', '__proto__', '\u202eevil\u202c <script>'];
    const escaped = names.map((n) => n.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    const xml = project(
      `${CALENDARS}<Tasks>` +
        escaped.map((n, k) => task(k + 1, 1, n, k > 0 ? link(k, 1, 4800, 8) : '')).join('') +
        '</Tasks>',
    );
    const { data, issues } = importMSProjectXML(xml);
    assert.deepEqual(
      data.tasks.map((t) => t.name),
      names,
    );
    const warning = issue(issues, MSProjectIssueCode.ELAPSED_LAG);
    assert.deepEqual(warning.tasks, ['2', '3', '4']);
    for (const name of names) assert.ok(warning.message.includes(JSON.stringify(name)), name);
    assert.ok(!warning.message.includes('\n'));
  });
});

describe('importMSProjectXML approximations of task settings', () => {
  it('imports a milestone with a duration as a task, and a leveling delay as the start it gave', () => {
    const xml = project(
      `${CALENDARS}<Tasks>` +
        leaf(1, 'Gate', '2026-03-02', '2026-03-03', 16).replace('<Milestone>0', '<Milestone>1') +
        leaf(
          2,
          'Levelled',
          '2026-03-05',
          '2026-03-05',
          8,
          '<LevelingDelay>28800</LevelingDelay><LevelingDelayFormat>8</LevelingDelayFormat>',
        ) +
        leaf(
          3,
          'Pinned',
          '2026-03-05',
          '2026-03-05',
          8,
          '<ConstraintType>6</ConstraintType><ConstraintDate>2026-03-05T17:00:00</ConstraintDate><LevelingDelay>4800</LevelingDelay><LevelingDelayFormat>7</LevelingDelayFormat>',
        ) +
        '</Tasks>',
    );
    const { data, issues } = importMSProjectXML(xml);
    assert.deepEqual(
      data.tasks.map((t) => [t.type, t.duration, t.durationUnit]),
      [
        [undefined, 2, 'day'],
        [undefined, 1, 'day'],
        [undefined, 1, 'day'],
      ],
    );
    const milestone = issue(issues, MSProjectIssueCode.MILESTONE_WITH_DURATION);
    assert.deepEqual(milestone.tasks, ['1']);
    assert.match(milestone.message, /Task 1 \("Gate"\) takes 2 days/);
    assert.deepEqual(data.tasks[1]?.constraint, { type: 'SNET', date: '2026-03-05T08:00' });
    assert.deepEqual(data.tasks[2]?.constraint, { type: 'FNET', date: '2026-03-05T17:00' });
    const delay = issue(issues, MSProjectIssueCode.LEVELING_DELAY);
    assert.deepEqual(delay.tasks, ['2', '3']);
    assert.match(
      delay.message,
      /Task 2 \("Levelled"\), delayed 2ed, starts no earlier than 2026-03-05T08:00/,
    );
    assert.match(delay.message, /Task 3 \("Pinned"\), delayed 1 day, kept without it/);
    roundTrips(data);
  });
});

describe('importMSProjectXML approximations of inserted projects', () => {
  it('keeps a subproject inserted with its tasks as their summary, and never delays a manual task', () => {
    const xml = project(
      `${CALENDARS}<Tasks>` +
        task(1, 1, 'Vendor plan', '<IsSubproject>1</IsSubproject>') +
        task(
          2,
          2,
          'Deliver',
          '<Start>2026-03-02T08:00:00</Start><Finish>2026-03-02T17:00:00</Finish><Duration>PT8H0M0S</Duration>' +
            '<Active>0</Active><LevelingDelay>4800</LevelingDelay><LevelingDelayFormat>7</LevelingDelayFormat>',
        ) +
        '</Tasks>',
    );
    const { data, issues } = importMSProjectXML(xml);
    assert.equal(data.tasks[0]?.manual, undefined);
    assert.equal(data.tasks[1]?.manual, true);
    assert.equal(data.tasks[1]?.constraint, undefined);
    assert.match(
      issue(issues, MSProjectIssueCode.EXTERNAL_TASK).message,
      /Task 1 \("Vendor plan"\), a subproject, is the summary of its tasks/,
    );
    assert.match(issue(issues, MSProjectIssueCode.LEVELING_DELAY).message, /delayed 1 day, kept without it/);
    assert.deepEqual(issue(issues, MSProjectIssueCode.INACTIVE_TASK).tasks, ['2']);
    roundTrips(data);
  });
});

describe('fromMSProjectXML (the data alone)', () => {
  it('gives importMSProjectXML’s data for the same file, warnings left out', () => {
    const xml = toMSProjectXML({
      id: 'p',
      name: 'P',
      start: '2026-03-02',
      tasks: [
        { id: 'a', name: 'A <b>', start: '2026-03-02', duration: 2 },
        { id: 'b', name: 'B', duration: 1 },
      ],
      dependencies: [{ id: 'd', from: 'a', to: 'b', lag: 1 }],
    });
    const data = fromMSProjectXML(xml);
    assert.deepEqual(data, importMSProjectXML(xml).data);
    assert.equal(data.tasks.length, 2);
  });
});
