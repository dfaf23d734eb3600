/**
 * Runs the core's Node tests once per time zone of the matrix. Roadline's dates are wall-clock and
 * zone-less, so every zone must give the same results; the matrix includes half- and quarter-hour
 * offsets and both hemispheres' daylight-saving rules. `TZ_MATRIX=UTC,Asia/Kolkata` narrows it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const ZONES = (
  process.env.TZ_MATRIX ??
  'UTC,Asia/Kolkata,Asia/Kathmandu,America/Sao_Paulo,Australia/Sydney,America/New_York'
).split(',');
const root = resolve(import.meta.dirname, '..');
const testRoot = join(root, 'packages/core/test');
const only = process.argv.slice(2);

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const files = testFiles(testRoot)
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .map((f) => relative(root, f))
  .sort();
const tapDir = mkdtempSync(join(tmpdir(), 'roadline-core-tests-'));
let failedZones = 0;
let passed = 0;
let failed = 0;
for (const zone of ZONES) {
  console.log(`\n── core tests, TZ=${zone} (${files.length} files) ──`);
  const tap = join(tapDir, `${zone.replace('/', '-')}.tap`);
  const run = spawnSync(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      '--test',
      '--test-reporter=dot',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    { cwd: root, env: { ...process.env, TZ: zone }, stdio: 'inherit' },
  );
  const summary = readFileSync(tap, 'utf8');
  const count = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(summary)?.[1] ?? 0);
  passed += count('pass');
  failed += count('fail');
  console.log(`TZ=${zone}: ${count('pass')} passed, ${count('fail')} failed`);
  if (run.status !== 0) failedZones++;
}
rmSync(tapDir, { recursive: true, force: true });
console.log(`\ncore tests in ${ZONES.length - failedZones} of ${ZONES.length} time zones passed`);
console.log(`core: ${passed} passed, ${failed} failed`);
process.exit(failedZones ? 1 : 0);
