import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { isCleanDependency, isCleanTask } from '../../src/validate/check-clean.js';
import { checkDependency, checkTask } from '../../src/validate/check-entities.js';
import type { ValidationIssue } from '../../src/model/errors.js';
import type { ReferenceIndex } from '../../src/model/references.js';
import type { FieldDef } from '../../src/model/types.js';

const FIELDS: Record<string, FieldDef> = {
  size: { id: 'size', label: 'Size', type: 'select', options: [{ id: 's', label: 'S' }] },
  points: { id: 'points', label: 'Points', type: 'number' },
  due: { id: 'due', label: 'Due', type: 'date' },
  owner: { id: 'owner', label: 'Owner', type: 'person' },
};

const refs: ReferenceIndex = {
  hasTask: (id) => id === 'a' || id === 'b',
  hasStatus: (id) => id === 'todo',
  hasPriority: (id) => id === 'high',
  hasPerson: (id) => id === 'ann' || id === 'bob',
  hasGroup: (id) => id === 'g',
  hasRelease: (id) => id === 'r',
  hasCalendar: (id) => id === 'cal',
  field: (id) => (Object.hasOwn(FIELDS, id) ? FIELDS[id] : undefined),
};

/** Mostly valid values with a near miss or a wrong type now and then, so both answers are common. */
function mostly(valid: unknown[], invalid: unknown[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(undefined, ...valid), weight: 12 },
    { arbitrary: fc.constantFrom(...invalid), weight: 1 },
  );
}

const WRONG = [null, '', 'x', '__proto__', -1, 101, Number.NaN, Number.POSITIVE_INFINITY, true, [], {}];
const dateValue = mostly(
  ['2026-03-02', '2026-03-05T10:30'],
  ['2026-02-30', '2026-3-2', 'soon', 20260302, null],
);
const ref = (...valid: string[]) => mostly(valid, ['nobody', 5, null, '']);
const stringList = (valid: string[], invalid: unknown[]) =>
  mostly([[], ...valid.map((v) => [v]), valid], [...WRONG, ...invalid.map((v) => [...valid, v])]);

const taskArb = fc.record(
  {
    id: mostly(['a', 'b', 't9'], ['', 'constructor', 3, null]),
    name: mostly(['Task', ''], [4, null]),
    parentId: ref('a', 'b'),
    type: mostly(['task', 'milestone'], ['epic', 1]),
    start: dateValue,
    end: dateValue,
    duration: mostly([0, 3, 7.5], [-1, Number.NaN, Number.POSITIVE_INFINITY, '3']),
    durationUnit: mostly(['minute', 'hour', 'day', 'week'], ['month', 2]),
    progress: mostly([0, 50, 100], [101, -0.5, Number.NaN, '50']),
    constraint: mostly(
      [
        { type: 'ASAP' },
        { type: 'ALAP', date: '2026-03-02' },
        { type: 'SNET', date: '2026-03-02' },
        { type: 'MFO', date: '2026-03-05T10:30' },
      ],
      [...WRONG, { type: 'MSO' }, { type: 'SOON' }, { date: '2026-03-02' }, { type: 'ASAP', date: 'soon' }],
    ),
    deadline: dateValue,
    manual: mostly([true, false], ['yes', 0]),
    calendarId: ref('cal'),
    status: ref('todo'),
    priority: ref('high'),
    groupId: ref('g'),
    releaseId: ref('r'),
    assignees: stringList(['ann', 'bob'], ['zed', 1]),
    order: mostly([0, -2.5, 9], [Number.NaN, Number.NEGATIVE_INFINITY, '1']),
    color: mostly(['#fff'], [3]),
    tags: stringList(['x', 'y'], [2]),
    fields: mostly(
      [{}, { size: 's' }, { points: 3, due: '2026-01-01' }, { owner: 'ann', size: null }],
      [
        ...WRONG,
        { size: 'm' },
        { points: Number.NaN },
        { due: 'soon' },
        { owner: 'zed' },
        { nope: 1 },
        JSON.parse('{"constructor": 1}'),
      ],
    ),
  },
  { requiredKeys: [] },
);

