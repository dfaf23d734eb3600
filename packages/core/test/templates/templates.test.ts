import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RoadlineError } from '../../src/model/errors.js';
import { checkProjectData } from '../../src/validate/validate.js';
import { createProject } from '../../src/store/project.js';
import { featuresRoadmap, projectManagement, softwareDevelopment } from '../../src/templates/index.js';

const TEMPLATES = { featuresRoadmap, softwareDevelopment, projectManagement };

describe('templates', () => {
  for (const [name, make] of Object.entries(TEMPLATES)) {
    describe(name, () => {
      it('validates, loads, schedules and has 40–150 tasks', () => {
        for (const today of ['2026-05-13', '2026-01-01', '2027-02-28', '2024-02-29']) {
          const data = make(today);
          assert.deepEqual(checkProjectData(data).issues, [], `${name}(${today})`);
          assert.ok(data.tasks.length >= 40 && data.tasks.length <= 150, `${data.tasks.length} tasks`);
          const project = createProject(data);
          assert.equal(project.tasks().length, data.tasks.length);
          assert.equal(project.schedule()?.conflicts.length, 0);
        }
      });

      it('is deterministic and relative to today', () => {
        assert.deepEqual(make('2026-05-13'), make('2026-05-13'));
        const a = make('2026-05-13');
        const b = make('2026-05-20');
        assert.notEqual(a.tasks.find((t) => t.start)?.start, b.tasks.find((t) => t.start)?.start);
      });

      it('has people with capacity, groups, statuses in use, links and notes', () => {
        const data = make('2026-05-13');
        const project = createProject(data);
        assert.ok((data.people ?? []).length >= 5 && (data.people ?? []).every((p) => (p.capacity ?? 0) > 0));
        assert.ok((data.groups ?? []).length >= 3);
        assert.ok((data.dependencies ?? []).length >= 5);
        assert.ok((data.notes ?? []).length >= 3);
        const used = project.statuses().filter((s) => project.tasksBy('status', s.id).length > 0);
        assert.ok(used.length >= 3, 'several statuses in use');
        assert.ok(project.tasks().some((t) => t.type === 'milestone'));
        assert.ok(project.tasks().every((t) => t.name.length > 3 && !/^task/i.test(t.name)));
      });

      it('rejects a malformed today', () => {
        assert.throws(() => make('13/05/2026'), RoadlineError);
      });
    });
  }

  it('software development has sprints, features, bugs, chores and releases', () => {
    const data = softwareDevelopment('2026-05-13');
    const kinds = new Set(data.tasks.map((t) => t.fields?.kind).filter(Boolean));
    assert.deepEqual([...kinds].sort(), ['bug', 'chore', 'feature']);
    assert.equal(data.tasks.filter((t) => t.tags?.includes('sprint')).length, 6);
    assert.equal(data.releases?.length, 3);
  });

  it('project management has phases, milestones and a baseline', () => {
    const data = projectManagement('2026-05-13');
    assert.equal(data.tasks.filter((t) => t.parentId === undefined).length, 5);
    assert.equal(data.tasks.filter((t) => t.type === 'milestone').length, 5);
    assert.equal(data.baselines?.length, 1);
    const baseline = data.baselines?.[0];
    assert.ok(baseline !== undefined && Object.keys(baseline.tasks).length > 40);
  });

  it('features roadmap puts features in themes with priorities and releases', () => {
    const data = featuresRoadmap('2026-05-13');
    assert.equal(data.groups?.length, 5);
    assert.ok(data.tasks.every((t) => t.priority !== undefined));
    assert.ok(data.tasks.filter((t) => t.releaseId !== undefined).length > 20);
  });
});
