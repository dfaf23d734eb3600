import {
  ACTION_TYPES,
  type AutomationActionType as ActionType,
  type AutomationConditionOp as ConditionOp,
  CONDITION_OPS,
  TRIGGER_TYPES,
} from '@roadline/core';
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../i18n/catalogue.js';
import type { MessageKey } from '../i18n/en.js';
import type { BlankMenus, BlankSpec } from './blank-menu.js';
import {
  type ActionDraft,
  type ConditionDraft,
  conditionPath,
  emptyAction,
  emptyCondition,
  type RuleDraft,
  toRule,
} from './rule-draft.js';
import { compose, type Piece, ruleSentence } from './sentence.js';
import type { FieldUse, Option, Vocabulary } from './vocabulary.js';

/** What the builder reports back to the element. */
export interface EditorHandlers {
  /**
   * Changes the draft (`update` gets the current one: several edits may come before a render);
   * `focus` names the blank to focus once it is drawn (a rule path).
   */
  change(update: (draft: RuleDraft) => RuleDraft, focus?: string): void;
  submit(): void;
  cancel(): void;
}

export interface EditorContext {
  readonly draft: RuleDraft;
  readonly words: Vocabulary;
  readonly t: Translate;
  readonly language: string;
  readonly menus: BlankMenus;
  /** Messages by the rule path of the blank they are about (`when.field`, `then[0].message`). */
  readonly errors: ReadonlyMap<string, string>;
  readonly on: EditorHandlers;
}

/** The blank an action's row starts with, after its type: focused when the action is added. */
const FIRST_BLANK: Readonly<Record<ActionType, string>> = {
  'set-field': 'field',
  assign: 'people',
  notify: 'to',
  'create-task': 'task',
  'add-note': 'text',
  'shift-dates': 'days',
  custom: 'name',
};

const NO_VALUE_OPS: readonly ConditionOp[] = ['empty', 'not-empty'];
const TYPED = new Set(['number', 'percent', 'text', 'date']);

/**
 * The sentence builder: a trigger picked from a menu, then its blanks (menus of the project's
 * fields, statuses, people…, or typed values), the conditions, the actions, and a live preview of
 * the rule as the list will read it. The form holds no state: every edit calls `change` with a new
 * draft. The store's validation errors (and a typed number that is not one) are shown beside the
 * blank they name; one the builder has no blank for is shown above Save. Escape in a text field
 * cancels; Escape in a menu only closes the menu.
 */
export function ruleEditor(c: EditorContext): TemplateResult {
  const { draft, t } = c;
  const shown = new Set<string>();
  const when = triggerPart(c, shown);
  const conditions = conditionsPart(c, shown);
  const actions = actionsPart(c, shown);
  const general = [...c.errors].filter(([path]) => !covered(path, shown)).map(([, message]) => message);
  const preview = previewOf(c);
  return html`<form
    part="editor"
    aria-labelledby="editor-heading"
    novalidate
    @submit=${(e: Event) => {
      e.preventDefault();
      c.on.submit();
    }}
    @keydown=${(e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      c.on.cancel();
    }}
  >
    <h3 id="editor-heading">${t(draft.id === undefined ? 'automations.editorNew' : 'automations.editor')}</h3>
    <p class="hint">${t('automations.keys')}</p>
    <p part="preview">${preview}</p>
    <label class="row"
      >${t('automations.name')}
      <input
        id="rule-name"
        part="name-input"
        .value=${draft.name}
        @input=${(e: Event) => c.on.change((d) => ({ ...d, name: (e.target as HTMLInputElement).value }))}
    /></label>
    <fieldset part="when">
      <legend>${t('automations.whenLegend')}</legend>
      ${when}
    </fieldset>
    <fieldset part="conditions">
      <legend>${t('automations.ifLegend')}</legend>
      ${conditions}
    </fieldset>
    <fieldset part="actions">
      <legend>${t('automations.thenLegend')}</legend>
      ${actions}
    </fieldset>
    <label class="row"
      ><input
        type="checkbox"
        part="cascade"
        .checked=${draft.cascade}
        @change=${(e: Event) => c.on.change((d) => ({ ...d, cascade: (e.target as HTMLInputElement).checked }))}
      />${t('automations.cascade')}</label
    >
    ${general.map((m) => html`<p part="form-error" role="alert">${m}</p>`)}
    <div class="buttons">
      <button type="submit" part="save">${t('automations.save')}</button>
      <button type="button" part="cancel" @click=${() => c.on.cancel()}>${t('automations.cancel')}</button>
    </div>
  </form>`;
}

