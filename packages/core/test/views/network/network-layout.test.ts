import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProjectData } from '../../../src/model/types.js';
import { featuresRoadmap, projectManagement, softwareDevelopment } from '../../../src/templates/index.js';
import { generateProject } from '../../../src/testing/index.js';
import {
  type NetworkLayout,
  type NetworkNodeKind,
  layoutNetwork,
  linkNeighbours,
  networkGraph,
  nodesInRect,
} from '../../../src/views/network/index.js';

const size = (kind: NetworkNodeKind) =>
  kind === 'milestone' ? { width: 40, height: 40 } : { width: 180, height: 80 };
const lay = (data: ProjectData, collapsed?: Set<string>, previous?: NetworkLayout) =>
  layoutNetwork(networkGraph(data, { size, collapsed }), {}, previous);

/** Left x and right x of an edge end (card or frame). */
function box(layout: NetworkLayout, id: string) {
  const i = layout.index.get(id);
  if (i !== undefined) return layout.nodes[i]!;
  return layout.frames[layout.frameIndex.get(id)!]!;
}

function assertFlowsRight(layout: NetworkLayout): void {
  for (const e of layout.edges) {
    const a = box(layout, e.from);
    const b = box(layout, e.to);
    assert.ok(a.x + a.width < b.x, `${e.from} → ${e.to} runs left to right`);
    // the route leaves the source's right side and enters the target's left side
    assert.equal(e.points[0], a.x + a.width);
    assert.equal(e.points[e.points.length - 2], b.x);
  }
}

function assertNoOverlap(layout: NetworkLayout): void {
  for (const col of layout.columns) {
    for (let k = 1; k < col.length; k++) {
      const above = layout.nodes[col[k - 1]!]!;
      const below = layout.nodes[col[k]!]!;
      assert.ok(above.y + above.height <= below.y, `${above.id} and ${below.id} do not overlap`);
    }
  }
  const cols = new Set(layout.nodes.map((n) => n.layer));
  for (const l of cols) {
    const xs = layout.nodes.filter((n) => n.layer === l);
    for (const other of layout.nodes) {
      if (other.layer === l) continue;
      for (const n of xs.slice(0, 3)) assert.ok(other.x + other.width <= n.x || other.x >= n.x + n.width);
    }
  }
  // Frames: siblings never overlap; a frame holds its cards.
  const frames = layout.frames;
  for (let a = 0; a < frames.length; a++) {
    for (let b = a + 1; b < frames.length; b++) {
      const fa = frames[a]!;
      const fb = frames[b]!;
      const apart =
        fa.x + fa.width <= fb.x ||
        fb.x + fb.width <= fa.x ||
        fa.y + fa.height <= fb.y ||
        fb.y + fb.height <= fa.y;
      const nested = contains(fa, fb) || contains(fb, fa);
      assert.ok(apart || nested, `frames ${fa.id} and ${fb.id} are apart or nested`);
    }
  }
  for (const n of layout.nodes) {
    if (n.frame === undefined) continue;
    assert.ok(contains(box(layout, n.frame), n), `${n.frame} holds ${n.id}`);
  }
}

function contains(
  outer: { x: number; y: number; width: number; height: number },
  inner: { x: number; y: number; width: number; height: number },
): boolean {
  return (
    outer.x <= inner.x &&
    outer.y <= inner.y &&
    outer.x + outer.width >= inner.x + inner.width &&
    outer.y + outer.height >= inner.y + inner.height
  );
}

const chains = (): ProjectData => ({
  id: 'p',
  name: 'p',
  tasks: [
    { id: 'a', name: 'A', duration: 1 },
    { id: 'b', name: 'B', duration: 2 },
    { id: 'c', name: 'C', duration: 1 },
    { id: 'd', name: 'D', duration: 3 },
    { id: 'x', name: 'X', duration: 1 },
    { id: 'y', name: 'Y', duration: 1 },
    { id: 'z', name: 'Z', duration: 1 },
    { id: 'm', name: 'M', type: 'milestone' },
  ],
  dependencies: [
    { id: 'ab', from: 'a', to: 'b' },
    { id: 'bc', from: 'b', to: 'c' },
    { id: 'ac', from: 'a', to: 'c', type: 'SS', lag: 2, lagUnit: 'day' },
    { id: 'cd', from: 'c', to: 'd' },
    { id: 'xy', from: 'x', to: 'y' },
    { id: 'yz', from: 'y', to: 'z' },
    { id: 'dm', from: 'd', to: 'm' },
  ],
});

