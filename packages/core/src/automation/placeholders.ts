import type { Task } from '../model/types.js';
import { type FieldSource, readField } from './fields.js';
import type { AutomationRule } from '../model/automation.js';

/** What placeholders can name besides the task's own fields. */
export interface PlaceholderSource extends FieldSource {
  person(id: string): { name: string } | undefined;
  priority(id: string): { label: string } | undefined;
  projectName(): string;
}

/** The change that triggered a run, for `{{change.*}}`. */
export interface ChangeFacts {
  field?: string;
  from?: unknown;
  to?: unknown;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g;

/**
 * Fills `{{…}}` in a rule's text: `task.name`, `task.id`, `task.status` (the status's label),
 * `task.priority` (its label), `task.assignees` (names, comma-separated), `task.start`,
 * `task.end`, `task.progress`, `task.<member>`, `task.fields.<id>`, `rule.name`, `rule.id`,
 * `project.name`, `change.field`, `change.from`, `change.to` and `now`. One pass: a value that
 * itself contains `{{…}}` is left as it is, never filled again. An unknown name is left in place.
 * The result is plain text; whoever shows it must show it as text, never as markup.
 */
export function fillPlaceholders(
  text: string,
  task: Readonly<Task>,
  rule: Readonly<AutomationRule>,
  source: PlaceholderSource,
  now: string,
  change?: ChangeFacts,
): string {
  if (!text.includes('{{')) return text;
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = lookup(name, task, rule, source, now, change);
    return value === undefined ? whole : value;
  });
}

function lookup(
  name: string,
  task: Readonly<Task>,
  rule: Readonly<AutomationRule>,
  source: PlaceholderSource,
  now: string,
  change: ChangeFacts | undefined,
): string | undefined {
  switch (name) {
    case 'rule.name':
      return rule.name ?? rule.id;
    case 'rule.id':
      return rule.id;
    case 'project.name':
      return source.projectName();
    case 'now':
      return now;
    case 'change.field':
      return change?.field ?? '';
    case 'change.from':
      return text(change?.from);
    case 'change.to':
      return text(change?.to);
    case 'task.status':
      return task.status === undefined ? '' : (source.status(task.status)?.label ?? task.status);
    case 'task.priority':
      return task.priority === undefined ? '' : (source.priority(task.priority)?.label ?? task.priority);
    case 'task.assignees':
      return (task.assignees ?? []).map((id) => source.person(id)?.name ?? id).join(', ');
  }
  if (!name.startsWith('task.')) return undefined;
  return text(readField(task, name.slice(5), source));
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(text).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
