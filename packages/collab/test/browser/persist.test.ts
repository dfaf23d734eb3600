import { createProject } from '@roadline/core';
import { expect } from '@open-wc/testing';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { connect, rootsOf, writeProject } from '../../src/index.js';

/** No server listens here: the session stays offline and works from its IndexedDB copy. */
const NOWHERE = 'ws://127.0.0.1:9';

async function until(check: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('collab persist: the offline copy in IndexedDB', () => {
  it('starts from the copy while offline, keeps offline edits across a reload', async () => {
    const room = `persist-${Date.now()}`;
    // A room this browser synced before: its copy is in IndexedDB.
    const earlier = new Y.Doc();
    writeProject(rootsOf(earlier), {
      id: 'p',
      name: 'Plan',
      start: '2026-03-02',
      tasks: [
        { id: 'a', name: 'Design', duration: 2, order: 0 },
        { id: 'b', name: 'Build', duration: 3, order: 1 },
      ],
    });
    const copy = new IndexeddbPersistence(`roadline:${room}`, earlier);
    await copy.whenSynced;
    await copy.destroy();

    const first = createProject({ id: 'x', name: 'Local', tasks: [] });
    const one = connect(first, { url: NOWHERE, room, persist: true });
    await until(() => first.task('a')?.name === 'Design', 'the copy in the store');
    expect(one.status).to.not.equal('connected');
    first.updateTask('b', { name: 'Built offline' });
    first.addNote({ taskId: 'a', text: 'offline note', color: '#ff8800' });
    await new Promise((r) => setTimeout(r, 100));
    one.disconnect();

    // "Reload": a new store and session on the same room, still offline.
    const second = createProject({ id: 'y', name: 'Other', tasks: [] });
    const two = connect(second, { url: NOWHERE, room, persist: true });
    await until(() => second.task('b')?.name === 'Built offline', 'the offline edit after a reload');
    expect(second.notes('a').map((n) => n.color)).to.deep.equal(['#ff8800']);
    expect(second.task('x')).to.equal(undefined);
    two.disconnect();
  });
});
