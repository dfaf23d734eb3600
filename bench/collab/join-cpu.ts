/**
 * `node --conditions=source --import tsx bench/collab/join-cpu.ts [tasks] [rounds]`: the client's
 * CPU for a join without a server or sockets: a room (the bench's generated project, as the first
 * client writes it) is encoded once; each round a fresh store and document are bound, the room's
 * update applied as sync step 2 would, and the binding started (the store loaded and scheduled).
 * Prints main-thread CPU per phase, median of the rounds. Run it in two worktrees (old and new
 * code) alternately to compare them on a loaded machine. It leaves out what the provider adds
 * (decoding the message, re-encoding the update for its own `update` listener: about a fifth).
 */
import { createProject } from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import * as Y from 'yjs';
import { Binding, rootsOf, writeProject } from '../../packages/collab/src/index.js';

const tasks = Number(process.argv[2] ?? 30_000);
const rounds = Number(process.argv[3] ?? 5);
const data = generateProject({ tasks, seed: 12, people: 20, statuses: true });
data.assignments = data.tasks
  .filter((_, i) => i % 10 === 3)
  .map((t, i) => ({ taskId: t.id, personId: `p${(i % 20) + 1}`, units: 50 }));
const source = new Y.Doc();
source.transact(() => writeProject(rootsOf(source), createProject(data).toJSON()));
const update = Y.encodeStateAsUpdate(source);
source.destroy();

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const apply: number[] = [];
const load: number[] = [];
for (let i = 0; i < rounds; i++) {
  const project = createProject({ id: 'empty', name: 'Empty', tasks: [] });
  const doc = new Y.Doc();
  const binding = new Binding(project, doc, { readOnly: () => false, onConflict: () => undefined });
  const t0 = cpu();
  Y.applyUpdate(doc, update, 'provider');
  const t1 = cpu();
  binding.start();
  const t2 = cpu();
  if (project.tasks().length !== data.tasks.length) throw new Error('join-cpu: store incomplete');
  apply.push(t1 - t0);
  load.push(t2 - t1);
  binding.destroy();
  doc.destroy();
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const load1 = (await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
console.log(
  `join CPU, ${tasks} tasks (${(update.length / 1e6).toFixed(1)} MB update), median of ${rounds}: apply ${median(apply).toFixed(0)} ms + store load ${median(load).toFixed(0)} ms = ${median(apply.map((a, i) => a + (load[i] as number))).toFixed(0)} ms (load ${load1})`,
);
