/**
 * The import wizard's issue sentences (docs/i18n.md, docs/import-export.md): every code the core
 * importers can give (`TableIssueCode` of `fromCSV`/`fromXLSX`, `MSProjectIssueCode` of
 * `importMSProjectXML`, together `ImportIssueCode`) has an `import.issue.<CODE>` sentence in
 * English and in each built-in language, and the catalogue has no sentence for a code no importer
 * gives. The importers' `code` parameters are typed with these constants, so a new code the lists
 * lack fails the type check; this test makes a code the catalogue lacks fail.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ImportIssueCode, MSProjectIssueCode, TableIssueCode } from '../../packages/core/src/index.js';
import { TableIssueCode as CsvTableIssueCode } from '../../packages/core/src/io/csv/index.js';
import { importIssues } from '../../packages/elements/src/i18n/en/import-issues.js';
import type { Message } from '../../packages/elements/src/i18n/message.js';

const LANGUAGES = ['de', 'fr', 'es', 'ja', 'ar'];
const PREFIX = 'import.issue.';

const codes = [...new Set([...Object.values(TableIssueCode), ...Object.values(MSProjectIssueCode)])].sort();

function texts(message: Message | undefined): string[] {
  if (message === undefined) return [];
  return typeof message === 'string' ? [message] : Object.values(message);
}

describe('import issue codes', () => {
  it('ImportIssueCode is every table and MSPDI code, each named by itself', () => {
    assert.deepEqual(Object.keys(ImportIssueCode).sort(), codes);
    for (const [name, code] of Object.entries(ImportIssueCode)) assert.equal(code, name);
    assert.equal(CsvTableIssueCode, TableIssueCode, 'the CSV entry exports the same constant');
    assert.ok(
      codes.includes('MISSING_NAME') && codes.includes('ELAPSED_LAG') && codes.includes('PERCENT_LAG'),
    );
  });

  it('English has a sentence for every code, and none for a code no importer gives', () => {
    const keys = Object.keys(importIssues).filter((k) => k.startsWith(PREFIX));
    assert.deepEqual(keys.map((k) => k.slice(PREFIX.length)).sort(), codes);
    for (const key of keys) {
      const [text] = texts(importIssues[key as keyof typeof importIssues]);
      assert.ok(text && text.trim().length > 10, `${key} is a sentence`);
    }
  });

  for (const tag of LANGUAGES) {
    it(`${tag} has its own sentence for every code`, async () => {
      const { messages } = (await import(`../../packages/elements/src/i18n/locales/${tag}.js`)) as {
        messages: Record<string, Message>;
      };
      for (const code of codes) {
        const key = `${PREFIX}${code}`;
        const [text] = texts(messages[key]);
        assert.ok(text && text.trim() !== '', `${tag} ${key}`);
        assert.notEqual(text, importIssues[key as keyof typeof importIssues], `${tag} ${key} is translated`);
      }
    });
  }
});
