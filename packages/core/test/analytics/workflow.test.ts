import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cumulativeFlow } from '../../src/analytics/cumulative-flow.js';
import { createFrame, frameOf } from '../../src/analytics/frame.js';
import { workflow } from '../../src/analytics/workflow.js';
import type { ProjectData, StatusDef } from '../../src/model/types.js';
import { createProject } from '../../src/store/project.js';

const STATUSES: StatusDef[] = [
  { id: 'todo', label: 'To do', category: 'todo' },
  { id: 'doing', label: 'Doing', category: 'active' },
  { id: 'review', label: 'Review', category: 'active' },
  { id: 'done', label: 'Done', category: 'done' },
];

const data = (n = 4): ProjectData => ({
  id: 'p',
  name: 'P',
  start: '2026-03-02',
  statuses: STATUSES,
  tasks: Array.from({ length: n }, (_, i) => ({ id: `t${i}`, name: `T${i}`, status: 'todo', duration: 1 })),
});

function onClock(start: string, n = 4) {
  const clock = { now: start };
  const project = createProject(data(n), { now: () => clock.now });
  const frame = (today = clock.now) => frameOf(project, { today });
  return { project, clock, frame };
}

const edges = (w: ReturnType<typeof workflow>) =>
  w.edges.map((e) => `${e.from}>${e.to}:${e.count}${e.back ? ' back' : ''}`);

describe('Project.statusHistory', () => {
  it('is empty and the same object until a status changes; other edits leave it alone', () => {
    const { project } = onClock('2026-03-02T09:00');
    const first = project.statusHistory();
    assert.deepEqual(first, { since: '2026-03-02T09:00', transitions: [] });
    project.updateTask('t0', { name: 'Renamed' });
    project.preview(() => project.updateTask('t0', { status: 'doing' }));
    project.endPreview();
    assert.equal(project.statusHistory(), first, 'previews and other edits are no steps');
  });

  it('records local, undo, redo and remote steps, adds and removes, with the store clock', () => {
    const { project, clock } = onClock('2026-03-02T09:00');
    clock.now = '2026-03-03T10:00';
    project.updateTask('t0', { status: 'doing' });
    project.undo();
    project.redo();
    project.applyOperations([
      { kind: 'update', entity: 'task', id: 't1', after: { ...project.task('t1'), status: 'review' } },
    ]);
    const added = project.addTask({ name: 'New', status: 'doing' });
    project.removeTask(added.id);
    const steps = project
      .statusHistory()
      .transitions.map((t) => `${t.at} ${t.task} ${t.from}>${t.to} ${t.origin}`);
    assert.deepEqual(steps, [
      '2026-03-03T10:00 t0 todo>doing local',
      '2026-03-03T10:00 t0 doing>todo undo',
      '2026-03-03T10:00 t0 todo>doing redo',
      '2026-03-03T10:00 t1 todo>review remote',
      `2026-03-03T10:00 ${added.id} null>doing local`,
      `2026-03-03T10:00 ${added.id} doing>null local`,
    ]);
    assert.ok(Object.isFrozen(project.statusHistory().transitions));
  });
});

