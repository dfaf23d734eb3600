/**
 * The public shape of the built packages, as a user's bundler sees it: every `exports` target
 * exists, the manifest lists every element, registration happens only where `sideEffects` says,
 * and the React wrappers match the manifest. Needs `npm run build`.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const packages = ['core', 'elements', 'react'];
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const manifestOf = (name: string) =>
  JSON.parse(read(`packages/${name}/package.json`)) as Record<string, unknown>;

function targets(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets);
  return [];
}

const defined = readdirSync(join(root, 'packages/elements/src/define'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => f.replace(/\.ts$/, ''));

/** Core's view entries, `@roadline/core/views/<view>`: one per folder of `src/views`. */
const views = readdirSync(join(root, 'packages/core/src/views'), { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name);

/** What a `*` in an exports pattern stands for, per package: every name it must resolve. */
const wildcards: Record<string, string[]> = { core: views, elements: defined, react: [] };

describe('package shape', () => {
  for (const name of packages) {
    it(`@roadline/${name}: every exports target exists`, () => {
      const exportsMap = manifestOf(name).exports as Record<string, unknown>;
      for (const [key, value] of Object.entries(exportsMap)) {
        for (const target of targets(value)) {
          const concretes = target.includes('*')
            ? (wildcards[name] ?? []).map((w) => target.replaceAll('*', w))
            : [target];
          assert.ok(concretes.length > 0, `${name} exports ${key}: nothing for its * to stand for`);
          for (const concrete of concretes) {
            assert.ok(
              existsSync(join(root, 'packages', name, concrete)),
              `${name} exports ${key} → ${concrete}`,
            );
          }
        }
      }
    });
  }

  it('@roadline/core/views/<view> resolves to the built dist for a user (no source condition)', () => {
    assert.ok(views.length >= 4, `views: ${views.join(', ')}`);
    const script = `
      const out = {};
      for (const view of ${JSON.stringify(views)}) {
        const spec = '@roadline/core/views/' + view;
        const mod = await import(spec);
        out[view] = { url: import.meta.resolve(spec), names: Object.keys(mod) };
      }
      const rootEntry = await import('@roadline/core');
      out.root = { url: import.meta.resolve('@roadline/core'), names: Object.keys(rootEntry) };
      console.log(JSON.stringify(out));`;
    // Plain Node, as a user's runtime: no `source` condition, no TypeScript loader.
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
    const found = JSON.parse(result.stdout) as Record<string, { url: string; names: string[] }>;
    const rootNames = new Set(found.root?.names);
    for (const view of views) {
      const entry = found[view];
      assert.ok(entry, view);
      assert.match(entry.url, new RegExp(`/packages/core/dist/views/${view}/index\\.js$`));
      assert.ok(entry.names.length > 0, `views/${view} exports something`);
      for (const name of entry.names) assert.ok(!rootNames.has(name), `${name} is not also a root export`);
      assert.ok(
        existsSync(join(root, `packages/core/dist/views/${view}/index.d.ts`)),
        `views/${view} has types`,
      );
    }
    assert.ok(found.timeline?.names.includes('timeScale'));
    assert.ok(found.board?.names.includes('planBoardMove'));
    assert.ok(!rootNames.has('timeScale') && rootNames.has('createProject'));
  });

  it('the manifest documents every public element that is defined', () => {
    const manifest = JSON.parse(read('packages/elements/custom-elements.json')) as {
      modules: { exports?: { kind: string; name: string }[] }[];
    };
    const documented = new Set(
      manifest.modules.flatMap((m) =>
        (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => e.name),
      ),
    );
    for (const file of defined) {
      const source = read(`packages/elements/src/define/${file}.ts`);
      const tags = [...source.matchAll(/customElements\.define\('([^']+)'/g)].map((m) => m[1] ?? '');
      assert.ok(tags.length > 0, `define/${file} registers something`);
      // A define file registers one public element (documented, in the tag map) and maybe internal
      // parts of it, which are neither.
      const publicTags = tags.filter((tag) => source.includes(`'${tag}': `));
      assert.ok(publicTags.length > 0, `define/${file} declares its element in HTMLElementTagNameMap`);
      for (const tag of publicTags) assert.ok(documented.has(tag), `<${tag}> is in the manifest`);
      for (const tag of tags.filter((t) => !publicTags.includes(t))) {
        assert.ok(!documented.has(tag), `internal <${tag}> stays out of the manifest`);
      }
    }
  });

  it('only the registration entry points call customElements.define', () => {
    const sideEffects = manifestOf('elements').sideEffects as string[];
    assert.ok(sideEffects.includes('./dist/define/*.js') && sideEffects.includes('./dist/index.js'));
    const dist = join(root, 'packages/elements/dist');
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.js') ? [join(dir, e.name)] : [],
      );
    for (const file of walk(dist)) {
      if (file.endsWith('roadline.js') || file.endsWith('roadline.esm.js')) continue;
      const registers = readFileSync(file, 'utf8').includes('customElements.define(');
      const allowed = file.includes(`${join('dist', 'define')}`);
      assert.equal(
        registers,
        allowed,
        `${file.slice(root.length)} ${registers ? 'registers' : 'does not register'}`,
      );
    }
  });

  it('the library builds import only declared dependencies', () => {
    for (const name of packages) {
      const manifest = manifestOf(name);
      const declared = Object.keys({
        ...(manifest.dependencies as object),
        ...(manifest.peerDependencies as object),
      });
      const index = read(`packages/${name}/dist/index.js`);
      for (const match of index.matchAll(/from\s+"([^".][^"]*)"/g)) {
        const spec = match[1] ?? '';
        assert.ok(
          declared.some((d) => spec === d || spec.startsWith(`${d}/`)),
          `${name} imports undeclared ${spec}`,
        );
      }
    }
  });

  it('the React wrappers match the manifest', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gen-react.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    assert.equal(result.status, 0, result.stderr);
  });
});
