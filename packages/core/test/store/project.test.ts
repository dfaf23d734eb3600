import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RoadlineError } from '../../src/model/errors.js';
import type { Operation } from '../../src/model/operations.js';
import type { ChangeBatch } from '../../src/store/change-batch.js';
import { createProject } from '../../src/store/project.js';
import { load, sample, throwsCode, throwsIssue } from './helpers.js';

describe('createProject', () => {
  it('loads, normalizes and reads in WBS order', () => {
    const p = load();
    assert.deepEqual(p.wbsOrder(), ['phase', 'design', 'build', 'ship']);
    assert.deepEqual(
      p.children().map((t) => t.id),
      ['phase', 'ship'],
    );
    assert.deepEqual(
      p.children('phase').map((t) => t.id),
      ['design', 'build'],
    );
    assert.equal(p.parent('build')?.id, 'phase');
    assert.equal(p.depth('build'), 1);
    assert.equal(p.isSummary('phase'), true);
    assert.equal(p.isSummary('build'), false);
    // Mon 2 Mar + 2 working days ends at Wed 00:00; Wed 4 Mar + 3 days skips the weekend.
    assert.equal(p.task('design')?.end, '2026-03-04');
    assert.equal(p.task('build')?.end, '2026-03-07');
    assert.equal(p.task('ship')?.end, '2026-03-09');
    assert.equal(p.task('ship')?.duration, 0);
    assert.equal(p.statuses().length, 4);
  });

  it('derives duration from start and end on the calendar', () => {
    const p = load({
      id: 'p',
      name: 'P',
      tasks: [{ id: 'a', name: 'A', start: '2026-03-06', end: '2026-03-10' }],
    });
    assert.equal(p.task('a')?.duration, 2); // Fri and Mon
    const hours = load({
      id: 'p',
      name: 'P',
      calendar: {
        workingHours: [
          ['08:00', '12:00'],
          ['13:00', '17:00'],
        ],
      },
      tasks: [{ id: 'a', name: 'A', start: '2026-03-02T08:00', duration: 4, durationUnit: 'hour' }],
    });
    assert.equal(hours.task('a')?.end, '2026-03-02T12:00');
  });

  it('never mutates or keeps the host data', () => {
    const data = sample();
    const before = JSON.stringify(data);
    const p = load(data);
    p.updateTask('design', { name: 'Changed' });
    assert.equal(JSON.stringify(data), before);
    (data.tasks[1] as { name: string }).name = 'Host edit';
    assert.equal(p.task('design')?.name, 'Changed');
  });

  it('hands out frozen entities', () => {
    const p = load();
    const task = p.task('build');
    assert.ok(Object.isFrozen(task));
    assert.ok(Object.isFrozen(task?.assignees));
    assert.throws(() => {
      (task as { name: string }).name = 'x';
    }, TypeError);
  });

  it('rejects invalid data with every issue and loads nothing', () => {
    const error = throwsCode(
      () =>
        createProject({
          id: 'p',
          name: 'P',
          tasks: [
            { id: 'a', name: 'A', progress: 200 },
            { id: 'a', name: 'dup' },
          ],
        }),
      'INVALID_DATA',
    );
    assert.equal((error.details as unknown[]).length, 2);
  });

  it('loads an empty project', () => {
    const p = load({ id: 'e', name: 'Empty', tasks: [] });
    assert.deepEqual(p.tasks(), []);
    assert.equal(p.toJSON().tasks.length, 0);
  });

  it('finds items by group, status, person, release and priority', () => {
    const p = load();
    assert.deepEqual(
      p.tasksBy('groupId', 'api').map((t) => t.id),
      ['build'],
    );
    assert.deepEqual(
      p.tasksBy('status', 'done').map((t) => t.id),
      ['design'],
    );
    assert.deepEqual(
      p.tasksBy('assignee', 'ann').map((t) => t.id),
      ['design', 'build'],
    );
    assert.deepEqual(
      p.tasksBy('assignee', 'bob').map((t) => t.id),
      ['build'],
    );
    assert.deepEqual(
      p.tasksBy('releaseId', 'r1').map((t) => t.id),
      ['build'],
    );
    assert.deepEqual(
      p.tasksBy('status', undefined).map((t) => t.id),
      ['phase', 'ship'],
    );
    p.updateTask('ship', { status: 'done' });
    assert.deepEqual(
      p.tasksBy('status', 'done').map((t) => t.id),
      ['design', 'ship'],
    );
  });

  it('reads links by task', () => {
    const p = load();
    assert.deepEqual(
      p.predecessors('build').map((d) => d.id),
      ['d1'],
    );
    assert.deepEqual(
      p.successors('design').map((d) => d.id),
      ['d1'],
    );
    assert.deepEqual(p.successors('build'), []);
  });
});

