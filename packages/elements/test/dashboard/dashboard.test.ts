import { expect } from '@open-wc/testing';
import { createProject, featuresRoadmap, projectManagement, softwareDevelopment } from '@roadline/core';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/dashboard.js';
import type { DashboardConfig, RlDashboard } from '../../src/classes.js';
import {
  cleanup,
  expectAccessible,
  expectEvent,
  litWarnings,
  mount,
  trackSubscriptions,
} from '../helpers.js';
import { sample, TODAY } from './fixture.js';

const config: DashboardConfig = {
  columns: 4,
  rowHeight: 100,
  widgets: [
    { id: 'kpi', type: 'kpi', x: 0, y: 0, w: 2, h: 1, options: { tiles: ['progress', 'overdue'] } },
    {
      id: 'status',
      type: 'status',
      x: 2,
      y: 0,
      w: 2,
      h: 2,
      options: { variant: 'bars', innerHTML: '<b>no</b>' },
    },
    { id: 'late', type: 'late', x: 0, y: 1, w: 2, h: 2 },
  ],
};

function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}
const handle = (el: RlDashboard, id: string) =>
  root(el).querySelector<HTMLButtonElement>(`[part="handle"][data-id="${id}"]`) as HTMLButtonElement;
/**
 * Synthesized mouse input only reaches a visible page; with several test files open at once (the
 * runner's concurrency), this one may sit in a background tab until the other finishes.
 */
async function whenVisible(): Promise<void> {
  for (let i = 0; i < 80 && document.visibilityState !== 'visible'; i++)
    await new Promise((r) => setTimeout(r, 100));
}
const place = (el: RlDashboard, id: string) => {
  const w = el.layout.widgets.find((x) => x.id === id);
  return w && [w.x, w.y, w.w, w.h];
};

