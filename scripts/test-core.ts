/**
 * Runs the core's Node tests once per time zone of the matrix. Roadline's dates are wall-clock and
 * zone-less, so every zone must give the same results; the matrix includes half- and quarter-hour
 * offsets and both hemispheres' daylight-saving rules. `TZ_MATRIX=UTC,Asia/Kolkata` narrows it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
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
// Zones run side by side, one per core (each zone's node --test runs its files one at a time on a
// two-core machine), their output printed whole when each finishes. CORE_TEST_JOBS overrides.
const jobs = Math.max(
  1,
  Number(process.env.CORE_TEST_JOBS) || Math.min(availableParallelism(), ZONES.length),
);

interface ZoneRun {
  zone: string;
  status: number | null;
  output: string;
}

function runZone(zone: string): Promise<ZoneRun> {
  const tap = join(tapDir, `${zone.replace('/', '-')}.tap`);
  const child = spawn(
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
    { cwd: root, env: { ...process.env, TZ: zone }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const chunks: Buffer[] = [];
  child.stdout.on('data', (c: Buffer) => chunks.push(c));
  child.stderr.on('data', (c: Buffer) => chunks.push(c));
  return new Promise((done) =>
    child.on('close', (status) => done({ zone, status, output: Buffer.concat(chunks).toString() })),
  );
}

let failedZones = 0;
let passed = 0;
let failed = 0;
const queue = [...ZONES];
async function worker(): Promise<void> {
  for (let zone = queue.shift(); zone !== undefined; zone = queue.shift()) {
    const run = await runZone(zone);
    const summary = readFileSync(join(tapDir, `${zone.replace('/', '-')}.tap`), 'utf8');
    const count = (name: string) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(summary)?.[1] ?? 0);
    passed += count('pass');
    failed += count('fail');
    console.log(`\n── core tests, TZ=${zone} (${files.length} files) ──\n${run.output.trimEnd()}`);
    console.log(`TZ=${zone}: ${count('pass')} passed, ${count('fail')} failed`);
    if (run.status !== 0) failedZones++;
  }
}
await Promise.all(Array.from({ length: jobs }, () => worker()));
rmSync(tapDir, { recursive: true, force: true });
console.log(`\ncore tests in ${ZONES.length - failedZones} of ${ZONES.length} time zones passed`);
console.log(`core: ${passed} passed, ${failed} failed`);
process.exit(failedZones ? 1 : 0);
