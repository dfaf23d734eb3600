import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import type { ValidationIssue } from '../../src/model/errors.js';
import { RoadlineError } from '../../src/model/errors.js';
import { checkProjectData, validateProjectData } from '../../src/validate/validate.js';

const base = () => ({
  id: 'p',
  name: 'P',
  people: [{ id: 'ann', name: 'Ann' }],
  groups: [{ id: 'g', name: 'G' }],
  releases: [{ id: 'r1', name: 'R1', date: '2026-04-01' }],
  fields: [
    { id: 'size', label: 'Size', type: 'select', options: [{ id: 's', label: 'S' }] },
    { id: 'points', label: 'Points', type: 'number' },
  ],
  tasks: [
    { id: 'a', name: 'A', start: '2026-03-02', end: '2026-03-04' },
    { id: 'b', name: 'B', parentId: 'a', start: '2026-03-02', duration: 1 },
    { id: 'c', name: 'C', start: '2026-03-05', duration: 2 },
  ],
  dependencies: [{ id: 'd1', from: 'b', to: 'c' }],
});

function issuesOf(input: unknown): ValidationIssue[] {
  return checkProjectData(input).issues;
}

function codes(input: unknown): string[] {
  return issuesOf(input).map((i) => `${i.code} ${i.path}`);
}

