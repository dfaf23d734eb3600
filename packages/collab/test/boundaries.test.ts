import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../../..');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

describe('collab boundaries', () => {
  it('no core or elements source imports Yjs, Hocuspocus or collab (presence goes through core)', () => {
    const banned =
      /from ['"](yjs|y-[a-z]+|@hocuspocus\/[a-z-]+|@roadline\/collab)(\/[^'"]*)?['"]|import\(['"](yjs|@roadline\/collab)/;
    const offenders = [
      ...sources(join(root, 'packages/core/src')),
      ...sources(join(root, 'packages/elements/src')),
    ].filter((file) => banned.test(readFileSync(file, 'utf8')));
    assert.deepEqual(offenders, []);
  });
});
