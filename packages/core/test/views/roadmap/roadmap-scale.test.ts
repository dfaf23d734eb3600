import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  isRoadmapLevel,
  isRoadmapZoom,
  roadmapHeader,
  roadmapPxPerDay,
  roadmapRange,
  roadmapScale,
  roadmapSnap,
  roadmapStep,
  stepRoadmapZoom,
} from '../../../src/views/roadmap/roadmap-scale.js';
import { xOf } from '../../../src/views/timeline/time-scale.js';
import { formatWallTime, toWallMinutes } from '../../../src/time/wall-time.js';

const m = toWallMinutes;
const f = formatWallTime;

describe('roadmap axis', () => {
  it('labels months, quarters and halves under their years, in UTC', () => {
    const [years, months] = roadmapHeader('month', m('2026-11-15'), m('2027-02-01'), 'en-US');
    assert.deepEqual(
      years.map((c) => [f(c.start), f(c.end), c.label]),
      [
        ['2026-01-01', '2027-01-01', '2026'],
        ['2027-01-01', '2028-01-01', '2027'],
      ],
    );
    assert.deepEqual(
      months.map((c) => c.label),
      ['Nov', 'Dec', 'Jan'],
    );
    const [, quarters] = roadmapHeader('quarter', m('2026-02-01'), m('2026-10-01'), 'en-US');
    assert.deepEqual(
      quarters.map((c) => [f(c.start), c.label]),
      [
        ['2026-01-01', 'Q1'],
        ['2026-04-01', 'Q2'],
        ['2026-07-01', 'Q3'],
      ],
    );
    const [, halves] = roadmapHeader('half', m('2026-05-01'), m('2027-08-01'), 'en-US');
    assert.deepEqual(
      halves.map((c) => [f(c.start), f(c.end), c.label]),
      [
        ['2026-01-01', '2026-07-01', 'H1'],
        ['2026-07-01', '2027-01-01', 'H2'],
        ['2027-01-01', '2027-07-01', 'H1'],
        ['2027-07-01', '2028-01-01', 'H2'],
      ],
    );
  });

  it('spans whole cells around the content plus one cell of margin', () => {
    const q = roadmapRange('quarter', [m('2026-02-10'), m('2026-05-20'), Number.NaN], 0);
    assert.deepEqual([f(q.start), f(q.end)], ['2025-10-01', '2026-10-01']);
    // An exclusive end on a boundary needs no extra cell.
    const mo = roadmapRange('month', [m('2026-03-01'), m('2026-04-01')], 0);
    assert.deepEqual([f(mo.start), f(mo.end)], ['2026-02-01', '2026-05-01']);
    const h = roadmapRange('half', [], m('2026-08-08'));
    assert.deepEqual([f(h.start), f(h.end)], ['2026-01-01', '2027-07-01']);
  });

  it('maps time to pixels at each density', () => {
    assert.equal(roadmapPxPerDay('month'), 4);
    assert.equal(roadmapPxPerDay('quarter'), 1.5);
    assert.equal(roadmapPxPerDay('half'), 0.75);
    const scale = roadmapScale('month', m('2026-01-01'), m('2026-02-01'));
    assert.equal(xOf(scale, m('2026-01-11')), 40);
  });

  it('snaps to days for months and to Monday weeks for quarters and halves', () => {
    assert.equal(f(roadmapSnap('month', m('2026-03-02T13:00'))), '2026-03-03');
    // Thu 5 Mar 2026 is nearer Mon 9 than Mon 2.
    assert.equal(f(roadmapSnap('quarter', m('2026-03-05T13:00'))), '2026-03-09');
    assert.equal(f(roadmapSnap('half', m('2026-03-04'))), '2026-03-02');
    assert.equal(f(roadmapStep('month', m('2026-03-02'), 1)), '2026-03-03');
    assert.equal(f(roadmapStep('quarter', m('2026-03-02'), -1)), '2026-02-23');
  });

  it('steps zoom and reads attribute values', () => {
    assert.equal(stepRoadmapZoom('month', 1), 'quarter');
    assert.equal(stepRoadmapZoom('half', 1), 'half');
    assert.equal(stepRoadmapZoom('month', -1), 'month');
    assert.equal(isRoadmapZoom('half'), true);
    assert.equal(isRoadmapZoom('fit'), true);
    assert.equal(isRoadmapZoom('week'), false);
    assert.equal(isRoadmapLevel('fit'), false);
    assert.equal(isRoadmapLevel('month'), true);
  });

  it('steps from fit to the nearest fixed level', () => {
    // Denser than quarters (1.5) and sparser than months (4): in to months, out to quarters.
    assert.equal(stepRoadmapZoom('fit', -1, 2.8), 'month');
    assert.equal(stepRoadmapZoom('fit', 1, 2.8), 'quarter');
    // Between halves (0.75) and quarters.
    assert.equal(stepRoadmapZoom('fit', -1, 1), 'quarter');
    assert.equal(stepRoadmapZoom('fit', 1, 1), 'half');
    // Beyond the ends, and exactly at a level: the step leaves it.
    assert.equal(stepRoadmapZoom('fit', -1, 9), 'month');
    assert.equal(stepRoadmapZoom('fit', 1, 0.3), 'half');
    assert.equal(stepRoadmapZoom('fit', -1, 1.5), 'month');
    assert.equal(stepRoadmapZoom('fit', 1, 1.5), 'half');
  });
});
