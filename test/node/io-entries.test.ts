/**
 * The spreadsheet libraries stay where they are used: papaparse only in the `…/core/io/csv`
 * entry, read-excel-file and write-excel-file only behind the dynamic `import()` of the
 * `…/core/io/xlsx` entry; none of them in the core index, the element entries or the script-tag
 * bundles. Reads the built `dist/` (needs `npm run build`).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const SPREADSHEET = ['papaparse', 'read-excel-file', 'write-excel-file'];
const isSpreadsheet = (spec: string) => SPREADSHEET.some((s) => spec === s || spec.startsWith(`${s}/`));

/** Every package a built module reaches through static imports and re-exports, and the dynamic ones. */
function reach(entry: string): { statics: Set<string>; dynamics: Set<string>; files: number } {
  const statics = new Set<string>();
  const dynamics = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)) dynamics.add(m[1] as string);
    const staticSpecs = [
      ...code.matchAll(/(?:^|[;\s])(?:import|export)\s[^;("']*?\bfrom\s*["']([^"']+)["']/g),
      ...code.matchAll(/(?:^|[;\s])import\s*["']([^"']+)["']/g),
    ].map((m) => m[1] as string);
    for (const spec of staticSpecs) {
      if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
      else statics.add(spec);
    }
  }
  return { statics, dynamics, files: seen.size };
}

const dist = (path: string) => join(root, 'packages', path);

describe('spreadsheet libraries load only where used', () => {
  it('the core index reaches none of them', () => {
    const { statics, dynamics, files } = reach(dist('core/dist/index.js'));
    assert.ok(files > 50, `the walk follows the index's imports (${files} modules)`);
    assert.deepEqual([...statics, ...dynamics].filter(isSpreadsheet), []);
  });

  it('…/io/csv imports papaparse; …/io/xlsx loads the workbook libraries with import() only', () => {
    assert.ok(reach(dist('core/dist/io/csv/index.js')).statics.has('papaparse'));
    const xlsx = reach(dist('core/dist/io/xlsx/index.js'));
    assert.deepEqual([...xlsx.statics].filter(isSpreadsheet), []);
    assert.deepEqual([...xlsx.dynamics].sort(), ['read-excel-file/universal', 'write-excel-file/universal']);
  });

  it('no element entry and neither script-tag bundle carries them', () => {
    for (const bundle of ['roadline.js', 'roadline.esm.js']) {
      const path = dist(`elements/dist/${bundle}`);
      assert.ok(existsSync(path), `${bundle} is built`);
      const code = readFileSync(path, 'utf8');
      // Strings each library's code holds: papaparse's row-overflow key, the workbook part paths.
      for (const marker of ['__parsed_extra', 'xl/workbook.xml', 'xl/worksheets/']) {
        assert.ok(!code.includes(marker), `${bundle} holds "${marker}"`);
      }
    }
    const { statics, dynamics } = reach(dist('elements/dist/index.js'));
    assert.deepEqual([...statics, ...dynamics].filter(isSpreadsheet), []);
  });
});
