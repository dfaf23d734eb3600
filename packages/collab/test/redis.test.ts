import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  client,
  type ServerProcess,
  sample,
  same,
  startRedis,
  startServer,
  tempDir,
  until,
} from './helpers.js';

describe('collab scale-out: two server processes on one Redis', { timeout: 60000 }, () => {
  const dir = tempDir('redis');
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let one: ServerProcess;
  let two: ServerProcess;
  before(async () => {
    redis = await startRedis();
    one = await startServer(['--port', '0', '--data', join(dir.path, 'one'), '--redis', redis.url]);
    two = await startServer(['--port', '0', '--data', join(dir.path, 'two'), '--redis', redis.url]);
  });
  after(async () => {
    await Promise.all([one.stop(), two.stop()]);
    await redis.stop();
    dir.remove();
  });

  it('prints "listening" once Redis is connected', () => {
    assert.match(one.output(), /shared over redis:\/\//);
  });

  it("a first client on the other process gets the room's content; edits on either side reach the other", async () => {
    const a = client(one.url, 'shared', { data: sample() });
    await a.session.whenSynced();
    a.project.updateTask('a', { name: 'Edited on one' });
    await new Promise((r) => setTimeout(r, 100));
    // Process two has never loaded this room: it must read it from Redis, not seed it afresh.
    const b = client(two.url, 'shared', {
      data: { id: 'other', name: 'Other', tasks: [{ id: 'x', name: 'X' }] },
    });
    await b.session.whenSynced();
    assert.equal(b.project.task('x'), undefined, 'the room replaced the project');
    assert.equal(b.project.task('a')?.name, 'Edited on one');
    b.project.updateTask('b', { name: 'Edited on two' });
    a.project.addNote({ taskId: 'c', text: 'from one', color: '#123456' });
    await until(
      () => a.project.task('b')?.name === 'Edited on two' && b.project.notes('c').length === 1,
      'both ways',
    );
    await until(() => same(a.project, b.project), 'convergence across processes');
    a.session.disconnect();
    b.session.disconnect();
  });

  it('keeps several clients on both processes converging under concurrent edits', async () => {
    const seed = client(one.url, 'busy', { data: sample() });
    await seed.session.whenSynced();
    const clients = [seed, client(two.url, 'busy'), client(one.url, 'busy'), client(two.url, 'busy')];
    await Promise.all(clients.map((c) => c.session.whenSynced()));
    clients.forEach((c, i) => {
      c.project.addTask({ name: `Task ${i}`, parentId: 'phase' });
      c.project.updateTask('c', { progress: i * 10 });
    });
    await until(
      () => clients.every((c) => c.project.tasks().length === 8 && same(c.project, seed.project)),
      'all four converge',
      15000,
    );
    for (const c of clients) c.session.disconnect();
  });
});
