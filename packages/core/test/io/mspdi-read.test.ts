import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readMSProjectScheduleFacts } from '../../src/io/mspdi/facts.js';
import { importMSProjectXML } from '../../src/io/mspdi/read.js';
import { RoadlineError } from '../../src/model/errors.js';
import type { ProjectData } from '../../src/model/types.js';
import { link, project, SMALL_PLAN, STANDARD_WEEK, task } from './mspdi-fixtures.js';

const STANDARD_HOURS: [string, string][] = [
  ['08:00', '12:00'],
  ['13:00', '17:00'],
];

function rejects(xml: string, code: string, pattern: RegExp): void {
  assert.throws(
    () => importMSProjectXML(xml),
    (error: unknown) => {
      assert.ok(error instanceof RoadlineError, String(error));
      assert.equal(error.code, code, error.message);
      assert.match(error.message, pattern);
      return true;
    },
  );
}

/** The project a file imports to, its warnings aside. */
const dataOf = (xml: string) => importMSProjectXML(xml).data;

const CALENDAR = `<Calendars><Calendar><UID>1</UID><Name>Standard</Name><BaseCalendarUID>-1</BaseCalendarUID>${STANDARD_WEEK}</Calendar></Calendars>`;

describe('importMSProjectXML', () => {
  it('maps tasks, WBS, links, calendars, people, baselines, notes and deadlines', () => {
    const data = dataOf(SMALL_PLAN);
    const offsite = { start: '2026-03-10', end: '2026-03-12', working: false, name: 'Offsite & party' };
    const expected: ProjectData = {
      id: 'fixture.xml',
      name: 'Fixture',
      tasks: [
        { id: '1', name: 'Phase <1>', start: '2026-03-02T08:00', end: '2026-03-05T17:00' },
        {
          id: '2',
          name: 'Design',
          parentId: '1',
          start: '2026-03-02T08:00',
          end: '2026-03-03T17:00',
          duration: 2,
          durationUnit: 'day',
          progress: 50,
          assignees: ['7', '8'],
        },
        {
          id: '3',
          name: 'Build',
          parentId: '1',
          start: '2026-03-05T08:00',
          end: '2026-03-05T12:00',
          duration: 4,
          durationUnit: 'hour',
          constraint: { type: 'SNET', date: '2026-02-28T08:00' },
          calendarId: '2',
        },
        {
          id: '4',
          name: 'Ship',
          start: '2026-03-05T12:00',
          end: '2026-03-05T12:00',
          duration: 0,
          durationUnit: 'day',
          type: 'milestone',
          constraint: { type: 'FNLT', date: '2026-03-06T17:00' },
          manual: true,
          deadline: '2026-03-09T17:00',
        },
      ],
      start: '2026-03-02T08:00',
      calendar: {
        id: '1',
        name: 'Standard',
        workingDays: [1, 2, 3, 4, 5],
        workingHours: STANDARD_HOURS,
        hoursPerDay: 8,
        daysPerWeek: 5,
        exceptions: [offsite],
      },
      calendars: [
        {
          id: '2',
          name: 'Night',
          workingDays: [1, 2, 3, 4, 5, 6],
          workingHours: [
            ['00:00', '06:00'],
            ['22:00', '24:00'],
          ],
          hoursPerDay: 8,
          daysPerWeek: 5,
          exceptions: [
            {
              start: '1900-01-08',
              working: true,
              workingHours: [['22:00', '24:00']],
              recurring: 'weekly',
              name: 'Monday hours',
            },
            {
              start: '1900-01-13',
              working: true,
              workingHours: [['00:00', '06:00']],
              recurring: 'weekly',
              name: 'Saturday hours',
            },
          ],
        },
        {
          id: '3',
          name: 'Ann',
          workingDays: [1, 2, 3, 4],
          workingHours: STANDARD_HOURS,
          hoursPerDay: 8,
          daysPerWeek: 5,
          exceptions: [offsite],
        },
      ],
      people: [
        { id: '7', name: 'Ann', capacity: 4, maxUnits: 50, calendarId: '3' },
        { id: '8', name: 'Bob', capacity: 8 },
      ],
      dependencies: [
        { id: '2-3', from: '2', to: '3', type: 'FS', lag: 1, lagUnit: 'day' },
        { id: '3-4', from: '3', to: '4', type: 'FF' },
        { id: '2-4', from: '2', to: '4', type: 'SS', lag: -4, lagUnit: 'hour' },
      ],
      baselines: [
        {
          id: 'baseline-0',
          name: 'Baseline',
          takenAt: '2026-02-27T10:00',
          tasks: { '2': { start: '2026-03-02T08:00', end: '2026-03-02T17:00' } },
        },
        {
          id: 'baseline-1',
          name: 'Baseline 1',
          takenAt: '2026-02-27T10:00',
          tasks: { '3': { start: '2026-03-04T08:00', end: '2026-03-04T12:00' } },
        },
      ],
      notes: [{ id: 'note-2', taskId: '2', text: 'Check the brief', createdAt: '2026-03-02T08:00' }],
    };
    assert.deepEqual(JSON.parse(JSON.stringify(data)), expected);
  });

  it('reads an empty project', () => {
    const data = dataOf(project(`${CALENDAR}<Tasks>${task(0, 0, 'Empty')}</Tasks>`));
    assert.deepEqual(data.tasks, []);
    assert.equal(data.name, 'Fixture');
    assert.equal(data.dependencies, undefined);
  });

  it('gives a standard calendar to a file without calendars and skips blank rows', () => {
    const data = dataOf(
      project(
        `<Tasks>${task(1, 1, 'A')}<Task><UID>2</UID><IsNull>1</IsNull></Task>${task(3, 1, 'B')}</Tasks>`,
      ),
    );
    assert.deepEqual(
      data.tasks.map((t) => t.id),
      ['1', '3'],
    );
    assert.deepEqual(data.calendar?.workingHours, STANDARD_HOURS);
  });

  it('keeps hostile names and ids as plain strings', () => {
    const data = dataOf(
      project(
        `${CALENDAR}<Tasks>${task(1, 1, '__proto__')}${task(2, 1, '&lt;img src=x onerror=alert(1)&gt;')}</Tasks>`,
      ),
    );
    assert.equal(data.tasks[0]?.name, '__proto__');
    assert.equal(data.tasks[1]?.name, '<img src=x onerror=alert(1)>');
    assert.equal(Object.getPrototypeOf(data.tasks[0]), Object.prototype);
  });

  it('rejects malformed XML with its position', () => {
    rejects(project(`<Tasks>${task(1, 1, 'A')}`), 'INVALID_XML', /line 2, column \d+/);
    rejects('<Project><Name>A &bad; B</Name></Project>', 'INVALID_XML', /unknown entity/);
  });

  it('rejects a well-formed file that is not MSPDI', () => {
    rejects('<?xml version="1.0"?><html><body/></html>', 'INVALID_DATA', /root element is <html>/);
  });

  it('rejects inconsistent content as INVALID_DATA naming the task', () => {
    rejects(
      project(`<Tasks>${task(1, 1, 'A', link(9, 1))}</Tasks>`),
      'INVALID_DATA',
      /Task 1 \("A"\).*task 9/,
    );
    rejects(
      project(`<Tasks>${task(1, 1, 'A')}${task(1, 1, 'B')}</Tasks>`),
      'INVALID_DATA',
      /Two tasks have UID 1/,
    );
    rejects(
      project(`<Tasks>${task(1, 1, 'A')}${task(2, 3, 'B')}</Tasks>`),
      'INVALID_DATA',
      /Task 2 \("B"\) is at outline level 3/,
    );
    rejects(
      project(`<Tasks>${task(1, 1, 'A', '<Duration>P1Y</Duration>')}</Tasks>`),
      'INVALID_DATA',
      /malformed Duration/,
    );
    rejects(
      project(`<Tasks>${task(1, 1, 'A', '<Start>2026-02-30T08:00:00</Start>')}</Tasks>`),
      'INVALID_DATA',
      /malformed date/,
    );
    rejects(
      project(`<Tasks>${task(1, 1, 'A', '<ConstraintType>2</ConstraintType>')}</Tasks>`),
      'INVALID_DATA',
      /MSO constraint without a date/,
    );
  });

  it('prefers the Roadline ID field of a file Roadline wrote', () => {
    const header =
      '<ExtendedAttributes><ExtendedAttribute><FieldID>188744016</FieldID><FieldName>Text30</FieldName><Alias>Roadline ID</Alias></ExtendedAttribute></ExtendedAttributes>';
    const value = (v: string) =>
      `<ExtendedAttribute><FieldID>188744016</FieldID><Value>${v}</Value></ExtendedAttribute>`;
    const data = dataOf(
      project(
        `<Tasks>${task(1, 1, 'A', value('alpha'))}${task(2, 1, 'B', link(1, 1) + value('beta'))}</Tasks>`,
        header,
      ),
    );
    assert.deepEqual(
      data.tasks.map((t) => t.id),
      ['alpha', 'beta'],
    );
    assert.deepEqual(data.dependencies, [{ id: '1-2', from: 'alpha', to: 'beta', type: 'FS' }]);
    const plain = dataOf(project(`<Tasks>${task(1, 1, 'A', value('alpha'))}</Tasks>`));
    assert.equal(plain.tasks[0]?.id, '1');
  });
});

