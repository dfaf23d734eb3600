import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { projectProgress } from '../../src/analytics/progress.js';
import type { ProjectData } from '../../src/model/types.js';

const base = (tasks: ProjectData['tasks'], extra: Partial<ProjectData> = {}): ProjectData => ({
  id: 'p',
  name: 'P',
  tasks,
  ...extra,
});

describe('projectProgress', () => {
  it('is zero with no tasks', () => {
    assert.deepEqual(projectProgress(base([])), {
      percent: 0,
      leaves: 0,
      byCategory: { todo: 0, active: 0, done: 0, blocked: 0 },
    });
  });

  it('weighs leaves by working duration, ignores summaries and milestones', () => {
    const data = base([
      { id: 's', name: 'Summary', progress: 0 },
      { id: 'a', name: 'A', parentId: 's', duration: 3, progress: 100 },
      { id: 'b', name: 'B', parentId: 's', duration: 1, progress: 0 },
      { id: 'c', name: 'C', parentId: 's', duration: 1, durationUnit: 'week', progress: 50 },
      { id: 'm', name: 'M', parentId: 's', type: 'milestone', duration: 0, progress: 0 },
    ]);
    // a = 3 days, b = 1 day, c = 5 days: (3*100 + 0 + 5*50) / 9
    const { percent, leaves } = projectProgress(data);
    assert.equal(leaves, 4);
    assert.ok(Math.abs(percent - 550 / 9) < 1e-9);
  });

  it('converts hours with the calendar day length', () => {
    const data = base(
      [
        { id: 'a', name: 'A', duration: 4, durationUnit: 'hour', progress: 100 },
        { id: 'b', name: 'B', duration: 1, progress: 0 },
      ],
      {
        calendar: {
          workingHours: [
            ['08:00', '12:00'],
            ['13:00', '17:00'],
          ],
        },
      },
    );
    // 4 h against an 8-hour day: 4 / 12 of the work is done
    assert.ok(Math.abs(projectProgress(data).percent - 100 / 3) < 1e-9);
  });

  it('averages plainly when nothing has a duration, and clamps bad progress', () => {
    const data = base([
      { id: 'a', name: 'A', progress: 150 },
      { id: 'b', name: 'B', progress: Number.NaN },
    ]);
    assert.equal(projectProgress(data).percent, 50);
  });

  it('counts leaves per status category', () => {
    const data = base(
      [
        { id: 'a', name: 'A', status: 'done' },
        { id: 'b', name: 'B', status: 'doing' },
        { id: 'c', name: 'C', status: 'unknown' },
        { id: 'd', name: 'D' },
      ],
      {
        statuses: [
          { id: 'done', label: 'Done', category: 'done' },
          { id: 'doing', label: 'Doing', category: 'active' },
        ],
      },
    );
    assert.deepEqual(projectProgress(data).byCategory, { todo: 2, active: 1, done: 1, blocked: 0 });
  });
});
