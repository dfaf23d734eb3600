import { expect } from '@open-wc/testing';
import { createProject, type Project, type ProjectData } from '@roadline/core';
import { fromCSV } from '@roadline/core/io/csv';
import { fromXLSX } from '@roadline/core/io/xlsx';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import '../../src/define/import.js';
import '../../src/define/export-menu.js';
import type { ExportDetail, ImportDetail, RlExportMenu, RlImport } from '../../src/classes.js';
import { loadLocale } from '../../src/i18n/index.js';
import { cleanup, expectAccessible, expectEvent, litWarnings, mount } from '../helpers.js';

/** A Jira-style export: its header names, a parent column, a custom column, and one nameless row. */
const JIRA = [
  'Issue key,Summary,Parent,Start date,Due date,Assignee,Sprint',
  'RL-1,Design,,2026-03-02,2026-03-06,Ana,Sprint 1',
  'RL-2,Build,RL-1,2026-03-09,2026-03-13,Bo,Sprint 1',
  'RL-3,,,2026-03-09,2026-03-10,Ana,Sprint 2',
  'RL-4,Test,,2026-03-16,2026-03-20,Ana,Sprint 2',
].join('\r\n');

const host = (): ProjectData => ({
  id: 'host',
  name: 'Host plan',
  start: '2026-03-02',
  people: [{ id: 'ana', name: 'Ana' }],
  tasks: [
    { id: 'a', name: 'Existing', start: '2026-03-02', duration: 2 },
    { id: 'm', name: 'Launch', type: 'milestone', duration: 0, deadline: '2026-03-20' },
  ],
  dependencies: [{ id: 'd', from: 'a', to: 'm', type: 'FS' }],
});

function root(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error('no shadow root');
  return el.shadowRoot;
}
const q = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  root(el).querySelector<T>(selector);
const all = (el: Element, selector: string) => [...root(el).querySelectorAll<HTMLElement>(selector)];

