import { createProject, type Project } from '@roadline/core';
import { expect } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/resource-usage.js';
import type { RlResourceUsage } from '../../src/define/resource-usage.js';
import { cleanup, expectAccessible, expectEvent, litWarnings, mount } from '../helpers.js';
import { resourceData } from './fixtures.js';

const root = (el: Element): ShadowRoot => el.shadowRoot as ShadowRoot;
const status = (el: Element) => root(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';
const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null))));
const names = (el: Element) =>
  [...root(el).querySelectorAll('[part~="row"] [part="name"]')].map((n) => n.textContent?.trim());
const centre = (node: Element): [number, number] => {
  const r = node.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};
const peopleOf = (project: Project, taskId: string) =>
  [...(project.task(taskId)?.assignees ?? []), ...project.assignments(taskId).map((a) => a.personId)].filter(
    (p, i, all) => all.indexOf(p) === i,
  );

async function mountUsage(project: Project, dir = 'ltr'): Promise<RlResourceUsage> {
  const el = await mount<RlResourceUsage>(
    html`<rl-resource-usage dir=${dir} locale="en-GB" zoom="week" style="width: 900px; height: 300px" .project=${project}></rl-resource-usage>`,
  );
  await frames();
  await el.updateComplete;
  return el;
}

describe('rl-resource-usage', () => {
  afterEach(async () => {
    await resetMouse();
    cleanup();
  });

  it('lists each person, then their assignments; over-allocated ones marked', async () => {
    const warnings = litWarnings();
    warnings.start();
    const el = await mountUsage(createProject(resourceData()));
    expect(names(el)).to.deep.equal([
      'Ann Lee',
      'Design · 100 %',
      'Build · 50 %',
      'Bob Ray',
      'Test · 50 %',
      'Cy Ito',
    ]);
    const parts = [...root(el).querySelectorAll('[part~="row"]')].map((r) => r.getAttribute('part'));
    expect(parts[0]).to.include('person').and.include('over');
    expect(parts[1]).to.include('assignment').and.include('over');
    expect(parts[4]).to.include('assignment').and.not.include('over');
    expect(root(el).querySelectorAll('rect.bar').length).to.equal(3);
    expect(root(el).querySelectorAll('rect.bar.over').length).to.equal(2);
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('is accessible, left to right and right to left', async () => {
    await expectAccessible(await mountUsage(createProject(resourceData())));
    cleanup();
    await expectAccessible(await mountUsage(createProject(resourceData()), 'rtl'));
  });

  it('pointer: drags a bar onto another person to reassign, one undo step', async () => {
    const project = createProject(resourceData());
    const el = await mountUsage(project);
    const bar = root(el).querySelector('rect.bar[data-bar="1"]') as SVGRectElement;
    const cy = [...root(el).querySelectorAll('[part~="row"]')][5] as Element;
    const [x, y] = centre(bar);
    const [, ty] = centre(cy);
    const event = expectEvent<CustomEvent>(el, 'rl-assignment-change', async () => {
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x, y + 10] });
      await sendMouse({ type: 'move', position: [x, ty] });
      await frames();
      await el.updateComplete;
      expect(root(el).querySelector('[part~="target"] [part="name"]')?.textContent?.trim()).to.equal(
        'Cy Ito',
      );
      await sendMouse({ type: 'up' });
    });
    expect((await event).detail).to.deep.equal({ taskId: 'a', from: 'ann', to: 'cy', reason: 'reassign' });
    expect(peopleOf(project, 'a')).to.deep.equal(['cy']);
    await el.updateComplete;
    expect(names(el)).to.deep.equal([
      'Ann Lee',
      'Build · 50 %',
      'Bob Ray',
      'Test · 50 %',
      'Cy Ito',
      'Design · 100 %',
    ]);
    expect(status(el)).to.equal('Design moved to Cy Ito.');
    project.undo();
    expect(peopleOf(project, 'a')).to.deep.equal(['ann']);
  });

  it('keyboard: Space picks up, Down chooses a person, Space drops; an explicit assignment keeps its units', async () => {
    const project = createProject(resourceData());
    const el = await mountUsage(project);
    root(el).querySelector<HTMLElement>('[part="body"]')?.focus();
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(status(el)).to.equal('Test, 50 %, 9 Mar 2026 to 10 Mar 2026');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(status(el)).to.match(/^Picked up Test\./);
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(status(el)).to.equal('To Cy Ito');
    const before = expectEvent<CustomEvent>(el, 'rl-before-assignment-change', () =>
      sendKeys({ press: 'Space' }),
    );
    expect((await before).detail.to).to.equal('cy');
    expect(project.assignments('t').map((a) => [a.personId, a.units])).to.deep.equal([['cy', 50]]);
    project.undo();
    expect(project.assignments('t').map((a) => a.personId)).to.deep.equal(['bob']);
  });

  it('refuses a person already on the task, and a vetoed move changes nothing', async () => {
    const project = createProject(resourceData());
    const el = await mountUsage(project);
    root(el).querySelector<HTMLElement>('[part="body"]')?.focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' }); // Build (Ann)
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(status(el)).to.equal('Move cancelled.');
    project.addAssignment({ taskId: 'b', personId: 'bob', units: 20 });
    await el.updateComplete;
    // Rows now: Ann, Design, Build, Bob, Build, Test, Cy; the cursor is still on Ann's Build.
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(status(el)).to.equal('Bob Ray is already on Build.');
    el.addEventListener('rl-before-assignment-change', (e) => e.preventDefault());
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(status(el)).to.equal('Move cancelled.');
    expect(peopleOf(project, 'b')).to.deep.equal(['ann', 'bob']);
  });

  it('Left collapses a person’s assignments, Right expands them (mirrored right to left)', async () => {
    const el = await mountUsage(createProject(resourceData()), 'rtl');
    root(el).querySelector<HTMLElement>('[part="body"]')?.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(names(el)).to.deep.equal(['Ann Lee', 'Bob Ray', 'Test · 50 %', 'Cy Ito']);
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(names(el)).to.have.length(6);
  });
});
