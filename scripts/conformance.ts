/**
 * `npm run conformance`: checks the scheduling engine against results other tools computed.
 *
 * - Every Microsoft Project XML file in `<shared>/mspdi`: import it (listing the warnings of what
 *   the import approximated), `schedule()` it, and compare each leaf task's start and finish (as
 *   working-time instants on the task's calendar, so 17:00 and the next working morning's 08:00
 *   are the same moment), total slack and critical flag with what Project stored in the file.
 * - Every PSPLIB instance in `<shared>/psplib/j30`: build the network (durations in days on a
 *   seven-day, whole-day calendar, FS links), schedule it, and compare the project length with
 *   the instance's `MPM-Time`.
 *
 * `<shared>` is `ROADLINE_SHARED_DATA`, else `../shared/data` beside the repository. The files are
 * read in place, never copied. Values that come from features Roadline documents as not modelled
 * (see `docs/scheduling.md`, "Conformance with Microsoft Project") are listed as known differences;
 * any other mismatch fails the run (exit code 1).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type MSProjectTaskFacts, readMSProjectScheduleFacts } from '../packages/core/src/io/mspdi/facts.js';
import { importMSProjectXML } from '../packages/core/src/io/mspdi/read.js';
import type { CalendarData, ProjectData, ScheduledTask, Task } from '../packages/core/src/model/types.js';
import { schedule } from '../packages/core/src/schedule/index.js';
import { WorkCalendar } from '../packages/core/src/time/calendar.js';
import { parseWallTime } from '../packages/core/src/time/wall-time.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const shared = resolve(process.env.ROADLINE_SHARED_DATA ?? join(repoRoot, '..', 'shared', 'data'));

type Column = 'start' | 'finish' | 'totalSlack' | 'critical';
const COLUMNS: Column[] = ['start', 'finish', 'totalSlack', 'critical'];

interface Mismatch {
  file: string;
  task: string;
  column: Column | 'length';
  expected: string;
  got: string;
}

interface KnownDifference {
  file: string;
  task: string;
  reason: string;
}

/**
 * Why Project's value for a task comes from a feature Roadline does not model, if it does. None
 * at present: resource-driven tasks (assignments with units and work on resource calendars) are
 * compared like any other since Roadline schedules them as Project does.
 */
function notModelled(_facts: MSProjectTaskFacts): string | undefined {
  return undefined;
}

function calendars(data: ProjectData): (task: Task) => WorkCalendar {
  const project = WorkCalendar.from(data.calendar);
  const byId = new Map<string, WorkCalendar>();
  for (const c of data.calendars ?? []) if (c.id !== undefined) byId.set(c.id, WorkCalendar.from(c));
  return (task) => (task.calendarId === undefined ? project : (byId.get(task.calendarId) ?? project));
}

function sameInstant(calendar: WorkCalendar, a: string | undefined, b: string | undefined): boolean {
  const ma = a === undefined ? undefined : parseWallTime(a);
  const mb = b === undefined ? undefined : parseWallTime(b);
  if (ma === undefined || mb === undefined) return ma === mb;
  return calendar.position(ma) === calendar.position(mb);
}

