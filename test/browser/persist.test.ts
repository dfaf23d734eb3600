import { expect } from '@open-wc/testing';
import {
  createProject,
  indexedDbQueueStorage,
  indexedDbStore,
  persist,
  type ProjectData,
} from '@roadline/core';

// Real IndexedDB in Chromium: the copy written by one store is what a new store (a reload) shows.

function plan(): ProjectData {
  return {
    id: 'p',
    name: 'Plan',
    start: '2026-03-02',
    tasks: [
      { id: 'a', name: 'A', start: '2026-03-02', duration: 2 },
      { id: 'b', name: 'B', start: '2026-03-04', duration: 1 },
    ],
    dependencies: [{ id: 'ab', from: 'a', to: 'b' }],
  };
}

describe('persist (IndexedDB)', () => {
  const database = `roadline-test-${Math.random().toString(36).slice(2)}`;

  it('restores the latest state after a reload', async () => {
    const first = createProject(plan());
    const a = persist(first, { key: 'plan', store: indexedDbStore(database), debounce: 5 });
    expect(await a.ready).to.equal(false);
    first.updateTask('a', { name: 'A, renamed' });
    first.addTask({ id: 'c', name: 'C', start: '2026-03-09', duration: 1 });
    first.removeDependency('ab');
    await a.stop();

    const second = createProject(plan());
    const b = persist(second, { key: 'plan', store: indexedDbStore(database) });
    expect(await b.ready).to.equal(true);
    expect(second.toJSON()).to.deep.equal(first.toJSON());
    expect(second.canUndo).to.equal(false);
    await b.stop();
  });

  it('keeps copies apart by key, and an unknown key restores nothing', async () => {
    const project = createProject(plan());
    const handle = persist(project, { key: 'other', store: indexedDbStore(database) });
    expect(await handle.ready).to.equal(false);
    expect(project.task('a')?.name).to.equal('A');
    await handle.stop();
  });

  it('keeps a sync queue in IndexedDB', async () => {
    const storage = indexedDbQueueStorage('queue', database);
    expect(await storage.load()).to.equal(undefined);
    await storage.save({ clientId: 'c1', nextSeq: 1, batches: [{ seq: 0, operations: [] }] });
    const again = indexedDbQueueStorage('queue', database);
    expect(await again.load()).to.deep.equal({
      clientId: 'c1',
      nextSeq: 1,
      batches: [{ seq: 0, operations: [] }],
    });
  });
});
