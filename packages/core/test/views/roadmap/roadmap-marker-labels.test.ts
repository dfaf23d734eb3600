import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutMarkerLabels, type MarkerLabels } from '../../../src/views/roadmap/roadmap-marker-labels.js';

/** Every shown box (labels and badges) with its row. */
function boxes(r: MarkerLabels): { row: number; left: number; right: number }[] {
  const out: { row: number; left: number; right: number }[] = [];
  r.row.forEach((row, i) => {
    if (row >= 0) out.push({ row, left: r.left[i] as number, right: r.right[i] as number });
  });
  for (const b of r.badges) out.push({ row: b.row, left: b.left, right: b.right });
  return out;
}

function assertNoOverlap(r: MarkerLabels, gap = 6): void {
  const all = boxes(r);
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i] as { row: number; left: number; right: number };
      const b = all[j] as { row: number; left: number; right: number };
      if (a.row !== b.row) continue;
      assert.ok(
        a.right + gap <= b.left || b.right + gap <= a.left,
        `${JSON.stringify(a)} × ${JSON.stringify(b)}`,
      );
    }
  }
}

/** Every marker is shown once: by its own label or in exactly one badge. */
function assertAccounted(r: MarkerLabels, n: number): void {
  const seen = new Array<number>(n).fill(0);
  r.row.forEach((row, i) => {
    if (row >= 0) seen[i] = (seen[i] as number) + 1;
  });
  for (const b of r.badges) for (const i of b.members) seen[i] = (seen[i] as number) + 1;
  assert.deepEqual(seen, new Array<number>(n).fill(1));
}

describe('roadmap marker labels', () => {
  it('keeps apart labels in one row and staggers those that would overlap', () => {
    const r = layoutMarkerLabels([0, 200, 230, 260], [100, 100, 100, 100]);
    assert.deepEqual([...r.row], [0, 0, 1, 2]);
    assert.equal(r.rowCount, 3);
    assert.deepEqual([r.left[0], r.right[0]], [4, 104]);
    assert.equal(r.badges.length, 0);
    assertNoOverlap(r);
  });

  it('collapses into a +N badge when even three rows cannot hold them', () => {
    const r = layoutMarkerLabels([0, 10, 20, 30, 40], [100, 100, 100, 100, 100]);
    assert.deepEqual([...r.row], [0, 1, -1, -1, -1]);
    assert.equal(r.badges.length, 1);
    assert.deepEqual(r.badges[0]?.members, [2, 3, 4]);
    assert.equal(r.badges[0]?.row, 2);
    assertNoOverlap(r);
    assertAccounted(r, 5);
  });

  it('handles many releases in one week at any density, in line order', () => {
    // 40 releases within 7 px (a week at halves), given in a shuffled order.
    const n = 40;
    const x = Array.from({ length: n }, (_, i) => ((i * 17) % n) * 0.175);
    const w = Array.from({ length: n }, (_, i) => 40 + ((i * 31) % 90));
    for (const rows of [1, 2, 3]) {
      const r = layoutMarkerLabels(x, w, { rows, badgeWidth: 22 });
      assertNoOverlap(r);
      assertAccounted(r, n);
      assert.ok(r.rowCount <= rows);
    }
  });

  it('survives hostile widths and positions', () => {
    const r = layoutMarkerLabels(
      [0, Number.NaN, 5, Number.POSITIVE_INFINITY, 10, 12, -1e9],
      [1e7, 50, Number.NaN, 30, -40, Number.POSITIVE_INFINITY, 0],
    );
    // Non-finite positions are left out; they count nowhere.
    assert.equal(r.row[1], -1);
    assert.equal(r.row[3], -1);
    assert.ok(r.badges.every((b) => !b.members.includes(1) && !b.members.includes(3)));
    assertNoOverlap(r);
    const shown = [0, 2, 4, 5, 6];
    for (const i of shown) {
      const inBadge = r.badges.some((b) => b.members.includes(i));
      assert.ok((r.row[i] as number) >= 0 !== inBadge);
    }
    assert.equal(layoutMarkerLabels([], []).rowCount, 0);
  });

  it("moves a label back from the chart's end, at most to end at its line", () => {
    const r = layoutMarkerLabels([100, 960, 990], [80, 80, 80], { limit: 1000 });
    assert.deepEqual([r.left[0], r.right[0]], [104, 184]);
    assert.deepEqual([r.left[1], r.right[1]], [920, 1000]);
    // 990's label cannot end at the limit without passing its line less its offset: it ends at its line.
    assert.deepEqual([...r.row], [0, 0, 1]);
    assertNoOverlap(r);
    const rtl = layoutMarkerLabels([30], [80], { limit: 1000, rtl: true });
    assert.deepEqual([rtl.left[0], rtl.right[0]], [0, 80]);
    const crowd = layoutMarkerLabels([990, 992, 994, 996, 998], [80, 80, 80, 80, 80], { limit: 1000 });
    assertNoOverlap(crowd);
    assertAccounted(crowd, 5);
    for (const b of crowd.badges) assert.ok(b.right <= 1000);
  });

  it('runs labels leftwards from their lines right to left', () => {
    const r = layoutMarkerLabels([500, 300, 280], [100, 100, 100], { rtl: true });
    assert.deepEqual([r.left[0], r.right[0]], [396, 496]);
    // 300's label [196, 296) is clear of 500's; 280's would overlap 300's: a second row.
    assert.deepEqual([...r.row], [0, 0, 1]);
    assertNoOverlap(r);
    const crowd = layoutMarkerLabels([100, 98, 96, 94], [60, 60, 60, 60], { rtl: true, rows: 2 });
    assert.deepEqual(crowd.badges[0]?.members, [1, 2, 3]);
    assert.ok((crowd.badges[0]?.right as number) <= 98 - 4);
    assertNoOverlap(crowd);
    assertAccounted(crowd, 4);
  });
});
