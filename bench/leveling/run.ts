/**
 * The leveling benchmark (`npm run bench:leveling`):
 * 1. PSPLIB J30 (`../shared/data/psplib`, read at run time, never committed): every instance
 *    mapped to a project (`psplibProject`), leveled through the public `level()`, checked by
 *    `levelingViolations` (links kept, nobody over max units), makespan against the optimum of
 *    `j30hrs.sm`; prints feasibility, mean and worst gap, optimal count, ms per instance.
 * 2. Synthetic J120-like instances (120 jobs, 4 resources, seeded) to show the search scales:
 *    makespan against the lower bound and ms.
 * 3. A generated 10 000-task project with 50 people (links of all types with lags, constraints),
 *    through `level()` and through the store as the Gantt's "Level" runs it (`project.level()`:
 *    the solver, then every delay written as one undo step).
 * `LEVELING_LIMIT=48` runs an evenly spread subset of J30; `PSPLIB_DIR` moves the data folder;
 * `LEVELING_CASES=large` (or `j30,j120`) runs only those parts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProject, level, schedule, solveRcpsp } from '../../packages/core/src/index.js';
import { generateProject } from '../../packages/core/src/testing/generate.js';
import { levelingViolations, wallMinutes } from '../../packages/core/src/testing/leveling-check.js';
import { parsePsplib, parsePsplibSolutions, psplibProject } from '../../packages/core/src/testing/psplib.js';
import { createRandom } from '../../packages/core/src/testing/random.js';

const dir = process.env.PSPLIB_DIR ?? join(import.meta.dirname, '../../../shared/data/psplib');
const fmt = (x: number, d = 1): string => x.toFixed(d);
/** CPU milliseconds of this process since `c0`: on a shared machine, closer to the cost than wall time. */
const cpuMs = (c0: NodeJS.CpuUsage): number => {
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
};
const percentile = (xs: number[], p: number): number => {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
};

