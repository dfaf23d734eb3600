import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Presence, presenceOf } from '../../src/presence/presence.js';

const dana = { id: 'dana', name: 'Dana', color: '#c2185b' };
const eli = { id: 'eli', name: 'Eli', color: '#1565c0' };

describe('Presence', () => {
  it('keeps peers in client order, indexes selections and editing, and tells subscribers', () => {
    const presence = new Presence();
    let told = 0;
    const off = presence.subscribe(() => told++);
    presence.setPeers([
      { clientId: 9, user: eli, selection: ['a', 'b'] },
      { clientId: 3, user: dana, selection: ['b'], editing: { taskId: 'b', field: 'start' } },
    ]);
    assert.deepEqual(
      presence.peers().map((p) => p.clientId),
      [3, 9],
    );
    assert.deepEqual(
      presence.selecting('b').map((p) => p.user.name),
      ['Dana', 'Eli'],
    );
    assert.deepEqual(presence.selecting('zzz'), []);
    assert.deepEqual(
      presence.editing('b', 'start').map((p) => p.user.id),
      ['dana'],
    );
    assert.deepEqual(presence.editing('b', 'end'), []);
    assert.ok(Object.isFrozen(presence.peers()));
    assert.equal(told, 1);
    off();
    presence.setPeers([]);
    assert.equal(told, 1);
    assert.deepEqual(presence.selecting('b'), []);
  });

  it('merges local patches, clears with undefined and tells local subscribers', () => {
    const presence = new Presence();
    const seen: unknown[] = [];
    presence.subscribeLocal(() => seen.push(presence.local));
    presence.setLocal({ selection: ['a'] });
    presence.setLocal({ editing: { taskId: 'a', field: 'name' } });
    assert.deepEqual(presence.local, { selection: ['a'], editing: { taskId: 'a', field: 'name' } });
    presence.setLocal({ selection: undefined });
    assert.deepEqual(presence.local, { editing: { taskId: 'a', field: 'name' } });
    assert.equal(seen.length, 3);
    assert.ok(Object.isFrozen(presence.local));
  });

  it('returns the same arrays until the peers change, so a view can guard on them', () => {
    const presence = new Presence();
    assert.equal(presence.selecting('a'), presence.selecting('b'));
    assert.equal(presence.editing('a'), presence.selecting('a'));
    presence.setPeers([
      { clientId: 1, user: dana, selection: ['a'], editing: { taskId: 'a', field: 'name' } },
    ]);
    const selecting = presence.selecting('a');
    const editing = presence.editing('a');
    assert.equal(presence.selecting('a'), selecting);
    assert.equal(presence.editing('a'), editing);
    assert.equal(presence.selecting('b'), presence.selecting('c'));
    assert.deepEqual(
      editing.map((p) => p.user.id),
      ['dana'],
    );
    presence.setPeers([{ clientId: 1, user: dana, selection: ['a'] }]);
    assert.notEqual(presence.selecting('a'), selecting);
    assert.deepEqual(presence.editing('a'), []);
  });

  it('has no status without a session, and tells subscribers when it changes', () => {
    const presence = new Presence();
    assert.equal(presence.status(), undefined);
    let told = 0;
    presence.subscribe(() => told++);
    presence.setStatus('connecting');
    presence.setStatus('connecting');
    presence.setStatus('synced');
    assert.equal(presence.status(), 'synced');
    assert.equal(told, 2);
    presence.setStatus(undefined);
    assert.equal(presence.status(), undefined);
    assert.equal(told, 3);
  });

  it('gives one presence per project', () => {
    const a = {};
    const b = {};
    assert.equal(presenceOf(a), presenceOf(a));
    assert.notEqual(presenceOf(a), presenceOf(b));
  });
});
