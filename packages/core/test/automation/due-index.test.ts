import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { MomentHeap } from '../../src/automation/moment-heap.js';
import type { AutomationRule } from '../../src/model/automation.js';
import type { ProjectData } from '../../src/model/types.js';
import { createProject, type Project } from '../../src/store/project.js';
import { formatWallTime, parseWallTime } from '../../src/time/wall-time.js';

/**
 * The index of due moments behind `tick` (automation/due-index.ts). The oracle: a copy of the
 * project loaded from its JSON has no index yet, so its tick computes every moment from scratch,
 * as `tick` did before the index; after any edit both must fire exactly the same runs.
 */

const RULES: AutomationRule[] = [
  { id: 'start', when: { type: 'date-arrived', field: 'start' }, then: [{ type: 'add-note', text: 's' }] },
  {
    id: 'before-end',
    when: { type: 'date-arrived', field: 'end', offsetDays: -1 },
    if: { field: 'status.category', op: 'ne', value: 'done' },
    then: [{ type: 'set-field', field: 'priority', value: 'high' }],
  },
  { id: 'due', when: { type: 'date-arrived', field: 'fields.due' }, then: [] },
  { id: 'late', when: { type: 'task-late' }, then: [{ type: 'add-note', text: 'late' }] },
  // Not a time rule: it must never reach the index.
  { id: 'note', when: { type: 'field-changed', field: 'priority' }, then: [] },
];

/** Tasks across the DST weeks of the matrix's zones, with links so moving one moves others. */
function data(): ProjectData {
  const tasks: ProjectData['tasks'] = [];
  const days = [
    '2026-03-05',
    '2026-03-07',
    '2026-03-08',
    '2026-03-28',
    '2026-03-29',
    '2026-04-04',
    '2026-04-05',
  ];
  days.forEach((day, i) => {
    tasks.push({ id: `t${i}`, name: `T${i}`, start: day, duration: 1 + (i % 3), status: 'todo' });
    tasks.push({
      id: `u${i}`,
      name: `U${i}`,
      start: day,
      duration: 2,
      status: 'todo',
      fields: { due: days[(i + 2) % days.length] as string },
    });
  });
  tasks.push({ id: 'fall', name: 'Fall', start: '2026-10-31', duration: 3, status: 'todo' });
  return {
    id: 'p',
    name: 'Due',
    start: '2026-03-01',
    calendar: { workingDays: [0, 1, 2, 3, 4, 5, 6] },
    statuses: [
      { id: 'todo', label: 'To do', category: 'todo' },
      { id: 'done', label: 'Done', category: 'done' },
    ],
    fields: [{ id: 'due', label: 'Due', type: 'date' }],
    tasks,
    dependencies: days.slice(1).map((_, i) => ({ id: `d${i}`, from: `t${i}`, to: `u${i + 1}` })),
    automations: RULES,
  } as ProjectData;
}

let ids = 0;
const opts = { now: () => '2026-01-01T00:00', idFactory: (k: string) => `${k}-${++ids}` };

/** The runs of the tick at `now`, in the order they ran. */
function runsAt(p: Project, now: string): string[] {
  const stamp = formatWallTime(parseWallTime(now) as number);
  return p
    .automationLog()
    .filter((r) => r.at === stamp)
    .map((r) => `${r.ruleId}:${r.taskId}:${r.outcome}`)
    .reverse();
}

/** Ticks `p` and a fresh copy of it at `now`; both must fire the same runs. Returns them. */
function tickBoth(p: Project, now: string): string[] {
  const copy = createProject(p.toJSON(), opts);
  p.tick(now);
  copy.tick(now);
  const mine = runsAt(p, now);
  assert.deepEqual(mine, runsAt(copy, now), `tick ${now}`);
  assert.deepEqual(p.toJSON().automationsFired, copy.toJSON().automationsFired, `fired records at ${now}`);
  return mine;
}

