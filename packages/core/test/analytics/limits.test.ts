import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { bottlenecks, createFrame, lateItems, milestones, sourceOf } from '../../src/analytics/index.js';
import { createProject } from '../../src/store/project.js';
import { generateProject } from '../../src/testing/generate.js';

/** A generated project with releases, milestones, late and done work, and a baseline that slipped. */
function frame() {
  const project = createProject(
    generateProject({ tasks: 4000, seed: 3, statuses: true, people: 10, groups: 4, linkTypes: true }),
  );
  project.takeBaseline({ name: 'Plan' });
  const leaves = project.tasks().filter((t) => !project.isSummary(t.id) && t.type !== 'milestone');
  for (const t of leaves.slice(0, 40)) project.updateTask(t.id, { duration: 12 });
  return createFrame(sourceOf(project), { today: '2026-07-01' });
}

describe('limits on long lists', () => {
  const f = frame();

  it('milestones: limit and hideDone give the first rows of the full, filtered list', () => {
    const all = milestones(f);
    assert.ok(all.length > 100, `${all.length} rows`);
    assert.ok(all.some((r) => r.state === 'done') && all.some((r) => r.state !== 'done'));
    assert.deepEqual(milestones(f, { limit: 12 }), all.slice(0, 12));
    assert.deepEqual(
      milestones(f, { limit: 9, hideDone: true }),
      all.filter((r) => r.state !== 'done').slice(0, 9),
    );
    assert.deepEqual(milestones(f, { limit: 0 }), []);
  });

  it('late list: a small limit gives the first items of a large one, with complete counts', () => {
    const big = lateItems(f, { limit: 100_000 });
    assert.ok(big.items.length > 50);
    const small = lateItems(f, { limit: 5 });
    assert.deepEqual(small.items, big.items.slice(0, 5));
    assert.deepEqual(small.counts, big.counts);
  });

  it('bottlenecks: ranked by slack bucket, then hours, and never more than the limit', () => {
    for (const limit of [1, 3, 8]) {
      const rows = bottlenecks(f, { limit });
      assert.ok(rows.length > 0 && rows.length <= limit);
      for (let k = 1; k < rows.length; k++) {
        const a = rows[k - 1];
        const b = rows[k];
        assert.ok(a !== undefined && b !== undefined);
        const sa = Math.floor(a.slack ?? 0);
        const sb = Math.floor(b.slack ?? 0);
        assert.ok(sa < sb || (sa === sb && a.downstreamHours >= b.downstreamHours));
      }
    }
  });
});