function j30(): void {
  if (!existsSync(join(dir, 'j30'))) {
    console.log(`J30: skipped, no PSPLIB data at ${dir}`);
    return;
  }
  const optimum = parsePsplibSolutions(readFileSync(join(dir, 'j30hrs.sm'), 'utf8'));
  const files = readdirSync(join(dir, 'j30'))
    .filter((f) => f.endsWith('.sm'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const limit = Number(process.env.LEVELING_LIMIT ?? files.length);
  const step = Math.max(1, Math.floor(files.length / limit));
  // Warm the JIT on one instance so the first timing is not the compiler's.
  level(psplibProject(parsePsplib(readFileSync(join(dir, 'j30', files[0] as string), 'utf8'))));
  let count = 0;
  let feasible = 0;
  let optimal = 0;
  let gapSum = 0;
  let worst = 0;
  let worstName = '';
  const times: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < files.length && count < limit; k += step) {
    const file = files[k] as string;
    const data = psplibProject(parsePsplib(readFileSync(join(dir, 'j30', file), 'utf8')));
    const best = optimum.get(file.replace(/^j30/, '').replace(/\.sm$/, '')) as number;
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const result = level(data);
    times.push(performance.now() - t0);
    cpu.push(cpuMs(c0));
    const v = levelingViolations(data, result.tasks);
    if (v.links.length === 0 && v.overloads.length === 0 && result.overallocations.length === 0) feasible++;
    const makespan = (wallMinutes(result.end) - wallMinutes(data.start as string)) / 1440;
    const gap = (makespan - best) / best;
    gapSum += gap;
    if (gap > worst) {
      worst = gap;
      worstName = `${file} ${makespan} vs ${best}`;
    }
    if (makespan === best) optimal++;
    count++;
  }
  const total = times.reduce((a, b) => a + b, 0);
  console.log(
    `J30 (${count} instances): feasible ${feasible}/${count}, optimal ${optimal}, mean gap ${fmt((100 * gapSum) / count, 3)} %, ` +
      `worst gap ${fmt(100 * worst, 2)} % (${worstName}); ms per instance mean ${fmt(total / count)}, ` +
      `p95 ${fmt(percentile(times, 0.95))}, max ${fmt(Math.max(...times))}; CPU ms mean ${fmt(cpu.reduce((a, b) => a + b, 0) / count)}, ` +
      `p95 ${fmt(percentile(cpu, 0.95))}, max ${fmt(Math.max(...cpu))}`,
  );
}

/** A J120-like instance: 120 jobs, 1–3 successors each towards later jobs, 4 resources. */
function syntheticJ120(seed: number) {
  const random = createRandom(seed);
  const n = 122;
  const durations = Array.from({ length: n }, (_, j) => (j === 0 || j === n - 1 ? 0 : random.int(1, 10)));
  const precedences: { from: number; to: number; distance: number }[] = [];
  const hasPred = new Uint8Array(n);
  for (let j = 1; j < n - 1; j++) {
    const count = random.int(1, 3);
    for (let c = 0; c < count; c++) {
      const to = Math.min(n - 2, j + random.int(1, 20));
      if (to === j || precedences.some((p) => p.from === j && p.to === to)) continue;
      precedences.push({ from: j, to, distance: durations[j] as number });
      hasPred[to] = 1;
    }
    if (!precedences.some((p) => p.from === j))
      precedences.push({ from: j, to: n - 1, distance: durations[j] as number });
  }
  for (let j = 1; j < n - 1; j++) if (!hasPred[j]) precedences.push({ from: 0, to: j, distance: 0 });
  const capacities = [0, 0, 0, 0].map(() => random.int(10, 20));
  const demands = durations.map((d) =>
    d === 0
      ? []
      : capacities.flatMap((_, resource) =>
          random.chance(0.5) ? [{ resource, amount: random.int(1, 10) }] : [],
        ),
  );
  return { durations, capacities, demands, precedences };
}

function j120(): void {
  for (const seed of [1, 2, 3]) {
    const problem = syntheticJ120(seed);
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const r = solveRcpsp(problem);
    const ms = performance.now() - t0;
    const cpu = cpuMs(c0);
    console.log(
      `J120-like #${seed} (solveRcpsp): makespan ${r.makespan}, lower bound ${r.lowerBound}, ` +
        `${r.schedules} schedules, stopped by ${r.stoppedBy}, ${fmt(ms)} ms (CPU ${fmt(cpu)} ms)`,
    );
  }
}

function large(): void {
  const data = generateProject({ tasks: 10_000, people: 50, linkTypes: true, lags: true, constraints: true });
  level(data);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = level(data);
  const ms = performance.now() - t0;
  const cpu = cpuMs(c0);
  const v = levelingViolations(data, result.tasks);
  const delayed = {
    ...data,
    tasks: data.tasks.map((t) => ({
      ...t,
      levelingDelay: result.tasks.get(t.id)?.levelingDelay || undefined,
    })),
  };
  const before = schedule(data);
  const after = schedule(delayed);
  console.log(
    `10 000 tasks, 50 people (second run): ${fmt(ms)} ms (CPU ${fmt(cpu)} ms), finish ${before.end} → ${result.end}, ` +
      `${result.overallocations.length} over-allocations left (the independent check finds ${v.overloads.length} overloaded instants); ` +
      `hard constraints beating a link (the generator's own SNLT/FNLT): ${before.conflicts.length} before, ${after.conflicts.length} after`,
  );
}

/** The Gantt's "Level": `project.level()` on a store of the same project, solver loaded first. */
async function store(): Promise<void> {
  const data = generateProject({ tasks: 10_000, people: 50, linkTypes: true, lags: true, constraints: true });
  await createProject(data).level();
  const project = createProject(data);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await project.level();
  const ms = performance.now() - t0;
  const cpu = cpuMs(c0);
  const delayed = project.tasks().filter((t) => (t.levelingDelay ?? 0) > 0).length;
  console.log(
    `10 000 tasks, 50 people, project.level() (the Gantt's "Level", second run): ${fmt(ms)} ms (CPU ${fmt(cpu)} ms), ` +
      `${delayed} tasks delayed, one undo step: ${project.canUndo}`,
  );
}

const cases = (process.env.LEVELING_CASES ?? 'j30,j120,large').split(',');
if (cases.includes('j30')) j30();
if (cases.includes('j120')) j120();
if (cases.includes('large')) {
  large();
  await store();
}
