import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createRandom, generateProject } from '../../src/testing/index.js';

describe('generateProject', () => {
  it('creates exactly the number of tasks asked for, as a WBS tree', () => {
    for (const n of [0, 1, 2, 13, 250, 1001]) {
      const data = generateProject({ tasks: n });
      assert.equal(data.tasks.length, n);
      const ids = new Set(data.tasks.map((t) => t.id));
      assert.equal(ids.size, n, 'ids are unique');
      for (const task of data.tasks) {
        if (task.parentId !== undefined) assert.ok(ids.has(task.parentId), `${task.id} has a real parent`);
      }
    }
  });

  it('nests portfolio → projects → work packages → leaves', () => {
    const data = generateProject({ tasks: 300, packageSize: 5, packagesPerProject: 4 });
    const byId = new Map(data.tasks.map((t) => [t.id, t]));
    const depth = (id: string): number => {
      let d = 0;
      for (let t = byId.get(id); t?.parentId; t = byId.get(t.parentId)) d++;
      return d;
    };
    const depths = new Set(data.tasks.map((t) => depth(t.id)));
    assert.deepEqual([...depths].sort(), [0, 1, 2, 3]);
    const leaves = data.tasks.filter((t) => depth(t.id) === 3);
    assert.ok(leaves.every((t) => t.start !== undefined && t.duration !== undefined));
    assert.ok(data.tasks.filter((t) => depth(t.id) < 3).every((t) => t.duration === undefined));
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = generateProject({ tasks: 500, seed: 42, linkTypes: true, lags: true, people: 3 });
    const b = generateProject({ tasks: 500, seed: 42, linkTypes: true, lags: true, people: 3 });
    const c = generateProject({ tasks: 500, seed: 43, linkTypes: true, lags: true, people: 3 });
    assert.deepEqual(a, b);
    assert.notDeepEqual(a, c);
  });

  it('links leaves in FS chains that only point forward (a DAG)', () => {
    const data = generateProject({ tasks: 2000 });
    const index = new Map(data.tasks.map((t, i) => [t.id, i]));
    const deps = data.dependencies ?? [];
    assert.ok(deps.length > 1500, 'about one link per leaf');
    for (const d of deps) {
      assert.equal(d.type, undefined, 'plain FS by default');
      assert.ok((index.get(d.from) ?? -1) < (index.get(d.to) ?? -1));
    }
  });

  it('adds link types, lags, constraints, people, statuses and groups on request', () => {
    const data = generateProject({
      tasks: 3000,
      linkTypes: true,
      lags: true,
      constraints: true,
      people: 5,
      statuses: true,
      groups: 3,
    });
    const deps = data.dependencies ?? [];
    assert.deepEqual(new Set(deps.map((d) => d.type ?? 'FS')), new Set(['FS', 'SS', 'FF', 'SF']));
    assert.ok(deps.some((d) => (d.lag ?? 0) < 0) && deps.some((d) => (d.lag ?? 0) > 0));
    assert.ok(data.tasks.some((t) => t.constraint !== undefined));
    assert.ok(data.tasks.some((t) => t.type === 'milestone' && t.duration === 0));
    assert.equal(data.people?.length, 5);
    assert.equal(data.groups?.length, 3);
    const statusIds = new Set(data.statuses?.map((s) => s.id));
    assert.ok(data.tasks.every((t) => t.status !== undefined && statusIds.has(t.status)));
  });

  it('rejects a negative size and a bad start date', () => {
    assert.throws(() => generateProject({ tasks: -1 }), RangeError);
    assert.throws(() => generateProject({ tasks: 5, start: '2026-02-30' }), RangeError);
  });
});

describe('createRandom', () => {
  it('repeats for a seed and stays in range', () => {
    const a = createRandom(9);
    const b = createRandom(9);
    for (let i = 0; i < 1000; i++) {
      const x = a.int(-3, 3);
      assert.equal(x, b.int(-3, 3));
      assert.ok(x >= -3 && x <= 3);
    }
    assert.throws(() => a.pick([]), RangeError);
  });
});
