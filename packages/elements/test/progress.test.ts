import { expect } from '@open-wc/testing';
import { createProject, type ProjectData } from '@roadline/core';
import { html } from 'lit';
import '../src/define/progress.js';
import type { RlProgress } from '../src/classes.js';
import { cleanup, expectAccessible, expectEvent, litWarnings, mount, trackSubscriptions } from './helpers.js';

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

/**
 * Two five-day tasks on the default calendar (Mon–Fri, whole days), seen on Wednesday 11 March:
 * A (Mon 2 – Fri 6) is done and was due in full; B (Mon 9 – Fri 13) has not started and two of its
 * five days have passed. Done: (5 × 100 + 5 × 0) / 10 = 50%; expected: (5 × 100 + 5 × 40) / 10 = 70%.
 */
const planned: ProjectData = {
  id: 'plan',
  name: 'Planned work',
  start: '2026-03-02',
  groups: [
    { id: 'g1', name: 'Design' },
    { id: 'g2', name: 'Build' },
  ],
  people: [
    { id: 'ada', name: 'Ada' },
    { id: 'ben', name: 'Ben' },
  ],
  tasks: [
    {
      id: 'a',
      name: 'A',
      start: '2026-03-02',
      duration: 5,
      progress: 100,
      groupId: 'g1',
      assignees: ['ada'],
    },
    { id: 'b', name: 'B', start: '2026-03-09', duration: 5, progress: 0, groupId: 'g2', assignees: ['ben'] },
  ],
};
const TODAY = '2026-03-11';

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
    const project = createProject(data);
    const el = await mount<RlProgress>(html`<rl-progress .project=${project}></rl-progress>`);
    expect(shadow(el).querySelector('[part="value"]')?.textContent).to.equal('75%');
    project.updateTask('b', { progress: 100 });
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="value"]')?.textContent).to.equal('100%');
    el.remove();
    project.updateTask('b', { progress: 0 });
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="value"]')?.textContent).to.equal('100%');
  });

  it('leaves no subscription behind after 200 mounts and unmounts', async () => {
    const project = createProject(data);
    const subscriptions = trackSubscriptions(project);
    for (let i = 0; i < 200; i++) {
      const el = await mount<RlProgress>(html`<rl-progress .project=${project}></rl-progress>`);
      expect(subscriptions.active).to.equal(1);
      el.remove();
      await el.updateComplete;
      cleanup();
    }
    expect(subscriptions.active).to.equal(0);
  });

  it('reads inline JSON that arrives after the element is connected', async () => {
    const el = await mount<RlProgress>(html`<rl-progress></rl-progress>`);
    expect(shadow(el).querySelector('[part="value"]')?.textContent).to.equal('0%');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(data);
    el.append(script);
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="value"]')?.textContent).to.equal('75%');
  });

  it('reports invalid data with every problem and shows no half-loaded project', async () => {
    const bad = { ...data, tasks: [...data.tasks, { id: 'a', name: 'Duplicate', progress: 400 }] };
    const event = await expectEvent<CustomEvent>(document, 'rl-error', () =>
      mount<RlProgress>(html`<rl-progress .data=${bad}></rl-progress>`),
    );
    expect(event.detail.error.code).to.equal('INVALID_DATA');
    const codes = (event.detail.error.details as { code: string }[]).map((d) => d.code);
    expect(codes.length).to.be.greaterThan(1);
    const el = document.querySelector('rl-progress') as RlProgress;
    expect(shadow(el).querySelector('[part="error"]')).to.not.equal(null);
    expect(shadow(el).querySelector('[role="progressbar"]')).to.equal(null);
  });

  it('marks the progress expected by today, in the bar and in words', async () => {
    const el = await mount<RlProgress>(html`<rl-progress .data=${planned} today=${TODAY}></rl-progress>`);
    const root = shadow(el);
    expect(root.querySelector('[part="value"]')?.textContent).to.equal('50%');
    const bar = root.querySelector('[role="progressbar"]');
    expect(bar?.getAttribute('aria-valuenow')).to.equal('50');
    expect(bar?.getAttribute('aria-valuetext')).to.equal('50% done, 70% expected by today.');
    expect(root.querySelector('[part~="expected"]')?.getAttribute('x1')).to.equal('70%');
    expect(root.querySelector('[part="expected-text"]')?.textContent).to.equal(
      '50% done, 70% expected by today.',
    );
    el.today = '2026-03-16';
    await el.updateComplete;
    expect(root.querySelector('[part~="expected"]')?.getAttribute('x1')).to.equal('99.5%');
    expect(bar?.getAttribute('aria-valuetext')).to.equal('50% done, 100% expected by today.');
  });

  it('breaks progress down by group and by person, each row with its own expected marker', async () => {
    const el = await mount<RlProgress>(
      html`<rl-progress .data=${planned} today=${TODAY} breakdown="group"></rl-progress>`,
    );
    const rows = () => [...shadow(el).querySelectorAll('[part="row"]')];
    expect(shadow(el).querySelector('[part="breakdown"]')?.getAttribute('aria-label')).to.equal(
      'Progress by group',
    );
    expect(rows().map((r) => r.querySelector('[part="row-label"]')?.textContent)).to.deep.equal([
      'Design',
      'Build',
    ]);
    expect(rows().map((r) => r.querySelector('[part="row-value"]')?.textContent)).to.deep.equal([
      '100%',
      '0%',
    ]);
    expect(rows()[1]?.querySelector('[role="progressbar"]')?.getAttribute('aria-valuetext')).to.equal(
      '0% done, 40% expected by today.',
    );
    expect(rows()[1]?.querySelector('[part~="expected"]')?.getAttribute('x1')).to.equal('40%');
    el.breakdown = 'person';
    await el.updateComplete;
    expect(rows().map((r) => r.querySelector('[part="row-label"]')?.textContent)).to.deep.equal([
      'Ada',
      'Ben',
    ]);
    el.limit = 1;
    await el.updateComplete;
    expect(rows()).to.have.length(1);
    expect(shadow(el).querySelector('[part="more"]')?.textContent).to.equal('1 more not shown.');
    el.breakdown = 'none';
    await el.updateComplete;
    expect(shadow(el).querySelector('[part="breakdown"]')).to.equal(null);
  });

  it('skips store changes that leave its figures as they were, and follows those that do not', async () => {
    const project = createProject(planned);
    const el = await mount<RlProgress>(html`<rl-progress .project=${project} today=${TODAY}></rl-progress>`);
    let renders = 0;
    const render = el.render.bind(el);
    el.render = () => {
      renders++;
      return render();
    };
    project.addNote({ text: 'A note changes no figure', createdAt: '2026-03-10' });
    await el.updateComplete;
    expect(renders).to.equal(0);
    project.updateTask('b', { progress: 100 });
    await el.updateComplete;
    expect(renders).to.equal(1);
    expect(shadow(el).querySelector('[part="value"]')?.textContent).to.equal('100%');
  });

  it('has no axe violations in light, dark and high-contrast themes', async () => {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      const el = await mount<RlProgress>(html`<rl-progress .data=${data}></rl-progress>`, theme);
      await expectAccessible(el);
      cleanup();
      const split = await mount<RlProgress>(
        html`<rl-progress .data=${planned} today=${TODAY} breakdown="person"></rl-progress>`,
        theme,
      );
      await expectAccessible(split);
      cleanup();
    }
  });
});
