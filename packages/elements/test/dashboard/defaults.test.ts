import { expect } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/dashboard.js';
import type { LayoutChangeDetail, RlDashboard } from '../../src/classes.js';
import { cleanup, expectAccessible, expectEvent, litWarnings, mount } from '../helpers.js';
import { sample, TODAY } from './fixture.js';

type Widget = HTMLElement & { updateComplete: Promise<unknown> };

function widgets(el: RlDashboard): Widget[] {
  return [...(el.shadowRoot?.querySelectorAll<Widget>('[data-widget]') ?? [])];
}

describe('rl-dashboard without a config', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(() => {
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('shows a project overview for a project: figures, progress, status, milestones, workload, late, bottlenecks', async () => {
    const el = await mount<RlDashboard>(
      html`<rl-dashboard style="width: 1000px" .project=${createProject(sample())} today=${TODAY}></rl-dashboard>`,
    );
    const shown = widgets(el);
    expect(shown.map((w) => w.localName)).to.deep.equal([
      'rl-kpi',
      'rl-progress',
      'rl-status-chart',
      'rl-milestones',
      'rl-workload',
      'rl-late-list',
      'rl-bottlenecks',
    ]);
    for (const w of shown) {
      await w.updateComplete;
      expect(w.shadowRoot?.querySelector('[part="error"]'), w.localName).to.equal(null);
      // Each shows the project's own figures, not an empty frame.
      expect(w.shadowRoot?.textContent?.trim().length ?? 0, w.localName).to.be.greaterThan(10);
    }
    // The late list names the sample's late task (its hostile name as text, not markup).
    const late = shown[5] as Widget;
    expect(late.shadowRoot?.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(late.shadowRoot?.querySelector('img')).to.equal(null);
    // Nothing overlaps on the grid.
    const cells = el.layout.widgets;
    for (const a of cells)
      for (const b of cells)
        if (a !== b)
          expect(
            a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h,
            `${a.id} overlaps ${b.id}`,
          ).to.equal(false);
    await expectAccessible(el);
  });

  it('shows the portfolio for projects alone, and the project overview once a project is set', async () => {
    const other = sample();
    other.id = 'q';
    other.name = 'Other';
    const el = await mount<RlDashboard>(
      html`<rl-dashboard .projects=${{ first: sample(), second: other }} today=${TODAY}></rl-dashboard>`,
    );
    const [portfolio] = widgets(el);
    expect(widgets(el).map((w) => w.localName)).to.deep.equal(['rl-portfolio']);
    await portfolio?.updateComplete;
    expect(portfolio?.shadowRoot?.querySelectorAll('tbody tr').length).to.equal(2);
    el.project = createProject(sample());
    await el.updateComplete;
    expect(widgets(el)).to.have.length(7);
  });

  it('moving a default widget gives the host the whole layout to keep, and a config replaces the default', async () => {
    const el = await mount<RlDashboard>(
      html`<rl-dashboard .project=${createProject(sample())} today=${TODAY}></rl-dashboard>`,
    );
    const handle = el.shadowRoot?.querySelector<HTMLElement>('[part="handle"][data-id="late"]');
    handle?.focus();
    const event = await expectEvent<CustomEvent<LayoutChangeDetail>>(el, 'rl-layout-change', () =>
      sendKeys({ press: 'ArrowDown' }),
    );
    expect(event.detail.config.widgets).to.have.length(7);
    expect(event.detail.widget).to.deep.include({ id: 'late', x: 6, y: 4 });
    await el.updateComplete;
    expect(el.config?.widgets.find((w) => w.id === 'late')).to.deep.include({ y: 4 });
    el.config = { widgets: [{ id: 'only', type: 'notes', x: 0, y: 0, w: 6, h: 2 }] };
    await el.updateComplete;
    expect(widgets(el).map((w) => w.localName)).to.deep.equal(['rl-notes']);
  });

  it('an empty project shows the overview with empty states, not errors', async () => {
    const el = await mount<RlDashboard>(
      html`<rl-dashboard .data=${{ id: 'e', name: 'Empty', tasks: [] }} today=${TODAY}></rl-dashboard>`,
    );
    const shown = widgets(el);
    expect(shown).to.have.length(7);
    for (const w of shown) {
      await w.updateComplete;
      expect(w.shadowRoot?.querySelector('[part="error"]'), w.localName).to.equal(null);
    }
  });
});
