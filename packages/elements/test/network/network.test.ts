import { createProject, type Project, type ProjectData } from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import { expect, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/network.js';
import '../../src/define/gantt.js';
import type { RlGantt } from '../../src/classes.js';
import type { RlNetwork } from '../../src/define/network.js';
import { loadLocale } from '../../src/i18n/catalogue.js';
import { cleanup, expectAccessible, expectEvent, litWarnings, mount } from '../helpers.js';

const data: ProjectData = {
  id: 'p',
  name: 'Launch',
  start: '2026-03-02',
  people: [{ id: 'ann', name: 'Ann Lee' }],
  tasks: [
    { id: 'g', name: 'Phase' },
    { id: 'a', name: 'Design', parentId: 'g', start: '2026-03-02', duration: 5, assignees: ['ann'] },
    { id: 'b', name: 'Build', parentId: 'g', duration: 5 },
    { id: 'c', name: 'Review', duration: 2 },
    { id: 'm', name: 'Go live', type: 'milestone' },
  ],
  dependencies: [
    { id: 'd1', from: 'a', to: 'b' },
    { id: 'd2', from: 'b', to: 'm', type: 'SS', lag: 1, lagUnit: 'day' },
  ],
};

const shadow = (el: Element): ShadowRoot => {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
};
const card = (el: RlNetwork, id: string) => shadow(el).querySelector<SVGGElement>(`[data-node="${id}"]`);
const centre = (node: Element): [number, number] => {
  const r = node.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
};

/** Waits until the element has measured itself and drawn its first cards. */
async function drawn(el: RlNetwork): Promise<RlNetwork> {
  for (let i = 0; i < 30 && !shadow(el).querySelector('[part~="node"], canvas.overview'); i++) {
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    await el.updateComplete;
  }
  return el;
}

async function mountNetwork(project: Project, theme: 'light' | 'dark' = 'light'): Promise<RlNetwork> {
  const el = await mount<RlNetwork>(
    html`<rl-network .project=${project} style="height: 600px; width: 1100px"></rl-network>`,
    theme,
  );
  return drawn(el);
}

describe('rl-network', () => {
  afterEach(async () => {
    await resetMouse();
    cleanup();
  });

  it('draws a card per task, frames summaries, labels links and passes axe', async () => {
    const warnings = litWarnings();
    warnings.start();
    const el = await mountNetwork(createProject(structuredClone(data)));
    for (const id of ['a', 'b', 'c', 'm']) expect(card(el, id), id).to.exist;
    expect(card(el, 'm')!.getAttribute('part')).to.include('milestone');
    expect(shadow(el).querySelector('[data-frame="g"]')).to.exist;
    expect(shadow(el).querySelectorAll('[part~="edge"]').length).to.equal(2);
    expect(shadow(el).querySelector('[part~="edge-label"]')!.textContent).to.contain('SS');
    // every link runs left to right
    const a = card(el, 'a')!.getBoundingClientRect();
    const b = card(el, 'b')!.getBoundingClientRect();
    expect(a.right).to.be.lessThan(b.left);
    await expectAccessible(el);
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('marks the critical path', async () => {
    const el = await mountNetwork(createProject(structuredClone(data)));
    expect(card(el, 'a')!.getAttribute('part')).to.include('critical');
    expect(card(el, 'c')!.getAttribute('part')).to.not.include('critical');
  });

  it("shows a task's notes as a count in the color of the latest, live", async () => {
    const project = createProject(structuredClone(data));
    const el = await mountNetwork(project);
    const badges = () => [...shadow(el).querySelectorAll('[part~="note-count"]')];
    expect(badges()).to.have.length(0);
    project.addNote({ taskId: 'c', text: 'check the numbers' });
    project.addNote({ taskId: 'c', text: 'blocked <b>by</b> legal', color: 'red' });
    await el.updateComplete;
    const [badge] = badges();
    expect(badges()).to.have.length(1);
    expect(badge?.textContent?.trim()).to.equal('2');
    expect(badge?.getAttribute('aria-label')).to.match(/2/);
    expect(badge?.querySelector('circle')?.getAttribute('stroke')).to.not.equal(null);
    await expectAccessible(el);
  });

  it('mirrors the flow in right-to-left', async () => {
    const el = await mount<RlNetwork>(
      html`<div dir="rtl"><rl-network .project=${createProject(structuredClone(data))} style="height: 600px; width: 1100px"></rl-network></div>`,
    ).then((d) => drawn(d.querySelector('rl-network') as RlNetwork));
    const a = card(el, 'a')!.getBoundingClientRect();
    const b = card(el, 'b')!.getBoundingClientRect();
    expect(a.left).to.be.greaterThan(b.right);
  });

  it('shares the selection with rl-gantt on the same store', async () => {
    const project = createProject(structuredClone(data));
    const wrap = await mount<HTMLDivElement>(html`<div>
      <rl-network .project=${project} style="height: 400px; width: 900px"></rl-network>
      <rl-gantt .project=${project} style="height: 300px"></rl-gantt>
    </div>`);
    const net = wrap.querySelector('rl-network') as RlNetwork;
    const gantt = wrap.querySelector('rl-gantt') as RlGantt;
    await drawn(net);
    const [x, y] = centre(card(net, 'b')!);
    await expectEvent(net, 'rl-selection-change', () => sendMouse({ type: 'click', position: [x, y] }));
    expect(net.selection).to.deep.equal(['b']);
    await gantt.updateComplete;
    expect(gantt.selection).to.deep.equal(['b']);
    // and back: the gantt's selection shows in the network
    gantt.selection = ['c'];
    await gantt.updateComplete;
    await net.updateComplete;
    expect(net.selection).to.deep.equal(['c']);
    expect(card(net, 'c')!.getAttribute('part')).to.include('selected');
  });

  it('links by dragging from a handle to another card (one undo step)', async () => {
    const project = createProject(structuredClone(data));
    const el = await mountNetwork(project);
    const [sx, sy] = centre(card(el, 'c')!.querySelector('[data-handle]')!);
    const [tx, ty] = centre(card(el, 'm')!.querySelector('.shape')!);
    const created = expectEvent<CustomEvent>(el, 'rl-link-create', async () => {
      await sendMouse({ type: 'move', position: [sx, sy] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [sx + 20, sy + 5] });
      await sendMouse({ type: 'move', position: [tx, ty] });
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      await sendMouse({ type: 'up' });
    });
    const event = await created.catch((e) => {
      console.log(
        'handle',
        sx,
        sy,
        'target',
        tx,
        ty,
        shadow(el).querySelector('[part~="link-preview"]')?.getAttribute('d'),
      );
      throw e;
    });
    expect(event.detail.from).to.equal('c');
    expect(event.detail.to).to.equal('m');
    expect(project.successors('c').map((d) => d.to)).to.deep.equal(['m']);
    project.undo();
    expect(project.successors('c')).to.deep.equal([]);
  });

  it('links with the keyboard, steps along links, and unlinks a selected edge with Delete', async () => {
    const project = createProject(structuredClone(data));
    const el = await mountNetwork(project);
    card(el, 'a')!.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-node')).to.equal('b');
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-node')).to.equal('a');
    // L on a, move to c (Down in its column or through the layout), Enter links
    await sendKeys({ press: 'l' });
    el.scrollToTask('c');
    await el.updateComplete;
    card(el, 'c')!.focus();
    expect(shadow(el).activeElement?.getAttribute('data-node')).to.equal('c');
    await expectEvent(el, 'rl-link-create', () => sendKeys({ press: 'Enter' }));
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-node')).to.equal('c');
    expect(
      project
        .successors('a')
        .map((d) => d.to)
        .sort(),
    ).to.deep.equal(['b', 'c']);
    // back along the new link to a, select its first outgoing link with Shift+Right, delete it
    await el.updateComplete;
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(shadow(el).activeElement?.getAttribute('data-node')).to.equal('a');
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="edge"][part~="selected"]')).to.exist;
    const removed = await expectEvent<CustomEvent>(el, 'rl-link-remove', () => sendKeys({ press: 'Delete' }));
    expect(project.successors('a').length).to.equal(1);
    expect(removed.detail.from).to.equal('a');
  });

  it('deletes a clicked edge with Delete', async () => {
    const project = createProject(structuredClone(data));
    const el = await mountNetwork(project);
    const edge = shadow(el).querySelector('[part~="edge"] .hit') as SVGPathElement;
    const length = edge.getTotalLength();
    const point = edge.getPointAtLength(length / 2);
    const svgRect = (edge.ownerSVGElement as SVGSVGElement).getBoundingClientRect();
    const matrix = edge.getScreenCTM()!;
    const x = point.x * matrix.a + matrix.e;
    const y = point.y * matrix.d + matrix.f;
    expect(x).to.be.greaterThan(svgRect.left);
    await sendMouse({ type: 'click', position: [Math.round(x), Math.round(y)] });
    await el.updateComplete;
    expect(shadow(el).querySelector('[part~="edge"][part~="selected"]')).to.exist;
    card(el, 'a')!.focus();
    const before = project.dependencies().length;
    await expectEvent(el, 'rl-link-remove', () => sendKeys({ press: 'Delete' }));
    expect(project.dependencies().length).to.equal(before - 1);
  });

  it('collapses a summary into one card carrying its links', async () => {
    const el = await mountNetwork(createProject(structuredClone(data)));
    const toggle = shadow(el).querySelector('[data-toggle="g"]')!;
    await sendMouse({ type: 'click', position: centre(toggle) });
    await el.updateComplete;
    expect(el.collapsed).to.deep.equal(['g']);
    expect(card(el, 'g')!.getAttribute('part')).to.include('summary');
    expect(card(el, 'a')).to.not.exist;
  });

  it('keeps only the cards in view in the DOM, pans and zooms', async () => {
    const project = createProject(generateProject({ tasks: 2000, seed: 3 }));
    const el = await mountNetwork(project, 'dark');
    const total = project.tasks().length;
    const drawn = () => shadow(el).querySelectorAll('[part~="node"]').length;
    const first = drawn();
    expect(first).to.be.greaterThan(0);
    expect(first).to.be.lessThan(total / 5);
    const box = shadow(el).querySelector('.viewport')!.getBoundingClientRect();
    for (const node of shadow(el).querySelectorAll('[part~="node"]')) {
      const r = node.getBoundingClientRect();
      expect(r.right).to.be.greaterThan(box.left - 1);
      expect(r.left).to.be.lessThan(box.right + 1);
    }
    const before = shadow(el).querySelector('[part~="node"]')!.getAttribute('data-node');
    // drag the background to pan
    await sendMouse({ type: 'move', position: [Math.round(box.left + 600), Math.round(box.top + 580)] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left + 100), Math.round(box.top + 100)] });
    await new Promise((r) => requestAnimationFrame(() => r(null)));
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(drawn()).to.be.greaterThan(0);
    expect(shadow(el).querySelector('[part~="node"]')!.getAttribute('data-node')).to.not.equal(before);
    // fit: too many cards for the DOM, an overview canvas instead
    el.zoomToFit();
    await el.updateComplete;
    expect(drawn()).to.equal(0);
    expect(shadow(el).querySelector('canvas.overview')).to.exist;
    // keyboard zoom back in
    shadow(el).querySelector<HTMLElement>('.viewport')!.focus();
    for (let i = 0; i < 12; i++) await sendKeys({ press: '+' });
    await el.updateComplete;
    expect(drawn()).to.be.greaterThan(0);
    expect(drawn()).to.be.lessThan(total / 5);
  });

  it("shows its words in the element's language: German toolbar, Arabic card labels", async () => {
    await Promise.all([loadLocale('de'), loadLocale('ar')]);
    const project = createProject(structuredClone(data));
    const wrap = await mount<HTMLDivElement>(html`<div>
      <rl-network .project=${project} locale="de" style="height: 400px; width: 900px"></rl-network>
      <rl-network .project=${project} locale="ar" style="height: 400px; width: 900px"></rl-network>
    </div>`);
    const [de, ar] = [...wrap.querySelectorAll('rl-network')] as RlNetwork[];
    await drawn(de!);
    await drawn(ar!);
    const buttons = () =>
      [...shadow(de!).querySelectorAll('[part="controls"] button')].map((b) => b.getAttribute('aria-label'));
    await waitUntil(() => buttons()[0] === 'Vergrößern', `German toolbar: ${buttons().join(', ')}`);
    expect(buttons()).to.deep.equal(['Vergrößern', 'Verkleinern', 'Einpassen']);
    expect(shadow(de!).querySelector('.viewport')!.getAttribute('aria-label')).to.equal('Netzplan');
    expect(card(de!, 'a')!.getAttribute('aria-label')).to.contain('Dauer 5 Tage');
    const label = () => card(ar!, 'm')?.getAttribute('aria-label') ?? '';
    await waitUntil(() => label().includes('مرحلة رئيسية'), `Arabic card: ${label()}`);
    expect(card(ar!, 'a')!.getAttribute('aria-roledescription')).to.equal('مهمة');
    expect(card(ar!, 'a')!.getAttribute('aria-label')).to.contain('حرجة');
    expect(ar!.getAttribute('dir')).to.equal('rtl');
    // and the English stays English beside them
    cleanup();
    const en = await mountNetwork(createProject(structuredClone(data)));
    expect(card(en, 'a')!.getAttribute('aria-label')).to.contain('Duration 5 days');
    expect(card(en, 'm')!.getAttribute('aria-label')).to.contain('Milestone');
    expect(shadow(en).querySelector('[part~="edge-label"]')!.textContent).to.equal('SS +1d');
  });

  it('exports SVG and PNG', async () => {
    const el = await mountNetwork(createProject(structuredClone(data)));
    const text = el.exportSVG();
    expect(text).to.match(/^<svg/);
    expect(text).to.contain('Design');
    expect(text).to.not.contain('tabindex');
    const png = await el.exportPNG();
    expect(png.type).to.equal('image/png');
    expect(png.size).to.be.greaterThan(100);
  });
});
