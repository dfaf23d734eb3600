/**
 * The shared table reader's fast paths keep what the slow ones did: the separator of a file over
 * a megabyte guessed from its start, dates read with integer arithmetic (leap days, impossible
 * days, the order of day and month), values read once per distinct text, links deduplicated and
 * checked by row index, and hierarchy loops found along long parent chains.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromCSV } from '../../src/io/csv/index.js';
import { splitDate, wallMinutesOf } from '../../src/io/table/dates.js';
import { splitList } from '../../src/io/table/values.js';
import { createProject } from '../../src/store/project.js';
import { checkProjectData } from '../../src/validate/validate.js';

describe('table reader: large files', () => {
  /** A file over 1 MB whose cells hold the other separators inside quotes. */
  const bigFile = (sep: string) => {
    const lines = [['ID', 'Name', 'Start', 'Finish', 'Predecessors', 'Notes'].join(sep)];
    for (let i = 1; i <= 20_000; i++) {
      const notes = i === 19_500 ? '"a note, with; a\ttab and\na newline"' : `"n${i}, x; y\tz"`;
      lines.push(
        [`t${i}`, `Task ${i}`, '2026-03-02', '2026-03-04', i > 1 ? `t${i - 1}` : '', notes].join(sep),
      );
    }
    const text = lines.join('\r\n');
    assert.ok(text.length > 1 << 20);
    return text;
  };

  it('guesses the separator of a file over a megabyte from its start, as the whole file says', () => {
    for (const sep of [',', ';', '\t']) {
      const text = bigFile(sep);
      const guessed = fromCSV(text);
      const told = fromCSV(text, { delimiter: sep });
      assert.equal(guessed.data.tasks.length, 20_000, JSON.stringify(sep));
      assert.deepEqual(guessed.data, told.data, JSON.stringify(sep));
      assert.deepEqual(guessed.issues, []);
      assert.equal(guessed.data.tasks[19_499]?.fields?.notes, 'a note, with; a\ttab and\na newline');
      assert.equal(guessed.data.dependencies?.length, 19_999);
    }
  });

  it('reads a large file without quotes, with a BOM and LF lines', () => {
    const lines = ['ID;Name;Start;Duration'];
    for (let i = 1; i <= 40_000; i++) lines.push(`t${i};Task ${i};2026-03-02;3d`);
    const r = fromCSV(`\ufeff${lines.join('\n')}`);
    assert.equal(r.data.tasks.length, 40_000);
    assert.deepEqual(r.data.tasks[39_999], {
      id: 't40000',
      name: 'Task 40000',
      duration: 3,
      start: '2026-03-02',
    });
  });
});