/** Waits (frame by frame, at most 200 frames) until `check` holds. */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => requestAnimationFrame(r));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Puts a file in the wizard's hidden file input, as the picker does, and fires its change. */
function pickFile(el: RlImport, file: File): void {
  const input = q<HTMLInputElement>(el, 'input[type=file]');
  if (!input) throw new Error('no file input');
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Presses Tab until the focused element in the shadow root matches `selector` (at most 40 times). */
async function tabTo(el: Element, selector: string): Promise<HTMLElement> {
  for (let i = 0; i < 40; i++) {
    const active = root(el).activeElement;
    if (active?.matches(selector)) return active as HTMLElement;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}`);
}

const fieldSelect = (el: Element, header: string) =>
  all(el, 'select[part=field]').find((s) =>
    s.getAttribute('aria-label')?.endsWith(header),
  ) as HTMLSelectElement;

describe('rl-import', () => {
  const warnings = litWarnings();
  let project: Project;
  beforeEach(() => {
    warnings.start();
    project = createProject(host());
  });
  afterEach(() => {
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('imports a CSV by keyboard alone: pick, change a column, append as a branch; axe clean', async () => {
    const el = await mount<RlImport>(html`<rl-import .project=${project}></rl-import>`);
    await expectAccessible(el);
    // The file button is the first stop; Enter opens the picker (its input, stubbed here).
    const input = q<HTMLInputElement>(el, 'input[type=file]') as HTMLInputElement;
    let opened = 0;
    input.click = () => {
      opened++;
    };
    await tabTo(el, '[part=pick]');
    await sendKeys({ press: 'Enter' });
    expect(opened).to.equal(1);
    pickFile(el, new File([JIRA], 'jira.csv', { type: 'text/csv' }));
    await until(() => q(el, 'table[part=preview]') !== null, 'the preview');
    await el.updateComplete;

    // The detected mapping, the first rows, and the nameless row as an issue.
    expect(fieldSelect(el, 'Issue key').value).to.equal('id');
    expect(fieldSelect(el, 'Summary').value).to.equal('name');
    expect(fieldSelect(el, 'Parent').value).to.equal('parent');
    expect(fieldSelect(el, 'Sprint').value).to.equal('custom');
    expect(all(el, 'tr[part~=row]').length).to.equal(4);
    const issues = all(el, 'tr[part~=issue]');
    expect(issues.length).to.equal(1);
    expect(issues[0]?.textContent).to.contain('4');
    expect(issues[0]?.getAttribute('part')).to.contain('excluded');
    expect(q(el, '[part=status]')?.textContent).to.contain('jira.csv');
    await expectAccessible(el);

    // "Sprint" goes nowhere: Tab to its select, Home picks the first option ("Not imported").
    await tabTo(el, 'select[aria-label$="Sprint"]');
    await sendKeys({ press: 'Home' });
    await until(() => fieldSelect(el, 'Sprint')?.value === 'ignore', 'the new mapping');
    await until(
      () => q(el, '[part=announcer]')?.textContent?.includes('Columns read again') === true,
      'the reread',
    );

    // Append as a new branch, named by keyboard.
    await tabTo(el, 'input[type=radio]');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect((root(el).activeElement as HTMLInputElement).value).to.equal('append');
    await tabTo(el, '[part=branch-name]');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'KeyA' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: 'From Jira' });
    await tabTo(el, '[part=import]');
    const event = await expectEvent<CustomEvent<ImportDetail>>(el, 'rl-import', () =>
      sendKeys({ press: 'Enter' }),
    );
    expect(event.detail).to.include({ format: 'csv', mode: 'append', tasks: 3, fileName: 'jira.csv' });
    expect(event.detail.issues.length).to.equal(1);
    const branch = event.detail.branchId as string;
    expect(project.task(branch)?.name).to.equal('From Jira');
    expect(project.children(branch).map((t) => t.name)).to.deep.equal(['Design', 'Test']);
    expect(project.fields().length, 'the ignored column made no field').to.equal(0);
    expect(project.task('a')?.name, 'the host’s tasks stay').to.equal('Existing');
    // One undo step takes the whole import back.
    project.undo();
    expect(project.toJSON()).to.deep.equal(createProject(host()).toJSON());
    await el.updateComplete;
    expect(root(el).activeElement?.getAttribute('part')).to.equal('pick');
    await expectAccessible(el);
  });

  it('replaces the project’s tasks, and reports a file it cannot read', async () => {
    const el = await mount<RlImport>(html`<rl-import .project=${project}></rl-import>`);
    await el.loadFile(new File(['{"oops"'], 'broken.json'));
    await el.updateComplete;
    expect(q(el, '[part=error]')?.textContent).to.contain('broken.json');
    await el.loadFile(new File([JIRA], 'plan.txt'));
    await el.updateComplete;
    const event = await expectEvent<CustomEvent<ImportDetail>>(el, 'rl-import', () =>
      q<HTMLButtonElement>(el, '[part=import]')?.click(),
    );
    expect(event.detail.mode).to.equal('replace');
    expect(project.tasks().map((t) => t.name)).to.deep.equal(['Design', 'Build', 'Test']);
    expect(project.settings).to.include({ id: 'host', name: 'Host plan' });
  });

  it('reads right to left in Arabic', async () => {
    await loadLocale('ar');
    const el = await mount<RlImport>(html`<rl-import locale="ar" .project=${project}></rl-import>`);
    await el.updateComplete;
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(q(el, 'h2')?.textContent).to.equal('استيراد المهام');
    await expectAccessible(el);
  });
});

describe('rl-export-menu and the files it makes', () => {
  const warnings = litWarnings();
  let project: Project;
  beforeEach(() => {
    warnings.start();
    project = createProject(host());
  });
  afterEach(() => {
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('makes a file by keyboard and fires a cancelable rl-export; axe clean', async () => {
    const el = await mount<RlExportMenu>(html`<rl-export-menu .project=${project}></rl-export-menu>`);
    await expectAccessible(el);
    el.addEventListener('rl-export', (e) => e.preventDefault(), { once: true });
    await tabTo(el, 'select');
    const event = await expectEvent<CustomEvent<ExportDetail>>(el, 'rl-export', () =>
      sendKeys({ press: 'ArrowDown' }),
    );
    expect(event.detail.format).to.equal('csv');
    expect(event.detail.fileName).to.equal('Host-plan.csv');
    expect(fromCSV(await event.detail.blob.text()).data.tasks.map((t) => t.name)).to.deep.equal([
      'Existing',
      'Launch',
    ]);
  });

  it('writes CSV, XLSX and JSON that read back, and an .ics of milestones and due dates', async () => {
    const el = await mount<RlExportMenu>(html`<rl-export-menu .project=${project}></rl-export-menu>`);
    const names = (data: ProjectData) => data.tasks.map((t) => [t.id, t.name, t.type ?? 'task']);
    const csv = fromCSV(await (await el.exportAs('csv')).text());
    expect(names(csv.data)).to.deep.equal(names(project.toJSON()));
    expect(csv.data.dependencies?.map((d) => [d.from, d.to])).to.deep.equal([['a', 'm']]);
    const xlsx = await fromXLSX(await (await el.exportAs('xlsx')).arrayBuffer());
    expect(names(xlsx.data)).to.deep.equal(names(project.toJSON()));
    expect(JSON.parse(await (await el.exportAs('json')).text())).to.deep.equal(project.toJSON());
    const ics = await (await el.exportAs('ics')).text();
    expect(ics).to.contain('SUMMARY:Launch\r\n');
    expect(ics).to.contain('SUMMARY:Due: Launch\r\n');
    const xml = await (await el.exportAs('mspdi')).text();
    expect(xml).to.contain('<Project');
  });

  it('a workbook, MS Project file and JSON made here import through the wizard', async () => {
    const menu = await mount<RlExportMenu>(html`<rl-export-menu .project=${project}></rl-export-menu>`);
    const files = [
      new File([await menu.exportAs('xlsx')], 'plan.xlsx'),
      new File([await menu.exportAs('mspdi')], 'plan.xml'),
      new File([await menu.exportAs('json')], 'plan.json'),
    ];
    cleanup();
    for (const file of files) {
      const target = createProject({ id: 't', name: 'Target', tasks: [{ id: 'x', name: 'Old' }] });
      const el = await mount<RlImport>(html`<rl-import .project=${target}></rl-import>`);
      await el.loadFile(file);
      await el.updateComplete;
      expect(q(el, '[part=error]'), file.name).to.equal(null);
      await expectEvent(el, 'rl-import', () => q<HTMLButtonElement>(el, '[part=import]')?.click());
      expect(
        target.tasks().map((t) => t.name),
        file.name,
      ).to.deep.equal(['Existing', 'Launch']);
      cleanup();
    }
  });
});
