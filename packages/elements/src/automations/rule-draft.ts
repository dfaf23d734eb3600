import type {
  AutomationAction as Action,
  AutomationActionType as ActionType,
  AutomationCondition as Condition,
  AutomationConditionOp as ConditionOp,
  AutomationRule,
  AutomationRuleInput,
  AutomationTrigger as Trigger,
  AutomationTriggerType as TriggerType,
  Task,
} from '@roadline/core';
import type { Vocabulary } from './vocabulary.js';

/**
 * What the sentence builder edits: a rule taken apart into its blanks. A value the user types is
 * kept as typed (a string) until the rule is made; a value picked from a menu is the project's id.
 * `toRule` puts it back together for the store, which validates it; where a blank is left empty
 * its member is left out, so the store's typed error names that blank (`MISSING_FIELD`).
 */
export interface RuleDraft {
  /** The rule being edited; `undefined` for a new one. */
  readonly id: string | undefined;
  readonly name: string;
  readonly enabled: boolean;
  readonly cascade: boolean;
  readonly trigger: TriggerType | undefined;
  readonly field: string | undefined;
  readonly from: unknown;
  readonly to: unknown;
  /** `date-arrived`: the typed offset in days. */
  readonly offset: string;
  readonly match: 'all' | 'any';
  readonly conditions: readonly ConditionDraft[];
  /** A condition the builder cannot show as blanks (nested groups): kept as it was. */
  readonly fixedCondition: Condition | undefined;
  readonly actions: readonly ActionDraft[];
}

export interface ConditionDraft {
  readonly field: string | undefined;
  readonly op: ConditionOp;
  readonly value: unknown;
  readonly not: boolean;
}

export interface ActionDraft {
  readonly type: ActionType;
  readonly field: string | undefined;
  readonly value: unknown;
  /** `assign`: people; `notify`: recipients (person ids and `assignees`). */
  readonly people: readonly string[];
  readonly mode: 'add' | 'replace';
  /** `notify`: the message; `add-note`: the text; `create-task`: the task's name; `custom`: the name. */
  readonly text: string;
  readonly as: 'sibling' | 'subtask' | 'successor';
  readonly days: string;
  /** Members of the original action the builder does not show (a note's color, a task's duration, params). */
  readonly rest: Readonly<Record<string, unknown>>;
}

export function emptyDraft(): RuleDraft {
  return {
    id: undefined,
    name: '',
    enabled: true,
    cascade: false,
    trigger: undefined,
    field: undefined,
    from: undefined,
    to: undefined,
    offset: '',
    match: 'all',
    conditions: [],
    fixedCondition: undefined,
    actions: [],
  };
}

export function emptyAction(type: ActionType): ActionDraft {
  return {
    type,
    field: undefined,
    value: undefined,
    people: type === 'notify' ? ['assignees'] : [],
    mode: 'add',
    text: '',
    as: 'sibling',
    days: '',
    rest: {},
  };
}

export function emptyCondition(): ConditionDraft {
  return { field: undefined, op: 'eq', value: undefined, not: false };
}

/** A stored rule as blanks. */
export function draftOf(rule: Readonly<AutomationRule>): RuleDraft {
  const when = rule.when as Trigger & { field?: string; from?: unknown; to?: unknown; offsetDays?: number };
  const simple = simpleConditions(rule.if);
  return {
    id: rule.id,
    name: rule.name ?? '',
    enabled: rule.enabled !== false,
    cascade: rule.cascade === true,
    trigger: when.type,
    field: when.field,
    from: when.from,
    to: when.to,
    offset: when.offsetDays === undefined ? '' : String(when.offsetDays),
    match: simple?.match ?? 'all',
    conditions: simple?.conditions ?? [],
    fixedCondition: simple === undefined ? rule.if : undefined,
    actions: rule.then.map(actionDraftOf),
  };
}

function simpleConditions(
  condition: Condition | undefined,
): { match: 'all' | 'any'; conditions: ConditionDraft[] } | undefined {
  if (condition === undefined) return { match: 'all', conditions: [] };
  const one = leaf(condition);
  if (one) return { match: 'all', conditions: [one] };
  const list = 'all' in condition ? condition.all : 'any' in condition ? condition.any : undefined;
  if (list === undefined) return undefined;
  const leaves = list.map(leaf);
  if (leaves.some((l) => l === undefined)) return undefined;
  return { match: 'all' in condition ? 'all' : 'any', conditions: leaves as ConditionDraft[] };
}

function leaf(condition: Condition): ConditionDraft | undefined {
  if ('field' in condition)
    return { field: condition.field, op: condition.op, value: condition.value, not: false };
  if ('not' in condition && 'field' in condition.not) {
    const inner = condition.not;
    return { field: inner.field, op: inner.op, value: inner.value, not: true };
  }
  return undefined;
}

function actionDraftOf(action: Action): ActionDraft {
  const base = emptyAction(action.type);
  switch (action.type) {
    case 'set-field':
      return { ...base, field: action.field, value: action.value };
    case 'assign':
      return { ...base, people: action.people, mode: action.mode ?? 'add' };
    case 'notify':
      return { ...base, people: action.to, text: action.message };
    case 'create-task': {
      const { name, ...task } = action.task;
      return { ...base, text: name ?? '', as: action.as ?? 'sibling', rest: { task } };
    }
    case 'add-note':
      return { ...base, text: action.text, rest: action.color === undefined ? {} : { color: action.color } };
    case 'shift-dates':
      return { ...base, days: String(action.days) };
    case 'custom':
      return {
        ...base,
        text: action.name,
        rest: action.params === undefined ? {} : { params: action.params },
      };
  }
}

