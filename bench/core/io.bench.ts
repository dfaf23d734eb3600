/**
 * Microsoft Project XML import and export: the largest shared MSPDI file, and a generated
 * 10 000-task project written and read back. The shared file is read from `../shared/data`
 * (or `ROADLINE_SHARED_DATA`); its case is left out where that folder is absent.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importMSProjectXML, toMSProjectXML } from '../../packages/core/src/io/index.js';
import { generateProject } from '../../packages/core/src/testing/generate.js';
import { type BenchCase, benchCase } from './harness.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const mspdi = join(
  resolve(process.env.ROADLINE_SHARED_DATA ?? join(repoRoot, '..', 'shared', 'data')),
  'mspdi',
);

function largestSharedFile(): string | undefined {
  if (!existsSync(mspdi)) return undefined;
  const files = readdirSync(mspdi)
    .filter((f) => f.endsWith('.xml'))
    .map((f) => join(mspdi, f));
  files.sort((a, b) => statSync(b).size - statSync(a).size);
  return files[0];
}

const generated = () =>
  generateProject({ tasks: 10_000, seed: 3, linkTypes: true, lags: true, constraints: true, people: 20 });

const cases: BenchCase[] = [
  benchCase({
    name: 'export 10k tasks to MSPDI',
    setup: generated,
    run: (data) => toMSProjectXML(data).length,
    target: '≤ 150 ms',
  }),
  benchCase({
    name: 'import 10k-task MSPDI (export → import)',
    setup: () => toMSProjectXML(generated()),
    run: (xml) => importMSProjectXML(xml).data.tasks.length,
    target: '≤ 300 ms',
  }),
];

const largest = largestSharedFile();
if (largest) {
  cases.unshift(
    benchCase({
      name: `import largest shared MSPDI file (${Math.round(statSync(largest).size / 1024)} KB)`,
      setup: () => readFileSync(largest, 'utf8'),
      run: (xml) => importMSProjectXML(xml).data.tasks.length,
      runs: 20,
      target: '≤ 10 ms',
    }),
  );
}

export default cases;
