/**
 * Who works on what, as leveling reads it: each person (not a material resource) becomes a
 * resource whose capacity is their `maxUnits` (default 100), and each task's demand on a person is
 * the sum of its assignments' units (default 100) plus 100 for every `assignees` entry that no
 * assignment of the same task and person already covers. Unknown people and units ≤ 0 are ignored.
 */
import type { ProjectData } from '../../model/types.js';

export interface ResourceDemands {
  /** Person ids, by resource number. */
  people: string[];
  /** Capacity (percent) by resource number. */
  maxUnits: number[];
  /** Task id → resource number → units (percent). */
  byTask: Map<string, Map<number, number>>;
}

export function resourceDemands(data: ProjectData): ResourceDemands {
  const people: string[] = [];
  const maxUnits: number[] = [];
  const resourceOf = new Map<string, number>();
  for (const p of data.people ?? []) {
    if (p.type === 'material' || resourceOf.has(p.id)) continue;
    resourceOf.set(p.id, people.length);
    people.push(p.id);
    maxUnits.push(typeof p.maxUnits === 'number' && p.maxUnits >= 0 ? p.maxUnits : 100);
  }
  const byTask = new Map<string, Map<number, number>>();
  const add = (taskId: string, personId: string, units: number): void => {
    const r = resourceOf.get(personId);
    if (r === undefined || !(units > 0)) return;
    let m = byTask.get(taskId);
    if (m === undefined) {
      m = new Map();
      byTask.set(taskId, m);
    }
    m.set(r, (m.get(r) ?? 0) + units);
  };
  const assigned = new Set<string>();
  for (const a of data.assignments ?? []) {
    add(a.taskId, a.personId, a.units ?? 100);
    assigned.add(`${a.taskId}\u0000${a.personId}`);
  }
  for (const t of data.tasks) {
    for (const personId of t.assignees ?? []) {
      if (!assigned.has(`${t.id}\u0000${personId}`)) add(t.id, personId, 100);
    }
  }
  return { people, maxUnits, byTask };
}