describe('checkProjectData', () => {
  it('accepts valid data and adds default statuses and priorities', () => {
    const { data, issues } = checkProjectData(base());
    assert.deepEqual(issues, []);
    assert.deepEqual(
      data.statuses?.map((s) => s.id),
      ['todo', 'in-progress', 'blocked', 'done'],
    );
    assert.deepEqual(
      data.priorities?.map((p) => p.rank),
      [0, 1, 2, 3],
    );
  });

  it('keeps statuses the data defines and does not add defaults to an explicit empty list', () => {
    const own = { ...base(), statuses: [{ id: 'x', label: 'X', category: 'todo' }], priorities: [] };
    const { data } = checkProjectData(own);
    assert.deepEqual(data.statuses, [{ id: 'x', label: 'X', category: 'todo' }]);
    assert.deepEqual(data.priorities, []);
  });

  it('rejects a non-object and a missing task list', () => {
    assert.deepEqual(codes(null), ['WRONG_TYPE $']);
    assert.deepEqual(codes([]), ['WRONG_TYPE $']);
    assert.deepEqual(codes({ id: 'p', name: 'P' }), ['MISSING_FIELD tasks']);
    assert.deepEqual(codes({ id: 'p', name: 'P', tasks: {} }), ['WRONG_TYPE tasks']);
  });

  it('reports missing ids and names', () => {
    const data = { id: '', name: 'P', tasks: [{ name: 'no id' }, { id: 'x' }, { id: 7, name: 'n' }] };
    assert.deepEqual(codes(data), [
      'MISSING_ID $.id',
      'MISSING_ID tasks[0].id',
      'MISSING_FIELD tasks[1].name',
      'WRONG_TYPE tasks[2].id',
    ]);
  });

  it('reports duplicate ids of every kind', () => {
    const data = base();
    data.tasks.push({ id: 'a', name: 'again', start: '2026-03-02', end: '2026-03-03' });
    data.people.push({ id: 'ann', name: 'Ann 2' });
    data.dependencies.push({ id: 'd1', from: 'a', to: 'c' });
    assert.deepEqual(codes(data), [
      'DUPLICATE_ID people[1].id',
      'DUPLICATE_ID dependencies[1].id',
      'DUPLICATE_ID tasks[3].id',
    ]);
  });

  it('reports every unknown reference', () => {
    const data = {
      id: 'p',
      name: 'P',
      tasks: [
        {
          id: 'a',
          name: 'A',
          parentId: 'ghost',
          status: 'nope',
          priority: 'urgent',
          assignees: ['bob'],
          groupId: 'g9',
          releaseId: 'r9',
          calendarId: 'cal',
          fields: { missing: 1 },
        },
      ],
      dependencies: [{ id: 'd', from: 'a', to: 'zzz' }],
      notes: [{ id: 'n', taskId: 'q', text: 'x', createdAt: '2026-03-02' }],
    };
    const found = issuesOf(data);
    assert.ok(found.every((i) => i.code === 'UNKNOWN_REFERENCE'));
    assert.deepEqual(
      found.map((i) => i.path),
      [
        'tasks[0].parentId',
        'tasks[0].calendarId',
        'tasks[0].status',
        'tasks[0].priority',
        'tasks[0].groupId',
        'tasks[0].releaseId',
        'tasks[0].assignees[0]',
        'tasks[0].fields.missing',
        'dependencies[0].to',
        'notes[0].taskId',
      ],
    );
    assert.match(found[0]?.message ?? '', /ghost/);
  });

  it('reports malformed dates, end before start, bad durations and progress', () => {
    const data = {
      id: 'p',
      name: 'P',
      start: 'soon',
      tasks: [
        { id: 'a', name: 'A', start: '2026-02-30' },
        { id: 'b', name: 'B', start: '2026-03-05', end: '2026-03-02' },
        { id: 'c', name: 'C', start: '2026-03-05T08:00Z' },
        { id: 'd', name: 'D', duration: -1 },
        { id: 'e', name: 'E', duration: Number.NaN },
        { id: 'f', name: 'F', duration: Number.POSITIVE_INFINITY },
        { id: 'g', name: 'G', progress: 101 },
        { id: 'h', name: 'H', progress: -0.5 },
        { id: 'i', name: 'I', start: 20260302 },
      ],
    };
    assert.deepEqual(codes(data), [
      'MALFORMED_DATE $.start',
      'MALFORMED_DATE tasks[0].start',
      'END_BEFORE_START tasks[1].end',
      'MALFORMED_DATE tasks[2].start',
      'INVALID_DURATION tasks[3].duration',
      'INVALID_DURATION tasks[4].duration',
      'INVALID_DURATION tasks[5].duration',
      'INVALID_PROGRESS tasks[6].progress',
      'INVALID_PROGRESS tasks[7].progress',
      'WRONG_TYPE tasks[8].start',
    ]);
  });

  it('reports wrong value types and values outside an enumeration', () => {
    const data = {
      id: 'p',
      name: 'P',
      fields: [{ id: 'size', label: 'Size', type: 'select', options: [{ id: 's', label: 'S' }] }],
      tasks: [
        { id: 'a', name: 3, type: 'epic', manual: 'yes', assignees: 'ann', fields: { size: 'xl' } },
        { id: 'b', name: 'B', constraint: { type: 'SNET' }, fn: () => 1 },
      ],
      dependencies: [{ id: 'd', from: 'a', to: 'b', type: 'XX', lag: '2' }],
      statuses: [{ id: 's', label: 'S', category: 'later' }],
    };
    assert.deepEqual(codes(data), [
      'WRONG_TYPE tasks[1].fn',
      'INVALID_VALUE statuses[0].category',
      'WRONG_TYPE tasks[0].name',
      'INVALID_VALUE tasks[0].type',
      'WRONG_TYPE tasks[0].manual',
      'WRONG_TYPE tasks[0].assignees',
      'WRONG_TYPE tasks[0].fields.size',
      'MISSING_FIELD tasks[1].constraint.date',
      'INVALID_VALUE dependencies[0].type',
      'WRONG_TYPE dependencies[0].lag',
    ]);
  });

  it('reports self-links, duplicate links and links from a summary to its subtask', () => {
    const data = base();
    data.dependencies.push(
      { id: 'd2', from: 'c', to: 'c' },
      { id: 'd3', from: 'b', to: 'c' },
      { id: 'd4', from: 'a', to: 'b' },
    );
    assert.deepEqual(codes(data), [
      'SELF_LINK dependencies[1]',
      'DUPLICATE_LINK dependencies[2]',
      'CYCLE dependencies[3]',
    ]);
  });

  it('reports dependency cycles naming the tasks', () => {
    const data = {
      id: 'p',
      name: 'P',
      tasks: ['a', 'b', 'c', 'x', 'y'].map((id) => ({ id, name: id })),
      dependencies: [
        { id: '1', from: 'a', to: 'b' },
        { id: '2', from: 'b', to: 'c' },
        { id: '3', from: 'c', to: 'a' },
        { id: '4', from: 'x', to: 'y' },
        { id: '5', from: 'y', to: 'x' },
      ],
    };
    const found = issuesOf(data);
    assert.deepEqual(
      found.map((i) => [i.code, i.tasks]),
      [
        ['CYCLE', ['a', 'b', 'c']],
        ['CYCLE', ['x', 'y']],
      ],
    );
    assert.match(found[0]?.message ?? '', /"a" → "b" → "c" → "a"/);
  });

  it('reports cycles in the parent hierarchy', () => {
    const data = {
      id: 'p',
      name: 'P',
      tasks: [
        { id: 'a', name: 'A', parentId: 'c' },
        { id: 'b', name: 'B', parentId: 'a' },
        { id: 'c', name: 'C', parentId: 'b' },
        { id: 'self', name: 'S', parentId: 'self' },
        { id: 'ok', name: 'OK', parentId: 'a' },
      ],
    };
    const found = issuesOf(data);
    assert.deepEqual(
      found.map((i) => [i.code, i.path]),
      [
        ['HIERARCHY_CYCLE', 'tasks[3].parentId'],
        ['HIERARCHY_CYCLE', 'tasks[0].parentId'],
      ],
    );
    assert.deepEqual(found[1]?.tasks, ['a', 'c', 'b']);
  });

  it('rejects unsafe keys and ids without polluting prototypes', () => {
    const hostile = JSON.parse(
      '{"id":"p","name":"P","__proto__":{"polluted":1},"tasks":[{"id":"constructor","name":"x"},{"id":"t","name":"T","fields":{"__proto__":{"polluted":2}}},{"id":"u","name":"U","__proto__":{"polluted":3}}],"baselines":[{"id":"b","name":"B","takenAt":"2026-01-01","tasks":{"__proto__":{"start":"2026-01-01","end":"2026-01-02"}}}]}',
    );
    const found = issuesOf(hostile);
    assert.ok(found.length >= 4);
    assert.ok(found.every((i) => i.code === 'UNSAFE_KEY'));
    assert.deepEqual(
      found.map((i) => i.path),
      [
        '__proto__',
        'tasks[1].fields.__proto__',
        'tasks[2].__proto__',
        'baselines[0].tasks.__proto__',
        'tasks[0].id',
      ],
    );
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.hasOwn(Object.prototype, 'polluted'), false);
  });

  it('reports every problem at once and never changes the input', () => {
    const data = base() as { tasks: Record<string, unknown>[] };
    data.tasks[0] = { ...data.tasks[0], progress: 500 };
    data.tasks.push({ id: 'z', name: 'Z', parentId: 'none' });
    const snapshot = JSON.stringify(data);
    const error = (() => {
      try {
        validateProjectData(data);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    assert.ok(error instanceof RoadlineError);
    assert.equal(error.code, 'INVALID_DATA');
    assert.deepEqual(
      (error.details as ValidationIssue[]).map((i) => i.code),
      ['INVALID_PROGRESS', 'UNKNOWN_REFERENCE'],
    );
    assert.match(error.message, /tasks\[0\]\.progress/);
    assert.equal(JSON.stringify(data), snapshot);
  });

  it('returns a copy that shares nothing with the input', () => {
    const input = base();
    const { data } = checkProjectData(input);
    assert.notEqual(data.tasks, input.tasks);
    assert.notEqual(data.tasks[0], input.tasks[0]);
    assert.deepEqual(data.tasks, input.tasks);
  });

  it('checks custom field values by type', () => {
    const data = {
      ...base(),
      people: [{ id: 'ann', name: 'Ann' }],
      fields: [
        { id: 'n', label: 'N', type: 'number' },
        { id: 'd', label: 'D', type: 'date' },
        { id: 'p', label: 'P', type: 'person' },
        { id: 't', label: 'T', type: 'tags' },
      ],
      tasks: [
        { id: 'ok', name: 'ok', fields: { n: 2, d: '2026-01-01', p: 'ann', t: ['x'] } },
        { id: 'bad', name: 'bad', fields: { n: '2', d: 'tomorrow', p: 'bob', t: 'x' } },
        { id: 'empty', name: 'empty', fields: { n: null } },
      ],
      dependencies: [],
    };
    assert.deepEqual(codes(data), [
      'WRONG_TYPE tasks[1].fields.n',
      'WRONG_TYPE tasks[1].fields.d',
      'WRONG_TYPE tasks[1].fields.p',
      'WRONG_TYPE tasks[1].fields.t',
    ]);
  });

  it('checks calendars, including what only building them reveals', () => {
    const data = {
      id: 'p',
      name: 'P',
      calendar: { workingDays: [1, 9] },
      calendars: [{ name: 'no id' }, { id: 'none', workingDays: [] }],
      tasks: [],
    };
    const found = codes(data);
    assert.ok(found.includes('INVALID_VALUE $.calendar.workingDays'), found.join());
    assert.ok(found.includes('MISSING_ID calendars[0].id'), found.join());
    assert.ok(
      found.some((c) => c.includes('calendars[1]')),
      found.join(),
    );
  });

  it('handles a 200k-deep parent chain and a 200k-long dependency chain without overflow', () => {
    const n = 200_000;
    const tasks = Array.from({ length: n }, (_, i) => ({
      id: `t${i}`,
      name: 'x',
      ...(i > 0 ? { parentId: `t${i - 1}` } : {}),
    }));
    assert.deepEqual(issuesOf({ id: 'p', name: 'P', tasks }), []);
    const flat = Array.from({ length: n }, (_, i) => ({ id: `t${i}`, name: 'x' }));
    const deps = Array.from({ length: n }, (_, i) => ({ id: `d${i}`, from: `t${i}`, to: `t${(i + 1) % n}` }));
    const found = issuesOf({ id: 'p', name: 'P', tasks: flat, dependencies: deps });
    assert.equal(found.length, 1);
    assert.equal(found[0]?.code, 'CYCLE');
    assert.equal(found[0]?.tasks?.length, n);
  });
});

describe('checkProjectData: repeated links and links into a subtask', () => {
  // p is the summary of c1 and c2; x and y stand alone; "nope" is no task.
  const tasks = [
    { id: 'p', name: 'P' },
    { id: 'c1', name: 'C1', parentId: 'p' },
    { id: 'c2', name: 'C2', parentId: 'p' },
    { id: 'x', name: 'X' },
    { id: 'y', name: 'Y' },
  ];
  const ancestors: Record<string, string[]> = { c1: ['p'], c2: ['p'] };

  /** The rule in plain words: the first link of a pair counts; a later one repeats it, even when the first was rejected. */
  function expected(links: { from: string; to: string }[]): string[] {
    const known = new Set(tasks.map((t) => t.id));
    const seen = new Set<string>();
    const out: string[] = [];
    links.forEach(({ from, to }, k) => {
      if (!known.has(from) || !known.has(to) || from === to) return;
      const pair = `${from}>${to}`;
      if (seen.has(pair)) {
        out.push(`DUPLICATE_LINK dependencies[${k}]`);
        return;
      }
      seen.add(pair);
      if (ancestors[to]?.includes(from) || ancestors[from]?.includes(to))
        out.push(`CYCLE dependencies[${k}]`);
    });
    return out;
  }

  it('reports a repeat of a rejected summary link as a repeat, in input order', () => {
    const links = [
      { from: 'p', to: 'c1' },
      { from: 'x', to: 'y' },
      { from: 'p', to: 'c1' },
      { from: 'c2', to: 'x' },
      { from: 'x', to: 'y' },
      { from: 'c1', to: 'c2' },
    ];
    const data = { id: 'q', name: 'Q', tasks, dependencies: links.map((l, k) => ({ id: `d${k}`, ...l })) };
    assert.deepEqual(codes(data), [
      'CYCLE dependencies[0]',
      'DUPLICATE_LINK dependencies[2]',
      'DUPLICATE_LINK dependencies[4]',
    ]);
  });

  it('agrees with the rule on random link lists', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            from: fc.constantFrom('p', 'c1', 'c2', 'x', 'y', 'nope'),
            to: fc.constantFrom('p', 'c1', 'c2', 'x', 'y', 'nope'),
          }),
          { maxLength: 14 },
        ),
        (links) => {
          const data = {
            id: 'q',
            name: 'Q',
            tasks,
            dependencies: links.map((l, k) => ({ id: `d${k}`, ...l })),
          };
          const found = issuesOf(data)
            .filter((i) => i.path !== 'dependencies' && (i.code === 'DUPLICATE_LINK' || i.code === 'CYCLE'))
            .map((i) => `${i.code} ${i.path}`);
          assert.deepEqual(found, expected(links));
        },
      ),
      { numRuns: 500 },
    );
  });
});
