import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { importMSProjectXML } from '../../src/io/mspdi/read.js';
import { toMSProjectXML } from '../../src/io/mspdi/write.js';
import { parseXml } from '../../src/io/xml/parse.js';
import { RoadlineError } from '../../src/model/errors.js';
import type { ProjectData, Task } from '../../src/model/types.js';
import { generateProject } from '../../src/testing/generate.js';
import { SMALL_PLAN } from './mspdi-fixtures.js';

/** Reads a file Roadline wrote: it never needs an approximation, so there is no warning. */
function dataOf(xml: string): ProjectData {
  const { data, issues } = importMSProjectXML(xml);
  assert.deepEqual(issues, []);
  return data;
}

function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** What MSPDI carries of a task, with Roadline's defaults made explicit. */
function taskShape(t: Task, summaries: ReadonlySet<string>) {
  const summary = summaries.has(t.id);
  return {
    id: t.id,
    name: t.name,
    parentId: t.parentId,
    type: t.type === 'milestone' ? 'milestone' : 'task',
    start: t.start,
    end: t.end,
    duration: summary ? undefined : t.duration,
    durationUnit: summary || t.duration === undefined ? undefined : (t.durationUnit ?? 'day'),
    progress: t.progress || undefined,
    constraint: t.constraint?.type === 'ASAP' ? undefined : t.constraint,
    manual: t.manual || undefined,
    deadline: t.deadline,
    assignees: t.assignees?.length ? t.assignees : undefined,
  };
}

/** Summary durations are derived from the children, so the file does not carry them. */
function shape(data: ProjectData) {
  const summaries = new Set(data.tasks.flatMap((t) => (t.parentId === undefined ? [] : [t.parentId])));
  return plain({
    name: data.name,
    start: data.start,
    tasks: data.tasks.map((t) => taskShape(t, summaries)),
    dependencies: (data.dependencies ?? []).map((d) => ({
      from: d.from,
      to: d.to,
      type: d.type ?? 'FS',
      lag: d.lag || undefined,
      lagUnit: d.lag ? (d.lagUnit ?? 'day') : undefined,
    })),
    people: (data.people ?? []).map((p) => ({ id: p.id, name: p.name, capacity: p.capacity })),
  });
}

function rejects(data: ProjectData, code: string, pattern: RegExp): void {
  assert.throws(
    () => toMSProjectXML(data),
    (error: unknown) => error instanceof RoadlineError && error.code === code && pattern.test(error.message),
  );
}