describe('workflow', () => {
  it('an empty project has its statuses as nodes, no edges and no bottleneck', () => {
    const project = createProject({ id: 'e', name: 'E', statuses: STATUSES, tasks: [] });
    const w = workflow(frameOf(project, { today: '2026-03-02' }), { history: project.statusHistory() });
    assert.deepEqual(
      w.nodes.map((n) => [n.id, n.count]),
      [
        ['todo', 0],
        ['doing', 0],
        ['review', 0],
        ['done', 0],
      ],
    );
    assert.deepEqual(w.edges, []);
    assert.equal(w.bottleneck, undefined);
    const flow = cumulativeFlow(frameOf(project, { today: '2026-03-02' }), project.statusHistory());
    assert.equal(flow.days.length, 1);
    assert.deepEqual(flow.days[0]?.counts, [0, 0, 0, 0]);
  });

  it('counts items per status and the transitions they took, forward and back', () => {
    const { project, clock, frame } = onClock('2026-03-02T09:00');
    clock.now = '2026-03-03T09:00';
    project.updateTask('t0', { status: 'doing' });
    project.updateTask('t1', { status: 'doing' });
    project.updateTask('t0', { status: 'review' });
    project.updateTask('t0', { status: 'doing' });
    project.updateTask('t0', { status: 'review' });
    project.updateTask('t0', { status: 'done' });
    project.updateTask('t2', { status: 'done' });
    const w = workflow(frame(), { history: project.statusHistory(), wipLimits: { doing: 3 } });
    assert.deepEqual(
      w.nodes.map((n) => [n.id, n.count]),
      [
        ['todo', 1],
        ['doing', 1],
        ['review', 0],
        ['done', 2],
      ],
    );
    assert.deepEqual(edges(w), [
      'todo>doing:2',
      'todo>done:1',
      'doing>review:2',
      'review>doing:1 back',
      'review>done:1',
    ]);
    assert.equal(w.nodes[1]?.limit, 3);
    assert.equal(w.nodes[1]?.overLimit, false);
  });

  it('an undone step leaves no edge; its redo counts; remote steps count', () => {
    const { project, clock, frame } = onClock('2026-03-02T09:00');
    clock.now = '2026-03-02T10:00';
    project.updateTask('t0', { status: 'doing' });
    project.updateTask('t0', { status: 'done' });
    project.undo();
    assert.deepEqual(edges(workflow(frame(), { history: project.statusHistory() })), ['todo>doing:1']);
    project.undo();
    assert.deepEqual(edges(workflow(frame(), { history: project.statusHistory() })), []);
    project.redo();
    assert.deepEqual(edges(workflow(frame(), { history: project.statusHistory() })), ['todo>doing:1']);
    project.applyOperations([
      { kind: 'update', entity: 'task', id: 't3', after: { ...project.task('t3'), status: 'review' } },
    ]);
    assert.deepEqual(edges(workflow(frame(), { history: project.statusHistory() })), [
      'todo>doing:1',
      'todo>review:1',
    ]);
  });

  it('an undo in one batch of many steps cancels each of them', () => {
    const { project, frame } = onClock('2026-03-02T09:00');
    project.transaction(() => {
      project.updateTask('t0', { status: 'doing' });
      project.updateTask('t1', { status: 'doing' });
    });
    project.undo();
    const w = workflow(frame(), { history: project.statusHistory() });
    assert.deepEqual(edges(w), []);
    assert.equal(w.nodes[0]?.count, 4);
  });

  it('the bottleneck is the in-progress status over its limit, else the one where work waited longest', () => {
    const { project, clock, frame } = onClock('2026-03-02T09:00', 6);
    clock.now = '2026-03-02T09:00';
    project.updateTask('t0', { status: 'review' });
    clock.now = '2026-03-09T09:00';
    project.updateTask('t1', { status: 'doing' });
    project.updateTask('t2', { status: 'doing' });
    const today = '2026-03-10T09:00';
    let w = workflow(frame(today), { history: project.statusHistory() });
    // Review: one item for 8 days; Doing: two items for 1 day each. Todo waits longest but is a backlog.
    assert.equal(w.nodes[2]?.waiting, 8);
    assert.equal(w.nodes[1]?.waiting, 2);
    assert.equal(w.nodes[1]?.meanAge, 1);
    assert.equal(w.bottleneck, 'review');
    w = workflow(frame(today), { history: project.statusHistory(), wipLimits: { doing: 1 } });
    assert.equal(w.bottleneck, 'doing', 'over its WIP limit');
    assert.equal(w.nodes[1]?.overLimit, true);
    project.updateTask('t0', { status: 'done' });
    project.updateTask('t1', { status: 'done' });
    project.updateTask('t2', { status: 'done' });
    assert.equal(workflow(frame(today), { history: project.statusHistory() }).bottleneck, undefined);
  });

  it('without a history: nodes from the frame, no edges, ages from nothing', () => {
    const frame = createFrame(
      {
        ...data(),
        tasks: [
          { id: 'a', name: 'A', status: 'doing' },
          { id: 'b', name: 'B', status: 'zzz' },
        ],
      },
      { today: '2026-03-02' },
    );
    const w = workflow(frame);
    assert.deepEqual(
      w.nodes.map((n) => [n.id, n.count]),
      [
        ['todo', 0],
        ['doing', 1],
        ['review', 0],
        ['done', 0],
        ['', 1],
      ],
    );
    assert.equal(w.bottleneck, 'doing');
    assert.equal(w.since, undefined);
  });

  it('handles 10,000 tasks and 30,000 steps quickly', () => {
    const { project, clock, frame } = onClock('2026-03-02T09:00', 10_000);
    const order = ['doing', 'review', 'done'];
    for (let round = 0; round < 3; round++) {
      clock.now = `2026-03-0${3 + round}T09:00`;
      project.transaction(() => {
        for (let i = 0; i < 10_000; i++)
          if (i % (round + 1) === 0) project.updateTask(`t${i}`, { status: order[round] });
      });
    }
    const started = performance.now();
    const w = workflow(frame('2026-03-06T09:00'), { history: project.statusHistory() });
    const flow = cumulativeFlow(frame('2026-03-06T09:00'), project.statusHistory());
    const took = performance.now() - started;
    assert.equal(
      w.nodes.reduce((s, n) => s + n.count, 0),
      10_000,
    );
    assert.equal(w.edges.find((e) => e.from === 'todo' && e.to === 'doing')?.count, 10_000);
    assert.equal(flow.days.length, 5);
    assert.deepEqual(flow.days[0]?.counts, [10_000, 0, 0, 0]);
    assert.deepEqual(
      flow.days.at(-1)?.counts,
      w.nodes.map((n) => n.count),
    );
    assert.ok(took < 1500, `took ${took} ms`);
  });
});