describe('task mutations', () => {
  it('adds a task last among its siblings with a generated id', () => {
    const p = load();
    const t = p.addTask({ name: 'Test', parentId: 'phase', start: '2026-03-09', duration: 1 });
    assert.equal(t.id, 'task-1');
    assert.equal(t.end, '2026-03-10');
    assert.deepEqual(
      p.children('phase').map((c) => c.id),
      ['design', 'build', 'task-1'],
    );
  });

  it('rejects a duplicate id, an unknown parent and bad values, changing nothing', () => {
    const p = load();
    const before = JSON.stringify(p.toJSON());
    throwsCode(() => p.addTask({ id: 'design', name: 'x' }), 'DUPLICATE_ID');
    throwsIssue(() => p.addTask({ name: 'x', parentId: 'nope' }), 'UNKNOWN_REFERENCE');
    throwsIssue(() => p.addTask({ name: 'x', progress: 150 }), 'INVALID_PROGRESS');
    throwsIssue(() => p.addTask({ name: 'x', duration: -2 }), 'INVALID_DURATION');
    throwsIssue(() => p.addTask({ name: 'x', start: '2026-13-01' }), 'MALFORMED_DATE');
    throwsIssue(() => p.addTask({ name: 'x', start: '2026-03-05', end: '2026-03-01' }), 'END_BEFORE_START');
    throwsIssue(() => p.addTask({ name: 'x', status: 'later' }), 'UNKNOWN_REFERENCE');
    throwsIssue(() => p.addTask({ name: 'x', assignees: ['zed'] }), 'UNKNOWN_REFERENCE');
    throwsIssue(() => p.addTask({ name: 7 } as never), 'WRONG_TYPE');
    throwsIssue(() => p.addTask({ id: '', name: 'x' }), 'MISSING_ID');
    throwsIssue(() => p.addTask({ id: '__proto__', name: 'x' }), 'UNSAFE_KEY');
    throwsIssue(() => p.addTask(JSON.parse('{"name":"x","__proto__":{"hacked":1}}')), 'UNSAFE_KEY');
    assert.equal(JSON.stringify(p.toJSON()), before);
    assert.equal(p.version, 0);
    assert.equal(({} as Record<string, unknown>).hacked, undefined);
  });

  it('updateTasks applies several patches as one batch and one undo step, all or none', () => {
    const p = load();
    const batches: number[] = [];
    p.subscribe((b) => batches.push(b.operations.length));
    assert.deepEqual(p.updateTasks([]), []);
    assert.equal(p.version, 0, 'an empty list changes nothing');
    assert.equal(p.canUndo, false);
    const updated = p.updateTasks([
      { id: 'design', patch: { name: 'Design 2' } },
      { id: 'build', patch: { order: 5 } },
    ]);
    assert.deepEqual(
      updated.map((t) => t.id),
      ['design', 'build'],
    );
    assert.deepEqual(batches, [2]);
    const before = JSON.stringify(p.toJSON());
    throwsCode(
      () =>
        p.updateTasks([
          { id: 'design', patch: { name: 'Design 3' } },
          { id: 'nope', patch: { name: 'x' } },
        ]),
      'NOT_FOUND',
    );
    assert.equal(JSON.stringify(p.toJSON()), before, 'a failing update rolls back the others');
    assert.ok(p.undo());
    assert.equal(p.task('design')?.name, 'Design');
    assert.equal(p.canUndo, false, 'one undo step');
  });

  it('moving start keeps the duration; moving end changes it', () => {
    const p = load();
    p.updateTask('build', { start: '2026-03-09' });
    assert.equal(p.task('build')?.end, '2026-03-12');
    assert.equal(p.task('build')?.duration, 3);
    p.updateTask('build', { end: '2026-03-16' });
    assert.equal(p.task('build')?.duration, 5);
    p.updateTask('build', { duration: 1 });
    assert.equal(p.task('build')?.end, '2026-03-10');
  });

  it('removes members set to undefined and refuses to change the id', () => {
    const p = load();
    p.updateTask('build', { releaseId: undefined, fields: undefined });
    assert.equal(p.task('build')?.releaseId, undefined);
    assert.equal('fields' in (p.task('build') ?? {}), false);
    throwsCode(() => p.updateTask('build', { id: 'other' }), 'INVALID_ARGUMENT');
    throwsCode(() => p.updateTask('nope', { name: 'x' }), 'NOT_FOUND');
  });

  it('emits nothing for an edit that changes nothing', () => {
    const p = load();
    p.updateTask('build', { name: 'Build' });
    assert.equal(p.version, 0);
    assert.equal(p.canUndo, false);
  });

  it('removes a task with its subtasks, their links and notes, as one undoable batch', () => {
    const p = load();
    const batches: ChangeBatch[] = [];
    p.subscribe((b) => batches.push(b));
    const before = p.toJSON();
    p.removeTask('phase');
    assert.deepEqual(p.wbsOrder(), ['ship']);
    assert.equal(p.dependencies().length, 0);
    assert.equal(p.notes().length, 0);
    assert.deepEqual(
      batches[0]?.operations.map((o) => `${o.kind} ${o.entity} ${o.id}`),
      [
        'remove dependency d1',
        'remove note n1',
        'remove task design',
        'remove task build',
        'remove task phase',
      ],
    );
    p.undo();
    assert.deepEqual(p.toJSON(), before);
  });

  it('rejects re-parenting under a descendant', () => {
    const p = load();
    const error = throwsIssue(() => p.updateTask('phase', { parentId: 'design' }), 'HIERARCHY_CYCLE');
    assert.match(error.message, /design/);
    throwsIssue(() => p.updateTask('phase', { parentId: 'phase' }), 'HIERARCHY_CYCLE');
  });

  it('sets and clears custom field values, checking their type', () => {
    const p = load();
    p.setFieldValue('design', 'size', 's');
    assert.deepEqual(p.task('design')?.fields, { size: 's' });
    throwsIssue(() => p.setFieldValue('design', 'size', 'xxl'), 'WRONG_TYPE');
    throwsIssue(() => p.setFieldValue('design', 'nope', 1), 'UNKNOWN_REFERENCE');
    throwsIssue(() => p.setFieldValue('design', '__proto__', 1), 'UNSAFE_KEY');
    p.setFieldValue('design', 'size', undefined);
    assert.equal(p.task('design')?.fields, undefined);
  });
});

