/**
 * The shape of core's source folders, read from its import statements: no import cycle between
 * top-level folders, and no root folder (model, time, store, …) importing a view's geometry under
 * `views/`. Views may use the root folders and each other.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, it } from 'node:test';

const src = resolve(import.meta.dirname, '../../src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** Relative module specifiers of every `import … from`, `export … from`, `import '…'` and `import('…')`. */
export function specifiers(code: string): string[] {
  const found: string[] = [];
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns)
    for (const m of withoutComments.matchAll(pattern)) found.push(m[1] as string);
  return found;
}

/** The node a source file belongs to: its top-level folder. */
function nodeOf(file: string): string | undefined {
  const rel = relative(src, file).split('\\').join('/');
  const slash = rel.indexOf('/');
  return slash < 0 ? undefined : rel.slice(0, slash);
}

interface Edge {
  from: string;
  to: string;
  file: string;
  spec: string;
}

function edges(): Edge[] {
  const out: Edge[] = [];
  for (const file of sources(src)) {
    const from = nodeOf(file);
    if (from === undefined) continue; // the entry files at the root of src
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = resolve(dirname(file), spec).replace(/\.js$/, '.ts');
      const to = nodeOf(target);
      if (to === undefined || to === from) continue;
      out.push({ from, to, file: relative(src, file), spec });
    }
  }
  return out;
}

/** Every cycle's folders, one list per strongly connected component larger than one folder. */
export function folderCycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) components.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return components;
}

function graphOf(list: readonly Edge[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const e of list) {
    if (!graph.has(e.from)) graph.set(e.from, new Set());
    if (!graph.has(e.to)) graph.set(e.to, new Set());
    graph.get(e.from)?.add(e.to);
  }
  return graph;
}

describe('core folders', () => {
  const all = edges();

  it('reads the imports (the parser sees the known folder links)', () => {
    const has = (from: string, to: string) => all.some((e) => e.from === from && e.to === to);
    assert.ok(has('store', 'model'), 'store imports model');
    assert.ok(has('time', 'model'), 'time imports model');
    assert.ok(has('views', 'time'), 'views import time');
    assert.deepEqual(
      specifiers(
        "import type { A } from './a.js';\nexport * from '../b.js';\nimport './c.js';\nconst d = import('./d.js');\n// import x from './e.js';\nexport {\n  f,\n} from './f.js';",
      ).sort(),
      ['../b.js', './a.js', './c.js', './d.js', './f.js'],
    );
  });

  it('finds a cycle when there is one', () => {
    const cyclic = graphOf([
      { from: 'model', to: 'time', file: '', spec: '' },
      { from: 'time', to: 'store', file: '', spec: '' },
      { from: 'store', to: 'model', file: '', spec: '' },
      { from: 'views', to: 'model', file: '', spec: '' },
    ]);
    assert.deepEqual(folderCycles(cyclic), [['model', 'store', 'time']]);
  });

  it('has no import cycle between top-level folders', () => {
    const cycles = folderCycles(graphOf(all));
    const detail = cycles.map((c) =>
      all
        .filter((e) => c.includes(e.from) && c.includes(e.to))
        .map((e) => `${e.file} → ${e.spec}`)
        .join('\n  '),
    );
    assert.deepEqual(cycles, [], `cycles:\n  ${detail.join('\n\n  ')}`);
  });

  it('has no root folder importing views/', () => {
    const wrong = all.filter((e) => e.to === 'views').map((e) => `${e.file} → ${e.spec}`);
    assert.deepEqual(wrong, []);
  });

  it('has no layout/ folder: view geometry lives in views/<view>', () => {
    assert.equal(existsSync(join(src, 'layout')), false);
  });
});