describe('cumulativeFlow', () => {
  it('counts items per status at the end of each day, from the load day to today', () => {
    const { project, clock, frame } = onClock('2026-03-02T09:00');
    clock.now = '2026-03-03T23:59';
    project.updateTask('t0', { status: 'doing' });
    clock.now = '2026-03-05T00:00';
    project.updateTask('t0', { status: 'done' });
    project.updateTask('t1', { status: 'doing' });
    project.addTask({ name: 'New', status: 'review' });
    const flow = cumulativeFlow(frame('2026-03-06'), project.statusHistory());
    assert.deepEqual(
      flow.bands.map((b) => b.id),
      ['todo', 'doing', 'review', 'done'],
    );
    assert.deepEqual(
      flow.days.map((d) => `${d.at} ${d.counts.join(',')}`),
      [
        '2026-03-02 4,0,0,0',
        '2026-03-03 3,1,0,0',
        '2026-03-04 3,1,0,0',
        '2026-03-05 2,1,1,1',
        '2026-03-06 2,1,1,1',
      ],
    );
  });

  it('an undo moves the item back on the day it was made; a removed item leaves the flow then', () => {
    const { project, clock, frame } = onClock('2026-03-02T09:00');
    project.updateTask('t0', { status: 'doing' });
    clock.now = '2026-03-03T09:00';
    project.undo();
    project.removeTask('t3');
    const flow = cumulativeFlow(frame('2026-03-03'), project.statusHistory());
    assert.deepEqual(
      flow.days.map((d) => d.counts.join(',')),
      ['3,1,0,0', '3,0,0,0'],
    );
  });

  it('without a history: today only', () => {
    const flow = cumulativeFlow(createFrame(data(), { today: '2026-03-02' }));
    assert.deepEqual(flow.days, [{ at: '2026-03-02', counts: [4, 0, 0, 0] }]);
  });
});
