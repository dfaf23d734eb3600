import { expect } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/roadmap.js';
import type { RlRoadmap } from '../../src/classes.js';
import { cleanup, litWarnings, mount } from '../helpers.js';
import { bar, data, frame, mid } from './fixture.js';

/** The fixture with c free to follow d (FS, no constraint of its own): c starts when d ends, 2 Feb. */
async function mountLinked() {
  const project = createProject({
    ...data,
    tasks: data.tasks.map((t) => (t.id === 'c' ? { ...t, constraint: undefined } : t)),
  });
  const el = await mount<RlRoadmap>(
    html`<rl-roadmap .project=${project} zoom="month" today="2026-03-04"></rl-roadmap>`,
  );
  await frame();
  await el.updateComplete;
  bar(el, 'd').scrollIntoView({ block: 'nearest', inline: 'center' });
  await frame();
  await el.updateComplete;
  return { el, project };
}

const left = (el: RlRoadmap, id: string) => bar(el, id).getBoundingClientRect().left;

describe('rl-roadmap previews through the store', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    await resetMouse();
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('a dragged feature moves its successor during the drag; Escape puts both back, with no undo step', async () => {
    const { el, project } = await mountLinked();
    expect(project.scheduled('c')?.start).to.equal('2026-02-02');
    const cLeft = left(el, 'c');
    const [x, y] = mid(bar(el, 'd'));
    let changed = 0;
    el.addEventListener('rl-task-change', () => changed++);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 20, y] });
    await frame();
    // 4 px a day: 40 px is ten days.
    await sendMouse({ type: 'move', position: [x + 40, y] });
    await frame();
    await el.updateComplete;
    expect(project.previewing).to.equal(true);
    expect(project.scheduled('d')?.start).to.equal('2026-01-15');
    expect(project.scheduled('c')?.start).to.equal('2026-02-12');
    // The successor's bar moved with it, in this view.
    expect(left(el, 'c') - cLeft).to.equal(40);
    expect(project.canUndo).to.equal(false);
    await sendKeys({ press: 'Escape' });
    await frame();
    await el.updateComplete;
    expect(project.previewing).to.equal(false);
    expect(project.scheduled('d')?.start).to.equal('2026-01-05');
    expect(project.scheduled('c')?.start).to.equal('2026-02-02');
    expect(left(el, 'c')).to.equal(cLeft);
    expect(project.canUndo).to.equal(false);
    await sendMouse({ type: 'up' });
    await frame();
    expect(changed).to.equal(0);
    expect(project.task('d')?.start).to.equal('2026-01-05');
  });

  it('a drop commits once: the successor stays moved, one undo step brings both back', async () => {
    const { el, project } = await mountLinked();
    const [x, y] = mid(bar(el, 'd'));
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 20, y] });
    await frame();
    await sendMouse({ type: 'move', position: [x + 28, y] });
    await frame();
    await sendMouse({ type: 'up' });
    await frame();
    expect(project.previewing).to.equal(false);
    expect(project.task('d')?.start).to.equal('2026-01-12');
    expect(project.scheduled('c')?.start).to.equal('2026-02-09');
    project.undo();
    expect(project.task('d')?.start).to.equal('2026-01-05');
    expect(project.scheduled('c')?.start).to.equal('2026-02-02');
    expect(project.canUndo).to.equal(false);
    await el.updateComplete;
  });

  it('a lifted feature moves its successor as the keys move it; Escape puts both back', async () => {
    const { el, project } = await mountLinked();
    bar(el, 'd').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    // A month zoom steps a day.
    expect(project.scheduled('d')?.start).to.equal('2026-01-06');
    expect(project.scheduled('c')?.start).to.equal('2026-02-03');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(project.previewing).to.equal(false);
    expect(project.scheduled('c')?.start).to.equal('2026-02-02');
    expect(project.canUndo).to.equal(false);
    bar(el, 'd').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(project.task('d')?.start).to.equal('2026-01-06');
    expect(project.scheduled('c')?.start).to.equal('2026-02-03');
    project.undo();
    expect(project.scheduled('c')?.start).to.equal('2026-02-02');
  });
});
