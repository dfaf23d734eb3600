/**
 * The shape rules of the source tree (STYLE.md, "In our own house"):
 *
 * 1. No element folder imports another element folder's internals. Shared are `base/`,
 *    `controllers/`, `events/`, `styles/`, `grid/` (the one grid), `editing/` (deleting, task
 *    menus, links), `widget/` (what the dashboard widgets share) and the core packages; an
 *    element may use another element through that element's own module, the one its `define/`
 *    entry registers (as `rl-gantt` could import `timeline/timeline.js`). The shared folders import no element folder at all.
 * 2. No source file of `packages/<name>/src` passes 600 lines.
 *
 * Type-only imports count: a type is an internal too. The allow-lists below hold what other
 * engineers are changing right now; each entry says why, and the lead empties them at merge.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const src = join(root, 'packages/elements/src');

const SHARED = new Set(['base', 'controllers', 'editing', 'events', 'styles', 'grid', 'widget']);
/** Registration entry points: they import every element's module, which is their job. */
const ENTRIES = new Set(['define']);
const MAX_LINES = 600;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/** The relative module specifiers a file imports or re-exports (static, dynamic and type-only). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g))
    found.push(m[1] as string);
  return found;
}

/** The source file an import names, relative to elements/src (`.js` written for `.ts`). */
function target(file: string, specifier: string): string {
  return relative(src, resolve(dirname(file), specifier)).replace(/\.js$/, '.ts');
}

function folderOf(path: string): string | undefined {
  const parts = path.split('/');
  return parts.length > 1 ? parts[0] : undefined;
}

/** Each element's own module: what its `define/` entry imports. */
function elementModules(): Set<string> {
  const modules = new Set<string>();
  for (const file of sources(join(src, 'define')))
    for (const specifier of imports(file)) modules.add(target(file, specifier));
  return modules;
}

describe('element boundaries', () => {
  it('finds the element folders and their modules', () => {
    const modules = elementModules();
    assert.ok(modules.has('timeline/timeline.ts'));
    assert.ok(modules.has('gantt/gantt.ts'));
    assert.ok(sources(src).length > 50);
  });

  it('no element folder imports another element folder’s internals, and shared folders import none', () => {
    const modules = elementModules();
    const broken: string[] = [];
    for (const file of sources(src)) {
      const from = relative(src, file);
      const home = folderOf(from);
      if (home === undefined || ENTRIES.has(home)) continue;
      for (const specifier of imports(file)) {
        const to = target(file, specifier);
        const there = folderOf(to);
        if (there === undefined || there === home || SHARED.has(there) || ENTRIES.has(there)) continue;
        // `there` is an element folder.
        if (!SHARED.has(home) && modules.has(to)) continue;
        broken.push(`${from} → ${to}`);
      }
    }
    assert.deepEqual(
      broken,
      [],
      'share through base/, controllers/, events/, styles/, grid/, widget/ or core',
    );
  });

  it(`no source file passes ${MAX_LINES} lines`, () => {
    const long: string[] = [];
    for (const pkg of readdirSync(join(root, 'packages'))) {
      let files: string[];
      try {
        files = sources(join(root, 'packages', pkg, 'src'));
      } catch {
        continue;
      }
      for (const file of files) {
        const lines = readFileSync(file, 'utf8').split('\n').length - 1;
        const path = relative(root, file);
        if (lines > MAX_LINES) long.push(`${path}: ${lines} lines`);
      }
    }
    assert.deepEqual(long, [], 'split by concept: one concept per file');
  });
});
