import { expect } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { resetMouse } from '@web/test-runner-commands';
import '../../src/define/timeline.js';
import type { RlTimeline } from '../../src/classes.js';
import { cleanup, expectEvent, litWarnings } from '../helpers.js';
import { bar, center, chord, data, drag, mountTimeline, settle } from './fixtures.js';

/** The width of a bar's progress fill over the width of its shape. */
function filled(el: RlTimeline, id: string): number {
  const g = bar(el, id);
  const fill = g.querySelector('.fill');
  const shape = g.querySelector('.shape, .track');
  if (!fill || !shape) throw new Error(`no fill on ${id}`);
  return fill.getBoundingClientRect().width / shape.getBoundingClientRect().width;
}

describe('rl-timeline summary bars', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    cleanup();
    await resetMouse();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('fills a summary bar with its leaves’ duration-weighted progress, and says it', async () => {
    const project = createProject({
      ...data,
      tasks: data.tasks.map((t) => (t.id === 'g' ? { ...t, progress: 95 } : t)),
    });
    const el = await mountTimeline(project);
    // Design 5d at 40 %, Build 5d and Review 2d at 0: 200 / 12 = 16.7 %, not the summary's own 95 %.
    expect(filled(el, 'g')).to.be.closeTo(1 / 6, 0.01);
    expect(bar(el, 'g').getAttribute('aria-label')).to.contain('summary').and.contain('17% done');
    project.updateTask('b', { progress: 100 });
    await settle(el);
    expect(filled(el, 'g')).to.be.closeTo(700 / 1200, 0.01);
    expect(bar(el, 'g').getAttribute('aria-label')).to.contain('58% done');
  });
});

describe('rl-timeline summary drag', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    cleanup();
    await resetMouse();
    expect(warnings.stop()).to.deep.equal([]);
  });

  const starts = (project: ReturnType<typeof createProject>) =>
    ['g', 'a', 'b', 'c', 'm'].map((id) => project.scheduled(id)?.start);
  // Phase spans Design (Mon 2, 5d) → Build (Mon 9, 5d) and Review (Mon 2, 2d); Go live follows Build.
  const BEFORE = ['2026-03-02', '2026-03-02', '2026-03-09', '2026-03-02', '2026-03-14'];

  it('moves the whole subtree by a pointer drag, as one undo step', async () => {
    const project = createProject(data);
    const el = await mountTimeline(project);
    expect(starts(project)).to.deep.equal(BEFORE);
    const from = center(bar(el, 'g').querySelector('.shape') as SVGPathElement);
    const before: CustomEvent[] = [];
    el.addEventListener('rl-before-task-change', (e) => before.push(e as CustomEvent));
    const event = await expectEvent<CustomEvent>(el, 'rl-task-change', () =>
      drag(from, { x: from.x + 72, y: from.y }),
    );
    expect(before).to.have.length(1);
    expect(event.detail.taskId).to.equal('g');
    expect(event.detail.source).to.equal('move');
    expect(event.detail.shift).to.equal(2 * 1440);
    expect(event.detail.subtree.map((s: { id: string }) => s.id)).to.deep.equal(['a', 'b', 'c']);
    // Two working days later, each child in the same place relative to the others; Go live,
    // outside the summary, follows Build through its link.
    expect(starts(project)).to.deep.equal([
      '2026-03-04',
      '2026-03-04',
      '2026-03-11',
      '2026-03-04',
      '2026-03-18',
    ]);
    // Build is driven by Design only, inside the summary: no constraint was added.
    expect(project.task('b')?.constraint).to.equal(undefined);
    bar(el, 'g').focus();
    await chord(['Control'], 'z');
    expect(starts(project)).to.deep.equal(BEFORE);
    expect(project.canUndo).to.equal(false);
  });

  it('lets the host veto a summary move: nothing changes, no undo step', async () => {
    const project = createProject(data);
    const el = await mountTimeline(project);
    el.addEventListener('rl-before-task-change', (e) => e.preventDefault());
    const from = center(bar(el, 'g').querySelector('.shape') as SVGPathElement);
    await drag(from, { x: from.x + 72, y: from.y });
    await settle(el);
    expect(starts(project)).to.deep.equal(BEFORE);
    expect(project.canUndo).to.equal(false);
  });

  it('moves a summary with Alt+arrows on its focused bar; Shift+Alt does not resize it', async () => {
    const project = createProject(data);
    const el = await mountTimeline(project);
    bar(el, 'g').focus();
    const event = await expectEvent<CustomEvent>(el, 'rl-task-change', () => chord(['Alt'], 'ArrowRight'));
    expect(event.detail).to.include({ taskId: 'g', source: 'keyboard', shift: 1440 });
    expect(starts(project)).to.deep.equal([
      '2026-03-03',
      '2026-03-03',
      '2026-03-10',
      '2026-03-03',
      '2026-03-17',
    ]);
    const version = project.version;
    await chord(['Shift', 'Alt'], 'ArrowRight');
    expect(project.version).to.equal(version);
    await chord(['Alt'], 'ArrowLeft');
    expect(starts(project)).to.deep.equal(BEFORE);
    project.undo();
    project.undo();
    expect(project.canUndo).to.equal(false);
  });
});
