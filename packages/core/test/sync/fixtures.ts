import type { ProjectData } from '../../src/model/types.js';
import { createProject, type Project } from '../../src/store/project.js';
import type { SyncEvents } from '../../src/sync/events.js';
import type { SyncSession } from '../../src/sync/session.js';

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
