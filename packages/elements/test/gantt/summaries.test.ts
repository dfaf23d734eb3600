import { expect } from '@open-wc/testing';
import { createProject, type ProjectData } from '@roadline/core';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/gantt.js';
import type { RlGantt, RlTimeline } from '../../src/classes.js';
import type { RlGanttGrid } from '../../src/gantt/gantt-grid.js';
import { cleanup, litWarnings, mount } from '../helpers.js';
import { cell, click, data, mountGrid, rowIds, settle, shadow } from './fixtures.js';

/** Two levels of summaries: Release › (Plan › Brief, Review), (Build › Code), and Ship. */
const nested: ProjectData = {
  id: 'n',
  name: 'Nested',
  start: '2026-03-02',
  tasks: [
    { id: 'release', name: 'Release', progress: 90 },
    { id: 'plan', name: 'Plan', parentId: 'release' },
    { id: 'brief', name: 'Brief', parentId: 'plan', duration: 2, progress: 50 },
    { id: 'review', name: 'Review', parentId: 'plan', duration: 1, progress: 100 },
    { id: 'build', name: 'Build', parentId: 'release' },
    { id: 'code', name: 'Code', parentId: 'build', duration: 5 },
    { id: 'ship', name: 'Ship', type: 'milestone' },
  ],
};

function announced(el: Element): string {
  return shadow(el).querySelector('[role="status"], [aria-live]')?.textContent ?? '';
}

describe('summaries in the Gantt grid', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    await resetMouse();
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('shows a summary’s duration-weighted progress in the progress column, and follows edits', async () => {
    const { el, project } = await mountGrid({ project: createProject(nested) });
    // Plan: (2 × 50 + 1 × 100) / 3 = 66.7 → 67 %; Release: (100 + 100 + 0) / 8 = 25 %, not its own 90 %.
    expect(cell(el, 'plan', 'progress').textContent?.trim()).to.equal('67%');
    expect(cell(el, 'release', 'progress').textContent?.trim()).to.equal('25%');
    expect(cell(el, 'build', 'progress').textContent?.trim()).to.equal('0%');
    expect(cell(el, 'brief', 'progress').textContent?.trim()).to.equal('50%');
    // The summary's cell is not editable: Enter on it opens no editor.
    await click(cell(el, 'release', 'progress'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="editor"]')).to.equal(null);
    // Editing a leaf rolls up through both levels.
    await click(cell(el, 'code', 'progress'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ type: '40' });
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(project.task('code')?.progress).to.equal(40);
    expect(cell(el, 'build', 'progress').textContent?.trim()).to.equal('40%');
    expect(cell(el, 'release', 'progress').textContent?.trim()).to.equal('50%');
    project.undo();
    await settle();
    expect(cell(el, 'release', 'progress').textContent?.trim()).to.equal('25%');
  });

  it('collapses and expands every summary, announced', async () => {
    const { el } = await mountGrid({ project: createProject(nested) });
    el.collapseAll();
    await settle();
    expect(rowIds(el)).to.deep.equal(['release', 'ship']);
    expect([...el.collapsed].sort()).to.deep.equal(['build', 'plan', 'release']);
    expect(announced(el)).to.contain('All summaries collapsed');
    el.expandAll();
    await settle();
    expect(rowIds(el)).to.deep.equal(['release', 'plan', 'brief', 'review', 'build', 'code', 'ship']);
    expect(announced(el)).to.contain('All summaries expanded');
    // Below one task only: Plan and the summaries under it, the rest as it was.
    el.collapseAll('plan');
    await settle();
    expect(rowIds(el)).to.deep.equal(['release', 'plan', 'build', 'code', 'ship']);
    expect(announced(el)).to.contain('Plan and all below collapsed');
  });

  it('expands a row and everything below it with *', async () => {
    const { el } = await mountGrid({ project: createProject(nested) });
    el.collapseAll();
    await settle();
    await click(cell(el, 'release', 'name'));
    await sendKeys({ press: '*' });
    await settle();
    expect(rowIds(el)).to.deep.equal(['release', 'plan', 'brief', 'review', 'build', 'code', 'ship']);
    expect(announced(el)).to.contain('Release and all below expanded');
    // − still collapses the one row, and the name cell did not start an edit with "*".
    expect(shadow(el).querySelector('[part="editor"]')).to.equal(null);
    await sendKeys({ press: '-' });
    await settle();
    expect(rowIds(el)).to.deep.equal(['release', 'ship']);
  });

  it('collapses and expands all from rl-gantt; the timeline follows', async () => {
    const el = await mount<RlGantt>(html`<rl-gantt .data=${data} locale="en-GB"></rl-gantt>`);
    await settle();
    const grid = shadow(el).querySelector('rl-gantt-grid') as RlGanttGrid;
    const timeline = shadow(el).querySelector('rl-timeline') as RlTimeline;
    el.collapseAll();
    await settle();
    await settle();
    expect(timeline.rows).to.deep.equal(['plan', 'build', 'ship']);
    expect(rowIds(grid)).to.deep.equal(['plan', 'build', 'ship']);
    el.expandAll();
    await settle();
    await settle();
    expect(timeline.rows).to.deep.equal(['plan', 'brief', 'review', 'build', 'code', 'ship']);
  });
});
