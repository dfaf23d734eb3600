/**
 * `npm run bench:collab [-- edit join big crowd]`: the collaboration benchmarks of issue 14, on a
 * real `roadline-collab` process with real sockets on loopback (docs/performance.md,
 * "Collaboration"). Every client runs in this one process: what a figure includes is said beside
 * it. `COLLAB_CROWD_SECONDS` shortens the 50-client run (default 60), `COLLAB_CROWD_TASKS` sets its
 * room's size (default 200: every client runs in this process, so each edit is applied 49 times on one core).
 * `COLLAB_BIG_TASKS` sizes the `big` room (default 100,000); `COLLAB_PROFILE=file.cpuprofile`
 * writes a CPU profile of its hot join (this process: the joining client).
 */
import { type ChangeBatch, createProject, type ProjectData } from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import {
  type BenchClient,
  client,
  cpuOf,
  load,
  ownCpu,
  fmt,
  mb,
  memoryOf,
  percentile,
  removeDir,
  sizeOnDisk,
  sleep,
  startServer,
  until,
} from './harness.js';

/** Edits timed in the 10k room (`COLLAB_EDITS`, default 200). */
const EDITS = Number(process.env.COLLAB_EDITS ?? 200);

function room(tasks: number, seed: number): ProjectData {
  const data = generateProject({ tasks, seed, people: 20, statuses: true });
  // A few assignments with units, so the room carries every entity kind it can hold.
  const assignments = data.tasks
    .filter((_, i) => i % 10 === 3)
    .map((t, i) => ({ taskId: t.id, personId: `p${(i % 20) + 1}`, units: 50 }));
  return { ...data, assignments };
}

const began = performance.now();
/** A progress line on stderr (a long run on a loaded machine shows where it is). */
function progress(what: string, watch?: BenchClient): void {
  console.error(`[${((performance.now() - began) / 1000).toFixed(1)} s] ${what}`);
  watch?.session.on('status', (s) => progress(`  status ${s}`));
}

function summary(label: string, values: readonly number[]): string {
  return `${label}: n=${values.length} p50 ${fmt(percentile(values, 50))} p95 ${fmt(percentile(values, 95))} max ${fmt(percentile(values, 100))}`;
}

/** Waits for a remote batch on `to` that touches task `id`; resolves with when it came. */
function arrival(to: BenchClient, id: string): Promise<number> {
  return new Promise((done) => {
    const off = to.project.subscribe((batch: ChangeBatch) => {
      if (batch.origin !== 'remote' || !batch.operations.some((op) => op.id === id)) return;
      off();
      done(performance.now());
    });
  });
}

