import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  LABEL_AFTER,
  LABEL_INSIDE,
  labelReach,
  placeBarLabels,
} from '../../../src/views/roadmap/roadmap-bar-labels.js';
import { packRows } from '../../../src/views/roadmap/roadmap-pack.js';

describe('roadmap bar labels', () => {
  it('puts a name inside a bar it fits in, else after the bar when the row has room', () => {
    const r = placeBarLabels({
      x: [0, 300, 0],
      width: [200, 20, 20],
      text: [120, 80, 80],
      line: [0, 0, 36],
      limit: 1000,
    });
    assert.deepEqual([...r.place], [LABEL_INSIDE, LABEL_AFTER, LABEL_AFTER]);
    assert.deepEqual([...r.width], [120, 80, 80]);
    assert.deepEqual([...r.truncated], [0, 0, 0]);
  });

  it('truncates only when neither place holds the name, in the wider one', () => {
    const r = placeBarLabels({
      // Bar 0 has 60 px before bar 1; bar 1 is wide but its name is longer still; bar 2 is cut by the chart's end.
      x: [0, 80, 960],
      width: [20, 300, 30],
      text: [100, 700, 100],
      line: [0, 0, 36],
      limit: 1000,
    });
    assert.deepEqual([...r.place], [LABEL_AFTER, LABEL_AFTER, LABEL_INSIDE]);
    assert.deepEqual([...r.truncated], [1, 1, 1]);
    // After bar 0: up to 4 px before bar 1, 6 px after bar 0's end.
    assert.equal(r.width[0], 80 - 4 - 20 - 6);
    // Bar 1 is last in its row: after it up to the chart's end (616 px) beats its inside (284 px).
    assert.equal(r.width[1], 1000 - 4 - 380 - 6);
    assert.equal(r.width[2], 30 - 16);
  });

  it('packing with the reach keeps names after short bars clear of the next bar', () => {
    const x = [0, 30, 60, 200, 260];
    const width = [20, 20, 100, 40, 300];
    const text = [90, 40, 60, 150, 80];
    const reach = x.map((xi, i) => xi + labelReach(width[i] as number, text[i] as number));
    const { rows } = packRows(x, reach, 0, 6);
    const r = placeBarLabels({ x, width, text, line: [...rows], limit: 2000 });
    assert.deepEqual([...r.truncated], [0, 0, 0, 0, 0]);
    // No name's box meets the next bar of its row.
    for (let i = 0; i < x.length; i++) {
      if (r.place[i] !== LABEL_AFTER) continue;
      const end = (x[i] as number) + (width[i] as number) + 6 + (r.width[i] as number);
      for (let j = 0; j < x.length; j++) {
        if (j !== i && rows[j] === rows[i] && (x[j] as number) > (x[i] as number)) {
          assert.ok(end <= (x[j] as number), `${i} → ${j}`);
        }
      }
    }
    assert.equal(labelReach(200, 100), 200);
    assert.equal(labelReach(20, 1000), 20 + 6 + 240 + 4);
    assert.equal(labelReach(20, Number.NaN), 20);
  });

  it('leaves bars off any line alone and takes bad measures as empty', () => {
    const r = placeBarLabels({
      x: [0, 10],
      width: [20, 20],
      text: [Number.NaN, 50],
      line: [Number.NaN, 0],
      limit: 500,
    });
    assert.deepEqual([...r.place], [LABEL_INSIDE, LABEL_AFTER]);
    assert.deepEqual([...r.width], [0, 50]);
  });
});