/** A small deterministic generator (the same sequence in every time zone). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('due index: tick matches a from-scratch scan', () => {
  it('after edits that move dates, statuses, fields, links, rules and undo, across DST weeks', () => {
    const p = createProject(data(), opts);
    const next = random(7);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    let fired = 0;
    let day = Date.UTC(2026, 1, 26);
    for (let step = 0; step < 70; step++) {
      const tasks = p.tasks().filter((t) => !p.isSummary(t.id));
      const task = pick(tasks);
      const date = new Date(day + Math.floor(next() * 20 - 6) * 86_400_000).toISOString().slice(0, 10);
      switch (step % 10) {
        case 0:
          p.updateTask(task.id, { start: date });
          break;
        case 1:
          p.updateTask(task.id, { status: task.status === 'done' ? 'todo' : 'done' });
          break;
        case 2:
          p.setFieldValue(task.id, 'due', date);
          break;
        case 3:
          p.updateTask(task.id, { duration: 1 + Math.floor(next() * 4) });
          break;
        case 4:
          if (tasks.length > 8) p.removeTask(task.id);
          break;
        case 5:
          p.addTask({ name: `New ${step}`, start: date, duration: 2, status: 'todo' });
          break;
        case 6:
          // The tick before: its runs and records come undone, so they fire again.
          p.undo();
          break;
        case 7:
          p.updateAutomation('start', {
            when: { type: 'date-arrived', field: 'start', offsetDays: (step % 3) - 1 },
          });
          break;
        case 8:
          p.setAutomationEnabled('due', p.automation('due')?.enabled === false);
          break;
        case 9:
          p.updateSettings({ start: date });
          break;
      }
      // Half-day steps: moments at 00:00 and task-late at the end's exact minute.
      day += 43_200_000 * (1 + Math.floor(next() * 3));
      const at = new Date(day).toISOString().slice(0, 16);
      fired += tickBoth(p, at).length;
    }
    assert.ok(fired > 20, `the walk fires rules (${fired})`);
    // Into the autumn DST week.
    for (const at of [
      '2026-10-30T23:59',
      '2026-10-31T00:00',
      '2026-11-01T02:30',
      '2026-11-02T00:00',
      '2026-11-05',
    ]) {
      tickBoth(p, at);
    }
  });

  it('a status category change and a rule removal', () => {
    const p = createProject(data(), opts);
    tickBoth(p, '2026-03-08T00:00');
    p.updateStatus('done', { category: 'todo' });
    p.updateTask('t4', { status: 'done' });
    tickBoth(p, '2026-03-30T00:00');
    p.removeAutomation('late');
    assert.deepEqual(
      tickBoth(p, '2026-12-31').filter((r) => r.startsWith('late:')),
      [],
      'a removed rule fires nothing',
    );
  });
});

describe('due index: behaviour', () => {
  const startRule: AutomationRule = {
    id: 'start',
    when: { type: 'date-arrived', field: 'start' },
    then: [{ type: 'add-note', text: '{{task.name}}' }],
  };
  const only = (): ProjectData => ({ ...data(), automations: [startRule] });

  it('an edit that moves a due date later or earlier moves the firing', () => {
    const p = createProject(only(), opts);
    p.updateTask('t3', { start: '2026-03-20' });
    assert.deepEqual(tickBoth(p, '2026-03-19T23:59').includes('start:t3:done'), false);
    assert.deepEqual(tickBoth(p, '2026-03-20T00:00').includes('start:t3:done'), true);
    // Moved into the past: fires at the next tick, once.
    p.updateTask('t5', { start: '2026-03-10' });
    const moved = tickBoth(p, '2026-03-20T00:01');
    assert.ok(moved.includes('start:t5:done'), 't5 moved into the past');
    assert.ok(!moved.includes('start:t3:done'), 'fired once');
    assert.ok(!tickBoth(p, '2026-03-21').some((r) => r === 'start:t3:done' || r === 'start:t5:done'));
  });

  it('a successor moved by its predecessor fires at its new moment', () => {
    const p = createProject(only(), opts);
    const before = p.scheduled('u2')?.start;
    p.updateTask('t1', { duration: 20 });
    assert.notEqual(p.scheduled('u2')?.start, before, 'the link moved u2');
    const moved = String(p.scheduled('u2')?.start).slice(0, 10);
    tickBoth(p, '2026-03-26T00:00');
    assert.equal(runsAt(p, '2026-03-26T00:00').includes('start:u2:done'), moved <= '2026-03-26');
  });

  it('a deleted task never fires; a deleted and re-added rule fires from scratch', () => {
    const p = createProject(only(), opts);
    tickBoth(p, '2026-03-01');
    p.removeTask('t6');
    assert.ok(!tickBoth(p, '2026-12-31').some((r) => r.includes(':t6:')));
    p.removeAutomation('start');
    p.addAutomation(startRule);
    assert.ok(tickBoth(p, '2027-01-01').length > 10, 'the record went with the rule: everything fires again');
  });

  it('fires once across a reload, and nothing is due twice', () => {
    const p = createProject(only(), opts);
    const first = tickBoth(p, '2026-03-29T00:00');
    assert.ok(first.length > 0);
    const q = createProject(p.toJSON(), opts);
    q.tick('2026-03-29T00:00');
    q.tick('2026-03-29T12:00');
    assert.deepEqual(q.automationLog(), []);
    assert.deepEqual(tickBoth(p, '2026-03-29T12:00'), []);
  });

  it('a failed run passes its moment; a new date fires again', () => {
    const boom: AutomationRule = {
      id: 'start',
      when: { type: 'date-arrived', field: 'start' },
      then: [{ type: 'custom', name: 'boom' }],
    };
    let fail = true;
    const p = createProject(
      { ...data(), automations: [boom] },
      {
        ...opts,
        actions: {
          boom: () => {
            if (fail) throw new Error('boom');
          },
        },
      },
    );
    p.tick('2026-03-06');
    assert.deepEqual(runsAt(p, '2026-03-06').slice(0, 1), ['start:t0:failed'], 'a failed run is recorded');
    fail = false;
    assert.deepEqual(tickBoth(p, '2026-03-06T00:30'), [], 'failed is fired');
    p.updateTask('t0', { start: '2026-03-02' });
    p.tick('2026-03-06T01:00');
    assert.ok(runsAt(p, '2026-03-06T01:00').includes('start:t0:done'));
  });
});

describe('MomentHeap', () => {
  it('pops in moment order', () => {
    const heap = new MomentHeap();
    const next = random(3);
    const moments = Array.from({ length: 200 }, () => Math.floor(next() * 50));
    for (let i = 0; i < moments.length; i++) heap.push(moments[i] as number, `t${i}`);
    const out: number[] = [];
    while (heap.size > 0) {
      out.push(heap.peek());
      heap.pop();
    }
    assert.deepEqual(
      out,
      moments.slice().sort((a, b) => a - b),
    );
    assert.equal(heap.peek(), Number.POSITIVE_INFINITY);
    heap.reset([5, 3, 9, 1], ['a', 'b', 'c', 'd']);
    assert.equal(heap.pop(), 'd');
    assert.equal(heap.pop(), 'b');
  });
});
