import { expect } from '@open-wc/testing';
import type { ProjectData } from '@roadline/core';
import { html } from 'lit';
import '../src/define/progress.js';
import type { RlProgress } from '../src/classes.js';
import { cleanup, expectAccessible, litWarnings, mount } from './helpers.js';

const data: ProjectData = {
  id: 'p',
  name: 'Website relaunch',
  statuses: [
    { id: 'todo', label: 'To do', category: 'todo' },
    { id: 'done', label: 'Done', category: 'done' },
  ],
  tasks: [
    { id: 'a', name: 'Design', duration: 3, progress: 100, status: 'done' },
    { id: 'b', name: 'Build', duration: 1, progress: 0, status: 'todo' },
  ],
};

function shadow(el: RlProgress): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}

describe('rl-progress', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(() => {
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('shows duration-weighted progress from .data', async () => {
    const el = await mount<RlProgress>(html`<rl-progress .data=${data}></rl-progress>`);
    const root = shadow(el);
    expect(root.querySelector('[part="value"]')?.textContent).to.equal('75%');
    expect(root.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).to.equal('75');
    expect(root.querySelector('[part~="bar"]')?.getAttribute('width')).to.equal('75%');
    expect(root.querySelector('[part="label"]')?.textContent).to.contain('Website relaunch');
    expect(root.querySelector('[part="legend"]')?.textContent).to.contain('1 done');
  });

  it('reads inline JSON, and renders hostile names as text', async () => {
    const hostile = { ...data, name: '<img src=x onerror=alert(1)>' };
    const el = await mount<RlProgress>(
      html`<rl-progress><script type="application/json">${JSON.stringify(hostile)}</script></rl-progress>`,
    );
    const label = shadow(el).querySelector('[part="label"]');
    expect(label?.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(shadow(el).querySelector('img')).to.equal(null);
  });

  it('reports inline JSON that does not parse with rl-error and a message', async () => {
    const errors: CustomEvent[] = [];
    const onError = (e: Event) => errors.push(e as CustomEvent);
    document.addEventListener('rl-error', onError);
    try {
      const el = await mount<RlProgress>(
        html`<rl-progress><script type="application/json">{ not json</script></rl-progress>`,
      );
      await el.updateComplete;
      expect(errors).to.have.length(1);
      expect(errors[0]?.detail.error.code).to.equal('INVALID_DATA');
      expect(shadow(el).querySelector('[part="error"]')?.textContent).to.contain('does not parse');
    } finally {
      document.removeEventListener('rl-error', onError);
    }
  });

  it('follows a live project as it changes, and stops when removed', async () => {
    let current: ProjectData = data;
    const listeners = new Set<() => void>();
    const project = {
      toJSON: () => current,
      subscribe: (listener: () => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    const el = await mount<RlProgress>(html`<rl-progress .project=${project}></rl-progress>`);
    expect(shadow(el).querySelector('[part="value"]')?.textContent).to.equal('75%');
    current = { ...data, tasks: data.tasks.map((t) => ({ ...t, progress: 100 })) };
    for (const listener of listeners) listener();
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="value"]')?.textContent).to.equal('100%');
    el.remove();
    expect(listeners.size).to.equal(0);
  });

  it('has no axe violations in light, dark and high-contrast themes', async () => {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      const el = await mount<RlProgress>(html`<rl-progress .data=${data}></rl-progress>`, theme);
      await expectAccessible(el);
      cleanup();
    }
  });
});
