import type { AutomationRule } from '../../packages/core/src/model/automation.js';
import type { ProjectData } from '../../packages/core/src/model/types.js';
import { createProject, type Project } from '../../packages/core/src/store/project.js';
import { generateProject } from '../../packages/core/src/testing/generate.js';
import { type BenchCase, benchCase } from './harness.js';

const CHANGES = 200;

/** `count` change rules over several fields; most do not match a status change. */
function changeRules(count: number): AutomationRule[] {
  const fields = ['status', 'priority', 'progress', 'assignees', 'groupId', 'name', 'fields.points'];
  return Array.from({ length: count }, (_, i) => ({
    id: `rule-${i}`,
    when: {
      type: 'field-changed',
      field: fields[i % fields.length] as string,
      ...(i % 3 === 0 ? { to: 'done' } : {}),
    },
    if: { field: 'priority', op: 'ne', value: 'nope' },
    then: [{ type: 'add-note', text: '{{task.name}}: {{change.field}}' }],
  })) as AutomationRule[];
}

function dateRules(count: number): AutomationRule[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `date-${i}`,
    when:
      i % 2 === 0
        ? { type: 'date-arrived', field: i % 4 === 0 ? 'start' : 'end', offsetDays: (i % 3) - 1 }
        : { type: 'task-late' },
    if: { field: 'status.category', op: 'ne', value: 'done' },
    then: [{ type: 'set-field', field: 'priority', value: 'high' }],
  })) as AutomationRule[];
}

function withRules(tasks: number, rules: AutomationRule[], scheduler: boolean): Project {
  const data: ProjectData = generateProject({ tasks, seed: 5, people: 20, statuses: true, groups: 8 });
  data.automations = rules;
  return createProject(data, scheduler ? { now: () => '2026-03-02T09:00' } : { scheduler: false });
}

/** One person's status change, with and without rules, per change (ms). */
function changeCase(rules: number): BenchCase {
  return benchCase({
    name: `10k tasks, ${rules} rules: one status change (per change)`,
    unit: 'ms',
    target: rules === 50 ? '≤ 0.5 ms' : '',
    setup: () => {
      const p = withRules(10_000, changeRules(rules), false);
      const leaves = p
        .tasks()
        .filter((t) => !p.isSummary(t.id))
        .slice(0, CHANGES);
      return { p, leaves };
    },
    run: ({ p, leaves }) => {
      const t0 = performance.now();
      for (let i = 0; i < leaves.length; i++) {
        const t = leaves[i] as { id: string; status?: string };
        p.updateTask(t.id, { status: p.task(t.id)?.status === 'done' ? 'todo' : 'done' });
      }
      return (performance.now() - t0) / leaves.length;
    },
  });
}

export default [
  changeCase(0),
  changeCase(20),
  changeCase(50),
  benchCase({
    name: '100k tasks, 10 date rules: tick with nothing new due',
    runs: 3,
    target: '≤ 50 ms',
    setup: () => {
      const p = withRules(100_000, dateRules(10), true);
      p.tick('2030-01-01');
      return p;
    },
    run: (p) => p.tick('2030-01-02'),
  }),
  benchCase({
    name: '10k tasks, 10 date rules: first tick, everything due',
    runs: 3,
    setup: () => () => withRules(10_000, dateRules(10), true),
    run: (make) => {
      const p = make();
      const t0 = performance.now();
      p.tick('2030-01-01');
      return performance.now() - t0;
    },
    unit: 'ms',
  }),
] satisfies BenchCase[];