function compareTask(
  calendar: WorkCalendar,
  facts: MSProjectTaskFacts,
  got: ScheduledTask | undefined,
): Map<Column, [string, string] | undefined> {
  const out = new Map<Column, [string, string] | undefined>();
  const show = (v: unknown) => (v === undefined ? '(none)' : String(v));
  const check = (column: Column, ok: boolean, expected: unknown, actual: unknown) =>
    out.set(column, ok ? undefined : [show(expected), show(actual)]);
  check('start', sameInstant(calendar, facts.start, got?.start), facts.start, got?.start);
  check('finish', sameInstant(calendar, facts.finish, got?.end), facts.finish, got?.end);
  check('totalSlack', facts.totalSlack === got?.totalSlack, facts.totalSlack, got?.totalSlack);
  check('critical', facts.critical === got?.critical, facts.critical, got?.critical);
  return out;
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function checkMspdi(
  dir: string,
  mismatches: Mismatch[],
  known: KnownDifference[],
  approximated: string[],
): { tasks: number; matched: number } {
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.xml'))
        .sort()
    : [];
  console.log(`\nMicrosoft Project XML (${dir})`);
  console.log(`${pad('file', 52)}${pad('leaves', 8)}${COLUMNS.map((c) => pad(c, 12)).join('')}`);
  let total = 0;
  let matched = 0;
  for (const file of files) {
    const xml = readFileSync(join(dir, file), 'utf8');
    const { data, issues } = importMSProjectXML(xml);
    for (const issue of issues)
      approximated.push(`${file}: ${issue.code} (${issue.tasks?.length ?? 0} task(s))`);
    const facts = readMSProjectScheduleFacts(xml);
    const calendarOf = calendars(data);
    const leaves = facts.tasks.filter((t) => !t.summary);
    const reasons = new Map<string, string>();
    for (const leaf of leaves) {
      const reason = notModelled(leaf);
      if (reason) reasons.set(leaf.id, reason);
    }
    const result = schedule(data);
    const counts = new Map<Column, number>(COLUMNS.map((c) => [c, 0]));
    for (const leaf of leaves) {
      const task = data.tasks.find((t) => t.id === leaf.id);
      const calendar = task ? calendarOf(task) : WorkCalendar.from(data.calendar);
      const diffs = compareTask(calendar, leaf, result.tasks.get(leaf.id));
      let all = true;
      for (const column of COLUMNS) {
        const diff = diffs.get(column);
        if (!diff) {
          counts.set(column, (counts.get(column) ?? 0) + 1);
          continue;
        }
        all = false;
        const label = `task ${leaf.uid} ${JSON.stringify(leaf.name)}`;
        if (reasons.has(leaf.id)) continue;
        mismatches.push({ file, task: label, column, expected: diff[0], got: diff[1] });
      }
      const reason = reasons.get(leaf.id);
      if (reason)
        known.push({
          file,
          task: `task ${leaf.uid} ${JSON.stringify(leaf.name)}`,
          reason: `${reason}${all ? ' (matches with Project\u2019s duration)' : ''}`,
        });
      total++;
      if (all) matched++;
    }
    const cells = COLUMNS.map((c) => pad(`${counts.get(c)}/${leaves.length}`, 12)).join('');
    console.log(`${pad(basename(file), 52)}${pad(String(leaves.length), 8)}${cells}`);
  }
  return { tasks: total, matched };
}

interface PsplibInstance {
  jobs: Map<number, { duration: number; successors: number[] }>;
  mpmTime: number;
}

/** Parses a PSPLIB single-mode `.sm` file: precedence relations, durations and `MPM-Time`. */
function parsePsplib(text: string, file: string): PsplibInstance {
  const lines = text.split(/\r?\n/);
  const jobs = new Map<number, { duration: number; successors: number[] }>();
  let mpmTime = Number.NaN;
  let section = '';
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line.startsWith('PROJECT INFORMATION')) section = 'info';
    else if (line.startsWith('PRECEDENCE RELATIONS')) section = 'precedence';
    else if (line.startsWith('REQUESTS/DURATIONS')) section = 'durations';
    else if (line.startsWith('RESOURCEAVAILABILITIES') || line.startsWith('*'))
      section = line.startsWith('*') ? section : '';
    if (!/^\d/.test(line)) continue;
    const numbers = line.split(/\s+/).map(Number);
    if (section === 'info') mpmTime = numbers[5] ?? Number.NaN;
    else if (section === 'precedence') {
      const [job = 0, , count = 0, ...rest] = numbers;
      jobs.set(job, { duration: 0, successors: rest.slice(0, count) });
    } else if (section === 'durations') {
      const [job = 0, , duration = 0] = numbers;
      const entry = jobs.get(job);
      if (entry) entry.duration = duration;
    }
  }
  if (!Number.isFinite(mpmTime) || jobs.size === 0) throw new Error(`${file}: not a PSPLIB single-mode file`);
  return { jobs, mpmTime };
}