/**
 * Paths of blanks the store would take but that cannot be meant: a typed number that is not one,
 * a comparison left without its value (the store takes any value there).
 */
export type LocalIssues = Map<string, 'number' | 'missing'>;

/**
 * The rule the blanks describe, for `addAutomation` / `updateAutomation`, and the blanks whose
 * typed number does not read as one. Paths are those of the store's validation issues, after the
 * rule's own prefix: `when.field`, `if.all[1].value`, `then[0].message`.
 */
export function toRule(
  draft: RuleDraft,
  words: Vocabulary,
): { rule: AutomationRuleInput; issues: LocalIssues } {
  const issues: LocalIssues = new Map();
  const rule: Record<string, unknown> = {};
  if (draft.name.trim() !== '') rule.name = draft.name.trim();
  if (!draft.enabled) rule.enabled = false;
  if (draft.cascade) rule.cascade = true;
  const when: Record<string, unknown> = {};
  if (draft.trigger !== undefined) when.type = draft.trigger;
  if (draft.trigger === 'field-changed' || draft.trigger === 'date-arrived') {
    if (draft.field !== undefined) when.field = draft.field;
  }
  if (draft.trigger === 'field-changed') {
    if (draft.from !== undefined) when.from = typed(draft.field, draft.from, words, 'when.from', issues);
    if (draft.to !== undefined) when.to = typed(draft.field, draft.to, words, 'when.to', issues);
  }
  if (draft.trigger === 'date-arrived' && draft.offset.trim() !== '')
    when.offsetDays = numberOr(draft.offset);
  rule.when = when;
  const condition = conditionOf(draft, words, issues);
  if (condition !== undefined) rule.if = condition;
  rule.then = draft.actions.map((a, i) => actionOf(a, words, `then[${i}]`, issues));
  return { rule: rule as unknown as AutomationRuleInput, issues };
}

/** The path of condition `i` of the draft in the rule `toRule` makes (without `.field` / `.value`). */
export function conditionPath(draft: RuleDraft, i: number): string {
  const base = draft.conditions.length === 1 ? 'if' : `if.${draft.match}[${i}]`;
  return draft.conditions[i]?.not ? `${base}.not` : base;
}

function conditionOf(draft: RuleDraft, words: Vocabulary, issues: LocalIssues): Condition | undefined {
  if (draft.fixedCondition !== undefined) return draft.fixedCondition;
  const leaves = draft.conditions.map((c, i) => {
    const out: Record<string, unknown> = { op: c.op };
    if (c.field !== undefined) out.field = c.field;
    const path = `${conditionPath(draft, i)}.value`;
    if (c.op !== 'empty' && c.op !== 'not-empty') {
      const value =
        c.op === 'in' && typeof c.value === 'string'
          ? c.value
              .split(',')
              .map((v) => v.trim())
              .filter((v) => v !== '')
          : c.value;
      if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
        issues.set(path, 'missing');
      else
        out.value = Array.isArray(value)
          ? value.map((v) => typed(c.field, v, words, path, issues))
          : typed(c.field, value, words, path, issues);
    }
    const made = out as unknown as Condition;
    return c.not ? { not: made } : made;
  });
  if (leaves.length === 0) return undefined;
  if (leaves.length === 1) return leaves[0];
  return draft.match === 'all' ? { all: leaves } : { any: leaves };
}

function actionOf(a: ActionDraft, words: Vocabulary, path: string, issues: LocalIssues): Action {
  const out: Record<string, unknown> = { type: a.type };
  const text = a.text.trim() === '' ? undefined : a.text;
  switch (a.type) {
    case 'set-field':
      if (a.field !== undefined) out.field = a.field;
      if (a.value !== undefined) out.value = typed(a.field, a.value, words, `${path}.value`, issues);
      break;
    case 'assign':
      if (a.people.length > 0) out.people = [...a.people];
      if (a.mode === 'replace') out.mode = 'replace';
      break;
    case 'notify':
      if (a.people.length > 0) out.to = [...a.people];
      if (text !== undefined) out.message = text;
      break;
    case 'create-task': {
      const task = { ...((a.rest.task as Partial<Task> | undefined) ?? {}) };
      if (text !== undefined) task.name = text;
      out.task = task;
      if (a.as !== 'sibling') out.as = a.as;
      break;
    }
    case 'add-note':
      if (text !== undefined) out.text = text;
      if (a.rest.color !== undefined) out.color = a.rest.color;
      break;
    case 'shift-dates':
      if (a.days.trim() !== '') out.days = numberOr(a.days);
      break;
    case 'custom':
      if (text !== undefined) out.name = text.trim();
      if (a.rest.params !== undefined) out.params = a.rest.params;
      break;
  }
  return out as unknown as Action;
}

/** A typed value in the field's type: numbers for number fields (else noted), text as typed. */
function typed(
  field: string | undefined,
  value: unknown,
  words: Vocabulary,
  path: string,
  issues: LocalIssues,
): unknown {
  const kind = words.field(field)?.kind;
  if ((kind === 'number' || kind === 'percent') && typeof value === 'string') {
    const n = Number(value.trim());
    if (value.trim() === '' || !Number.isFinite(n)) issues.set(path, 'number');
    return n;
  }
  return value;
}

/** A typed whole number of days, or the text itself so the store names it as the wrong type. */
function numberOr(text: string): number | string {
  const n = Number(text.trim().replace('−', '-'));
  return Number.isFinite(n) ? n : text;
}