describe('network layout', () => {
  it('lays out nothing for an empty project', () => {
    const layout = lay({ id: 'e', name: 'e', tasks: [] });
    assert.equal(layout.nodes.length, 0);
    assert.equal(layout.edges.length, 0);
    assert.equal(layout.width, 0);
    assert.equal(layout.height, 0);
    assert.deepEqual(nodesInRect(layout, 0, 0, 1000, 1000), []);
  });

  it('runs every link from left to right, long links included, without overlaps', () => {
    const layout = lay(chains());
    assertFlowsRight(layout);
    assertNoOverlap(layout);
    const ac = layout.edges.find((e) => e.ids[0] === 'ac')!;
    assert.equal(ac.type, 'SS');
    assert.equal(ac.lag, 2);
    // a → c skips b's column: its lane passes b without touching it
    const b = box(layout, 'b');
    for (let p = 0; p + 3 < ac.points.length; p += 2) {
      const [x0, y0, x1, y1] = ac.points.slice(p, p + 4) as [number, number, number, number];
      if (y0 === y1 && Math.min(x0, x1) < b.x + b.width && Math.max(x0, x1) > b.x) {
        assert.ok(y0 < b.y || y0 > b.y + b.height, 'the long link does not cross b');
      }
    }
    assert.equal(box(layout, 'm').width, 40);
    assert.equal(layout.nodes[layout.index.get('m')!]!.kind, 'milestone');
  });

  it('lays out the three templates left to right without overlaps', () => {
    for (const data of [
      softwareDevelopment('2026-03-02'),
      projectManagement('2026-03-02'),
      featuresRoadmap('2026-03-02'),
    ]) {
      const layout = lay(data);
      assert.ok(layout.nodes.length > 0);
      assertFlowsRight(layout);
      assertNoOverlap(layout);
    }
  });

  it('is deterministic', () => {
    const data = generateProject({ tasks: 400, seed: 7, linkTypes: true });
    assert.deepEqual(
      JSON.stringify(stripMemo(lay(data))),
      JSON.stringify(stripMemo(lay(structuredClone(data)))),
    );
  });

  it('draws summaries as frames, links to a summary after its whole frame, and collapses summaries', () => {
    const data: ProjectData = {
      id: 'p',
      name: 'p',
      tasks: [
        { id: 's', name: 'Phase' },
        { id: 's1', name: 'One', parentId: 's', duration: 1 },
        { id: 's2', name: 'Two', parentId: 's', duration: 1 },
        { id: 'u', name: 'Other phase' },
        { id: 'u1', name: 'U one', parentId: 'u', duration: 1 },
        { id: 'after', name: 'After', duration: 1 },
        { id: 'before', name: 'Before', duration: 1 },
      ],
      dependencies: [
        { id: 'l1', from: 's1', to: 's2' },
        { id: 'l2', from: 's', to: 'after' },
        { id: 'l3', from: 'before', to: 's' },
        { id: 'l4', from: 's1', to: 'u1' }, // across branches
        { id: 'l5', from: 's2', to: 'u1' },
      ],
    };
    const open = lay(data);
    assert.deepEqual(open.frames.map((f) => f.id).sort(), ['s', 'u']);
    assertFlowsRight(open);
    assertNoOverlap(open);
    assert.ok(open.edges.some((e) => e.from === 's' && e.to === 'after'));
    assert.ok(open.edges.some((e) => e.from === 'before' && e.to === 's'));

    const closed = lay(data, new Set(['s']));
    assert.deepEqual(
      closed.frames.map((f) => f.id),
      ['u'],
    );
    assert.equal(closed.nodes[closed.index.get('s')!]!.kind, 'summary');
    assert.equal(closed.index.get('s1'), undefined);
    // the hidden children's links to u1 are carried by the summary's node, merged into one edge
    const carried = closed.edges.filter((e) => e.from === 's' && e.to === 'u1');
    assert.equal(carried.length, 1);
    assert.deepEqual(carried[0]!.ids, ['l4', 'l5']);
    assertFlowsRight(closed);
    assertNoOverlap(closed);
  });

  it('keeps positions after one task changes duration', () => {
    const data = generateProject({ tasks: 300, seed: 2 });
    const before = lay(data);
    const edited = structuredClone(data);
    const leaf = edited.tasks.find((t) => t.duration !== undefined && t.duration > 0)!;
    leaf.duration = leaf.duration! + 5;
    const after = lay(edited, undefined, before);
    assert.deepEqual(positions(after), positions(before));
  });

  it('moves only the edited part when a link is added; other parts keep x and shift by at most one offset', () => {
    const data = generateProject({ tasks: 240, seed: 4 });
    // Separate the projects into parts of their own: no portfolio summary.
    for (const t of data.tasks) if (t.parentId === 't1') delete t.parentId;
    data.tasks = data.tasks.filter((t) => t.id !== 't1');
    const before = lay(data);
    const parts = new Set(before.nodes.map((n) => n.component));
    assert.ok(parts.size >= 3, 'several parts');
    const partOf = (id: string) => before.nodes[before.index.get(id)!]!.component;
    const first = before.nodes[0]!.component;
    const second = before.nodes.find((n) => n.component !== first)!.component;
    const inPart = (c: number) => before.nodes.filter((n) => n.component === c && n.kind === 'task');
    // A link from deep in one part to the start of another: the second part's cards move right.
    const from = inPart(first)[10]!.id;
    const to = inPart(second)[0]!.id;
    const edited = structuredClone(data);
    edited.dependencies!.push({ id: 'new', from, to });
    const after = lay(edited, undefined, before);
    assertFlowsRight(after);
    assertNoOverlap(after);
    const editedParts = new Set([partOf(from), partOf(to)]);
    const shifts = new Set<number>();
    for (const node of before.nodes) {
      if (editedParts.has(node.component)) continue;
      const moved = after.nodes[after.index.get(node.id)!]!;
      assert.equal(moved.x, node.x, `${node.id} keeps its column`);
      shifts.add(moved.y - node.y);
    }
    assert.ok(
      shifts.size <= 2 && [...shifts].every((d) => d >= 0),
      `other parts at most shift down together: ${[...shifts]}`,
    );
    if (shifts.size === 2) assert.ok(shifts.has(0));
    const moved = after.nodes.filter((n) => {
      const old = before.nodes[before.index.get(n.id)!]!;
      return old.x !== n.x || old.y !== n.y;
    });
    assert.ok(
      moved.some((n) => n.component === after.nodes[after.index.get(to)!]!.component),
      'the edited part moved',
    );
  });

  it('survives a cycle the store would have refused: only the closing link points back', () => {
    const data = chains();
    data.dependencies!.push({ id: 'back', from: 'd', to: 'b' });
    const layout = lay(data);
    assert.equal(layout.nodes.length, 8);
    const backwards = layout.edges.filter((e) => box(layout, e.from).x >= box(layout, e.to).x);
    assert.equal(backwards.length, 1, 'one link of the cycle points back');
  });

  it('answers viewport queries and link steps', () => {
    const layout = lay(chains());
    const a = box(layout, 'a');
    const inView = nodesInRect(layout, a.x, a.y, a.x + 1, a.y + 1).map((i) => layout.nodes[i]!.id);
    assert.deepEqual(inView, ['a']);
    const all = nodesInRect(layout, -1e6, -1e6, 1e6, 1e6);
    assert.equal(all.length, layout.nodes.length);
    assert.deepEqual(
      linkNeighbours(layout, 'a', 'forward')
        .map((s) => s.id)
        .sort(),
      ['b', 'c'],
    );
    assert.deepEqual(
      linkNeighbours(layout, 'c', 'back')
        .map((s) => s.id)
        .sort(),
      ['a', 'b'],
    );
  });

  it('lays out 10,000 tasks with cross-branch links', () => {
    const data = generateProject({ tasks: 10_000, seed: 5, linkTypes: true, lags: true });
    const leaves = data.tasks.filter((t) => t.duration !== undefined);
    // forward links across projects (data order is a topological order of the chains)
    for (let k = 0; k + 700 < leaves.length; k += 97)
      data.dependencies!.push({ id: `x${k}`, from: leaves[k]!.id, to: leaves[k + 700]!.id });
    const layout = lay(data);
    assert.ok(layout.nodes.length > 8000);
    assertFlowsRight(layout);
    for (const col of layout.columns) {
      for (let k = 1; k < col.length; k++) {
        const above = layout.nodes[col[k - 1]!]!;
        assert.ok(above.y + above.height <= layout.nodes[col[k]!]!.y);
      }
    }
  });
});

function stripMemo(layout: NetworkLayout) {
  const { memo: _memo, index: _index, frameIndex: _frameIndex, columns, ...rest } = layout;
  return { ...rest, columns: columns.map((c) => Array.from(c)) };
}

function positions(layout: NetworkLayout): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const n of layout.nodes) out[n.id] = [n.x, n.y];
  return out;
}
