import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { memoryQueueStorage, type QueueStorage, type StoredQueue } from '../../src/sync/storage.js';
import { client, content, next, withFaultyServer } from './fixtures.js';

describe('sync: server ids, reconnects, reloads, pushes', () => {
  const fixture = withFaultyServer();
  const start = fixture.start;

  it('gives new items the ids the server assigned, in links, parents and later batches', async () => {
    const project = client();
    const session = start(project);
    const saved = next(session, 'saved');
    project.transaction(() => {
      const epic = project.addTask({ name: 'Epic' });
      const qa = project.addTask({ name: 'QA', parentId: epic.id, start: '2026-03-10', duration: 1 });
      project.addDependency({ from: 'build', to: qa.id });
      project.addNote({ taskId: qa.id, text: 'check this' });
    });
    void session.flush();
    // A change to the new task made before the server answered: sent with the server's id.
    project.updateTask('tmp-2', { name: 'QA v2' });
    const { ids } = await saved;
    await session.flush();
    assert.deepEqual(Object.keys(ids).sort(), ['tmp-1', 'tmp-2', 'tmp-3', 'tmp-4']);
    const qa = ids['tmp-2'] as string;
    assert.equal(project.task('tmp-2'), undefined);
    assert.equal(project.task(qa)?.name, 'QA v2');
    assert.equal(project.task(qa)?.parentId, ids['tmp-1']);
    assert.equal(project.dependency(ids['tmp-3'] as string)?.to, qa);
    assert.equal(project.notes(qa).length, 1);
    assert.deepEqual(content(fixture.server.replica), content(project));
    // Undo still works across the rename: it reverts the name change of the renamed task.
    assert.equal(project.undo(), true);
    assert.equal(project.task(qa)?.name, 'QA');
    await session.flush();
    assert.deepEqual(content(fixture.server.replica), content(project));
  });

  it('waits out a server that is down and drains the queue once it is back', async () => {
    const project = client();
    const session = start(project);
    fixture.server.down = true;
    const offline = next(session, 'status', (s) => s === 'offline');
    project.updateTask('design', { name: 'Offline 1' });
    await offline;
    project.updateTask('build', { name: 'Offline 2' });
    void session.flush();
    // Wait for a few failed attempts, then bring the server back.
    await next(session, 'retry', (r) => r.attempt >= 3);
    assert.equal(fixture.server.applied.length, 0);
    fixture.server.down = false;
    session.retryNow();
    await session.settled();
    assert.equal(session.status, 'idle');
    assert.deepEqual(content(fixture.server.replica), content(project));
    assert.equal(fixture.server.applied.length, 2);
  });

  it('keeps the queue across a reload and sends it from the new session', async () => {
    const storage = memoryQueueStorage();
    const first = client();
    const a = start(first, { storage, clientId: 'c1' });
    fixture.server.down = true;
    const offline = next(a, 'status', (s) => s === 'offline');
    first.updateTask('design', { name: 'Made offline' });
    void a.flush(); // batch 0
    await offline;
    const qa = first.addTask({ name: 'QA', start: '2026-03-10', duration: 1 });
    first.addDependency({ from: 'build', to: qa.id });
    void a.flush(); // batch 1
    await next(a, 'retry', (r) => r.attempt >= 2);
    a.stop(); // the page goes away with the server still down
    assert.equal((JSON.parse(storage.text ?? '{}') as StoredQueue).batches.length, 2);

    // "Reload": a fresh store from the server's data, a new session over the same storage.
    fixture.server.down = false;
    const second = client(fixture.server.replica.toJSON());
    const b = start(second, { storage });
    await b.ready;
    assert.equal(second.task('design')?.name, 'Made offline', 'unsent changes are shown again');
    assert.equal(second.canUndo, false, 're-applied as remote changes');
    await b.settled();
    assert.equal(b.clientId, 'c1');
    assert.deepEqual(fixture.server.applied, ['c1:0', 'c1:1']);
    assert.deepEqual(content(fixture.server.replica), content(second));
    assert.equal(second.task(qa.id), undefined, 'the new task has its server id');
    assert.equal((JSON.parse(storage.text ?? '{}') as StoredQueue).batches.length, 0);
  });

  it('writes the queue to storage before the batch is sent', async () => {
    const writes: number[] = [];
    let requestsAtWrite = -1;
    const inner = memoryQueueStorage();
    const storage: QueueStorage = {
      load: () => inner.load(),
      save: async (queue) => {
        writes.push(queue.batches.length);
        if (queue.batches.length > 0) requestsAtWrite = fixture.server.requests;
        await Promise.resolve();
        inner.save(queue);
      },
    };
    const project = client();
    const session = start(project, { storage });
    project.updateTask('design', { name: 'Kept first' });
    await session.flush();
    assert.equal(requestsAtWrite, 0, 'stored while no request had been made');
    assert.deepEqual(writes, [1, 0]);
  });

  it('applies server pushes as remote batches, not undoable, and holds them over pending local changes', async () => {
    const project = client();
    const session = start(project);
    const origins: string[] = [];
    project.subscribe((b) => origins.push(b.origin));
    const design = project.task('design');
    session.receive([{ kind: 'update', entity: 'task', id: 'design', after: { ...design, name: 'Pushed' } }]);
    assert.equal(project.task('design')?.name, 'Pushed');
    assert.deepEqual(origins, ['remote']);
    assert.equal(project.canUndo, false);
    assert.equal(session.pending, 0, 'a push is not sent back');

    // A push to a task with a local change in flight is held: the local change is shown, and the
    // pushed snapshot is what a refusal rolls back to.
    fixture.server.faults.push('409');
    project.updateTask('build', { name: 'Local' });
    const build = fixture.server.replica.task('build');
    session.receive([
      { kind: 'update', entity: 'task', id: 'build', after: { ...build, name: 'Pushed build' } },
    ]);
    assert.equal(project.task('build')?.name, 'Local');
    await session.flush();
    assert.equal(project.task('build')?.name, 'Pushed build');
  });

  it('reports a push it cannot apply and carries on', async () => {
    const project = client();
    const session = start(project);
    const error = next(session, 'error');
    session.receive([{ kind: 'remove', entity: 'task', id: 'design' }]); // still linked: refused
    assert.equal((await error).kind, 'push');
    assert.ok(project.task('design'));
  });
});
