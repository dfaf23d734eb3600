import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RoadlineError } from '../../src/model/errors.js';
import type { ProjectData } from '../../src/model/types.js';
import { checkProjectData } from '../../src/validate/validate.js';
import { schedule } from '../../src/schedule/schedule.js';
import { createSchedulerPort } from '../../src/schedule/port.js';
import { createProject } from '../../src/store/project.js';
import { generateProject } from '../../src/testing/generate.js';

const task = (id: string, extra: Record<string, unknown> = {}) => ({ id, name: id, ...extra });

describe('loading sibling order', () => {
  it('keeps input order when it is sibling order, and sorts by order then id when it is not', () => {
    const p = createProject(
      {
        id: 'p',
        name: 'P',
        tasks: [
          task('root'),
          task('c', { parentId: 'root', order: 2 }),
          task('a', { parentId: 'root', order: 1 }),
          task('b', { parentId: 'root', order: 1 }),
          task('z', { parentId: 'root', order: -1 }),
          task('y', { order: 5 }),
          task('x', { order: 5 }),
          task('k1', { parentId: 'x' }),
          task('k2', { parentId: 'x' }),
          task('k3', { parentId: 'x' }),
        ],
      },
      { scheduler: false },
    );
    assert.deepEqual(
      p.children('root').map((t) => t.id),
      ['z', 'a', 'b', 'c'],
    );
    assert.deepEqual(
      p.children().map((t) => t.id),
      ['root', 'x', 'y'],
    );
    assert.deepEqual(
      p.children('x').map((t) => [t.id, t.order]),
      [
        ['k1', 0],
        ['k2', 1],
        ['k3', 2],
      ],
    );
    assert.deepEqual(p.wbsOrder(), ['root', 'z', 'a', 'b', 'c', 'x', 'k1', 'k2', 'k3', 'y']);
  });

  it('loads saved data back in the same order, even after shuffling its task list', () => {
    const data = generateProject({ tasks: 2000, seed: 11, people: 5, statuses: true, groups: 3 });
    const saved = createProject(data, { scheduler: false }).toJSON();
    const shuffled = { ...saved, tasks: [...saved.tasks].reverse() };
    const again = createProject(shuffled, { scheduler: false });
    assert.deepEqual(again.wbsOrder(), createProject(saved, { scheduler: false }).wbsOrder());
    assert.deepEqual(
      again.wbsOrder(),
      saved.tasks.map((t) => t.id),
    );
  });

  it('freezes every loaded entity and what it holds', () => {
    const p = createProject(
      {
        id: 'p',
        name: 'P',
        people: [{ id: 'ann', name: 'Ann' }],
        tasks: [task('a', { assignees: ['ann'], constraint: { type: 'SNET', date: '2026-01-05' } })],
      },
      { scheduler: false },
    );
    const a = p.task('a');
    assert.ok(a !== undefined && Object.isFrozen(a));
    assert.ok(Object.isFrozen(a.assignees));
    assert.ok(Object.isFrozen(a.constraint));
  });

  it('reads, edits and saves dependencies as listed (the store keeps the index the check built)', () => {
    const data = generateProject({ tasks: 300, seed: 5, linkTypes: true, lags: true });
    const p = createProject(data, { scheduler: false });
    const listed = (data.dependencies ?? []).map((d) => d.id);
    assert.ok(listed.length > 100);
    assert.deepEqual(
      p.toJSON().dependencies?.map((d) => d.id),
      listed,
    );
    const second = data.dependencies?.[1];
    assert.ok(second !== undefined);
    assert.ok(Object.isFrozen(p.dependency(second.id)));
    assert.notEqual(p.dependency(second.id), second);
    p.removeDependency(second.id);
    assert.equal(p.dependency(second.id), undefined);
    p.undo();
    assert.deepEqual(
      p.toJSON().dependencies?.map((d) => d.id),
      listed,
    );
    assert.deepEqual(p.dependency(second.id), second);
  });
});