describe('hierarchy moves', () => {
  const flat = () =>
    load({
      id: 'p',
      name: 'P',
      tasks: ['a', 'b', 'c', 'd'].map((id) => ({ id, name: id.toUpperCase() })),
    });

  it('reorders among siblings by changing only the moved task', () => {
    const p = flat();
    const batches: ChangeBatch[] = [];
    p.subscribe((b) => batches.push(b));
    p.reorderTask('d', 1);
    assert.deepEqual(p.wbsOrder(), ['a', 'd', 'b', 'c']);
    assert.equal(batches[0]?.operations.length, 1);
    p.reorderTask('a', 99);
    assert.deepEqual(p.wbsOrder(), ['d', 'b', 'c', 'a']);
    p.reorderTask('a', 0);
    assert.deepEqual(p.wbsOrder(), ['a', 'd', 'b', 'c']);
    throwsCode(() => p.reorderTask('a', -1), 'INVALID_ARGUMENT');
  });

  it('renumbers siblings when there is no room between neighbours', () => {
    const p = flat();
    for (let i = 0; i < 60; i++) p.reorderTask(i % 2 === 0 ? 'd' : 'c', 1);
    assert.deepEqual(p.wbsOrder().length, 4);
    assert.deepEqual(new Set(p.wbsOrder()), new Set(['a', 'b', 'c', 'd']));
    assert.equal(p.wbsOrder()[0], 'a');
  });

  it('indents under the sibling above and outdents after the parent', () => {
    const p = flat();
    p.indentTask('b');
    assert.equal(p.task('b')?.parentId, 'a');
    p.indentTask('c');
    assert.deepEqual(
      p.children('a').map((t) => t.id),
      ['b', 'c'],
    );
    p.outdentTask('b');
    assert.deepEqual(p.wbsOrder(), ['a', 'c', 'b', 'd']);
    assert.equal(p.task('b')?.parentId, undefined);
    throwsCode(() => p.indentTask('a'), 'INVALID_ARGUMENT');
    throwsCode(() => p.outdentTask('a'), 'INVALID_ARGUMENT');
  });

  it('moves to another parent and group at a position', () => {
    const p = load();
    p.moveTask('ship', { parentId: 'phase', index: 1, groupId: 'web' });
    assert.deepEqual(
      p.children('phase').map((t) => t.id),
      ['design', 'ship', 'build'],
    );
    assert.equal(p.task('ship')?.groupId, 'web');
    p.moveTask('ship', { parentId: null, groupId: null });
    assert.deepEqual(
      p.children().map((t) => t.id),
      ['phase', 'ship'],
    );
    assert.equal(p.task('ship')?.groupId, undefined);
    throwsCode(() => p.moveTask('ship', { parentId: 'ghost' }), 'NOT_FOUND');
    throwsIssue(() => p.moveTask('ship', { groupId: 'ghost' }), 'UNKNOWN_REFERENCE');
  });
});

