import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProjectData } from '../../../src/model/types.js';
import { personCalendar, resourceLoad } from '../../../src/resources/load.js';
import { overallocations } from '../../../src/resources/overallocations.js';
import { schedule } from '../../../src/schedule/schedule.js';
import { parseWallTime } from '../../../src/time/wall-time.js';
import {
  type HistogramRow,
  histogramBounds,
  histogramCells,
  histogramCellStart,
  histogramPathBars,
  histogramPaths,
  histogramUnit,
  personCells,
  planReassign,
  resourceIndex as indexOf,
  shiftedPersonCells,
  usageRows,
} from '../../../src/views/resources/index.js';

/** The index with its inputs as the root entry computes them. */
function resourceIndex(d: ProjectData) {
  const dates = schedule(d);
  return indexOf(d, {
    schedule: dates,
    overallocations: overallocations(d, { schedule: dates }),
    calendar: (p) => personCalendar(d, p),
  });
}

const t = (s: string): number => parseWallTime(s) as number;

/**
 * 09:00–17:00, Monday to Friday. A: Mon 2 – Wed 4 March 2026, Ann 100 % and Bob (max 50 %) by the
 * shorthand. B: Wed 4 – Thu 5, Ann 50 %. C: the same days, a material resource. Cy works Mondays
 * only (own calendar) on D, 7 days of work: the task works when Cy does, seven Mondays.
 */
function data(): ProjectData {
  return {
    id: 'p',
    name: 'P',
    start: '2026-03-02',
    calendar: { workingHours: [['09:00', '17:00']] },
    calendars: [{ id: 'mon', name: 'Mondays', workingDays: [1], workingHours: [['09:00', '17:00']] }],
    people: [
      { id: 'ann', name: 'Ann' },
      { id: 'bob', name: 'Bob', maxUnits: 50 },
      { id: 'oil', name: 'Oil', type: 'material', maxUnits: 100 },
      { id: 'cy', name: 'Cy', calendarId: 'mon' },
      { id: 'dee', name: 'Dee' },
    ],
    tasks: [
      { id: 'a', name: 'A', start: '2026-03-02', duration: 3, assignees: ['ann', 'bob'] },
      { id: 'b', name: 'B', start: '2026-03-04', duration: 2 },
      { id: 'c', name: 'C', start: '2026-03-04', duration: 2 },
      { id: 'd', name: 'D', start: '2026-03-02', duration: 7 },
    ],
    assignments: [
      { taskId: 'b', personId: 'ann', units: 50 },
      { taskId: 'c', personId: 'oil', units: 500 },
      { id: 'd-cy', taskId: 'd', personId: 'cy', units: 100 },
    ],
  };
}

const WEEK = { from: t('2026-03-02T00:00'), to: t('2026-03-07T00:00'), unit: 'day' as const };

describe('views/resources: index', () => {
  it('lists work resources in order, material left out, spans sorted, over-allocated stretches', () => {
    const index = resourceIndex(data());
    assert.deepEqual(
      index.people.map((p) => p.id),
      ['ann', 'bob', 'cy', 'dee'],
    );
    const ann = index.byId.get('ann');
    assert.deepEqual(
      ann?.spans.map((s) => [s.taskId, s.units, s.implicit]),
      [
        ['a', 100, true],
        ['b', 50, false],
      ],
    );
    assert.deepEqual(ann?.over, [[t('2026-03-04T09:00'), t('2026-03-04T17:00')]]);
    assert.equal(index.byId.get('dee')?.spans.length, 0);
  });

  it('an empty project has no people and no cells', () => {
    const index = resourceIndex({ id: 'e', name: 'E', tasks: [] });
    assert.deepEqual(index.people, []);
    assert.deepEqual(histogramCells(index, { first: 0, last: 10, ...WEEK }), []);
    assert.deepEqual(usageRows(index), []);
  });
});

