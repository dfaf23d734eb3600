import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isRoadlineError } from '@roadline/core';
import WebSocket from 'ws';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { client, type ServerProcess, sample, startServer, tempDir, until } from './helpers.js';

const TOKENS = {
  tokens: {
    'ann-secret': { user: { id: 'ann', name: 'Ann' }, role: 'editor', rooms: ['*'] },
    'vic-secret': { user: { id: 'vic', name: 'Vic' }, role: 'viewer', rooms: ['*'] },
    'tea-secret': { user: { id: 'tea', name: 'Tea' }, role: 'editor', rooms: ['team-*'] },
  },
};

/**
 * Opens a bare socket, sends `messages` in turn, resolves with how the server ended it: the
 * socket's close code, or `'room'` when Hocuspocus closed that room's connection on the socket
 * (its CLOSE message, type 7).
 */
async function rawClose(messages: Uint8Array[]): Promise<number | 'room'> {
  const raw = new WebSocket(serverUrl);
  const ended = new Promise<number | 'room'>((done) => {
    raw.once('close', (code) => done(code));
    raw.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(decoder);
      if (decoding.readVarUint(decoder) === 7) done('room');
    });
  });
  await new Promise((done) => raw.once('open', done));
  for (const m of messages) {
    raw.send(m);
    await new Promise((r) => setTimeout(r, 50));
  }
  const how = await ended;
  raw.terminate();
  return how;
}

let serverUrl = '';

describe('collab server: tokens, roles, rooms, limits', { timeout: 30000 }, () => {
  const dir = tempDir('auth');
  let server: ServerProcess;
  before(async () => {
    const auth = join(dir.path, 'tokens.json');
    writeFileSync(auth, JSON.stringify(TOKENS));
    server = await startServer([
      '--port',
      '0',
      '--data',
      join(dir.path, 'rooms'),
      '--auth',
      auth,
      '--max-message',
      '65536',
      '--max-room',
      '30000',
    ]);
    serverUrl = server.url;
  });
  after(async () => {
    if (process.env.DEBUG_COLLAB) console.log(server.output());
    await server.stop();
    dir.remove();
  });

  it('refuses an unknown token: status denied, whenSynced rejects with DENIED', async () => {
    const x = client(server.url, 'plan', { token: 'nope' });
    const statuses: string[] = [];
    x.session.on('status', (s) => statuses.push(s));
    await assert.rejects(x.session.whenSynced(), (e: unknown) => isRoadlineError(e) && e.code === 'DENIED');
    assert.equal(x.session.status, 'denied');
    assert.ok(statuses.includes('denied'));
  });

  it('gives access per room', async () => {
    const ok = client(server.url, 'team-blue', { token: 'tea-secret', data: sample() });
    await ok.session.whenSynced();
    const no = client(server.url, 'other', { token: 'tea-secret' });
    await assert.rejects(no.session.whenSynced(), (e: unknown) => isRoadlineError(e) && e.code === 'DENIED');
    ok.session.disconnect();
  });

  it("rejects a viewer's writes on the server: never seen by others, never stored; its own edit is undone locally", async () => {
    const ann = client(server.url, 'viewed', { token: 'ann-secret', data: sample() });
    await ann.session.whenSynced();
    const vic = client(server.url, 'viewed', { token: 'vic-secret' });
    await vic.session.whenSynced();
    assert.equal(vic.session.viewer, true);
    assert.equal(vic.project.task('a')?.name, 'Design');
    // Through the store: reverted on the viewer's replica.
    vic.project.updateTask('a', { name: 'Viewer was here' });
    await until(() => vic.project.task('a')?.name === 'Design', 'the local revert');
    // Straight into the document, bypassing the session: the server must refuse it.
    vic.session.doc.getMap<Y.Map<unknown>>('tasks').get('b')?.set('name', 'Sneaky');
    ann.project.updateTask('c', { name: 'Ann edits' });
    await until(() => vic.project.task('c')?.name === 'Ann edits', 'the viewer still receives');
    assert.equal(ann.project.task('b')?.name, 'Build');
    ann.session.disconnect();
    vic.session.disconnect();
    // A fresh editor loads the room from the server: the viewer's write is not there.
    const fresh = client(server.url, 'viewed', { token: 'ann-secret' });
    await fresh.session.whenSynced();
    assert.equal(fresh.project.task('b')?.name, 'Build');
    assert.equal(fresh.project.task('c')?.name, 'Ann edits');
    fresh.session.disconnect();
  });

  it('closes the connection of an oversized or malformed message; the room stays intact', {
    timeout: 10000,
  }, async () => {
    const ann = client(server.url, 'limits', { token: 'ann-secret', data: sample() });
    await ann.session.whenSynced();
    // Too big for --max-message: the socket closes (1009) before anything is read.
    assert.equal(await rawClose([new Uint8Array(200_000).fill(7)]), 1009);
    // Authenticated, then a sync message of no known kind: Hocuspocus closes that connection.
    const auth = encoding.createEncoder();
    encoding.writeVarString(auth, 'limits');
    encoding.writeVarUint(auth, 2); // authentication
    encoding.writeVarUint(auth, 0); // token
    encoding.writeVarString(auth, 'ann-secret');
    const bad = encoding.createEncoder();
    encoding.writeVarString(bad, 'limits');
    encoding.writeVarUint(bad, 0); // sync
    encoding.writeVarUint(bad, 9); // no such sync step
    encoding.writeVarUint8Array(bad, Uint8Array.from([255, 255, 255, 255, 1, 2, 3]));
    assert.equal(await rawClose([encoding.toUint8Array(auth), encoding.toUint8Array(bad)]), 'room');
    // A well-formed update that would grow the room past --max-room: refused the same way.
    const big = new Y.Doc();
    big.getMap('tasks').set(
      'huge',
      new Y.Map([
        ['id', 'huge'],
        ['name', 'x'.repeat(40_000)],
      ]),
    );
    const grow = encoding.createEncoder();
    encoding.writeVarString(grow, 'limits');
    encoding.writeVarUint(grow, 0); // sync
    encoding.writeVarUint(grow, 2); // update
    encoding.writeVarUint8Array(grow, Y.encodeStateAsUpdate(big));
    assert.equal(await rawClose([encoding.toUint8Array(auth), encoding.toUint8Array(grow)]), 'room');
    ann.project.updateTask('a', { name: 'Still fine' });
    const bob = client(server.url, 'limits', { token: 'ann-secret' });
    await bob.session.whenSynced();
    await until(() => bob.project.task('a')?.name === 'Still fine', 'the room after the bad messages');
    assert.equal(bob.project.tasks().length, 4);
    assert.equal(bob.project.task('huge'), undefined);
    ann.session.disconnect();
    bob.session.disconnect();
  });
});
