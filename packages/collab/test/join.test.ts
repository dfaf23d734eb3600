import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProject, type ProjectData } from '@roadline/core';
import * as Y from 'yjs';
import { Binding } from '../src/binding.js';
import { entityMap, rootsOf, writeProject } from '../src/layout.js';
import { type Conflict, projectRoom } from '../src/projection.js';
import { canonical, normal, sample } from './helpers.js';

/**
 * A store joining a room (no server): the room's content loads in one `'remote'` batch whatever
 * order the room lists its tasks in, and a room the project cannot hold as it is ends as its
 * projection, with the conflicts named, both for a fresh store and for one that held a project.
 */

function join(room: Y.Doc, data?: ProjectData) {
  const project = createProject(data ?? { id: 'empty', name: 'Empty', tasks: [] });
  const doc = new Y.Doc();
  const conflicts: Conflict[] = [];
  const binding = new Binding(project, doc, { readOnly: () => false, onConflict: (c) => conflicts.push(c) });
  const origins: string[] = [];
  project.subscribe((batch) => origins.push(batch.origin));
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(room), 'net');
  binding.start();
  return { project, doc, conflicts, origins };
}

/** A room whose tasks are listed children first (deepest first), as concurrent adds can leave them. */
function childrenFirst(): Y.Doc {
  const data: ProjectData = {
    ...sample(),
    tasks: [
      { id: 'leaf', name: 'Leaf', parentId: 'mid', duration: 2, order: 0 },
      { id: 'mid', name: 'Mid', parentId: 'top', order: 0 },
      { id: 'top', name: 'Top', order: 0 },
      { id: 'other', name: 'Other', duration: 1, order: 1 },
    ],
    dependencies: [{ id: 'l1', from: 'leaf', to: 'other' }],
    notes: [{ id: 'n1', taskId: 'leaf', text: 'hi', color: '#ff0000', createdAt: '2026-03-02T09:00' }],
    assignments: [{ taskId: 'leaf', personId: 'ann', units: 50 }],
  };
  // As a first client seeds it (its store's JSON), with the tasks in the order above.
  const seeded = { ...createProject(data).toJSON(), tasks: data.tasks };
  const doc = new Y.Doc();
  doc.transact(() => writeProject(rootsOf(doc), seeded));
  return doc;
}

describe('collab join (no server)', () => {
  it('a fresh store loads a room listed children first, in one remote batch, equal to the projection', () => {
    const room = childrenFirst();
    const { project, conflicts, origins } = join(room);
    assert.deepEqual(origins, ['remote']);
    assert.deepEqual(conflicts, []);
    assert.equal(project.task('leaf')?.parentId, 'mid');
    assert.deepEqual(project.wbsOrder(), ['top', 'mid', 'leaf', 'other']);
    assert.equal(project.assignments()[0]?.id, 'leaf:ann');
    assert.ok(project.scheduled('other'), 'scheduled after the load');
    assert.equal(canonical(normal(project.toJSON())), canonical(normal(projectRoom(rootsOf(room)).data)));
  });

  it('a store that already held a project gets the same content as a fresh one', () => {
    const room = childrenFirst();
    const fresh = join(room);
    const held = join(room, sample());
    assert.equal(held.project.task('a'), undefined, "the room replaced the store's project");
    assert.equal(canonical(normal(held.project.toJSON())), canonical(normal(fresh.project.toJSON())));
  });

  it('a room with a task whose parent is gone, or a loop of parents: a fresh store shows the projection and names the conflicts', () => {
    const room = childrenFirst();
    const tasks = rootsOf(room).tasks;
    room.transact(() => {
      tasks.set('orphan', entityMap({ name: 'Orphan', parentId: 'gone', order: 0 }));
      tasks.set('x', entityMap({ name: 'X', parentId: 'y', order: 0 }));
      tasks.set('y', entityMap({ name: 'Y', parentId: 'x', order: 0 }));
    });
    const { project, conflicts, origins } = join(room);
    assert.equal(project.task('orphan'), undefined);
    assert.deepEqual(conflicts.map((c) => `${c.id} ${c.resolution}`).sort(), [
      'orphan dropped',
      'y detached',
    ]);
    assert.equal(project.task('x')?.parentId, 'y', 'the loop broken at the last id');
    assert.equal(project.task('leaf')?.parentId, 'mid', 'the rest of the room is there');
    assert.ok(origins.every((o) => o === 'remote'));
  });
});
