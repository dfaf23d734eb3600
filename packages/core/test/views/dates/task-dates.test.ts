import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProject, type ProjectData } from '../../../src/index.js';
import { summarizeGroup } from '../../../src/views/grid/board-table.js';
import { generateProject } from '../../../src/testing/index.js';
import { WorkCalendar } from '../../../src/time/calendar.js';
import { formatWallTime, parseWallTime } from '../../../src/time/wall-time.js';
import { dueDay, milestoneShownAt, shownEnd, shownStart, taskDates } from '../../../src/views/dates/index.js';

/** Two tasks, b after a (FS). The default calendar works Mon–Fri, whole days; 2 Mar 2026 is a Monday. */
const linked: ProjectData = {
  id: 'p',
  name: 'Linked',
  start: '2026-03-02',
  tasks: [
    { id: 'a', name: 'A', start: '2026-03-02', duration: 2 },
    { id: 'b', name: 'B', start: '2026-03-04', duration: 2 },
  ],
  dependencies: [{ id: 'ab', from: 'a', to: 'b', type: 'FS' }],
};

describe('input and scheduled dates (the bug the board had)', () => {
  it('lengthening a predecessor moves the scheduled dates, not the input ones', () => {
    const project = createProject(linked);
    assert.equal(project.scheduled('b')?.end, '2026-03-06');
    project.updateTask('a', { duration: 4 });
    // a: Mon 2 → Thu 5 (exclusive end Fri 6); b: Fri 6 and Mon 9 → ends Tue 10 00:00.
    assert.equal(project.scheduled('b')?.start, '2026-03-06');
    assert.equal(project.scheduled('b')?.end, '2026-03-10');
    assert.equal(project.task('b')?.start, '2026-03-04');
    assert.equal(project.task('b')?.end, '2026-03-06');
  });
});

describe('taskDates', () => {
  it('reads the scheduled dates when the store schedules', () => {
    const project = createProject(linked);
    project.updateTask('a', { duration: 4 });
    const b = project.task('b');
    assert.ok(b);
    assert.deepEqual(taskDates(project, b), { start: '2026-03-06', end: '2026-03-10' });
    assert.equal(shownStart(project, b), '2026-03-06');
    assert.equal(shownEnd(project, b), '2026-03-10');
  });

  it('reads the input dates without a scheduler', () => {
    const project = createProject(linked, { scheduler: false });
    project.updateTask('a', { duration: 4 });
    const b = project.task('b');
    assert.ok(b);
    assert.deepEqual(taskDates(project, b), { start: '2026-03-04', end: '2026-03-06' });
    assert.equal(shownStart(project, b), '2026-03-04');
    assert.equal(shownEnd(project, b), '2026-03-06');
  });

  it('never mixes a scheduled start with an input end', () => {
    const source = {
      scheduled: (id: string) => (id === 'x' ? { start: '2026-03-09', end: '2026-03-10' } : undefined),
    };
    assert.deepEqual(taskDates(source, { id: 'x', start: '2026-03-02', end: undefined }), {
      start: '2026-03-09',
      end: '2026-03-10',
    });
    assert.deepEqual(taskDates(source, { id: 'y', start: undefined, end: undefined }), {
      start: undefined,
      end: undefined,
    });
  });

  it('reads by id only, whatever the id is (hostile ids, unknown ids)', () => {
    const project = createProject({
      id: 'p',
      name: 'Hostile',
      start: '2026-03-02',
      tasks: [
        { id: '<img src=x onerror=alert(1)>', name: 'P', start: '2026-03-02', duration: 1 },
        { id: 'hasOwnProperty', name: 'C', start: '2026-03-03', duration: 1 },
      ],
    });
    const img = project.task('<img src=x onerror=alert(1)>');
    const own = project.task('hasOwnProperty');
    assert.ok(img && own);
    assert.deepEqual(taskDates(project, img), { start: '2026-03-02', end: '2026-03-03' });
    assert.deepEqual(taskDates(project, own), { start: '2026-03-03', end: '2026-03-04' });
    for (const id of ['__proto__', 'constructor', 'toString', '']) {
      assert.equal(shownStart(project, { id, start: undefined }), undefined);
      assert.equal(shownEnd(project, { id, end: '2026-04-01' }), '2026-04-01');
    }
  });

  it('reads 100k generated tasks (no schedule run per read; speed is for the benchmarks)', () => {
    const project = createProject(generateProject({ tasks: 100_000, seed: 7 }));
    const tasks = project.tasks();
    let differ = 0;
    for (const t of tasks) if (shownEnd(project, t) !== t.end) differ++;
    // Chained work packages push their tasks: the scheduled ends differ from many input ones.
    assert.ok(differ > 0, 'some generated tasks are pushed by their links');
  });
});