describe('dependency mutations', () => {
  it('adds, updates and removes links', () => {
    const p = load();
    const d = p.addDependency({ from: 'build', to: 'ship', lag: 1 });
    assert.equal(d.id, 'dependency-1');
    p.updateDependency(d.id, { type: 'SS', lag: undefined });
    assert.deepEqual(p.dependency(d.id), { from: 'build', to: 'ship', id: 'dependency-1', type: 'SS' });
    p.removeDependency(d.id);
    assert.equal(p.dependency(d.id), undefined);
    throwsCode(() => p.removeDependency(d.id), 'NOT_FOUND');
  });

  it('rejects a link that closes a cycle, naming the tasks', () => {
    const p = load();
    p.addDependency({ id: 'd2', from: 'build', to: 'ship' });
    const error = throwsCode(() => p.addDependency({ id: 'd3', from: 'ship', to: 'design' }), 'CYCLE');
    assert.deepEqual(error.details, { tasks: ['ship', 'design', 'build'] });
    assert.equal(p.dependency('d3'), undefined);
    throwsCode(() => p.updateDependency('d2', { to: 'design', from: 'build' }), 'CYCLE');
    assert.equal(p.dependency('d2')?.to, 'ship');
  });

  it('rejects self-links, duplicates, summary-to-subtask links and unknown tasks', () => {
    const p = load();
    throwsIssue(() => p.addDependency({ from: 'ship', to: 'ship' }), 'SELF_LINK');
    throwsIssue(() => p.addDependency({ from: 'design', to: 'build', type: 'SS' }), 'DUPLICATE_LINK');
    throwsCode(() => p.addDependency({ from: 'phase', to: 'build' }), 'CYCLE');
    throwsIssue(() => p.addDependency({ from: 'ghost', to: 'build' }), 'UNKNOWN_REFERENCE');
    throwsIssue(() => p.addDependency({ from: 'ship', to: 'build', lag: Number.NaN }), 'WRONG_TYPE');
    assert.equal(p.dependencies().length, 1);
  });
});

