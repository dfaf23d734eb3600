import { expect } from '@open-wc/testing';
import { createProject, type ProjectData } from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/roadmap.js';
import type { RlRoadmap } from '../../src/classes.js';
import { cleanup, expectAccessible, expectEvent, litWarnings, mount } from '../helpers.js';
import { data, drag, frame, mid, root, shortcut } from './fixture.js';

/** The fixture with a `horizon` select field filled in: a now, b next, c later, d none. */
const withHorizon: ProjectData = {
  ...data,
  fields: [
    {
      id: 'horizon',
      label: 'Horizon',
      type: 'select',
      options: [
        { id: 'now', label: 'Now' },
        { id: 'next', label: 'Next' },
        { id: 'later', label: 'Later' },
      ],
    },
  ],
  tasks: data.tasks.map((t) =>
    t.id === 'a' || t.id === 'b' || t.id === 'c'
      ? { ...t, fields: { horizon: { a: 'now', b: 'next', c: 'later' }[t.id] as string } }
      : t,
  ),
};

async function mountBuckets(extra: Partial<RlRoadmap> = {}, input: ProjectData = data, theme?: 'dark') {
  const project = createProject(input);
  const el = await mount<RlRoadmap>(
    html`<rl-roadmap .project=${project} view="buckets" today="2026-03-04"></rl-roadmap>`,
    theme,
  );
  Object.assign(el, extra);
  await el.updateComplete;
  await frame();
  await el.updateComplete;
  return { el, project };
}

function td(el: RlRoadmap, lane: number, bucket: string): HTMLElement {
  const found = root(el).querySelector<HTMLElement>(`td[data-lane="${lane}"][data-bucket="${bucket}"]`);
  if (!found) throw new Error(`no cell ${lane} ${bucket}`);
  return found;
}

function ids(el: RlRoadmap, lane: number, bucket: string): (string | null)[] {
  return [...td(el, lane, bucket).querySelectorAll('[part~="card"]')].map((c) => c.getAttribute('data-id'));
}

function card(el: RlRoadmap, id: string): HTMLElement {
  const found = root(el).querySelector<HTMLElement>(`[part~="card"][data-id="${id}"]`);
  if (!found) throw new Error(`no card ${id}`);
  return found;
}

async function announced(el: RlRoadmap): Promise<string> {
  await frame();
  return root(el).querySelector('[part~="announcer"]')?.textContent ?? '';
}

