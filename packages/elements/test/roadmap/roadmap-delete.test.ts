import { expect } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/roadmap.js';
import type { RlRoadmap } from '../../src/classes.js';
import { cleanup, expectAccessible, litWarnings, mount } from '../helpers.js';
import { bar, data, frame, root } from './fixture.js';

describe('deleting and adding on rl-roadmap', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(() => {
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('Delete on a focused feature removes it (and its link) as one undo step', async () => {
    const project = createProject(data);
    const el = await mount<RlRoadmap>(
      html`<rl-roadmap .project=${project} style="width: 900px"></rl-roadmap>`,
    );
    await frame();
    const heard: unknown[] = [];
    el.addEventListener('rl-task-remove', (e) => heard.push(e.detail));
    bar(el, 'd').focus();
    await sendKeys({ press: 'Delete' });
    await frame();
    expect(project.task('d')).to.equal(undefined);
    expect(project.dependency('l1')).to.equal(undefined);
    expect(heard).to.deep.equal([{ taskIds: ['d'], count: 1 }]);
    expect(root(el).querySelector('[part~="bar"][data-id="d"]')).to.equal(null);
    project.undo();
    expect(project.dependency('l1')?.from).to.equal('d');
  });

  it('Backspace in the buckets view removes the focused card; read-only removes nothing', async () => {
    const project = createProject(data);
    const el = await mount<RlRoadmap>(
      html`<rl-roadmap .project=${project} view="buckets" today="2026-03-04"></rl-roadmap>`,
    );
    await el.updateComplete;
    await frame();
    await el.updateComplete;
    const card = root(el).querySelector<HTMLElement>('[part~="card"][data-id]');
    const id = card?.dataset.id;
    if (!card || id === undefined) throw new Error('no card');
    card.focus();
    await sendKeys({ press: 'Backspace' });
    await frame();
    expect(project.task(id)).to.equal(undefined);
    cleanup();
    const other = createProject(data);
    const ro = await mount<RlRoadmap>(html`<rl-roadmap .project=${other} readonly></rl-roadmap>`);
    await frame();
    bar(ro, 'd').focus();
    await sendKeys({ press: 'Delete' });
    await frame();
    expect(other.task('d')).to.not.equal(undefined);
  });

  it('an empty roadmap offers "Add feature"', async () => {
    const project = createProject({ id: 'e', name: 'Empty', start: '2026-05-04', tasks: [] });
    const el = await mount<RlRoadmap>(html`<rl-roadmap .project=${project}></rl-roadmap>`);
    await frame();
    const add = root(el).querySelector<HTMLButtonElement>('[part="empty-add"]');
    if (!add) throw new Error('no Add button');
    await expectAccessible(el);
    add.click();
    await frame();
    expect(project.tasks().map((t) => [t.name, t.start])).to.deep.equal([['New feature', '2026-05-04']]);
    expect(root(el).querySelector('[part="empty-add"]')).to.equal(null);
  });
});