describe('summaries and due days over shown dates', () => {
  it('a group summary spans the scheduled dates when given the store', () => {
    const project = createProject(linked);
    project.updateTask('a', { duration: 4 });
    const tasks = project.tasks();
    const own = summarizeGroup(tasks);
    assert.equal(own.end, '2026-03-06');
    assert.equal(own.due, '2026-03-05');
    const shown = summarizeGroup(tasks, [], project);
    assert.equal(shown.start, '2026-03-02');
    assert.equal(shown.end, '2026-03-10');
    assert.equal(shown.due, '2026-03-09');
  });

  it('a milestone is due on its own day, in a card and in a summary', () => {
    assert.equal(dueDay('2026-03-06', '2026-03-06'), '2026-03-06');
    assert.equal(dueDay('2026-03-06', '2026-03-02'), '2026-03-05');
    assert.equal(dueDay('2026-03-06T10:00', '2026-03-06T10:00'), '2026-03-06');
    assert.equal(dueDay('2026-03-06'), '2026-03-05');
    const project = createProject({
      id: 'p',
      name: 'M',
      start: '2026-03-02',
      tasks: [
        { id: 'a', name: 'A', start: '2026-03-02', duration: 4 },
        { id: 'm', name: 'Launch', type: 'milestone', start: '2026-03-06' },
      ],
      dependencies: [{ id: 'am', from: 'a', to: 'm', type: 'FS' }],
    });
    const m = project.scheduled('m');
    assert.equal(m?.start, '2026-03-06');
    assert.equal(m?.end, '2026-03-06');
    assert.equal(summarizeGroup(project.tasks(), [], project).due, '2026-03-06');
  });

  it('an empty group has no dates', () => {
    const s = summarizeGroup([], [], createProject(linked));
    assert.equal(s.start, undefined);
    assert.equal(s.end, undefined);
    assert.equal(s.due, undefined);
  });
});

describe('milestoneShownAt', () => {
  const wall = (s: string): number => parseWallTime(s) as number;
  const weekdays = WorkCalendar.from(undefined);
  const office = WorkCalendar.from({ workingDays: [1, 2, 3, 4, 5], workingHours: [['09:00', '17:00']] });
  const always = WorkCalendar.from({ workingDays: [0, 1, 2, 3, 4, 5, 6] });

  it('shows a milestone at the midnight that ends a working Friday as that Friday', () => {
    // Sat 7 Mar 2026 00:00: the finish of a task that ends on Friday 6 March.
    assert.equal(formatWallTime(milestoneShownAt(wall('2026-03-07'), weekdays)), '2026-03-06');
  });

  it('keeps a milestone at the start of a working day, or in the middle of working time', () => {
    assert.equal(formatWallTime(milestoneShownAt(wall('2026-03-09'), weekdays)), '2026-03-09');
    assert.equal(formatWallTime(milestoneShownAt(wall('2026-03-04'), weekdays)), '2026-03-04');
    assert.equal(formatWallTime(milestoneShownAt(wall('2026-03-06T17:00'), office)), '2026-03-06T17:00');
  });

  it('keeps a midnight between two working days, and one after a day off', () => {
    assert.equal(formatWallTime(milestoneShownAt(wall('2026-03-08'), always)), '2026-03-08');
    // Sun 8 Mar 00:00 follows a Saturday off: nothing ends there.
    assert.equal(formatWallTime(milestoneShownAt(wall('2026-03-08'), weekdays)), '2026-03-08');
  });

  it('follows holidays: the midnight before a holiday ends the working day before it', () => {
    const withHoliday = WorkCalendar.from({ workingDays: [1, 2, 3, 4, 5], holidays: ['2026-03-04'] });
    assert.equal(formatWallTime(milestoneShownAt(wall('2026-03-04'), withHoliday)), '2026-03-03');
  });
});
