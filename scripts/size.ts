/**
 * `npm run size`: minified and gzip bytes of each artifact a user can load, against the budget in
 * `scripts/size-budget.json`. Package entries are measured as a user's bundler would ship them:
 * bundled from the built `dist/` with their dependencies inlined, minified. Needs `npm run build`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';
import { formatTable } from '../bench/core/harness.js';

const root = resolve(import.meta.dirname, '..');
const budget = JSON.parse(readFileSync(join(root, 'scripts/size-budget.json'), 'utf8')) as Record<
  string,
  { min: number; gzip: number }
>;

async function bundled(entry: string, external: string[] = []): Promise<Buffer> {
  const output = (await build({
    configFile: false,
    logLevel: 'silent',
    root,
    resolve: { conditions: ['module', 'browser', 'production'] },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      target: 'es2022',
      lib: { entry, formats: ['es'], fileName: 'out' },
      rolldownOptions: { external, output: { minify: true } },
    },
  })) as Rolldown.RolldownOutput[];
  const chunks = output.flatMap((o) => o.output).filter((c): c is Rolldown.OutputChunk => c.type === 'chunk');
  // What loads with the entry: it and its static imports. A chunk only `import()` reaches (a
  // translation beyond English, say) loads when used and is not part of the entry's cost.
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const loaded = new Set<Rolldown.OutputChunk>();
  const visit = (chunk: Rolldown.OutputChunk | undefined): void => {
    if (!chunk || loaded.has(chunk)) return;
    loaded.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk);
  return Buffer.concat([...loaded].map((c) => Buffer.from(c.code)));
}

const dist = (p: string) => join(root, 'packages', p);
const artifacts: [string, () => Promise<Buffer>][] = [
  ['roadline.js (script tag, IIFE)', async () => readFileSync(dist('elements/dist/roadline.js'))],
  ['roadline.esm.js', async () => readFileSync(dist('elements/dist/roadline.esm.js'))],
  ['@roadline/core', () => bundled(dist('core/dist/index.js'))],
  ['@roadline/core/io/csv', () => bundled(dist('core/dist/io/csv/index.js'))],
  // With the spreadsheet library it loads on demand (its own chunks, counted here).
  ['@roadline/core/io/xlsx (with its lazy chunks)', () => bundled(dist('core/dist/io/xlsx/index.js'))],
  ...readdirSync(dist('core/dist/views'))
    .filter((view) => existsSync(dist(`core/dist/views/${view}/index.js`)))
    .map((view): [string, () => Promise<Buffer>] => [
      `@roadline/core/views/${view}`,
      () => bundled(dist(`core/dist/views/${view}/index.js`)),
    ]),
  ['@roadline/elements', () => bundled(dist('elements/dist/index.js'))],
  ...readdirSync(dist('elements/dist/define'))
    .filter((f) => f.endsWith('.js'))
    .map((f): [string, () => Promise<Buffer>] => {
      const name = `@roadline/elements/define/${f.replace(/\.js$/, '')}`;
      return [name, () => bundled(dist(`elements/dist/define/${f}`))];
    }),
  ['@roadline/react (react external)', () => bundled(dist('react/dist/index.js'), ['react', 'react-dom'])],
];

if (!existsSync(dist('elements/dist/roadline.js'))) {
  console.error('size: no build found. Run npm run build first.');
  process.exit(1);
}

const rows: string[][] = [['artifact', 'min bytes', 'gzip bytes', 'budget min', 'budget gzip', '']];
let failed = 0;
for (const [name, measure] of artifacts) {
  const code = await measure();
  const gzip = gzipSync(code, { level: 9 }).length;
  const limit =
    budget[name] ??
    (name.startsWith('@roadline/core/views/')
      ? budget['@roadline/core/views/* (any one view)']
      : budget['@roadline/elements/define/* (any other one element)']);
  if (!limit) throw new Error(`size: no budget for ${name} in scripts/size-budget.json`);
  const over = code.length > limit.min || gzip > limit.gzip;
  if (over) failed++;
  rows.push([
    name,
    String(code.length),
    String(gzip),
    String(limit.min),
    String(limit.gzip),
    over ? 'OVER' : 'ok',
  ]);
}
console.log(formatTable(rows));
if (failed) {
  console.error(`\nsize: ${failed} artifact(s) over budget.`);
  process.exit(1);
}
