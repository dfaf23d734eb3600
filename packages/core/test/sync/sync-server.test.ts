import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import type { Project } from '../../src/store/project.js';
import { restAdapter } from '../../src/sync/rest-adapter.js';
import { type SyncOptions, type SyncSession, sync } from '../../src/sync/session.js';
import type { SyncError } from '../../src/sync/events.js';
import { client, content, next, plan } from './fixtures.js';
import { FaultyServer } from './server.js';

// Every test runs against a real node:http server on loopback that fails on purpose. Retries wait
// 1–2 ms (jitter fixed by `random`); nothing asserts on durations. The save timeout is long (a
// loaded machine must not turn a slow answer into a retry) except where a test wants one.
const FAST: SyncOptions = { debounce: 1, timeout: 10_000, backoff: { base: 2, max: 4 }, random: () => 0.5 };

describe('sync against a failing HTTP server', () => {
  let server: FaultyServer;
  let sessions: SyncSession[];
  beforeEach(async () => {
    server = new FaultyServer(plan());
    await server.start();
    sessions = [];
  });
  afterEach(async () => {
    for (const s of sessions) s.stop();
    await server.close();
  });

  const start = (project: Project, options: SyncOptions = {}): SyncSession => {
    const session = sync(project, restAdapter({ baseUrl: server.url }), { ...FAST, ...options });
    sessions.push(session);
    return session;
  };

  it('saves local changes in order, one batch after another, and ends idle', async () => {
    const project = client();
    const session = start(project);
    const statuses: string[] = [];
    session.on('status', (s) => statuses.push(s));
    project.updateTask('design', { name: 'Design v2' });
    await session.flush();
    project.updateTask('build', { duration: 4 });
    project.removeTask('ship');
    await session.flush();
    assert.deepEqual(content(server.replica), content(project));
    assert.deepEqual(
      server.applied.map((id) => Number(id.split(':')[1])),
      [0, 1],
    );
    assert.equal(session.status, 'idle');
    assert.deepEqual(statuses, ['saving', 'idle', 'saving', 'idle']);
    assert.equal(session.pending, 0);
  });

  it('retries through 500s and dropped connections, losing and doubling nothing', async () => {
    server.faults.push('500', 'drop', '500', 'ok', 'drop-after', '500');
    const project = client();
    const session = start(project);
    const retries: number[] = [];
    session.on('retry', (r) => retries.push(r.attempt));
    for (let i = 0; i < 5; i++) {
      project.updateTask('design', { progress: (i + 1) * 10 });
      await session.flush();
    }
    assert.deepEqual(content(server.replica), content(project));
    assert.equal(server.replica.task('design')?.progress, 50);
    // Each batch applied exactly once, in order, although two answers were lost or refused.
    assert.deepEqual(
      server.applied.map((id) => Number(id.split(':')[1])),
      [0, 1, 2, 3, 4],
    );
    assert.ok(retries.length >= 5);
    assert.equal(session.status, 'idle');
  });

  it('abandons a save the server does not answer, and the resend is answered once', async () => {
    server.faults.push('hang');
    const project = client();
    const session = start(project, { timeout: 300 });
    const retried = next(session, 'retry');
    project.updateTask('build', { name: 'Build (hung)' });
    const retry = await retried;
    assert.equal((retry.error as Error).name, 'TimeoutError');
    await session.settled();
    assert.deepEqual(server.applied.length, 1);
    assert.deepEqual(content(server.replica), content(project));
  });

  it('rolls back exactly the refused batch; a change queued behind it elsewhere stays', async () => {
    const project = client();
    const session = start(project);
    const errors: SyncError[] = [];
    session.on('error', (e) => errors.push(e));
    server.faults.push('gate', '409');
    const gated = server.gate();
    project.updateTask('ship', { name: 'Ship it' }); // batch 0: held by the server
    void session.flush();
    await gated;
    project.updateTask('design', { name: 'Refused' }); // batch 1: refused
    void session.flush();
    assert.equal(project.task('design')?.name, 'Refused', 'optimistic: shown before the answer');
    server.release();
    await session.settled();
    assert.equal(project.task('design')?.name, 'Design', 'the refused name is no longer shown');
    assert.equal(project.task('ship')?.name, 'Ship it');
    assert.deepEqual(
      errors.map((e) => [e.kind, e.status]),
      [['rejected', 409]],
    );
    assert.match(errors[0]?.reason ?? '', /conflict in .*:1/);
    assert.equal(session.status, 'error');
    assert.deepEqual(content(server.replica), content(project));
  });

  it('takes the later batches that changed the same task along, keeps the others', async () => {
    const project = client();
    const session = start(project);
    const errors: SyncError[] = [];
    session.on('error', (e) => errors.push(e));
    server.faults.push('gate', '409');
    const gated = server.gate();
    project.updateTask('ship', { name: 'Ship 1' }); // batch 0: held
    void session.flush();
    await gated;
    project.updateTask('design', { name: 'A' }); // batch 1: refused
    void session.flush();
    project.updateTask('design', { duration: 5 }); // batch 2: same task → rolled back with it
    void session.flush();
    project.updateTask('build', { name: 'C' }); // batch 3: independent → stays and is saved
    void session.flush();
    server.release();
    await session.settled();
    const task = project.task('design');
    assert.equal(task?.name, 'Design');
    assert.equal(task?.duration, 2);
    assert.equal(project.task('build')?.name, 'C');
    assert.deepEqual(
      errors.map((e) => e.kind),
      ['rejected', 'dependent'],
    );
    assert.equal(errors[1]?.cause, errors[0]?.batch?.id);
    assert.equal(errors[1]?.batch?.seq, 2);
    assert.deepEqual(content(server.replica), content(project));
    assert.equal(project.canUndo, false, 'undo entries of the rolled-back change are gone');
    // A change after the refusal saves normally and clears the error status.
    project.updateTask('build', { name: 'D' });
    await session.flush();
    assert.equal(session.status, 'idle');
    assert.deepEqual(content(server.replica), content(project));
  });

  it('takes a later batch that links to a task the refused batch added', async () => {
    const project = client();
    const session = start(project);
    const errors: SyncError[] = [];
    session.on('error', (e) => errors.push(e));
    server.faults.push('gate', '409');
    const gated = server.gate();
    project.updateTask('ship', { name: 'Ship 1' });
    void session.flush();
    await gated;
    const qa = project.addTask({ name: 'QA', start: '2026-03-10', duration: 1 }); // refused
    void session.flush();
    project.addDependency({ from: 'build', to: qa.id }); // refers to QA: goes with it
    void session.flush();
    server.release();
    await session.settled();
    assert.equal(project.task(qa.id), undefined);
    assert.equal(project.dependencies().length, 1);
    assert.deepEqual(
      errors.map((e) => e.kind),
      ['rejected', 'dependent'],
    );
    assert.deepEqual(content(server.replica), content(project));
  });
});
