import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AutomationRule } from '../../src/model/automation.js';
import type { ProjectData } from '../../src/model/types.js';
import { lastDayShown } from '../../src/automation/time-triggers.js';
import { createProject } from '../../src/store/project.js';
import { lastShownDay } from '../../src/views/dates/shown-span.js';

/** Tasks with stored dates across the DST weeks of the matrix's zones (wall time has none). */
function data(rules: AutomationRule[]): ProjectData {
  return {
    id: 'p',
    name: 'Time',
    calendar: { workingDays: [0, 1, 2, 3, 4, 5, 6] },
    people: [{ id: 'ann', name: 'Ann' }],
    fields: [{ id: 'due', label: 'Due', type: 'date' }],
    tasks: [
      // US DST starts Sun 8 Mar 2026; Europe 29 Mar; Sydney ends 5 Apr; São Paulo none; NY ends 1 Nov.
      {
        id: 'a',
        name: 'A',
        start: '2026-03-07T10:00',
        end: '2026-03-09T12:00',
        assignees: ['ann'],
        status: 'todo',
      },
      {
        id: 'b',
        name: 'B',
        start: '2026-03-29',
        end: '2026-03-30',
        status: 'todo',
        fields: { due: '2026-04-05' },
      },
      { id: 'c', name: 'C', start: '2026-10-31', end: '2026-11-02', status: 'done' },
    ],
    automations: rules,
  } as ProjectData;
}

const opts = {
  now: () => '2026-01-01T00:00',
  idFactory: (k: string) => `${k}-${Math.random().toString(36).slice(2)}`,
};

function fired(p: ReturnType<typeof createProject>, ruleId: string): string[] {
  return p
    .automationLog({ ruleId })
    .map((r) => `${r.taskId}@${r.at}:${r.outcome}`)
    .reverse();
}

