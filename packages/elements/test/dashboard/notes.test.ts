import { expect } from '@open-wc/testing';
import { createProject, type Project } from '@roadline/core';
import { generateProject } from '@roadline/core/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/dashboard.js';
import type { NoteChangeDetail, RlDashboard, RlNotes } from '../../src/classes.js';
import {
  cleanup,
  expectAccessible,
  expectEvent,
  litWarnings,
  mount,
  trackSubscriptions,
} from '../helpers.js';
import { sample, TODAY } from './fixture.js';

const HOSTILE = '<img src=x onerror=alert(1)> & "quotes" __proto__';

function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}
function part<T extends Element = HTMLElement>(el: Element, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
}
const texts = (el: Element) =>
  [...root(el).querySelectorAll('[part="note"] .text')].map((n) => n.textContent ?? '');
const settle = async (el: RlNotes) => {
  await el.updateComplete;
  await el.updateComplete;
};
/** The text the live region reads out, once its frame has run. */
async function announced(el: Element): Promise<string> {
  await new Promise((r) => requestAnimationFrame(r));
  return root(el).querySelector('[part="announcer"]')?.textContent ?? '';
}
/** Records every note event the element fires, before and after. */
function record(el: HTMLElement): { before: NoteChangeDetail[]; after: NoteChangeDetail[] } {
  const log = { before: [] as NoteChangeDetail[], after: [] as NoteChangeDetail[] };
  el.addEventListener('rl-before-note-change', (e) => log.before.push(e.detail));
  el.addEventListener('rl-note-change', (e) => log.after.push(e.detail));
  return log;
}

