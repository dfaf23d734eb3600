/**
 * Collaboration ships as its own entry: `@roadline/collab` imports Yjs and the Hocuspocus client;
 * the core index, the element entries and the script-tag bundles carry none of them (their size
 * budgets in scripts/size-budget.json cover the rest). Reads the built `dist/` (needs `npm run build`).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const COLLAB = ['yjs', 'y-indexeddb', 'y-protocols', 'lib0', '@hocuspocus/provider', '@roadline/collab'];
const isCollab = (spec: string) => COLLAB.some((s) => spec === s || spec.startsWith(`${s}/`));
/** Strings Yjs's own code holds (its double-import check), so a bundle that inlines it shows it. */
const YJS_MARKERS = ['Yjs was already imported', '__ $YJS$ __'];

/** Every bare specifier a built module reaches through its relative imports (static and dynamic). */
function reach(entry: string): { specs: Set<string>; files: number } {
  const specs = new Set<string>();
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    const found = [
      ...code.matchAll(/\bimport\s*\(\s*["']([^"']+)["']\s*\)/g),
      ...code.matchAll(/(?:^|[;\s])(?:import|export)\s[^;("']*?\bfrom\s*["']([^"']+)["']/g),
      ...code.matchAll(/(?:^|[;\s])import\s*["']([^"']+)["']/g),
    ].map((m) => m[1] as string);
    for (const spec of found) {
      if (spec.startsWith('.')) queue.push(resolve(dirname(file), spec));
      else specs.add(spec);
    }
  }
  return { specs, files: seen.size };
}

const dist = (path: string) => join(root, 'packages', path);

describe('collaboration ships as its own entry', () => {
  it("the markers are Yjs's: its own build holds them", () => {
    const yjs = readFileSync(join(root, 'node_modules/yjs/dist/yjs.mjs'), 'utf8');
    for (const marker of YJS_MARKERS) assert.ok(yjs.includes(marker), `yjs holds "${marker}"`);
  });

  it('@roadline/collab imports yjs and the Hocuspocus client', () => {
    const { specs } = reach(dist('collab/dist/index.js'));
    assert.ok(specs.has('yjs') && specs.has('@hocuspocus/provider'), [...specs].join(', '));
  });

  it('neither script-tag bundle holds Yjs code', () => {
    for (const bundle of ['roadline.js', 'roadline.esm.js']) {
      const path = dist(`elements/dist/${bundle}`);
      assert.ok(existsSync(path), `${bundle} is built`);
      const code = readFileSync(path, 'utf8');
      for (const marker of YJS_MARKERS) assert.ok(!code.includes(marker), `${bundle} holds "${marker}"`);
    }
  });

  it('the core index and the element index reach no collaboration module', () => {
    for (const entry of ['core/dist/index.js', 'elements/dist/index.js']) {
      const { specs, files } = reach(dist(entry));
      assert.ok(files > 20, `the walk follows ${entry}'s imports (${files} modules)`);
      assert.deepEqual([...specs].filter(isCollab), [], entry);
    }
  });
});
