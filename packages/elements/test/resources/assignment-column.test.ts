import { createProject, type Project } from '@roadline/core';
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/gantt.js';
import type { RlGanttGrid } from '../../src/gantt/gantt-grid.js';
import { cleanup, expectAccessible, expectEvent, mount } from '../helpers.js';
import { cell, click, settle, shadow } from '../gantt/fixtures.js';
import { resourceData } from './fixtures.js';

async function grid(project: Project): Promise<RlGanttGrid> {
  const el = await mount<RlGanttGrid>(
    html`<rl-gantt-grid .project=${project} .columns=${['name', 'assignments']} locale="en-GB"></rl-gantt-grid>`,
  );
  await settle();
  return el;
}

const people = (project: Project, id: string) =>
  [
    ...(project.task(id)?.assignees ?? []).map((p) => `${p} 100`),
    ...project.assignments(id).map((a) => `${a.personId} ${a.units ?? 100}`),
  ].sort();

describe('the grid’s assignment column', () => {
  afterEach(cleanup);

  it('shows people with units, over-allocated ones marked', async () => {
    const el = await grid(createProject(resourceData()));
    expect(cell(el, 'a', 'assignments').textContent?.trim()).to.equal('Ann Lee ⚠');
    expect(cell(el, 'b', 'assignments').textContent?.trim()).to.equal('Ann Lee [50 %] ⚠');
    expect(cell(el, 't', 'assignments').textContent?.trim()).to.equal('Bob Ray [50 %]');
    await expectAccessible(el);
  });

  it('typing "Cy [50%], bob ray" sets people and units as one undo step', async () => {
    const project = createProject(resourceData());
    const el = await grid(project);
    await click(cell(el, 'a', 'assignments'));
    await sendKeys({ press: 'F2' });
    await el.updateComplete;
    const input = shadow(el).querySelector<HTMLInputElement>('input[part="editor"]') as HTMLInputElement;
    expect(input.value).to.equal('Ann Lee');
    input.select();
    const done = expectEvent<CustomEvent>(el, 'rl-assignment-change', async () => {
      await sendKeys({ type: 'Cy Ito [50%], bob ray' });
      await sendKeys({ press: 'Enter' });
    });
    expect((await done).detail).to.deep.equal({ taskId: 'a', reason: 'edit' });
    expect(people(project, 'a')).to.deep.equal(['bob 100', 'cy 50']);
    await el.updateComplete;
    expect(cell(el, 'a', 'assignments').textContent?.trim()).to.match(/^Bob Ray.*, Cy Ito \[50 %\]/);
    project.undo();
    expect(people(project, 'a')).to.deep.equal(['ann 100']);
  });

  it('an unknown name keeps the editor open with a typed message, and changes nothing', async () => {
    const project = createProject(resourceData());
    const el = await grid(project);
    await click(cell(el, 't', 'assignments'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ type: 'Zed [20 %]' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const alert = shadow(el).querySelector('[role="alert"][part="cell-error"]');
    expect(alert?.textContent?.trim()).to.equal('No one is called “Zed [20 %]”');
    expect(people(project, 't')).to.deep.equal(['bob 50']);
    await sendKeys({ press: 'Escape' });
  });
});