describe('catalog mutations', () => {
  it('people: add, update, remove unassigns everywhere', () => {
    const p = load();
    p.addPerson({ id: 'cy', name: 'Cy', capacity: 6 });
    p.updatePerson('cy', { capacity: 4 });
    assert.equal(p.person('cy')?.capacity, 4);
    throwsIssue(() => p.updatePerson('cy', { capacity: -1 }), 'INVALID_VALUE');
    p.removePerson('ann');
    assert.deepEqual(p.task('build')?.assignees, ['bob']);
    assert.equal(p.task('design')?.assignees, undefined);
    assert.deepEqual(
      p.people().map((x) => x.id),
      ['bob', 'cy'],
    );
    p.undo();
    assert.deepEqual(
      p.people().map((x) => x.id),
      ['ann', 'bob', 'cy'],
    );
    assert.deepEqual(p.task('design')?.assignees, ['ann']);
  });

  it('statuses: remove moves tasks to a replacement or clears them', () => {
    const p = load();
    p.addStatus({ id: 'review', label: 'Review', category: 'active' });
    p.updateStatus('review', { color: '#fff' });
    p.removeStatus('done', 'review');
    assert.equal(p.task('design')?.status, 'review');
    p.removeStatus('review');
    assert.equal(p.task('design')?.status, undefined);
    throwsIssue(() => p.addStatus({ id: 'x', label: 'X', category: 'someday' as never }), 'INVALID_VALUE');
    throwsIssue(() => p.removeStatus('todo', 'ghost'), 'UNKNOWN_REFERENCE');
    assert.ok(p.status('todo'));
  });

  it('priorities, groups, releases and calendars clear their references on removal', () => {
    const p = load();
    p.updateTask('build', { priority: 'high' });
    p.addPriority({ id: 'p0', label: 'P0', rank: -1 });
    p.updatePriority('p0', { label: 'Top' });
    p.removePriority('high');
    assert.equal(p.task('build')?.priority, undefined);
    p.addGroup({ id: 'ops', name: 'Ops' });
    p.updateGroup('ops', { color: '#000' });
    p.removeGroup('api', 'ops');
    assert.equal(p.task('build')?.groupId, 'ops');
    p.addRelease({ id: 'r2', name: '2.0', date: '2026-06-01' });
    p.updateRelease('r2', { status: 'planned' });
    throwsIssue(() => p.updateRelease('r2', { date: 'June' }), 'MALFORMED_DATE');
    p.removeRelease('r1');
    assert.equal(p.task('build')?.releaseId, undefined);
    p.addCalendar({ id: 'night', workingHours: [['20:00', '24:00']] });
    p.updateTask('build', { calendarId: 'night' });
    p.updateCalendar('night', { name: 'Night shift' });
    throwsIssue(() => p.updateCalendar('night', { workingDays: [8] }), 'INVALID_VALUE');
    p.removeCalendar('night');
    assert.equal(p.task('build')?.calendarId, undefined);
    assert.deepEqual(
      p.groups().map((g) => g.id),
      ['web', 'ops'],
    );
    assert.deepEqual(
      p.releases().map((r) => r.id),
      ['r2'],
    );
    assert.equal(p.calendars().length, 0);
  });

  it('fields: changing a definition must fit existing values; removal clears them', () => {
    const p = load();
    p.addField({ id: 'est', label: 'Estimate', type: 'number' });
    p.setFieldValue('design', 'est', 3);
    throwsIssue(() => p.updateField('size', { options: [{ id: 's', label: 'S' }] }), 'IN_USE');
    p.updateField('size', { label: 'T-shirt' });
    p.removeField('est');
    assert.equal(p.task('design')?.fields, undefined);
    assert.deepEqual(
      p.fields().map((f) => f.id),
      ['size'],
    );
  });

  it('notes: add with a timestamp, update, remove', () => {
    const p = load();
    const n = p.addNote({ taskId: 'design', text: 'Looks good', author: 'ann' });
    assert.equal(n.createdAt, '2026-03-02T09:00');
    p.updateNote(n.id, { text: 'Approved' });
    assert.deepEqual(
      p.notes('design').map((x) => x.text),
      ['Approved'],
    );
    throwsIssue(() => p.addNote({ taskId: 'ghost', text: 'x' }), 'UNKNOWN_REFERENCE');
    p.removeNote(n.id);
    assert.equal(p.note(n.id), undefined);
  });

  it('baselines: take, rename, remove', () => {
    const p = load();
    const b = p.takeBaseline({ name: 'Plan' });
    assert.equal(b.takenAt, '2026-03-02T09:00');
    assert.deepEqual(b.tasks.build, { start: '2026-03-04', end: '2026-03-07' });
    assert.equal(b.tasks.phase, undefined);
    p.renameBaseline(b.id, 'Approved plan');
    assert.equal(p.baseline(b.id)?.name, 'Approved plan');
    p.removeBaseline(b.id);
    assert.equal(p.baselines().length, 0);
  });

  it('settings: rename, move the start, reject a bad date', () => {
    const p = load();
    p.updateSettings({ name: 'Renamed', start: '2026-03-09' });
    assert.deepEqual(p.settings, { id: 'p', name: 'Renamed', start: '2026-03-09' });
    throwsIssue(() => p.updateSettings({ start: 'whenever' }), 'MALFORMED_DATE');
    p.updateSettings({ start: undefined });
    assert.equal(p.settings.start, undefined);
  });
});