const depArb = fc.record(
  {
    id: mostly(['d1'], ['', 'prototype', 2, null]),
    from: ref('a', 'b'),
    to: ref('a', 'b'),
    type: mostly(['FS', 'SS', 'FF', 'SF'], ['XX', 0]),
    lag: mostly([0, -2, 1.5], [Number.NaN, Number.POSITIVE_INFINITY, '1']),
    lagUnit: mostly(['hour', 'day'], ['fortnight', 1]),
  },
  { requiredKeys: [] },
);

function taskIssues(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkTask(value, 'tasks[0]', issues, refs);
  return issues;
}

function depIssues(value: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  checkDependency(value, 'dependencies[0]', issues, refs);
  return issues;
}

describe('isCleanTask', () => {
  it('accepts exactly the tasks checkTask reports nothing for', () => {
    const seen = { clean: 0 };
    fc.assert(
      fc.property(taskArb, (task) => {
        const clean = isCleanTask(task, refs);
        if (clean) seen.clean += 1;
        assert.equal(clean, taskIssues(task).length === 0, JSON.stringify(task));
      }),
      { numRuns: 5000 },
    );
    // Both answers must be common for the equivalence to mean anything.
    assert.ok(seen.clean > 150 && seen.clean < 4750, `${seen.clean} clean of 5000`);
  });

  it('accepts a full valid task and rejects each single fault', () => {
    const task = {
      id: 't9',
      name: 'Build',
      parentId: 'a',
      type: 'task',
      start: '2026-03-02',
      end: '2026-03-05T10:30',
      duration: 3,
      durationUnit: 'day',
      progress: 100,
      constraint: { type: 'SNET', date: '2026-03-02' },
      deadline: '2026-03-20',
      manual: false,
      calendarId: 'cal',
      status: 'todo',
      priority: 'high',
      groupId: 'g',
      releaseId: 'r',
      assignees: ['ann', 'bob'],
      order: -2.5,
      color: '#fff',
      tags: ['x'],
      fields: { size: 's', points: 3, due: '2026-01-01', owner: null },
    };
    assert.equal(isCleanTask(task, refs), true);
    assert.deepEqual(taskIssues(task), []);
    const faults: Record<string, unknown>[] = [
      { end: '2026-03-01' },
      { progress: 100.5 },
      { duration: -0.5 },
      { constraint: { type: 'MSO' } },
      { deadline: '2026-02-30' },
      { parentId: 't9' },
      { assignees: ['ann', 'zed'] },
      { fields: { size: 'm' } },
      { id: '__proto__' },
    ];
    for (const fault of faults) {
      const bad = { ...task, ...fault };
      assert.equal(isCleanTask(bad, refs), false, JSON.stringify(fault));
      assert.notDeepEqual(taskIssues(bad), [], JSON.stringify(fault));
    }
  });

  it('rejects what is not a plain object', () => {
    for (const value of [null, 'a', [], new Date(0), Object.create({ id: 'a', name: 'A' })]) {
      assert.equal(isCleanTask(value, refs), false);
    }
  });
});

describe('isCleanDependency', () => {
  it('accepts exactly the links checkDependency reports nothing for', () => {
    const seen = { clean: 0 };
    fc.assert(
      fc.property(depArb, (dep) => {
        const clean = isCleanDependency(dep, refs);
        if (clean) seen.clean += 1;
        assert.equal(clean, depIssues(dep).length === 0, JSON.stringify(dep));
      }),
      { numRuns: 3000 },
    );
    assert.ok(seen.clean > 60 && seen.clean < 2850, `${seen.clean} clean of 3000`);
  });

  it('rejects a self-link and accepts a lagged start-to-start link', () => {
    assert.equal(isCleanDependency({ id: 'd', from: 'a', to: 'a' }, refs), false);
    assert.equal(
      isCleanDependency({ id: 'd', from: 'a', to: 'b', type: 'SS', lag: -2, lagUnit: 'hour' }, refs),
      true,
    );
  });
});
