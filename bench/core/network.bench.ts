/**
 * Network layout, side by side in one run: Roadline's `layoutNetwork` and `@dagrejs/dagre` on the
 * same graphs (the leaves of a generated project with its chains plus forward cross links, no
 * frames, the same card size and spacing, left to right). Issue 19's targets: 1k tasks at most a
 * quarter of dagre's time; 10k tasks laid out in at most 1.5 s. dagre at 10k takes minutes, so
 * it runs at 10k only with `NETWORK_BENCH_DAGRE_10K=1` (one run); by default its largest case is
 * 3k tasks, reported as such.
 */
import dagre from '@dagrejs/dagre';
import type { ProjectData } from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import { layoutNetwork, type NetworkGraph, networkGraph } from '@roadline/core/views/network';
import { type BenchCase, benchCase } from './harness.js';

const CARD = { width: 208, height: 92 };

/** A generated project with about `tasks` leaves, its chains and a forward cross link per ~10 leaves. */
function project(tasks: number): ProjectData {
  const data = generateProject({ tasks: Math.round(tasks * 1.12), seed: 19, linkTypes: true });
  const leaves = data.tasks.filter((t) => t.duration !== undefined);
  const deps = data.dependencies ?? [];
  for (let k = 0; k + 150 < leaves.length; k += 10) {
    deps.push({ id: `x${k}`, from: leaves[k]!.id, to: leaves[k + 37 + ((k * 7) % 113)]!.id });
  }
  data.dependencies = deps;
  // Flat: the summaries go, so both engines lay out the same plain graph.
  data.tasks = leaves.map(({ parentId: _parent, ...t }) => t);
  return data;
}

function graph(tasks: number): NetworkGraph {
  return networkGraph(project(tasks), { size: () => CARD });
}

function dagreLayout(g: NetworkGraph): number {
  const d = new dagre.graphlib.Graph();
  d.setGraph({ rankdir: 'LR', nodesep: 24, ranksep: 96 });
  d.setDefaultEdgeLabel(() => ({}));
  for (const n of g.nodes) d.setNode(n.id, { width: n.width, height: n.height });
  for (const e of g.edges) d.setEdge(e.from, e.to);
  dagre.layout(d);
  return d.nodeCount();
}

const cases: BenchCase[] = [
  benchCase({
    name: 'network layout 1k tasks · roadline',
    setup: () => graph(1000),
    run: (g) => layoutNetwork(g).nodes.length,
    runs: 7,
    target: '≤ 0.25 × dagre',
  }),
  benchCase({
    name: 'network layout 1k tasks · dagre',
    setup: () => graph(1000),
    run: (g) => dagreLayout(g),
    runs: 3,
  }),
  benchCase({
    name: 'network layout 3k tasks · roadline',
    setup: () => graph(3000),
    run: (g) => layoutNetwork(g).nodes.length,
    runs: 5,
  }),
  benchCase({
    name: 'network layout 3k tasks · dagre',
    setup: () => graph(3000),
    run: (g) => dagreLayout(g),
    runs: 1,
  }),
  benchCase({
    name: 'network layout 10k tasks · roadline',
    setup: () => graph(10_000),
    run: (g) => layoutNetwork(g).nodes.length,
    runs: 5,
    target: '≤ 1500 ms',
  }),
  benchCase({
    name: 'network relayout 10k tasks, unchanged, from the previous layout · roadline',
    setup: () => {
      const g = graph(10_000);
      return { g, previous: layoutNetwork(g) };
    },
    run: ({ g, previous }) => layoutNetwork(g, {}, previous).nodes.length,
    runs: 5,
  }),
];

if (process.env.NETWORK_BENCH_DAGRE_10K === '1') {
  cases.push(
    benchCase({
      name: 'network layout 10k tasks · dagre',
      setup: () => graph(10_000),
      run: (g) => dagreLayout(g),
      runs: 1,
    }),
  );
}

export default cases;