describe('transactions', () => {
  it('groups changes into one batch, one version and one undo step', () => {
    const p = load();
    const batches: ChangeBatch[] = [];
    p.subscribe((b) => batches.push(b));
    p.transaction(() => {
      p.updateTask('design', { progress: 100 });
      p.updateTask('build', { progress: 50 });
    });
    assert.equal(batches.length, 1);
    assert.equal(batches[0]?.version, 1);
    assert.equal(batches[0]?.origin, 'local');
    assert.equal(batches[0]?.operations.length, 2);
    p.undo();
    assert.equal(p.task('design')?.progress, undefined);
    assert.equal(p.task('build')?.progress, undefined);
  });

  it('rolls back everything when anything inside throws', () => {
    const p = load();
    const before = p.toJSON();
    let heard = 0;
    p.subscribe(() => heard++);
    assert.throws(
      () =>
        p.transaction(() => {
          p.updateTask('design', { name: 'Renamed' });
          p.addTask({ id: 'new', name: 'New', parentId: 'phase' });
          p.removeTask('ship');
          p.addDependency({ from: 'build', to: 'design' });
        }),
      RoadlineError,
    );
    assert.deepEqual(p.toJSON(), before);
    assert.deepEqual(p.wbsOrder(), ['phase', 'design', 'build', 'ship']);
    assert.equal(heard, 0);
    assert.equal(p.version, 0);
    assert.equal(p.canUndo, false);
    assert.throws(
      () =>
        p.transaction(() => {
          p.updateTask('ship', { name: 'x' });
          throw new Error('host bug');
        }),
      /host bug/,
    );
    assert.equal(p.task('ship')?.name, 'Ship');
  });

  it('rolls back only the failed nested part when the outer one catches', () => {
    const p = load();
    p.transaction(() => {
      p.updateTask('design', { progress: 10 });
      try {
        p.transaction(() => {
          p.updateTask('build', { progress: 20 });
          p.updateTask('build', { progress: 999 });
        });
      } catch {
        // the outer transaction goes on without the inner part
      }
    });
    assert.equal(p.task('design')?.progress, 10);
    assert.equal(p.task('build')?.progress, undefined);
  });

  it('returns what the function returns and refuses async functions', () => {
    const p = load();
    assert.equal(
      p.transaction(() => 42),
      42,
    );
    throwsCode(() => p.transaction(async () => p.updateTask('design', { progress: 1 })), 'INVALID_ARGUMENT');
    assert.equal(p.task('design')?.progress, undefined);
  });

  it('refuses undo, redo and applyOperations inside a transaction', () => {
    const p = load();
    p.updateTask('design', { progress: 1 });
    throwsCode(() => p.transaction(() => p.undo()), 'INVALID_ARGUMENT');
    throwsCode(() => p.transaction(() => p.applyOperations([])), 'INVALID_ARGUMENT');
  });
});

