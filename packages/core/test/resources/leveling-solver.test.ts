import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type RcpspProblem, solveRcpsp } from '../../src/resources/leveling/index.js';

/** Checks a solver schedule by itself: distances, releases, fixed starts, capacities at every unit. */
function assertFeasible(p: RcpspProblem, starts: number[]): void {
  for (const e of p.precedences)
    assert.ok(
      (starts[e.to] as number) >= (starts[e.from] as number) + e.distance,
      `precedence ${e.from} → ${e.to} (${e.distance})`,
    );
  const end = Math.max(0, ...starts.map((s, j) => s + (p.durations[j] as number)));
  for (let j = 0; j < starts.length; j++) {
    assert.ok((starts[j] as number) >= (p.release?.[j] ?? 0), `release of ${j}`);
    const f = p.fixed?.[j];
    if (f !== undefined) assert.equal(starts[j], f, `fixed ${j}`);
  }
  p.capacities.forEach((cap, r) => {
    for (let t = 0; t < end; t++) {
      let use = 0;
      p.demands.forEach((list, j) => {
        const s = starts[j] as number;
        if (s <= t && t < s + (p.durations[j] as number))
          for (const d of list) if (d.resource === r) use += Math.min(d.amount, cap);
      });
      assert.ok(
        use <= cap || p.demands.some((l) => l.some((d) => d.amount > cap)),
        `resource ${r} at ${t}: ${use}`,
      );
    }
  });
}

describe('solveRcpsp', () => {
  it('runs two activities that share a resource one after the other', () => {
    const p: RcpspProblem = {
      durations: [3, 2],
      capacities: [1],
      demands: [[{ resource: 0, amount: 1 }], [{ resource: 0, amount: 1 }]],
      precedences: [],
    };
    const r = solveRcpsp(p);
    assertFeasible(p, r.starts);
    assert.equal(r.makespan, 5);
    assert.equal(r.lowerBound, 5);
    assert.equal(r.stoppedBy, 'lower-bound');
  });

  it('finds the optimum of a small instance', () => {
    // Capacity 2: a runs beside b then c, d needs both units after them, e fits nowhere before d ends.
    const p: RcpspProblem = {
      durations: [4, 2, 2, 3, 1],
      capacities: [2],
      demands: [
        [{ resource: 0, amount: 1 }],
        [{ resource: 0, amount: 1 }],
        [{ resource: 0, amount: 1 }],
        [{ resource: 0, amount: 2 }],
        [{ resource: 0, amount: 1 }],
      ],
      precedences: [
        { from: 1, to: 2, distance: 2 },
        { from: 0, to: 3, distance: 4 },
        { from: 2, to: 3, distance: 2 },
      ],
    };
    const r = solveRcpsp(p);
    assertFeasible(p, r.starts);
    assert.equal(r.makespan, 8);
    assert.equal(r.lowerBound, 8, 'the resource bound: 15 unit-days on 2 units');
  });

  it('keeps negative distances (leads), releases and fixed activities', () => {
    const p: RcpspProblem = {
      durations: [4, 4, 2, 3],
      capacities: [1, 2],
      demands: [[{ resource: 0, amount: 1 }], [{ resource: 0, amount: 1 }], [{ resource: 1, amount: 2 }], []],
      precedences: [
        { from: 0, to: 1, distance: -2 },
        { from: 1, to: 3, distance: 1 },
      ],
      release: [0, 0, 0, 2],
      fixed: [undefined, undefined, 1, undefined],
    };
    const r = solveRcpsp(p, { seed: 7 });
    assertFeasible(p, r.starts);
    assert.equal(r.starts[2], 1);
  });

  it('is deterministic for the same problem and seed', () => {
    const n = 40;
    const durations = Array.from({ length: n }, (_, j) => 1 + ((j * 7) % 5));
    const demands = durations.map((_, j) => [
      { resource: j % 3, amount: 1 + (j % 4) },
      { resource: (j + 1) % 3, amount: 1 + ((j * 3) % 5) },
    ]);
    const precedences = Array.from({ length: n - 5 }, (_, j) => ({
      from: j,
      to: j + 1 + (j % 5),
      distance: durations[j] as number,
    }));
    const p: RcpspProblem = { durations, capacities: [5, 6, 7], demands, precedences };
    const a = solveRcpsp(p, { schedules: 600 });
    const b = solveRcpsp(p, { schedules: 600 });
    assert.deepEqual(a, b);
    assertFeasible(p, a.starts);
    assert.ok(a.schedules <= 600 + 7, 'the budget bounds the search');
  });

  it('runs an activity whose demand exceeds the capacity alone and names it', () => {
    const p: RcpspProblem = {
      durations: [2, 2],
      capacities: [1],
      demands: [[{ resource: 0, amount: 3 }], [{ resource: 0, amount: 1 }]],
      precedences: [],
    };
    const r = solveRcpsp(p);
    assert.deepEqual(r.overCapacity, [0]);
    assert.equal(r.makespan, 4);
  });

  it('solves the empty problem and rejects a cycle or a bad number', () => {
    assert.equal(solveRcpsp({ durations: [], capacities: [], demands: [], precedences: [] }).makespan, 0);
    const cycle: RcpspProblem = {
      durations: [1, 1],
      capacities: [],
      demands: [[], []],
      precedences: [
        { from: 0, to: 1, distance: 1 },
        { from: 1, to: 0, distance: 1 },
      ],
    };
    assert.throws(() => solveRcpsp(cycle), RangeError);
    assert.throws(
      () => solveRcpsp({ durations: [1.5], capacities: [], demands: [[]], precedences: [] }),
      RangeError,
    );
  });

  it('prefers keeping the wanted latest starts (due), then the shortest schedule, and says how late', () => {
    const base = {
      durations: [3, 1, 2],
      capacities: [1],
      demands: [[{ resource: 0, amount: 1 }], [{ resource: 0, amount: 1 }], []],
      precedences: [{ from: 1, to: 2, distance: 1 }],
    };
    // B (1 unit) must start at once for C after it to keep its own wanted start of 1.
    const kept = solveRcpsp({ ...base, due: [undefined, undefined, 1] });
    assert.equal(kept.lateness, 0);
    assert.equal(kept.starts[1], 0);
    assert.equal(kept.starts[2], 1);
    assert.equal(kept.starts[0], 1);
    // Both A and B wanted at 0 on one resource: the least lateness is B first (A one unit late).
    const late = solveRcpsp({ ...base, due: [0, 0, undefined] });
    assert.equal(late.lateness, 1);
    assert.deepEqual([late.starts[1], late.starts[0]], [0, 1]);
    assert.throws(() => solveRcpsp({ ...base, due: [-1, undefined, undefined] }), RangeError);
  });
});
