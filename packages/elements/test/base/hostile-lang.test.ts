import { expect } from '@open-wc/testing';
import { createProject, featuresRoadmap, softwareDevelopment } from '@roadline/core';
import { html } from 'lit';
import '../../src/define/gantt.js';
import '../../src/define/board.js';
import '../../src/define/roadmap.js';
import '../../src/define/dashboard.js';
import { cleanup, mount } from '../helpers.js';

const TODAY = '2026-04-15';

type Lit = HTMLElement & { updateComplete: Promise<unknown> };

/** Every Lit element under `root`, through shadow roots, settled. */
async function settle(root: Element): Promise<void> {
  const all: Lit[] = [];
  const walk = (node: Element | ShadowRoot): void => {
    for (const el of node.querySelectorAll('*')) {
      if ('updateComplete' in el) all.push(el as Lit);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root.parentElement ?? root);
  await Promise.all(all.map((el) => el.updateComplete));
}

/** The text a person sees in `root`, through shadow roots. */
function text(root: Element | ShadowRoot): string {
  let out = '';
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) out += text(el.shadowRoot);
  }
  return out + (root.textContent ?? '');
}

describe('a lang or locale that is not a language tag', () => {
  const errors: unknown[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.error ?? e.message);
  beforeEach(() => {
    errors.length = 0;
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    window.removeEventListener('error', onError);
    cleanup();
  });

  for (const lang of ['??', 'not a tag!', '<img src=x onerror=alert(1)>']) {
    it(`every view renders its dates in the browser's language under lang=${JSON.stringify(lang)}`, async () => {
      const project = createProject(softwareDevelopment(TODAY));
      const wrap = await mount<HTMLDivElement>(html`<div lang=${lang} style="width: 1200px">
        <rl-gantt .project=${project} today=${TODAY}></rl-gantt>
        <rl-board .project=${project} view="table"></rl-board>
        <rl-roadmap .data=${featuresRoadmap(TODAY)} today=${TODAY}></rl-roadmap>
        <rl-dashboard .project=${project} today=${TODAY}></rl-dashboard>
      </div>`);
      await settle(wrap);
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      await settle(wrap);
      expect(errors).to.deep.equal([]);
      for (const el of wrap.children) {
        const shadow = el.shadowRoot as ShadowRoot;
        expect(shadow.querySelector('[part="error"]'), el.localName).to.equal(null);
        // Month names as the browser's language writes them somewhere in each dated view.
        if (el.localName !== 'rl-board')
          expect(text(shadow), el.localName).to.match(/Jan|Feb|Mar|Apr|May|Jun/);
      }
    });
  }
});