describe('readMSProjectScheduleFacts', () => {
  it('reads what Project computed, slack in minutes', () => {
    const xml = project(
      `<Tasks>${task(0, 0, 'P')}${task(
        1,
        1,
        'A',
        '<Start>2026-03-02T08:00:00</Start><Finish>2026-03-02T17:00:00</Finish><EarlyStart>2026-03-02T08:00:00</EarlyStart>' +
          '<EarlyFinish>2026-03-02T17:00:00</EarlyFinish><LateStart>2026-03-03T08:00:00</LateStart><LateFinish>2026-03-03T17:00:00</LateFinish>' +
          '<TotalSlack>4800</TotalSlack><FreeSlack>0</FreeSlack><Critical>0</Critical><CalendarUID>-1</CalendarUID>',
      )}</Tasks>`,
    );
    const facts = readMSProjectScheduleFacts(xml);
    assert.deepEqual(facts, {
      start: '2026-03-02T08:00',
      finish: '2026-03-06T17:00',
      tasks: [
        {
          id: '1',
          uid: '1',
          name: 'A',
          summary: false,
          milestone: false,
          hasAssignments: false,
          start: '2026-03-02T08:00',
          finish: '2026-03-02T17:00',
          earlyStart: '2026-03-02T08:00',
          earlyFinish: '2026-03-02T17:00',
          lateStart: '2026-03-03T08:00',
          lateFinish: '2026-03-03T17:00',
          totalSlack: 480,
          freeSlack: 0,
          critical: false,
        },
      ],
    });
  });

  it('marks summaries and assigned tasks', () => {
    const facts = readMSProjectScheduleFacts(SMALL_PLAN);
    assert.deepEqual(
      facts.tasks.map((t) => [t.id, t.summary, t.hasAssignments, t.milestone]),
      [
        ['1', true, false, false],
        ['2', false, true, false],
        ['3', false, false, false],
        ['4', false, false, true],
      ],
    );
  });
});