/** The preview sentence, as far as the blanks are filled. */
function previewOf(c: EditorContext): Piece<TemplateResult>[] | typeof nothing {
  if (c.draft.trigger === undefined) return nothing;
  const { rule } = toRule(c.draft, c.words);
  return ruleSentence<TemplateResult>(rule, {
    words: c.words,
    t: c.t,
    language: c.language,
    mark: (text) => html`<strong><bdi>${text}</bdi></strong>`,
  });
}

/** Whether an error at `path` has a blank to be shown beside. */
function covered(path: string, shown: ReadonlySet<string>): boolean {
  return errorKey(path, shown) !== undefined;
}

/** The blank an error at `path` belongs to: the same path, or the longest blank path it starts with. */
function errorKey(path: string, shown: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  for (const key of shown)
    if (
      (path === key || path.startsWith(`${key}.`) || path.startsWith(`${key}[`)) &&
      key.length > (best?.length ?? -1)
    )
      best = key;
  return best;
}

function errorId(key: string): string {
  return `error-${key}`;
}

/** A menu blank and, when it is wrong, its message. */
function blank(
  c: EditorContext,
  shown: Set<string>,
  spec: Omit<BlankSpec, 'label' | 'shown' | 'errorId'> & { shown?: string },
): TemplateResult {
  shown.add(spec.key);
  const message = c.errors.get(spec.key);
  const text =
    spec.shown ??
    (spec.chosen.length === 0
      ? c.t('automations.choose')
      : spec.chosen.map((v) => spec.options.find((o) => o.value === v)?.label ?? v).join(', '));
  return html`${c.menus.render({
    ...spec,
    shown: text,
    label: c.t('automations.blank', { name: spec.name, value: text }),
    errorId: message === undefined ? undefined : errorId(spec.key),
  })}${errorText(spec.key, message)}`;
}

/** A typed blank (text, number, date). */
function input(
  c: EditorContext,
  shown: Set<string>,
  key: string,
  name: string,
  value: string,
  set: (value: string) => void,
  type: 'text' | 'number' = 'text',
): TemplateResult {
  shown.add(key);
  const message = c.errors.get(key);
  return html`<input
      part="blank-input"
      id=${`input-${key}`}
      type="text"
      inputmode=${type === 'number' ? 'decimal' : nothing}
      aria-label=${name}
      aria-invalid=${message === undefined ? nothing : 'true'}
      aria-describedby=${message === undefined ? nothing : errorId(key)}
      .value=${value}
      @input=${(e: Event) => set((e.target as HTMLInputElement).value)}
    />${errorText(key, message)}`;
}

function errorText(key: string, message: string | undefined): TemplateResult | typeof nothing {
  return message === undefined
    ? nothing
    : html`<span part="field-error" id=${errorId(key)}>${message}</span>`;
}

function triggerPart(c: EditorContext, shown: Set<string>): TemplateResult {
  const { draft, t, words } = c;
  const trigger = blank(c, shown, {
    key: 'when.type',
    name: t('automations.blank.trigger'),
    options: TRIGGER_TYPES.map((type) => ({
      value: type,
      label: t(`automations.trigger.${type}` as MessageKey),
    })),
    chosen: draft.trigger === undefined ? [] : [draft.trigger],
    pick: (type) =>
      c.on.change(
        (d) => ({
          ...d,
          trigger: type as RuleDraft['trigger'],
          field: type === d.trigger ? d.field : undefined,
          from: undefined,
          to: undefined,
        }),
        type === 'field-changed' || type === 'date-arrived' ? 'when.field' : undefined,
      ),
  });
  if (draft.trigger !== 'field-changed' && draft.trigger !== 'date-arrived') return html`<p>${trigger}</p>`;
  const field = blank(c, shown, {
    key: 'when.field',
    name: t('automations.blank.field'),
    options: words.fieldOptions(draft.trigger === 'date-arrived' ? 'date' : 'trigger'),
    chosen: draft.field === undefined ? [] : [draft.field],
    pick: (path) => c.on.change((d) => ({ ...d, field: path, from: undefined, to: undefined })),
  });
  if (draft.trigger === 'date-arrived') {
    const offset = input(c, shown, 'when.offsetDays', t('automations.blank.offset'), draft.offset, (offset) =>
      c.on.change((d) => ({ ...d, offset })),
    );
    return html`<p>${trigger}</p>
      <p>${compose<TemplateResult>(t('automations.when.date-arrived'), { field: [field] })}</p>
      <label class="row">${t('automations.blank.offset')} ${offset}</label>`;
  }
  const value = (key: 'from' | 'to') =>
    valueBlank(c, shown, `when.${key}`, t(`automations.blank.${key}`), draft.field, draft[key], true, (v) =>
      c.on.change((d) => ({ ...d, [key]: v })),
    );
  return html`<p>${trigger}</p>
    <p>${compose<TemplateResult>(t('automations.when.fieldFromTo'), { field: [field], from: [value('from')], to: [value('to')] })}</p>`;
}

