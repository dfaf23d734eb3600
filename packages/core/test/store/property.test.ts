import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { RoadlineError } from '../../src/model/errors.js';
import type { Operation } from '../../src/model/operations.js';
import { checkProjectData } from '../../src/validate/validate.js';
import type { Project } from '../../src/store/project.js';
import { load, sample } from './helpers.js';

/** One random step: a valid or invalid mutation, a transaction of two, an undo or a redo. */
type Step = (p: Project, pick: (n: number) => number) => void;

const dates = ['2026-03-02', '2026-03-05', '2026-03-10', 'bad-date', '2026-02-30'];

function taskId(p: Project, pick: (n: number) => number): string {
  const ids = p.wbsOrder();
  return ids.length === 0 ? 'none' : (ids[pick(ids.length + 1)] ?? 'ghost');
}

const STEPS: Step[] = [
  (p, pick) => {
    p.addTask({
      name: `T${pick(1000)}`,
      parentId: pick(3) === 0 ? undefined : taskId(p, pick),
      start: dates[pick(5)],
      duration: pick(5) - 1,
    });
  },
  (p, pick) => {
    p.updateTask(taskId(p, pick), { progress: pick(130) - 10 });
  },
  (p, pick) => {
    p.updateTask(taskId(p, pick), { start: dates[pick(5)] });
  },
  (p, pick) => {
    p.updateTask(taskId(p, pick), { parentId: pick(4) === 0 ? undefined : taskId(p, pick) });
  },
  (p, pick) => {
    p.removeTask(taskId(p, pick));
  },
  (p, pick) => {
    p.addDependency({
      from: taskId(p, pick),
      to: taskId(p, pick),
      type: (['FS', 'SS', 'FF', 'SF'] as const)[pick(4)],
    });
  },
  (p, pick) => {
    const deps = p.dependencies();
    const dep = deps[pick(deps.length + 1)];
    p.removeDependency(dep?.id ?? 'ghost');
  },
  (p, pick) => {
    p.moveTask(taskId(p, pick), {
      parentId: pick(3) === 0 ? null : taskId(p, pick),
      index: pick(5),
      groupId: pick(2) === 0 ? 'web' : null,
    });
  },
  (p, pick) => {
    p.indentTask(taskId(p, pick));
  },
  (p, pick) => {
    p.outdentTask(taskId(p, pick));
  },
  (p, pick) => {
    p.updateTask(taskId(p, pick), {
      assignees: pick(3) === 0 ? ['ann', 'ghost'] : ['bob'],
      status: pick(2) === 0 ? 'done' : 'nope',
    });
  },
  (p, pick) => {
    if (pick(2) === 0) p.removePerson(pick(2) === 0 ? 'ann' : 'bob');
    else p.addPerson({ id: `u${pick(5)}`, name: 'U' });
  },
  (p, pick) => {
    p.removeStatus(
      ['todo', 'done', 'blocked', 'ghost'][pick(4)] ?? 'x',
      pick(2) === 0 ? 'in-progress' : undefined,
    );
  },
  (p, pick) => {
    p.addNote({ taskId: taskId(p, pick), text: 'n' });
  },
  (p, pick) => {
    if (pick(2) === 0) p.takeBaseline();
    else p.setFieldValue(taskId(p, pick), 'size', ['s', 'l', 'xl'][pick(3)]);
  },
  (p, pick) => {
    p.transaction(() => {
      STEPS[pick(5)]?.(p, pick);
      STEPS[pick(5)]?.(p, pick);
    });
  },
  (p) => {
    p.undo();
  },
  (p) => {
    p.redo();
  },
];

/** Every invariant the store promises, checked against its JSON and its indexes. */
function assertInvariants(p: Project): void {
  const json = p.toJSON();
  const { issues } = checkProjectData(json);
  assert.deepEqual(issues, [], 'the store holds valid data');
  const ids = p.wbsOrder();
  assert.equal(new Set(ids).size, ids.length, 'WBS order lists each task once');
  assert.equal(ids.length, json.tasks.length);
  const position = new Map(ids.map((id, i) => [id, i]));
  for (const task of json.tasks) {
    if (task.parentId !== undefined) {
      assert.ok(
        (position.get(task.parentId) ?? -1) < (position.get(task.id) ?? -1),
        'parents come before children',
      );
    }
  }
  for (const dep of json.dependencies ?? []) {
    assert.ok(
      p.successors(dep.from).some((d) => d.id === dep.id),
      'link index has the link',
    );
    assert.ok(p.predecessors(dep.to).some((d) => d.id === dep.id));
  }
  const linked = ids.reduce((n, id) => n + p.successors(id).length, 0);
  assert.equal(linked, (json.dependencies ?? []).length, 'no stale links in the index');
}

const run = fc.array(fc.tuple(fc.nat(STEPS.length - 1), fc.array(fc.nat(), { minLength: 8, maxLength: 8 })), {
  maxLength: 40,
});

function play(p: Project, steps: [number, number[]][], onStep?: () => void): void {
  for (const [which, seeds] of steps) {
    let k = 0;
    const pick = (n: number) => (seeds[k++ % seeds.length] ?? 0) % Math.max(1, n);
    const before = JSON.stringify(p.toJSON());
    const version = p.version;
    try {
      STEPS[which]?.(p, pick);
    } catch (error) {
      if (!(error instanceof RoadlineError)) throw error;
      assert.equal(JSON.stringify(p.toJSON()), before, `a rejected ${error.code} changed nothing`);
      assert.equal(p.version, version);
    }
    onStep?.();
  }
}

describe('store properties', () => {
  it('random valid and invalid operations keep every invariant', () => {
    fc.assert(
      fc.property(run, (steps) => {
        const p = load();
        play(p, steps, () => assertInvariants(p));
      }),
      { numRuns: 150 },
    );
  });

  it('undoing everything returns the initial JSON', () => {
    fc.assert(
      fc.property(run, (steps) => {
        const p = load();
        const initial = p.toJSON();
        play(p, steps);
        while (p.undo()) {
          // keep undoing
        }
        assert.deepEqual(p.toJSON(), initial);
      }),
      { numRuns: 150 },
    );
  });

  it('applyOperations on a second store yields equal JSON', () => {
    fc.assert(
      fc.property(run, (steps) => {
        const p = load();
        const replica = load(sample());
        const log: Operation[][] = [];
        p.subscribe((batch) => log.push(JSON.parse(JSON.stringify(batch.operations))));
        play(p, steps);
        for (const batch of log) replica.applyOperations(batch);
        assert.deepEqual(replica.toJSON(), p.toJSON());
      }),
      { numRuns: 150 },
    );
  });
});