const EVERY_DAY: CalendarData = { id: 'every-day', name: 'Every day', workingDays: [0, 1, 2, 3, 4, 5, 6] };

function psplibProject(instance: PsplibInstance, name: string): ProjectData {
  const tasks: Task[] = [];
  const dependencies: NonNullable<ProjectData['dependencies']> = [];
  for (const [job, { duration, successors }] of instance.jobs) {
    const task: Task = { id: String(job), name: `Job ${job}`, duration, durationUnit: 'day' };
    if (duration === 0) task.type = 'milestone';
    tasks.push(task);
    for (const s of successors)
      dependencies.push({ id: `${job}-${s}`, from: String(job), to: String(s), type: 'FS' });
  }
  return { id: name, name, start: '2026-01-01', calendar: EVERY_DAY, tasks, dependencies };
}

function checkPsplib(dir: string, mismatches: Mismatch[]): { instances: number; matched: number } {
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.sm'))
        .sort()
    : [];
  let matched = 0;
  for (const file of files) {
    const instance = parsePsplib(readFileSync(join(dir, file), 'utf8'), file);
    const result = schedule(psplibProject(instance, file));
    const length = ((parseWallTime(result.end) ?? 0) - (parseWallTime(result.start) ?? 0)) / 1440;
    if (length === instance.mpmTime) matched++;
    else
      mismatches.push({
        file,
        task: 'project',
        column: 'length',
        expected: `${instance.mpmTime} days`,
        got: `${length} days`,
      });
  }
  console.log(`\nPSPLIB j30 (${dir})\n  project length = MPM-Time: ${matched}/${files.length}`);
  return { instances: files.length, matched };
}

function main(): number {
  if (!existsSync(shared)) {
    console.error(
      `No shared data at ${shared}; set ROADLINE_SHARED_DATA to the folder with mspdi/ and psplib/.`,
    );
    return 1;
  }
  const mismatches: Mismatch[] = [];
  const known: KnownDifference[] = [];
  const approximated: string[] = [];
  const mspdi = checkMspdi(join(shared, 'mspdi'), mismatches, known, approximated);
  const psplib = checkPsplib(join(shared, 'psplib', 'j30'), mismatches);
  if (approximated.length > 0) {
    console.log(
      '\nImported as the closest equivalent (importMSProjectXML warnings; the values are still compared):',
    );
    for (const a of approximated) console.log(`  ${a}`);
  }
  if (known.length > 0) {
    console.log('\nKnown differences (features documented as not modelled; their values are not compared):');
    for (const k of known) console.log(`  ${k.file} ${k.task}: ${k.reason}`);
  }
  if (mismatches.length > 0) {
    console.log('\nMismatches:');
    for (const m of mismatches)
      console.log(`  ${m.file} ${m.task} ${m.column}: expected ${m.expected}, got ${m.got}`);
  }
  const mspdiCompared = mspdi.tasks - known.length;
  const mspdiMatched = mspdi.matched - known.filter((k) => k.reason.endsWith('duration)')).length;
  console.log(
    `\nSummary: MSPDI leaf tasks fully matching ${mspdiMatched}/${mspdiCompared} (plus ${known.length} known difference(s)); ` +
      `PSPLIB ${psplib.matched}/${psplib.instances}.`,
  );
  const failed = new Set(mismatches.map((m) => `${m.file}\u0000${m.task}`)).size;
  console.log(`conformance: ${mspdiMatched + psplib.matched} passed, ${failed} failed`);
  return mismatches.length === 0 ? 0 : 1;
}

process.exitCode = main();