/** The blank of a value of `field`: a menu of its choices, or a typed value. */
function valueBlank(
  c: EditorContext,
  shown: Set<string>,
  key: string,
  name: string,
  field: string | undefined,
  value: unknown,
  optional: boolean,
  set: (value: unknown) => void,
  multi = false,
): TemplateResult {
  const f = c.words.field(field);
  if (f === undefined || TYPED.has(f.kind)) {
    const text = value === undefined ? '' : Array.isArray(value) ? value.join(', ') : String(value);
    return input(c, shown, key, name, text, (typed) => set(optional && typed === '' ? undefined : typed));
  }
  const any: Option[] = optional ? [{ value: '', label: c.t('automations.any') }] : [];
  const chosen = value === undefined ? [] : Array.isArray(value) ? value.map(String) : [String(value)];
  return blank(c, shown, {
    key,
    name,
    options: multi ? f.options : [...any, ...f.options],
    chosen,
    multi,
    ...(optional && value === undefined ? { shown: c.t('automations.any') } : {}),
    pick: (v) => {
      if (multi) set(chosen.includes(v) ? chosen.filter((x) => x !== v) : [...chosen, v]);
      else set(v === '' ? undefined : v);
    },
  });
}

function conditionsPart(c: EditorContext, shown: Set<string>): TemplateResult {
  const { draft, t } = c;
  if (draft.fixedCondition !== undefined) return html`<p>${t('automations.customCondition')}</p>`;
  const set = (i: number, patch: Partial<ConditionDraft>) =>
    c.on.change((d) => ({
      ...d,
      conditions: d.conditions.map((x, j) => (j === i ? { ...x, ...patch } : x)),
    }));
  const match =
    draft.conditions.length < 2
      ? nothing
      : html`<p>
          ${blank(c, shown, {
            key: 'if.match',
            name: t('automations.ifLegend'),
            options: [
              { value: 'all', label: t('automations.matchAll') },
              { value: 'any', label: t('automations.matchAny') },
            ],
            chosen: [draft.match],
            pick: (m) => c.on.change((d) => ({ ...d, match: m as 'all' | 'any' })),
          })}
        </p>`;
  return html`${match}
    <ol class="rows">
      ${draft.conditions.map((cond, i) => {
        const path = conditionPath(draft, i);
        const fieldLabel = c.words.fieldLabel(cond.field);
        return html`<li part="condition">
          <label class="inline"
            ><input type="checkbox" part="negate" .checked=${cond.not} @change=${(e: Event) => set(i, { not: (e.target as HTMLInputElement).checked })} />${t('automations.negate')}</label
          >
          ${blank(c, shown, {
            key: `${path}.field`,
            name: t('automations.blank.field'),
            options: c.words.fieldOptions('condition'),
            chosen: cond.field === undefined ? [] : [cond.field],
            pick: (field) => set(i, { field, value: undefined }),
          })}
          ${blank(c, shown, {
            key: `${path}.op`,
            name: t('automations.blank.op'),
            options: CONDITION_OPS.map((op) => ({
              value: op,
              label: t(`automations.op.${op}` as MessageKey, { field: fieldLabel, value: '…' }),
            })),
            chosen: [cond.op],
            pick: (op) => set(i, { op: op as ConditionOp, value: undefined }),
          })}
          ${
            NO_VALUE_OPS.includes(cond.op)
              ? nothing
              : valueBlank(
                  c,
                  shown,
                  `${path}.value`,
                  t('automations.blank.value'),
                  cond.field,
                  cond.value,
                  false,
                  (value) => set(i, { value }),
                  cond.op === 'in',
                )
          }
          <button
            type="button"
            part="remove"
            aria-label=${t('automations.removeCondition', { position: i + 1 })}
            @click=${() => c.on.change((d) => ({ ...d, conditions: d.conditions.filter((_, j) => j !== i) }))}
          >×</button>
        </li>`;
      })}
    </ol>
    <button
      type="button"
      part="add-condition"
      @click=${() => {
        const next = { ...draft, conditions: [...draft.conditions, emptyCondition()] };
        c.on.change(
          (d) => ({ ...d, conditions: [...d.conditions, emptyCondition()] }),
          `${conditionPath(next, next.conditions.length - 1)}.field`,
        );
      }}
    >${t('automations.addCondition')}</button>`;
}

