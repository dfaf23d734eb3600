import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildAdjacency, findCycles, findPath } from '../../src/model/graph.js';

describe('graph', () => {
  it('builds adjacency in edge order', () => {
    const g = buildAdjacency(3, [0, 0, 2], [1, 2, 0]);
    assert.deepEqual(Array.from(g.offsets), [0, 2, 2, 3]);
    assert.deepEqual(Array.from(g.targets), [1, 2, 0]);
  });

  it('finds no cycle in a DAG and every separate cycle otherwise', () => {
    assert.deepEqual(findCycles(4, buildAdjacency(4, [0, 1, 0], [1, 2, 3])), []);
    const cycles = findCycles(6, buildAdjacency(6, [0, 1, 2, 3, 4, 5], [1, 2, 0, 4, 3, 5]));
    assert.deepEqual(cycles, [[0, 1, 2], [3, 4], [5]]);
  });

  it('respects the limit', () => {
    assert.equal(findCycles(3, buildAdjacency(3, [0, 1, 2], [0, 1, 2]), 2).length, 2);
  });

  it('handles a million-node chain iteratively', () => {
    const n = 1_000_000;
    const from = new Int32Array(n);
    const to = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      from[i] = i;
      to[i] = (i + 1) % n;
    }
    const cycles = findCycles(n, buildAdjacency(n, from, to));
    assert.equal(cycles.length, 1);
    assert.equal(cycles[0]?.length, n);
  });

  it('finds the shortest path, or none', () => {
    const edges: Record<string, string[]> = { a: ['b', 'c'], b: ['d'], c: ['d'], d: ['e'] };
    const next = (id: string) => edges[id] ?? [];
    assert.deepEqual(findPath('a', 'e', next), ['a', 'b', 'd', 'e']);
    assert.deepEqual(findPath('a', 'a', next), ['a']);
    assert.equal(findPath('e', 'a', next), undefined);
  });
});
