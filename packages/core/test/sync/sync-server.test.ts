import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { SyncError } from '../../src/sync/events.js';
import { client, content, next, withFaultyServer } from './fixtures.js';

describe('sync against a failing HTTP server', () => {
  const fixture = withFaultyServer();
  const start = fixture.start;

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
    assert.deepEqual(content(fixture.server.replica), content(project));
    assert.deepEqual(
      fixture.server.applied.map((id) => Number(id.split(':')[1])),
      [0, 1],
    );
    assert.equal(session.status, 'idle');
    assert.deepEqual(statuses, ['saving', 'idle', 'saving', 'idle']);
    assert.equal(session.pending, 0);
  });

  it('retries through 500s and dropped connections, losing and doubling nothing', async () => {
    fixture.server.faults.push('500', 'drop', '500', 'ok', 'drop-after', '500');
    const project = client();
    const session = start(project);
    const retries: number[] = [];
    session.on('retry', (r) => retries.push(r.attempt));
    for (let i = 0; i < 5; i++) {
      project.updateTask('design', { progress: (i + 1) * 10 });
      await session.flush();
    }
    assert.deepEqual(content(fixture.server.replica), content(project));
    assert.equal(fixture.server.replica.task('design')?.progress, 50);
    // Each batch applied exactly once, in order, although two answers were lost or refused.
    assert.deepEqual(
      fixture.server.applied.map((id) => Number(id.split(':')[1])),
      [0, 1, 2, 3, 4],
    );
    assert.ok(retries.length >= 5);
    assert.equal(session.status, 'idle');
  });

  it('abandons a save the server does not answer, and the resend is answered once', async () => {
    fixture.server.faults.push('hang');
    const project = client();
    const session = start(project, { timeout: 300 });
    const retried = next(session, 'retry');
    project.updateTask('build', { name: 'Build (hung)' });
    const retry = await retried;
    assert.equal((retry.error as Error).name, 'TimeoutError');
    await session.settled();
    assert.deepEqual(fixture.server.applied.length, 1);
    assert.deepEqual(content(fixture.server.replica), content(project));
  });

  it('rolls back exactly the refused batch; a change queued behind it elsewhere stays', async () => {
    const project = client();
    const session = start(project);
    const errors: SyncError[] = [];
    session.on('error', (e) => errors.push(e));
    fixture.server.faults.push('gate', '409');
    const gated = fixture.server.gate();
    project.updateTask('ship', { name: 'Ship it' }); // batch 0: held by the server
    void session.flush();
    await gated;
    project.updateTask('design', { name: 'Refused' }); // batch 1: refused
    void session.flush();
    assert.equal(project.task('design')?.name, 'Refused', 'optimistic: shown before the answer');
    fixture.server.release();
    await session.settled();
    assert.equal(project.task('design')?.name, 'Design', 'the refused name is no longer shown');
    assert.equal(project.task('ship')?.name, 'Ship it');
    assert.deepEqual(
      errors.map((e) => [e.kind, e.status]),
      [['rejected', 409]],
    );
    assert.match(errors[0]?.reason ?? '', /conflict in .*:1/);
    assert.equal(session.status, 'error');
    assert.deepEqual(content(fixture.server.replica), content(project));
  });

  it('takes the later batches that changed the same task along, keeps the others', async () => {
    const project = client();
    const session = start(project);
    const errors: SyncError[] = [];
    session.on('error', (e) => errors.push(e));
    fixture.server.faults.push('gate', '409');
    const gated = fixture.server.gate();
    project.updateTask('ship', { name: 'Ship 1' }); // batch 0: held
    void session.flush();
    await gated;
    project.updateTask('design', { name: 'A' }); // batch 1: refused
    void session.flush();
    project.updateTask('design', { duration: 5 }); // batch 2: same task → rolled back with it
    void session.flush();
    project.updateTask('build', { name: 'C' }); // batch 3: independent → stays and is saved
    void session.flush();
    fixture.server.release();
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
    assert.deepEqual(content(fixture.server.replica), content(project));
    assert.equal(project.canUndo, false, 'undo entries of the rolled-back change are gone');
    // A change after the refusal saves normally and clears the error status.
    project.updateTask('build', { name: 'D' });
    await session.flush();
    assert.equal(session.status, 'idle');
    assert.deepEqual(content(fixture.server.replica), content(project));
  });

  it('takes a later batch that links to a task the refused batch added', async () => {
    const project = client();
    const session = start(project);
    const errors: SyncError[] = [];
    session.on('error', (e) => errors.push(e));
    fixture.server.faults.push('gate', '409');
    const gated = fixture.server.gate();
    project.updateTask('ship', { name: 'Ship 1' });
    void session.flush();
    await gated;
    const qa = project.addTask({ name: 'QA', start: '2026-03-10', duration: 1 }); // refused
    void session.flush();
    project.addDependency({ from: 'build', to: qa.id }); // refers to QA: goes with it
    void session.flush();
    fixture.server.release();
    await session.settled();
    assert.equal(project.task(qa.id), undefined);
    assert.equal(project.dependencies().length, 1);
    assert.deepEqual(
      errors.map((e) => e.kind),
      ['rejected', 'dependent'],
    );
    assert.deepEqual(content(fixture.server.replica), content(project));
  });
});
