import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Operation } from '../../src/model/operations.js';
import type { ProjectData, ScheduledTask, ScheduleResult } from '../../src/model/types.js';
import { createProject } from '../../src/store/project.js';
import { formatWallTime } from '../../src/time/wall-time.js';
import type { SchedulerPort } from '../../src/schedule/port.js';
import { sample, throwsCode } from './helpers.js';

/** A port that records calls; it "schedules" by echoing each task's own dates. */
function fakePort(fail?: (ops: readonly Operation[]) => boolean): SchedulerPort & { calls: string[] } {
  const tasks = new Map<string, ScheduledTask>();
  const calls: string[] = [];
  const put = (t: { id: string; start?: string; end?: string }) => {
    const start = t.start ?? '2026-01-01';
    const end = t.end ?? start;
    tasks.set(t.id, {
      id: t.id,
      start,
      end,
      earlyStart: start,
      earlyEnd: end,
      lateStart: start,
      lateEnd: end,
      totalSlack: 0,
      freeSlack: 0,
      critical: true,
    });
  };
  return {
    calls,
    load(data: ProjectData) {
      calls.push(`load ${data.tasks.length}`);
      for (const t of data.tasks) put(t);
    },
    apply(ops) {
      if (fail?.(ops)) throw new Error('engine says no');
      calls.push(`apply ${ops.length}`);
      for (const op of ops) {
        if (op.entity !== 'task') continue;
        if (op.kind === 'remove') tasks.delete(op.id);
        else put(op.after as { id: string });
      }
    },
    get: (id) => tasks.get(id),
    result: () => ({ start: '', end: '', tasks, criticalPath: [], conflicts: [] }) as ScheduleResult,
  };
}

