import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze, createFrame, sourceOf } from '../../src/analytics/index.js';
import { createProject } from '../../src/store/project.js';
import { generateProject } from '../../src/testing/generate.js';

describe('analytics on a generated 100k-task project', () => {
  it('keeps the totals consistent across figures', () => {
    const project = createProject(
      generateProject({ tasks: 100_000, statuses: true, people: 30, groups: 5, seed: 5 }),
    );
    project.takeBaseline({ name: 'Plan' });
    const frame = createFrame(sourceOf(project), { today: '2026-09-01' });
    const a = analyze(frame);
    let leaves = 0;
    let effort = 0;
    for (let i = 0; i < frame.tasks.length; i++) {
      if (frame.leaf[i] !== 1) continue;
      leaves++;
      effort += frame.work[i] as number;
    }
    assert.equal(a.status.total, leaves);
    assert.equal(a.progress.leaves, leaves);
    assert.equal(
      a.progressByGroup.reduce((s, r) => s + r.leaves, 0),
      leaves,
    );
    // Every hour of work lands in some week, for someone or unassigned.
    const booked =
      a.workload.people.reduce((s, p) => s + p.hours.reduce((x, y) => x + y, 0), 0) +
      a.workload.unassigned.reduce((x, y) => x + y, 0);
    assert.ok(Math.abs(booked - effort) < 1e-6 * effort, `${booked} vs ${effort}`);
    assert.equal(a.burndown.plannedFrom, 'baseline');
    assert.ok(Math.abs((a.burndown.planned[0]?.remaining ?? 0) - effort) < 1e-6 * effort);
    assert.equal(a.burndown.planned.at(-1)?.remaining, 0);
    assert.equal(a.late.counts.slipped, 0, 'nothing moved since the baseline');
    assert.ok(a.bottlenecks.length > 0 && a.bottlenecks.length <= 10);
    for (let k = 1; k < a.bottlenecks.length; k++) {
      const prev = a.bottlenecks[k - 1];
      const cur = a.bottlenecks[k];
      assert.ok(Math.floor(prev?.slack ?? 0) <= Math.floor(cur?.slack ?? 0), 'ranked by slack first');
    }
  });
});
