/**
 * `fromCSV` and `toCSV` on what any file may hold: separators, a byte-order mark, quoted newlines,
 * bad rows among good ones, hostile strings, dates in every time zone of the test matrix
 * (daylight-saving days included), a mapping passed back, and the round trip.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fromCSV, toCSV } from '../../src/io/csv/index.js';
import type { ProjectData, Task } from '../../src/model/types.js';
import { createProject } from '../../src/store/project.js';
import { generateProject } from '../../src/testing/generate.js';
import { checkProjectData } from '../../src/validate/validate.js';

const rowsOf = (text: string) => fromCSV(text).data.tasks.map((t) => [t.id, t.name, t.start, t.end]);

describe('fromCSV: the file format', () => {
  const expected = [
    ['a', 'Design, phase 1', '2026-03-02', '2026-03-05'],
    ['b', 'Build', '2026-03-05', '2026-03-07'],
  ];
  it('detects comma, semicolon and tab separators', () => {
    for (const sep of [',', ';', '\t']) {
      const text = [
        `ID${sep}Name${sep}Start${sep}Finish`,
        `a${sep}"Design, phase 1"${sep}2026-03-02${sep}2026-03-04`,
        `b${sep}Build${sep}2026-03-05${sep}2026-03-06`,
      ].join('\n');
      assert.deepEqual(rowsOf(text), expected, JSON.stringify(sep));
    }
  });

  it('drops a byte-order mark and reads CRLF lines and quoted newlines and quotes', () => {
    const text =
      '\ufeffID,Name,Start,Finish,Notes\r\na,"Design, phase 1",2026-03-02,2026-03-04,"line one\r\nline ""two"""\r\nb,Build,2026-03-05,2026-03-06,\r\n';
    const r = fromCSV(text);
    assert.deepEqual(r.mapping.columns[0]?.header, 'ID');
    assert.deepEqual(
      r.data.tasks.map((t) => [t.id, t.name, t.start, t.end]),
      expected,
    );
    assert.equal(r.data.tasks[0]?.fields?.notes, 'line one\r\nline "two"');
    assert.deepEqual(r.issues, []);
  });

  it('imports the 990 good rows of 1,000 and reports each of the 10 bad ones by row', () => {
    const lines = ['ID,Name,Start,Finish,Predecessors'];
    const bad = new Set<number>();
    for (let i = 1; i <= 1000; i++) {
      const row = i + 1;
      if (i % 100 === 7) {
        bad.add(row);
        lines.push(
          i % 200 === 7 ? `t${i},,2026-03-02,2026-03-04,` : `t${i},Task ${i},2026-03-02,2026-03-04,,surplus`,
        );
      } else
        lines.push(
          `t${i},Task ${i},2026-03-02,2026-03-04,${i > 1 && (i - 1) % 100 !== 7 ? `t${i - 1}` : ''}`,
        );
    }
    const r = fromCSV(lines.join('\n'));
    assert.equal(r.data.tasks.length, 990);
    assert.deepEqual(
      r.issues.map((i) => i.row),
      [...bad],
    );
    assert.deepEqual(new Set(r.issues.map((i) => i.code)), new Set(['MISSING_NAME', 'EXTRA_CELLS']));
    assert.ok(r.issues.every((i) => i.severity === 'error' && i.message.includes(`row ${i.row}`)));
    assert.equal(r.data.dependencies?.length, 979);
    createProject(r.data);
  });

  it('reports an unclosed quote and keeps the rows before it', () => {
    const r = fromCSV('Name,Start\nOne,2026-03-02\nTwo,"2026-03-03\n');
    assert.equal(r.data.tasks[0]?.name, 'One');
    assert.ok(r.issues.some((i) => i.code === 'UNREADABLE_ROW' && i.row === 3));
  });

  it('keeps every other value of a row with a bad one, and says which', () => {
    const r = fromCSV('Name,Start,Duration,% Complete,Constraint Type\nA,2026-13-01,2x,140,sometime\n');
    assert.deepEqual(r.data.tasks, [{ id: '1', name: 'A' }]);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.row, i.column, i.value, i.severity]),
      [
        ['INVALID_DATE', 2, 'Start', '2026-13-01', 'warning'],
        ['INVALID_DURATION', 2, 'Duration', '2x', 'warning'],
        ['INVALID_PROGRESS', 2, '% Complete', '140', 'warning'],
        ['INVALID_VALUE', 2, 'Constraint Type', 'sometime', 'warning'],
      ],
    );
  });

  it('renames repeated ids and breaks parent and link loops with a warning each', () => {
    const r = fromCSV('ID,Name,Parent,Predecessors\na,A,c,\nb,B,a,c\nc,C,b,b\na,D,,\n');
    assert.deepEqual(checkProjectData(r.data).issues, []);
    const codes = r.issues.map((i) => i.code).sort();
    // The loop a → c → b → a loses b's parent; then b is a summary of c, so both links tie a
    // summary to its own subtask and are left out.
    assert.deepEqual(codes, ['DUPLICATE_ID', 'HIERARCHY_CYCLE', 'INVALID_LINK', 'INVALID_LINK']);
    assert.deepEqual(
      r.data.tasks.map((t) => [t.id, t.parentId]),
      [
        ['a', 'c'],
        ['b', undefined],
        ['c', 'b'],
        ['a-row-5', undefined],
      ],
    );
    assert.deepEqual(r.data.dependencies, []);
  });
});

describe('fromCSV: dates', () => {
  it('reads ISO, m/d/y, d/m/y, d.m.y and times; a date alone is the same day in every time zone', () => {
    const r = fromCSV('Name,Start,Finish\nA,2026-03-02,2026-03-06\nB,3/2/2026 9:30 AM,3/13/2026 5:00 PM\n');
    assert.deepEqual(
      r.data.tasks.map((t) => [t.start, t.end]),
      [
        ['2026-03-02', '2026-03-07'],
        ['2026-03-02T09:30', '2026-03-13T17:00'],
      ],
    );
    assert.deepEqual(r.issues, []);
    const dmy = fromCSV('Name,Start\nA,02/03/2026\nB,25/03/2026\n');
    assert.deepEqual(
      dmy.data.tasks.map((t) => t.start),
      ['2026-03-02', '2026-03-25'],
    );
    const dots = fromCSV('Name,Start\nA,02.03.26 14:05\n');
    assert.deepEqual(
      dots.data.tasks.map((t) => t.start),
      ['2026-03-02T14:05'],
    );
    assert.deepEqual(dots.issues, []);
  });

  it('keeps wall-clock times on daylight-saving days, including hours some zones skip or repeat', () => {
    const r = fromCSV(
      'Name,Start,Finish\nSpring,3/8/2026 2:30 AM,3/8/2026 3:30 AM\nAutumn,11/1/2026 1:30 AM,11/1/2026 1:45 AM\nSydney,2026-04-05 02:30,2026-10-04 02:30\n',
    );
    assert.deepEqual(
      r.data.tasks.map((t) => [t.start, t.end]),
      [
        ['2026-03-08T02:30', '2026-03-08T03:30'],
        ['2026-11-01T01:30', '2026-11-01T01:45'],
        ['2026-04-05T02:30', '2026-10-04T02:30'],
      ],
    );
  });

  it('reports an ambiguous column and reads it as the dateOrder option says, across columns', () => {
    const text = 'Name,Start,Finish\nA,03/04/2026,05/06/2026\n';
    const r = fromCSV(text);
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.column]),
      [
        ['AMBIGUOUS_DATE_ORDER', 'Start'],
        ['AMBIGUOUS_DATE_ORDER', 'Finish'],
      ],
    );
    assert.equal(r.data.tasks[0]?.start, '2026-03-04');
    const forced = fromCSV(text, { dateOrder: 'dmy' });
    assert.deepEqual(forced.issues, []);
    assert.deepEqual([forced.data.tasks[0]?.start, forced.data.tasks[0]?.end], ['2026-04-03', '2026-06-06']);
    // A day over 12 in one column settles the other columns of the file too.
    const settled = fromCSV('Name,Start,Finish\nA,03/04/2026,25/04/2026\n');
    assert.deepEqual(settled.issues, []);
    assert.equal(settled.data.tasks[0]?.start, '2026-04-03');
  });
});

describe('fromCSV: mapping', () => {
  it('returns a mapping with confidence, and a changed one passed back wins', () => {
    const text = 'Title,Kickoff,Owner,Effort\nA,2026-03-02,Ann,3\n';
    const first = fromCSV(text);
    const byHeader = Object.fromEntries(
      first.mapping.columns.map((c) => [c.header, [c.target, c.confidence]]),
    );
    assert.deepEqual(byHeader.Title, ['name', 1]);
    assert.deepEqual(byHeader.Owner, ['assignees', 1]);
    assert.equal(byHeader.Kickoff?.[0], 'custom');
    const columns = first.mapping.columns.map((c) =>
      c.header === 'Kickoff'
        ? { ...c, target: 'start' as const }
        : c.header === 'Effort'
          ? { ...c, target: 'duration' as const }
          : c,
    );
    const again = fromCSV(text, { mapping: { ...first.mapping, columns } });
    assert.deepEqual(again.data.tasks[0], {
      id: '1',
      name: 'A',
      assignees: ['ann'],
      start: '2026-03-02',
      duration: 3,
    });
    assert.equal(again.data.fields, undefined);
  });

  it('matches people, statuses and fields of a base project before making new ones', () => {
    const base: Partial<ProjectData> = {
      people: [{ id: 'p1', name: 'Ann Lee', email: 'ann@example.com' } as never],
      statuses: [{ id: 's1', label: 'Open', category: 'todo' }],
      fields: [{ id: 'pts', label: 'Points', type: 'number' }],
    };
    const r = fromCSV('Name,Assignee,Status,Points\nA,ann@example.com,open,5\nB,Zoe,Closed,x\n', { base });
    assert.deepEqual(
      r.data.tasks.map((t) => [t.assignees, t.status, t.fields?.pts]),
      [
        [['p1'], 's1', 5],
        [['zoe'], 'closed', undefined],
      ],
    );
    assert.deepEqual(
      r.data.statuses?.map((s) => [s.id, s.category]),
      [
        ['s1', 'todo'],
        ['closed', 'done'],
      ],
    );
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.row, i.column]),
      [['INVALID_VALUE', 3, 'Points']],
    );
  });
});

describe('toCSV', () => {
  it('neutralises cells a spreadsheet would run as formulas, and reads them back as written', () => {
    const hostile = [
      '=HYPERLINK("http://x","y")',
      '+1+1',
      '-2+3',
      '@SUM(A1)',
      '\t=1',
      "'=already guarded",
      "''+twice",
      '<img src=x onerror=alert(1)>',
      '"quoted"',
    ];
    const data: ProjectData = {
      id: 'p',
      name: 'P',
      tasks: hostile.map((name, i) => ({ id: `t${i}`, name })),
    };
    const csv = toCSV(data);
    for (const line of csv.split('\r\n').slice(1)) {
      const name = line.split(',')[1] ?? '';
      assert.ok(!/^"?[=+\-@\t]/.test(name), line);
    }
    // Names are trimmed on import, so the tab goes.
    assert.deepEqual(
      fromCSV(csv).data.tasks.map((t) => t.name),
      hostile.map((h) => h.trim()),
    );
  });

  it('reads hostile headers, ids and names as plain data', () => {
    const r = fromCSV(
      'ID,Name,__proto__,constructor,Status,Assignee\n__proto__,prototype,1,2,constructor,__proto__\n',
    );
    assert.deepEqual(checkProjectData(r.data).issues, []);
    assert.deepEqual(
      r.data.fields?.map((f) => f.id),
      ['proto', 'field-constructor'],
    );
    assert.equal(r.data.tasks[0]?.name, 'prototype');
    assert.notEqual(r.data.tasks[0]?.id, '__proto__');
    assert.equal(r.data.tasks[0]?.status, 'status-constructor');
    assert.deepEqual(r.data.people, [{ id: 'proto', name: '__proto__' }]);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    createProject(r.data);
  });

  it('reads an empty file, a header alone, and a file without a name column', () => {
    assert.deepEqual(fromCSV('').data.tasks, []);
    assert.deepEqual(fromCSV('ID,Name,Start\n').data.tasks, []);
    const r = fromCSV('Widget,Qty\nBolt,3\n');
    assert.deepEqual(
      r.data.tasks.map((t) => [t.name, t.fields]),
      [['Bolt', { qty: 3 }]],
    );
    assert.equal(r.mapping.columns[0]?.confidence, 0.5);
  });

  it('round trip: toCSV then fromCSV gives the same tasks, links and fields', () => {
    const generated = generateProject({
      tasks: 300,
      seed: 7,
      linkTypes: true,
      lags: true,
      constraints: true,
      people: 6,
    });
    const data = createProject({
      ...generated,
      fields: [
        { id: 'pts', label: 'Points', type: 'number' },
        { id: 'due', label: 'Review date', type: 'date' },
        {
          id: 'size',
          label: 'Size',
          type: 'select',
          options: [
            { id: 's', label: 'S' },
            { id: 'l', label: 'L' },
          ],
        },
        { id: 'topics', label: 'Topics', type: 'tags' },
        { id: 'status2', label: 'Status', type: 'text' },
      ],
      tasks: generated.tasks.map(
        (t, i): Task => ({
          ...t,
          ...(i % 3 === 0
            ? {
                fields: {
                  pts: i,
                  due: '2026-05-01',
                  size: i % 2 ? 's' : 'l',
                  topics: ['a', 'b c'],
                  status2: '=x',
                },
              }
            : {}),
          ...(i % 5 === 0 ? { tags: ['x', 'y'], color: '#ff0000', deadline: '2026-06-01' } : {}),
          ...(i % 7 === 0 ? { manual: true, name: `-${t.name}, "quoted"\nline` } : {}),
        }),
      ),
    }).toJSON();
    const back = fromCSV(toCSV(data), { base: data, id: data.id, name: data.name });
    assert.deepEqual(back.issues, []);
    const loaded = createProject(back.data).toJSON();
    const shape = (d: ProjectData) => ({
      tasks: d.tasks.map(({ order: _order, ...t }) => t),
      links: (d.dependencies ?? [])
        .map(({ id: _id, ...l }) => ({ ...l, lag: l.lag ?? 0, lagUnit: l.lagUnit ?? 'day' }))
        .sort((a, b) => `${a.from}>${a.to}`.localeCompare(`${b.from}>${b.to}`)),
      fields: d.fields,
      people: d.people,
      statuses: d.statuses,
    });
    assert.deepEqual(shape(loaded), shape(data));
  });
});
