import { expect } from '@open-wc/testing';
import { createProject, formatWallTime, type ProjectData, parseWallTime } from '@roadline/core';
import { executeServerCommand } from '@web/test-runner-commands';
import { html, nothing, type TemplateResult } from 'lit';
import '../../src/define/board.js';
import '../../src/define/gantt.js';
import '../../src/define/late-list.js';
import '../../src/define/roadmap.js';
import '../../src/define/timeline.js';
import { cleanup, mount } from '../helpers.js';

/**
 * Every element that shows "today" follows one policy: the host's `today`, else the viewer's
 * local calendar date. The page runs in a zone where the local date and the UTC date differ now
 * (UTC+14 from 10:00 UTC on, else UTC−11), so an element that read the UTC date would disagree.
 */
const utcDate = () => new Date().toISOString().slice(0, 10);
const zone = () => (new Date().getUTCHours() >= 10 ? 'Pacific/Kiritimati' : 'Pacific/Pago_Pago');
const localDate = (tz: string) =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: tz,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
const shift = (day: string, days: number) => formatWallTime((parseWallTime(day) as number) + days * 1440);

/**
 * Task `due` ends at 00:00 of the later of the two dates (exclusive): its last day is the earlier
 * one, so it is late (and overdue) on the later date only.
 */
function data(early: string, late: string): ProjectData {
  return {
    id: 'p',
    name: 'Today',
    start: shift(early, -10),
    calendar: { workingDays: [0, 1, 2, 3, 4, 5, 6] },
    tasks: [
      { id: 'due', name: 'Due', start: shift(early, -5), end: late },
      { id: 'later', name: 'Later', start: shift(early, 2), end: shift(early, 9) },
    ],
  };
}

/** What an element shows of today, read from its shadow DOM (the today line's x, the late marks). */
type Probe = (el: HTMLElement) => string;
const shadow = (el: Element) => el.shadowRoot as ShadowRoot;
const todayX: Probe = (el) => shadow(el).querySelector('[part~="today"]')?.getAttribute('x1') ?? 'none';

const cases: {
  name: string;
  mount: (d: ProjectData, today: string | undefined) => TemplateResult;
  probe: Probe;
}[] = [
  {
    name: 'rl-timeline today line',
    mount: (d, today) =>
      html`<rl-timeline .project=${createProject(d)} zoom="day" today=${today ?? nothing}></rl-timeline>`,
    probe: todayX,
  },
  {
    name: 'rl-gantt today line',
    mount: (d, today) =>
      html`<rl-gantt .project=${createProject(d)} zoom="day" today=${today ?? nothing}></rl-gantt>`,
    probe: (el) => todayX(shadow(el).querySelector('rl-timeline') as HTMLElement),
  },
  {
    name: 'rl-roadmap today line',
    mount: (d, today) =>
      html`<rl-roadmap .project=${createProject(d)} zoom="month" today=${today ?? nothing}></rl-roadmap>`,
    probe: todayX,
  },
  {
    name: 'rl-board late marks',
    mount: (d, today) => html`<rl-board .project=${createProject(d)} today=${today ?? nothing}></rl-board>`,
    probe: (el) => String(shadow(el).querySelectorAll('[part~="card"][part~="late"]').length),
  },
  {
    name: 'rl-late-list overdue items',
    mount: (d, today) => html`<rl-late-list .data=${d} today=${today ?? nothing}></rl-late-list>`,
    probe: (el) => shadow(el).querySelector('[part="counts"]')?.textContent ?? 'none',
  },
];

async function render(template: TemplateResult, probe: Probe): Promise<string> {
  const el = await mount<HTMLElement>(template);
  for (let i = 0; i < 3; i++) {
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    await (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  }
  const inner = shadow(el).querySelector('rl-timeline') as unknown as {
    updateComplete?: Promise<unknown>;
  } | null;
  await inner?.updateComplete;
  const seen = probe(el);
  cleanup();
  return seen;
}

describe('today: one policy in every element', () => {
  let local = '';
  let utc = '';
  before(async () => {
    const tz = zone();
    await executeServerCommand('emulate-timezone', { zone: tz });
    local = localDate(tz);
    utc = utcDate();
  });
  after(async () => {
    await executeServerCommand('emulate-timezone', { zone: undefined });
  });

  it('the page runs where the local date is not the UTC date', () => {
    expect(local).to.not.equal(utc);
    expect(new Date().getDate()).to.equal(Number(local.slice(8)));
  });

  for (const c of cases) {
    it(`${c.name}: no today is the local date, not the UTC one; an explicit today wins`, async () => {
      const [early, late] = local < utc ? [local, utc] : [utc, local];
      const d = data(early, late);
      const fallback = await render(c.mount(d, undefined), c.probe);
      const asLocal = await render(c.mount(d, local), c.probe);
      const asUtc = await render(c.mount(d, utc), c.probe);
      expect(asLocal).to.not.equal('none');
      expect(asLocal, 'the two dates must show differently').to.not.equal(asUtc);
      expect(fallback, 'no today: the local date').to.equal(asLocal);
    });
  }
});
