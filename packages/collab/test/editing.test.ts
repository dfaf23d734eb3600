import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ChangeBatch } from '@roadline/core';
import type { Conflict } from '../src/index.js';
import {
  type Client,
  client,
  type ServerProcess,
  sample,
  same,
  startServer,
  tempDir,
  until,
} from './helpers.js';

/** Two clients on one fresh room, both synced. */
async function pair(url: string, room: string): Promise<[Client, Client]> {
  const a = client(url, room, { data: sample(), user: { id: 'ann', name: 'Ann' } });
  await a.session.whenSynced();
  const b = client(url, room, { user: { id: 'bob', name: 'Bob' } });
  await b.session.whenSynced();
  return [a, b];
}

function close(...clients: Client[]): void {
  for (const c of clients) c.session.disconnect();
}

describe('collab editing: per-user undo, offline, conflicts, presence', { timeout: 60000 }, () => {
  const dir = tempDir('editing');
  let server: ServerProcess;
  before(async () => {
    server = await startServer(['--port', '0', '--data', dir.path]);
  });
  after(async () => {
    await server.stop();
    dir.remove();
  });

  it("undoes only this user's own changes, through the store's undo too, even after others edited", async () => {
    const [a, b] = await pair(server.url, 'undo');
    a.project.updateTask('a', { name: 'Ann renamed' });
    await until(() => b.project.task('a')?.name === 'Ann renamed', 'a → b');
    b.project.updateTask('b', { name: 'Bob renamed' });
    b.project.updateTask('a', { duration: 9 });
    await until(
      () => a.project.task('b')?.name === 'Bob renamed' && a.project.task('a')?.duration === 9,
      'b → a',
    );
    assert.equal(a.project.canUndo, true);
    const origins: string[] = [];
    a.project.subscribe((batch: ChangeBatch) => origins.push(batch.origin));
    // Ctrl+Z in an element calls project.undo(): routed to the session.
    assert.equal(a.project.undo(), true);
    assert.equal(a.project.task('a')?.name, 'Design');
    assert.equal(a.project.task('a')?.duration, 9, "Bob's edit of the same task stands");
    assert.equal(a.project.task('b')?.name, 'Bob renamed', "Bob's change stays");
    assert.deepEqual(origins, ['undo']);
    assert.equal(a.project.canUndo, false);
    await until(() => same(a.project, b.project), 'the undo reaches b');
    assert.equal(a.session.redo(), true);
    await until(() => b.project.task('a')?.name === 'Ann renamed', 'the redo reaches b');
    // Bob's undo reverts only Bob's.
    assert.equal(b.session.undo(), true);
    await until(() => a.project.task('a')?.duration === 2, "Bob's undo reaches a");
    assert.equal(a.project.task('a')?.name, 'Ann renamed');
    assert.equal(a.project.task('b')?.name, 'Bob renamed');
    close(a, b);
    assert.equal(a.project.canUndo, true, 'after disconnect the store has its own history again');
  });

  it('keeps edits made offline and merges them on reconnect; status goes offline and back', async () => {
    const port = server.port;
    const [a, b] = await pair(server.url, 'offline');
    const statuses: string[] = [];
    a.session.on('status', (s) => statuses.push(s));
    assert.equal(await server.stop('SIGTERM'), 0);
    await until(() => a.session.status === 'offline' && b.session.status === 'offline', 'both offline');
    a.project.updateTask('a', { name: 'Offline A' });
    const t = b.project.addTask({ name: 'Offline B' });
    b.project.addNote({ taskId: 'b', text: 'while away', color: '#aa00aa' });
    server = await startServer(['--port', String(port), '--data', dir.path]);
    await until(
      () => a.session.status === 'connected' && b.session.status === 'connected',
      'reconnected',
      15000,
    );
    await until(
      () =>
        same(a.project, b.project) &&
        a.project.task(t.id) !== undefined &&
        b.project.task('a')?.name === 'Offline A',
      'the offline edits merged',
      15000,
    );
    assert.deepEqual(statuses.slice(0, 2), ['offline', 'connected']);
    const c = client(server.url, 'offline');
    await c.session.whenSynced();
    assert.ok(same(c.project, a.project), 'the server kept the merged room');
    close(a, b, c);
  });

  it('resolves two concurrent links that make a cycle alike on both replicas, with a conflict event', async () => {
    const [a, b] = await pair(server.url, 'cycle');
    const conflicts: Conflict[] = [];
    a.session.on('conflict', (c) => conflicts.push(c));
    b.session.on('conflict', (c) => conflicts.push(c));
    // Disconnect both transports by stopping the server: the links are made truly concurrently.
    const port = server.port;
    await server.stop();
    await until(() => a.session.status === 'offline' && b.session.status === 'offline', 'offline');
    const one = a.project.addDependency({ from: 'b', to: 'c' });
    const two = b.project.addDependency({ from: 'c', to: 'a' });
    server = await startServer(['--port', String(port), '--data', dir.path]);
    await until(
      () => same(a.project, b.project) && conflicts.length > 0,
      'convergence after the cycle',
      15000,
    );
    const [winner, loser] = [one.id, two.id].sort() as [string, string];
    assert.equal(a.project.dependency(loser), undefined, 'the link whose id sorts last is dropped');
    assert.ok(a.project.dependency(winner));
    assert.ok(
      conflicts.some((c) => c.entity === 'dependency' && c.id === loser && c.resolution === 'dropped'),
    );
    close(a, b);
  });

  it('drops a link to a task deleted meanwhile, and a subtask added under a parent deleted meanwhile', async () => {
    const [a, b] = await pair(server.url, 'deleted');
    const conflicts: Conflict[] = [];
    b.session.on('conflict', (c) => conflicts.push(c));
    a.session.on('conflict', (c) => conflicts.push(c));
    const port = server.port;
    await server.stop();
    await until(() => a.session.status === 'offline' && b.session.status === 'offline', 'offline');
    a.project.removeTask('c');
    const link = b.project.addDependency({ from: 'b', to: 'c' });
    a.project.removeTask('phase');
    const child = b.project.addTask({ name: 'Late child', parentId: 'phase' });
    server = await startServer(['--port', String(port), '--data', dir.path]);
    await until(
      () =>
        same(a.project, b.project) &&
        b.project.task('c') === undefined &&
        b.project.task('phase') === undefined,
      'convergence after the deletes',
      15000,
    );
    assert.equal(b.project.dependency(link.id), undefined);
    assert.equal(b.project.task(child.id), undefined);
    assert.ok(conflicts.some((c) => c.id === link.id));
    assert.ok(conflicts.some((c) => c.id === child.id));
    close(a, b);
  });

  it('shares presence: who is here, their selection and what they edit', async () => {
    const [a, b] = await pair(server.url, 'presence');
    a.session.setSelection(['a', 'b']);
    a.session.setEditing({ taskId: 'a', field: 'start' });
    await until(
      () => b.session.peers().some((p) => p.user.name === 'Ann' && p.editing?.field === 'start'),
      'a in b',
    );
    const { presenceOf } = await import('@roadline/core');
    const presence = presenceOf(b.project);
    await until(() => presence.selecting('b').length === 1, 'the presence store filled');
    const ann = presence.peers()[0];
    assert.equal(ann?.user.id, 'ann');
    assert.match(ann?.user.color ?? '', /^#[0-9a-f]{6}$/);
    assert.deepEqual(
      presence.editing('a').map((p) => p.user.name),
      ['Ann'],
    );
    close(a, b);
    assert.deepEqual(presence.peers(), []);
  });
});