describe('toMSProjectXML', () => {
  it('writes a file that reads back to the same project', () => {
    const first = dataOf(SMALL_PLAN);
    const xml = toMSProjectXML(first);
    assert.deepEqual(plain(dataOf(xml)), plain(first));
  });

  it('writes an empty project', () => {
    const back = dataOf(toMSProjectXML({ id: 'p', name: 'Empty', tasks: [] }));
    assert.deepEqual(back.tasks, []);
    assert.equal(back.name, 'Empty');
    assert.equal(back.id, 'p');
  });

  it('keeps non-numeric ids in Text30 and restores them', () => {
    const data: ProjectData = {
      id: 'launch',
      name: 'Launch',
      start: '2026-03-02',
      people: [
        { id: 'ann', name: 'Ann', capacity: 6 },
        { id: 'bob', name: 'Bob' },
      ],
      tasks: [
        { id: 'phase', name: 'Phase' },
        { id: 'design', name: 'Design', parentId: 'phase', duration: 3, assignees: ['ann'] },
        { id: 'ship', name: 'Ship', type: 'milestone', constraint: { type: 'FNLT', date: '2026-03-20' } },
      ],
      dependencies: [{ id: 'x', from: 'design', to: 'ship', type: 'FF', lag: 2, lagUnit: 'hour' }],
    };
    const xml = toMSProjectXML(data);
    assert.match(
      xml,
      /<FieldID>188744016<\/FieldID><FieldName>Text30<\/FieldName><Alias>Roadline ID<\/Alias>/,
    );
    assert.match(xml, /<Value>design<\/Value>/);
    const back = dataOf(xml);
    assert.deepEqual(shape(back), shape(data));
    assert.equal(back.dependencies?.[0]?.lag, 2);
  });

  it('writes tasks in outline order whatever the array order', () => {
    const data: ProjectData = {
      id: 'p',
      name: 'P',
      tasks: [
        { id: '3', name: 'Child', parentId: '1' },
        { id: '2', name: 'Other' },
        { id: '1', name: 'Parent' },
      ],
    };
    const back = dataOf(toMSProjectXML(data));
    assert.deepEqual(
      back.tasks.map((t) => [t.id, t.parentId]),
      [
        ['2', undefined],
        ['1', undefined],
        ['3', '1'],
      ],
    );
  });

  it('escapes hostile strings', () => {
    const names = [
      '<script>alert(1)</script>',
      'a & b ]]> "q" \'s\'',
      '__proto__',
      'line\r\nbreak',
      'tab\there',
    ];
    const data: ProjectData = {
      id: '</Name><Injected>',
      name: '&amp; <Project>',
      tasks: names.map((name, k) => ({ id: `t${k}`, name })),
    };
    const xml = toMSProjectXML(data);
    assert.doesNotMatch(xml, /<Injected>/);
    const back = dataOf(xml);
    assert.deepEqual(
      back.tasks.map((t) => t.name),
      names,
    );
    assert.equal(back.name, '&amp; <Project>');
    assert.equal(back.id, '</Name><Injected>');
    const control = dataOf(toMSProjectXML({ id: 'p', name: 'P', tasks: [{ id: '1', name: 'bell\u0007' }] }));
    assert.equal(control.tasks[0]?.name, 'bell\ufffd');
  });

  it('refuses data it cannot write', () => {
    rejects(
      { id: 'p', name: 'P', tasks: [{ id: '1', name: 'A', parentId: 'nope' }] },
      'INVALID_DATA',
      /parent "nope"/,
    );
    rejects(
      {
        id: 'p',
        name: 'P',
        tasks: [
          { id: '1', name: 'A', parentId: '2' },
          { id: '2', name: 'B', parentId: '1' },
        ],
      },
      'INVALID_DATA',
      /own ancestor/,
    );
    rejects(
      {
        id: 'p',
        name: 'P',
        tasks: [
          { id: '1', name: 'A' },
          { id: '2', name: 'B' },
        ],
        dependencies: [
          { id: 'a', from: '1', to: '2' },
          { id: 'b', from: '1', to: '2', type: 'SS' },
        ],
      },
      'UNSUPPORTED',
      /two links/,
    );
    rejects(
      { id: 'p', name: 'P', tasks: [{ id: '1', name: 'A', assignees: ['ghost'] }] },
      'INVALID_DATA',
      /unknown person "ghost"/,
    );
    rejects(
      { id: 'p', name: 'P', tasks: [{ id: '1', name: 'A', calendarId: 'nope' }] },
      'INVALID_DATA',
      /calendar "nope"/,
    );
  });

  it('round-trips calendars with exceptions and open-ended recurrences', () => {
    const data: ProjectData = {
      id: 'p',
      name: 'P',
      calendar: {
        id: '1',
        name: 'Office',
        workingDays: [1, 2, 3, 4, 5],
        workingHours: [
          ['09:00', '12:30'],
          ['13:30', '18:00'],
        ],
        hoursPerDay: 8,
        daysPerWeek: 5,
        exceptions: [
          { start: '2026-12-24', end: '2026-12-27', working: false, name: 'Xmas' },
          { start: '2026-03-07', working: true, workingHours: [['10:00', '14:00']] },
          { start: '2026-01-01', working: false, recurring: 'yearly', name: 'New year' },
          { start: '2026-01-15', working: false, recurring: 'monthly' },
          { start: '2026-01-09', working: false, recurring: 'weekly', name: 'Friday off' },
        ],
      },
      tasks: [],
    };
    assert.deepEqual(plain(dataOf(toMSProjectXML(data)).calendar), plain(data.calendar));
  });

  it('round-trips a generated 1 000-task project', () => {
    const data = generateProject({
      tasks: 1000,
      seed: 7,
      linkTypes: true,
      lags: true,
      constraints: true,
      people: 6,
    });
    const xml = toMSProjectXML(data);
    assert.equal(parseXml(xml).name, 'Project');
    assert.deepEqual(shape(dataOf(xml)), shape(data));
  });

  it('round-trips random projects (property)', () => {
    const unit = fc.constantFrom('minute', 'hour', 'day', 'week') as fc.Arbitrary<
      'minute' | 'hour' | 'day' | 'week'
    >;
    const arbitrary = fc
      .array(
        fc.record({
          name: fc.string({ maxLength: 12 }),
          duration: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
          unit,
          progress: fc.integer({ min: 0, max: 100 }),
          parent: fc.nat(),
          lag: fc.integer({ min: -3, max: 3 }),
          type: fc.constantFrom('FS', 'SS', 'FF', 'SF') as fc.Arbitrary<'FS' | 'SS' | 'FF' | 'SF'>,
        }),
        { maxLength: 25 },
      )
      .map((rows): ProjectData => {
        const tasks: Task[] = rows.map((r, k) => {
          const task: Task = { id: `id-${k}`, name: r.name, progress: r.progress };
          if (k > 0 && r.parent % 3 === 0) task.parentId = `id-${r.parent % k}`;
          if (r.duration !== undefined) {
            task.duration = r.duration;
            task.durationUnit = r.unit;
          }
          return task;
        });
        const dependencies = rows.slice(1).map((r, k) => ({
          id: `d${k}`,
          from: `id-${k}`,
          to: `id-${k + 1}`,
          type: r.type,
          lag: r.lag,
          lagUnit: r.unit,
        }));
        return { id: 'random', name: 'Random', tasks, dependencies };
      });
    fc.assert(
      fc.property(arbitrary, (data) => {
        const back = dataOf(toMSProjectXML(data));
        const expected = shape(data);
        const got = shape(back);
        // The file lists parents before children; compare by id.
        const byId = (s: typeof expected) => new Map(s.tasks.map((t) => [t.id, t]));
        assert.deepEqual(byId(got), byId(expected));
        assert.equal(got.dependencies.length, expected.dependencies.length);
        const minutes = { minute: 1, hour: 60, day: 1440, week: 7200 } as const;
        const lagOf = (d: { lag?: number; lagUnit?: string }) =>
          (d.lag ?? 0) * minutes[(d.lagUnit ?? 'day') as keyof typeof minutes];
        const sort = (s: typeof expected) =>
          s.dependencies.map((d) => `${d.from}>${d.to}:${d.type}:${lagOf(d)}`).sort();
        assert.deepEqual(sort(got), sort(expected));
      }),
      { numRuns: 200 },
    );
  });
});
