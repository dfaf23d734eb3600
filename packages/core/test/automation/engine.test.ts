import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { AutomationRule } from '../../src/model/automation.js';
import { createProject } from '../../src/store/project.js';
import { load, sample } from '../store/helpers.js';
import { doneToProgress, withRules } from './helpers.js';

describe('automation triggers', () => {
  it('field-changed with to: runs on the change, not on others', () => {
    const p = withRules([doneToProgress]);
    p.updateTask('build', { name: 'Build it' });
    assert.equal(p.task('build')?.progress, undefined);
    p.updateTask('build', { status: 'done' });
    assert.equal(p.task('build')?.progress, 100);
    assert.deepEqual(
      p.automationLog().map((r) => [r.ruleId, r.taskId, r.outcome]),
      [['r-done', 'build', 'done']],
    );
  });

  it('field-changed with from, on fields.<id>, and on an item added to a list', () => {
    const p = withRules([
      {
        id: 'a',
        when: { type: 'field-changed', field: 'status', from: 'in-progress' },
        then: [{ type: 'add-note', text: 'left progress' }],
      },
      {
        id: 'b',
        when: { type: 'field-changed', field: 'fields.size', to: 's' },
        then: [{ type: 'set-field', field: 'priority', value: 'low' }],
      },
      {
        id: 'c',
        when: { type: 'field-changed', field: 'assignees', to: 'bob' },
        then: [{ type: 'add-note', text: 'bob joined {{task.name}}' }],
      },
    ]);
    p.updateTask('design', { status: 'todo' });
    assert.equal(p.notes('design').length, 0);
    p.updateTask('build', { status: 'blocked' });
    assert.deepEqual(
      p.notes('build').map((n) => n.text),
      ['Check the API limits', 'left progress'],
    );
    p.setFieldValue('build', 'size', 's');
    assert.equal(p.task('build')?.priority, 'low');
    p.updateTask('design', { assignees: ['ann', 'bob'] });
    assert.deepEqual(
      p.notes('design').map((n) => n.text),
      ['bob joined Design'],
    );
    p.updateTask('design', { assignees: ['bob'] });
    assert.equal(p.notes('design').length, 1, 'removing ann adds nobody');
  });

  it('task-created, note-added and predecessors-done', () => {
    const p = withRules([
      {
        id: 'new',
        when: { type: 'task-created' },
        then: [{ type: 'set-field', field: 'status', value: 'todo' }],
      },
      {
        id: 'note',
        when: { type: 'note-added' },
        then: [{ type: 'set-field', field: 'priority', value: 'high' }],
      },
      {
        id: 'ready',
        when: { type: 'predecessors-done' },
        then: [{ type: 'notify', to: ['assignees'], message: '{{task.name}} can start' }],
      },
    ]);
    const t = p.addTask({ name: 'Docs' });
    assert.equal(p.task(t.id)?.status, 'todo');
    p.addNote({ taskId: 'design', text: 'hi' });
    assert.equal(p.task('design')?.priority, 'high');
    // build's only predecessor is design (done): reopening and finishing design again fires it.
    p.updateTask('design', { status: 'in-progress' });
    assert.equal(p.notifications().length, 0);
    p.updateTask('design', { status: 'done' });
    const [n] = p.notifications();
    assert.equal(n?.message, 'Build can start');
    assert.deepEqual(n?.to, ['ann', 'bob']);
    assert.equal(n?.taskId, 'build');
    assert.equal(n?.read, false);
  });

  it('predecessors-done waits for the last unfinished predecessor', () => {
    const data = sample();
    data.tasks.push({ id: 'extra', name: 'Extra', start: '2026-03-02', duration: 1, status: 'todo' });
    data.dependencies?.push({ id: 'd2', from: 'extra', to: 'build' });
    data.automations = [
      { id: 'ready', when: { type: 'predecessors-done' }, then: [{ type: 'add-note', text: 'go' }] },
    ];
    const p = load(data);
    p.updateTask('design', { status: 'todo' });
    p.updateTask('design', { status: 'done' });
    assert.equal(p.notes('build').length, 1, 'extra is not done yet');
    p.updateTask('extra', { status: 'done' });
    assert.equal(p.notes('build').length, 2);
  });
});