describe('views/resources: histogram cells', () => {
  it('day cells: work against capacity, units, over-allocation (part-time max units)', () => {
    const rows = histogramCells(resourceIndex(data()), { first: 0, last: 2, ...WEEK });
    const [ann, bob] = rows;
    assert.equal(ann?.cells.length, 5);
    assert.deepEqual(
      ann?.cells.map((c) => [c.units, c.over]),
      [
        [100, false],
        [100, false],
        [150, true],
        [50, false],
        [0, false],
      ],
    );
    assert.equal(ann?.cells[2]?.work, 720);
    assert.equal(ann?.cells[2]?.capacity, 480);
    assert.equal(ann?.peak, 150);
    // Bob works 100 % of his days on A with a max of 50 %: over, capacity half his working time.
    assert.deepEqual(
      bob?.cells.slice(0, 3).map((c) => [c.units, c.capacity, c.over]),
      [
        [100, 240, true],
        [100, 240, true],
        [100, 240, true],
      ],
    );
    assert.equal(bob?.cells[3]?.over, false);
  });

  it('the person calendar: Cy works Mondays only, so a week holds one day of work and of capacity', () => {
    const index = resourceIndex(data());
    const [cy] = histogramCells(index, {
      first: 2,
      last: 3,
      from: t('2026-03-02T00:00'),
      to: t('2026-03-17T00:00'),
      unit: 'week',
    });
    assert.deepEqual(
      cy?.cells.map((c) => [c.work, c.capacity]),
      [
        [480, 480],
        [480, 480],
        [480, 480],
      ],
    );
  });

  it('matches resourceLoad cell by cell (one counting rule)', () => {
    const d = data();
    const rows = histogramCells(resourceIndex(d), { first: 0, last: 4, ...WEEK });
    for (const load of resourceLoad(d, { from: '2026-03-02', to: '2026-03-07' })) {
      const row = rows.find((r) => r.personId === load.personId);
      for (const cell of load.cells) {
        const mine = row?.cells.find((c) => c.start === t(cell.start));
        assert.equal(mine?.work, cell.work, `${load.personId} ${cell.start}`);
        assert.equal(mine?.capacity, cell.capacity);
      }
    }
  });

  it('only the rows and cells of the window', () => {
    const rows = histogramCells(resourceIndex(data()), {
      first: 1,
      last: 2,
      from: t('2026-03-03T12:00'),
      to: t('2026-03-04T01:00'),
      unit: 'day',
    });
    assert.equal(rows.length, 1);
    assert.deepEqual(
      rows[0]?.cells.map((c) => c.start),
      [t('2026-03-03T00:00'), t('2026-03-04T00:00')],
    );
  });

  it('cell units: days up to the week zoom, Monday weeks, calendar months', () => {
    assert.equal(histogramUnit('week'), 'day');
    assert.equal(histogramUnit('quarter'), 'week');
    assert.equal(histogramUnit('year'), 'month');
    assert.equal(histogramCellStart(t('2026-03-05T10:00'), 'week'), t('2026-03-02T00:00'));
    assert.equal(histogramCellStart(t('2026-03-05T10:00'), 'month'), t('2026-03-01T00:00'));
    assert.deepEqual(histogramBounds(t('2026-01-20T00:00'), t('2026-03-02T00:00'), 'month'), [
      t('2026-01-01T00:00'),
      t('2026-02-01T00:00'),
      t('2026-03-01T00:00'),
      t('2026-04-01T00:00'),
    ]);
  });

  it('50 people over 2 years: a window of 15 people × 60 days reads only what it shows', () => {
    const people = Array.from({ length: 50 }, (_, i) => ({ id: `p${i}`, name: `P${i}` }));
    const tasks = Array.from({ length: 2000 }, (_, i) => ({
      id: `t${i}`,
      name: `T${i}`,
      start: '2026-01-05',
      duration: 5,
      assignees: [`p${i % 50}`],
    }));
    const links = tasks.slice(50).map((task, i) => ({ id: `l${i}`, from: `t${i}`, to: task.id }));
    const index = resourceIndex({
      id: 'big',
      name: 'Big',
      start: '2026-01-05',
      people,
      tasks,
      dependencies: links,
    } as ProjectData);
    assert.equal(index.byId.get('p0')?.spans.length, 40);
    const rows = histogramCells(index, {
      first: 10,
      last: 25,
      from: t('2026-06-01T00:00'),
      to: t('2026-07-31T00:00'),
      unit: 'day',
    });
    assert.equal(rows.length, 15);
    assert.equal(rows[0]?.cells.length, 60);
    assert.ok(rows.every((r) => r.cells.every((c) => !c.over)));
  });
});

describe('views/resources: a moved window reuses cells', () => {
  it('equals the cells computed afresh, forward, back, without overlap, in every unit', () => {
    const index = resourceIndex(data());
    for (const unit of ['day', 'week', 'month'] as const)
      for (const person of index.people) {
        const at = (from: string, to: string) => histogramBounds(t(from), t(to), unit);
        const before = personCells(person, at('2026-02-20T00:00', '2026-03-20T00:00'));
        for (const [from, to] of [
          ['2026-03-01T00:00', '2026-04-10T00:00'],
          ['2026-02-01T00:00', '2026-03-05T00:00'],
          ['2026-02-25T00:00', '2026-03-10T00:00'],
          ['2026-09-01T00:00', '2026-10-01T00:00'],
        ] as const) {
          const bounds = at(from, to);
          assert.deepEqual(shiftedPersonCells(person, bounds, before), personCells(person, bounds));
        }
      }
  });

  it('reuses the shared cells (the same objects) and computes only the new ones', () => {
    const [ann] = resourceIndex(data()).people;
    if (!ann) throw new Error('no Ann');
    const before = personCells(ann, histogramBounds(t('2026-03-02T00:00'), t('2026-03-07T00:00'), 'day'));
    const after = shiftedPersonCells(
      ann,
      histogramBounds(t('2026-03-04T00:00'), t('2026-03-09T00:00'), 'day'),
      before,
    );
    assert.equal(after.cells[0], before.cells[2]);
    assert.equal(after.cells[2], before.cells[4]);
    assert.equal(after.cells.length, 5);
    assert.equal(after.peak, 150);
  });
});