describe('rl-dashboard', () => {
  const warnings = litWarnings();
  beforeEach(() => warnings.start());
  afterEach(async () => {
    await resetMouse();
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  const mountDashboard = (extra: Partial<DashboardConfig> = {}) =>
    mount<RlDashboard>(
      html`<rl-dashboard
        style="width: 800px"
        label="Overview"
        .project=${createProject(sample())}
        .config=${{ ...config, ...extra }}
        today=${TODAY}
      ></rl-dashboard>`,
    );

  it('renders each widget from the config, on the grid, with its allowed options only', async () => {
    const el = await mountDashboard();
    const status = root(el).querySelector('[data-widget="status"]') as HTMLElement & { variant: string };
    const kpi = root(el).querySelector('[data-widget="kpi"]') as HTMLElement & { tiles: string[] };
    expect(status.localName).to.equal('rl-status-chart');
    expect(status.variant).to.equal('bars');
    expect(status.shadowRoot?.querySelector('b')).to.equal(null);
    expect(kpi.tiles).to.deep.equal(['progress', 'overdue']);
    const section = root(el).querySelector('[part~="widget"][data-id="late"]') as HTMLElement;
    expect(section.style.gridColumn).to.equal('1 / span 2');
    expect(section.style.gridRow).to.equal('2 / span 2');
  });

  it('moves with arrow keys and resizes with Shift + arrows, firing layout events', async () => {
    const el = await mountDashboard();
    handle(el, 'late').focus();
    const before = await expectEvent<CustomEvent>(el, 'rl-before-layout-change', () =>
      sendKeys({ press: 'ArrowDown' }),
    );
    expect(before.detail.widget).to.deep.include({ id: 'late', x: 0, y: 2 });
    expect(before.detail.via).to.equal('keyboard');
    await el.updateComplete;
    expect(place(el, 'late')).to.deep.equal([0, 2, 2, 2]);
    const changes: CustomEvent[] = [];
    el.addEventListener('rl-layout-change', (e) => changes.push(e));
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ up: 'Shift' });
    const after = changes[0] as CustomEvent;
    expect(changes).to.have.length(1);
    expect(after.detail.config.widgets.find((w: { id: string }) => w.id === 'late')).to.deep.include({
      w: 3,
      h: 2,
    });
    await el.updateComplete;
    // Focus stays on the handle, so the user can keep going.
    expect(root(el).activeElement).to.equal(handle(el, 'late'));
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(place(el, 'late')).to.deep.equal([1, 2, 3, 2]);
    // Moving up into the status chart pushes the status chart down, so nothing overlaps.
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(place(el, 'late')).to.deep.equal([1, 0, 3, 2]);
    expect(place(el, 'status')?.[1]).to.be.at.least(2);
    expect(place(el, 'kpi')?.[1]).to.be.at.least(2);
  });

  it('lets the host veto a layout change', async () => {
    const el = await mountDashboard();
    el.addEventListener('rl-before-layout-change', (e) => e.preventDefault());
    let changed = false;
    el.addEventListener('rl-layout-change', () => {
      changed = true;
    });
    handle(el, 'kpi').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(changed).to.equal(false);
    expect(place(el, 'kpi')).to.deep.equal([0, 0, 2, 1]);
  });

  it('moves a widget by dragging its handle and resizes it by its corner', async function () {
    this.timeout(15000);
    await whenVisible();
    // Chromium drops synthesized input to a hidden tab; the runner runs one file at a time so the
    // page is the visible one. Fail loudly rather than pass without dragging.
    expect(document.visibilityState).to.equal('visible');
    const el = await mountDashboard();
    const h = handle(el, 'kpi').getBoundingClientRect();
    const grid = root(el).querySelector('[part="grid"]')?.getBoundingClientRect();
    const cell = (grid?.width ?? 800) / 4;
    const log: string[] = [];
    for (const t of ['pointerdown', 'pointermove', 'pointerup', 'lostpointercapture', 'pointercancel'])
      el.addEventListener(t, (e) => log.push(`${t}@${Math.round((e as PointerEvent).clientX)}`));
    const x = Math.round(h.x + h.width / 2);
    const y = Math.round(h.y + h.height / 2);
    const event = expectEvent<CustomEvent>(el, 'rl-layout-change', async () => {
      await sendMouse({ type: 'move', position: [x, y] });
      await sendMouse({ type: 'down' });
      await sendMouse({ type: 'move', position: [x + 20, y] });
      await sendMouse({ type: 'move', position: [Math.round(x + cell * 2), y] });
      await new Promise((r) => requestAnimationFrame(r));
      await sendMouse({ type: 'up' });
    });
    const { detail } = await event.catch((e) => {
      throw new Error(`${e.message}; pointer events seen: ${log.join(' ') || 'none'}`);
    });
    expect(detail.via).to.equal('pointer');
    expect(place(el, 'kpi')).to.deep.equal([2, 0, 2, 1]);
    // Resize "late" by one column to the right with its corner.
    await el.updateComplete;
    const corner = root(el).querySelector('[part="resize"][data-id="late"]')?.getBoundingClientRect();
    if (!corner) throw new Error('no resize corner');
    const cx = Math.round(corner.x + corner.width / 2);
    const cy = Math.round(corner.y + corner.height / 2);
    await sendMouse({ type: 'move', position: [cx, cy] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [cx + 20, cy] });
    await sendMouse({ type: 'move', position: [Math.round(cx + cell), cy] });
    await new Promise((r) => requestAnimationFrame(r));
    await sendMouse({ type: 'up' });
    await el.updateComplete;
    expect(place(el, 'late')).to.deep.equal([0, 1, 3, 2]);
  });

  it('passes rl-item-click up from its widgets and follows the store', async () => {
    const project = createProject(sample());
    const el = await mount<RlDashboard>(
      html`<rl-dashboard .project=${project} .config=${config} today=${TODAY}></rl-dashboard>`,
    );
    const late = root(el).querySelector('[data-widget="late"]') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await late.updateComplete;
    const event = await expectEvent<CustomEvent>(el, 'rl-item-click', () =>
      late.shadowRoot?.querySelector<HTMLButtonElement>('button[part="item"]')?.click(),
    );
    expect(event.detail).to.deep.include({ id: 'c', projectId: 'p', widget: 'rl-late-list' });
    project.updateTask('c', { progress: 100 });
    await late.updateComplete;
    expect(late.shadowRoot?.querySelectorAll('li').length).to.equal(2);
  });

  it('reads the store once per change for all widgets, and re-renders only what a change affects', async () => {
    const project = createProject(sample());
    const types = [
      'kpi',
      'progress',
      'status',
      'workload',
      'burndown',
      'milestones',
      'late',
      'bottlenecks',
      'notes',
    ];
    const everything: DashboardConfig = {
      columns: 12,
      widgets: types.map((type, k) => ({
        id: type,
        type: type as DashboardConfig['widgets'][number]['type'],
        x: (k % 3) * 4,
        y: Math.floor(k / 3) * 2,
        w: 4,
        h: 2,
      })),
    };
    type Spied = HTMLElement & { updateComplete: Promise<unknown>; render(): unknown };
    const el = await mount<RlDashboard>(
      html`<rl-dashboard .project=${project} .config=${everything} today=${TODAY}></rl-dashboard>`,
    );
    const widgets = [...root(el).querySelectorAll('[data-widget]')] as Spied[];
    expect(widgets).to.have.length(types.length);
    await Promise.all(widgets.map((w) => w.updateComplete));
    const renders = new Map<string, number>();
    for (const w of [...widgets, el as unknown as Spied]) {
      const render = w.render.bind(w);
      w.render = () => {
        const key = w.dataset.widget ?? 'dashboard';
        renders.set(key, (renders.get(key) ?? 0) + 1);
        return render();
      };
    }
    let reads = 0;
    const tasks = project.tasks.bind(project);
    project.tasks = () => {
      reads++;
      return tasks();
    };
    const settle = () => Promise.all([el, ...widgets].map((w) => (w as Spied).updateComplete));

    project.updateTask('b', { progress: 90 });
    await settle();
    expect(reads, 'one read of the project for every widget').to.equal(1);
    expect(Object.fromEntries(renders)).to.deep.equal(Object.fromEntries(types.map((t) => [t, 1])));

    renders.clear();
    reads = 0;
    project.addNote({ text: 'Only the notes widget shows this', createdAt: '2026-03-10' });
    await settle();
    expect(reads).to.equal(1);
    expect(Object.fromEntries(renders)).to.deep.equal({ notes: 1 });
  });

  it('shows a portfolio across .projects', async () => {
    const other = sample();
    other.id = 'q';
    other.name = 'Other';
    const el = await mount<RlDashboard>(
      html`<rl-dashboard
        .projects=${{ first: sample(), second: other }}
        .config=${{
          widgets: [
            { id: 'pf', type: 'portfolio', x: 0, y: 0, w: 12, h: 3 },
            { id: 'k', type: 'kpi', x: 0, y: 3, w: 6, h: 1, projects: ['q'] },
          ],
        }}
        today=${TODAY}
      ></rl-dashboard>`,
    );
    const pf = root(el).querySelector('[data-widget="pf"]') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await pf.updateComplete;
    expect(pf.shadowRoot?.querySelectorAll('tbody tr').length).to.equal(2);
    const k = root(el).querySelector('[data-widget="k"]') as HTMLElement & {
      project: { settings: { id: string } };
    };
    expect(k.project.settings.id).to.equal('q');
  });

  it('renders every widget over each template without an error', async () => {
    const all: DashboardConfig = {
      widgets: (
        [
          'progress',
          'status',
          'workload',
          'burndown',
          'burnup',
          'milestones',
          'late',
          'bottlenecks',
          'portfolio',
          'kpi',
          'notes',
          'cumulative-flow',
        ] as const
      ).map((type, k) => ({ id: type, type, x: (k % 3) * 4, y: Math.floor(k / 3) * 2, w: 4, h: 2 })),
    };
    for (const template of [featuresRoadmap, softwareDevelopment, projectManagement]) {
      const el = await mount<RlDashboard>(
        html`<rl-dashboard .data=${template(TODAY)} .config=${all} today=${TODAY}></rl-dashboard>`,
      );
      const widgets = [...root(el).querySelectorAll<HTMLElement>('[data-widget]')];
      expect(widgets).to.have.length(12);
      for (const w of widgets) {
        await (w as unknown as { updateComplete: Promise<unknown> }).updateComplete;
        expect(w.shadowRoot?.querySelector('[part="error"]'), w.localName).to.equal(null);
        expect(w.shadowRoot?.querySelector('[part="heading"]')?.textContent, w.localName).to.not.equal('');
      }
      cleanup();
    }
  });

  it('ignores hostile or broken config entries', async () => {
    const el = await mount<RlDashboard>(
      html`<rl-dashboard
        .data=${sample()}
        .config=${{ columns: 'x', widgets: [{ id: 'a', type: 'script' }, { id: '__proto__', type: 'kpi', x: -5, y: 'z', w: 99, h: 0 }, null] } as unknown as DashboardConfig}
        today=${TODAY}
      ></rl-dashboard>`,
    );
    expect(el.layout.widgets).to.have.length(1);
    expect(place(el, '__proto__')).to.deep.equal([0, 0, 12, 1]);
  });

  it('leaves no subscription behind after 200 mounts and unmounts', async function () {
    // 200 full dashboards: on a loaded two-core machine this outlasts the 10 s default guard.
    this.timeout(60_000);
    const project = createProject(sample());
    const subscriptions = trackSubscriptions(project);
    for (let i = 0; i < 200; i++) {
      const el = await mount<RlDashboard>(
        html`<rl-dashboard .project=${project} .config=${config} today=${TODAY}></rl-dashboard>`,
      );
      el.remove();
      await el.updateComplete;
      cleanup();
    }
    expect(subscriptions.active).to.equal(0);
  });

  it('has no axe violations in light, dark and high-contrast themes', async () => {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      const el = await mount<RlDashboard>(
        html`<rl-dashboard label="Overview" .data=${sample()} .config=${config} today=${TODAY}></rl-dashboard>`,
        theme,
      );
      await new Promise((r) => setTimeout(r, 0));
      await expectAccessible(el);
      cleanup();
    }
  });
});
