import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { Operation } from '../../src/model/operations.js';
import type { CalendarData, Dependency, ProjectData, Task } from '../../src/model/types.js';
import { createSchedulerPort } from '../../src/schedule/port.js';
import { schedule } from '../../src/schedule/schedule.js';
import { STANDARD_CALENDAR_DATA, WorkCalendar } from '../../src/time/calendar.js';
import { toWallMinutes as at } from '../../src/time/wall-time.js';

const TYPES = ['FS', 'SS', 'FF', 'SF'] as const;
const CALENDARS: CalendarData[] = [
  { id: 'default' },
  STANDARD_CALENDAR_DATA,
  { id: 'holidays', workingHours: [['09:00', '17:30']], holidays: ['2026-03-04', '2026-03-10'] },
];

interface Shape {
  calendar: number;
  tasks: { duration: number; start: number; soft?: ['SNET' | 'FNET', number] }[];
  links: { from: number; to: number; type: number; lag: number }[];
}

const shape: fc.Arbitrary<Shape> = fc
  .record({
    calendar: fc.integer({ min: 0, max: 2 }),
    tasks: fc.array(
      fc.record({
        duration: fc.integer({ min: 0, max: 40 }),
        start: fc.integer({ min: 0, max: 10 }),
        soft: fc.option(
          fc.tuple(fc.constantFrom('SNET' as const, 'FNET' as const), fc.integer({ min: 0, max: 15 })),
          {
            nil: undefined,
          },
        ),
      }),
      { minLength: 1, maxLength: 25 },
    ),
    links: fc.array(
      fc.record({
        from: fc.nat(),
        to: fc.nat(),
        type: fc.integer({ min: 0, max: 3 }),
        lag: fc.integer({ min: -16, max: 16 }),
      }),
      { maxLength: 40 },
    ),
  })
  .map((s) => ({ ...s, links: s.links.filter((l) => l.from % s.tasks.length !== l.to % s.tasks.length) }));

function day(n: number): string {
  return new Date(Date.UTC(2026, 2, 2 + n)).toISOString().slice(0, 10);
}

/** Builds a DAG: a link always goes from the lower index to the higher. */
function toData(s: Shape): ProjectData {
  const n = s.tasks.length;
  const tasks: Task[] = s.tasks.map((t, i) => {
    const task: Task = {
      id: `t${i}`,
      name: `t${i}`,
      start: day(t.start),
      duration: t.duration,
      durationUnit: 'hour',
    };
    if (t.duration === 0) task.type = 'milestone';
    if (t.soft) task.constraint = { type: t.soft[0], date: day(t.soft[1]) };
    return task;
  });
  const seen = new Set<string>();
  const dependencies: Dependency[] = [];
  for (const l of s.links) {
    const a = Math.min(l.from % n, l.to % n);
    const b = Math.max(l.from % n, l.to % n);
    if (seen.has(`${a}-${b}`)) continue;
    seen.add(`${a}-${b}`);
    dependencies.push({
      id: `d${a}-${b}`,
      from: `t${a}`,
      to: `t${b}`,
      type: TYPES[l.type],
      lag: l.lag,
      lagUnit: 'hour',
    });
  }
  return { id: 'p', name: 'p', start: '2026-03-02', calendar: CALENDARS[s.calendar], tasks, dependencies };
}

const edit = fc.record({
  task: fc.nat(),
  kind: fc.integer({ min: 0, max: 5 }),
  value: fc.integer({ min: 0, max: 30 }),
});

type Edit = { task: number; kind: number; value: number };

/** One random edit of a task (or a link) as new data and the operation that makes it; tasks before `first` stay. */
function editOf(data: ProjectData, e: Edit, first: number): { data: ProjectData; op: Operation } {
  const i = first + (e.task % (data.tasks.length - first));
  const before = data.tasks[i] as Task;
  const after: Task = { ...before };
  if (e.kind === 5 && (data.dependencies ?? []).length > 0) {
    const deps = data.dependencies ?? [];
    const d = deps[e.task % deps.length] as Dependency;
    const changed: Dependency = { ...d, lag: e.value - 15, type: TYPES[e.value % 4] };
    return {
      data: { ...data, dependencies: deps.map((x) => (x === d ? changed : x)) },
      op: { kind: 'update', entity: 'dependency', id: d.id, before: d, after: changed },
    };
  }
  if (e.kind === 0) after.duration = e.value;
  else if (e.kind === 1) after.start = day(e.value % 12);
  else if (e.kind === 2) after.constraint = { type: 'MSO', date: `${day(e.value % 12)}T10:00` };
  else if (e.kind === 3) after.constraint = { type: e.value % 2 ? 'ALAP' : 'FNLT', date: day(e.value % 12) };
  else if (e.kind === 4) after.manual = !before.manual;
  else delete after.constraint;
  if (after.type === 'milestone' && after.duration !== 0) delete after.type;
  return {
    data: { ...data, tasks: data.tasks.map((t, k) => (k === i ? after : t)) },
    op: { kind: 'update', entity: 'task', id: before.id, before, after },
  };
}

