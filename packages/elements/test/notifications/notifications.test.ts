import { expect } from '@open-wc/testing';
import { createProject, type Project, type ProjectData } from '@roadline/core';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { loadLocale } from '../../src/i18n/catalogue.js';
import '../../src/define/notifications.js';
import type { NotificationDetail, RlNotifications } from '../../src/classes.js';
import { cleanup, expectAccessible, expectEvent, litWarnings, mount } from '../helpers.js';

const HOSTILE = '<img src=x onerror=alert(1)> & "quotes"';

function data(): ProjectData {
  return {
    id: 'p',
    name: 'P',
    people: [
      { id: 'ann', name: 'Ann' },
      { id: 'bob', name: 'Bob' },
    ],
    tasks: [
      { id: 'a', name: 'Alpha', start: '2026-03-02', duration: 2, assignees: ['ann'], status: 'todo' },
      { id: 'b', name: HOSTILE, start: '2026-03-02', duration: 2, assignees: ['bob'], status: 'todo' },
    ],
    automations: [
      {
        id: 'tell',
        name: 'Tell the assignees',
        when: { type: 'field-changed', field: 'status', to: 'done' },
        then: [{ type: 'notify', to: ['assignees'], message: '{{task.name}} is done' }],
      },
      {
        id: 'broken',
        when: { type: 'field-changed', field: 'status', to: 'blocked' },
        then: [{ type: 'set-field', field: 'status', value: 'nope' }],
      },
    ],
  };
}

const root = (el: Element): ShadowRoot => el.shadowRoot as ShadowRoot;
function part<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}
const settle = async (el: RlNotifications) => {
  await el.updateComplete;
  await el.updateComplete;
};

describe('rl-notifications', () => {
  const warnings = litWarnings();
  let project: Project;
  beforeEach(() => {
    warnings.start();
    project = createProject(data(), { now: () => '2026-03-03T10:00' });
  });
  afterEach(() => {
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  const mountBell = (person?: string) =>
    mount<RlNotifications>(
      html`<rl-notifications .project=${project} person=${person ?? ''}></rl-notifications>`,
    );

  it('fires rl-notification per new entry of its person; the bell counts unread ones', async () => {
    const el = await mountBell('ann');
    expect(part(el, '[part~="bell"]').getAttribute('aria-label')).to.equal('Notifications, none unread');
    const event = await expectEvent<CustomEvent<NotificationDetail>>(el, 'rl-notification', () =>
      project.updateTask('a', { status: 'done' }),
    );
    expect(event.detail.notification.message).to.equal('Alpha is done');
    expect(event.detail.notification.to).to.deep.equal(['ann']);
    const seen: string[] = [];
    el.addEventListener('rl-notification', (e) => seen.push(e.detail.notification.taskId));
    project.updateTask('b', { status: 'done' });
    await settle(el);
    expect(seen, "bob's entry is not ann's").to.deep.equal([]);
    expect(part(el, '[part~="count"]').textContent).to.equal('1');
    expect(part(el, '[part~="bell"]').getAttribute('aria-label')).to.equal('Notifications, 1 unread');
  });

  it('speaks the language of its locale or page: German, Arabic plurals', async () => {
    await Promise.all([loadLocale('de'), loadLocale('ar')]);
    const el = await mount<RlNotifications>(
      html`<rl-notifications .project=${project} person="ann" locale="de"></rl-notifications>`,
    );
    expect(part(el, '[part~="bell"]').getAttribute('aria-label')).to.equal(
      'Benachrichtigungen, keine ungelesen',
    );
    project.updateTask('a', { status: 'done' });
    await settle(el);
    expect(part(el, '[part~="bell"]').getAttribute('aria-label')).to.equal('Benachrichtigungen, 1 ungelesen');
    expect(part(el, '[part~="heading"]').textContent).to.equal('Benachrichtigungen');
    el.locale = 'ar';
    await settle(el);
    expect(part(el, '[part~="bell"]').getAttribute('aria-label')).to.equal('الإشعارات، إشعار واحد غير مقروء');
    expect(el.getAttribute('dir')).to.equal('rtl');
  });

  it('by keyboard: opens, moves, marks one read, marks all, Escape returns to the bell', async () => {
    project.updateTask('a', { status: 'done' });
    project.updateTask('b', { status: 'done' });
    const el = await mountBell();
    part(el, '[part~="bell"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.open).to.equal(true);
    const opens = [...root(el).querySelectorAll('[part~="open"]')];
    expect(opens).to.have.length(2);
    expect(root(el).activeElement).to.equal(opens[0]);
    await sendKeys({ press: 'ArrowDown' });
    expect(root(el).activeElement).to.equal(opens[1]);
    // Newest first: b, then a; the hostile name is text.
    expect(opens[0]?.querySelector('.message')?.textContent).to.equal(`${HOSTILE} is done`);
    expect(root(el).querySelector('img')).to.equal(null);
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.getAttribute('part')).to.equal('mark-read');
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(project.notifications({ unread: true }).map((n) => n.taskId)).to.deep.equal(['b']);
    part(el, '[part~="mark-all"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(el.unread).to.equal(0);
    expect(root(el).querySelector('[part~="count"]')).to.equal(null);
    part(el, '[part~="open"]').focus();
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(el.open).to.equal(false);
    expect(root(el).activeElement).to.equal(part(el, '[part~="bell"]'));
  });

  it('by pointer: a click on an entry marks it read and fires rl-item-click for its task', async () => {
    project.updateTask('a', { status: 'done' });
    const el = await mountBell('ann');
    part(el, '[part~="bell"]').click();
    await settle(el);
    const click = await expectEvent<CustomEvent>(el, 'rl-item-click', () =>
      part(el, '[part~="open"]').click(),
    );
    expect(click.detail).to.deep.equal({ kind: 'task', id: 'a', projectId: 'p', widget: 'rl-notifications' });
    await settle(el);
    expect(el.open).to.equal(false);
    expect(project.notifications()[0]?.read).to.equal(true);
  });

  it('a failing rule raises rl-error; the change stands', async () => {
    const el = await mountBell();
    const event = await expectEvent<CustomEvent>(el, 'rl-error', () =>
      project.updateTask('a', { status: 'blocked' }),
    );
    expect(event.detail.error.code).to.equal('AUTOMATION_FAILED');
    expect(project.task('a')?.status).to.equal('blocked');
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`is accessible open and closed (${theme})`, async () => {
      project.updateTask('a', { status: 'done' });
      project.updateTask('b', { status: 'done' });
      project.markNotificationsRead([project.notifications()[1]?.id as string]);
      const el = await mount<RlNotifications>(
        html`<rl-notifications .project=${project}></rl-notifications>`,
        theme,
      );
      await expectAccessible(el);
      el.open = true;
      await settle(el);
      await expectAccessible(el);
    });
  }
});
