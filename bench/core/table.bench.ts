/**
 * Spreadsheet import into a loaded store: a 100,000-row CSV and a 10,000-row XLSX workbook, each
 * written by Roadline from a generated project (links with types and lags, people, constraints),
 * read with `fromCSV` / `fromXLSX` and loaded with `createProject`. Issue 17's targets: ≤ 2 s each.
 */
import { fromCSV, toCSV } from '../../packages/core/src/io/csv/index.js';
import { fromXLSX, toXLSX } from '../../packages/core/src/io/xlsx/index.js';
import { createProject } from '../../packages/core/src/store/project.js';
import { generateProject } from '../../packages/core/src/testing/generate.js';
import { type BenchCase, benchCase } from './harness.js';

const generated = (tasks: number) =>
  createProject(
    generateProject({ tasks, seed: 5, linkTypes: true, lags: true, constraints: true, people: 40 }),
  ).toJSON();

const cases: BenchCase[] = [
  benchCase({
    name: 'export 100k tasks to CSV',
    setup: () => generated(100_000),
    run: (data) => toCSV(data).length,
    runs: 1,
  }),
  benchCase({
    name: 'import 100k-row CSV into a loaded store (fromCSV + createProject)',
    setup: () => toCSV(generated(100_000)),
    run: (text) => createProject(fromCSV(text).data).wbsOrder().length,
    runs: 1,
    target: '≤ 2 s',
  }),
  benchCase({
    name: 'import 10k-row XLSX into a loaded store (fromXLSX + createProject)',
    setup: async () => toXLSX(generated(10_000)),
    run: async (bytes) => createProject((await fromXLSX(bytes)).data).wbsOrder().length,
    runs: 1,
    target: '≤ 2 s',
  }),
];

export default cases;