describe('table reader: dates', () => {
  it('wall minutes agree with Date.UTC for every day of four centuries, impossible days refused', () => {
    for (let y = 1899; y <= 2401; y++) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const ms = Date.UTC(y, m - 1, d);
          const c = new Date(ms);
          const real = m >= 1 && m <= 12 && d >= 1 && c.getUTCMonth() === m - 1 && c.getUTCDate() === d;
          const got = wallMinutesOf({ ymd: [y, m, d], time: 90, zoned: false }, 'mdy');
          assert.equal(got, real ? ms / 60000 + 90 : undefined, `${y}-${m}-${d}`);
        }
      }
    }
    assert.equal(wallMinutesOf({ ymd: [999, 1, 1], zoned: false }, 'mdy'), undefined);
    assert.equal(wallMinutesOf({ ymd: [10000, 1, 1], zoned: false }, 'mdy'), undefined);
    const p = splitDate('03/04/2026');
    assert.ok(p);
    assert.equal(wallMinutesOf(p, 'mdy'), Date.UTC(2026, 2, 4) / 60000);
    assert.equal(wallMinutesOf(p, 'dmy'), Date.UTC(2026, 3, 3) / 60000);
  });

  it('reads leap days and reports impossible days, each cell of a repeated text alike', () => {
    const r = fromCSV(
      [
        'Name,Start,Finish',
        'A,2/29/2024,3/1/2024',
        'B,2/29/2025,3/1/2025',
        'C,2/29/2025,4/31/2026',
        'D,2/29/2024,12/31/2024',
        'E,29.02.2000,01.03.1900',
        'F,29.02.1900,',
      ].join('\n'),
    );
    assert.deepEqual(
      r.data.tasks.map((t) => [t.name, t.start, t.end]),
      [
        ['A', '2024-02-29', '2024-03-02'],
        ['B', undefined, '2025-03-02'],
        ['C', undefined, undefined],
        ['D', '2024-02-29', '2025-01-01'],
        ['E', '2000-02-29', undefined],
        ['F', undefined, undefined],
      ],
    );
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.row, i.column, i.value]),
      [
        ['INVALID_DATE', 3, 'Start', '2/29/2025'],
        ['INVALID_DATE', 4, 'Start', '2/29/2025'],
        ['INVALID_DATE', 4, 'Finish', '4/31/2026'],
        ['END_BEFORE_START', 6, 'Finish', '01.03.1900'],
        ['INVALID_DATE', 7, 'Start', '29.02.1900'],
      ],
    );
  });

  it('reads repeated durations, percentages and people once each, with the same result per row', () => {
    const lines = ['Name,Duration,% Complete,Assigned To,Status'];
    for (let i = 0; i < 30; i++)
      lines.push(
        `T${i},${i % 2 ? '2d' : '3 hrs'},${i % 3 ? '40' : '40%'},${i % 2 ? 'Ann Lee' : ' ann lee'},Done`,
      );
    lines.push('Bad,2x,140,,');
    const r = fromCSV(lines.join('\n'));
    const tasks = r.data.tasks;
    assert.deepEqual(tasks[0], {
      id: '1',
      name: 'T0',
      duration: 3,
      durationUnit: 'hour',
      progress: 40,
      assignees: ['ann-lee'],
      status: 'done',
    });
    assert.deepEqual(tasks[1], {
      id: '2',
      name: 'T1',
      duration: 2,
      progress: 40,
      assignees: ['ann-lee'],
      status: 'done',
    });
    assert.ok(tasks.slice(0, 30).every((t) => t.assignees?.[0] === 'ann-lee' && t.progress === 40));
    assert.deepEqual(r.data.people, [{ id: 'ann-lee', name: ' ann lee'.trim() }]);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.row, i.value]),
      [
        ['INVALID_DURATION', 32, '2x'],
        ['INVALID_PROGRESS', 32, '140'],
      ],
    );
  });

  it('previews the cells as written while reading them trimmed, and renames unsafe ids', () => {
    const r = fromCSV('ID,Name,Start\n  a ,  Alpha  , 2026-03-02 \n__proto__,B,\nconstructor,C,\n', {
      preview: 2,
    });
    assert.deepEqual(
      r.preview?.map((p) => p.cells),
      [
        ['  a ', '  Alpha  ', ' 2026-03-02 '],
        ['__proto__', 'B', ''],
      ],
    );
    assert.deepEqual(r.data.tasks[0], { id: 'a', name: 'Alpha', start: '2026-03-02' });
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.row, i.value]),
      [
        ['DUPLICATE_ID', 3, '__proto__'],
        ['DUPLICATE_ID', 4, 'constructor'],
      ],
    );
    assert.ok(r.issues.every((i) => i.message.includes('not allowed')));
    assert.deepEqual(
      r.data.tasks.map((t) => t.id),
      ['a', 'proto-row-3', 'constructor-row-4'],
    );
  });

  it('splits list cells as before: one item, separators, units in brackets', () => {
    assert.deepEqual(splitList('  Ann  '), ['Ann']);
    assert.deepEqual(splitList('   '), []);
    assert.deepEqual(splitList('Ann [50%]'), ['Ann']);
    assert.deepEqual(splitList('Ann, Bo'), ['Ann', 'Bo']);
    assert.deepEqual(splitList('Ann, Lee; Bo'), ['Ann, Lee', 'Bo']);
    assert.deepEqual(splitList('Ann\nBo'), ['Ann', 'Bo']);
  });
});