describe('scheduler port', () => {
  it('is loaded once and told every committed batch, including undo and remote ones', () => {
    const port = fakePort();
    const p = createProject(sample(), { scheduler: port });
    p.updateTask('ship', { start: '2026-03-20' });
    assert.equal(p.scheduled('ship')?.start, '2026-03-20');
    p.undo();
    assert.equal(p.scheduled('ship')?.start, '2026-03-09');
    p.applyOperations([
      {
        kind: 'update',
        entity: 'task',
        id: 'ship',
        after: { ...p.task('ship'), start: '2026-03-11', end: '2026-03-11' },
      },
    ]);
    assert.equal(p.scheduled('ship')?.start, '2026-03-11');
    assert.deepEqual(port.calls, ['load 4', 'apply 1', 'apply 1', 'apply 1']);
  });

  it('rolls the store back when the engine rejects a batch', () => {
    const port = fakePort((ops) => ops.some((o) => o.entity === 'dependency'));
    const p = createProject(sample(), { scheduler: port });
    const before = p.toJSON();
    assert.throws(() => p.addDependency({ from: 'build', to: 'ship' }), /engine says no/);
    assert.deepEqual(p.toJSON(), before);
    assert.equal(p.version, 0);
  });

  it('scheduled() is undefined without a scheduler', () => {
    const p = createProject(sample(), { scheduler: false });
    assert.equal(p.scheduled('build'), undefined);
    assert.equal(p.schedule(), undefined);
  });

  it('with the default engine, moving a task reschedules its successor', () => {
    const p = createProject(sample());
    assert.equal(p.scheduled('build')?.start, '2026-03-04');
    p.updateTask('design', { start: '2026-03-09' });
    // design now runs Mon 9 – Tue 10 Mar; build (FS) follows on Wed 11 and takes 3 days.
    assert.equal(p.scheduled('design')?.end, '2026-03-11');
    assert.equal(p.scheduled('build')?.start, '2026-03-11');
    assert.equal(p.scheduled('build')?.end, '2026-03-14');
    p.undo();
    assert.equal(p.scheduled('build')?.start, '2026-03-04');
    throwsCode(() => p.addDependency({ from: 'build', to: 'design' }), 'CYCLE');
  });

  it('scheduledTimes() gives the same dates and slack as scheduled(), after edits and structural changes', () => {
    const p = createProject(sample());
    const agree = () => {
      const times = p.scheduledTimes();
      assert.ok(times);
      for (const task of p.tasks()) {
        const k = times.slot(task.id);
        const s = p.scheduled(task.id);
        assert.ok(k >= 0 && s, task.id);
        const at = (j: number): string => formatWallTime(times.instants[k * 6 + j] as number);
        assert.deepEqual(
          [at(0), at(1), at(2), at(3), at(4), at(5), times.totalSlack[k], times.freeSlack[k]],
          [s.start, s.end, s.earlyStart, s.earlyEnd, s.lateStart, s.lateEnd, s.totalSlack, s.freeSlack],
          task.id,
        );
      }
      assert.equal(times.slot('no such task'), -1);
      assert.equal(times.slot('no such task', 0), -1);
      // A hint is only a first try: a wrong one (or one out of range) still finds the slot.
      p.tasks().forEach((task, i) => {
        const k = times.slot(task.id);
        assert.equal(times.slot(task.id, k), k);
        assert.equal(times.slot(task.id, i), k);
        assert.equal(times.slot(task.id, 10_000), k);
      });
    };
    agree();
    p.updateTask('design', { start: '2026-03-09' });
    agree();
    assert.equal(
      formatWallTime(p.scheduledTimes()?.instants[(p.scheduledTimes()?.slot('build') ?? 0) * 6] ?? 0),
      '2026-03-11',
    );
    p.addTask({ name: 'Late extra', start: '2026-04-01', duration: 2 });
    agree();
    p.undo();
    agree();
  });

  it('scheduledTimes() is undefined without a scheduler or with a port that has no numeric view', () => {
    assert.equal(createProject(sample(), { scheduler: false }).scheduledTimes(), undefined);
    assert.equal(createProject(sample(), { scheduler: fakePort() }).scheduledTimes(), undefined);
  });

  it('a preview moves dates and successors but holds late dates until the change is committed', () => {
    // a (2 days) → b (2 days), and c (1 day) alone: c has slack up to the project finish.
    const p = createProject({
      id: 'h',
      name: 'Held',
      start: '2026-03-02',
      tasks: [
        { id: 'a', name: 'A', start: '2026-03-02', duration: 2 },
        { id: 'b', name: 'B', start: '2026-03-02', duration: 2 },
        { id: 'c', name: 'C', start: '2026-03-02', duration: 1 },
      ],
      dependencies: [{ id: 'ab', from: 'a', to: 'b' }],
    });
    assert.equal(p.scheduled('c')?.lateEnd, '2026-03-06');
    assert.equal(p.scheduled('c')?.totalSlack, 3 * 1440);
    const seen: string[] = [];
    p.subscribe((batch) => seen.push(batch.origin));
    p.preview(() => p.updateTask('a', { duration: 4 }));
    // b follows at once (Fri 6 – Mon 9 Mar), and the project now finishes at Tue 10 Mar 00:00 …
    assert.equal(p.scheduled('b')?.start, '2026-03-06');
    assert.equal(p.schedule()?.end, '2026-03-10');
    // … while c keeps the late dates (and slack) of the committed plan during the preview.
    assert.equal(p.scheduled('c')?.lateEnd, '2026-03-06');
    assert.equal(p.scheduled('c')?.totalSlack, 3 * 1440);
    p.endPreview();
    assert.equal(p.scheduled('b')?.start, '2026-03-04');
    p.transaction(() => p.updateTask('a', { duration: 4 }));
    assert.deepEqual(seen, ['preview', 'preview', 'local']);
    // Committed: c's late finish follows the new project finish (Tue 10 Mar 00:00).
    assert.equal(p.scheduled('c')?.lateEnd, '2026-03-10');
    assert.equal(p.scheduled('c')?.totalSlack, 5 * 1440);
  });
});