describe('tick: date-arrived', () => {
  const startRule: AutomationRule = {
    id: 'start',
    when: { type: 'date-arrived', field: 'start' },
    then: [{ type: 'add-note', text: '{{task.name}} starts' }],
  };

  it('fires at 00:00 of the start day, once per (rule, task, date)', () => {
    const p = createProject(data([startRule]), opts);
    p.tick('2026-03-06T23:59');
    assert.deepEqual(fired(p, 'start'), []);
    p.tick('2026-03-07T00:00');
    assert.deepEqual(fired(p, 'start'), ['a@2026-03-07:done']);
    p.tick('2026-03-07T12:00');
    p.tick('2026-03-08T02:30');
    assert.deepEqual(fired(p, 'start'), ['a@2026-03-07:done'], 'no second firing');
    p.tick('2026-12-31');
    assert.deepEqual(fired(p, 'start'), ['a@2026-03-07:done', 'b@2026-12-31:done', 'c@2026-12-31:done']);
    assert.equal(p.notes('a').length, 1);
  });

  it('what fired survives a reload (toJSON → createProject)', () => {
    const p = createProject(data([startRule]), opts);
    p.tick('2026-03-29T00:00');
    const json = p.toJSON();
    assert.deepEqual(json.automationsFired, [{ id: 'start', tasks: { a: '2026-03-07', b: '2026-03-29' } }]);
    const q = createProject(json, opts);
    q.tick('2026-03-30T00:00');
    assert.deepEqual(fired(q, 'start'), []);
    assert.equal(q.notes('a').length, 1);
    // A new date is a new moment: moving b fires again once it arrives.
    q.updateTask('b', { start: '2026-04-02', end: '2026-04-03' });
    q.tick('2026-04-01T23:59');
    assert.deepEqual(fired(q, 'start'), []);
    q.tick('2026-04-02T00:00');
    assert.deepEqual(fired(q, 'start'), ['b@2026-04-02:done']);
  });

  it('end is the last day shown; offsetDays in calendar days (negative = before)', () => {
    const rules: AutomationRule[] = [
      { id: 'end', when: { type: 'date-arrived', field: 'end' }, then: [] },
      { id: 'before', when: { type: 'date-arrived', field: 'end', offsetDays: -2 }, then: [] },
      { id: 'due', when: { type: 'date-arrived', field: 'fields.due', offsetDays: 1 }, then: [] },
    ];
    const p = createProject(data(rules), opts);
    // b ends at 00:00 on 30 Mar: its last day shown is 29 Mar.
    p.tick('2026-03-27T00:00');
    assert.deepEqual(fired(p, 'before'), ['a@2026-03-27:done', 'b@2026-03-27:done']);
    assert.deepEqual(fired(p, 'end'), ['a@2026-03-27:done']);
    p.tick('2026-03-29T00:00');
    assert.deepEqual(fired(p, 'end'), ['a@2026-03-27:done', 'b@2026-03-29:done']);
    p.tick('2026-04-05T23:00');
    assert.deepEqual(fired(p, 'due'), []);
    p.tick('2026-04-06T00:00');
    assert.deepEqual(fired(p, 'due'), ['b@2026-04-06:done']);
    const json = p.toJSON();
    assert.equal(json.automationsFired?.find((f) => f.id === 'before')?.tasks.a, '2026-03-07');
  });

  it('a condition that does not hold is skipped, and the moment passes', () => {
    const rule: AutomationRule = {
      id: 'late-start',
      when: { type: 'date-arrived', field: 'start' },
      if: { field: 'status.category', op: 'ne', value: 'done' },
      then: [{ type: 'notify', to: ['assignees'], message: '{{task.name}} should have started' }],
    };
    const p = createProject(data([rule]), opts);
    p.tick('2026-12-31');
    assert.deepEqual(fired(p, 'late-start'), [
      'a@2026-12-31:done',
      'b@2026-12-31:done',
      'c@2026-12-31:skipped',
    ]);
    assert.deepEqual(
      p.notifications().map((n) => n.message),
      ['A should have started'],
      'b has no assignees: nobody to tell',
    );
  });

  it('a tick is one undo step; bad input is refused', () => {
    const p = createProject(data([startRule]), opts);
    p.tick('2026-03-07');
    assert.equal(p.notes('a').length, 1);
    p.undo();
    assert.equal(p.notes('a').length, 0);
    assert.throws(() => p.tick('2026-03-07T10:00Z'), /wall-clock/);
    assert.throws(() => p.transaction(() => p.tick('2026-03-08')), /inside a transaction/);
  });
});

describe('tick: task-late', () => {
  it('fires when the end passed and the status is not done; cascade rules follow', () => {
    const rules: AutomationRule[] = [
      {
        id: 'late',
        when: { type: 'task-late' },
        then: [{ type: 'set-field', field: 'priority', value: 'high' }],
      },
      {
        id: 'cascade',
        cascade: true,
        when: { type: 'field-changed', field: 'priority', to: 'high' },
        then: [{ type: 'add-note', text: 'late: {{task.name}}' }],
      },
      {
        id: 'plain',
        when: { type: 'field-changed', field: 'priority' },
        then: [{ type: 'add-note', text: 'plain' }],
      },
    ];
    const p = createProject(data(rules), opts);
    p.tick('2026-03-09T11:59');
    assert.deepEqual(fired(p, 'late'), []);
    p.tick('2026-03-09T12:00');
    assert.deepEqual(fired(p, 'late'), ['a@2026-03-09T12:00:done']);
    assert.deepEqual(
      p.notes('a').map((n) => n.text),
      ['late: A'],
    );
    p.tick('2026-12-31');
    assert.deepEqual(fired(p, 'late'), ['a@2026-03-09T12:00:done', 'b@2026-12-31:done'], 'c is done');
  });
});

describe('lastDayShown', () => {
  it('is the rule of views/dates lastShownDay', () => {
    for (const [end, start] of [
      [1440 * 3, undefined],
      [1440 * 3 + 600, 1440],
      [1440 * 3, 1440 * 3],
      [1440 * 3 + 1, 1440 * 3 + 1],
      [1440 * 3 + 1, 0],
    ] as [number, number | undefined][]) {
      assert.equal(lastDayShown(end, start), lastShownDay(end, start));
    }
  });
});
