import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  checkProjectData,
  createProject,
  importMSProjectXML,
  RoadlineError,
  schedule,
  toMSProjectXML,
} from '../../src/index.js';
import type { ProjectData } from '../../src/model/types.js';

function data(): ProjectData {
  return {
    id: 'p',
    name: 'Delays',
    start: '2026-03-02',
    calendar: { workingDays: [1, 2, 3, 4, 5], workingHours: [['09:00', '17:00']] },
    people: [{ id: 'ann', name: 'Ann' }],
    tasks: [
      { id: 'a', name: 'A', duration: 2, assignees: ['ann'] },
      { id: 'b', name: 'B', duration: 2, assignees: ['ann'] },
      { id: 'c', name: 'C', duration: 1 },
    ],
    dependencies: [{ id: 'l', from: 'b', to: 'c' }],
  };
}

describe('Task.levelingDelay in the engine, validation and JSON', () => {
  it('delays the early start by working minutes of the task calendar, and successors follow', () => {
    const d = data();
    (d.tasks[1] as { levelingDelay?: number }).levelingDelay = 4 * 480;
    const s = schedule(d);
    assert.equal(s.tasks.get('b')?.start, '2026-03-06T09:00', 'Monday + 4 working days');
    assert.equal(s.tasks.get('b')?.end, '2026-03-09T17:00', 'over the weekend');
    assert.equal(s.tasks.get('c')?.start, '2026-03-10T09:00');
    assert.deepEqual(s.conflicts, []);
  });

  it('rejects a negative or non-numeric delay with a typed error', () => {
    const d = data();
    (d.tasks[0] as { levelingDelay?: unknown }).levelingDelay = -5;
    const issues = checkProjectData(d).issues;
    assert.equal(issues.length, 1);
    assert.equal(issues[0]?.code, 'INVALID_DURATION');
    assert.equal(issues[0]?.path, 'tasks[0].levelingDelay');
    assert.throws(
      () => createProject(d),
      (e: unknown) => e instanceof RoadlineError && e.code === 'INVALID_DATA',
    );
    (d.tasks[0] as { levelingDelay?: unknown }).levelingDelay = '1d';
    assert.equal(checkProjectData(d).issues[0]?.path, 'tasks[0].levelingDelay');
    assert.throws(() => schedule(d), RoadlineError);
  });

  it('round-trips through the store and toJSON', () => {
    const d = data();
    (d.tasks[1] as { levelingDelay?: number }).levelingDelay = 480;
    const project = createProject(d);
    assert.equal(project.toJSON().tasks[1]?.levelingDelay, 480);
    assert.equal(project.scheduled('b')?.start, '2026-03-03T09:00');
  });

  it('is written to Microsoft Project XML (reading it back is the importer’s LEVELING_DELAY approximation)', () => {
    const d = data();
    (d.tasks[1] as { levelingDelay?: number }).levelingDelay = 480;
    const xml = toMSProjectXML(d);
    assert.match(xml, /<LevelingDelay>4800<\/LevelingDelay><LevelingDelayFormat>7<\/LevelingDelayFormat>/);
    assert.equal((xml.match(/<LevelingDelay>/g) ?? []).length, 1, 'only the delayed task');
    const { issues } = importMSProjectXML(xml);
    assert.ok(issues.some((i) => i.code === 'LEVELING_DELAY'));
  });
});

describe('project.level() and project.clearLeveling()', () => {
  it('level as one undo step, clear as another, and the schedule follows', async () => {
    const project = createProject(data());
    const before = project.scheduled('b')?.start;
    assert.equal(project.canUndo, false);
    const result = await project.level();
    const delayed = ['a', 'b'].filter((id) => (project.task(id)?.levelingDelay ?? 0) > 0);
    assert.equal(delayed.length, 1);
    for (const id of ['a', 'b', 'c']) {
      assert.equal(project.scheduled(id)?.start, result.tasks.get(id)?.start, id);
      assert.equal(project.task(id)?.levelingDelay, result.tasks.get(id)?.levelingDelay || undefined);
    }
    assert.deepEqual(result.overallocations, []);
    assert.equal(project.undo(), true);
    assert.equal(project.canUndo, false, 'one undo step');
    assert.equal(project.scheduled('b')?.start, before);
    assert.ok(project.tasks().every((t) => t.levelingDelay === undefined));
    assert.equal(project.redo(), true);
    assert.equal(project.tasks().filter((t) => t.levelingDelay !== undefined).length, 1);
    project.clearLeveling();
    assert.ok(project.tasks().every((t) => t.levelingDelay === undefined));
    assert.equal(project.scheduled('b')?.start, before);
    assert.equal(project.undo(), true);
    assert.equal(project.tasks().filter((t) => t.levelingDelay !== undefined).length, 1);
  });

  it('makes no undo step when nothing changes', async () => {
    const project = createProject(data());
    await project.level();
    project.undo();
    project.redo();
    assert.equal(project.canRedo, false);
    await project.level();
    assert.equal(project.canRedo, false);
    project.undo();
    assert.ok(
      project.tasks().every((t) => t.levelingDelay === undefined),
      'the second level() added no step',
    );
    project.clearLeveling();
    assert.equal(project.canUndo, false, 'nothing to clear: no step');
  });
});
