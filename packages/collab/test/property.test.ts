import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProject, type Project, type ProjectData } from '@roadline/core';
import * as Y from 'yjs';
import { Binding } from '../src/binding.js';
import { rootsOf } from '../src/layout.js';
import { type Conflict, projectRoom } from '../src/projection.js';
import { canonical, normal, sample } from './helpers.js';

/**
 * The convergence property, without a server: several replicas (a store bound to a Y.Doc each)
 * make random concurrent operations; their updates are delivered in random order, some twice,
 * some late. Once everything is delivered every replica has the same `toJSON()`, the same
 * schedule, a valid project, and a room with nothing left to repair.
 */

const NET = { net: true };

/** A small seeded PRNG (mulberry32), so a failing seed can be replayed. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Replica {
  project: Project;
  doc: Y.Doc;
  binding: Binding;
  inbox: Uint8Array[];
  conflicts: Conflict[];
}

function seedData(): ProjectData {
  const data = sample();
  return {
    ...data,
    people: [
      { id: 'ann', name: 'Ann' },
      { id: 'bob', name: 'Bob' },
      { id: 'cy', name: 'Cy' },
    ],
    assignments: [{ id: 'a:ann', taskId: 'a', personId: 'ann', units: 50 }],
    automations: [
      { id: 'r-start', when: { type: 'date-arrived', field: 'start' }, then: [] },
      { id: 'r-done', when: { type: 'field-changed', field: 'status', to: 'done' }, then: [] },
    ],
  };
}

function replicas(count: number, data: ProjectData): Replica[] {
  const out: Replica[] = [];
  for (let i = 0; i < count; i++) {
    let n = 0;
    const project = createProject(i === 0 ? data : { id: 'empty', name: 'Empty', tasks: [] }, {
      idFactory: () => `r${i}-${++n}`,
    });
    const doc = new Y.Doc();
    const conflicts: Conflict[] = [];
    const binding = new Binding(project, doc, {
      readOnly: () => false,
      onConflict: (c) => conflicts.push(c),
    });
    out.push({ project, doc, binding, inbox: [], conflicts });
  }
  // Replica 0 seeds the room; the others join it (the room replaces their store).
  out[0]?.binding.start();
  const state = Y.encodeStateAsUpdate((out[0] as Replica).doc);
  for (const r of out.slice(1)) {
    Y.applyUpdate(r.doc, state, NET);
    r.binding.start();
  }
  for (const r of out) {
    r.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === NET) return;
      for (const other of out) if (other !== r) other.inbox.push(update);
    });
  }
  return out;
}

const pick = <T>(rand: () => number, list: readonly T[]): T | undefined =>
  list.length === 0 ? undefined : list[Math.floor(rand() * list.length)];

/** One random operation on a replica's store; the store may refuse it (that is fine). */
function randomOp(rand: () => number, p: Project): void {
  const tasks = p.tasks().map((t) => t.id);
  const task = () => pick(rand, tasks) as string;
  const person = () =>
    pick(
      rand,
      p.people().map((x) => x.id),
    ) as string;
  const roll = Math.floor(rand() * 19);
  switch (roll) {
    case 0:
    case 1:
      p.addTask({
        name: `t${Math.floor(rand() * 100)}`,
        parentId: rand() < 0.5 ? task() : undefined,
        duration: 1 + Math.floor(rand() * 4),
      });
      return;
    case 2:
      p.removeTask(task());
      return;
    case 3:
      p.moveTask(task(), { parentId: rand() < 0.4 ? undefined : task(), index: Math.floor(rand() * 3) });
      return;
    case 4:
      p.indentTask(task());
      return;
    case 5:
    case 6:
      p.addDependency({ from: task(), to: task() });
      return;
    case 7: {
      const dep = pick(rand, p.dependencies());
      if (dep) p.removeDependency(dep.id);
      return;
    }
    case 8:
      p.updateTask(task(), { name: `n${Math.floor(rand() * 1000)}` });
      return;
    case 9:
      p.updateTask(task(), { duration: 1 + Math.floor(rand() * 6) });
      return;
    case 10:
      p.addNote({ taskId: task(), text: 'note', color: pick(rand, ['#ffcc00', '#00aa00', '#aa00aa']) });
      return;
    case 11: {
      const note = pick(rand, p.notes());
      if (note) p.removeNote(note.id);
      return;
    }
    case 12:
    case 13:
      p.addAssignment({ taskId: task(), personId: person(), units: pick(rand, [25, 50, 100]) });
      return;
    case 14: {
      const a = pick(rand, p.assignments());
      if (a === undefined) return;
      if (rand() < 0.5) p.removeAssignment(a.id);
      else p.updateAssignment(a.id, { units: pick(rand, [10, 60, 200]) });
      return;
    }
    case 15:
      if (rand() < 0.5) p.removePerson(person());
      else p.addPerson({ name: `P${Math.floor(rand() * 100)}` });
      return;
    case 16: {
      const rule = pick(rand, p.automations());
      const what = rand();
      if (rule === undefined || what < 0.3)
        p.addAutomation({ name: 'rule', when: { type: 'task-created' }, then: [] });
      else if (what < 0.6) p.setAutomationEnabled(rule.id, rule.enabled === false);
      else if (what < 0.85) p.updateAutomation(rule.id, { name: `renamed ${Math.floor(rand() * 100)}` });
      else p.removeAutomation(rule.id);
      return;
    }
    case 17:
      p.tick(
        pick(rand, [
          '2026-03-02T00:00',
          '2026-03-05T00:00',
          '2026-03-12T00:00',
          '2026-04-01T00:00',
        ]) as string,
      );
      return;
    default:
      p.updateTask(task(), { progress: Math.floor(rand() * 100) });
  }
}

