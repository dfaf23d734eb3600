import { expect, waitUntil } from '@open-wc/testing';
import { createProject } from '@roadline/core';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/gantt.js';
import '../../src/define/roadmap.js';
import type { RlGantt, RlRoadmap } from '../../src/classes.js';
import type { RlGanttGrid } from '../../src/gantt/gantt-grid.js';
import { loadLocale } from '../../src/i18n/index.js';
import { cell, click, data, settle, shadow } from '../gantt/fixtures.js';
import { cleanup, expectAccessible, mount } from '../helpers.js';

/** Words outside templates: the empty views' invitation, new tasks' names, a deletion's question and announcement. */
describe('translated words outside templates', () => {
  before(async () => {
    await loadLocale('de');
    await loadLocale('ar');
  });
  afterEach(() => cleanup());

  it('an empty German Gantt invites in German and names its first task in German', async () => {
    const project = createProject({ id: 'e', name: 'Leer', start: '2026-05-04', tasks: [] });
    const el = await mount<RlGantt>(html`<rl-gantt lang="de" .project=${project}></rl-gantt>`);
    await settle();
    const empty = shadow(el).querySelector('[part="empty"]');
    await waitUntil(() => empty?.textContent?.includes('Noch keine Vorgänge.'), empty?.textContent ?? '');
    const add = shadow(el).querySelector<HTMLButtonElement>('[part="empty-add"]');
    expect(add?.textContent?.trim()).to.equal('Vorgang hinzufügen');
    await click(add as HTMLButtonElement);
    await settle();
    expect(project.tasks().map((t) => t.name)).to.deep.equal(['Neuer Vorgang']);
  });

  it('an empty Arabic roadmap invites in Arabic and names its first feature in Arabic', async () => {
    const project = createProject({ id: 'e', name: 'Empty', start: '2026-05-04', tasks: [] });
    const el = await mount<RlRoadmap>(html`<rl-roadmap lang="ar" .project=${project}></rl-roadmap>`);
    await settle();
    const add = () => shadow(el).querySelector<HTMLButtonElement>('[part="empty-add"]');
    await waitUntil(() => add()?.textContent?.trim() === 'إضافة ميزة', add()?.textContent ?? 'no button');
    expect(shadow(el).querySelector('[part="empty"]')?.textContent).to.contain('لا توجد ميزات بعد.');
    await click(add() as HTMLButtonElement);
    await settle();
    expect(project.tasks().map((t) => t.name)).to.deep.equal(['ميزة جديدة']);
  });

  it('deleting an Arabic summary asks in Arabic, with Arabic buttons, and announces in Arabic', async () => {
    const project = createProject(data);
    const el = await mount<RlGanttGrid>(html`<rl-gantt-grid lang="ar" .project=${project}></rl-gantt-grid>`);
    await settle();
    await click(cell(el, 'plan', 'name'));
    await sendKeys({ press: 'Delete' });
    await el.updateComplete;
    const ask = shadow(el).querySelector<HTMLDialogElement>('dialog.confirm:not(.link-picker)');
    expect(ask?.open).to.equal(true);
    const name = project.task('plan')?.name ?? '';
    // Two subtasks: Arabic's dual form.
    expect(ask?.querySelector('#confirm-message')?.textContent).to.equal(`حذف «${name}» ومهمتيها الفرعيتين؟`);
    const buttons = [...(ask?.querySelectorAll('button') ?? [])].map((b) => b.textContent?.trim());
    expect(buttons).to.deep.equal(['إلغاء', 'حذف']);
    await expectAccessible(el);
    await sendKeys({ press: 'Enter' });
    await settle();
    expect(project.task('plan')).to.equal(undefined);
    const region = () => shadow(el).querySelector('[part~="announcer"]')?.textContent ?? '';
    await waitUntil(() => region() === 'حُذفت 3 مهام', region());
  });

  it('deleting German tasks announces in German', async () => {
    const project = createProject(data);
    const el = await mount<RlGanttGrid>(html`<rl-gantt-grid lang="de" .project=${project}></rl-gantt-grid>`);
    await settle();
    const name = project.task('code')?.name ?? '';
    await click(cell(el, 'code', 'name'));
    await sendKeys({ press: 'Delete' });
    await settle();
    expect(project.task('code')).to.equal(undefined);
    const region = () => shadow(el).querySelector('[part~="announcer"]')?.textContent ?? '';
    await waitUntil(() => region() === `${name} gelöscht`, region());
  });
});