describe('automation conditions', () => {
  const cases: [unknown, boolean][] = [
    [{ field: 'status', op: 'eq', value: 'in-progress' }, true],
    [{ field: 'status', op: 'ne', value: 'in-progress' }, false],
    [{ field: 'assignees', op: 'in', value: ['bob', 'x'] }, true],
    [{ field: 'priority', op: 'in', value: ['low'] }, false],
    [{ field: 'duration', op: 'gt', value: 2 }, true],
    [{ field: 'duration', op: 'gte', value: 3 }, true],
    [{ field: 'duration', op: 'lt', value: 3 }, false],
    [{ field: 'duration', op: 'lte', value: 3 }, true],
    [{ field: 'start', op: 'lt', value: '2026-03-05' }, true],
    [{ field: 'name', op: 'lt', value: 3 }, false],
    [{ field: 'name', op: 'contains', value: 'UIL' }, true],
    [{ field: 'assignees', op: 'contains', value: 'ann' }, true],
    [{ field: 'color', op: 'empty' }, true],
    [{ field: 'fields.size', op: 'not-empty' }, true],
    [{ field: 'status.category', op: 'eq', value: 'active' }, true],
    [
      {
        all: [
          { field: 'status', op: 'eq', value: 'in-progress' },
          { field: 'groupId', op: 'eq', value: 'web' },
        ],
      },
      false,
    ],
    [
      {
        any: [
          { field: 'status', op: 'eq', value: 'x' },
          { field: 'groupId', op: 'eq', value: 'api' },
        ],
      },
      true,
    ],
    [{ not: { field: 'groupId', op: 'eq', value: 'api' } }, false],
  ];
  for (const [condition, expected] of cases) {
    it(`${JSON.stringify(condition)} is ${expected}`, () => {
      const p = withRules([
        {
          id: 'c',
          when: { type: 'field-changed', field: 'name' },
          if: condition as never,
          then: [{ type: 'set-field', field: 'color', value: '#000000' }],
        },
      ]);
      p.updateTask('build', { name: 'Build' === p.task('build')?.name ? 'BUILD' : 'Build' });
      assert.equal(p.automationLog()[0]?.outcome, expected ? 'done' : 'skipped');
    });
  }
});

