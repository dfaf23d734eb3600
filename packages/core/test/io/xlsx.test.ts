/**
 * `fromXLSX` and `toXLSX`: a workbook written and read back gives the same tasks, links and
 * fields; text that looks like a formula stays text; dates are the same day in every time zone;
 * a workbook another tool wrote (dates as date cells, numbers as numbers, a title row) maps like
 * its CSV.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import writeXlsxFile from 'write-excel-file/universal';
import { fromXLSX, toXLSX } from '../../src/io/xlsx/index.js';
import type { ProjectData, Task } from '../../src/model/types.js';
import { createProject } from '../../src/store/project.js';
import { generateProject } from '../../src/testing/generate.js';

async function workbook(rows: unknown[][]): Promise<Uint8Array> {
  const write = writeXlsxFile as unknown as (rows: unknown[][]) => { toBlob(): Promise<Blob> };
  const cells = rows.map((row) =>
    row.map((value) =>
      value === null
        ? null
        : value instanceof Date
          ? { value, type: Date, format: 'dd/mm/yyyy hh:mm' }
          : { value, type: typeof value === 'number' ? Number : String },
    ),
  );
  return new Uint8Array(await (await write(cells).toBlob()).arrayBuffer());
}

describe('fromXLSX', () => {
  it('reads date cells as wall-clock values, numbers as numbers, and finds the header row', async () => {
    const bytes = await workbook([
      ['Sprint board', null, null, null, null],
      ['Task Name', 'Start', 'Finish', '% Complete', 'Predecessors'],
      ['Design', new Date(Date.UTC(2026, 2, 8, 2, 30)), new Date(Date.UTC(2026, 2, 13)), 0.5, null],
      ['Build', new Date(Date.UTC(2026, 10, 1, 1, 30)), new Date(Date.UTC(2026, 10, 6)), 1, 'Design FS+2d'],
    ]);
    const r = await fromXLSX(bytes);
    assert.equal(r.mapping.headerRow, 2);
    assert.deepEqual(r.issues, []);
    assert.deepEqual(
      r.data.tasks.map((t) => [t.name, t.start, t.end, t.progress]),
      [
        ['Design', '2026-03-08T02:30', '2026-03-14', 50],
        ['Build', '2026-11-01T01:30', '2026-11-07', 100],
      ],
    );
    // Without an id column, a task's id is its number under the headers.
    assert.deepEqual(r.data.dependencies, [{ id: 'l1', from: '1', to: '2', lag: 2 }]);
  });

  it('reports bad rows by their sheet row and keeps the others', async () => {
    const bytes = await workbook([
      ['Name', 'Start'],
      ['A', '2026-03-02'],
      [null, '2026-03-03'],
      ['C', 'soon'],
    ]);
    const r = await fromXLSX(bytes.buffer.slice(0) as ArrayBuffer);
    assert.deepEqual(
      r.data.tasks.map((t) => [t.name, t.start]),
      [
        ['A', '2026-03-02'],
        ['C', undefined],
      ],
    );
    assert.deepEqual(
      r.issues.map((i) => [i.code, i.row, i.severity]),
      [
        ['MISSING_NAME', 3, 'error'],
        ['INVALID_DATE', 4, 'warning'],
      ],
    );
  });
});

describe('toXLSX', () => {
  it('writes text that looks like a formula as a text cell, read back as written', async () => {
    const names = ['=1+1', '+SUM(A1:A2)', '-2+3', '@cmd', "'=quoted", 'plain'];
    const data: ProjectData = { id: 'p', name: 'P', tasks: names.map((name, i) => ({ id: `t${i}`, name })) };
    const back = await fromXLSX(await toXLSX(data));
    assert.deepEqual(
      back.data.tasks.map((t) => t.name),
      names,
    );
  });

  it('round trip: toXLSX then fromXLSX gives the same tasks, links and fields', async () => {
    const generated = generateProject({
      tasks: 200,
      seed: 11,
      linkTypes: true,
      lags: true,
      constraints: true,
      people: 5,
    });
    const data = createProject({
      ...generated,
      fields: [
        { id: 'pts', label: 'Points', type: 'number' },
        { id: 'review', label: 'Review', type: 'date' },
        { id: 'size', label: 'Size', type: 'select', options: [{ id: 's', label: 'S' }] },
      ],
      tasks: generated.tasks.map(
        (t, i): Task => ({
          ...t,
          ...(i % 4 === 0
            ? { fields: { pts: i / 2, review: '2026-05-01T09:15', size: 's' }, tags: ['a', 'b'] }
            : {}),
        }),
      ),
    }).toJSON();
    const back = await fromXLSX(await toXLSX(data), { base: data, id: data.id, name: data.name });
    assert.deepEqual(back.issues, []);
    const loaded = createProject(back.data).toJSON();
    const shape = (d: ProjectData) => ({
      tasks: d.tasks.map(({ order: _order, ...t }) => t),
      links: (d.dependencies ?? [])
        .map(({ id: _id, ...l }) => ({ ...l, lag: l.lag ?? 0, lagUnit: l.lagUnit ?? 'day' }))
        .sort((a, b) => `${a.from}>${a.to}`.localeCompare(`${b.from}>${b.to}`)),
      fields: d.fields,
      people: d.people,
    });
    assert.deepEqual(shape(loaded), shape(data));
  });
});
