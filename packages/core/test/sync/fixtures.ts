import type { ProjectData } from '../../src/model/types.js';
import { createProject, type Project } from '../../src/store/project.js';
import type { SyncEvents } from '../../src/sync/events.js';
import { afterEach, beforeEach } from 'node:test';
import { restAdapter } from '../../src/sync/rest-adapter.js';
import { type SyncOptions, type SyncSession, sync } from '../../src/sync/session.js';
import { FaultyServer } from './server.js';

/** A small plan: a phase with design → build, a milestone, two people. */
export function plan(): ProjectData {
  return {
    id: 'p',
    name: 'Plan',
    start: '2026-03-02',
    people: [
      { id: 'ann', name: 'Ann' },
      { id: 'bob', name: 'Bob' },
    ],
    tasks: [
      { id: 'phase', name: 'Phase' },
      { id: 'design', name: 'Design', parentId: 'phase', start: '2026-03-02', duration: 2 },
      { id: 'build', name: 'Build', parentId: 'phase', start: '2026-03-04', duration: 3 },
      { id: 'ship', name: 'Ship', start: '2026-03-09', duration: 0 },
    ],
    dependencies: [{ id: 'd1', from: 'design', to: 'build' }],
  };
}

/** A client store whose new items get `tmp-<n>` ids (the test server replaces those). */
export function client(data: ProjectData = plan()): Project {
  let n = 0;
  return createProject(data, { idFactory: () => `tmp-${++n}` });
}

/** Resolves with the next event of `type` for which `accept` holds. */
export function next<K extends keyof SyncEvents>(
  session: SyncSession,
  type: K,
  accept: (value: SyncEvents[K]) => boolean = () => true,
): Promise<SyncEvents[K]> {
  return new Promise((resolve) => {
    const off = session.on(type, (value) => {
      if (!accept(value)) return;
      off();
      resolve(value);
    });
  });
}

/** The store's content without version-dependent parts, to compare a client with the server. */
export function content(project: Project): unknown {
  return JSON.parse(JSON.stringify(project.toJSON()));
}

// Retries wait 1–2 ms (jitter fixed by `random`); nothing asserts on durations. The save timeout is
// long (a loaded machine must not turn a slow answer into a retry) except where a test wants one.
export const FAST: SyncOptions = {
  debounce: 1,
  timeout: 10_000,
  backoff: { base: 2, max: 4 },
  random: () => 0.5,
};

/**
 * For the enclosing `describe`: a real node:http server on loopback that fails on purpose, started
 * before each test with `plan()` and closed after it, and `start(project)`, a REST sync session to
 * it (stopped after the test).
 */
export function withFaultyServer(): {
  readonly server: FaultyServer;
  start(project: Project, options?: SyncOptions): SyncSession;
} {
  let server: FaultyServer | undefined;
  let sessions: SyncSession[] = [];
  beforeEach(async () => {
    server = new FaultyServer(plan());
    await server.start();
    sessions = [];
  });
  afterEach(async () => {
    for (const s of sessions) s.stop();
    await server?.close();
  });
  return {
    get server() {
      return server as FaultyServer;
    },
    start(project, options = {}) {
      const session = sync(project, restAdapter({ baseUrl: (server as FaultyServer).url }), {
        ...FAST,
        ...options,
      });
      sessions.push(session);
      return session;
    },
  };
}
