import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const executablePath = findChromium();

/**
 * `executeServerCommand('emulate-timezone', { zone })`: runs the page in another time zone (the
 * browser otherwise runs in the machine's), so a test can check what "today" is where the local
 * date and the UTC date differ. `zone: undefined` goes back to the machine's.
 */
const timezonePlugin = {
  name: 'emulate-timezone',
  async executeCommand({ command, payload, session }) {
    if (command !== 'emulate-timezone') return undefined;
    await session.browser.getPage(session.id).emulateTimezone(payload?.zone);
    return true;
  },
};

/**
 * papaparse (behind `@roadline/core/io/csv`) ships only a UMD build, which the dev server serves
 * as is: give it a CommonJS `module` to fill and export what it put there, as a bundler does.
 */
const papaparseEsm = {
  name: 'papaparse-esm',
  transform(context) {
    if (!/\/node_modules\/papaparse\/papaparse(\.min)?\.js$/.test(context.path)) return undefined;
    return {
      body: `const module = { exports: {} };\nconst exports = module.exports;\n${context.body}\nexport default module.exports;\n`,
    };
  },
};

/** Element and integration tests in a real Chromium, against the TypeScript sources. */
export default {
  files: ['packages/elements/test/**/*.test.ts', 'test/browser/**/*.test.ts'],
  nodeResolve: { exportConditions: ['source', 'browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.base.json' }),
    timezonePlugin,
    papaparseEsm,
  ],
  browsers: [chromeLauncher({ launchOptions: { executablePath, headless: true, args: CHROMIUM_ARGS } })],
  // One page at a time: only the focused page gets real keyboard input, and the suites use it.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  filterBrowserLogs: ({ args }) => !String(args[0] ?? '').includes('Lit is in dev mode'),
};
