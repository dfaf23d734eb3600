/**
 * The core must run without a DOM: its type build has no DOM library, so any DOM use fails to
 * compile. This proves the guard works: a file using `document` is rejected. (`npm run typecheck`
 * checks the real sources with the same configuration.)
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';

const root = resolve(import.meta.dirname, '../..');
const tsc = join(root, 'node_modules/typescript/bin/tsc');
const coreConfig = join(root, 'packages/core/tsconfig.build.json');

function typecheck(project: string) {
  return spawnSync(process.execPath, [tsc, '-p', project, '--noEmit'], { encoding: 'utf8' });
}

describe('core is DOM-free', () => {
  it('rejects a core file that touches the DOM', () => {
    const dir = mkdtempSync(join(tmpdir(), 'roadline-dom-'));
    try {
      writeFileSync(join(dir, 'uses-dom.ts'), 'export const title = document.title;\n');
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({ extends: coreConfig, compilerOptions: { rootDir: dir }, include: ['uses-dom.ts'] }),
      );
      const result = typecheck(join(dir, 'tsconfig.json'));
      assert.notEqual(result.status, 0);
      assert.match(result.stdout, /Cannot find name 'document'/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
