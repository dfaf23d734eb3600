import { expect } from '@open-wc/testing';
import { createProject, presenceOf, type Project } from '@roadline/core';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/roadmap.js';
import type { RlRoadmap } from '../../src/classes.js';
import { loadLocale } from '../../src/i18n/catalogue.js';
import type { ThemeName } from '../../src/styles/tokens.js';
import { cleanup, expectAccessible, mount } from '../helpers.js';
import { dana, settled, type ViewPair, viewPair } from '../presence-room.js';
import { bar, data, mid, root } from './fixture.js';

// Two roadmaps on one room (each its own store, their presence relayed by core's Presence): the
// toolbar shows who is here, and what one person selects is outlined in their color in the other,
// on a timeline bar or a now / next / later card, with their name as its title.

/** Both in the test page's 800 × 600 viewport. */
const SIZE = 'width: 760px; --rl-roadmap-height: 280px';

/** Dana's roadmap (timeline) and Eli's (now / next / later) on one room. */
function pair(theme: ThemeName = 'light', locale = 'en'): Promise<ViewPair<RlRoadmap>> {
  return viewPair<RlRoadmap>(
    data,
    (mine, theirs, dir) => html`<div dir=${dir}>
      <rl-roadmap id="dana" .project=${mine} locale=${locale} today="2026-03-04" style=${SIZE}></rl-roadmap>
      <rl-roadmap id="eli" .project=${theirs} view="buckets" locale=${locale} today="2026-03-04" style=${SIZE}></rl-roadmap>
    </div>`,
    theme,
    locale,
  );
}

function card(el: RlRoadmap, id: string): HTMLElement {
  const found = root(el).querySelector<HTMLElement>(`[part~="card"][data-id="${id}"]`);
  if (!found) throw new Error(`no card ${id}`);
  return found;
}

function avatars(el: RlRoadmap): HTMLElement[] {
  return [...root(el).querySelectorAll<HTMLElement>('[part~="toolbar"] [part~="avatar"]')];
}

