import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createProject, type Project, type ProjectData } from '@roadline/core';
import WebSocket from 'ws';
import { type CollabSession, connect } from '../../packages/collab/src/index.js';

/**
 * What the collaboration benchmarks share: a real `roadline-collab` process on loopback (started
 * from its sources as the bin would), clients with real sockets, percentiles, the server's memory
 * and a directory's size on disk.
 */
const root = resolve(import.meta.dirname, '../..');

export interface BenchServer {
  url: string;
  pid: number;
  dir: string;
  stop(): Promise<void>;
}

export async function startServer(extra: string[] = []): Promise<BenchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'roadline-collab-bench-'));
  const proc: ChildProcess = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(root, 'packages/collab/src/server/cli.ts'),
      '--port',
      '0',
      '--data',
      dir,
      ...extra,
    ],
    { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const url = await new Promise<string>((done, fail) => {
    let out = '';
    proc.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const m = /listening on (ws:\/\/\S+)/.exec(out);
      if (m) done(m[1] as string);
    });
    proc.once('exit', (code) => fail(new Error(`roadline-collab exited (${code}):\n${out}`)));
  });
  const exited = new Promise<void>((done) => proc.once('exit', () => done()));
  return {
    url,
    pid: proc.pid as number,
    dir,
    stop: async () => {
      proc.kill('SIGTERM');
      await exited;
    },
  };
}

export interface BenchClient {
  project: Project;
  session: CollabSession;
}

let clients = 0;
export function client(url: string, room: string, data?: ProjectData): BenchClient {
  const prefix = `b${++clients}-`;
  let n = 0;
  const project = createProject(data ?? { id: 'empty', name: 'Empty', tasks: [] }, {
    idFactory: () => `${prefix}${++n}`,
  });
  const session = connect(project, { url, room, WebSocket, user: { id: prefix, name: prefix } });
  return { project, session };
}

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

/** Resident and peak memory of a process, MB (Linux /proc). */
export function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? Number.NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** CPU time a process has used, ms (Linux /proc: user + system). */
export function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/** CPU time this process has used, ms. */
export function ownCpu(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The 1-minute load average (other work on the machine shows in every wall-clock figure). */
export function load(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ')[0] as string;
}

/** Bytes of every file under `dir`. */
export function sizeOnDisk(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? sizeOnDisk(path) : statSync(path).size;
  }
  return total;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export async function until(check: () => boolean, what: string, ms = 120_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 2));
  }
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