describe('automation actions', () => {
  it('assign adds or replaces people', () => {
    const p = withRules([
      {
        id: 'add',
        when: { type: 'field-changed', field: 'status', to: 'blocked' },
        then: [{ type: 'assign', people: ['bob'] }],
      },
      {
        id: 'rep',
        when: { type: 'field-changed', field: 'status', to: 'todo' },
        then: [{ type: 'assign', people: ['bob'], mode: 'replace' }],
      },
    ]);
    p.updateTask('design', { status: 'blocked' });
    assert.deepEqual(p.task('design')?.assignees, ['ann', 'bob']);
    p.updateTask('build', { status: 'todo' });
    assert.deepEqual(p.task('build')?.assignees, ['bob']);
  });

  it('create-task as subtask, sibling and successor, with placeholders', () => {
    const p = withRules([
      {
        id: 'mk',
        name: 'Follow-up',
        when: { type: 'field-changed', field: 'status', to: 'done' },
        then: [
          { type: 'create-task', task: { name: 'Review {{task.name}}', duration: 1 }, as: 'subtask' },
          { type: 'create-task', task: { name: 'Sibling of {{task.name}}' } },
          { type: 'create-task', task: { name: '{{rule.name}}: {{task.name}}' }, as: 'successor' },
        ],
      },
    ]);
    p.updateTask('ship', { status: 'done' });
    const names = p.tasks().map((t) => t.name);
    assert.ok(names.includes('Review Ship'));
    const sub = p.tasks().find((t) => t.name === 'Review Ship');
    assert.equal(sub?.parentId, 'ship');
    const sib = p.tasks().find((t) => t.name === 'Sibling of Ship');
    assert.equal(sib?.parentId, undefined);
    const succ = p.tasks().find((t) => t.name === 'Follow-up: Ship');
    assert.ok(succ);
    assert.deepEqual(
      p.predecessors(succ.id).map((d) => d.from),
      ['ship'],
    );
  });

  it('shift-dates moves stored dates by calendar days', () => {
    const p = withRules([
      {
        id: 's',
        when: { type: 'field-changed', field: 'status', to: 'blocked' },
        then: [{ type: 'shift-dates', days: 7 }],
      },
    ]);
    const before = p.task('build');
    p.updateTask('build', { status: 'blocked' });
    assert.equal(p.task('build')?.start, '2026-03-11');
    assert.equal(p.task('build')?.end, '2026-03-14');
    assert.equal(p.task('build')?.duration, before?.duration);
  });

  it('custom actions the host registered, with params; changes join the transaction', () => {
    const seen: unknown[] = [];
    const p = withRules(
      [
        {
          id: 'c',
          when: { type: 'field-changed', field: 'status' },
          then: [{ type: 'custom', name: 'tag', params: { tag: 'x' } }],
        },
      ],
      {
        actions: {
          tag: ({ project, task, params, rule }) => {
            seen.push([task.id, params, rule.id]);
            (project as ReturnType<typeof load>).updateTask(task.id, {
              tags: [(params as { tag: string }).tag],
            });
          },
        },
      },
    );
    p.updateTask('build', { status: 'todo' });
    assert.deepEqual(seen, [['build', { tag: 'x' }, 'c']]);
    assert.deepEqual(p.task('build')?.tags, ['x']);
    p.undo();
    assert.equal(p.task('build')?.tags, undefined);
    assert.equal(p.task('build')?.status, 'in-progress');
  });

  it('notify: to people and assignees, deduplicated, newest first, mark as read', () => {
    const p = withRules([
      {
        id: 'n',
        name: 'Tell',
        when: { type: 'field-changed', field: 'status' },
        then: [
          {
            type: 'notify',
            to: ['bob', 'assignees'],
            message: '{{task.name}} is {{task.status}} ({{rule.name}})',
          },
        ],
      },
    ]);
    const events: string[] = [];
    p.subscribeAutomation((e) => events.push(e.kind));
    p.updateTask('design', { status: 'blocked' });
    p.updateTask('build', { status: 'done' });
    const list = p.notifications();
    assert.deepEqual(
      list.map((n) => n.message),
      ['Build is Done (Tell)', 'Design is Blocked (Tell)'],
    );
    assert.deepEqual(list[1]?.to, ['bob', 'ann']);
    assert.equal(p.notifications({ person: 'ann' }).length, 2);
    assert.equal(p.notifications({ person: 'bob', unread: true }).length, 2);
    assert.deepEqual(p.markNotificationsRead([list[0]?.id as string]), [list[0]?.id]);
    assert.equal(p.notifications({ unread: true }).length, 1);
    p.markNotificationsRead(undefined, 'ann');
    assert.equal(p.notifications({ unread: true }).length, 0);
    assert.deepEqual(events, ['run', 'notification', 'run', 'notification', 'read', 'read']);
  });
});