describe('loading with the scheduler', () => {
  /** Two separate loops of links, besides a valid chain. */
  const loops = (): ProjectData => ({
    id: 'p',
    name: 'P',
    start: '2026-03-02',
    tasks: ['a', 'b', 'c', 'x', 'y', 'ok1', 'ok2'].map((id) => task(id, { duration: 1 })),
    dependencies: [
      { id: 'd1', from: 'a', to: 'b' },
      { id: 'd2', from: 'ok1', to: 'ok2' },
      { id: 'd3', from: 'b', to: 'c' },
      { id: 'd4', from: 'x', to: 'y' },
      { id: 'd5', from: 'c', to: 'a' },
      { id: 'd6', from: 'y', to: 'x' },
    ],
  });

  const invalidWith = (load: () => unknown): RoadlineError => {
    try {
      load();
    } catch (error) {
      assert.ok(error instanceof RoadlineError);
      return error;
    }
    assert.fail('expected the load to throw');
  };

  it('reports every loop of links as validation does, whichever scheduler runs', () => {
    const expected = checkProjectData(loops()).issues;
    assert.deepEqual(
      expected.map((i) => [i.code, i.tasks]),
      [
        ['CYCLE', ['a', 'b', 'c']],
        ['CYCLE', ['x', 'y']],
      ],
    );
    for (const options of [{}, { scheduler: false as const }, { scheduler: createSchedulerPort() }]) {
      const error = invalidWith(() => createProject(loops(), options));
      assert.equal(error.code, 'INVALID_DATA');
      assert.deepEqual(error.details, expected);
    }
  });

  it('rejects a loop that runs through a summary, which no link alone closes', () => {
    // Links into a summary hold every task below it: "c" (under "s") follows "a", which follows "c".
    const data: ProjectData = {
      id: 'p',
      name: 'P',
      start: '2026-03-02',
      tasks: [task('s'), task('c', { parentId: 's', duration: 1 }), task('a', { duration: 1 })],
      dependencies: [
        { id: 'd1', from: 'a', to: 's' },
        { id: 'd2', from: 'c', to: 'a' },
      ],
    };
    assert.deepEqual(checkProjectData(data).issues, []);
    const error = invalidWith(() => createProject(data));
    assert.equal(error.code, 'CYCLE');
    assert.deepEqual([...((error.details as { tasks: string[] }).tasks ?? [])].sort(), ['a', 'c', 's']);
  });

  it('schedules what schedule() does with the numbering validation hands over', () => {
    const data = generateProject({ tasks: 1500, seed: 9, linkTypes: true, lags: true, constraints: true });
    const project = createProject(data);
    // The same normalized data, compiled without the numbering.
    const expected = schedule(project.toJSON());
    const got = project.schedule();
    assert.ok(got !== undefined);
    assert.equal(got.tasks.size, 1500);
    assert.deepEqual(got.tasks, expected.tasks);
    assert.deepEqual([...got.criticalPath].sort(), [...expected.criticalPath].sort());
  });
});

describe('WBS index and depths', () => {
  /** What the index and depths should say, from the tree as the store reads it. */
  const expected = (p: ReturnType<typeof createProject>) => {
    const order = p.wbsOrder();
    return { index: order.map((_, i) => i), depths: order.map((id) => p.depth(id)) };
  };
  const actual = (p: ReturnType<typeof createProject>) => ({
    index: p.wbsOrder().map((id) => p.wbsIndex(id)),
    depths: Array.from(p.wbsDepths()),
  });

  it('gives each task its WBS position and nesting level, kept current through tree edits and undo', () => {
    const data = generateProject({ tasks: 400, seed: 4, packageSize: 5 });
    // No links: a link to the sibling above would forbid indenting under it.
    const p = createProject({ ...data, dependencies: [] }, { scheduler: false });
    assert.deepEqual(actual(p), expected(p));
    assert.equal(p.wbsIndex('no such task'), -1);
    const order = p.wbsOrder();
    // A leaf right below a sibling leaf: indenting puts it under that sibling, one level deeper.
    const leaf = order.find(
      (id, i) =>
        i > 50 &&
        !p.isSummary(id) &&
        p.parent(id)?.id === p.parent(order[i - 1] as string)?.id &&
        !p.isSummary(order[i - 1] as string),
    ) as string;
    const before = p.depth(leaf);
    p.indentTask(leaf);
    assert.equal(p.wbsDepths()[p.wbsIndex(leaf)], before + 1);
    assert.deepEqual(actual(p), expected(p));
    p.moveTask(order[3] as string, { parentId: null, index: 0 });
    assert.deepEqual(actual(p), expected(p));
    const added = p.addTask({ name: 'New', parentId: order[1] });
    assert.equal(p.wbsDepths()[p.wbsIndex(added.id)], p.depth(added.id));
    assert.deepEqual(actual(p), expected(p));
    p.removeTask(order[1] as string);
    assert.equal(p.wbsIndex(added.id), -1);
    assert.deepEqual(actual(p), expected(p));
    p.undo();
    p.undo();
    assert.deepEqual(actual(p), expected(p));
    assert.equal(p.wbsDepths().length, p.wbsOrder().length);
  });

  it('is empty for an empty project', () => {
    const p = createProject({ id: 'p', name: 'Empty', tasks: [] });
    assert.equal(p.wbsDepths().length, 0);
    assert.equal(p.wbsIndex('x'), -1);
  });
});
