import { expect } from '@open-wc/testing';
import { presenceOf, type Project } from '@roadline/core';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/timeline.js';
import type { RlTimeline } from '../../src/classes.js';
import { loadLocale } from '../../src/i18n/catalogue.js';
import type { ThemeName } from '../../src/styles/tokens.js';
import { cleanup, expectAccessible } from '../helpers.js';
import { dana, eli, settled, type ViewPair, viewPair } from '../presence-room.js';
import { bar, center, data, root } from './fixtures.js';

// Two standalone timelines on one room (each its own store, their presence relayed by core's
// Presence): what one person selects goes to the others and is outlined on their bars in that
// person's color, with their name as the bar's title.

/** Dana's timeline and Eli's on one room. */
function pair(theme: ThemeName = 'light', locale = 'en-GB'): Promise<ViewPair<RlTimeline>> {
  return viewPair<RlTimeline>(
    data,
    (mine, theirs, dir) => html`<div dir=${dir}>
      <rl-timeline id="dana" .project=${mine} zoom="day" locale=${locale} today="2026-03-04" style="height: 250px"></rl-timeline>
      <rl-timeline id="eli" .project=${theirs} zoom="day" locale=${locale} today="2026-03-04" style="height: 250px"></rl-timeline>
    </div>`,
    theme,
    locale,
  );
}

/** A bar's outline in another person's color, and its title (`undefined` without). */
function peerMark(view: RlTimeline, id: string): { stroke: string | null; title: string | null } | undefined {
  const g = bar(view, id);
  const outline = g.querySelector('.peer-outline');
  if (!g.getAttribute('part')?.split(' ').includes('peer-selected') || !outline) return undefined;
  return { stroke: outline.getAttribute('stroke'), title: g.querySelector('title')?.textContent ?? null };
}

describe('rl-timeline presence', () => {
  afterEach(async () => {
    cleanup();
    await resetMouse();
  });

  it('publishes its selection: a bar clicked in one is outlined in that person’s color in the other', async () => {
    const { danaView, eliView, leave } = await pair();
    expect(root(eliView).querySelector('[part~="peer-selected"]')).to.equal(null);

    // Dana clicks Build's bar.
    const at = center(bar(danaView, 'b').querySelector('.track') as Element);
    await sendMouse({ type: 'click', position: [at.x, at.y] });
    await settled(danaView, eliView);
    expect(danaView.selection).to.deep.equal(['b']);
    expect(presenceOf(danaView.project as Project).local.selection).to.deep.equal(['b']);
    expect(peerMark(eliView, 'b')).to.deep.equal({ stroke: dana.color, title: 'Selected by Dana Scully' });
    expect(peerMark(eliView, 'a')).to.equal(undefined);
    // Her own view marks her selection as hers, not as a peer's.
    expect(peerMark(danaView, 'b')).to.equal(undefined);

    // A selection the host sets goes out too; both select Build now, each sees the other.
    eliView.selection = ['b', 'c'];
    await settled(danaView, eliView);
    expect(presenceOf(eliView.project as Project).local.selection).to.deep.equal(['b', 'c']);
    expect(peerMark(danaView, 'b')).to.deep.equal({ stroke: eli.color, title: 'Selected by Eli Okafor' });
    expect(peerMark(danaView, 'c')?.stroke).to.equal(eli.color);

    // Clearing the selection clears the outlines.
    danaView.selection = [];
    await settled(danaView, eliView);
    expect(root(eliView).querySelector('[part~="peer-selected"]')).to.equal(null);
    leave();
    await settled(danaView, eliView);
    expect(root(danaView).querySelector('[part~="peer-selected"]')).to.equal(null);
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`is axe clean with presence shown, ${theme} theme`, async () => {
      const { danaView, eliView, leave } = await pair(theme);
      danaView.selection = ['a', 'm'];
      eliView.selection = ['a'];
      await settled(danaView, eliView);
      expect(peerMark(eliView, 'm')?.stroke).to.equal(dana.color);
      expect(peerMark(danaView, 'a')?.stroke).to.equal(eli.color);
      await expectAccessible(danaView);
      await expectAccessible(eliView);
      leave();
    });
  }

  it('is axe clean with presence shown in Arabic, its names in Arabic words', async () => {
    await loadLocale('ar');
    const { danaView, eliView, leave } = await pair('light', 'ar');
    danaView.selection = ['b'];
    await settled(danaView, eliView);
    expect(peerMark(eliView, 'b')).to.deep.equal({ stroke: dana.color, title: 'محدد بواسطة Dana Scully' });
    await expectAccessible(danaView);
    await expectAccessible(eliView);
    leave();
  });
});
