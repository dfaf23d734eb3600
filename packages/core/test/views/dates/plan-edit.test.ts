import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProject, type ProjectData } from '../../../src/index.js';
import { standardCalendar, WorkCalendar } from '../../../src/time/calendar.js';
import { toWallMinutes } from '../../../src/time/wall-time.js';
import { type DateEditInput, planDateEdit, shiftByWorkingTime } from '../../../src/views/dates/index.js';

const day = 1440;
const at = toWallMinutes;
/** Mon 2 – Fri 6 March 2026 (exclusive end Sat 7). */
const start = at('2026-03-02');
const end = at('2026-03-07');
const plan = (input: Partial<DateEditInput>) =>
  planDateEdit({ task: {}, edit: 'move', start, end, to: start, linked: false, ...input });

describe('planDateEdit', () => {
  it('a move sets the start only (the store keeps the duration); no move is no patch', () => {
    assert.deepEqual(plan({ to: start + 7 * day }), { start: '2026-03-09' });
    assert.equal(plan({ to: start }), undefined);
  });

  it('a linked automatic task gets an SNET at its new start; a manual one never does', () => {
    const snet = { start: '2026-03-03', constraint: { type: 'SNET', date: '2026-03-03' } };
    assert.deepEqual(plan({ to: start + day, linked: true }), snet);
    assert.deepEqual(plan({ edit: 'resize-start', to: start + day, linked: true }), {
      ...snet,
      end: '2026-03-07',
      duration: undefined,
    });
    assert.deepEqual(plan({ task: { manual: true }, to: start + day, linked: true }), {
      start: '2026-03-03',
    });
  });

  it('a resize keeps the other shown end, clears the duration and stops at the minimum length', () => {
    assert.deepEqual(plan({ edit: 'resize-end', to: end + 2 * day }), {
      start: '2026-03-02',
      end: '2026-03-09',
      duration: undefined,
    });
    assert.deepEqual(plan({ edit: 'resize-end', to: start - 3 * day }), {
      start: '2026-03-02',
      end: '2026-03-03',
      duration: undefined,
    });
    assert.deepEqual(plan({ edit: 'resize-start', to: end + day }), {
      start: '2026-03-06',
      end: '2026-03-07',
      duration: undefined,
    });
    // A view that snaps to hours allows an hour.
    assert.deepEqual(plan({ edit: 'resize-start', to: end, minLength: 60 }), {
      start: '2026-03-06T23:00',
      end: '2026-03-07',
      duration: undefined,
    });
    assert.equal(plan({ edit: 'resize-end', to: end }), undefined);
  });

  it('a resize of the end pins a linked task where it is shown', () => {
    assert.deepEqual(plan({ edit: 'resize-end', to: end + day, linked: true }), {
      start: '2026-03-02',
      constraint: { type: 'SNET', date: '2026-03-02' },
      end: '2026-03-08',
      duration: undefined,
    });
  });

  it('typed dates set both ends (exclusive end at midnight), as given', () => {
    assert.deepEqual(plan({ edit: 'span', to: start, toEnd: at('2026-03-12'), linked: true }), {
      start: '2026-03-02',
      constraint: { type: 'SNET', date: '2026-03-02' },
      end: '2026-03-12',
      duration: undefined,
    });
    assert.equal(plan({ edit: 'span', to: start, toEnd: end }), undefined);
    assert.equal(plan({ edit: 'span', to: start }), undefined);
  });

  it('a milestone only moves; a summary is never edited; non-finite dates plan nothing', () => {
    const m = { shape: 'milestone' as const, start, end: start };
    assert.deepEqual(plan({ ...m, to: start + day }), { start: '2026-03-03' });
    assert.deepEqual(plan({ ...m, edit: 'span', to: start + day, toEnd: start + day }), {
      start: '2026-03-03',
    });
    assert.equal(plan({ ...m, edit: 'resize-end', to: start + day }), undefined);
    assert.equal(plan({ ...m, edit: 'resize-start', to: start - day }), undefined);
    assert.equal(plan({ shape: 'summary', to: start + day }), undefined);
    assert.equal(plan({ edit: 'resize-end', to: Number.NaN }), undefined);
    assert.equal(plan({ start: Number.NaN, to: start }), undefined);
  });

  it('applied to a store: the moved linked task stays where it was dropped, successors follow', () => {
    const data: ProjectData = {
      id: 'p',
      name: 'P',
      start: '2026-03-02',
      tasks: [
        { id: 'a', name: 'A', start: '2026-03-02', duration: 2 },
        { id: 'b', name: 'B', duration: 3 },
        { id: 'c', name: 'C', duration: 1 },
      ],
      dependencies: [
        { id: 'ab', from: 'a', to: 'b' },
        { id: 'bc', from: 'b', to: 'c' },
      ],
    };
    const project = createProject(data);
    assert.equal(project.scheduled('b')?.start, '2026-03-04');
    const shown = { start: at('2026-03-04'), end: at('2026-03-07') };
    const patch = planDateEdit({ task: {}, edit: 'move', ...shown, to: at('2026-03-10'), linked: true });
    assert.ok(patch);
    project.transaction(() => project.updateTask('b', patch));
    assert.equal(project.scheduled('b')?.start, '2026-03-10');
    assert.equal(project.scheduled('b')?.end, '2026-03-13');
    assert.equal(project.scheduled('c')?.start, '2026-03-13');
    // A resize of the start keeps the end (the duration is derived, not kept).
    const resize = planDateEdit({
      task: {},
      edit: 'resize-start',
      start: at('2026-03-10'),
      end: at('2026-03-13'),
      to: at('2026-03-11'),
      linked: true,
    });
    assert.ok(resize);
    project.transaction(() => project.updateTask('b', resize));
    assert.equal(project.scheduled('b')?.start, '2026-03-11');
    assert.equal(project.scheduled('b')?.end, '2026-03-13');
    assert.equal(project.task('b')?.duration, 2);
    project.undo();
    project.undo();
    assert.equal(project.scheduled('b')?.start, '2026-03-04');
    assert.equal(project.task('b')?.constraint, undefined);
  });
});

describe('shiftByWorkingTime', () => {
  const calendar = WorkCalendar.from(undefined);
  it('moves a start by working days, over weekends both ways', () => {
    const friday = at('2026-03-06');
    assert.equal(shiftByWorkingTime(calendar, friday, 2 * day), at('2026-03-10'));
    assert.equal(shiftByWorkingTime(calendar, at('2026-03-10'), -2 * day), friday);
    assert.equal(shiftByWorkingTime(calendar, friday, 0), friday);
  });

  it('on a standard calendar, by working hours across the lunch break and the night', () => {
    const standard = standardCalendar();
    const monday = at('2026-03-02T11:00');
    assert.equal(shiftByWorkingTime(standard, monday, 120), at('2026-03-02T14:00'));
    assert.equal(shiftByWorkingTime(standard, at('2026-03-02T16:00'), 120), at('2026-03-03T09:00'));
  });
});