describe('views/resources: histogram paths', () => {
  const geometry = (rtl: boolean) => ({
    start: WEEK.from,
    pxPerMinute: 16 / 1440,
    width: 1000,
    height: 32,
    rtl,
  });

  it('draws the over-allocated part where the load exceeds capacity and nowhere else', () => {
    const [ann, bob, cy] = histogramCells(resourceIndex(data()), { first: 0, last: 3, ...WEEK });
    const paths = histogramPaths(ann as HistogramRow, geometry(false));
    // Ann: Monday, Tuesday and Thursday within capacity, Wednesday (150 %) over, Friday idle.
    assert.deepEqual(
      histogramPathBars(paths.load).map((b) => b.x),
      [0.5, 16.5, 48.5],
    );
    assert.deepEqual(
      histogramPathBars(paths.over).map((b) => [b.x, b.width]),
      [[32.5, 15]],
    );
    // The scale: 150 % is the peak (above 125 % of 100 %), the plot 26 px from y = 30 up.
    assert.equal(histogramPathBars(paths.over)[0]?.top, 4);
    assert.equal(histogramPathBars(paths.load)[0]?.top, 12.67);
    assert.equal(paths.capacity, 30 - 26 / 1.5);
    // Bob is over wherever he works; Cy never.
    const b = histogramPaths(bob as HistogramRow, geometry(false));
    assert.equal(histogramPathBars(b.over).length, 3);
    assert.equal(b.load, '');
    assert.equal(histogramPaths(cy as HistogramRow, geometry(false)).over, '');
  });

  it('right to left: mirrored over the axis width, the earliest cell rightmost', () => {
    const [ann] = histogramCells(resourceIndex(data()), { first: 0, last: 1, ...WEEK });
    const paths = histogramPaths(ann as HistogramRow, geometry(true));
    assert.deepEqual(
      histogramPathBars(paths.load).map((b) => b.x),
      [984.5, 968.5, 936.5],
    );
    assert.deepEqual(
      histogramPathBars(paths.over).map((b) => b.x),
      [952.5],
    );
  });
});

describe('views/resources: usage rows and reassigning', () => {
  it('each person then their assignments; over-allocated ones marked; collapsed people', () => {
    const index = resourceIndex(data());
    const rows = usageRows(index);
    assert.deepEqual(
      rows.map((r) =>
        r.kind === 'person' ? `${r.personId}${r.over ? '!' : ''}` : `  ${r.span.taskId}${r.over ? '!' : ''}`,
      ),
      ['ann!', '  a!', '  b!', 'bob!', '  a!', 'cy', '  d', 'dee'],
    );
    assert.deepEqual(
      usageRows(index, new Set(['ann', 'bob'])).map((r) => r.personId),
      ['ann', 'bob', 'cy', 'cy', 'dee'],
    );
  });

  it('plans a reassignment: shorthand swaps assignees, an explicit one changes its person', () => {
    const d = data();
    const a = d.tasks[0] as ProjectData['tasks'][number];
    assert.deepEqual(planReassign({ assignmentId: 'a:ann', implicit: true }, 'ann', 'dee', a, []), [
      { kind: 'task', id: 'a', patch: { assignees: ['dee', 'bob'] } },
    ]);
    const dt = d.tasks[3] as ProjectData['tasks'][number];
    assert.deepEqual(
      planReassign({ assignmentId: 'd-cy', implicit: false }, 'cy', 'dee', dt, [{ personId: 'cy' }]),
      [{ kind: 'assignment', id: 'd-cy', patch: { personId: 'dee' } }],
    );
    assert.deepEqual(planReassign({ assignmentId: 'd-cy', implicit: false }, 'cy', 'cy', dt, []), []);
    assert.throws(
      () => planReassign({ assignmentId: 'a:ann', implicit: true }, 'ann', 'bob', a, []),
      (e: Error & { code?: string }) => e.code === 'INVALID_ARGUMENT',
    );
  });
});