describe('automation semantics', () => {
  it("one undo step undoes the person's change and the rule's effects; redo brings both", () => {
    const p = withRules([doneToProgress]);
    const batches: string[] = [];
    p.subscribe((b) => batches.push(`${b.origin}:${b.operations.length}`));
    p.updateTask('build', { status: 'done' });
    assert.deepEqual(batches, ['local:2']);
    assert.equal(p.undo(), true);
    assert.equal(p.task('build')?.status, 'in-progress');
    assert.equal(p.task('build')?.progress, undefined);
    assert.equal(p.canUndo, false);
    p.redo();
    assert.equal(p.task('build')?.progress, 100);
    assert.equal(p.automationLog().length, 1, 'undo and redo run no rules');
  });

  it('all or nothing: a failing action rolls back the rule, never the person’s change', () => {
    const p = withRules([
      {
        id: 'bad',
        when: { type: 'field-changed', field: 'status' },
        then: [
          { type: 'set-field', field: 'progress', value: 50 },
          { type: 'notify', to: ['assignees'], message: 'x' },
          { type: 'set-field', field: 'status', value: 'no-such-status' },
        ],
      },
      doneToProgress,
    ]);
    p.updateTask('build', { status: 'done' });
    assert.equal(p.task('build')?.status, 'done');
    assert.equal(p.task('build')?.progress, 100, 'the other rule still ran');
    assert.equal(p.notifications().length, 0, 'the failed rule sent nothing');
    const [failed] = p.automationLog({ outcome: 'failed' });
    assert.equal(failed?.ruleId, 'bad');
    assert.match(failed?.error ?? '', /no-such-status/);
    p.undo();
    assert.equal(p.task('build')?.status, 'in-progress');
    assert.equal(p.task('build')?.progress, undefined);
  });

  it('an unknown custom action or person fails the run with a clear error', () => {
    const p = withRules([
      { id: 'x', when: { type: 'task-created' }, then: [{ type: 'custom', name: 'nope' }] },
      { id: 'y', when: { type: 'task-created' }, then: [{ type: 'notify', to: ['ghost'], message: 'm' }] },
    ]);
    p.addTask({ name: 'T' });
    const errors = p.automationLog({ outcome: 'failed' }).map((r) => r.error);
    assert.deepEqual(errors, ['notify: no person "ghost"', 'no custom action "nope" is registered']);
  });

  it("a rule's change triggers only cascade rules", () => {
    const rules: AutomationRule[] = [
      doneToProgress,
      {
        id: 'plain',
        when: { type: 'field-changed', field: 'progress' },
        then: [{ type: 'add-note', text: 'plain' }],
      },
      {
        id: 'chained',
        cascade: true,
        when: { type: 'field-changed', field: 'progress' },
        then: [{ type: 'add-note', text: 'chained' }],
      },
    ];
    const p = withRules(rules);
    p.updateTask('design', { status: 'todo' });
    p.updateTask('design', { status: 'done' });
    assert.deepEqual(
      p.notes('design').map((n) => n.text),
      ['chained'],
    );
    p.updateTask('design', { progress: 10 });
    assert.deepEqual(
      p.notes('design').map((n) => n.text),
      ['chained', 'plain', 'chained'],
    );
  });

  it('a chain stops at depth 10 and is logged as loop', () => {
    let n = 0;
    const q = withRules(
      [
        {
          id: 'bump',
          cascade: true,
          when: { type: 'field-changed', field: 'progress' },
          then: [{ type: 'custom', name: 'bump' }],
        },
      ],
      {
        actions: {
          bump: ({ project, task }) => {
            n += 1;
            (project as ReturnType<typeof load>).updateTask(task.id, {
              progress: ((task.progress ?? 0) + 1) % 100,
            });
          },
        },
      },
    );
    q.updateTask('build', { progress: 1 });
    assert.equal(n, 10, 'depths 0 to 9 ran');
    assert.equal(q.task('build')?.progress, 11);
    const log = q.automationLog();
    assert.equal(log[0]?.outcome, 'loop');
    assert.equal(log.filter((r) => r.outcome === 'done').length, 10);
    q.undo();
    assert.equal(q.task('build')?.progress, undefined, 'one undo step takes the whole chain back');
  });

  it('disabled rules do not run; rules run in list order', () => {
    const order: string[] = [];
    const act = (name: string) => () => {
      order.push(name);
    };
    const p = withRules(
      [
        { id: 'b', when: { type: 'task-created' }, then: [{ type: 'custom', name: 'b' }] },
        { id: 'a', when: { type: 'task-created' }, then: [{ type: 'custom', name: 'a' }] },
        {
          id: 'off',
          enabled: false,
          when: { type: 'task-created' },
          then: [{ type: 'custom', name: 'off' }],
        },
      ],
      { actions: { a: act('a'), b: act('b'), off: act('off') } },
    );
    p.updateTasks([]);
    p.transaction(() => {
      p.addTask({ id: 'x1', name: 'X1' });
      p.addTask({ id: 'x2', name: 'X2' });
    });
    assert.deepEqual(order, ['b', 'b', 'a', 'a']);
    p.setAutomationEnabled('off', true);
    p.addTask({ name: 'X3' });
    assert.deepEqual(order.slice(4), ['b', 'a', 'off']);
  });

  it('remote batches, previews and a rolled-back transaction run nothing', () => {
    const p = withRules([doneToProgress]);
    p.applyOperations([
      { kind: 'update', entity: 'task', id: 'build', after: { ...p.task('build'), status: 'done' } },
    ]);
    assert.equal(p.task('build')?.progress, undefined);
    p.preview(() => p.updateTask('design', { status: 'todo' }));
    p.endPreview();
    assert.throws(() =>
      p.transaction(() => {
        p.updateTask('design', { status: 'todo' });
        p.updateTask('design', { status: 'done', progress: 5 });
        throw new Error('no');
      }),
    );
    assert.equal(p.automationLog().length, 0);
  });

  it('a change and back within one transaction is no change', () => {
    const p = withRules([doneToProgress]);
    p.transaction(() => {
      p.updateTask('build', { status: 'done' });
      p.updateTask('build', { status: 'in-progress' });
    });
    assert.equal(p.automationLog().length, 0);
  });

  it('the log is bounded and filtered', () => {
    const p = withRules([doneToProgress], { automationLogLimit: 3 });
    for (let i = 0; i < 5; i++) {
      p.updateTask('build', { status: 'done' });
      p.updateTask('build', { status: 'todo' });
    }
    assert.equal(p.automationLog().length, 3);
    assert.equal(p.automationLog({ taskId: 'design' }).length, 0);
    assert.equal(p.automationLog({ ruleId: 'r-done', since: '2026-03-02T09:00' }).length, 3);
  });
});

