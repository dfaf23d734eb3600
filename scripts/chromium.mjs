/**
 * Finds a Chromium for the browser tests, smoke tests and benchmarks: `CHROME_PATH`, then a system
 * Chrome or Chromium on the PATH, then (as root on Debian or Ubuntu) installs Debian's `chromium`
 * with apt-get. Exits with a clear message when none can be had.
 *
 * As a module: `findChromium()` returns the path (installing if allowed). As a script
 * (`node scripts/chromium.mjs`), it prints the path.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

/** The flags Chromium needs here: headless as root, no sandbox, no network chatter. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath() {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of NAMES) {
      const candidate = join(dir, name);
      if (executable(candidate)) return candidate;
    }
  }
  return undefined;
}

function installWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status !== 0) return false;
  console.error(
    'roadline: no Chromium found; installing Debian\'s "chromium" with apt-get (about a minute)…',
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
      stdio: 'inherit',
      env,
    });
    return true;
  } catch {
    return false;
  }
}

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (executable(fromEnv)) return fromEnv;
    throw new Error(`roadline: CHROME_PATH is set to ${fromEnv}, which is not an executable file.`);
  }
  const found = onPath();
  if (found) return found;
  if (installWithApt()) {
    const installed = onPath();
    if (installed) return installed;
  }
  throw new Error(
    [
      'roadline: the browser tests need Chromium or Chrome, and none was found.',
      'Do one of these, then run the tests again:',
      '  - set CHROME_PATH to a Chrome or Chromium executable, or',
      '  - install one on the PATH (Debian/Ubuntu: sudo apt-get install chromium;',
      '    macOS: install Google Chrome and set CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome").',
    ].join('\n'),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    console.log(findChromium());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
