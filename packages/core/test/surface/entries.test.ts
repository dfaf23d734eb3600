/**
 * What each entry of the core package exports: the root holds the model, store, scheduling,
 * analytics, query, IO and templates; view geometry and planners are only in their view's subpath
 * entry, `…/core/views/<view>` (resolved here through the package's own `exports`).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import * as root from '@roadline/core';
import * as board from '@roadline/core/views/board';
import * as dashboard from '@roadline/core/views/dashboard';
import * as grid from '@roadline/core/views/grid';
import * as dates from '@roadline/core/views/dates';
import * as network from '@roadline/core/views/network';
import * as roadmap from '@roadline/core/views/roadmap';
import * as resources from '@roadline/core/views/resources';
import * as timeline from '@roadline/core/views/timeline';
import * as workflow from '@roadline/core/views/workflow';

const src = resolve(import.meta.dirname, '../../src');

/** Names each view's entry must export, and the root must not. */
const GEOMETRY: Record<string, { module: Record<string, unknown>; names: string[] }> = {
  network: {
    module: network,
    names: ['networkGraph', 'layoutNetwork', 'nodesInRect', 'edgesInRect', 'linkNeighbours', 'layoutBounds'],
  },
  timeline: {
    module: timeline,
    names: ['timeScale', 'xOf', 'barGeometry', 'arrowHeadPath', 'mirrorRoute', 'routeArrow', 'formatTick'],
  },
  roadmap: {
    module: roadmap,
    names: [
      'roadmapLanes',
      'roadmapRows',
      'packRows',
      'roadmapScale',
      'roadmapBuckets',
      'planRoadmapBucketMove',
    ],
  },
  resources: {
    module: resources,
    names: ['resourceIndex', 'histogramCells', 'histogramUnit', 'usageRows', 'planReassign'],
  },
  board: { module: board, names: ['buildBoard', 'boardFieldValue', 'orderForPosition', 'planBoardMove'] },
  dashboard: { module: dashboard, names: ['clampGridInt', 'placeOnGrid', 'gridOverlaps'] },
  grid: {
    module: grid,
    names: [
      'treeRows',
      'visibleRows',
      'sortTree',
      'rowWindow',
      'planRowDrop',
      'tableRows',
      'summarizeGroup',
      'nextSorting',
      'compareCellValues',
      'navigate',
      'selectRow',
      'planEdit',
      'resolveColumns',
    ],
  },
  workflow: { module: workflow, names: ['layoutWorkflow'] },
  dates: {
    module: dates,
    names: [
      'planDateEdit',
      'shiftByWorkingTime',
      'lastShownDay',
      'shownSpan',
      'milestoneShownAt',
      'taskDates',
      'dueDay',
      'todayDate',
      'todayMinutes',
    ],
  },
};

const viewFolders = readdirSync(join(src, 'views'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe('core entries', () => {
  it('has one subpath entry per views/ folder, each tested here', () => {
    assert.deepEqual(viewFolders, Object.keys(GEOMETRY).sort());
  });

  it('the root entry re-exports nothing from views/', () => {
    const index = readFileSync(join(src, 'index.ts'), 'utf8');
    assert.doesNotMatch(index, /from\s+['"]\.\/views\//);
  });

  for (const [view, { module, names }] of Object.entries(GEOMETRY)) {
    it(`views/${view} exports its geometry, and the root does not`, () => {
      for (const name of names) {
        assert.equal(typeof module[name], 'function', `views/${view} exports ${name}`);
        assert.ok(!(name in root), `the root does not export ${name}`);
      }
    });

    it(`no runtime name of views/${view} is also a root export`, () => {
      const both = Object.keys(module).filter((name) => name in root);
      assert.deepEqual(both, []);
    });
  }

  it('the root keeps the model, store, scheduling, analytics, query, IO, templates and both date formatters', () => {
    for (const name of [
      'createProject',
      'Project',
      'RoadlineError',
      'schedule',
      'WorkCalendar',
      'analyze',
      'sortTasks',
      'filterTasks',
      'groupTasks',
      'fromMSProjectXML',
      'importMSProjectXML',
      'toMSProjectXML',
      'featuresRoadmap',
      'formatWallTime',
      'formatDateLabel',
    ]) {
      assert.ok(name in root, `the root exports ${name}`);
    }
    assert.ok(
      !('formatDate' in root),
      'no formatDate: ISO text is formatWallTime, labels are formatDateLabel',
    );
  });

  it('board moves are planned by the view and applied by the store in one undo step', () => {
    const project = root.createProject({
      id: 'p',
      name: 'Board',
      tasks: [
        { id: 'a', name: 'A', status: 'todo', order: 0 },
        { id: 'b', name: 'B', status: 'todo', order: 0 },
        { id: 'c', name: 'C', status: 'done', order: 0 },
      ],
    });
    const updates = board.planBoardMove(project, {
      id: 'c',
      columnField: 'status',
      column: 'todo',
      targetIds: ['a', 'b'],
      index: 1,
    });
    assert.ok(updates.length > 1, 'the tie makes the plan renumber the cell');
    assert.equal(project.version, 0, 'planning changes nothing');
    const batches: number[] = [];
    project.subscribe((b) => batches.push(b.operations.length));
    project.updateTasks(updates);
    assert.deepEqual(batches, [updates.length], 'one batch');
    assert.equal(project.task('c')?.status, 'todo');
    assert.ok(project.undo());
    assert.equal(project.task('c')?.status, 'done');
    assert.equal(project.canUndo, false, 'one undo step');
  });
});
