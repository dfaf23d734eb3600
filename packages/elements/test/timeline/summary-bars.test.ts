import { expect } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { resetMouse } from '@web/test-runner-commands';
import '../../src/define/timeline.js';
import type { RlTimeline } from '../../src/classes.js';
import { cleanup, litWarnings } from '../helpers.js';
import { bar, data, mountTimeline, settle } from './fixtures.js';

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
