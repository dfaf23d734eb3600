/**
 * What the wizard says for an import issue, in its language: the catalogue's sentence for the
 * issue's `code` (`import.issue.<CODE>`, one per code of the built-in importers; every built-in
 * language has them all, a Node test checks). This module and the English sentences are loaded
 * with `import()` when the first file is read, beside the parsers (read-file.ts, which adds the
 * sentences to the English catalogue then), so the element's entry carries neither.
 */
import '../i18n/en/import-issues.js';
import type { ImportIssue } from '@roadline/core';
import type { Translate } from '../i18n/catalogue.js';
import type { MessageKey } from '../i18n/en.js';
import { importIssues } from '../i18n/en/import-issues.js';

export { importIssues };

/**
 * The sentence for `issue`'s code, followed by the tasks it concerns when it names them (an MSPDI
 * warning, whose sentence leaves out the English message's place-by-place details); the issue's
 * own `message` for a code the catalogue lacks (a host's own importer).
 */
export function issueText(issue: ImportIssue, t: Translate): string {
  const key = `import.issue.${issue.code}`;
  if (!Object.hasOwn(importIssues, key)) return issue.message;
  const text = t(key as MessageKey);
  const tasks = issue.tasks;
  if (!tasks?.length) return text;
  return `${text} ${t('import.issueTasks', { tasks: tasks.join(t('list.separator')) })}`;
}
