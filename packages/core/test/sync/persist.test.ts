import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { KeyValueStore } from '../../src/sync/idb.js';
import { persist } from '../../src/sync/persist.js';
import { replaceOperations } from '../../src/sync/replace.js';
import { createProject } from '../../src/store/project.js';
import { content, plan } from './fixtures.js';

function memoryStore(): KeyValueStore & { writes: number } {
  const map = new Map<string, string>();
  return {
    writes: 0,
    async get(key) {
      const text = map.get(key);
      return text === undefined ? undefined : JSON.parse(text);
    },
    async set(key, value) {
      this.writes += 1;
      map.set(key, JSON.stringify(value));
    },
  };
}

describe('persist', () => {
  it('writes a burst once, and a reload restores the latest state as a remote batch', async () => {
    const store = memoryStore();
    const first = createProject(plan());
    const a = persist(first, { key: 'plan', store, debounce: 1_000_000 });
    assert.equal(await a.ready, false);
    for (let i = 0; i < 50; i++) first.updateTask('design', { progress: i });
    first.removeTask('ship');
    first.addTask({ id: 'qa', name: 'QA', parentId: 'phase', start: '2026-03-10', duration: 1 });
    await a.flush();
    assert.equal(store.writes, 1);
    await a.stop();

    const second = createProject(plan());
    const origins: string[] = [];
    second.subscribe((b) => origins.push(b.origin));
    const b = persist(second, { key: 'plan', store });
    assert.equal(await b.ready, true);
    assert.deepEqual(content(second), content(first));
    assert.deepEqual(origins, ['remote']);
    assert.equal(second.canUndo, false);
    await b.stop();
  });

  it('replaceOperations turns one project into another, whatever moved where', () => {
    const from = createProject(plan());
    const to = createProject(plan());
    to.transaction(() => {
      to.removeDependency('d1');
      to.moveTask('design', { parentId: null, index: 0 });
      to.moveTask('phase', { parentId: 'design' });
      to.removePerson('bob');
      to.addPerson({ id: 'cy', name: 'Cy' });
      to.updateTask('build', { assignees: ['cy'] });
      to.addDependency({ id: 'd2', from: 'build', to: 'ship' });
      to.updateSettings({ name: 'Renamed plan' });
    });
    from.applyOperations(replaceOperations(from, to.toJSON()));
    assert.deepEqual(content(from), content(to));
    assert.deepEqual(replaceOperations(from, to.toJSON()), []);
  });

  it('replaceOperations removes a subtree children first, and the people it used after it', () => {
    const from = createProject(plan());
    from.updateTask('build', { assignees: ['bob'] });
    const to = createProject(plan());
    to.transaction(() => {
      to.removeTask('phase');
      to.removePerson('bob');
    });
    from.applyOperations(replaceOperations(from, to.toJSON()));
    assert.deepEqual(content(from), content(to));
  });
});
