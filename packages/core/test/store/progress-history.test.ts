import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { burndown } from '../../src/analytics/burndown.js';
import { frameOf } from '../../src/analytics/frame.js';
import type { ProjectData } from '../../src/model/types.js';
import { createProject } from '../../src/store/project.js';

const data = (): ProjectData => ({
  id: 'p',
  name: 'P',
  start: '2026-03-02',
  tasks: [
    { id: 'a', name: 'A', start: '2026-03-02', duration: 5, progress: 0 },
    { id: 'b', name: 'B', start: '2026-03-02', duration: 5, progress: 20 },
    { id: 'c', name: 'C <img src=x>', start: '2026-03-09', duration: 5 },
  ],
});

/** A store on a clock the test moves. */
function onClock(start: string) {
  const clock = { now: start };
  const project = createProject(data(), { now: () => clock.now });
  return { project, clock };
}

describe('Project.progressHistory', () => {
  it('is empty, and the same array, until progress changes; other changes leave it so', () => {
    const { project } = onClock('2026-03-02T09:00');
    const first = project.progressHistory();
    assert.deepEqual(first, []);
    project.updateTask('a', { name: 'Renamed', duration: 6 });
    project.addTask({ name: 'New' });
    assert.equal(project.progressHistory(), first);
  });

  it('keeps one snapshot per day: the first with every task from before, later ones with what changed', () => {
    const { project, clock } = onClock('2026-03-02T09:00');
    clock.now = '2026-03-03T10:00';
    project.updateTask('a', { progress: 30 });
    project.updateTask('a', { progress: 50 });
    clock.now = '2026-03-05T16:00';
    project.updateTask('b', { progress: 100 });
    const history = project.progressHistory();
    assert.deepEqual(history, [
      { at: '2026-03-02', progress: { a: 0, b: 20, c: 0 } },
      { at: '2026-03-03', progress: { a: 50 } },
      { at: '2026-03-05', progress: { b: 100 } },
    ]);
    assert.equal(project.progressHistory(), history, 'the same array until progress changes again');
    assert.ok(Object.isFrozen(history) && Object.isFrozen(history[1]));
  });

  it('counts undo, redo and remote batches, not previews', () => {
    const { project, clock } = onClock('2026-03-02T09:00');
    project.preview(() => project.updateTask('a', { progress: 80 }));
    project.endPreview();
    assert.deepEqual(project.progressHistory(), []);
    clock.now = '2026-03-04T09:00';
    project.updateTask('a', { progress: 40 });
    project.undo();
    assert.deepEqual(project.progressHistory().at(-1), { at: '2026-03-04', progress: { a: 0 } });
    project.redo();
    clock.now = '2026-03-06T09:00';
    project.applyOperations([
      {
        kind: 'update',
        entity: 'task',
        id: 'c',
        after: { ...(project.task('c') as object), progress: 10 } as never,
      },
    ]);
    assert.deepEqual(project.progressHistory().slice(1), [
      { at: '2026-03-04', progress: { a: 40 } },
      { at: '2026-03-06', progress: { c: 10 } },
    ]);
  });

  it('a task added with progress is recorded, a removed one is not; the first day keeps the state before', () => {
    const { project, clock } = onClock('2026-03-02T09:00');
    clock.now = '2026-03-03T09:00';
    const added = project.addTask({ name: 'Done already', progress: 100 });
    project.removeTask('b');
    assert.deepEqual(project.progressHistory(), [
      { at: '2026-03-02', progress: { a: 0, b: 20, c: 0 } },
      { at: '2026-03-03', progress: { [added.id]: 100 } },
    ]);
  });

  it("a change on the day the store loaded overwrites that day: the first snapshot is the day's end", () => {
    const { project } = onClock('2026-03-02T09:00');
    project.updateTask('b', { progress: 60 });
    assert.deepEqual(project.progressHistory(), [{ at: '2026-03-02', progress: { a: 0, b: 60, c: 0 } }]);
  });

  it("is what burndown's actual line needs: the same line as the equivalent hand-kept snapshots", () => {
    const { project, clock } = onClock('2026-03-02T09:00');
    clock.now = '2026-03-04T12:00';
    project.updateTask('a', { progress: 100 });
    clock.now = '2026-03-06T12:00';
    project.updateTask('b', { progress: 60 });
    const frame = frameOf(project, { today: '2026-03-09' });
    const fromStore = burndown(frame, { snapshots: project.progressHistory() });
    const byHand = burndown(frame, {
      snapshots: [
        { at: '2026-03-02', progress: { a: 0, b: 20, c: 0 } },
        { at: '2026-03-04', progress: { a: 100 } },
        { at: '2026-03-06', progress: { b: 60 } },
      ],
    });
    assert.deepEqual(fromStore.actual, byHand.actual);
    // Remaining work falls on the days progress was recorded.
    const remaining = (at: string) => fromStore.actual.find((p) => p.at.startsWith(at))?.remaining;
    const on2 = remaining('2026-03-02') as number;
    const on4 = remaining('2026-03-04') as number;
    assert.ok(on4 < on2, `remaining fell from ${on2} to ${on4}`);
  });
});