async function editAndJoin(): Promise<void> {
  const server = await startServer();
  try {
    const data = room(10_000, 11);
    console.log(
      `10k room: ${data.tasks.length} tasks, ${data.dependencies?.length} links, ${data.assignments?.length} assignments`,
    );
    const t0 = performance.now();
    const a = client(server.url, 'ten-k', data);
    await a.session.whenSynced();
    console.log(`seed (first client, room empty): ${fmt(performance.now() - t0)}`);
    const b = client(server.url, 'ten-k');
    progress('second client joining', b);
    await b.session.whenSynced();
    progress('second client synced');
    const ids = a.project.wbsOrder().filter((id) => !a.project.isSummary(id));
    // Edit → the other client's store (B's remote batch applied and scheduled): names and durations.
    const latency: number[] = [];
    const names: number[] = [];
    const durations: number[] = [];
    let cpu0 = 0;
    let serverCpu0 = 0;
    for (let i = 0; i < EDITS + 20; i++) {
      if (i === 20) {
        cpu0 = ownCpu();
        serverCpu0 = cpuOf(server.pid);
      }
      const id = ids[(i * 7919) % ids.length] as string;
      const came = arrival(b, id);
      const sent = performance.now();
      if (i % 2 === 0) a.project.updateTask(id, { name: `edit ${i}` });
      // A different duration each time (an equal one is no change, and nothing would arrive).
      else a.project.updateTask(id, { duration: (a.project.task(id)?.duration ?? 1) + 1 });
      const ms = (await came) - sent;
      if (i >= 20) {
        latency.push(ms);
        (i % 2 === 0 ? names : durations).push(ms);
      }
      await sleep(10);
    }
    console.log(summary(`edit → other store, 10k room (${EDITS} edits after 20 warm-up)`, latency));
    console.log(
      `  CPU per edit: both clients ${fmt((ownCpu() - cpu0) / EDITS)}, server ${fmt((cpuOf(server.pid) - serverCpu0) / EDITS)} (load ${load()})`,
    );
    console.log(`  ${summary('names', names)}`);
    console.log(`  ${summary('durations (reschedule)', durations)}`);
    // Join: connect, sync, store loaded (whenSynced resolves once the store shows the room).
    const joins: number[] = [];
    const joinCpu: number[] = [];
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      const cpu = ownCpu();
      const serverCpu = cpuOf(server.pid);
      const c = client(server.url, 'ten-k');
      await c.session.whenSynced();
      joins.push(performance.now() - start);
      joinCpu.push(ownCpu() - cpu + cpuOf(server.pid) - serverCpu);
      if (c.project.tasks().length !== a.project.tasks().length) throw new Error('join: store incomplete');
      c.session.disconnect();
      await sleep(200);
    }
    console.log(
      `${summary('join 10k room (hot on the server)', joins.slice(1))} (first: ${fmt(joins[0] as number)})`,
    );
    console.log(`  ${summary('CPU of a join, client + server', joinCpu.slice(1))} (load ${load()})`);
    a.session.disconnect();
    b.session.disconnect();
    console.log(
      `server memory: rss ${memoryOf(server.pid).rss.toFixed(0)} MB, peak ${memoryOf(server.pid).peak.toFixed(0)} MB`,
    );
  } finally {
    await server.stop();
    removeDir(server.dir);
  }
}

