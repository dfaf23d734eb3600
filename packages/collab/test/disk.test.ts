import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { createProject, type Project, type ProjectData } from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import { canonical, client, normal, startServer, tempDir, until } from './helpers.js';

/** Bytes of every file under `dir` (the LevelDB directory: tables, log, manifest). */
function sizeOnDisk(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    total += entry.isDirectory() ? sizeOnDisk(path) : statSync(path).size;
  }
  return total;
}

/** A 12k-task room with links, statuses, people and assignments (about 4.5 MB as one Yjs update). */
function room(): ProjectData {
  const data = generateProject({ tasks: 12_000, seed: 21, people: 20, statuses: true });
  const assignments = data.tasks
    .filter((_, i) => i % 10 === 3)
    .map((t, i) => ({ taskId: t.id, personId: `p${(i % 20) + 1}`, units: 50 }));
  return { ...data, assignments };
}

const jsonSize = (data: ProjectData) =>
  JSON.stringify(createProject(data, { scheduler: false }).toJSON()).length;

/**
 * Every entity of a store, canonical. Catalogue lists are compared by id, not by position: a
 * joining store that starts with the default catalogues keeps its own order for them (a known
 * limitation of the join, not of the disk; see docs/collaboration.md).
 */
function entities(project: Project): string {
  const data = normal(project.toJSON()) as unknown as Record<string, unknown>;
  for (const key of ['calendars', 'statuses', 'priorities', 'people', 'groups', 'releases', 'fields']) {
    const list = data[key] as { id: string }[] | undefined;
    if (list !== undefined) data[key] = [...list].sort((x, y) => (x.id < y.id ? -1 : 1));
  }
  return canonical(data);
}

const unsynced = (session: unknown) =>
  (session as { provider: { hasUnsyncedChanges: boolean } }).provider.hasUnsyncedChanges;

type Server = Awaited<ReturnType<typeof startServer>>;
type Client = ReturnType<typeof client>;

/**
 * `a` leaves and the server stops cleanly; the room must take at most 2× its `toJSON()` on disk.
 * The server then starts again on the same folder: a fresh client of the room, synced, shows what
 * came back.
 */
async function stopCheckReopen(
  t: { diagnostic(message: string): void },
  server: Server,
  folder: string,
  a: Client,
  name: string,
): Promise<{ server: Server; b: Client }> {
  const json = jsonSize(a.project.toJSON());
  a.session.disconnect();
  assert.equal(await server.stop(), 0);
  const disk = sizeOnDisk(folder);
  const ratio = `on disk ${(disk / 1e6).toFixed(2)} MB, toJSON() ${(json / 1e6).toFixed(2)} MB: ${(disk / json).toFixed(2)}×`;
  t.diagnostic(ratio);
  assert.ok(disk <= 2 * json, `${ratio} > 2×`);
  const again = await startServer(['--port', '0', '--data', folder]);
  const b = client(again.url, name);
  await b.session.whenSynced();
  return { server: again, b };
}

describe('collab rooms on disk (real server, LevelDB)', { timeout: 180_000 }, () => {
  it('a large seed: after a clean stop the room takes at most 2× its toJSON() on disk, and survives a restart whole', async (t) => {
    const dir = tempDir('disk-seed');
    let server = await startServer(['--port', '0', '--data', dir.path]);
    try {
      const data = room();
      const a = client(server.url, 'big', { data });
      await a.session.whenSynced();
      await until(() => !unsynced(a.session), 'the server to acknowledge the seed', 120_000);
      const reopened = await stopCheckReopen(t, server, dir.path, a, 'big');
      server = reopened.server;
      const b = reopened.b;
      assert.equal(b.project.tasks().length, data.tasks.length);
      assert.equal(entities(b.project), entities(a.project), 'every entity came back from disk');
      b.session.disconnect();
    } finally {
      await server.stop();
      dir.remove();
    }
  });

  it('many small edits stored again and again: the update log is folded and the room stays within 2× on disk', async (t) => {
    const dir = tempDir('disk-edits');
    let server = await startServer(['--port', '0', '--data', dir.path]);
    try {
      const a = client(server.url, 'edited', { data: room() });
      await a.session.whenSynced();
      await until(() => !unsynced(a.session), 'the server to acknowledge the seed', 120_000);
      // Edits spread over more than one store (the server stores 1 s after the last change, at
      // least every 5 s): each store writes the room's whole state again.
      const ids = a.project.wbsOrder().filter((id) => !a.project.isSummary(id));
      for (let i = 0; i < 120; i++) {
        a.project.updateTask(ids[(i * 7919) % ids.length] as string, { name: `edit ${i}` });
        await new Promise((r) => setTimeout(r, 60));
      }
      await until(() => !unsynced(a.session), 'the server to acknowledge the edits', 60_000);
      const reopened = await stopCheckReopen(t, server, dir.path, a, 'edited');
      server = reopened.server;
      const b = reopened.b;
      assert.equal(entities(b.project), entities(a.project), 'every edit came back from disk');
      b.session.disconnect();
    } finally {
      await server.stop();
      dir.remove();
    }
  });
});
