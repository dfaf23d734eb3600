import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AUTOMATION_RECIPES } from '../../src/automation/recipes.js';
import { createProject } from '../../src/store/project.js';
import { featuresRoadmap, projectManagement, softwareDevelopment } from '../../src/templates/index.js';
import { sample } from '../store/helpers.js';

const TODAY = '2026-03-11';
const opts = { now: () => '2026-03-11T09:00' };

describe('automation recipes', () => {
  it('at least 12, with unique ids, each valid data for a project with the default statuses', () => {
    assert.ok(AUTOMATION_RECIPES.length >= 12);
    assert.equal(new Set(AUTOMATION_RECIPES.map((r) => r.id)).size, AUTOMATION_RECIPES.length);
    const p = createProject(sample(), opts);
    for (const recipe of AUTOMATION_RECIPES) p.addAutomation({ ...recipe.rule, id: recipe.id });
    assert.equal(p.automations().length, AUTOMATION_RECIPES.length);
    const again = createProject(p.toJSON(), opts);
    assert.equal(again.automations().length, AUTOMATION_RECIPES.length);
  });

  it('run together without failing on everyday changes', () => {
    const p = createProject(
      { ...sample(), automations: AUTOMATION_RECIPES.map((r) => ({ ...r.rule, id: r.id })) },
      opts,
    );
    p.updateTask('build', { status: 'blocked' });
    p.updateTask('build', { status: 'done' });
    p.addTask({ name: 'New' });
    p.addNote({ taskId: 'build', text: 'x' });
    p.tick('2026-12-31');
    assert.deepEqual(p.automationLog({ outcome: 'failed' }), []);
    assert.ok(p.automationLog({ outcome: 'done' }).length > 5);
  });
});

describe('template recipes', () => {
  it('software development: review requested, blocker finished, late bug', () => {
    const p = createProject(softwareDevelopment(TODAY), opts);
    assert.deepEqual(
      p.automations().map((r) => r.id),
      ['review-requested', 'blocker-finished', 'late-bug'],
    );
    const task = p.tasks().find((t) => t.status === 'in-progress' && !p.isSummary(t.id));
    assert.ok(task);
    p.updateTask(task.id, { status: 'review' });
    assert.equal(p.notifications()[0]?.message.startsWith(`Review requested: ${task.name}`), true);
    assert.deepEqual(p.notifications()[0]?.to, ['dana']);
    p.tick('2030-01-01');
    const lateBugs = p.automationLog({ ruleId: 'late-bug', outcome: 'done' });
    assert.ok(lateBugs.length > 0);
    for (const run of lateBugs) assert.equal(p.task(run.taskId)?.priority, 'critical');
    assert.deepEqual(p.automationLog({ outcome: 'failed' }), []);
  });

  it('project management: date arrived and not done, milestone reached', () => {
    const p = createProject(projectManagement(TODAY), opts);
    assert.deepEqual(
      p.automations().map((r) => r.id),
      ['start-not-started', 'end-not-done', 'milestone-reached'],
    );
    const milestone = p.tasks().find((t) => t.type === 'milestone' && t.status !== 'done');
    assert.ok(milestone);
    p.updateTask(milestone.id, { status: 'done' });
    assert.equal(p.notifications()[0]?.message, `Milestone reached: ${milestone.name}.`);
    p.tick('2026-03-12');
    assert.ok(p.automationLog({ ruleId: 'end-not-done', outcome: 'done' }).length > 0);
    assert.deepEqual(p.automationLog({ outcome: 'failed' }), []);
  });

  it("roadmap: a shipped release's launch ships its features", () => {
    const p = createProject(featuresRoadmap(TODAY), opts);
    const launch = p.tasks().find((t) => t.id.startsWith('launch-') && t.status !== 'shipped');
    assert.ok(launch?.releaseId);
    const features = p.tasksBy('releaseId', launch.releaseId).filter((t) => t.id !== launch.id);
    assert.ok(features.some((f) => f.status !== 'shipped'));
    p.updateTask(launch.id, { status: 'shipped' });
    for (const f of features) assert.equal(p.task(f.id)?.status, 'shipped');
    p.undo();
    assert.ok(p.tasksBy('releaseId', launch.releaseId).some((f) => f.status !== 'shipped'));
  });
});
