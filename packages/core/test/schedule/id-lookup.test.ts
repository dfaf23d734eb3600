import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { IdLookup } from '../../src/schedule/id-lookup.js';

function lookupOf(ids: string[]): IdLookup {
  return new IdLookup(ids, new Map(ids.map((id, i) => [id, i])));
}

describe('IdLookup', () => {
  it('finds ids near the last one found, far from it, and none', () => {
    const ids = ['a', 'b', '__proto__', 'd', 'e', 'f', 'g', 'h'];
    const find = lookupOf(ids);
    assert.equal(find.find('a'), 0);
    assert.equal(find.find('a'), 0);
    assert.equal(find.find('d'), 3);
    assert.equal(find.find('g'), 6);
    assert.equal(find.find('h'), 7);
    assert.equal(find.find('b'), 1, 'behind the last one: through the map');
    assert.equal(find.find('__proto__'), 2);
    assert.equal(find.find('constructor'), -1);
    assert.equal(find.find('toString'), -1);
    assert.equal(find.find(''), -1);
    assert.equal(find.find(undefined), -1);
    assert.equal(find.find(3), -1, 'a number is not the id "d" at index 3');
    assert.equal(find.find(null), -1);
    assert.equal(find.find({}), -1);
    assert.equal(find.find('h'), 7, 'still exact after misses');
  });

  it('compares by value, not by string identity', () => {
    const find = lookupOf(['t1', 't2', 't3']);
    assert.equal(find.find(['t', '2'].join('')), 1);
    assert.equal(find.find(`t${3}`), 2);
  });

  it('of an empty list finds nothing', () => {
    assert.equal(lookupOf([]).find('a'), -1);
  });

  it('always answers what the map answers, in any order of questions', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 3 }), { maxLength: 30 }),
        fc.array(fc.oneof(fc.string({ maxLength: 3 }), fc.nat({ max: 40 })), { maxLength: 60 }),
        (ids, asks) => {
          const index = new Map(ids.map((id, i) => [id, i]));
          const find = new IdLookup(ids, index);
          for (const ask of asks) {
            const id = typeof ask === 'number' ? (ids[ask] ?? ask) : ask;
            assert.equal(find.find(id), typeof id === 'string' ? (index.get(id) ?? -1) : -1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