describe('rl-roadmap presence', () => {
  afterEach(async () => {
    cleanup();
    await resetMouse();
  });

  it('shows nothing of presence without a session', async () => {
    const project = createProject(structuredClone(data));
    presenceOf(project).setPeers([{ clientId: 9, user: dana, selection: ['a'] }]);
    const el = await mount<RlRoadmap>(html`<rl-roadmap .project=${project} today="2026-03-04"></rl-roadmap>`);
    await settled(el);
    expect(root(el).querySelector('[part~="presence"]')).to.equal(null);
    // Peers without a session status are still painted: a host may fill presence by itself.
    expect(bar(el, 'a').getAttribute('part')).to.contain('peer-selected');
    presenceOf(project).setPeers([]);
    await settled(el);
    expect(root(el).querySelector('[part~="peer-selected"]')).to.equal(null);
  });

  it('styles the presence bar as the other views do: status, avatars in their colors, initials, names', async () => {
    const { danaView, eliView, leave } = await pair();
    const status = root(eliView).querySelector<HTMLElement>('[part~="toolbar"] [part~="presence-status"]');
    expect(status?.dataset.status).to.equal('synced');
    expect(status?.textContent?.trim()).to.equal('Live');
    const dot = status?.querySelector('.dot') as HTMLElement;
    expect(getComputedStyle(dot).width).to.equal('8px');
    expect(getComputedStyle(dot).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    const presence = root(eliView).querySelector('[part~="presence"]') as HTMLElement;
    expect(getComputedStyle(presence).alignItems).to.equal('center');
    expect(getComputedStyle(presence).columnGap).to.equal('6px');
    // It ends the toolbar, on its inline end (inside the toolbar's 8 px padding).
    const toolbar = root(eliView).querySelector('[part~="toolbar"]') as HTMLElement;
    expect(toolbar.lastElementChild).to.equal(presence);
    const end = toolbar.getBoundingClientRect().right - presence.getBoundingClientRect().right;
    expect(end).to.be.within(0, 10);
    const list = root(eliView).querySelector('[part~="toolbar"] .avatars') as HTMLElement;
    expect(getComputedStyle(list).listStyleType).to.equal('none');
    expect(list.getAttribute('aria-label')).to.equal('People here');

    const [avatar] = avatars(eliView);
    expect(avatars(eliView)).to.have.length(1);
    expect(avatar?.title).to.equal('Dana Scully');
    expect(avatar?.querySelector('[aria-hidden="true"]')?.textContent).to.equal('DS');
    expect(avatar?.querySelector('.visually-hidden')?.textContent).to.equal('Dana Scully');
    const look = getComputedStyle(avatar as HTMLElement);
    expect(look.width).to.equal('26px');
    expect(look.height).to.equal('26px');
    expect(look.borderTopStyle).to.equal('solid');
    expect(look.borderTopColor).to.equal('rgb(194, 24, 91)');
    expect(look.borderRadius).to.equal('50%');
    expect(avatars(danaView).map((a) => a.title)).to.deep.equal(['Eli Okafor']);
    expect(getComputedStyle(avatars(danaView)[0] as HTMLElement).borderTopColor).to.equal(
      'rgb(21, 101, 192)',
    );

    // Eli leaves: Dana's avatar stack empties, the status stays while her session does.
    leave();
    await settled(danaView, eliView);
    expect(avatars(danaView)).to.have.length(0);
    expect(root(eliView).querySelector('[part~="presence"]')).to.equal(null);
  });

  it('a bar selected in one view is outlined in that person’s color on the other’s card, and back', async () => {
    const { danaView, eliView, leave } = await pair();
    expect(root(eliView).querySelector('[part~="peer-selected"]')).to.equal(null);

    // Dana clicks "Guided setup" on her timeline (a real click: the bar's drag holds the pointer
    // capture, so the click is its drag's tap): one rl-task-click, and it is her selection.
    const clicks: string[] = [];
    danaView.addEventListener('rl-task-click', (e) => clicks.push(e.detail.taskId));
    await sendMouse({ type: 'click', position: mid(bar(danaView, 'a')) });
    await settled(danaView, eliView);
    expect(clicks).to.deep.equal(['a']);
    expect(bar(danaView, 'a').getAttribute('part')?.split(' ')).to.include('selected');
    expect(presenceOf(danaView.project as Project).local.selection).to.deep.equal(['a']);
    const outlined = card(eliView, 'a');
    expect(outlined.getAttribute('part')?.split(' ')).to.include('peer-selected');
    expect(outlined.title).to.equal('Selected by Dana Scully');
    expect(getComputedStyle(outlined).outlineColor).to.equal('rgb(194, 24, 91)');
    expect(getComputedStyle(outlined).outlineStyle).to.equal('solid');
    expect(card(eliView, 'b').getAttribute('part')).to.not.contain('peer');
    expect(card(eliView, 'b').hasAttribute('title')).to.equal(false);

    // Eli clicks the "Team invites" card: it is his selection, outlined on Dana's bar.
    card(eliView, 'b').scrollIntoView({ block: 'nearest' });
    await sendMouse({ type: 'click', position: mid(card(eliView, 'b')) });
    await settled(danaView, eliView);
    expect(card(eliView, 'b').getAttribute('part')?.split(' ')).to.include('selected');
    const danaBar = bar(danaView, 'b');
    expect(danaBar.getAttribute('part')?.split(' ')).to.include('peer-selected');
    expect(danaBar.title).to.equal('Selected by Eli Okafor');
    expect(getComputedStyle(danaBar).outlineColor).to.equal('rgb(21, 101, 192)');
    expect(presenceOf(eliView.project as Project).local.selection).to.deep.equal(['b']);

    // Dana switches to now / next / later: her own card is selected, Eli's outlined.
    danaView.view = 'buckets';
    await settled(danaView, eliView);
    expect(card(danaView, 'a').getAttribute('part')?.split(' ')).to.include('selected');
    expect(card(danaView, 'b').title).to.equal('Selected by Eli Okafor');

    // Dana leaves: her outline goes from Eli's card.
    leave();
    await settled(danaView, eliView);
    expect(root(eliView).querySelector('[part~="peer-selected"]')).to.equal(null);
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`is axe clean with presence shown, ${theme} theme`, async () => {
      const { danaView, eliView, leave } = await pair(theme);
      presenceOf(danaView.project as Project).setLocal({ selection: ['a', 'b'] });
      presenceOf(eliView.project as Project).setLocal({ selection: ['b'] });
      await settled(danaView, eliView);
      expect(root(eliView).querySelectorAll('[part~="card"][part~="peer-selected"]')).to.have.length(2);
      expect(root(danaView).querySelectorAll('[part~="bar"][part~="peer-selected"]')).to.have.length(1);
      await expectAccessible(danaView);
      await expectAccessible(eliView);
      danaView.view = 'buckets';
      eliView.view = 'timeline';
      await settled(danaView, eliView);
      expect(root(eliView).querySelectorAll('[part~="bar"][part~="peer-selected"]')).to.have.length(2);
      await expectAccessible(danaView);
      await expectAccessible(eliView);
      leave();
    });
  }

  it('is axe clean with presence shown in Arabic, right to left, its words in Arabic', async () => {
    await loadLocale('ar');
    const { danaView, eliView, leave } = await pair('light', 'ar');
    presenceOf(danaView.project as Project).setLocal({ selection: ['a'] });
    await settled(danaView, eliView);
    const status = root(eliView).querySelector('[part~="presence-status"]') as HTMLElement;
    expect(status.textContent?.trim()).to.equal('مباشر');
    expect(card(eliView, 'a').title).to.equal('محدد بواسطة Dana Scully');
    // Right to left, the presence bar ends the toolbar on its left.
    const presence = root(eliView).querySelector('[part~="presence"]') as HTMLElement;
    const toolbar = root(eliView).querySelector('[part~="toolbar"]') as HTMLElement;
    const end = presence.getBoundingClientRect().left - toolbar.getBoundingClientRect().left;
    expect(end).to.be.within(0, 10);
    await expectAccessible(danaView);
    await expectAccessible(eliView);
    leave();
  });
});
