import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createProject, type Project, type ProjectData } from '@roadline/core';
import WebSocket from 'ws';
import { type CollabSession, type ConnectOptions, connect } from '../src/index.js';

const root = resolve(import.meta.dirname, '../../..');

export function tempDir(name: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `roadline-collab-${name}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });
}

/** Resolves with the first line of `proc`'s output that matches, rejects if it exits first. */
function lineMatching(proc: ChildProcess, pattern: RegExp, what: string): Promise<RegExpExecArray> {
  return new Promise((done, fail) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const m = pattern.exec(out);
      if (m) {
        proc.stdout?.off('data', onData);
        done(m);
      }
    };
    proc.stdout?.on('data', onData);
    proc.once('exit', (code) => fail(new Error(`${what} exited (${code}) before it was ready:\n${out}`)));
  });
}

export interface ServerProcess {
  url: string;
  port: number;
  proc: ChildProcess;
  output: () => string;
  /** Sends `signal` and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `roadline-collab` from its sources, as the bin would, and waits for "listening on". */
export async function startServer(args: string[]): Promise<ServerProcess> {
  const proc = spawn(
    process.execPath,
    ['--import', 'tsx', join(root, 'packages/collab/src/server/cli.ts'), ...args],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let all = '';
  proc.stdout?.on('data', (c: Buffer) => {
    all += c.toString();
  });
  proc.stderr?.on('data', (c: Buffer) => {
    all += c.toString();
  });
  const m = await lineMatching(proc, /listening on (ws:\/\/[^:]+:(\d+))/, 'roadline-collab');
  const exited = new Promise<number | null>((done) => proc.once('exit', (code) => done(code)));
  return {
    url: m[1] as string,
    port: Number(m[2]),
    proc,
    output: () => all,
    stop: async (signal = 'SIGTERM') => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      return exited;
    },
  };
}

export async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort();
  const proc = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  await lineMatching(proc, /Ready to accept connections/, 'redis-server');
  const exited = new Promise<void>((done) => proc.once('exit', () => done()));
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      proc.kill('SIGTERM');
      await exited;
    },
  };
}

/** Polls `check` until it holds (every 10 ms), failing with `what` after `ms`. */
export async function until(check: () => boolean, what: string, ms = 8000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A project's JSON with entity lists sorted by id (insertion order may differ between replicas). */
export function normal(data: ProjectData): ProjectData {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    ...data,
    tasks: [...data.tasks].sort(byId),
    dependencies: [...(data.dependencies ?? [])].sort(byId),
    notes: [...(data.notes ?? [])].sort(byId),
    baselines: [...(data.baselines ?? [])].sort(byId),
    assignments: [...(data.assignments ?? [])].sort((x, y) => byId(x as { id: string }, y as { id: string })),
    automationsFired: [...(data.automationsFired ?? [])].sort(byId),
  };
}

/** JSON with object keys sorted: field order may differ between replicas, values may not. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

export function same(a: Project, b: Project): boolean {
  return canonical(normal(a.toJSON())) === canonical(normal(b.toJSON()));
}

export function sample(): ProjectData {
  return {
    id: 'p',
    name: 'Shared plan',
    start: '2026-03-02',
    people: [{ id: 'ann', name: 'Ann' }],
    tasks: [
      { id: 'phase', name: 'Phase', order: 0 },
      { id: 'a', name: 'Design', parentId: 'phase', duration: 2, order: 0 },
      { id: 'b', name: 'Build', parentId: 'phase', duration: 3, order: 1 },
      { id: 'c', name: 'Ship', duration: 0, type: 'milestone', order: 1 },
    ],
    dependencies: [{ id: 'ab', from: 'a', to: 'b', type: 'FS' }],
  };
}

export interface Client {
  project: Project;
  session: CollabSession;
}

let ids = 0;
/** A store and a session on `room`; the store gets its own id factory so replicas never clash. */
export function client(
  url: string,
  room: string,
  options: Partial<ConnectOptions> & { data?: ProjectData } = {},
): Client {
  const prefix = `c${++ids}-`;
  let n = 0;
  const project = createProject(options.data ?? { id: 'empty', name: 'Empty', tasks: [] }, {
    idFactory: () => `${prefix}${++n}`,
  });
  const session = connect(project, { url, room, WebSocket, ...options });
  return { project, session };
}
