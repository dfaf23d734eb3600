/**
 * Runs every `bench/core/*.bench.ts` (or those whose file name contains an argument), prints a
 * table of medians and writes `bench-results/core.json`. Run through `npm run bench:core`, which
 * starts Node with `--expose-gc` so memory cases can measure a settled heap.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type BenchCase, type BenchResult, formatFigure, formatTable, median } from './harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = (await readdir(here))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

const results: BenchResult[] = [];
for (const file of files) {
  const cases = ((await import(pathToFileURL(join(here, file)).href)) as { default: BenchCase[] }).default;
  for (const c of cases) {
    const context = c.setup ? await c.setup() : undefined;
    const runs = c.runs ?? 5;
    const warm = c.run(context);
    if (warm instanceof Promise) await warm;
    const figures: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      let value = c.run(context);
      // An async case (a workbook read) is timed until its promise settles.
      if (value instanceof Promise) value = await value;
      const elapsed = performance.now() - t0;
      figures.push(c.unit ? Number(value) : elapsed);
    }
    const result: BenchResult = {
      file: basename(file, '.bench.ts'),
      name: c.name,
      unit: c.unit ?? 'ms',
      median: median(figures),
      min: Math.min(...figures),
      max: Math.max(...figures),
      runs,
      ...(c.target ? { target: c.target } : {}),
    };
    results.push(result);
    console.log(`  ${result.file} · ${result.name}: ${formatFigure(result.median)} ${result.unit}`);
  }
}

console.log(
  `\n${formatTable([
    ['suite', 'case', 'median', 'min', 'max', 'unit', 'runs', 'target'],
    ...results.map((r) => [
      r.file,
      r.name,
      formatFigure(r.median),
      formatFigure(r.min),
      formatFigure(r.max),
      r.unit,
      String(r.runs),
      r.target ?? '',
    ]),
  ])}`,
);
const out = join(here, '..', '..', 'bench-results');
await mkdir(out, { recursive: true });
await writeFile(
  join(out, 'core.json'),
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
);
console.log(`\nWrote bench-results/core.json (${results.length} cases).`);
