import { createProject, type Project } from '@roadline/core';
import { expect } from '@open-wc/testing';
import { html, LitElement, type TemplateResult } from 'lit';
import { LocaleController } from '../../src/controllers/locale-controller.js';
import { loadLocale } from '../../src/i18n/catalogue.js';
import { ResizeController } from '../../src/controllers/resize-controller.js';
import { UndoKeysController, undoAction } from '../../src/controllers/undo-keys-controller.js';

/** A host with the three controllers, and an inner host in its shadow root. */
class ProbeElement extends LitElement {
  locale: string | undefined;
  project: Project | undefined;
  readonly?: boolean;
  readonly said: string[] = [];
  readonly sizes: number[] = [];
  renders = 0;
  readonly lang_ = new LocaleController(this, { locale: () => this.locale });
  readonly resize = new ResizeController(this, {
    target: () => this.renderRoot.querySelector('.box'),
    resized: (entry) => this.sizes.push(Math.round(entry.contentRect.width)),
  });
  readonly undoKeys = new UndoKeysController(this, {
    project: () => this.project,
    enabled: () => !this.readonly,
    announce: (m) => this.said.push(m),
  });
  override render(): TemplateResult {
    this.renders++;
    return html`<div class="box" tabindex="0"></div><input class="text" /><rl-probe-inner></rl-probe-inner>`;
  }
}
class ProbeInner extends LitElement {
  readonly lang_ = new LocaleController(this);
}
customElements.define('rl-probe', ProbeElement);
customElements.define('rl-probe-inner', ProbeInner);

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

async function mountProbe(
  attrs = '',
): Promise<{ wrap: HTMLElement; probe: ProbeElement; inner: ProbeInner }> {
  const wrap = document.createElement('div');
  wrap.innerHTML = `<rl-probe ${attrs}></rl-probe>`;
  document.body.append(wrap);
  const probe = wrap.querySelector('rl-probe') as ProbeElement;
  await probe.updateComplete;
  const inner = probe.shadowRoot?.querySelector('rl-probe-inner') as ProbeInner;
  await inner.updateComplete;
  return { wrap, probe, inner };
}

function press(target: Element, key: string, init: KeyboardEventInit = {}): KeyboardEvent {
  const event = new KeyboardEvent('keydown', {
    key,
    bubbles: true,
    composed: true,
    cancelable: true,
    ...init,
  });
  target.dispatchEvent(event);
  return event;
}

describe('LocaleController', () => {
  afterEach(() => {
    for (const w of document.querySelectorAll('body > div')) w.remove();
    document.documentElement.removeAttribute('dir');
  });

  it('sees dir and lang of an ancestor through the shadow root of a containing element', async () => {
    const { wrap, probe, inner } = await mountProbe();
    expect(inner.lang_.rtl).to.equal(false);
    wrap.setAttribute('dir', 'rtl');
    wrap.setAttribute('lang', 'ar-EG');
    await frame();
    expect(probe.lang_.dir).to.equal('rtl');
    expect(inner.lang_.rtl).to.equal(true);
    expect(inner.lang_.language).to.equal('ar-EG');
  });

  it('re-renders the host when the direction changes, and not otherwise', async () => {
    // The Arabic catalogue an earlier test asked for re-renders every host when it arrives.
    await loadLocale('ar');
    const { wrap, probe } = await mountProbe();
    // Renders the mount still has pending (a catalogue an earlier test asked for, arriving) are
    // not the ones counted: wait until two frames pass without one.
    for (let quiet = 0, last = -1, n = 0; quiet < 2 && n < 20; n++) {
      await frame();
      quiet = probe.renders === last ? quiet + 1 : 0;
      last = probe.renders;
    }
    const before = probe.renders;
    wrap.setAttribute('title', 'x');
    await frame();
    expect(probe.renders).to.equal(before);
    document.documentElement.setAttribute('dir', 'rtl');
    await frame();
    await probe.updateComplete;
    expect(probe.renders).to.equal(before + 1);
    expect(probe.lang_.rtl).to.equal(true);
  });

  it('follows a direction set only by a stylesheet, one frame after connecting', async () => {
    const style = document.createElement('style');
    style.textContent = '.css-rtl { direction: rtl; }';
    document.head.append(style);
    try {
      const wrap = document.createElement('div');
      wrap.className = 'css-rtl';
      const probe = document.createElement('rl-probe') as ProbeElement;
      wrap.append(probe);
      document.body.append(wrap);
      await frame();
      await probe.updateComplete;
      expect(probe.lang_.rtl).to.equal(true);
      wrap.className = '';
      probe.lang_.refresh();
      await frame();
      expect(probe.lang_.rtl).to.equal(false);
    } finally {
      style.remove();
    }
  });

  it('reads no computed style while connecting: a dir attribute decides at once', async () => {
    const wrap = document.createElement('div');
    wrap.setAttribute('dir', 'rtl');
    document.body.append(wrap);
    const original = window.getComputedStyle;
    let reads = 0;
    window.getComputedStyle = (...args: Parameters<typeof getComputedStyle>) => {
      reads++;
      return original.apply(window, args);
    };
    try {
      const probe = document.createElement('rl-probe') as ProbeElement;
      wrap.append(probe);
      expect(probe.lang_.rtl).to.equal(true);
      await frame();
      await probe.updateComplete;
      expect(reads).to.equal(0);
      expect(probe.lang_.rtl).to.equal(true);
    } finally {
      window.getComputedStyle = original;
    }
  });

  it("prefers the host's own locale, and gives the region's first day of the week", async () => {
    const { wrap, probe } = await mountProbe();
    wrap.setAttribute('lang', 'en-US');
    await frame();
    expect(probe.lang_.language).to.equal('en-US');
    expect(probe.lang_.firstDayOfWeek).to.equal(0);
    probe.locale = 'de-DE';
    expect(probe.lang_.language).to.equal('de-DE');
    expect(probe.lang_.firstDayOfWeek).to.equal(1);
    probe.locale = 'en-us';
    expect(probe.lang_.language, 'canonical').to.equal('en-US');
    // Not a tag: the browser's language, never an Intl error in the host's render.
    const browser = Intl.getCanonicalLocales(navigator.language)[0];
    for (const bad of ['not a tag!', '??', '<script>', 'x'.repeat(300)]) {
      probe.locale = bad;
      expect(probe.lang_.language, bad).to.equal(browser);
      expect(() => new Intl.DateTimeFormat(probe.lang_.language), bad).to.not.throw();
    }
    const week = new Intl.Locale(browser as string) as unknown as { getWeekInfo(): { firstDay: number } };
    expect(probe.lang_.firstDayOfWeek).to.equal(week.getWeekInfo().firstDay % 7);
  });
});