/** Delivers part (or all) of each inbox in random order, some messages twice. */
function deliver(rand: () => number, all: Replica[], everything: boolean): void {
  for (const r of all) {
    const take = everything ? r.inbox.length : Math.floor(rand() * (r.inbox.length + 1));
    const batch = r.inbox.splice(0, take);
    for (let i = batch.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [batch[i], batch[j]] = [batch[j] as Uint8Array, batch[i] as Uint8Array];
    }
    for (const u of batch) {
      Y.applyUpdate(r.doc, u, NET);
      if (rand() < 0.2) Y.applyUpdate(r.doc, u, NET);
    }
  }
}

function scheduleOf(p: Project): string {
  return JSON.stringify(
    [...p.wbsOrder()].sort().map((id) => {
      const s = p.scheduled(id);
      return [id, s?.start, s?.end];
    }),
  );
}

function fullJson(p: Project): string {
  return canonical(normal(p.toJSON()));
}

function run(seed: number, count: number, rounds: number): { ops: number; conflicts: number } {
  const rand = prng(seed);
  const all = replicas(count, seedData());
  let ops = 0;
  for (let round = 0; round < rounds; round++) {
    for (const r of all) {
      const k = 1 + Math.floor(rand() * 4);
      for (let i = 0; i < k; i++) {
        try {
          randomOp(rand, r.project);
          ops++;
        } catch {
          // refused by the store: nothing changed
        }
      }
    }
    deliver(rand, all, false);
  }
  // Everything arrives; repairs made on arrival travel too, until nothing is left in flight.
  for (let i = 0; i < 10 && all.some((r) => r.inbox.length > 0); i++) deliver(rand, all, true);
  const first = all[0] as Replica;
  const json = fullJson(first.project);
  const schedule = scheduleOf(first.project);
  for (const r of all) {
    assert.equal(fullJson(r.project), json, `seed ${seed}: every replica shows the same project`);
    assert.equal(scheduleOf(r.project), schedule, `seed ${seed}: every replica schedules alike`);
    const data = r.project.toJSON();
    assert.doesNotThrow(() => createProject(data, { scheduler: false }), `seed ${seed}: a valid project`);
    assert.deepEqual(projectRoom(rootsOf(r.doc)).conflicts, [], `seed ${seed}: nothing left to repair`);
    const tasks = new Set(data.tasks.map((t) => t.id));
    const people = new Set((data.people ?? []).map((x) => x.id));
    for (const a of data.assignments ?? [])
      assert.ok(tasks.has(a.taskId) && people.has(a.personId), `seed ${seed}: assignment ${a.id} is whole`);
    for (const d of data.dependencies ?? [])
      assert.ok(tasks.has(d.from) && tasks.has(d.to), `seed ${seed}: link ${d.id} is whole`);
    for (const n of data.notes ?? [])
      assert.ok(n.taskId === undefined || tasks.has(n.taskId), `seed ${seed}: note ${n.id} is whole`);
  }
  for (const r of all) r.binding.destroy();
  return { ops, conflicts: all.reduce((n, r) => n + r.conflicts.length, 0) };
}