async function big(): Promise<void> {
  const tasks = Number(process.env.COLLAB_BIG_TASKS ?? 100_000);
  const label = `${tasks >= 1000 ? `${Math.round(tasks / 1000)}k` : tasks} room`;
  // A 100k room's first write is one ~30 MB message: above the default 8 MB limit, so raised here.
  const server = await startServer(['--max-message', String(128 * 1024 * 1024)]);
  let restarted: Awaited<ReturnType<typeof startServer>> | undefined;
  try {
    const data = room(tasks, 12);
    const json = JSON.stringify(createProject(data, { scheduler: false }).toJSON()).length;
    console.log(
      `${label}: ${data.tasks.length} tasks, ${data.dependencies?.length} links, ${data.assignments?.length} assignments; toJSON() ${mb(json)}`,
    );
    let start = performance.now();
    let cpu = ownCpu();
    let serverCpu = cpuOf(server.pid);
    const a = client(server.url, 'big', data);
    await a.session.whenSynced();
    // whenSynced means the store shows the room; the seed itself (one message of about 1.3 ×
    // toJSON()) is on its way until the server acknowledges it.
    await until(() => !unsynced(a), 'the server to acknowledge the seed', 1_200_000);
    console.log(
      `${label}: seed (first client, room empty) ${fmt(performance.now() - start)}, CPU client ${fmt(ownCpu() - cpu)} + server ${fmt(cpuOf(server.pid) - serverCpu)} (load ${load()})`,
    );
    start = performance.now();
    cpu = ownCpu();
    serverCpu = cpuOf(server.pid);
    const profile = process.env.COLLAB_PROFILE ? await startProfile() : undefined;
    const b = client(server.url, 'big');
    await b.session.whenSynced();
    const joinWall = performance.now() - start;
    const joinCpu = ownCpu() - cpu;
    await profile?.(process.env.COLLAB_PROFILE as string);
    if (b.project.tasks().length !== data.tasks.length) throw new Error(`${label} join: store incomplete`);
    console.log(
      `${label}: join (hot) ${fmt(joinWall)}, CPU client ${fmt(joinCpu)} + server ${fmt(cpuOf(server.pid) - serverCpu)} (load ${load()})`,
    );
    const edits: number[] = [];
    const editCpu: number[] = [];
    const ids = a.project.wbsOrder().filter((id) => !a.project.isSummary(id));
    for (let i = 0; i < 10; i++) {
      const id = ids[(i * 7919) % ids.length] as string;
      const came = arrival(b, id);
      const sent = performance.now();
      const c0 = ownCpu();
      a.project.updateTask(id, { name: `edited ${i}` });
      edits.push((await came) - sent);
      editCpu.push(ownCpu() - c0);
      await sleep(20);
    }
    console.log(
      `${summary(`${label}: edit → other store`, edits)}; CPU both clients p50 ${fmt(percentile(editCpu, 50))} (load ${load()})`,
    );
    console.log(
      `server memory: rss ${memoryOf(server.pid).rss.toFixed(0)} MB, peak ${memoryOf(server.pid).peak.toFixed(0)} MB`,
    );
    a.session.disconnect();
    b.session.disconnect();
    await sleep(500);
    await server.stop();
    const disk = sizeOnDisk(server.dir);
    console.log(
      `${label} on disk (LevelDB dir after SIGTERM): ${mb(disk)}; toJSON() ${mb(json)}; ratio ${(disk / json).toFixed(2)}× (target ≤ 2×)`,
    );
    restarted = await startServer(['--data', server.dir]);
    start = performance.now();
    cpu = ownCpu();
    serverCpu = cpuOf(restarted.pid);
    const c = client(restarted.url, 'big');
    await c.session.whenSynced();
    if (c.project.tasks().length !== data.tasks.length)
      throw new Error(`${label} cold join: store incomplete`);
    console.log(
      `${label}: join (cold: the server loads it from disk) ${fmt(performance.now() - start)}, CPU client ${fmt(ownCpu() - cpu)} + server ${fmt(cpuOf(restarted.pid) - serverCpu)} (load ${load()})`,
    );
    c.session.disconnect();
  } finally {
    await server.stop();
    await restarted?.stop();
    removeDir(server.dir);
  }
}

/** Starts the V8 profiler of this process; the function it resolves with writes the profile. */
async function startProfile(): Promise<(file: string) => Promise<void>> {
  const { Session } = await import('node:inspector/promises');
  const { writeFileSync } = await import('node:fs');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return async (file) => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
    console.error(`CPU profile of the join written to ${file}`);
  };
}