describe('table reader: links and hierarchy by row index', () => {
  it('keeps a link written twice (a predecessor of one row, a successor of the other) once', () => {
    const r = fromCSV(
      ['ID,Name,Predecessors,Successors', 'a,A,,b;c', 'b,B,a,', 'c,C,a;a,', 'd,D,d;x,'].join('\n'),
    );
    assert.deepEqual(
      r.data.dependencies?.map((d) => [d.id, d.from, d.to]),
      [
        ['l1', 'a', 'b'],
        ['l2', 'a', 'c'],
      ],
    );
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.row, i.value]),
      [
        ['INVALID_LINK', 5, 'd'],
        ['UNKNOWN_TASK_REFERENCE', 5, 'x'],
      ],
    );
  });

  it('a hub with many links in both columns keeps each pair once, in the order read', () => {
    const n = 300;
    const lines = ['ID,Name,Predecessors,Successors'];
    const all = Array.from({ length: n }, (_, i) => `t${i + 2}`);
    lines.push(`t1,Hub,,${all.join(';')}`);
    for (let i = 2; i <= n + 1; i++) lines.push(`t${i},T${i},t1;t1FS,t1`);
    const r = fromCSV(lines.join('\n'));
    // Each row's own "t1" (a predecessor) repeats the hub's successor link; its "t1" successor
    // closes a loop with it and is left out by the data check.
    const deps = r.data.dependencies ?? [];
    assert.equal(deps.filter((d) => d.from === 't1').length, n);
    assert.deepEqual(deps.slice(0, 2), [
      { id: 'l1', from: 't1', to: 't2' },
      { id: 'l2', from: 't1', to: 't3' },
    ]);
    assert.equal(deps.length, n);
    assert.equal(r.issues.filter((i) => i.code === 'INVALID_LINK').length, n);
    assert.deepEqual(checkProjectData(r.data).issues, []);
  });

  it('leaves out a loop of links and a link from a task to its own summary, by outline number', () => {
    const r = fromCSV(
      ['ID,Name,WBS,Predecessors', 'a,A,1,', 'b,B,1.1,a', 'c,C,2,e', 'd,D,3,c', 'e,E,4,d'].join('\n'),
    );
    assert.deepEqual(checkProjectData(r.data).issues, []);
    assert.equal(r.data.tasks[1]?.parentId, 'a');
    const dropped = r.issues.filter((i) => i.code === 'INVALID_LINK');
    assert.equal(dropped.length, 2);
    // b's link to its summary a, and the last link read of the loop c → d → e → c.
    assert.deepEqual(dropped.map((i) => i.row).sort(), [3, 6]);
    assert.equal(r.data.dependencies?.length, 2);
    createProject(r.data);
  });

  it('finds a parent loop along a long chain, and only that one', () => {
    const n = 3000;
    const lines = ['ID,Name,Parent'];
    for (let i = 1; i <= n; i++) lines.push(`t${i},T${i},${i === 1 ? `t${n}` : `t${i - 1}`}`);
    lines.push(`x,X,t${n}`);
    const r = fromCSV(lines.join('\n'));
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.row]),
      // From t1 up: t1 → tn → … → t2 → t1, so t2 (row 3), the last of the walk, loses its parent.
      [['HIERARCHY_CYCLE', 3]],
    );
    assert.equal(r.data.tasks[0]?.parentId, `t${n}`);
    assert.equal(r.data.tasks[1]?.parentId, undefined);
    assert.equal(r.data.tasks[n - 1]?.parentId, `t${n - 1}`);
    assert.equal(r.data.tasks[n]?.parentId, `t${n}`);
    assert.deepEqual(checkProjectData(r.data).issues, []);
  });

  it('resolves references by id, row number, unique name and GitHub issue, and reports an ambiguous name', () => {
    const r = fromCSV(
      [
        'Title,URL,Parent issue,Predecessors',
        'Epic,https://github.com/o/r/issues/1,,',
        'Twin,https://github.com/o/r/issues/2,o/r#1,',
        'Twin,https://github.com/o/r/issues/3,epic,',
        'Last,https://github.com/o/r/issues/4,o/r#9,twin; 1SS+2d; Epic',
      ].join('\n'),
    );
    assert.deepEqual(
      r.data.tasks.map((t) => [t.id, t.parentId]),
      [
        ['1', undefined],
        ['2', '1'],
        ['3', '1'],
        ['4', undefined],
      ],
    );
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.row, i.value]),
      [
        ['UNKNOWN_PARENT', 5, 'o/r#9'],
        ['AMBIGUOUS_TASK_REFERENCE', 5, 'twin'],
      ],
    );
    assert.deepEqual(r.data.dependencies, [{ id: 'l1', from: '1', to: '4', type: 'SS', lag: 2 }]);
  });
});
