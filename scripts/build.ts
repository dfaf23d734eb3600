/**
 * `npm run build`: each package's ESM build and `.d.ts`, the React wrappers, and the script-tag
 * bundle `roadline.js` (IIFE, every dependency inlined, exposes `window.Roadline`) with its ESM twin.
 * Pass target names to build only some: `core`, `elements`, `bundle`, `react`, `collab`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type InlineConfig, mergeConfig } from 'vite';
import { THEMES, themeCss } from '../packages/elements/src/styles/tokens.js';
import { sharedConfig } from '../vite.config.js';

const root = resolve(import.meta.dirname, '..');
const pkg = (name: string) => join(root, 'packages', name);

/** The package's declared dependencies: these stay imports; anything else (helpers) is inlined. */
function isDependencyOf(dir: string): (id: string) => boolean {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Record<
    string,
    Record<string, string>
  >;
  const names = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies });
  return (id) => names.some((name) => id === name || id.startsWith(`${name}/`));
}

/** An ESM library build that keeps one output file per source module, dependencies external. */
function libraryConfig(name: string, entries: Record<string, string>): InlineConfig {
  const dir = pkg(name);
  return mergeConfig(sharedConfig, {
    configFile: false,
    root: dir,
    build: {
      outDir: join(dir, 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: true,
      minify: false,
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: {
        external: isDependencyOf(dir),
        output: { preserveModules: true, preserveModulesRoot: join(dir, 'src'), entryFileNames: '[name].js' },
      },
    },
  } satisfies InlineConfig);
}

function bundleConfig(format: 'iife' | 'es', fileName: string): InlineConfig {
  const dir = pkg('elements');
  // One file cannot split: the script-tag bundle loads translations beyond English from the
  // package's `i18n/locales/<tag>.js` beside it instead of inlining all of them.
  const loaders = join(dir, 'src/i18n/locale-loaders.ts');
  const scriptLoaders = join(dir, 'src/i18n/locale-loaders-script.ts');
  return mergeConfig(sharedConfig, {
    configFile: false,
    root: dir,
    plugins:
      format === 'iife'
        ? [
            {
              name: 'roadline-script-locales',
              enforce: 'pre' as const,
              async resolveId(source: string, importer: string | undefined) {
                if (!importer || !source.endsWith('locale-loaders.js')) return null;
                const resolved = join(importer, '..', source.replace(/\.js$/, '.ts'));
                return resolved === loaders ? scriptLoaders : null;
              },
            },
          ]
        : [],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: join(dir, 'dist'),
      emptyOutDir: false,
      target: 'es2022',
      sourcemap: true,
      lib: {
        entry: join(dir, 'src/bundle.ts'),
        name: 'Roadline',
        formats: [format],
        fileName: () => fileName,
      },
      // ROADLINE_MINIFY=0 keeps names readable in a CPU profile (never for a release).
      rolldownOptions: { output: { minify: process.env.ROADLINE_MINIFY !== '0' } },
    },
  } satisfies InlineConfig);
}

/** `dist/themes/<theme>.css`: each theme's tokens as a file a host links (`themeCss`'s text). */
function themeFiles(): void {
  const dir = join(pkg('elements'), 'dist/themes');
  mkdirSync(dir, { recursive: true });
  for (const theme of THEMES) writeFileSync(join(dir, `${theme}.css`), themeCss(theme));
}

function declarations(name: string): void {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(pkg(name), 'tsconfig.build.json')],
    {
      stdio: 'inherit',
    },
  );
}

const defineEntries = Object.fromEntries(
  readdirSync(join(pkg('elements'), 'src/define'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [`define/${f.replace(/\.ts$/, '')}`, join(pkg('elements'), 'src/define', f)]),
);

/** Core's per-view subpath entries, `@roadline/core/views/<view>`: one folder per view under `src/views`. */
const viewEntries = Object.fromEntries(
  readdirSync(join(pkg('core'), 'src/views'), { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => [`views/${e.name}/index`, `src/views/${e.name}/index.ts`]),
);

const targets: Record<string, () => Promise<void>> = {
  async core() {
    await build(
      libraryConfig('core', {
        index: 'src/index.ts',
        'testing/index': 'src/testing/index.ts',
        'io/csv/index': 'src/io/csv/index.ts',
        'io/xlsx/index': 'src/io/xlsx/index.ts',
        ...viewEntries,
      }),
    );
    declarations('core');
  },
  async elements() {
    await build(
      libraryConfig('elements', {
        index: 'src/index.ts',
        classes: 'src/classes.ts',
        'i18n/index': 'src/i18n/index.ts',
        ...defineEntries,
      }),
    );
    declarations('elements');
    themeFiles();
  },
  async bundle() {
    await build(bundleConfig('iife', 'roadline.js'));
    await build(bundleConfig('es', 'roadline.esm.js'));
  },
  async react() {
    // Wrappers left out of the index (see STANDALONE in gen-react.ts) are entries of their own.
    await build(
      libraryConfig('react', {
        index: 'src/index.ts',
        'rl-network': 'src/rl-network.ts',
        'rl-automations': 'src/rl-automations.ts',
      }),
    );
    declarations('react');
  },
  /** `@roadline/collab`: the client (`connect`), the server (`./server`) and the `roadline-collab` CLI. */
  async collab() {
    const config = libraryConfig('collab', {
      index: 'src/index.ts',
      'server/index': 'src/server/index.ts',
      'server/cli': 'src/server/cli.ts',
    });
    // The server runs on Node: its `node:` imports stay imports.
    const dependency = isDependencyOf(pkg('collab'));
    await build(
      mergeConfig(config, {
        build: { rolldownOptions: { external: (id: string) => id.startsWith('node:') || dependency(id) } },
      }),
    );
    declarations('collab');
  },
};

const wanted = process.argv.slice(2);
for (const name of wanted.length ? wanted : Object.keys(targets)) {
  const target = targets[name];
  if (!target) throw new Error(`build: unknown target ${name}; known: ${Object.keys(targets).join(', ')}`);
  const t0 = performance.now();
  if (name !== 'bundle') rmSync(join(pkg(name), 'dist'), { recursive: true, force: true });
  await target();
  console.log(`built ${name} in ${Math.round(performance.now() - t0)} ms`);
}
