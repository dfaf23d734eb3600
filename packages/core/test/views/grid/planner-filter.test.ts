import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ProjectData } from '../../../src/model/types.js';
import { createProject } from '../../../src/store/project.js';
import {
  isPlannerFilterActive,
  keepWithAncestors,
  searchTasks,
  plannerFilterTest,
} from '../../../src/views/grid/planner-filter.js';

const data: ProjectData = {
  id: 'p',
  name: 'P',
  start: '2026-03-02',
  statuses: [
    { id: 'todo', label: 'To do', category: 'todo' },
    { id: 'doing', label: 'In progress', category: 'active' },
    { id: 'done', label: 'Done', category: 'done' },
  ],
  people: [
    { id: 'ana', name: 'Ana Ruiz' },
    { id: 'bo', name: 'Bo <script>' },
  ],
  tasks: [
    { id: 'phase', name: 'Phase one' },
    { id: 'a', name: 'Design', parentId: 'phase', duration: 2, status: 'done', assignees: ['ana'] },
    { id: 'b', name: 'Build (v2.*)', parentId: 'phase', duration: 5, status: 'doing', assignees: ['bo'] },
    { id: 'c', name: 'Side task', parentId: 'phase', duration: 1, status: 'todo' },
    { id: 'd', name: 'Launch', duration: 1, status: 'todo', deadline: '2026-03-05' },
  ],
  dependencies: [
    { id: 'ab', from: 'a', to: 'b' },
    { id: 'bd', from: 'b', to: 'd' },
  ],
};

const TODAY = '2026-03-20';

function kept(filter: Parameters<typeof plannerFilterTest>[1], today = TODAY): string[] {
  const project = createProject(data);
  const test = plannerFilterTest(project, filter, today);
  const order = project.wbsOrder();
  if (!test) return [...order];
  return keepWithAncestors(order, project.wbsDepths(), test).order;
}

describe('planner filter', () => {
  it('keeps everything when nothing is asked', () => {
    assert.equal(isPlannerFilterActive(undefined), false);
    assert.equal(isPlannerFilterActive({ statuses: [], people: [], critical: false }), false);
    assert.deepEqual(kept({}), ['phase', 'a', 'b', 'c', 'd']);
  });

  it('filters by status and person, keeping the summaries above a match', () => {
    assert.deepEqual(kept({ statuses: ['doing'] }), ['phase', 'b']);
    assert.deepEqual(kept({ statuses: ['todo', 'done'] }), ['phase', 'a', 'c', 'd']);
    assert.deepEqual(kept({ people: ['ana'] }), ['phase', 'a']);
    // Both criteria must hold.
    assert.deepEqual(kept({ people: ['ana'], statuses: ['doing'] }), []);
  });

  it('keeps only the critical path', () => {
    // a → b → d is the longest chain; c has slack.
    assert.deepEqual(kept({ critical: true }), ['phase', 'a', 'b', 'd']);
  });

  it('keeps late tasks: not done and ended before today, or past their deadline', () => {
    // Everything ends by mid-March: on the 20th every unfinished task is late, a done one is not.
    assert.deepEqual(kept({ late: true }), ['phase', 'b', 'c', 'd']);
    // On the 3rd only the side task (its one day, the 2nd, is over) and the launch (which ends
    // after its deadline, the 5th) are late.
    assert.deepEqual(kept({ late: true }, '2026-03-03'), ['phase', 'c', 'd']);
    assert.deepEqual(kept({ late: true }, '2026-03-02'), ['d']);
  });

  it('keeps ancestors across levels and skips unmatched branches', () => {
    const order = ['r', 's', 't', 'u', 'v', 'w'];
    const depth = [0, 1, 2, 1, 0, 1];
    assert.deepEqual(
      keepWithAncestors(order, depth, (id) => id === 't' || id === 'w'),
      {
        order: ['r', 's', 't', 'v', 'w'],
        depth: Int32Array.from([0, 1, 2, 0, 1]),
      },
    );
    assert.deepEqual(keepWithAncestors([], [], () => true).order, []);
  });
});

describe('task search', () => {
  it('finds by name, WBS code, status and person as plain text', () => {
    const project = createProject(data);
    const order = project.wbsOrder();
    assert.deepEqual(searchTasks(project, 'design', order), ['a']);
    assert.deepEqual(searchTasks(project, '1.2', order), ['b']);
    assert.deepEqual(searchTasks(project, 'in progress', order), ['b']);
    assert.deepEqual(searchTasks(project, 'ruiz', order), ['a']);
    // Pattern characters and markup are text.
    assert.deepEqual(searchTasks(project, '(v2.*)', order), ['b']);
    assert.deepEqual(searchTasks(project, '<script>', order), ['b']);
    assert.deepEqual(searchTasks(project, '   ', order), []);
    assert.deepEqual(searchTasks(project, '.+', order), []);
  });
});