describe('collab property: random concurrent operations converge', { timeout: 60000 }, () => {
  it('three replicas, random ops (tasks, moves, links, notes, assignments, people, rules, ticks), random delivery with duplicates', () => {
    let ops = 0;
    let conflicts = 0;
    for (let seed = 1; seed <= 30; seed++) {
      const out = run(seed, 3, 6);
      ops += out.ops;
      conflicts += out.conflicts;
    }
    assert.ok(ops > 500, `enough operations ran (${ops})`);
    assert.ok(conflicts > 0, 'some runs had conflicts to resolve');
  });

  it('drops an assignment to a task or a person removed meanwhile, alike on every replica, with a conflict', () => {
    const [a, b] = replicas(2, seedData()) as [Replica, Replica];
    b.project.addPerson({ id: 'dee', name: 'Dee' });
    deliver(prng(1), [a, b], true);
    // Concurrently: a removes task b and person dee; b assigns dee to c and ann to b.
    a.project.removePerson('dee');
    a.project.removeTask('b');
    const one = b.project.addAssignment({ taskId: 'c', personId: 'dee' });
    const two = b.project.addAssignment({ taskId: 'b', personId: 'ann', units: 30 });
    deliver(prng(2), [a, b], true);
    deliver(prng(3), [a, b], true);
    assert.equal(fullJson(a.project), fullJson(b.project));
    assert.equal(a.project.assignments().length, 1, 'only the seed assignment stays');
    for (const r of [a, b]) {
      const dropped = r.conflicts.filter((c) => c.entity === 'assignment').map((c) => c.id);
      assert.ok(dropped.length > 0, 'a conflict names a dropped assignment');
      for (const id of dropped) assert.ok([one.id, two.id].includes(id));
    }
    assert.equal(rootsOf(a.doc).assignments.has(one.id), false, 'the repair removed it from the room');
  });

  it('keeps both of two concurrent time-trigger records of one rule (per task), and rule edits sync', () => {
    const [a, b] = replicas(2, seedData()) as [Replica, Replica];
    // a fires the start rule as of a date only task a has reached; b as of a later one.
    a.project.tick('2026-03-02T00:00');
    b.project.updateAutomation('r-done', { name: 'Done rule' });
    deliver(prng(4), [a, b], true);
    b.project.tick('2026-04-01T00:00');
    deliver(prng(5), [a, b], true);
    assert.equal(fullJson(a.project), fullJson(b.project));
    const fired = a.project.toJSON().automationsFired?.find((f) => f.id === 'r-start');
    assert.ok(fired && Object.keys(fired.tasks).length >= 3, 'every task fired once, recorded in the room');
    assert.equal(a.project.automation('r-done')?.name, 'Done rule');
    assert.equal(rootsOf(a.doc).automationsFired.get('r-start')?.size, Object.keys(fired.tasks).length);
  });
});
