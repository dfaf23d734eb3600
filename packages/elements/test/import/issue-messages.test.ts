import { expect, waitUntil } from '@open-wc/testing';
import { createProject, type ImportIssue, type Project } from '@roadline/core';
import { html } from 'lit';
import '../../src/define/import.js';
import type { ImportDetail, RlImport } from '../../src/classes.js';
import { loadLocale, translate } from '../../src/i18n/catalogue.js';
import { issueText } from '../../src/import/issue-text.js';
import { cleanup, expectAccessible, expectEvent, litWarnings, mount } from '../helpers.js';

/** A bad date in row 4 and a nameless row 3, under headers the CSV importer knows. */
const CSV = [
  'Name,Start,Finish',
  'Design,2026-03-02,2026-03-06',
  ',2026-03-09,2026-03-10',
  'Build,soon,2026-03-13',
].join('\n');

const q = <T extends Element = HTMLElement>(el: Element, selector: string) =>
  el.shadowRoot?.querySelector<T>(selector) ?? null;
const all = (el: Element, selector: string) => [
  ...(el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []),
];
const issueRows = (el: Element) =>
  all(el, 'tr[part~=issue]').map((r) => r.textContent?.replace(/\s+/g, ' ') ?? '');

async function wizard(project: Project, lang: string): Promise<RlImport> {
  await loadLocale(lang);
  const el = await mount<RlImport>(html`<rl-import lang=${lang} .project=${project}></rl-import>`);
  await el.loadFile(new File([CSV], 'plan.csv', { type: 'text/csv' }));
  await el.updateComplete;
  return el;
}

describe('rl-import: issues in the user’s language', () => {
  const warnings = litWarnings();
  let project: Project;
  beforeEach(() => {
    warnings.start();
    project = createProject({ id: 'p', name: 'Plan', tasks: [{ id: 'a', name: 'Existing' }] });
  });
  afterEach(() => {
    cleanup();
    expect(warnings.stop()).to.deep.equal([]);
  });

  it('shows the German sentences, not the importer’s English, in the list and the cell titles', async () => {
    const el = await wizard(project, 'de');
    const rows = issueRows(el);
    expect(rows.length).to.equal(2);
    const nameless = rows.find((r) => r.includes('Kein Name'));
    const badDate = rows.find((r) => r.includes('Kein Datum'));
    expect(nameless).to.contain('Ausgelassen Kein Name: Die Zeile wurde ausgelassen.');
    expect(badDate).to.contain('Warnung Kein Datum: Die Zelle wurde leer gelassen.');
    expect(badDate).to.contain('soon');
    for (const row of rows) {
      expect(row).not.to.contain('left out');
      expect(row).not.to.contain('not a date');
    }
    // The marked cell of the bad date and the nameless row's name cell carry the sentence too.
    const titles = all(el, 'td[part~=issue]').map((c) => c.title);
    expect(titles).to.include('Kein Datum: Die Zelle wurde leer gelassen.');
    expect(titles).to.include('Kein Name: Die Zeile wurde ausgelassen.');
    // The event keeps the importer's own issues: codes and English messages, unchanged.
    const event = await expectEvent<CustomEvent<ImportDetail>>(el, 'rl-import', () =>
      q<HTMLButtonElement>(el, '[part=import]')?.click(),
    );
    const codes = event.detail.issues.map((i) => i.code).sort();
    expect(codes).to.deep.equal(['INVALID_DATE', 'MISSING_NAME']);
    const invalid = event.detail.issues.find((i) => i.code === 'INVALID_DATE') as ImportIssue;
    expect(invalid.message).to.contain('is not a date');
  });

  it('follows a change of language', async () => {
    const el = await wizard(project, 'en');
    expect(issueRows(el).join(' ')).to.contain('Not a date: the cell was left empty.');
    await loadLocale('fr');
    el.setAttribute('lang', 'fr');
    await waitUntil(
      () => issueRows(el).join(' ').includes('Pas une date : la cellule a été laissée vide.'),
      'the French sentence',
    );
    expect(issueRows(el).join(' ')).not.to.contain('Not a date');
  });

  it('reads right to left in Arabic with the issues listed; axe clean', async () => {
    const el = await wizard(project, 'ar');
    expect(el.getAttribute('dir')).to.equal('rtl');
    expect(issueRows(el).join(' ')).to.contain('ليس تاريخًا: تُركت الخلية فارغة.');
    await expectAccessible(el);
  });

  it('names the tasks an issue lists, and falls back to the message of a code it does not know', async () => {
    await loadLocale('de');
    const t = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
      translate('de', key, params);
    const elapsed: ImportIssue = {
      code: 'ELAPSED_LAG',
      severity: 'warning',
      message: 'Roadline lags are working time; …',
      tasks: ['7', '9'],
    };
    expect(issueText(elapsed, t)).to.equal(
      'Fortlaufende Zeitabstände: Jeder wurde als die Arbeitszeit importiert, die er umfasst. Vorgänge: 7, 9',
    );
    const own: ImportIssue = {
      code: 'HOST_BUDGET_LINE',
      severity: 'warning',
      message: 'Budget line skipped',
    };
    expect(issueText(own, t)).to.equal('Budget line skipped');
    // A name an object has by inheritance is not a code of the catalogue either.
    expect(issueText({ ...own, code: 'constructor' }, t)).to.equal('Budget line skipped');
  });
});