describe('rl-notes editing', () => {
  const warnings = litWarnings();
  let project: Project;
  beforeEach(() => {
    warnings.start();
    let made = 0;
    project = createProject(sample(), {
      now: () => '2026-03-11T09:30',
      // The host's ids: a note added in the widget takes one of these, not one the widget invents.
      idFactory: (kind) => `${kind}-host-${++made}`,
    });
  });
  afterEach(() => {
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  const mountNotes = (attrs: { readonly?: boolean; author?: string } = {}) =>
    mount<RlNotes>(
      html`<rl-notes
        .project=${project}
        today=${TODAY}
        ?readonly=${attrs.readonly ?? false}
        author=${attrs.author ?? 'Zoe'}
      ></rl-notes>`,
    );

  it('adds a note by keyboard alone: text, color, task; one transaction, both events, announced', async () => {
    const el = await mountNotes();
    const log = record(el);
    part(el, '[part="add"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(root(el).activeElement?.id, 'the text field has focus').to.equal('note-text');
    await sendKeys({ type: HOSTILE });
    // Tab to the colors, arrow to the second (green); Tab to the picker, arrow down to task A.
    await sendKeys({ press: 'Tab' });
    expect((root(el).activeElement as HTMLInputElement).value).to.equal('accent');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement?.id).to.equal('note-attach');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(part<HTMLSelectElement>(el, '#note-attach').value).to.equal('a');
    part(el, '#note-text').focus();
    const before = project.version;
    await sendKeys({ press: 'Enter' });
    await settle(el);

    expect(log.before).to.have.length(1);
    expect(log.after).to.have.length(1);
    const added = log.after[0] as NoteChangeDetail;
    expect(added.kind).to.equal('add');
    // Before the add there is no id yet: the store's idFactory makes it.
    expect(log.before[0]?.noteId).to.equal(undefined);
    expect(log.before[0]?.note).to.deep.equal({
      text: HOSTILE,
      color: 'success',
      taskId: 'a',
      author: 'Zoe',
    });
    expect(added.noteId).to.equal('note-host-1');
    expect(added.note).to.deep.equal({
      ...log.before[0]?.note,
      id: 'note-host-1',
      createdAt: '2026-03-11T09:30',
    });
    expect(project.note('note-host-1')).to.deep.equal(added.note);
    expect(project.version, 'one transaction').to.equal(before + 1);
    // Rendered as text: newest first, no element made from the string.
    expect(texts(el)[0]).to.equal(HOSTILE);
    expect(root(el).querySelector('img')).to.equal(null);
    const li = root(el).querySelector<HTMLElement>(`[data-note="${added.noteId}"]`);
    expect(li?.style.getPropertyValue('--_note-color')).to.contain('--rl-color-success');
    expect(li?.textContent).to.contain('on A').and.contain('Zoe');
    // The form stays open and empty for the next note, focus in the text.
    expect(part<HTMLTextAreaElement>(el, '#note-text').value).to.equal('');
    expect(root(el).activeElement?.id).to.equal('note-text');
    expect(await announced(el)).to.equal('Note added.');
    // One undo step takes it away again.
    project.undo();
    expect(project.note(added.noteId as string)).to.equal(undefined);
    // Escape closes the form and gives focus back to "Add note".
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(root(el).querySelector('[part="form"]')).to.equal(null);
    expect(root(el).activeElement).to.equal(part(el, '[part="add"]'));
  });

  it('refuses empty text with a message beside the field, stores nothing and fires nothing', async () => {
    const el = await mountNotes();
    const log = record(el);
    const count = project.notes().length;
    part(el, '[part="add"]').click();
    await settle(el);
    await sendKeys({ type: '   ' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const field = part<HTMLTextAreaElement>(el, '#note-text');
    const message = part(el, '[part="field-error"]');
    expect(message.textContent).to.match(/cannot be empty/);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(field.getAttribute('aria-describedby')).to.contain(message.id);
    expect(field.parentElement).to.equal(message.parentElement);
    expect(project.notes()).to.have.length(count);
    expect(log.before).to.have.length(0);
    expect(log.after).to.have.length(0);
    // Typing clears the message; the Add note button submits too.
    await sendKeys({ type: 'x' });
    await settle(el);
    expect(root(el).querySelector('[part="field-error"]')).to.equal(null);
    part(el, '[part="save"]').click();
    await settle(el);
    expect(project.notes()).to.have.length(count + 1);
    expect(project.notes().find((n) => n.text === 'x')?.taskId).to.equal(undefined);
  });

  it('edits a note: Escape cancels, Enter saves text, color and item as one undo step', async () => {
    const el = await mountNotes();
    const log = record(el);
    const edit = () => part(el, '[data-note="n2"] [part="edit"]');
    expect(edit().getAttribute('aria-label')).to.equal('Edit note “Waiting on API keys”');
    edit().focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    const field = part<HTMLTextAreaElement>(el, '#note-text');
    expect(field.value).to.equal('Waiting on API keys');
    expect(part<HTMLSelectElement>(el, '#note-attach').value).to.equal('b');
    await sendKeys({ type: ' (cancelled)' });
    await sendKeys({ press: 'Escape' });
    await settle(el);
    expect(project.note('n2')?.text).to.equal('Waiting on API keys');
    expect(root(el).activeElement).to.equal(edit());
    expect(log.before).to.have.length(0);

    await sendKeys({ press: 'Enter' });
    await settle(el);
    part<HTMLTextAreaElement>(el, '#note-text').select();
    await sendKeys({ type: 'Keys arrived' });
    part(el, 'input[value="muted"]').click();
    const attach = part<HTMLSelectElement>(el, '#note-attach');
    attach.value = '';
    attach.dispatchEvent(new Event('change'));
    part(el, '#note-text').focus();
    const version = project.version;
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(project.version).to.equal(version + 1);
    expect(project.note('n2')).to.deep.equal({
      id: 'n2',
      text: 'Keys arrived',
      color: 'muted',
      createdAt: '2026-03-10',
    });
    expect(log.after).to.have.length(1);
    expect(log.after[0]).to.deep.include({ kind: 'update', noteId: 'n2' });
    expect(log.after[0]?.previous?.text).to.equal('Waiting on API keys');
    expect(log.before[0]?.note.text).to.equal('Keys arrived');
    expect(root(el).activeElement).to.equal(edit());
    expect(await announced(el)).to.equal('Note saved.');
    project.undo();
    expect(project.note('n2')?.text).to.equal('Waiting on API keys');
    expect(project.note('n2')?.taskId).to.equal('b');
  });

  it('deletes a note unless the host vetoes it; focus moves to the next note', async () => {
    const el = await mountNotes();
    const log = record(el);
    const veto = (e: Event) => e.preventDefault();
    el.addEventListener('rl-before-note-change', veto);
    part(el, '[data-note="n2"] [part="delete"]').click();
    await settle(el);
    expect(project.note('n2')).to.not.equal(undefined);
    expect(log.before).to.have.length(1);
    expect(log.after).to.have.length(0);
    el.removeEventListener('rl-before-note-change', veto);

    part(el, '[data-note="n2"] [part="delete"]').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(project.note('n2')).to.equal(undefined);
    expect(log.after).to.have.length(1);
    expect(log.after[0]).to.deep.include({ kind: 'remove', noteId: 'n2' });
    expect(log.after[0]?.note.text).to.equal('Waiting on API keys');
    expect(texts(el)).to.deep.equal(['Kick-off went well']);
    expect(root(el).activeElement).to.equal(part(el, '[data-note="n1"] [part="edit"]'));
    expect(await announced(el)).to.equal('Note deleted.');
    project.undo();
    await settle(el);
    expect(texts(el)).to.deep.equal(['Waiting on API keys', 'Kick-off went well']);
  });

  it('a vetoed add stores nothing and keeps what the user typed', async () => {
    const el = await mountNotes();
    el.addEventListener('rl-before-note-change', (e) => e.preventDefault());
    const count = project.notes().length;
    part(el, '[part="add"]').click();
    await settle(el);
    await sendKeys({ type: 'Not now' });
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(project.notes()).to.have.length(count);
    expect(part<HTMLTextAreaElement>(el, '#note-text').value).to.equal('Not now');
  });

  it('readonly shows the notes without any control, and closes an open form', async () => {
    const el = await mountNotes();
    part(el, '[part="add"]').click();
    await settle(el);
    expect(root(el).querySelector('[part="form"]')).to.not.equal(null);
    el.readonly = true;
    await settle(el);
    for (const selector of ['[part="form"]', '[part="add"]', '[part="edit"]', '[part="delete"]']) {
      expect(root(el).querySelector(selector), selector).to.equal(null);
    }
    expect(texts(el)).to.have.length(2);
    const plain = await mount<RlNotes>(html`<rl-notes readonly .data=${sample()}></rl-notes>`);
    expect(root(plain).querySelector('button:not([part="item"])')).to.equal(null);
  });

  it('attaches new notes to its task by default and shows palette and data colors', async () => {
    const el = await mount<RlNotes>(html`<rl-notes .project=${project} task="b"></rl-notes>`);
    part(el, '[part="add"]').click();
    await settle(el);
    expect(part<HTMLSelectElement>(el, '#note-attach').value).to.equal('b');
    expect(root(el).querySelectorAll('input[type="radio"]')).to.have.length(5);
    expect(
      [...root(el).querySelectorAll('[part="colors"] label')].map((l) => l.textContent?.trim()),
    ).to.deep.equal(['Blue', 'Green', 'Amber', 'Red', 'Gray']);
    // A hex color from the data shows as given.
    expect(
      root(el).querySelector<HTMLElement>('[data-note="n2"]')?.style.getPropertyValue('--_note-color'),
    ).to.equal('#d93f3f');
  });

  it('finds tasks by name in a big project instead of listing them all', async () => {
    project = createProject(generateProject({ tasks: 2000, seed: 3 }));
    const el = await mountNotes();
    part(el, '[part="add"]').click();
    await settle(el);
    const options = () => root(el).querySelectorAll('#note-attach option');
    expect(options().length).to.equal(201);
    expect(part(el, '[part="more"]').textContent).to.contain('200 of');
    const name = project.task(project.wbsOrder()[1500] as string)?.name ?? '';
    part(el, '#note-find').focus();
    await sendKeys({ type: name });
    await settle(el);
    const values = [...options()].map((o) => o.textContent);
    expect(values).to.include(name);
    expect(values.length).to.be.below(201);
    // Enter in the search field does not add a note.
    const count = project.notes().length;
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(project.notes()).to.have.length(count);
  });

  it('edits notes inside rl-dashboard; the events cross the dashboard, readonly comes from options', async () => {
    const el = await mount<RlDashboard>(
      html`<rl-dashboard
        .project=${project}
        today=${TODAY}
        .config=${{
          columns: 4,
          widgets: [
            { id: 'n', type: 'notes', x: 0, y: 0, w: 4, h: 3, options: { author: 'Host' } },
            { id: 'ro', type: 'notes', x: 0, y: 3, w: 4, h: 2, options: { readonly: true } },
          ],
        }}
      ></rl-dashboard>`,
    );
    const notes = root(el).querySelector('[data-widget="n"]') as RlNotes;
    const readonly = root(el).querySelector('[data-widget="ro"]') as RlNotes;
    await settle(notes);
    await settle(readonly);
    expect(readonly.readonly).to.equal(true);
    expect(readonly.shadowRoot?.querySelector('[part="add"]')).to.equal(null);
    part(notes, '[part="add"]').click();
    await settle(notes);
    part(notes, '#note-text').focus();
    await sendKeys({ type: 'From the dashboard' });
    const event = await expectEvent<CustomEvent<NoteChangeDetail>>(el, 'rl-note-change', () =>
      sendKeys({ press: 'Enter' }),
    );
    expect(event.detail.note).to.deep.include({ text: 'From the dashboard', author: 'Host' });
    expect(event.detail.note.taskId).to.equal(undefined);
    await settle(readonly);
    // The other notes widget on the same store shows it too.
    expect(texts(readonly)[0]).to.equal('From the dashboard');
  });

  it('has no axe violations with the form open, in light, dark and high-contrast themes', async () => {
    for (const theme of ['light', 'dark', 'high-contrast'] as const) {
      const el = await mount<RlNotes>(html`<rl-notes .data=${sample()} today=${TODAY}></rl-notes>`, theme);
      part(el, '[part="add"]').click();
      await settle(el);
      await sendKeys({ press: 'Enter' });
      await settle(el);
      expect(root(el).querySelector('[part="field-error"]')).to.not.equal(null);
      await expectAccessible(el);
      cleanup();
    }
  });

  it('leaves no subscription behind after 200 mounts and unmounts with the form open', async () => {
    const subscriptions = trackSubscriptions(project);
    for (let i = 0; i < 200; i++) {
      const el = await mount<RlNotes>(html`<rl-notes .project=${project}></rl-notes>`);
      if (i % 20 === 0) {
        part(el, '[part="add"]').click();
        await el.updateComplete;
      }
      el.remove();
      await el.updateComplete;
      cleanup();
    }
    expect(subscriptions.active).to.equal(0);
  });
});
