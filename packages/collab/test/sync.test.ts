import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ChangeBatch } from '@roadline/core';
import { client, normal, type ServerProcess, sample, same, startServer, tempDir, until } from './helpers.js';

describe('collab sync (real server on loopback)', { timeout: 30000 }, () => {
  const dir = tempDir('sync');
  let server: ServerProcess;
  before(async () => {
    server = await startServer(['--port', '0', '--data', dir.path]);
  });
  after(async () => {
    await server.stop();
    dir.remove();
  });

  it('says every client is an editor without --auth, and creates --data', () => {
    assert.match(server.output(), /every client is an editor/);
  });

  it('seeds an empty room from the project; a second client gets the room instead of its own, not as an undo step', async () => {
    const a = client(server.url, 'seed', { data: sample(), user: { id: 'ann', name: 'Ann' } });
    await a.session.whenSynced();
    assert.equal(a.session.status, 'connected');
    const b = client(server.url, 'seed', { user: { id: 'bob', name: 'Bob' } });
    const origins: string[] = [];
    b.project.subscribe((batch: ChangeBatch) => origins.push(batch.origin));
    await b.session.whenSynced();
    assert.deepEqual(normal(b.project.toJSON()), normal(a.project.toJSON()));
    assert.deepEqual(origins, ['remote']);
    assert.equal(b.project.canUndo, false);
    assert.ok(b.project.scheduled('b'), 'each replica schedules for itself');
    a.session.disconnect();
    b.session.disconnect();
    assert.equal(a.session.status, 'closed');
  });

  it('sends local changes and receives remote ones as remote batches; concurrent edits converge', async () => {
    const a = client(server.url, 'edit', { data: sample() });
    await a.session.whenSynced();
    const b = client(server.url, 'edit');
    await b.session.whenSynced();
    const remote: ChangeBatch[] = [];
    b.project.subscribe((batch) => remote.push(batch));
    a.project.updateTask('a', { name: 'Design v2' });
    await until(() => b.project.task('a')?.name === 'Design v2', 'the edit on b');
    assert.equal(remote.at(-1)?.origin, 'remote');
    assert.equal(b.project.canUndo, false, 'a remote batch is no undo step here');
    // Concurrent: different fields of one task, a new task each, a move, a note, a link.
    a.project.updateTask('b', { duration: 5 });
    b.project.updateTask('b', { name: 'Build it' });
    const ta = a.project.addTask({ name: 'From A', parentId: 'phase' });
    const tb = b.project.addTask({ name: 'From B' });
    b.project.addNote({ taskId: 'a', text: 'Check the fonts', color: '#ffcc00' });
    a.project.addDependency({ from: 'b', to: 'c' });
    a.project.moveTask('c', { parentId: 'phase', index: 0 });
    await until(
      () =>
        same(a.project, b.project) &&
        b.project.task(ta.id) !== undefined &&
        a.project.task(tb.id) !== undefined,
      'convergence',
    );
    assert.equal(a.project.task('b')?.duration, 5);
    assert.equal(a.project.task('b')?.name, 'Build it');
    assert.equal(a.project.notes('a')[0]?.color, '#ffcc00', 'notes sync with their color');
    assert.equal(b.project.task('c')?.parentId, 'phase');
    assert.deepEqual(
      a.project.children('phase').map((t) => t.id),
      b.project.children('phase').map((t) => t.id),
    );
    a.session.disconnect();
    b.session.disconnect();
  });

  it('keeps rooms on disk: after SIGTERM (exit 0) and a restart the content is there', async () => {
    const a = client(server.url, 'disk', { data: sample() });
    await a.session.whenSynced();
    a.project.updateTask('a', { name: 'Stored' });
    const note = a.project.addNote({ taskId: 'b', text: 'Kept', color: '#00aa00' });
    await until(() => a.session.status === 'connected', 'connected');
    await new Promise((r) => setTimeout(r, 100));
    const code = await server.stop('SIGTERM');
    assert.equal(code, 0);
    await until(() => a.session.status === 'offline', 'offline after the server stopped');
    a.session.disconnect();
    server = await startServer(['--port', '0', '--data', dir.path]);
    const b = client(server.url, 'disk');
    await b.session.whenSynced();
    assert.equal(b.project.task('a')?.name, 'Stored');
    assert.equal(b.project.note(note.id)?.text, 'Kept');
    b.session.disconnect();
  });
});
