import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createProject } from '../../../src/store/project.js';
import { wbsCode, wbsCodes } from '../../../src/views/grid/wbs-codes.js';

describe('WBS codes', () => {
  it('numbers each level among its siblings, as an outline does', () => {
    assert.deepEqual(wbsCodes([0, 1, 1, 2, 2, 1, 0, 0, 1]), [
      '1',
      '1.1',
      '1.2',
      '1.2.1',
      '1.2.2',
      '1.3',
      '2',
      '3',
      '3.1',
    ]);
    assert.deepEqual(wbsCodes([]), []);
  });

  it("reads a store's tree and follows its changes", () => {
    const project = createProject({
      id: 'p',
      name: 'P',
      tasks: [
        { id: 'phase', name: 'Phase' },
        { id: 'a', name: 'A', parentId: 'phase' },
        { id: 'b', name: 'B', parentId: 'phase' },
        { id: 'c', name: 'C' },
      ],
    });
    assert.deepEqual(
      ['phase', 'a', 'b', 'c', 'nope'].map((id) => wbsCode(project, id)),
      ['1', '1.1', '1.2', '2', ''],
    );
    project.indentTask('c');
    assert.equal(wbsCode(project, 'c'), '1.3');
    project.moveTask('b', { index: 0 });
    assert.deepEqual(
      ['phase', 'b', 'a', 'c'].map((id) => wbsCode(project, id)),
      ['1', '1.1', '1.2', '1.3'],
    );
    project.outdentTask('a');
    assert.deepEqual(
      ['phase', 'b', 'c', 'a'].map((id) => wbsCode(project, id)),
      ['1', '1.1', '1.2', '2'],
    );
  });

  it('numbers 100k tasks in one pass', () => {
    const depth = new Int32Array(100_000).map((_, i) => (i % 10 === 0 ? 0 : 1));
    const codes = wbsCodes(depth);
    assert.equal(codes[99_999], '10000.9');
  });
});