describe('rl-roadmap now / next / later editing', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    await resetMouse();
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('by date: a drop on a later bucket moves the start there, keeping the duration, as one undo step', async () => {
    const { el, project } = await mountBuckets();
    expect(ids(el, 1, 'next')).to.deep.equal(['c']);
    const before: CustomEvent[] = [];
    el.addEventListener('rl-before-task-change', (e) => before.push(e));
    const event = await expectEvent<CustomEvent>(el, 'rl-task-change', () =>
      drag(mid(card(el, 'c')), mid(td(el, 1, 'later'))),
    );
    expect(before).to.have.length(1);
    // 4 March + 126 days = 8 July. c follows d, so the move pins it there (SNET), as in the timeline.
    expect(event.detail).to.deep.equal({
      taskId: 'c',
      patch: { start: '2026-07-08', constraint: { type: 'SNET', date: '2026-07-08' } },
      source: 'move',
    });
    expect(project.task('c')?.start).to.equal('2026-07-08');
    expect(project.task('c')?.end).to.equal('2026-08-05');
    await el.updateComplete;
    expect(ids(el, 1, 'later')).to.deep.equal(['c']);
    expect(ids(el, 1, 'next')).to.deep.equal([]);
    expect(await announced(el)).to.equal('Moved Audit log: Platform, Later, position 1 of 1.');
    project.undo();
    await el.updateComplete;
    expect(project.task('c')?.start).to.equal('2026-05-04');
    expect(ids(el, 1, 'next')).to.deep.equal(['c']);
    expect(project.canUndo).to.equal(false);
  });

  it('shows a drop indicator and the target cell while dragging; Escape cancels', async () => {
    const { el, project } = await mountBuckets();
    const from = mid(card(el, 'b'));
    const to = mid(td(el, 1, 'now'));
    await sendMouse({ type: 'move', position: from });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [from[0], from[1] + 10] });
    await frame();
    await sendMouse({ type: 'move', position: to });
    await frame();
    await el.updateComplete;
    expect(td(el, 1, 'now').classList.contains('drop-target')).to.equal(true);
    expect(td(el, 1, 'now').querySelector('[part~="drop-indicator"]')).to.not.equal(null);
    expect(card(el, 'b').part.contains('preview')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(root(el).querySelector('[part~="drop-indicator"]')).to.equal(null);
    await sendMouse({ type: 'up' });
    await frame();
    expect(project.task('b')?.groupId).to.equal('growth');
    expect(project.canUndo).to.equal(false);
  });

  it('keeps a card among the cards of its priority: "could have" b dropped above "must have" a stays', async () => {
    const { el, project } = await mountBuckets();
    expect(ids(el, 0, 'now')).to.deep.equal(['a', 'b']);
    const a = card(el, 'a').getBoundingClientRect();
    const from = mid(card(el, 'b'));
    await sendMouse({ type: 'move', position: from });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [from[0], from[1] - 10] });
    await frame();
    await sendMouse({ type: 'move', position: [Math.round(a.left + a.width / 2), Math.round(a.top + 4)] });
    await frame();
    await el.updateComplete;
    // The indicator shows where it would really land: after a, where it is.
    const list = [...td(el, 0, 'now').querySelectorAll('li > [part~="card"], [part~="drop-indicator"]')];
    expect(list.map((n) => n.getAttribute('data-id') ?? 'drop')).to.deep.equal(['a', 'drop', 'b']);
    await sendMouse({ type: 'up' });
    await frame();
    expect(project.canUndo).to.equal(false);
  });

  it('across lanes sets the lane’s field, and between cards sets the order', async () => {
    const { el, project } = await mountBuckets(
      {},
      { ...data, tasks: data.tasks.map((t) => (t.id === 'b' ? { ...t, priority: 'must' } : t)) },
    );
    expect(ids(el, 0, 'now')).to.deep.equal(['a', 'b']);
    // b above a: just above a's middle.
    const a = card(el, 'a').getBoundingClientRect();
    const event = await expectEvent<CustomEvent>(el, 'rl-task-change', () =>
      drag(mid(card(el, 'b')), [Math.round(a.left + a.width / 2), Math.round(a.top + 4)]),
    );
    expect(event.detail.patch).to.deep.equal({ order: -1 });
    await el.updateComplete;
    expect(ids(el, 0, 'now')).to.deep.equal(['b', 'a']);
    const lane = await expectEvent<CustomEvent>(el, 'rl-task-change', () =>
      drag(mid(card(el, 'b')), mid(td(el, 1, 'now'))),
    );
    // The Platform "now" cell is empty: only the lane changes (the order -1 needs no change there).
    expect(lane.detail.patch).to.deep.equal({ groupId: 'platform' });
    await el.updateComplete;
    expect(ids(el, 1, 'now')).to.deep.equal(['b']);
    project.undo();
    expect(project.task('b')?.groupId).to.equal('growth');
    expect(project.task('b')?.order).to.equal(-1);
    project.undo();
    // The order the store gave it on load (second of the top-level tasks).
    expect(project.task('b')?.order).to.equal(1);
    expect(project.canUndo).to.equal(false);
  });

  it('a drop that changes nothing makes no transaction and fires nothing', async () => {
    const { el, project } = await mountBuckets();
    let fired = 0;
    el.addEventListener('rl-before-task-change', () => fired++);
    const [x, y] = mid(card(el, 'a'));
    await drag([x, y], [x + 20, y + 2]);
    // Outside any cell (the lane header): nothing either.
    const header = root(el).querySelector<HTMLElement>('tbody th');
    if (!header) throw new Error('no lane header');
    await drag([x, y], mid(header));
    expect(fired).to.equal(0);
    expect(project.canUndo).to.equal(false);
  });

  it('by status: a drop sets the bucket’s status, by pointer and by keyboard', async () => {
    const { el, project } = await mountBuckets({ bucketBy: 'status' });
    expect(ids(el, 0, 'now')).to.deep.equal(['a']);
    expect(ids(el, 0, 'next')).to.deep.equal(['b']);
    const event = await expectEvent<CustomEvent>(el, 'rl-task-change', () =>
      drag(mid(card(el, 'b')), mid(td(el, 0, 'later'))),
    );
    // "later" lists no status: no status is what puts a feature there.
    expect(event.detail.patch).to.deep.equal({ status: undefined });
    await el.updateComplete;
    expect(ids(el, 0, 'later')).to.deep.equal(['b']);
    card(el, 'a').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(td(el, 0, 'next').querySelector('[part~="drop-indicator"]')).to.not.equal(null);
    const key = await expectEvent<CustomEvent>(el, 'rl-task-change', () => sendKeys({ press: 'Space' }));
    expect(key.detail).to.deep.equal({ taskId: 'a', patch: { status: 'idea' }, source: 'keyboard' });
    await el.updateComplete;
    expect(ids(el, 0, 'next')).to.deep.equal(['a']);
    // Focus follows the card to its new cell.
    expect(root(el).activeElement?.getAttribute('data-id')).to.equal('a');
    await shortcut('Control', 'z');
    expect(project.task('a')?.status).to.equal('building');
    await shortcut('Control', 'z');
    expect(project.task('b')?.status).to.equal('idea');
  });

  it('by field: sets the field; the keyboard walks buckets, positions and lanes, announcing each', async () => {
    const { el, project } = await mountBuckets({ bucketBy: 'field', bucketField: 'horizon' }, withHorizon);
    expect(ids(el, 0, 'now')).to.deep.equal(['a']);
    expect(ids(el, 0, 'next')).to.deep.equal(['b']);
    expect(ids(el, 1, 'later')).to.deep.equal(['c']);
    card(el, 'a').focus();
    await sendKeys({ press: 'Space' });
    expect(await announced(el)).to.contain('Lifted Guided setup: Growth, Now, position 1 of 1.');
    await sendKeys({ press: 'ArrowRight' });
    expect(await announced(el)).to.equal('Growth, Next, position 1 of 2.');
    // "Must have" a cannot go below "could have" b: down leaves the lane.
    await sendKeys({ press: 'ArrowDown' });
    expect(await announced(el)).to.equal('Platform, Next, position 1 of 1.');
    await sendKeys({ press: 'ArrowUp' });
    expect(await announced(el)).to.equal('Growth, Next, position 1 of 2.');
    await sendKeys({ press: 'ArrowDown' });
    expect(await announced(el)).to.equal('Platform, Next, position 1 of 1.');
    await sendKeys({ press: 'ArrowDown' });
    expect(await announced(el)).to.equal('No further. Platform, Next, position 1 of 1.');
    const event = await expectEvent<CustomEvent>(el, 'rl-task-change', () => sendKeys({ press: 'Space' }));
    expect(event.detail.patch).to.deep.equal({ groupId: 'platform', fields: { horizon: 'next' } });
    expect(await announced(el)).to.equal('Dropped Guided setup: Platform, Next, position 1 of 1.');
    await el.updateComplete;
    expect(ids(el, 1, 'next')).to.deep.equal(['a']);
    // Escape puts a lifted card back.
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Escape' });
    expect(await announced(el)).to.equal('Guided setup put back.');
    expect(project.task('a')?.fields).to.deep.equal({ horizon: 'next' });
    await shortcut('Control', 'z');
    expect(project.task('a')?.groupId).to.equal('growth');
    expect(project.task('a')?.fields).to.deep.equal({ horizon: 'now' });
    expect(project.canUndo).to.equal(false);
  });

  it('by field: a pointer drop on another bucket sets the value', async () => {
    const { el, project } = await mountBuckets({ bucketBy: 'field', bucketField: 'horizon' }, withHorizon);
    const event = await expectEvent<CustomEvent>(el, 'rl-task-change', () =>
      drag(mid(card(el, 'c')), mid(td(el, 1, 'now'))),
    );
    expect(event.detail.patch).to.deep.equal({ fields: { horizon: 'now' } });
    expect(project.task('c')?.start).to.equal('2026-05-04');
  });

  it('lets the host veto a drop, and changes nothing when readonly', async () => {
    const { el, project } = await mountBuckets();
    el.addEventListener('rl-before-task-change', (e) => e.preventDefault(), { once: true });
    let fired = 0;
    el.addEventListener('rl-task-change', () => fired++);
    await drag(mid(card(el, 'c')), mid(td(el, 1, 'later')));
    expect(project.task('c')?.start).to.equal('2026-05-04');
    el.readonly = true;
    await el.updateComplete;
    await drag(mid(card(el, 'c')), mid(td(el, 1, 'later')));
    expect(root(el).querySelector('[part~="drop-indicator"]')).to.equal(null);
    card(el, 'c').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Space' });
    expect(fired).to.equal(0);
    expect(project.task('c')?.start).to.equal('2026-05-04');
    expect(project.canUndo).to.equal(false);
    expect(root(el).querySelector('#bucket-keys')?.textContent?.trim()).to.equal(
      'Arrow keys move between features.',
    );
  });

  it('moves focus between cards with the arrow keys (roving tabindex)', async () => {
    const { el } = await mountBuckets();
    expect(root(el).querySelectorAll('[part~="card"][tabindex="0"]')).to.have.length(1);
    card(el, 'a').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(root(el).activeElement?.getAttribute('data-id')).to.equal('b');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(root(el).activeElement?.getAttribute('data-id')).to.equal('c');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(root(el).activeElement?.getAttribute('data-id')).to.equal('a');
    expect(card(el, 'a').getAttribute('tabindex')).to.equal('0');
  });

  it('has no axe violations with a card lifted, in light and dark', async () => {
    for (const theme of [undefined, 'dark'] as const) {
      const { el } = await mountBuckets({}, data, theme);
      card(el, 'a').focus();
      await sendKeys({ press: 'Space' });
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(root(el).querySelector('[part~="drop-indicator"]')).to.not.equal(null);
      await expectAccessible(el);
      await sendKeys({ press: 'Escape' });
      cleanup();
    }
  });

  it('keeps the table scrolling while a card is held at its bottom edge, and stops when it leaves', async () => {
    const big = generateProject({ tasks: 600, groups: 20, statuses: true, seed: 7 });
    const project = createProject(big);
    const el = await mount<RlRoadmap>(
      html`<rl-roadmap .project=${project} view="buckets" today="2026-03-02"></rl-roadmap>`,
    );
    await el.updateComplete;
    await frame();
    const table = root(el).querySelector('[part~="buckets"]') as HTMLElement;
    expect(table.scrollHeight).to.be.greaterThan(table.clientHeight * 2);
    const first = root(el).querySelector<HTMLElement>('[part~="card"]') as HTMLElement;
    const [x, y] = mid(first);
    const box = table.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 6, y + 6] });
    await frame();
    await sendMouse({ type: 'move', position: [x + 6, Math.round(box.bottom - 4)] });
    await frame();
    const start = table.scrollTop;
    for (let i = 0; i < 8; i++) await frame();
    expect(table.scrollTop).to.be.greaterThan(start + 100);
    await sendMouse({ type: 'move', position: [x + 6, Math.round(box.top + box.height / 2)] });
    await frame();
    const held = table.scrollTop;
    for (let i = 0; i < 4; i++) await frame();
    expect(table.scrollTop).to.equal(held);
    await sendKeys({ press: 'Escape' });
    await sendMouse({ type: 'up' });
    expect(project.canUndo).to.equal(false);
  });
});
