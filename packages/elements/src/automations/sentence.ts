import type {
  AutomationAction as Action,
  AutomationCondition as Condition,
  AutomationRule,
  AutomationTrigger as Trigger,
} from '@roadline/core';
import type { Translate } from '../i18n/catalogue.js';
import type { MessageKey } from '../i18n/en.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * A rule as one sentence in the element's language: "When Status changes to Done, set Progress
 * to 100 % and notify the assignees: “…”". Every clause is a whole message of the catalogue; what
 * fills a clause's placeholders is a piece of its own (`mark` decides how a filled-in word looks:
 * bold in the list, plain in an accessible name), so no text from the data is ever parsed as a
 * message. Lists of conditions and actions are joined by `Intl.ListFormat` in the language.
 */
export type Piece<T> = string | T;

/** Splits a catalogue text at its `{name}` placeholders and puts `params[name]` in their place. */
export function compose<T>(text: string, params: Readonly<Record<string, readonly Piece<T>[]>>): Piece<T>[] {
  const out: Piece<T>[] = [];
  let at = 0;
  for (const m of text.matchAll(/\{(\w+)\}/g)) {
    const fill = params[m[1] as string];
    if (fill === undefined) continue;
    if (m.index > at) out.push(text.slice(at, m.index));
    out.push(...fill);
    at = m.index + m[0].length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

/** Joins lists of pieces as `Intl.ListFormat` joins words ("a, b and c"). */
export function joinPieces<T>(
  items: readonly (readonly Piece<T>[])[],
  language: string,
  type: 'conjunction' | 'disjunction',
): Piece<T>[] {
  if (items.length === 1) return [...(items[0] as Piece<T>[])];
  let parts: { type: string; value: string }[];
  try {
    parts = new Intl.ListFormat(language, { type }).formatToParts(items.map((_, i) => String(i)));
  } catch {
    parts = items.flatMap((_, i) => [
      ...(i > 0 ? [{ type: 'literal', value: ', ' }] : []),
      { type: 'element', value: String(i) },
    ]);
  }
  return parts.flatMap((p) => (p.type === 'element' ? [...(items[Number(p.value)] ?? [])] : [p.value]));
}

export interface SentenceContext<T> {
  readonly words: Vocabulary;
  readonly t: Translate;
  readonly language: string;
  /** How a filled-in word is shown. */
  readonly mark: (text: string) => Piece<T>;
}

/** The whole rule as a sentence. */
export function ruleSentence<T>(
  rule: Pick<AutomationRule, 'when' | 'if' | 'then'>,
  c: SentenceContext<T>,
): Piece<T>[] {
  const when = triggerClause(rule.when, c);
  const then = joinPieces(
    rule.then.map((a) => actionClause(a, c)),
    c.language,
    'conjunction',
  );
  if (rule.if === undefined) return compose(c.t('automations.sentence'), { when, then });
  return compose(c.t('automations.sentenceIf'), { when, then, conditions: conditionClause(rule.if, c) });
}

/** The sentence as plain text (for accessible names). */
export function ruleText(
  rule: Pick<AutomationRule, 'when' | 'if' | 'then'>,
  c: Omit<SentenceContext<string>, 'mark'>,
): string {
  return ruleSentence<string>(rule, { ...c, mark: (text) => text }).join('');
}

function triggerClause<T>(when: Trigger, c: SentenceContext<T>): Piece<T>[] {
  const { words, t, mark } = c;
  switch (when.type) {
    case 'field-changed': {
      const field = [mark(words.fieldLabel(when.field))];
      const from = [mark(words.valueLabel(when.field, when.from, c.language))];
      const to = [mark(words.valueLabel(when.field, when.to, c.language))];
      const key =
        when.from !== undefined && when.to !== undefined
          ? 'automations.when.fieldFromTo'
          : when.from !== undefined
            ? 'automations.when.fieldFrom'
            : when.to !== undefined
              ? 'automations.when.fieldTo'
              : 'automations.when.field-changed';
      return compose(t(key), { field, from, to });
    }
    case 'date-arrived': {
      const field = [mark(words.fieldLabel(when.field))];
      const offset = when.offsetDays ?? 0;
      if (offset === 0) return compose(t('automations.when.date-arrived'), { field });
      const key = offset < 0 ? 'automations.when.dateBefore' : 'automations.when.dateAfter';
      return compose(t(key, { count: Math.abs(offset) }), { field });
    }
    default:
      return [t(`automations.when.${when.type}` as MessageKey)];
  }
}

/** A condition (any nesting) as a clause. */
export function conditionClause<T>(condition: Condition, c: SentenceContext<T>): Piece<T>[] {
  if ('all' in condition || 'any' in condition) {
    const list = 'all' in condition ? condition.all : condition.any;
    return joinPieces(
      list.map((inner) => conditionClause(inner, c)),
      c.language,
      'all' in condition ? 'conjunction' : 'disjunction',
    );
  }
  if ('not' in condition)
    return compose(c.t('automations.not'), { condition: conditionClause(condition.not, c) });
  const field = [c.mark(c.words.fieldLabel(condition.field))];
  const value = [c.mark(c.words.valueLabel(condition.field, condition.value, c.language))];
  return compose(c.t(`automations.op.${condition.op}` as MessageKey), { field, value });
}

function actionClause<T>(action: Action, c: SentenceContext<T>): Piece<T>[] {
  const { words, t, mark } = c;
  const people = (ids: readonly string[]) =>
    joinPieces(
      ids.map((id) => [mark(words.personLabel(id))]),
      c.language,
      'conjunction',
    );
  switch (action.type) {
    case 'set-field':
      return compose(t('automations.then.set-field'), {
        field: [mark(words.fieldLabel(action.field))],
        value: [mark(words.valueLabel(action.field, action.value, c.language))],
      });
    case 'assign':
      return compose(
        t(action.mode === 'replace' ? 'automations.then.assignReplace' : 'automations.then.assign'),
        {
          people: people(action.people),
        },
      );
    case 'notify':
      return compose(t('automations.then.notify'), {
        to: people(action.to),
        message: [mark(action.message)],
      });
    case 'create-task':
      return compose(t(`automations.then.${action.as ?? 'sibling'}` as MessageKey), {
        name: [mark(action.task.name ?? '')],
      });
    case 'add-note':
      return compose(t('automations.then.add-note'), { text: [mark(action.text)] });
    case 'shift-dates': {
      const key = action.days < 0 ? 'automations.then.earlier' : 'automations.then.later';
      return [t(key, { count: Math.abs(action.days) })];
    }
    case 'custom':
      return compose(t('automations.then.custom'), { name: [mark(action.name)] });
  }
}