describe('UndoKeysController', () => {
  afterEach(() => {
    for (const w of document.querySelectorAll('body > div')) w.remove();
  });

  const store = () => {
    const project = createProject({
      id: 'p',
      name: 'P',
      tasks: [{ id: 'a', name: 'A', start: '2026-03-02' }],
    });
    project.updateTask('a', { name: 'B' });
    return project;
  };

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z and Ctrl+Y, announcing each', async () => {
    const { probe } = await mountProbe();
    probe.project = store();
    const box = probe.shadowRoot?.querySelector('.box') as HTMLElement;
    expect(press(box, 'z', { ctrlKey: true }).defaultPrevented).to.equal(true);
    expect(probe.project.task('a')?.name).to.equal('A');
    press(box, 'Z', { ctrlKey: true, shiftKey: true });
    expect(probe.project.task('a')?.name).to.equal('B');
    press(box, 'z', { metaKey: true });
    press(box, 'y', { ctrlKey: true });
    expect(probe.project.task('a')?.name).to.equal('B');
    press(box, 'y', { ctrlKey: true });
    expect(probe.said).to.deep.equal(['Undone', 'Redone', 'Undone', 'Redone', 'Nothing to redo']);
  });

  it('leaves text fields, handled keys and read-only hosts alone', async () => {
    const { probe } = await mountProbe();
    probe.project = store();
    const input = probe.shadowRoot?.querySelector('.text') as HTMLElement;
    expect(press(input, 'z', { ctrlKey: true }).defaultPrevented).to.equal(false);
    const box = probe.shadowRoot?.querySelector('.box') as HTMLElement;
    box.addEventListener('keydown', (e) => e.preventDefault(), { once: true });
    press(box, 'z', { ctrlKey: true });
    expect(probe.project.task('a')?.name).to.equal('B');
    probe.readonly = true;
    press(box, 'z', { ctrlKey: true });
    expect(probe.project.task('a')?.name).to.equal('B');
    expect(probe.said).to.deep.equal([]);
  });

  it('reads only the undo chords', () => {
    const key = (k: string, init: KeyboardEventInit = {}) =>
      undoAction(new KeyboardEvent('keydown', { key: k, ...init }));
    expect(key('z')).to.equal(undefined);
    expect(key('z', { ctrlKey: true, altKey: true })).to.equal(undefined);
    expect(key('Y', { ctrlKey: true, shiftKey: true })).to.equal(undefined);
    expect(key('x', { ctrlKey: true })).to.equal(undefined);
  });
});

describe('ResizeController', () => {
  afterEach(() => {
    for (const w of document.querySelectorAll('body > div')) w.remove();
  });

  it('observes a node of the shadow root, and stops when the host leaves the page', async () => {
    const { wrap, probe } = await mountProbe();
    wrap.style.width = '300px';
    await frame();
    expect(probe.sizes.at(-1)).to.equal(300);
    expect(probe.resize.width).to.equal(300);
    const box = probe.shadowRoot?.querySelector('.box') as HTMLElement;
    expect(probe.resize.element).to.equal(box);
    wrap.remove();
    const seen = probe.sizes.length;
    wrap.style.width = '200px';
    await frame();
    expect(probe.sizes.length).to.equal(seen);
    document.body.append(wrap);
    await frame();
    expect(probe.sizes.at(-1)).to.equal(200);
  });
});