describe('undo and redo', () => {
  it('undoes and redoes transactions; a new change clears redo', () => {
    const p = load();
    const initial = p.toJSON();
    p.updateTask('design', { name: 'One' });
    p.updateTask('design', { name: 'Two' });
    assert.equal(p.undo(), true);
    assert.equal(p.task('design')?.name, 'One');
    assert.equal(p.redo(), true);
    assert.equal(p.task('design')?.name, 'Two');
    p.undo();
    p.updateTask('build', { name: 'Other' });
    assert.equal(p.canRedo, false);
    assert.equal(p.redo(), false);
    p.undo();
    p.undo();
    assert.equal(p.undo(), false);
    assert.deepEqual(p.toJSON(), initial);
  });

  it('reports undo and redo batches with their origin', () => {
    const p = load();
    const origins: string[] = [];
    p.subscribe((b) => origins.push(`${b.origin}@${b.version}`));
    p.updateTask('design', { name: 'x' });
    p.undo();
    p.redo();
    assert.deepEqual(origins, ['local@1', 'undo@2', 'redo@3']);
  });

  it('caps the history at undoLimit, and 0 turns it off', () => {
    const p = load(sample(), { undoLimit: 2 });
    for (let i = 1; i <= 5; i++) p.updateTask('design', { progress: i });
    assert.equal(p.undo(), true);
    assert.equal(p.undo(), true);
    assert.equal(p.undo(), false);
    assert.equal(p.task('design')?.progress, 3);
    const off = load(sample(), { undoLimit: 0 });
    off.updateTask('design', { progress: 1 });
    assert.equal(off.canUndo, false);
  });

  it('restores removed catalog entries to their place in the list', () => {
    const p = load();
    p.removeGroup('web');
    p.addGroup({ id: 'z', name: 'Z' });
    p.undo();
    p.undo();
    assert.deepEqual(
      p.groups().map((g) => g.id),
      ['web', 'api'],
    );
  });
});