function actionsPart(c: EditorContext, shown: Set<string>): TemplateResult {
  const { draft, t } = c;
  const typeOptions = ACTION_TYPES.map((type) => ({
    value: type,
    label: t(`automations.action.${type}` as MessageKey),
  }));
  return html`<ol class="rows">
      ${draft.actions.map(
        (a, i) => html`<li part="action">
          ${blank(c, shown, {
            key: `then[${i}].type`,
            name: t('automations.blank.action'),
            options: typeOptions,
            chosen: [a.type],
            pick: (type) => setAction(c, i, (x) => (type === x.type ? x : emptyAction(type as ActionType))),
          })}
          ${actionBlanks(c, shown, a, i)}
          <button
            type="button"
            part="remove"
            aria-label=${t('automations.removeAction', { position: i + 1 })}
            @click=${() => c.on.change((d) => ({ ...d, actions: d.actions.filter((_, j) => j !== i) }))}
          >×</button>
        </li>`,
      )}
    </ol>
    ${blank(c, shown, {
      key: 'then.add',
      name: t('automations.addAction'),
      options: typeOptions,
      chosen: [],
      shown: t('automations.addAction'),
      pick: (type) =>
        c.on.change(
          (d) => ({ ...d, actions: [...d.actions, emptyAction(type as ActionType)] }),
          `then[${draft.actions.length}].${FIRST_BLANK[type as ActionType]}`,
        ),
    })}`;
}

function setAction(c: EditorContext, i: number, next: (action: ActionDraft) => ActionDraft): void {
  c.on.change((d) => ({ ...d, actions: d.actions.map((x, j) => (j === i ? next(x) : x)) }));
}

function actionBlanks(c: EditorContext, shown: Set<string>, a: ActionDraft, i: number): TemplateResult {
  const { t, words } = c;
  const key = (member: string) => `then[${i}].${member}`;
  const set = (patch: Partial<ActionDraft>) => setAction(c, i, (x) => ({ ...x, ...patch }));
  const people = (member: string, name: string, options: readonly Option[]) =>
    blank(c, shown, {
      key: key(member),
      name,
      options,
      chosen: a.people,
      multi: true,
      pick: (id) =>
        setAction(c, i, (x) => ({
          ...x,
          people: x.people.includes(id) ? x.people.filter((p) => p !== id) : [...x.people, id],
        })),
    });
  const text = (member: string, name: string) =>
    input(c, shown, key(member), name, a.text, (v) => set({ text: v }));
  const hint = html`<span class="hint">${t('automations.placeholders', { example: '{{task.name}}' })}</span>`;
  switch (a.type) {
    case 'set-field':
      return html`${blank(c, shown, {
        key: key('field'),
        name: t('automations.blank.field'),
        options: words.fieldOptions('set' satisfies FieldUse),
        chosen: a.field === undefined ? [] : [a.field],
        pick: (field) => set({ field, value: undefined }),
      })}
      ${valueBlank(c, shown, key('value'), t('automations.blank.value'), a.field, a.value, false, (value) => set({ value }))}`;
    case 'assign':
      return html`${people('people', t('automations.blank.people'), words.people)}
      ${blank(c, shown, {
        key: key('mode'),
        name: t('automations.blank.mode'),
        options: [
          { value: 'add', label: t('automations.mode.add') },
          { value: 'replace', label: t('automations.mode.replace') },
        ],
        chosen: [a.mode],
        pick: (mode) => set({ mode: mode as 'add' | 'replace' }),
      })}`;
    case 'notify':
      return html`${people('to', t('automations.blank.recipients'), [
        { value: 'assignees', label: t('automations.assignees') },
        ...words.people,
      ])}
      ${text('message', t('automations.blank.message'))} ${hint}`;
    case 'create-task':
      return html`${text('task', t('automations.blank.taskName'))}
      ${blank(c, shown, {
        key: key('as'),
        name: t('automations.blank.as'),
        options: (['sibling', 'subtask', 'successor'] as const).map((as) => ({
          value: as,
          label: t(`automations.as.${as}` as MessageKey),
        })),
        chosen: [a.as],
        pick: (as) => set({ as: as as ActionDraft['as'] }),
      })}
      ${hint}`;
    case 'add-note':
      return html`${text('text', t('automations.blank.text'))} ${hint}`;
    case 'shift-dates':
      return input(
        c,
        shown,
        key('days'),
        t('automations.blank.days'),
        a.days,
        (days) => set({ days }),
        'number',
      );
    case 'custom':
      return text('name', t('automations.blank.actionName'));
  }
}