async function crowd(): Promise<void> {
  const seconds = Number(process.env.COLLAB_CROWD_SECONDS ?? 60);
  const tasks = Number(process.env.COLLAB_CROWD_TASKS ?? 200);
  const count = 50;
  const server = await startServer();
  try {
    const first = client(server.url, 'crowd', room(tasks, 13));
    await first.session.whenSynced();
    const all: BenchClient[] = [first];
    for (let i = 1; i < count; i++) all.push(client(server.url, 'crowd'));
    await Promise.all(all.map((c) => c.session.whenSynced()));
    const ids = first.project.wbsOrder().filter((id) => !first.project.isSummary(id));
    const sentAt = new Map<string, number>();
    const latency: number[] = [];
    for (const c of all) {
      c.project.subscribe((batch) => {
        if (batch.origin !== 'remote') return;
        const now = performance.now();
        for (const op of batch.operations) {
          const name = (op.after as { name?: string } | undefined)?.name;
          const at = name === undefined ? undefined : sentAt.get(name);
          if (at !== undefined) latency.push(now - at);
        }
      });
    }
    let peak = 0;
    const memory = setInterval(() => {
      peak = Math.max(peak, memoryOf(server.pid).rss);
    }, 500);
    // Client i edits its own tasks (index % 50 === i), once a second, the clients spread over the second.
    let edits = 0;
    const timers: NodeJS.Timeout[] = [];
    const cpu0 = ownCpu();
    const serverCpu0 = cpuOf(server.pid);
    const end = Date.now() + seconds * 1000;
    await new Promise<void>((done) => {
      all.forEach((c, i) => {
        const own = ids.filter((_, k) => k % count === i);
        let n = 0;
        const edit = () => {
          if (Date.now() >= end) return;
          const name = `c${i}-${n}`;
          sentAt.set(name, performance.now());
          c.project.updateTask(own[n % own.length] as string, { name });
          n++;
          edits++;
        };
        timers.push(
          setTimeout(
            () => {
              edit();
              timers.push(setInterval(edit, 1000));
            },
            (i * 1000) / count,
          ),
        );
      });
      setTimeout(done, seconds * 1000 + 50);
    });
    for (const t of timers) clearInterval(t);
    const clientsCpu = ownCpu() - cpu0;
    const serverCpu = cpuOf(server.pid) - serverCpu0;
    const expected = edits * (count - 1);
    await until(() => latency.length >= expected, `${expected} deliveries`, 60_000).catch(() => undefined);
    clearInterval(memory);
    const late = performance.now();
    const reference = JSON.stringify(first.project.tasks().map((t) => [t.id, t.name]));
    await until(
      () => all.every((c) => JSON.stringify(c.project.tasks().map((t) => [t.id, t.name])) === reference),
      'convergence',
      60_000,
    );
    const check = client(server.url, 'crowd');
    await check.session.whenSynced();
    const converged =
      JSON.stringify(check.project.tasks().map((t) => [t.id, t.name])) === reference &&
      all.every(
        (c) =>
          JSON.stringify(normalJson(c.project.toJSON())) ===
          JSON.stringify(normalJson(first.project.toJSON())),
      );
    console.log(
      `50 clients × 1 edit/s × ${seconds} s in a ${tasks}-task room: ${edits} edits, ${latency.length}/${expected} deliveries, converged: ${converged} (checked ${fmt(performance.now() - late)} after the last edit)`,
    );
    console.log(summary('edit → each other client store', latency));
    console.log(
      `  CPU over the run: the 50 clients ${(clientsCpu / seconds / 10).toFixed(0)} % of a core, the server ${(serverCpu / seconds / 10).toFixed(0)} % (load ${load()})`,
    );
    console.log(
      `server memory: rss ${memoryOf(server.pid).rss.toFixed(0)} MB, peak during the run ${peak.toFixed(0)} MB (VmHWM ${memoryOf(server.pid).peak.toFixed(0)} MB)`,
    );
    for (const c of [...all, check]) c.session.disconnect();
  } finally {
    await server.stop();
    removeDir(server.dir);
  }
}

/** Whether a client's provider still has updates the server has not acknowledged. */
function unsynced(c: BenchClient): boolean {
  return (c.session as unknown as { provider: { hasUnsyncedChanges: boolean } }).provider.hasUnsyncedChanges;
}

function normalJson(data: ProjectData): unknown {
  const byId = (x: { id?: string }, y: { id?: string }) => ((x.id ?? '') < (y.id ?? '') ? -1 : 1);
  return {
    tasks: [...data.tasks].sort(byId).map((t) => JSON.stringify(Object.entries(t).sort())),
    dependencies: [...(data.dependencies ?? [])].sort(byId).map((d) => d.id),
    assignments: [...(data.assignments ?? [])].sort(byId).map((a) => a.id),
  };
}

const wanted = process.argv.slice(2);
const run = (name: string) => wanted.length === 0 || wanted.includes(name);
if (run('edit') || run('join')) await editAndJoin();
if (run('big')) await big();
if (run('crowd')) await crowd();
process.exit(0);
