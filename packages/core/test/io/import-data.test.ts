/**
 * `importData`: imported data replaces a project's content or joins it as a new branch, as one
 * undo step; ids that collide are renamed with every reference; an invalid result changes nothing.
 * Also the `preview` option of the table importers, which the import wizard shows.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromCSV } from '../../src/io/csv/index.js';
import { importData } from '../../src/io/import-data.js';
import type { ProjectData } from '../../src/model/types.js';
import { createProject } from '../../src/store/project.js';

const existing: ProjectData = {
  id: 'host',
  name: 'Host plan',
  start: '2026-03-02',
  people: [{ id: 'ana', name: 'Ana' }],
  tasks: [
    { id: '1', name: 'Existing', start: '2026-03-02', duration: 2 },
    { id: '2', name: 'Existing 2', duration: 1 },
  ],
  dependencies: [{ id: 'd1', from: '1', to: '2', type: 'FS' }],
};

const csv = [
  'ID,Name,Parent,Start,Finish,Predecessors,Assigned To',
  '1,Design,,2026-03-02,2026-03-04,,Ana',
  '2,Build,,2026-03-05,2026-03-06,1,Bo',
  '3,Sub,2,2026-03-05,2026-03-06,,',
].join('\n');

describe('importData', () => {
  it('replaces the content as one undo step and keeps the project id', () => {
    const project = createProject(existing);
    const before = project.toJSON();
    const { data } = fromCSV(csv, { base: project.toJSON() });
    const result = importData(project, data);
    assert.deepEqual(result, { tasks: 3, dependencies: 1 });
    assert.equal(project.settings.id, 'host');
    assert.deepEqual(
      project.tasks().map((t) => [t.id, t.name, t.parentId]),
      [
        ['1', 'Design', undefined],
        ['2', 'Build', undefined],
        ['3', 'Sub', '2'],
      ],
    );
    assert.equal(project.dependencies().length, 1);
    assert.ok(project.canUndo);
    assert.equal(project.undo(), true);
    assert.deepEqual(project.toJSON(), before);
    assert.equal(project.canUndo, false);
  });

  it('appends under a new summary task, renaming ids that are taken', () => {
    const project = createProject(existing);
    const { data } = fromCSV(csv, { base: project.toJSON() });
    const result = importData(project, data, { mode: 'append', branchName: 'From Jira' });
    assert.equal(result.branchId, 'import');
    assert.equal(result.tasks, 3);
    const tasks = project.tasks().map((t) => [t.id, t.name, t.parentId ?? null]);
    assert.deepEqual(tasks, [
      ['1', 'Existing', null],
      ['2', 'Existing 2', null],
      ['import', 'From Jira', null],
      ['1-2', 'Design', 'import'],
      ['2-2', 'Build', 'import'],
      ['3', 'Sub', '2-2'],
    ]);
    const links = project.dependencies().map((d) => [d.from, d.to]);
    assert.deepEqual(links.sort(), [
      ['1', '2'],
      ['1-2', '2-2'],
    ]);
    // Ana is the host's person, matched by name; Bo is new.
    assert.deepEqual(
      project.people().map((p) => p.name),
      ['Ana', 'Bo'],
    );
    assert.deepEqual(project.task('1-2')?.assignees, ['ana']);
    assert.equal(project.undo(), true);
    assert.deepEqual(project.toJSON(), createProject(existing).toJSON());
  });

  it('appends twice without a clash', () => {
    const project = createProject(existing);
    const { data } = fromCSV(csv, { base: project.toJSON() });
    importData(project, data, { mode: 'append' });
    const second = importData(project, data, { mode: 'append' });
    assert.equal(second.branchId, 'import-2');
    assert.equal(project.tasks().length, 2 + 2 * 4);
  });

  it('changes nothing when the result is invalid', () => {
    const project = createProject(existing);
    const before = project.toJSON();
    const bad: ProjectData = {
      id: 'x',
      name: 'x',
      tasks: [{ id: 'a', name: 'A' }],
      dependencies: [{ id: 'l', from: 'a', to: 'missing', type: 'FS' }],
    };
    assert.throws(() => importData(project, bad));
    assert.deepEqual(project.toJSON(), before);
    assert.equal(project.canUndo, false);
  });
});

describe('table import preview', () => {
  it('returns the first rows under the header as written, with their file row numbers', () => {
    const text = `Title line\n\n${csv}\n\n4,Test,,2026-03-09,2026-03-10,,,extra`;
    const r = fromCSV(text, { preview: 3 });
    assert.equal(r.mapping.headerRow, 3);
    assert.deepEqual(
      r.preview?.map((p) => [p.row, p.cells[1]]),
      [
        [4, 'Design'],
        [5, 'Build'],
        [6, 'Sub'],
      ],
    );
    assert.equal(r.preview?.[0]?.cells.length, 7);
    const all = fromCSV(text, { preview: 10 }).preview ?? [];
    assert.deepEqual(
      all.map((p) => p.row),
      [4, 5, 6, 8],
    );
    assert.equal(all[3]?.cells.length, 8, 'a long row keeps its extra cell to show');
    assert.equal(fromCSV(text).preview, undefined);
  });
});
