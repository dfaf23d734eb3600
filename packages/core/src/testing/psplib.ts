/**
 * A reader for PSPLIB single-mode `.sm` files (Kolisch and Sprecher's RCPSP library), for the
 * leveling conformance test and benchmark. Jobs keep their file order (job 1 is index 0, the dummy
 * source; the last job is the dummy sink). Only renewable resources are read.
 */
import type { Assignment, Dependency, Person, ProjectData, Task } from '../model/types.js';
export interface PsplibInstance {
  /** Per job, its duration. */
  durations: number[];
  /** Per job, its successors (0-based). */
  successors: number[][];
  /** Per job, its request per renewable resource. */
  requests: number[][];
  /** Per renewable resource, its capacity. */
  capacities: number[];
}

function section(lines: string[], title: string): number {
  const at = lines.findIndex((l) => l.startsWith(title));
  if (at < 0) throw new Error(`PSPLIB: no "${title}" section`);
  return at;
}

const numbers = (line: string): number[] =>
  line
    .trim()
    .split(/\s+/)
    .filter((s) => s !== '')
    .map(Number);

export function parsePsplib(text: string): PsplibInstance {
  const lines = text.split(/\r?\n/);
  const jobsLine = lines.find((l) => l.startsWith('jobs (incl. supersource/sink )'));
  const renewableLine = lines.find((l) => l.includes('- renewable'));
  if (jobsLine === undefined || renewableLine === undefined) throw new Error('PSPLIB: no header');
  const jobs = Number(jobsLine.split(':')[1]);
  const resources = Number((renewableLine.split(':')[1] ?? '').trim().split(/\s+/)[0]);
  const successors: number[][] = [];
  const prec = section(lines, 'PRECEDENCE RELATIONS:') + 2;
  for (let j = 0; j < jobs; j++) {
    const v = numbers(lines[prec + j] ?? '');
    const count = v[2] ?? 0;
    successors.push(v.slice(3, 3 + count).map((s) => s - 1));
  }
  const durations: number[] = [];
  const requests: number[][] = [];
  const req = section(lines, 'REQUESTS/DURATIONS:') + 3;
  for (let j = 0; j < jobs; j++) {
    const v = numbers(lines[req + j] ?? '');
    durations.push(v[2] ?? 0);
    requests.push(v.slice(3, 3 + resources));
  }
  const capLine = section(lines, 'RESOURCEAVAILABILITIES:') + 2;
  const capacities = numbers(lines[capLine] ?? '').slice(0, resources);
  return { durations, successors, requests, capacities };
}

/** Optimal (or best known) makespans from a PSPLIB solution file such as `j30hrs.sm`, keyed `"1_1"`. */
export function parsePsplibSolutions(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split(/\r?\n/)) {
    const v = line.trim().split(/\s+/);
    if (v.length < 3 || !/^\d+$/.test(v[0] as string) || !/^\d+$/.test(v[1] as string)) continue;
    out.set(`${v[0]}_${v[1]}`, Number(v[2]));
  }
  return out;
}

/**
 * A PSPLIB instance as a project, the way the leveling conformance check maps it: a job is a task
 * of that many days on a calendar where every day works (a zero-length job is a milestone), a
 * resource of capacity 12 is a person with `maxUnits` 1200, a request of 5 an assignment of 500 %,
 * and each successor a finish-to-start link.
 */
export function psplibProject(instance: PsplibInstance, start = '2026-01-05'): ProjectData {
  const tasks: Task[] = instance.durations.map((d, j) =>
    d === 0
      ? { id: `j${j + 1}`, name: `Job ${j + 1}`, type: 'milestone' }
      : { id: `j${j + 1}`, name: `Job ${j + 1}`, duration: d },
  );
  const dependencies: Dependency[] = instance.successors.flatMap((list, j) =>
    list.map((s) => ({ id: `l${j + 1}-${s + 1}`, from: `j${j + 1}`, to: `j${s + 1}` })),
  );
  const people: Person[] = instance.capacities.map((c, r) => ({
    id: `r${r + 1}`,
    name: `Resource ${r + 1}`,
    maxUnits: c * 100,
  }));
  const assignments: Assignment[] = instance.requests.flatMap((q, j) =>
    q.flatMap((amount, r) =>
      amount > 0 ? [{ taskId: `j${j + 1}`, personId: `r${r + 1}`, units: amount * 100 }] : [],
    ),
  );
  return {
    id: 'psplib',
    name: 'PSPLIB instance',
    start,
    calendar: { workingDays: [0, 1, 2, 3, 4, 5, 6] },
    tasks,
    dependencies,
    people,
    assignments,
  };
}