describe('hostile text', () => {
  it('placeholders fill once, as text; markup stays text', () => {
    const evil = '<img src=x onerror=alert(1)>{{rule.name}}';
    const p = withRules([
      {
        id: 'h',
        name: '{{task.name}}',
        when: { type: 'field-changed', field: 'status' },
        then: [
          {
            type: 'notify',
            to: ['ann'],
            message:
              'Hi {{task.name}} — {{rule.name}} {{unknown.thing}} {{task.fields.size}} {{task.assignees}}',
          },
          { type: 'add-note', text: '{{task.name}}' },
        ],
      },
    ]);
    p.updateTask('build', { name: evil, status: 'done' });
    assert.equal(p.notifications()[0]?.message, `Hi ${evil} — {{task.name}} {{unknown.thing}} l Ann, Bob`);
    assert.equal(p.notes('build').at(-1)?.text, evil);
  });
});

describe('rules as data', () => {
  it('round-trip through toJSON, with their order; edited as undoable operations', () => {
    const p = withRules([doneToProgress]);
    const added = p.addAutomation({ name: 'New', when: { type: 'task-created' }, then: [] });
    assert.equal(added.id, 'automation-1');
    p.updateAutomation(added.id, { name: 'Renamed' });
    p.setAutomationEnabled('r-done', false);
    assert.equal(p.automation('r-done')?.enabled, false);
    const json = p.toJSON();
    assert.deepEqual(
      json.automations?.map((r) => r.id),
      ['r-done', 'automation-1'],
    );
    const again = createProject(json, { scheduler: false });
    assert.deepEqual(again.toJSON().automations, json.automations);
    p.undo();
    assert.equal(p.automation('r-done')?.enabled, undefined);
    p.removeAutomation(added.id);
    assert.equal(p.automations().length, 1);
    p.undo();
    assert.equal(p.automations().length, 2);
  });

  it('bad rules: clear typed errors naming the rule and the path; nothing stored', () => {
    const bad = (rule: unknown) => {
      try {
        withRules([rule as AutomationRule]);
      } catch (error) {
        return (error as { details: { path: string; code: string; message: string }[] }).details;
      }
      assert.fail('no error');
    };
    const unknownField = bad({ ...doneToProgress, colour: 'red' });
    assert.deepEqual(
      unknownField.map((i) => [i.path, i.code]),
      [['automations[0].colour', 'UNKNOWN_FIELD']],
    );
    assert.match(unknownField[0]?.message ?? '', /"r-done"/);
    const trigger = bad({ ...doneToProgress, when: { type: 'when-pigs-fly' } });
    assert.deepEqual(
      trigger.map((i) => [i.path, i.code]),
      [['automations[0].when.type', 'INVALID_VALUE']],
    );
    const action = bad({ ...doneToProgress, then: [{ type: 'explode' }] });
    assert.deepEqual(
      action.map((i) => [i.path, i.code]),
      [['automations[0].then[0].type', 'INVALID_VALUE']],
    );
    const member = bad({ ...doneToProgress, then: [{ type: 'notify', to: ['ann'], message: 'x', cc: [] }] });
    assert.deepEqual(
      member.map((i) => [i.path, i.code]),
      [['automations[0].then[0].cc', 'UNKNOWN_FIELD']],
    );
    const cond = bad({ ...doneToProgress, if: { field: 'status', op: 'like' } });
    assert.deepEqual(
      cond.map((i) => [i.path, i.code]),
      [['automations[0].if.op', 'INVALID_VALUE']],
    );
    const p = withRules([]);
    assert.throws(
      () => p.addAutomation({ when: { type: 'nope' }, then: [] } as never),
      /automation\["automation-1"\]\.when\.type/,
    );
    assert.equal(p.automations().length, 0);
    assert.equal(p.canUndo, false);
    assert.throws(() => withRules([doneToProgress, doneToProgress]), /repeats the id/);
  });
});
