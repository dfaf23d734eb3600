import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutWorkflow } from '../../../src/views/workflow/workflow-layout.js';

const nodes = ['todo', 'doing', 'review', 'done'];

describe('layoutWorkflow', () => {
  it('places the statuses left to right without overlap, and routes forward, skip and back edges apart', () => {
    const layout = layoutWorkflow({
      nodes,
      edges: [
        { from: 'todo', to: 'doing' },
        { from: 'doing', to: 'done' },
        { from: 'todo', to: 'done' },
        { from: 'review', to: 'doing' },
        { from: 'done', to: 'todo' },
        { from: 'x', to: 'todo' },
        { from: 'todo', to: 'todo' },
      ],
    });
    const boxes = layout.boxes;
    for (let k = 1; k < boxes.length; k++) {
      const a = boxes[k - 1];
      const b = boxes[k];
      assert.ok(a && b && a.x + a.width < b.x, 'left to right, apart');
    }
    assert.deepEqual(
      layout.routes.map((r) => `${r.from}>${r.to} ${r.kind}`),
      ['todo>doing forward', 'doing>done skip', 'todo>done skip', 'review>doing back', 'done>todo back'],
    );
    const top = boxes[0]?.y as number;
    const bottom = top + (boxes[0]?.height as number);
    const laneY = (r: (typeof layout.routes)[number]) => r.points[3] as number;
    const [forward, skip1, skip2, back1, back2] = layout.routes;
    assert.equal(forward?.points[1], forward?.points[3], 'a straight line');
    assert.ok(skip1 && skip2 && laneY(skip1) < top && laneY(skip2) < top, 'skips go over the row');
    assert.ok(back1 && back2 && laneY(back1) > bottom && laneY(back2) > bottom, 'back edges go under it');
    assert.notEqual(laneY(skip1), laneY(skip2), 'overlapping spans take different lanes');
    assert.notEqual(laneY(back1), laneY(back2));
    assert.ok(layout.height >= laneY(back2) && layout.width >= (boxes.at(-1)?.x ?? 0) + 160);
    assert.deepEqual(
      layoutWorkflow({ nodes, edges: [{ from: 'todo', to: 'done' }] }),
      layoutWorkflow({ nodes, edges: [{ from: 'todo', to: 'done' }] }),
    );
  });

  it('mirrors for right-to-left', () => {
    const edges = [
      { from: 'todo', to: 'doing' },
      { from: 'done', to: 'todo' },
    ];
    const ltr = layoutWorkflow({ nodes, edges });
    const rtl = layoutWorkflow({ nodes, edges, rtl: true });
    assert.equal(rtl.width, ltr.width);
    ltr.boxes.forEach((b, k) => {
      assert.equal(rtl.boxes[k]?.x, ltr.width - b.x - b.width);
    });
    assert.equal(rtl.routes[1]?.points[0], ltr.width - (ltr.routes[1]?.points[0] as number));
    assert.ok((rtl.boxes[0]?.x as number) > (rtl.boxes[1]?.x as number), 'the flow runs right to left');
  });

  it('an empty flow is just padding', () => {
    const layout = layoutWorkflow({ nodes: [], edges: [] });
    assert.deepEqual(layout.boxes, []);
    assert.ok(layout.width > 0 && layout.height > 0);
  });
});
