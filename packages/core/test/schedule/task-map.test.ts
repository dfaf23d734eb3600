import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inspect } from 'node:util';
import type { Operation } from '../../src/model/operations.js';
import type { ProjectData, ScheduledTask, Task } from '../../src/model/types.js';
import { createSchedulerPort } from '../../src/schedule/port.js';
import { schedule } from '../../src/schedule/schedule.js';
import { ScheduledTaskMap } from '../../src/schedule/task-map.js';
import { generateProject } from '../../src/testing/generate.js';

const data: ProjectData = {
  id: 'p',
  name: 'P',
  start: '2026-03-02',
  tasks: [
    { id: 'A', name: 'A', duration: 2 },
    { id: 'B', name: 'B', duration: 1 },
    { id: '__proto__', name: 'hostile', duration: 1 },
  ],
  dependencies: [{ id: 'd1', from: 'A', to: 'B' }],
};

const B: ScheduledTask = {
  id: 'B',
  start: '2026-03-04',
  end: '2026-03-05',
  earlyStart: '2026-03-04',
  earlyEnd: '2026-03-05',
  lateStart: '2026-03-04',
  lateEnd: '2026-03-05',
  totalSlack: 0,
  freeSlack: 0,
  critical: true,
};

describe('ScheduleResult.tasks (lazy map)', () => {
  it('reads like the Map of plain objects it stands for', () => {
    const tasks = schedule(data).tasks;
    assert.ok(tasks instanceof Map);
    assert.ok(tasks instanceof ScheduledTaskMap);
    assert.equal(tasks.size, 3);
    assert.deepEqual(tasks.get('B'), B);
    assert.equal(Object.getPrototypeOf(tasks.get('B')), Object.prototype);
    assert.equal(tasks.get('B'), tasks.get('B'), 'the same object on every read');
    assert.equal(tasks.get('__proto__')?.id, '__proto__');
    assert.equal(tasks.has('__proto__'), true);
    assert.equal(tasks.get('toString'), undefined);
    assert.equal(tasks.has('constructor'), false);
    assert.equal(tasks.get(''), undefined);
    assert.deepEqual([...tasks.keys()], ['A', 'B', '__proto__']);
    assert.deepEqual(
      [...tasks].map(([id, t]) => [id, t.id]),
      [
        ['A', 'A'],
        ['B', 'B'],
        ['__proto__', '__proto__'],
      ],
    );
    assert.deepEqual(
      [...tasks.values()].map((t) => t.end),
      ['2026-03-04', '2026-03-05', '2026-03-03'],
    );
    const seen: string[] = [];
    tasks.forEach(function (this: unknown, task, id, map) {
      assert.equal(map, tasks);
      assert.equal(this, seen);
      seen.push(`${id}:${task.start}`);
    }, seen);
    assert.deepEqual(seen, ['A:2026-03-02', 'B:2026-03-04', '__proto__:2026-03-02']);
    assert.deepEqual(new Map(tasks), new Map([...tasks]));
    assert.equal(new Map(tasks).size, 3);
  });

  it('becomes an ordinary map on the first write, keeping every entry', () => {
    const tasks = schedule(data).tasks;
    const a = tasks.get('A');
    assert.equal(tasks.delete('B'), true);
    assert.equal(tasks.delete('B'), false);
    assert.equal(tasks.size, 2);
    assert.equal(tasks.get('A'), a);
    assert.equal(Map.prototype.get.call(tasks, 'A'), a, 'entries now live in the map itself');
    tasks.set('Z', { ...B, id: 'Z' });
    assert.deepEqual([...tasks.keys()], ['A', '__proto__', 'Z']);
    tasks.clear();
    assert.equal(tasks.size, 0);
    assert.deepEqual([...tasks], []);

    const other = schedule(data).tasks;
    other.clear();
    assert.equal(other.size, 0);
    assert.equal(other.get('A'), undefined);
  });

  it('is told apart by deepEqual when one value differs', () => {
    const later = structuredClone(data);
    (later.tasks[1] as Task).duration = 2;
    assert.deepEqual(schedule(data).tasks, schedule(data).tasks);
    assert.throws(() => assert.deepEqual(schedule(data).tasks, schedule(later).tasks));
  });

  it('prints its entries in Node', () => {
    const text = inspect(schedule(data).tasks, { depth: 0 });
    assert.match(text, /'B' => \[Object\]/);
    assert.match(text, /Map\(3\)/);
  });

  it('of an empty project is empty', () => {
    const tasks = schedule({ id: 'e', name: 'E', tasks: [] }).tasks;
    assert.equal(tasks.size, 0);
    assert.deepEqual([...tasks], []);
    assert.equal(tasks.get('A'), undefined);
  });

  it('makes only the tasks that are read (100k tasks)', () => {
    const big = generateProject({ tasks: 100_000, seed: 3, linkTypes: true });
    const tasks = schedule(big).tasks;
    assert.equal(tasks.size, 100_000);
    const last = big.tasks[99_999] as Task;
    assert.equal(tasks.get(last.id)?.id, last.id);
    let count = 0;
    for (const [id, task] of tasks) {
      assert.equal(task.id, id);
      count++;
    }
    assert.equal(count, 100_000);
  });

  it("of the store's scheduler is a snapshot that later changes leave alone", () => {
    const port = createSchedulerPort();
    port.load(data);
    const before = port.result();
    const beforeB = before.tasks.get('B');
    const live = port.get('B');
    assert.equal(port.get('B'), live, 'the same object until the task changes');
    const task = data.tasks[0] as Task;
    const op: Operation = {
      kind: 'update',
      entity: 'task',
      id: 'A',
      before: task,
      after: { ...task, duration: 3 },
    };
    port.apply([op]);
    assert.equal(before.tasks.get('B'), beforeB);
    assert.equal(before.tasks.get('B')?.start, '2026-03-04');
    assert.equal(live?.start, '2026-03-04', 'an object handed out is never changed');
    assert.equal(port.get('B')?.start, '2026-03-05');
    assert.equal(port.result().tasks.get('B')?.start, '2026-03-05');
    assert.notEqual(port.result(), before);
  });
});
