import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ProjectData } from '@roadline/core';
import * as Y from 'yjs';
import type { Conflict } from '../src/index.js';
import { client, type ServerProcess, sample, same, startServer, tempDir, until } from './helpers.js';

/** The room document's entity kinds beyond tasks and links: assignments, rules, what time triggers fired. */
function resourced(): ProjectData {
  return {
    ...sample(),
    people: [
      { id: 'ann', name: 'Ann' },
      { id: 'bob', name: 'Bob', maxUnits: 50 },
    ],
    assignments: [{ id: 'a-ann', taskId: 'a', personId: 'ann', units: 50, work: 8 }],
    automations: [
      { id: 'late', name: 'Late', when: { type: 'date-arrived', field: 'start' }, then: [] },
      { id: 'done', when: { type: 'field-changed', field: 'status', to: 'done' }, then: [] },
    ],
  };
}

describe('collab room: assignments, automation rules and fired records (real server)', {
  timeout: 60000,
}, () => {
  const dir = tempDir('room');
  let server: ServerProcess;
  before(async () => {
    server = await startServer(['--port', '0', '--data', dir.path]);
  });
  after(async () => {
    await server.stop();
    dir.remove();
  });

  it('syncs assignments, rule edits and time-trigger records; a stock Yjs reader sees them in the layout; they survive a restart', async () => {
    const a = client(server.url, 'kinds', { data: resourced() });
    await a.session.whenSynced();
    const b = client(server.url, 'kinds');
    await b.session.whenSynced();
    assert.equal(b.project.assignments()[0]?.units, 50, 'the seeded assignment is in the room');
    assert.equal(b.project.automations().length, 2);
    // Assignments both ways, field by field.
    const added = b.project.addAssignment({ taskId: 'b', personId: 'bob', units: 25 });
    a.project.updateAssignment('a-ann', { units: 75 });
    await until(
      () => a.project.assignments('b').length === 1 && b.project.assignments('a')[0]?.units === 75,
      'assignments both ways',
    );
    // Rules: add on one side, edit and disable on the other (the rules are one JSON list in the
    // room, as every catalogue: edits made at the same instant keep the last writer's list).
    const rule = a.project.addAutomation({ name: 'New', when: { type: 'task-created' }, then: [] });
    await until(() => b.project.automation(rule.id) !== undefined, 'the new rule on b');
    b.project.updateAutomation('late', { name: 'Starts' });
    b.project.setAutomationEnabled('done', false);
    await until(
      () =>
        b.project.automation(rule.id) !== undefined &&
        a.project.automation('late')?.name === 'Starts' &&
        a.project.automation('done')?.enabled === false,
      'rule edits both ways',
    );
    // A time trigger fires on one replica: the record reaches the other, which does not fire again.
    a.project.tick('2026-03-02T00:00');
    await until(
      () => (b.project.toJSON().automationsFired ?? []).some((f) => f.id === 'late'),
      'the fired record on b',
    );
    const firedOnA = a.project.toJSON().automationsFired;
    const runs = b.project.automationLog().length;
    b.project.tick('2026-03-02T00:00');
    assert.equal(b.project.automationLog().length, runs, 'b does not fire what a recorded');
    assert.deepEqual(b.project.toJSON().automationsFired, firedOnA);
    await until(() => same(a.project, b.project), 'convergence');
    // The layout as any Yjs client reads it.
    const doc = b.session.doc;
    const assignment = doc.getMap<Y.Map<unknown>>('assignments').get(added.id);
    assert.equal(assignment?.get('personId'), 'bob');
    assert.equal(assignment?.get('units'), 25);
    assert.ok(
      ((doc.getMap('project').get('automations') ?? []) as { id: string }[]).some((r) => r.id === rule.id),
      'rules are a JSON list in the project map',
    );
    const fired = doc.getMap<Y.Map<unknown>>('automationsFired').get('late');
    assert.ok(fired instanceof Y.Map && typeof fired.get('a') === 'string', 'fired: rule → task → moment');
    a.session.disconnect();
    b.session.disconnect();
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(await server.stop(), 0);
    server = await startServer(['--port', '0', '--data', dir.path]);
    const c = client(server.url, 'kinds');
    await c.session.whenSynced();
    assert.ok(same(c.project, a.project), 'the room kept every kind on disk');
    c.session.disconnect();
  });

  it('drops an assignment to a person or a task removed meanwhile, alike on both replicas, with a conflict event', async () => {
    const a = client(server.url, 'orphans', { data: resourced() });
    await a.session.whenSynced();
    const b = client(server.url, 'orphans');
    await b.session.whenSynced();
    const conflicts: Conflict[] = [];
    a.session.on('conflict', (c) => conflicts.push(c));
    b.session.on('conflict', (c) => conflicts.push(c));
    // One synchronous block: neither client has seen the other's change when it makes its own.
    a.project.removePerson('bob');
    a.project.removeTask('c');
    const toBob = b.project.addAssignment({ taskId: 'b', personId: 'bob' });
    const toC = b.project.addAssignment({ taskId: 'c', personId: 'ann' });
    await until(
      () =>
        same(a.project, b.project) &&
        conflicts.filter((c) => c.entity === 'assignment').length >= 2 &&
        b.project.person('bob') === undefined,
      'convergence with the orphans dropped',
    );
    assert.equal(b.project.task('c'), undefined);
    assert.deepEqual(
      b.project.assignments().map((x) => x.id),
      ['a-ann'],
      'only the assignment whose task and person stayed',
    );
    const dropped = new Set(conflicts.filter((c) => c.entity === 'assignment').map((c) => c.id));
    assert.deepEqual([...dropped].sort(), [toBob.id, toC.id].sort());
    assert.equal(b.session.doc.getMap('assignments').has(toBob.id), false, 'repaired in the room');
    a.session.disconnect();
    b.session.disconnect();
  });
});
