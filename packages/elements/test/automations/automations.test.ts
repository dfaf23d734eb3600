import { expect } from '@open-wc/testing';
import { AUTOMATION_RECIPES, createProject, type Project, type ProjectData } from '@roadline/core';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { draftOf, toRule } from '../../src/automations/rule-draft.js';
import { Vocabulary } from '../../src/automations/vocabulary.js';
import '../../src/define/automations.js';
import type { AutomationChangeDetail, RlAutomations } from '../../src/define/automations.js';
import { translate } from '../../src/i18n/catalogue.js';
import { loadLocale } from '../../src/i18n/index.js';
import {
  cleanup,
  expectAccessible,
  expectEvent,
  litWarnings,
  mount,
  trackSubscriptions,
} from '../helpers.js';

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
      {
        id: 'a',
        name: 'Alpha',
        start: '2026-03-02',
        duration: 2,
        assignees: ['ann'],
        status: 'todo',
        progress: 0,
      },
      {
        id: 'b',
        name: HOSTILE,
        start: '2026-03-02',
        duration: 2,
        assignees: ['bob'],
        status: 'todo',
        progress: 0,
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
const blank = (el: Element, key: string) => part<HTMLButtonElement>(el, `[id="blank-${key}"]`);
const focused = (el: Element): Element | null => root(el).activeElement;
async function settle(el: RlAutomations): Promise<void> {
  await el.updateComplete;
  await el.updateComplete;
}
async function press(el: RlAutomations, ...keys: string[]): Promise<void> {
  for (const key of keys) {
    await sendKeys(key.length === 1 ? { type: key } : { press: key });
    await settle(el);
  }
}

describe('rl-automations', () => {
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

  const mountEditor = (theme: 'light' | 'dark' | 'high-contrast' = 'light') =>
    mount<RlAutomations>(html`<rl-automations .project=${project} locale="en"></rl-automations>`, theme);

  it('builds a rule by keyboard alone, saves it as one undo step, and the rule fires', async () => {
    const el = await mountEditor();
    part(el, '[part~="new"]').focus();
    await press(el, 'Enter');
    expect(focused(el)).to.equal(blank(el, 'when.type'), 'focus starts on the trigger');
    // The trigger: Enter opens the menu, ↓ moves to "A field changes", Enter chooses it.
    await press(el, 'Enter');
    expect(focused(el)?.getAttribute('role')).to.equal('listbox');
    await press(el, 'ArrowDown', 'Enter');
    expect(blank(el, 'when.type').textContent).to.equal('A field changes');
    expect(focused(el)).to.equal(blank(el, 'when.field'), 'focus moves to the field blank');
    // The field: Status is first.
    await press(el, 'Enter', 'Enter');
    expect(blank(el, 'when.field').textContent).to.equal('Status');
    expect(focused(el)).to.equal(blank(el, 'when.field'), 'focus returns to the blank');
    // Escape closes a menu without choosing and gives focus back.
    await press(el, 'Tab', 'Tab', 'ArrowDown');
    expect(focused(el)?.getAttribute('role')).to.equal('listbox');
    await press(el, 'Escape');
    expect(focused(el)).to.equal(blank(el, 'when.to'));
    expect(root(el).querySelector('[part~="editor"]'), 'Escape in a menu keeps the builder').to.exist;
    // "To": a letter jumps to "Done".
    await press(el, 'Enter', 'd', 'Enter');
    expect(blank(el, 'when.to').textContent).to.equal('Done');
    // An action from the "Add an action" menu: Set a field (first); focus goes to its field.
    await press(el, 'Tab', 'Tab', 'Enter', 'Enter');
    expect(focused(el)).to.equal(blank(el, 'then[0].field'));
    await press(el, 'Enter', 'p', 'p', 'Enter');
    expect(blank(el, 'then[0].field').textContent).to.equal('Progress');
    await press(el, 'Tab', '1', '0', '0');
    expect(part(el, '[part~="preview"]').textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'When Status changes to Done, set Progress to 100%.',
    );
    const event = await expectEvent<CustomEvent<AutomationChangeDetail>>(el, 'rl-automation-change', () =>
      press(el, 'Enter'),
    );
    expect(event.detail.kind).to.equal('add');
    const rules = project.automations();
    expect(rules).to.have.length(1);
    expect(rules[0]).to.deep.include({
      when: { type: 'field-changed', field: 'status', to: 'done' },
      then: [{ type: 'set-field', field: 'progress', value: 100 }],
    });
    await settle(el);
    expect(root(el).querySelector('[part~="editor"]')).to.equal(null);
    expect(focused(el)).to.equal(part(el, `[data-rule="${rules[0]?.id}"] [part~="edit"]`));
    expect(part(el, '[part~="sentence"]').textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'When Status changes to Done, set Progress to 100%.',
    );

    project.updateTask('a', { status: 'done' });
    expect(project.task('a')?.progress).to.equal(100);
    await settle(el);
    const row = part(el, '[part~="log-table"] tbody tr');
    expect(row.dataset.task).to.equal('a');
    expect(row.textContent).to.contain('Done');
    project.undo();
    project.undo();
    expect(project.automations(), 'saving was one undo step').to.have.length(0);
  });

  it('a rule switched off does not fire; switched on again, it does', async () => {
    project.addAutomation({
      name: 'Done means 100',
      when: { type: 'field-changed', field: 'status', to: 'done' },
      then: [{ type: 'set-field', field: 'progress', value: 100 }],
    });
    const el = await mountEditor();
    const toggle = part<HTMLButtonElement>(el, '[role="switch"]');
    expect(toggle.getAttribute('aria-checked')).to.equal('true');
    expect(toggle.getAttribute('aria-label')).to.equal('Rule “Done means 100” on');
    toggle.focus();
    await press(el, ' ');
    expect(project.automations()[0]?.enabled).to.equal(false);
    expect(part(el, '[role="switch"]').getAttribute('aria-checked')).to.equal('false');
    project.updateTask('a', { status: 'done' });
    expect(project.task('a')?.progress).to.equal(0);
    part(el, '[role="switch"]').click();
    await settle(el);
    project.updateTask('b', { status: 'done' });
    expect(project.task('b')?.progress).to.equal(100);
  });

  it('adds a recipe from the gallery with one click; it fires and notifies', async () => {
    const el = await mountEditor();
    const recipes = root(el).querySelectorAll('[part~="recipe"]');
    expect(recipes.length).to.be.at.least(12);
    const add = part<HTMLButtonElement>(el, '[data-recipe="done-notify"] [part~="add-recipe"]');
    expect(add.getAttribute('aria-label')).to.equal(
      'Add recipe: When Status changes to Done, notify the assignees: “{{task.name}} is done.”.',
    );
    add.click();
    await settle(el);
    expect(project.automations()).to.have.length(1);
    project.updateTask('b', { status: 'done' });
    const [n] = project.notifications({ person: 'bob' });
    expect(n?.message).to.equal(`${HOSTILE} is done.`);
    await settle(el);
    // Names from the data are text, never markup.
    expect(root(el).querySelector('img')).to.equal(null);
    expect(part(el, '[part~="log-table"]').textContent).to.contain(HOSTILE);
  });

  it('shows the store’s errors beside the blanks and stores nothing', async () => {
    const el = await mountEditor();
    part<HTMLButtonElement>(el, '[part~="new"]').click();
    await settle(el);
    // Nothing chosen: the trigger blank says what is missing.
    part<HTMLButtonElement>(el, '[part~="save"]').click();
    await settle(el);
    expect(project.automations()).to.have.length(0);
    expect(blank(el, 'when.type').getAttribute('aria-invalid')).to.equal('true');
    expect(part(el, '[id="error-when.type"]').textContent).to.equal('Fill in this blank.');
    expect(focused(el)).to.equal(blank(el, 'when.type'));

    // A date trigger with an offset that is not whole, and a notify with no message.
    blank(el, 'when.type').click();
    await settle(el);
    part(el, '[id="option-when.type-2"]').click();
    await settle(el);
    blank(el, 'when.field').click();
    await settle(el);
    part(el, '[id="option-when.field-1"]').click(); // End
    await settle(el);
    const offset = part<HTMLInputElement>(el, '[id="input-when.offsetDays"]');
    offset.value = '1.5';
    offset.dispatchEvent(new Event('input'));
    blank(el, 'then.add').click();
    await settle(el);
    part(el, '[id="option-then.add-2"]').click(); // Notify
    await settle(el);
    let changes = 0;
    el.addEventListener('rl-automation-change', () => changes++);
    part<HTMLButtonElement>(el, '[part~="save"]').click();
    await settle(el);
    expect(project.automations(), 'nothing stored').to.have.length(0);
    expect(changes).to.equal(0);
    expect(part(el, '[id="error-when.offsetDays"]').textContent).to.equal('This value cannot be used here.');
    expect(part(el, '[id="input-when.offsetDays"]').getAttribute('aria-describedby')).to.equal(
      'error-when.offsetDays',
    );
    expect(part(el, '[id="error-then[0].message"]').textContent).to.equal('Fill in this blank.');
    expect(focused(el)).to.equal(part(el, '[id="input-when.offsetDays"]'));

    // Fixed, it saves.
    const fixed = part<HTMLInputElement>(el, '[id="input-when.offsetDays"]');
    fixed.value = '-2';
    fixed.dispatchEvent(new Event('input'));
    const message = part<HTMLInputElement>(el, '[id="input-then[0].message"]');
    message.value = '{{task.name}} ends in two days';
    message.dispatchEvent(new Event('input'));
    await settle(el);
    part<HTMLButtonElement>(el, '[part~="save"]').click();
    await settle(el);
    expect(project.automations()[0]).to.deep.include({
      when: { type: 'date-arrived', field: 'end', offsetDays: -2 },
      then: [{ type: 'notify', to: ['assignees'], message: '{{task.name}} ends in two days' }],
    });
  });

  it('a condition needs its value; Escape cancels the builder and focus returns', async () => {
    const el = await mountEditor();
    part<HTMLButtonElement>(el, '[part~="new"]').click();
    await settle(el);
    part<HTMLButtonElement>(el, '[part~="add-condition"]').click();
    await settle(el);
    expect(focused(el)).to.equal(blank(el, 'if.field'));
    blank(el, 'when.type').click();
    await settle(el);
    part(el, '[id="option-when.type-0"]').click();
    await settle(el);
    blank(el, 'if.field').click();
    await settle(el);
    part(el, '[id="option-if.field-0"]').click();
    await settle(el);
    part<HTMLButtonElement>(el, '[part~="save"]').click();
    await settle(el);
    expect(project.automations()).to.have.length(0);
    expect(part(el, '[id="error-if.value"]').textContent).to.equal('Fill in this blank.');
    part(el, '#rule-name').focus();
    await press(el, 'Escape');
    expect(root(el).querySelector('[part~="editor"]')).to.equal(null);
    expect(focused(el)).to.equal(part(el, '[part~="new"]'));
  });

  it('edits every recipe without changing it (the builder reads and writes every part)', async () => {
    const words = new Vocabulary(project, (key, params) => translate('en', key, params));
    for (const recipe of AUTOMATION_RECIPES) {
      const stored = project.addAutomation(structuredClone(recipe.rule));
      const { rule, issues } = toRule(draftOf(stored), words);
      expect(issues.size, recipe.id).to.equal(0);
      expect({ ...rule, id: stored.id }, recipe.id).to.deep.equal(stored);
    }
    const el = await mountEditor();
    const first = project.automations()[2];
    part<HTMLButtonElement>(el, `[data-rule="${first?.id}"] [part~="edit"]`).click();
    await settle(el);
    expect(part(el, '#rule-name')).to.equal(focused(el));
    part<HTMLButtonElement>(el, '[part~="save"]').click();
    await settle(el);
    expect(project.automation(first?.id ?? '')).to.deep.equal(first);
  });

  it('filters the run log by rule, deletes a rule, and the host may veto a change', async () => {
    const one = project.addAutomation({
      name: 'One',
      when: { type: 'field-changed', field: 'status' },
      then: [{ type: 'set-field', field: 'priority', value: 'high' }],
    });
    const two = project.addAutomation({
      name: 'Two',
      when: { type: 'field-changed', field: 'status' },
      if: { field: 'status', op: 'eq', value: 'blocked' },
      then: [{ type: 'set-field', field: 'priority', value: 'low' }],
    });
    project.updateTask('a', { status: 'done' });
    const el = await mountEditor();
    expect(root(el).querySelectorAll('[part~="run"]')).to.have.length(2);
    const select = part<HTMLSelectElement>(el, '[part~="log-filter"]');
    select.value = two.id;
    select.dispatchEvent(new Event('change'));
    await settle(el);
    const rows = root(el).querySelectorAll<HTMLElement>('[part~="run"]');
    expect(rows).to.have.length(1);
    expect(rows[0]?.getAttribute('part')).to.equal('run skipped');

    el.addEventListener('rl-before-automation-change', (e) => e.preventDefault(), { once: true });
    part<HTMLButtonElement>(el, `[data-rule="${one.id}"] [part~="delete"]`).click();
    await settle(el);
    expect(project.automations(), 'vetoed').to.have.length(2);
    part<HTMLButtonElement>(el, `[data-rule="${one.id}"] [part~="delete"]`).click();
    await settle(el);
    expect(project.automations().map((r) => r.id)).to.deep.equal([two.id]);
    expect(focused(el)).to.equal(part(el, `[data-rule="${two.id}"] [part~="edit"]`));
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`is accessible (axe) in the ${theme} theme, with the builder and a menu open`, async () => {
      for (const recipe of AUTOMATION_RECIPES.slice(0, 4))
        project.addAutomation(structuredClone(recipe.rule));
      project.updateTask('a', { status: 'done' });
      const el = await mountEditor(theme);
      part<HTMLButtonElement>(el, '[part~="new"]').click();
      await settle(el);
      blank(el, 'when.type').click();
      await settle(el);
      part(el, '[id="option-when.type-1"]').click();
      await settle(el);
      part<HTMLButtonElement>(el, '[part~="save"]').click();
      await settle(el);
      blank(el, 'when.field').click();
      await settle(el);
      await expectAccessible(el);
    });
  }

  it('speaks Arabic right to left, and is accessible there', async () => {
    await loadLocale('ar');
    project.addAutomation(
      structuredClone((AUTOMATION_RECIPES[0] as (typeof AUTOMATION_RECIPES)[number]).rule),
    );
    const el = await mount<RlAutomations>(
      html`<rl-automations .project=${project} lang="ar"></rl-automations>`,
    );
    await settle(el);
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(part(el, '[part~="heading"]').textContent).to.equal('الأتمتة');
    expect(part(el, '[part~="sentence"]').textContent).to.contain('عندما يتغير');
    part<HTMLButtonElement>(el, '[part~="new"]').click();
    await settle(el);
    await expectAccessible(el);
  });

  it('lets go of the store and its automation feed when removed', async () => {
    const store = trackSubscriptions(project);
    let feeds = 0;
    const subscribe = project.subscribeAutomation.bind(project);
    project.subscribeAutomation = (listener) => {
      feeds++;
      const stop = subscribe(listener);
      return () => {
        feeds--;
        stop();
      };
    };
    const el = await mountEditor();
    expect(store.active).to.be.greaterThan(0);
    expect(feeds).to.equal(1);
    el.remove();
    expect(store.active).to.equal(0);
    expect(feeds).to.equal(0);
  });

  it('readonly shows the rules without controls', async () => {
    project.addAutomation(
      structuredClone((AUTOMATION_RECIPES[0] as (typeof AUTOMATION_RECIPES)[number]).rule),
    );
    const el = await mount<RlAutomations>(
      html`<rl-automations .project=${project} readonly></rl-automations>`,
    );
    expect(root(el).querySelector('[part~="new"]')).to.equal(null);
    expect(root(el).querySelector('[part~="edit"]')).to.equal(null);
    expect(root(el).querySelector('[part~="add-recipe"]')).to.equal(null);
    expect(part<HTMLButtonElement>(el, '[role="switch"]').disabled).to.equal(true);
  });
});
