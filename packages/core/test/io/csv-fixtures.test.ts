/**
 * One small file per tool, written from each tool's documented CSV export (its header names, date
 * style, hierarchy and dependency columns): the mapping, the hierarchy, the links, the people and
 * the issues `fromCSV` gives for each.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fromCSV, type TableImport } from '../../src/io/csv/index.js';
import type { Task } from '../../src/model/types.js';
import { checkProjectData } from '../../src/validate/validate.js';

const dir = join(import.meta.dirname, 'fixtures/table');
const read = (file: string, options = {}) => {
  const result = fromCSV(readFileSync(join(dir, file), 'utf8'), options);
  assert.deepEqual(checkProjectData(result.data).issues, [], `${file} imports valid data`);
  return result;
};
const targets = (r: TableImport) => Object.fromEntries(r.mapping.columns.map((c) => [c.header, c.target]));
const task = (r: TableImport, name: string) => r.data.tasks.find((t) => t.name === name) as Task;
const links = (r: TableImport) =>
  (r.data.dependencies ?? []).map((d) => [d.from, d.to, d.type ?? 'FS', d.lag ?? 0, d.lagUnit ?? 'day']);
const codes = (r: TableImport) => r.issues.map((i) => [i.code, i.row, i.column, i.value]);
const names = (r: TableImport, t: Task) =>
  (t.assignees ?? []).map((id) => r.data.people?.find((p) => p.id === id)?.name);

describe('fromCSV: exports of other tools', () => {
  it('Jira: issue keys, parent by issue id, repeated Labels, Jira dates, inward Blocks links', () => {
    const r = read('jira.csv');
    const m = targets(r);
    assert.equal(m['Issue key'], 'id');
    assert.equal(m['Issue id'], 'altId');
    assert.equal(m['Custom field (Start date)'], 'start');
    assert.equal(m['Due Date'], 'end');
    assert.equal(m['Inward issue link (Blocks)'], 'predecessors');
    assert.equal(m['Issue Type'], 'custom');
    assert.deepEqual(task(r, 'Cart page'), {
      ...task(r, 'Cart page'),
      id: 'SHOP-2',
      parentId: 'SHOP-1',
      start: '2024-03-11',
      end: '2024-03-16',
      tags: ['web', 'ui'],
    });
    assert.equal(task(r, 'Checkout epic').fields?.created, '2024-03-12T09:30');
    assert.deepEqual(links(r), [
      ['SHOP-2', 'SHOP-3', 'FS', 0, 'day'],
      ['SHOP-3', 'SHOP-4', 'FS', 0, 'day'],
    ]);
    assert.deepEqual(names(r, task(r, 'Payment form')), ['Ann Lee']);
    assert.deepEqual(codes(r), [
      ['INVALID_DATE', 5, 'Due Date', '31/Feb/24'],
      ['UNKNOWN_PARENT', 5, 'Parent id', '10009'],
    ]);
  });

  it('Asana: parent by name, sections as statuses, e-mails with names, quoted newlines, both link columns', () => {
    const r = read('asana.csv');
    const m = targets(r);
    assert.equal(m['Section/Column'], 'status');
    assert.equal(m['Assignee Email'], 'emails');
    assert.equal(m['Blocking (Dependencies)'], 'successors');
    assert.equal(task(r, 'Write copy').parentId, '1206001');
    assert.equal(task(r, 'Launch plan').fields?.notes, 'Plan the launch\r\nwith the whole team');
    assert.deepEqual(links(r), [['1206002', '1206003', 'FS', 0, 'day']]);
    assert.deepEqual(r.data.people, [
      { id: 'cleo-park', name: 'Cleo Park', email: 'cleo@example.com' },
      { id: 'dan-wu', name: 'Dan Wu', email: 'dan@example.com' },
    ]);
    assert.equal(r.data.statuses?.find((s) => s.id === task(r, 'Publish site').status)?.category, 'done');
    assert.deepEqual(codes(r), []);
  });

  it('monday.com: a title row above the headers, a repeated header row, Timeline ranges, links by name', () => {
    const r = read('monday.csv');
    assert.equal(r.mapping.headerRow, 2);
    assert.equal(targets(r).Timeline, 'range');
    assert.deepEqual(
      r.data.tasks.map((t) => [t.name, t.start, t.end]),
      [
        ['Research', '2024-03-04', '2024-03-09'],
        ['Prototype', '2024-03-11', '2024-03-23'],
        ['Beta', '2024-03-25', '2024-04-06'],
        ['Retro', undefined, undefined],
      ],
    );
    assert.deepEqual(
      links(r).map(([from, to]) => [task(r, 'Research').id === from, to]),
      [
        [true, task(r, 'Prototype').id],
        [false, task(r, 'Beta').id],
      ],
    );
    assert.deepEqual(names(r, task(r, 'Prototype')), ['Eva Stone', 'Finn Roe']);
    assert.equal(r.data.statuses?.find((s) => s.id === task(r, 'Beta').status)?.category, 'blocked');
    assert.deepEqual(codes(r), [['UNKNOWN_TASK_REFERENCE', 7, 'Dependency', 'Nothing here']]);
  });

  it('Trello: lists as statuses, members, zoned due dates kept at their clock time, a blank row', () => {
    const r = read('trello.csv');
    assert.equal(targets(r)['List Name'], 'status');
    assert.equal(targets(r)['Card URL'], 'altId');
    assert.deepEqual(task(r, 'Sketch logo'), {
      ...task(r, 'Sketch logo'),
      start: '2024-03-04T09:00',
      end: '2024-03-08T17:00',
      tags: ['Design (purple)', 'Urgent (red)'],
    });
    assert.deepEqual(names(r, task(r, 'Pick colours')), ['Gus Hale', 'Ida Moss']);
    assert.equal(r.data.tasks.length, 3);
    assert.deepEqual(codes(r), [
      ['DATE_ZONE_IGNORED', 2, 'Due Date', '2024-03-08T17:00:00.000Z'],
      ['DATE_ZONE_IGNORED', 2, 'Start Date', '2024-03-04T09:00:00.000Z'],
      ['INVALID_DATE', 5, 'Due Date', 'not a date'],
    ]);
  });

  it('GitHub Projects: parent issue as owner/repo#n, milestone names as a custom column, row numbers as ids', () => {
    const r = read('github.csv');
    assert.equal(targets(r).Milestone, 'custom');
    assert.equal(targets(r)['Parent issue'], 'parent');
    assert.deepEqual(
      r.data.tasks.map((t) => [t.id, t.parentId, t.fields?.milestone, t.fields?.estimate]),
      [
        ['1', undefined, 'v1.0', 8],
        ['2', '1', 'v1.0', 3],
        ['3', '1', 'v1.1', 5],
        ['4', undefined, 'v1.1', undefined],
      ],
    );
    assert.equal(r.data.fields?.find((f) => f.id === 'estimate')?.type, 'number');
    assert.deepEqual(names(r, task(r, 'Login form')), ['octocat', 'hubot']);
    assert.deepEqual(codes(r), [['UNKNOWN_PARENT', 5, 'Parent issue', 'octo/app#9']]);
  });

  it('Smartsheet: day-first dates, row-number predecessors with types and lags, people by e-mail', () => {
    const r = read('smartsheet.csv');
    assert.deepEqual(
      r.data.tasks.map((t) => [t.name, t.start, t.end ?? null, t.duration ?? null, t.durationUnit ?? 'day']),
      [
        ['Site survey', '2024-03-04', '2024-03-09', 5, 'day'],
        ['Foundations', '2024-03-11', '2024-03-23', 10, 'day'],
        ['Framing', '2024-03-18', '2024-03-30', 2, 'week'],
        ['Inspection', '2024-04-01', null, null, 'day'],
        ['Roofing', '2024-04-02', '2024-04-13', 9, 'day'],
      ],
    );
    assert.equal(task(r, 'Inspection').type, 'milestone');
    assert.deepEqual(links(r), [
      ['1', '2', 'FS', 1, 'day'],
      ['2', '3', 'SS', -1, 'day'],
      ['2', '4', 'FS', 0, 'day'],
      ['3', '4', 'FS', 0, 'day'],
      ['3', '5', 'FS', 0, 'day'],
    ]);
    assert.deepEqual(
      r.data.people?.map((p) => [p.id, (p as { email?: string }).email]),
      [
        ['jo', 'jo@example.com'],
        ['kim', 'kim@example.com'],
      ],
    );
    assert.deepEqual(codes(r), [['UNKNOWN_TASK_REFERENCE', 6, 'Predecessors', '7']]);
  });

  it('Microsoft Project, German, semicolons: PSP codes, d.m.y with weekdays, EA links in Tage', () => {
    const r = read('msproject-de.csv');
    assert.deepEqual(targets(r), {
      'Nr.': 'id',
      Vorgangsname: 'name',
      Dauer: 'duration',
      Anfang: 'start',
      Ende: 'end',
      Vorgänger: 'predecessors',
      Ressourcennamen: 'assignees',
      'PSP-Code': 'outline',
      '% Abgeschlossen': 'progress',
    });
    assert.deepEqual(
      r.data.tasks.map((t) => [t.id, t.parentId, t.start, t.type ?? 'task']),
      [
        ['1', undefined, '2024-03-04', 'task'],
        ['2', '1', '2024-03-04', 'task'],
        ['3', '1', '2024-03-11', 'task'],
        ['4', undefined, '2024-03-15', 'milestone'],
      ],
    );
    assert.deepEqual(links(r), [
      ['2', '3', 'FS', 1, 'day'],
      ['3', '4', 'FS', 0, 'day'],
    ]);
    assert.deepEqual(names(r, task(r, 'Entwurf')), ['Anna Berg', 'Carl Dietz']);
    assert.deepEqual(codes(r), []);
  });

  it('Microsoft Project, French, tabs: outline levels, d/m/y, decimal commas, FD and DD links', () => {
    const r = read('msproject-fr.csv');
    assert.equal(r.mapping.dateOrder, undefined);
    assert.deepEqual(
      r.data.tasks.map((t) => [t.id, t.parentId, t.start, t.end, t.duration, t.durationUnit]),
      [
        ['1', undefined, '2024-03-04', '2024-03-16', 10, undefined],
        ['2', '1', '2024-03-04', '2024-03-07', 2.5, undefined],
        ['3', '1', '2024-03-18', '2024-03-23', 1, 'week'],
        ['4', undefined, '2024-03-25', '2024-03-28', 3, undefined],
      ],
    );
    assert.deepEqual(links(r), [
      ['2', '3', 'FS', 1, 'day'],
      ['3', '4', 'SS', 0, 'day'],
    ]);
    assert.deepEqual(names(r, task(r, 'Intégration')), ['Élise Roux', 'Félix Noël']);
    assert.deepEqual(codes(r), []);
  });

  it('Microsoft Project, Spanish: weekday names settle dates ≤ 12/12; without them the column is reported', () => {
    const r = read('msproject-es.csv');
    assert.deepEqual(codes(r), []);
    assert.deepEqual(
      r.data.tasks.map((t) => [t.name, t.parentId, t.start, t.end]),
      [
        ['Fase 1', undefined, '2024-03-04', '2024-03-09'],
        ['Diseño', '1', '2024-03-04', '2024-03-07'],
        ['Pruebas', '1', '2024-03-07', '2024-03-09'],
      ],
    );
    assert.deepEqual(links(r), [['2', '3', 'FS', 1, 'day']]);
    // The same file without its weekdays cannot tell 04/03 from 03/04: reported, then chosen.
    const bare = readFileSync(join(dir, 'msproject-es.csv'), 'utf8').replace(/(lun|mié|jue|vie) /g, '');
    const guessed = fromCSV(bare);
    assert.deepEqual(codes(guessed), [
      ['AMBIGUOUS_DATE_ORDER', 2, 'Comienzo', '04/03/24'],
      ['AMBIGUOUS_DATE_ORDER', 2, 'Fin', '08/03/24'],
    ]);
    assert.equal(guessed.data.tasks[0]?.start, '2024-04-03');
    const told = fromCSV(bare, { dateOrder: 'dmy' });
    assert.deepEqual(codes(told), []);
    assert.equal(told.mapping.dateOrder, 'dmy');
    assert.deepEqual(
      told.data.tasks.map((t) => t.start),
      r.data.tasks.map((t) => t.start),
    );
  });

  it('Microsoft Project, Japanese: y/m/d, 日 durations and lags, and a summary linked to its subtask left out', () => {
    const r = read('msproject-ja.csv');
    assert.equal(targets(r)['アウトライン レベル'], 'level');
    assert.deepEqual(
      r.data.tasks.map((t) => [t.id, t.parentId, t.start, t.duration, t.progress]),
      [
        ['1', undefined, '2024-03-04', 5, 100],
        ['2', undefined, '2024-03-11', 10, 40],
        ['3', '2', '2024-03-11', 5, 80],
        ['4', undefined, '2024-03-25', 2, 0],
      ],
    );
    assert.deepEqual(links(r), [
      ['1', '2', 'FS', 0, 'day'],
      ['2', '4', 'SS', 3, 'day'],
    ]);
    assert.deepEqual(names(r, task(r, '実装')), ['山田 太郎', '佐藤 花子']);
    assert.deepEqual(codes(r), []);
  });

  it('GanttProject: outline numbers, m/d/y told by a day over 12, plain completion, 2;3 predecessors', () => {
    const r = read('ganttproject.csv');
    assert.equal(targets(r)['Outline number'], 'outline');
    assert.deepEqual(
      r.data.tasks.map((t) => [t.id, t.parentId, t.start, t.progress]),
      [
        ['0', undefined, '2024-03-04', 20],
        ['1', '0', '2024-03-04', 40],
        ['2', '0', '2024-03-11', 0],
        ['3', undefined, '2024-03-22', 0],
      ],
    );
    assert.equal(task(r, 'Frontend').fields?.notes, 'Uses the "new" API');
    assert.deepEqual(links(r), [
      ['1', '2', 'FS', 0, 'day'],
      ['1', '3', 'FS', 0, 'day'],
      ['2', '3', 'FS', 0, 'day'],
    ]);
    assert.deepEqual(codes(r), []);
  });
});
