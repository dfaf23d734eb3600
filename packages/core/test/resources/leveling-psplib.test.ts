import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { level } from '../../src/index.js';
import { levelingViolations, wallMinutes } from '../../src/testing/leveling-check.js';
import { parsePsplib, parsePsplibSolutions, psplibProject } from '../../src/testing/psplib.js';

// The PSPLIB data lives beside the repository, never in it (`npm run bench:leveling` runs all 480).
const dir = process.env.PSPLIB_DIR ?? join(import.meta.dirname, '../../../../../shared/data/psplib');
const present = existsSync(join(dir, 'j30')) && existsSync(join(dir, 'j30hrs.sm'));

describe('level() on PSPLIB J30', { skip: present ? false : `no PSPLIB data at ${dir}` }, () => {
  it('levels a spread of 10 instances: links kept, nobody over capacity, near the optimum', () => {
    const optimum = parsePsplibSolutions(readFileSync(join(dir, 'j30hrs.sm'), 'utf8'));
    const files = readdirSync(join(dir, 'j30'))
      .filter((f) => f.endsWith('.sm'))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    const sample = Array.from({ length: 10 }, (_, k) => files[k * 47 + 3] as string);
    let gaps = 0;
    for (const file of sample) {
      const data = psplibProject(parsePsplib(readFileSync(join(dir, 'j30', file), 'utf8')));
      const result = level(data);
      const v = levelingViolations(data, result.tasks);
      assert.deepEqual(v, { links: [], overloads: [] }, file);
      assert.deepEqual(result.overallocations, [], file);
      const makespan = (wallMinutes(result.end) - wallMinutes(data.start as string)) / 1440;
      const best = optimum.get(file.replace(/^j30/, '').replace(/\.sm$/, '')) as number;
      assert.ok(makespan >= best, `${file}: ${makespan} below the proven optimum ${best}?`);
      gaps += (makespan - best) / best;
    }
    const meanGap = gaps / sample.length;
    assert.ok(meanGap <= 0.01, `mean gap ${(100 * meanGap).toFixed(2)} % over 1 %`);
  });
});
