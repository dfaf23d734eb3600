import { expect } from '@open-wc/testing';
import { createProject, type ProjectData } from '@roadline/core';
import { sendMouse } from '@web/test-runner-commands';
import { html, render } from 'lit';
import '../../packages/elements/src/define/gantt.js';
import type { RlGantt } from '../../packages/elements/src/classes.js';
import { expectAccessible } from '../../packages/elements/test/helpers.js';
import { InPageRoom } from '../../stories/support/in-page-room.js';

// Two Gantt charts in one page on one room (an in-page relay between two Yjs documents, the
// binding @roadline/collab's sessions use): what one user drags, the other sees, outlined in the
// dragger's color with their name.

const plan: ProjectData = {
  id: 'p',
  name: 'Launch',
  start: '2026-03-02',
  tasks: [
    { id: 'design', name: 'Design', start: '2026-03-02', duration: 3 },
    { id: 'build', name: 'Build', start: '2026-03-09', duration: 4 },
  ],
};

const dana = { id: 'dana', name: 'Dana', color: '#c2185b' };
const eli = { id: 'eli', name: 'Eli', color: '#1565c0' };

/** A pane's shadow root (an empty fragment before the pane renders). */
function inner(gantt: RlGantt, selector: string): ParentNode {
  return gantt.shadowRoot?.querySelector(selector)?.shadowRoot ?? document.createDocumentFragment();
}

async function until(check: () => boolean, what: string): Promise<void> {
  const end = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
}

describe('collaboration: two rl-gantt on one room', () => {
  it('a drag in one shows in the other, outlined in the dragger’s color; axe clean', async () => {
    const room = new InPageRoom();
    const mine = createProject(plan);
    const theirs = createProject({ id: 'x', name: 'Empty', tasks: [] });
    const leaveMine = room.join(mine, dana);
    const leaveTheirs = room.join(theirs, eli);
    expect(theirs.task('build')?.name).to.equal('Build');

    const host = document.createElement('div');
    document.body.append(host);
    render(
      html`<rl-gantt id="dana" .project=${mine} zoom="day" locale="en" today="2026-03-04" style="height: 240px"></rl-gantt>
        <rl-gantt id="eli" .project=${theirs} zoom="day" locale="en" today="2026-03-04" style="height: 240px"></rl-gantt>`,
      host,
    );
    const danaView = host.querySelector('#dana') as RlGantt;
    const eliView = host.querySelector('#eli') as RlGantt;
    const danaBars = () => inner(danaView, 'rl-timeline');
    const eliBars = () => inner(eliView, 'rl-timeline');
    await until(() => danaBars().querySelector('g[part~="bar"][data-task="build"]') !== null, 'bars drawn');
    await until(() => eliBars().querySelector('g[part~="bar"][data-task="build"]') !== null, 'bars drawn');

    // Both see each other, live.
    const avatars = (view: RlGantt) =>
      [...(view.shadowRoot as ShadowRoot).querySelectorAll('[part~="avatar"]')].map((a) =>
        a.getAttribute('title'),
      );
    await until(() => avatars(eliView).length === 1, 'avatars');
    expect(avatars(eliView)).to.deep.equal(['Dana']);
    expect(avatars(danaView)).to.deep.equal(['Eli']);
    const status = (eliView.shadowRoot as ShadowRoot).querySelector(
      '[part~="presence-status"]',
    ) as HTMLElement;
    expect(status.dataset.status).to.equal('synced');

    // Dana selects Build's bar and drags it two days later.
    await danaView.scrollToTask('build');
    await eliView.scrollToTask('build');
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    const before = theirs.scheduled('build')?.start;
    const bar = danaBars().querySelector('g[part~="bar"][data-task="build"] .track') as SVGElement;
    const box = bar.getBoundingClientRect();
    const from = { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
    await sendMouse({ type: 'click', position: [from.x, from.y] });
    await until(() => danaView.selection.includes('build'), 'Dana’s selection');
    const dayWidth = box.width / 4;
    await sendMouse({ type: 'move', position: [from.x, from.y] });
    await sendMouse({ type: 'down' });
    for (let i = 1; i <= 4; i++) {
      await sendMouse({ type: 'move', position: [Math.round(from.x + (dayWidth * 2 * i) / 4), from.y] });
      await new Promise((r) => requestAnimationFrame(() => r(undefined)));
    }
    await sendMouse({ type: 'up' });
    await sendMouse({ type: 'move', position: [0, 0] });

    // Eli's store and chart have the move, and Build's bar and row are outlined in Dana's color.
    await until(() => theirs.scheduled('build')?.start !== before, 'the drag in the other store');
    expect(theirs.scheduled('build')?.start).to.equal(mine.scheduled('build')?.start);
    expect(theirs.toJSON().tasks).to.deep.equal(mine.toJSON().tasks);
    const outlined = () => eliBars().querySelector('g[part~="bar"][data-task="build"]');
    await until(() => outlined()?.getAttribute('part')?.includes('peer-selected') === true, 'the outline');
    expect(outlined()?.querySelector('.peer-outline')?.getAttribute('stroke')).to.equal(dana.color);
    expect(outlined()?.querySelector('title')?.textContent).to.equal('Selected by Dana');
    const row = inner(eliView, 'rl-gantt-grid').querySelector('[role="row"][data-id="build"]') as HTMLElement;
    expect(row.title).to.equal('Selected by Dana');
    // The other view's own bar for Build shows where Dana dropped it.
    const eliBar = eliBars().querySelector('g[part~="bar"][data-task="build"] .track') as SVGElement;
    expect(Math.round(eliBar.getBoundingClientRect().left)).to.equal(
      Math.round(
        (
          danaBars().querySelector('g[part~="bar"][data-task="build"] .track') as SVGElement
        ).getBoundingClientRect().left,
      ),
    );

    // Each chart on its own: two charts on one page repeat their toolbar's search landmark.
    await expectAccessible(danaView);
    await expectAccessible(eliView);

    // Dana leaves: her outline and avatar go.
    leaveMine();
    await until(() => avatars(eliView).length === 0, 'Dana gone');
    await until(() => outlined()?.getAttribute('part')?.includes('peer-selected') === false, 'outline gone');
    leaveTheirs();
    host.remove();
  });
});
