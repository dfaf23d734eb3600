import assert from 'node:assert/strict';
import { RoadlineError } from '../../src/model/errors.js';
import type { ProjectData } from '../../src/model/types.js';
import { createProject, type Project, type ProjectOptions } from '../../src/store/project.js';

/** A small project: a phase with two tasks linked FS, a milestone, people, groups, a field. */
export function sample(): ProjectData {
  return {
    id: 'p',
    name: 'Sample',
    start: '2026-03-02',
    people: [
      { id: 'ann', name: 'Ann', capacity: 8 },
      { id: 'bob', name: 'Bob' },
    ],
    groups: [
      { id: 'web', name: 'Web' },
      { id: 'api', name: 'API' },
    ],
    releases: [{ id: 'r1', name: '1.0', date: '2026-04-01' }],
    fields: [
      {
        id: 'size',
        label: 'Size',
        type: 'select',
        options: [
          { id: 's', label: 'S' },
          { id: 'l', label: 'L' },
        ],
      },
    ],
    tasks: [
      { id: 'phase', name: 'Phase 1' },
      {
        id: 'design',
        name: 'Design',
        parentId: 'phase',
        start: '2026-03-02',
        duration: 2,
        status: 'done',
        assignees: ['ann'],
        groupId: 'web',
      },
      {
        id: 'build',
        name: 'Build',
        parentId: 'phase',
        start: '2026-03-04',
        duration: 3,
        status: 'in-progress',
        assignees: ['ann', 'bob'],
        groupId: 'api',
        releaseId: 'r1',
        fields: { size: 'l' },
      },
      { id: 'ship', name: 'Ship', type: 'milestone', start: '2026-03-09' },
    ],
    dependencies: [{ id: 'd1', from: 'design', to: 'build' }],
    notes: [{ id: 'n1', taskId: 'build', text: 'Check the API limits', createdAt: '2026-03-01' }],
  };
}

let counter = 0;

/** A store without a scheduler, with predictable ids and clock. */
export function load(data: ProjectData = sample(), options: ProjectOptions = {}): Project {
  counter = 0;
  return createProject(data, {
    scheduler: false,
    idFactory: (kind) => `${kind}-${++counter}`,
    now: () => '2026-03-02T09:00',
    ...options,
  });
}

/** Asserts that `fn` throws a RoadlineError with `code`; returns it. */
export function throwsCode(fn: () => unknown, code: string): RoadlineError {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof RoadlineError, `expected a RoadlineError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    return error;
  }
  assert.fail(`expected a RoadlineError ${code}`);
}

/** Asserts an INVALID_DATA error whose first issue has `issueCode`. */
export function throwsIssue(fn: () => unknown, issueCode: string): RoadlineError {
  const error = throwsCode(fn, 'INVALID_DATA');
  const issues = error.details as { code: string }[];
  assert.equal(issues[0]?.code, issueCode, error.message);
  return error;
}