describe('subscribers and operations', () => {
  it('delivers frozen, serializable operations and unsubscribes', () => {
    const p = load();
    const seen: Operation[] = [];
    const off = p.subscribe((b) => seen.push(...b.operations));
    p.updateTask('design', { progress: 40 });
    off();
    p.updateTask('design', { progress: 50 });
    assert.equal(seen.length, 1);
    const op = seen[0] as Operation<{ progress?: number }>;
    assert.equal(op.kind, 'update');
    assert.equal(op.before?.progress, undefined);
    assert.equal(op.after?.progress, 40);
    assert.ok(Object.isFrozen(op) && Object.isFrozen(op.after));
    assert.deepEqual(JSON.parse(JSON.stringify(op)), op);
  });

  it('a throwing subscriber does not undo the change or starve other subscribers', () => {
    const errors: unknown[] = [];
    const p = load(sample(), { onListenerError: (e) => errors.push(e) });
    let second = 0;
    p.subscribe(() => {
      throw new Error('listener bug');
    });
    p.subscribe(() => second++);
    p.updateTask('design', { progress: 1 });
    assert.equal(second, 1);
    assert.equal(p.task('design')?.progress, 1);
    assert.equal((errors[0] as Error).message, 'listener bug');
  });

  it('applyOperations brings a replica to the same state, as a remote batch', () => {
    const a = load();
    const b = load();
    const ops: Operation[] = [];
    a.subscribe((batch) => ops.push(...batch.operations));
    a.addTask({ id: 'qa', name: 'QA', parentId: 'phase', start: '2026-03-09', duration: 2 });
    a.addDependency({ id: 'd2', from: 'build', to: 'qa' });
    a.removePerson('bob');
    a.reorderTask('qa', 0);
    a.undo();
    const origins: string[] = [];
    b.subscribe((batch) => origins.push(batch.origin));
    b.applyOperations(JSON.parse(JSON.stringify(ops)));
    assert.deepEqual(b.toJSON(), a.toJSON());
    assert.deepEqual(origins, ['remote']);
    assert.equal(b.canUndo, false);
  });

  it('applyOperations is atomic and checks what it is given', () => {
    const p = load();
    const before = p.toJSON();
    throwsIssue(
      () =>
        p.applyOperations([
          { kind: 'update', entity: 'task', id: 'design', after: { id: 'design', name: 'D2' } },
          { kind: 'add', entity: 'dependency', id: 'x', after: { id: 'x', from: 'ship', to: 'ghost' } },
        ]),
      'UNKNOWN_REFERENCE',
    );
    assert.deepEqual(p.toJSON(), before);
    throwsIssue(() => p.applyOperations([{ kind: 'remove', entity: 'person', id: 'ann' }]), 'IN_USE');
    throwsCode(() => p.applyOperations([{ kind: 'remove', entity: 'task', id: 'ghost' }]), 'NOT_FOUND');
    throwsIssue(
      () => p.applyOperations([{ kind: 'move', entity: 'task', id: 'ship' } as never]),
      'INVALID_VALUE',
    );
    throwsIssue(() => p.applyOperations([{ kind: 'add', entity: 'window', id: 'x' } as never]), 'WRONG_TYPE');
    throwsIssue(
      () =>
        p.applyOperations([
          { kind: 'update', entity: 'task', id: 'ship', after: { id: 'other', name: 'x' } },
        ]),
      'INVALID_VALUE',
    );
    throwsIssue(
      () =>
        p.applyOperations([
          JSON.parse(
            '{"kind":"add","entity":"task","id":"z","after":{"id":"z","name":"z","__proto__":{"x":1}}}',
          ),
        ]),
      'UNSAFE_KEY',
    );
    throwsCode(() => p.applyOperations([{ kind: 'remove', entity: 'project', id: 'p' }]), 'INVALID_ARGUMENT');
    assert.deepEqual(p.toJSON(), before);
  });
});

describe('toJSON', () => {
  it('round-trips into an equal store', () => {
    const p = load();
    p.takeBaseline();
    p.addNote({ text: 'General note' });
    const json = p.toJSON();
    const again = load(JSON.parse(JSON.stringify(json)));
    assert.deepEqual(again.toJSON(), json);
  });

  it('returns a fresh copy the host may change', () => {
    const p = load();
    const json = p.toJSON();
    (json.tasks[0] as { name: string }).name = 'host';
    assert.equal(p.task('phase')?.name, 'Phase 1');
  });

  it('hostile strings stay data', () => {
    const evil = '<img src=x onerror=alert(1)>"\u0000\u2028';
    const p = load({
      id: evil,
      name: evil,
      tasks: [
        { id: evil, name: evil },
        { id: 'hasOwnProperty', name: 'x' },
      ],
    });
    p.updateTask(evil, { name: `${evil}!` });
    assert.equal(p.task(evil)?.name, `${evil}!`);
    assert.equal(p.task('hasOwnProperty')?.name, 'x');
    assert.deepEqual(load(p.toJSON()).toJSON(), p.toJSON());
  });
});