/**
 * Applies each edit to both the data and an incremental port, and checks after every edit that the
 * port's result equals a full schedule of the data. Tasks before `first` (summaries) are not edited.
 */
function checkIncremental(initial: ProjectData, edits: Edit[], first = 0) {
  let data = initial;
  const port = createSchedulerPort();
  port.load(data);
  for (const e of edits) {
    const next = editOf(data, e, first);
    data = next.data;
    port.apply([next.op]);
    const full = schedule(data);
    const live = port.result();
    assert.deepEqual(live.tasks, full.tasks);
    assert.deepEqual(live.criticalPath, full.criticalPath);
    assert.deepEqual(live.conflicts, full.conflicts);
    assert.equal(live.end, full.end);
  }
}

describe('schedule properties on random DAGs', () => {
  it('every link holds and the forward pass is tight', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const data = toData(s);
        const cal = WorkCalendar.from(data.calendar);
        const r = schedule(data);
        const pos = (id: string, side: 'start' | 'end'): number =>
          cal.position(at(r.tasks.get(id)?.[side] as string));
        const bound = new Map<string, number>();
        const push = (id: string, value: number): void => {
          bound.set(id, Math.max(bound.get(id) ?? -Infinity, value));
        };
        const linked = new Set<string>();
        for (const d of data.dependencies ?? []) {
          const lag = (d.lag ?? 0) * 60;
          const fromStart = d.type === 'SS' || d.type === 'SF';
          const toStart = d.type === 'FS' || d.type === 'SS';
          const need = pos(d.from, fromStart ? 'start' : 'end') + lag;
          const have = pos(d.to, toStart ? 'start' : 'end');
          assert.ok(have >= need, `link ${d.id} ${d.type} holds`);
          const task = data.tasks.find((t) => t.id === d.to) as Task;
          push(d.to, toStart ? need : need - (task.duration ?? 0) * 60);
          linked.add(d.to);
        }
        for (const task of data.tasks) {
          const start = pos(task.id, 'start');
          let b = cal.position(at('2026-03-02'));
          b = Math.max(b, bound.get(task.id) ?? -Infinity);
          if (!linked.has(task.id) && !task.constraint)
            b = Math.max(b, cal.position(at(task.start as string)));
          if (task.constraint?.type === 'SNET')
            b = Math.max(b, cal.position(at(task.constraint.date as string)));
          if (task.constraint?.type === 'FNET') {
            b = Math.max(b, cal.position(at(task.constraint.date as string)) - (task.duration ?? 0) * 60);
          }
          assert.equal(
            start,
            b,
            `task ${task.id} starts exactly where its links, constraint and the project start put it`,
          );
          assert.equal(pos(task.id, 'end') - start, (task.duration ?? 0) * 60, 'duration is kept');
          const st = r.tasks.get(task.id);
          assert.ok(st && st.totalSlack >= 0 && st.freeSlack <= st.totalSlack && st.freeSlack >= 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('scheduling the result again changes nothing', () => {
    fc.assert(
      fc.property(shape, (s) => {
        const data = toData(s);
        const first = schedule(data);
        const again = schedule({
          ...data,
          tasks: data.tasks.map((t) => ({
            ...t,
            start: first.tasks.get(t.id)?.start,
            end: first.tasks.get(t.id)?.end,
          })),
        });
        assert.deepEqual(again, first);
      }),
      { numRuns: 200 },
    );
  });

  it('the incremental port equals a full schedule after every edit', () => {
    fc.assert(
      fc.property(shape, fc.array(edit, { minLength: 1, maxLength: 8 }), (s, edits) =>
        checkIncremental(toData(s), edits),
      ),
      { numRuns: 200 },
    );
  });

  it('… also with summary tasks and tasks on their own calendars', () => {
    const nested = fc.record({
      base: shape,
      parents: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 25 }),
      calendars: fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 25 }),
      // Links from a summary to a task and from a task to a summary (each: FS, lag in hours).
      fromSummary: fc.option(
        fc.tuple(fc.integer({ min: 0, max: 1 }), fc.nat(), fc.integer({ min: -8, max: 8 })),
      ),
      toSummary: fc.option(
        fc.tuple(fc.nat(), fc.integer({ min: 0, max: 1 }), fc.integer({ min: -8, max: 8 })),
      ),
    });
    fc.assert(
      fc.property(nested, fc.array(edit, { minLength: 1, maxLength: 8 }), (n, edits) => {
        const data = toData(n.base);
        // Up to two summaries (one inside the other) and tasks on a calendar other than the project's.
        const tasks: Task[] = [
          { id: 'g0', name: 'g0' },
          { id: 'g1', name: 'g1', parentId: 'g0' },
          ...data.tasks.map((t, i) => {
            const task: Task = { ...t };
            const parent = n.parents[i] ?? 3;
            if (parent < 2) task.parentId = `g${parent}`;
            const calendar = n.calendars[i] ?? 3;
            if (calendar < 3) task.calendarId = CALENDARS[calendar]?.id as string;
            return task;
          }),
        ];
        const dependencies = [...(data.dependencies ?? [])];
        const count = data.tasks.length;
        if (n.fromSummary) {
          const [g, t, lag] = n.fromSummary;
          dependencies.push({ id: 'from-g', from: `g${g}`, to: `t${t % count}`, lag, lagUnit: 'hour' });
        }
        if (n.toSummary) {
          const [t, g, lag] = n.toSummary;
          dependencies.push({ id: 'to-g', from: `t${t % count}`, to: `g${g}`, lag, lagUnit: 'hour' });
        }
        const nestedData = { ...data, tasks, dependencies, calendars: CALENDARS };
        try {
          schedule(nestedData);
        } catch {
          return; // a summary link that closes a loop through the hierarchy
        }
        checkIncremental(nestedData, edits, 2);
      }),
      { numRuns: 150 },
    );
  });

  it('… also when batches add and remove tasks and links between edits in place', () => {
    const step = fc.record({ edit, grow: fc.nat(3), at: fc.nat() });
    fc.assert(
      fc.property(shape, fc.array(step, { minLength: 1, maxLength: 8 }), (s, steps) => {
        let data = toData(s);
        const port = createSchedulerPort();
        port.load(data);
        let added = 0;
        for (const { edit: e, grow, at } of steps) {
          const ops: Operation[] = [];
          const tasks = data.tasks;
          if (grow === 1) {
            // A new task after an existing one (an FS link from it), in one batch with an edit.
            const from = tasks[at % tasks.length] as Task;
            const task: Task = {
              id: `n${added}`,
              name: `n${added}`,
              start: day(at % 9),
              duration: 4,
              durationUnit: 'hour',
            };
            const link: Dependency = { id: `nl${added}`, from: from.id, to: task.id };
            added++;
            data = { ...data, tasks: [...tasks, task], dependencies: [...(data.dependencies ?? []), link] };
            ops.push({ kind: 'add', entity: 'task', id: task.id, after: task });
            ops.push({ kind: 'add', entity: 'dependency', id: link.id, after: link });
          } else if (grow === 2 && (data.dependencies ?? []).length > 0) {
            const deps = data.dependencies ?? [];
            const gone = deps[at % deps.length] as Dependency;
            data = { ...data, dependencies: deps.filter((d) => d !== gone) };
            ops.push({ kind: 'remove', entity: 'dependency', id: gone.id, before: gone });
          } else if (grow === 3 && tasks.length > 1) {
            // Removing a task removes its links in the same batch, as the store does.
            const gone = tasks[at % tasks.length] as Task;
            const links = (data.dependencies ?? []).filter((d) => d.from === gone.id || d.to === gone.id);
            data = {
              ...data,
              tasks: tasks.filter((t) => t !== gone),
              dependencies: (data.dependencies ?? []).filter((d) => !links.includes(d)),
            };
            for (const d of links) ops.push({ kind: 'remove', entity: 'dependency', id: d.id, before: d });
            ops.push({ kind: 'remove', entity: 'task', id: gone.id, before: gone });
          }
          if (ops.length > 0) port.apply(ops);
          const next = editOf(data, e, 0);
          data = next.data;
          port.apply([next.op]);
          const full = schedule(data);
          assert.deepEqual(port.result().tasks, full.tasks);
          assert.deepEqual(port.result().criticalPath, full.criticalPath);
          assert.equal(port.result().end, full.end);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('previews move dates as a full schedule would; ending them gives back the committed schedule', () => {
    fc.assert(
      fc.property(
        shape,
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        edit,
        fc.nat(2),
        (s, edits, last, end) => {
          const committed = toData(s);
          const port = createSchedulerPort();
          port.load(committed);
          const original = port.result();
          // Each frame of a drag: one preview batch on the state the last one left.
          let data = committed;
          const applied: Operation[] = [];
          for (const e of edits) {
            const next = editOf(data, e, 0);
            data = next.data;
            applied.push(next.op);
            port.apply([next.op], { preview: true });
            const live = port.result();
            const full = schedule(data);
            for (const [id, task] of full.tasks) {
              const shown = live.tasks.get(id);
              assert.deepEqual(
                [shown?.start, shown?.end, shown?.earlyStart, shown?.earlyEnd],
                [task.start, task.end, task.earlyStart, task.earlyEnd],
                id,
              );
            }
            assert.equal(live.end, full.end);
          }
          if (end === 2) {
            // A committed change on top of the previews (no endPreview first) settles every late date.
            const next = editOf(data, last, 0);
            port.apply([next.op]);
            const full = schedule(next.data);
            assert.deepEqual(port.result().tasks, full.tasks);
            assert.deepEqual(port.result().criticalPath, full.criticalPath);
            return;
          }
          // endPreview: the inverse of every preview batch, newest first, as one preview batch.
          const inverse = applied
            .map((op) => ({ ...op, before: op.after, after: op.before }) as Operation)
            .reverse();
          port.apply(inverse, { preview: true });
          assert.deepEqual(port.result().tasks, original.tasks);
          assert.deepEqual(port.result().criticalPath, original.criticalPath);
          if (end === 0) return;
          // The drop: the final change as one ordinary batch settles every late date.
          port.apply(applied);
          const full = schedule(data);
          assert.deepEqual(port.result().tasks, full.tasks);
          assert.deepEqual(port.result().criticalPath, full.criticalPath);
        },
      ),
      {
        numRuns: 200,
        examples: [
          // A found case: a leaf's free slack, changed by the first frame (its predecessor's constraint
          // became ALAP and the finish moved), stayed changed when the reverting frame's forward pass
          // stopped before reaching it.
          [
            {
              calendar: 1,
              tasks: [
                ...[0, 1, 2].map(() => ({ duration: 0, start: 0 })),
                { duration: 9, start: 10, soft: ['FNET', 11] },
                { duration: 8, start: 0 },
                { duration: 0, start: 0 },
                { duration: 10, start: 0, soft: ['FNET', 11] },
                ...[7, 8, 9].map(() => ({ duration: 0, start: 0 })),
              ],
              links: [
                { from: 3, to: 4, type: 2, lag: 9 },
                { from: 6, to: 7, type: 0, lag: 0 },
                { from: 4, to: 6, type: 1, lag: -11 },
              ],
            },
            [
              { task: 3, kind: 3, value: 15 },
              { task: 3, kind: 0, value: 0 },
            ],
            { task: 0, kind: 0, value: 0 },
            0,
          ],
        ],
      },
    );
  });

  it('the port rejects a link that closes a cycle and keeps its state', () => {
    const data = toData({
      calendar: 0,
      tasks: [
        { duration: 8, start: 0 },
        { duration: 8, start: 0 },
        { duration: 8, start: 0 },
      ],
      links: [
        { from: 0, to: 1, type: 0, lag: 0 },
        { from: 1, to: 2, type: 0, lag: 0 },
      ],
    });
    const port = createSchedulerPort();
    port.load(data);
    const before = port.result();
    const closing: Dependency = { id: 'back', from: 't2', to: 't0' };
    assert.throws(
      () => port.apply([{ kind: 'add', entity: 'dependency', id: 'back', after: closing }]),
      /cycle/,
    );
    assert.deepEqual(port.result(), before);
    assert.equal(port.get('t2')?.start, '2026-03-02T16:00');
  });
});
