import '../i18n/en/automations.js';
import {
  type AutomationRecipe,
  type AutomationRule,
  type AutomationRuleInput,
  type AutomationRulePatch,
  type Project,
  type ProjectData,
  RoadlineError,
  type ValidationIssue,
} from '@roadline/core';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { StoreController } from '../base/store-controller.js';
import { Announcer } from '../controllers/announcer.js';
import { FeedController } from '../controllers/feed-controller.js';
import { LocaleController } from '../controllers/locale-controller.js';
import type { AutomationChangeDetail } from '../events/automation-change-event.js';
import { announceChange, requestChange } from '../events/change-events.js';
import type { MessageKey } from '../i18n/en.js';
import { baseStyles } from '../styles/tokens.js';
import { automationsStyles } from './automations.styles.js';
import { BlankMenus } from './blank-menu.js';
import { fittingRecipes, recipeGallery } from './recipe-gallery.js';
import { draftOf, emptyDraft, type RuleDraft, toRule } from './rule-draft.js';
import { ruleEditor } from './rule-editor.js';
import { ruleName, runLog } from './run-log.js';
import { ruleSentence, type SentenceContext } from './sentence.js';
import { Vocabulary } from './vocabulary.js';

/** The store's path of a rule (`automation["r1"]` or `automations[0]`), cut off its issues' paths. */
const RULE_PREFIX = /^automations?(?:\[[^\]]*\])?\.?/;

/**
 * The rules of a project (docs/automations.md) as sentences anyone can read — "When **Status**
 * changes to **Done**, set **Progress** to **100 %** and notify **the assignees**" — each with an
 * on/off switch (`role="switch"`), Edit and Delete; a sentence builder to make and edit them; a
 * gallery of ready recipes (`AUTOMATION_RECIPES`, those whose statuses and priorities the project
 * has) that adds one with one click; and the run log, filtered by rule.
 *
 * The builder starts with the trigger, then fills blanks that are menus of the project's own
 * fields, statuses, priorities, people, groups and releases, or typed values (numbers, dates, and
 * texts that may hold `{{placeholders}}`), with conditions and actions added and removed as rows;
 * a preview reads the sentence as it grows. Saving goes through the store
 * (`addAutomation` / `updateAutomation`, one undo step), which validates the rule: its typed errors
 * are shown beside the blank they name and nothing is stored. Every change asks first with the
 * cancelable `rl-before-automation-change`, then fires `rl-automation-change` and is announced to
 * screen readers.
 *
 * Keyboard: every control is a button, field or menu in tab order; a blank opens its menu with
 * Enter, Space, ↓ or ↑, where ↑/↓, Home, End and a first letter move, Enter or Space choose, and
 * Escape closes it and gives focus back to the blank; Escape elsewhere in the builder cancels it
 * and focus returns to what opened it.
 *
 * @summary A project's rules as sentences: switch, build, edit, add recipes, read the run log.
 *
 * @fires rl-before-automation-change - A rule is about to be added, edited, switched or deleted; cancel to veto. `detail: AutomationChangeDetail`.
 * @fires rl-automation-change - A rule was added, edited, switched or deleted. `detail: AutomationChangeDetail` (`kind`, `ruleId`, `rule`, `previous`).
 * @fires rl-error - The data does not parse or is not valid. `detail.error` is a `RoadlineError`.
 *
 * @csspart heading - The element's heading.
 * @csspart new - The "New rule" button.
 * @csspart list - The list of rules.
 * @csspart rule - One rule (with `off` while it is switched off).
 * @csspart off - A rule that is switched off.
 * @csspart switch - A rule's on/off switch.
 * @csspart sentence - A rule's sentence.
 * @csspart edit - A rule's Edit button.
 * @csspart delete - A rule's Delete button.
 * @csspart empty - The message shown when there are no rules.
 * @csspart editor - The sentence builder (a form).
 * @csspart preview - The builder's sentence as the list will read it.
 * @csspart name-input - The rule's name field.
 * @csspart when - The trigger's group of blanks.
 * @csspart conditions - The conditions' group.
 * @csspart condition - One condition row.
 * @csspart negate - A condition's "Not" checkbox.
 * @csspart actions - The actions' group.
 * @csspart action - One action row.
 * @csspart blank - A blank: the button that opens its menu (with `empty` while nothing is chosen).
 * @csspart blank-input - A typed blank.
 * @csspart menu - An open blank's list of choices.
 * @csspart option - One choice (with `active` for the one the arrow keys are on).
 * @csspart field-error - The message beside a blank the rule cannot have.
 * @csspart form-error - A message about the rule that no blank shows.
 * @csspart remove - A condition's or action's remove button.
 * @csspart add-condition - The "Add a condition" button.
 * @csspart cascade - The checkbox that lets other rules' changes trigger the rule.
 * @csspart save - The builder's Save button.
 * @csspart cancel - The builder's Cancel button.
 * @csspart gallery - The recipes.
 * @csspart recipes - A category's list of recipes.
 * @csspart recipe - One recipe.
 * @csspart add-recipe - A recipe's Add button.
 * @csspart log - The run log.
 * @csspart log-filter - The select that filters the log by rule.
 * @csspart log-table - The table of runs.
 * @csspart run - One run (with its outcome: `done`, `skipped`, `failed` or `loop`).
 * @csspart log-empty - The message shown when the log has no runs.
 * @csspart announcer - The live region that reads out changes.
 *
 * @cssprop [--rl-automations-background=var(--rl-color-surface)] - The element's background.
 * @cssprop [--rl-automations-accent=var(--rl-color-accent)] - Switches that are on, the Save button, the active choice of a menu.
 */
export class RlAutomations extends LitElement {
  static override styles = [baseStyles, automationsStyles];

  /** A live store shared with other elements. Takes precedence over `data`. */
  @property({ attribute: false }) project: Project | undefined;

  /** A plain project, when there is no store. */
  @property({ attribute: false }) data: ProjectData | undefined;

  /** BCP 47 language of the element's words and numbers; default the nearest `lang` attribute (this element's or an ancestor's), else the browser's. */
  @property() locale: string | undefined;

  /** The heading; default "Automations". */
  @property() label: string | undefined;

  /** Shows the rules, recipes and log without the controls to change them. */
  @property({ type: Boolean, reflect: true }) readonly = false;

  /** At most this many runs in the log. */
  @property({ type: Number, attribute: 'log-limit' }) logLimit = 50;

  /** The open builder, or `undefined`. */
  @state() private draft: RuleDraft | undefined;
  /** The builder's messages by blank path. */
  @state() private errors: ReadonlyMap<string, string> = new Map();
  /** The log's rule filter (`''`: every rule). */
  @state() private logRule = '';

  private readonly store = new StoreController(this);
  private readonly writing = new LocaleController(this, { locale: () => this.locale });
  private readonly feed = new FeedController(this, () => undefined);
  private readonly menus = new BlankMenus(this);
  private readonly announcer = new Announcer(this);
  /** What to focus once the next render is in the page (a selector in the shadow root). */
  private focusNext: string | undefined;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.feed.follow(this.store.project);
    if (this.readonly && this.draft) this.draft = undefined;
  }

  protected override updated(): void {
    const selector = this.focusNext;
    if (selector === undefined) return;
    this.focusNext = undefined;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  override render(): TemplateResult {
    const t = this.writing.t;
    const project = this.store.project;
    const heading = html`<h2 part="heading">${this.label || t('automations.label')}</h2>`;
    if (!project)
      return html`${heading}${this.store.error ? html`<p role="alert">${this.store.error.message}</p>` : nothing}`;
    const words = new Vocabulary(project, t);
    const sentences: SentenceContext<TemplateResult> = {
      words,
      t,
      language: this.writing.language,
      mark: (text) => html`<strong><bdi>${text}</bdi></strong>`,
    };
    const editable = !this.readonly;
    const rules = project.automations();
    const adding = this.draft !== undefined && this.draft.id === undefined;
    return html`${heading}
      <section aria-labelledby="rules-heading">
        <h3 id="rules-heading">${t('automations.rules')}</h3>
        ${
          rules.length === 0
            ? html`<p part="empty">${t('automations.none')}</p>`
            : html`<ul part="list" aria-labelledby="rules-heading">
                ${repeat(
                  rules,
                  (r) => r.id,
                  (r) => this.rule(r, sentences, editable),
                )}
              </ul>`
        }
        ${
          !editable
            ? nothing
            : adding
              ? this.editor(words)
              : html`<button type="button" part="new" @click=${() => this.open(emptyDraft())}>${t('automations.new')}</button>`
        }
      </section>
      ${recipeGallery(fittingRecipes(project), sentences, (r) => this.addRecipe(r), editable)}
      ${runLog(project, t, this.logRule, this.logLimit, (id) => {
        this.logRule = id;
      })}`;
  }

  private rule(
    r: Readonly<AutomationRule>,
    sentences: SentenceContext<TemplateResult>,
    editable: boolean,
  ): TemplateResult {
    const t = this.writing.t;
    const on = r.enabled !== false;
    const name = ruleName(r);
    if (editable && this.draft?.id === r.id) {
      return html`<li part="rule" data-rule=${r.id}>${this.editor(sentences.words)}</li>`;
    }
    return html`<li part=${on ? 'rule' : 'rule off'} data-rule=${r.id}>
      <button
        type="button"
        role="switch"
        part="switch"
        aria-checked=${on ? 'true' : 'false'}
        aria-label=${t('automations.switchNamed', { name })}
        ?disabled=${!editable}
        @click=${() => this.toggle(r)}
      ></button>
      <span part="sentence" class="grow">${ruleSentence(r, sentences)}</span>
      ${
        editable
          ? html`<button type="button" part="edit" aria-label=${t('automations.editNamed', { name })} @click=${() => this.open(draftOf(r))}>
                ${t('automations.edit')}
              </button>
              <button type="button" part="delete" aria-label=${t('automations.deleteNamed', { name })} @click=${() => this.removeRule(r)}>
                ${t('automations.delete')}
              </button>`
          : nothing
      }
    </li>`;
  }

  private editor(words: Vocabulary): TemplateResult {
    const draft = this.draft as RuleDraft;
    return ruleEditor({
      draft,
      words,
      t: this.writing.t,
      language: this.writing.language,
      menus: this.menus,
      errors: this.errors,
      on: {
        change: (update, focus) => {
          if (this.draft) this.draft = update(this.draft);
          if (focus !== undefined) this.focusNext = blankSelector(focus);
        },
        submit: () => this.save(words),
        cancel: () => this.close(),
      },
    });
  }

  private open(draft: RuleDraft): void {
    if (this.readonly) return;
    this.menus.closeAll();
    this.draft = draft;
    this.errors = new Map();
    this.focusNext = draft.id === undefined ? blankSelector('when.type') : '#rule-name';
  }

  /** Closes the builder without saving; focus returns to what opened it. */
  private close(): void {
    const draft = this.draft;
    if (!draft) return;
    this.draft = undefined;
    this.errors = new Map();
    this.focusNext =
      draft.id === undefined ? '[part~="new"]' : `[data-rule="${CSS.escape(draft.id)}"] [part~="edit"]`;
  }

  private save(words: Vocabulary): void {
    const project = this.store.project;
    const draft = this.draft;
    if (!project || !draft || this.readonly) return;
    const t = this.writing.t;
    const { rule, issues } = toRule(draft, words);
    const errors = new Map<string, string>();
    for (const [path, kind] of issues)
      errors.set(path, t(kind === 'number' ? 'automations.error.number' : 'automations.error.MISSING_FIELD'));
    if (errors.size === 0) {
      const previous = draft.id === undefined ? undefined : project.automation(draft.id);
      const detail: AutomationChangeDetail =
        previous === undefined
          ? { kind: 'add', rule }
          : { kind: 'update', ruleId: previous.id, rule: { ...rule, id: previous.id }, previous };
      if (!requestChange(this, 'automation-change', detail)) return;
      try {
        const stored =
          previous === undefined
            ? project.addAutomation(rule)
            : project.updateAutomation(previous.id, patchOf(previous, rule));
        this.draft = undefined;
        this.errors = new Map();
        this.focusNext = `[data-rule="${CSS.escape(stored.id)}"] [part~="edit"]`;
        const name = ruleName(stored);
        this.announcer.announce(t(previous ? 'automations.saved' : 'automations.added', { name }));
        announceChange(this, 'automation-change', { ...detail, ruleId: stored.id, rule: stored });
        return;
      } catch (error) {
        if (!(error instanceof RoadlineError)) throw error;
        const found = Array.isArray(error.details) ? (error.details as ValidationIssue[]) : [];
        for (const issue of found.length > 0 ? found : [{ path: '', code: '', message: error.message }]) {
          const path = issue.path.replace(RULE_PREFIX, '');
          if (!errors.has(path)) errors.set(path, this.issueText(issue.code, issue.message));
        }
      }
    }
    this.errors = errors;
    const first = [...errors.keys()][0];
    this.focusNext = first === undefined ? '[part~="save"]' : `${blankSelector(first)}, [part~="save"]`;
  }

  private issueText(code: string, message: string): string {
    const t = this.writing.t;
    if (code === 'MISSING_FIELD' || code === 'WRONG_TYPE' || code === 'INVALID_VALUE')
      return t(`automations.error.${code}` as MessageKey);
    return t('automations.error.other', { reason: message });
  }

  private toggle(r: Readonly<AutomationRule>): void {
    const project = this.store.project;
    if (!project || this.readonly) return;
    const on = r.enabled === false;
    const next = { ...r, enabled: on };
    const detail: AutomationChangeDetail = { kind: 'update', ruleId: r.id, rule: next, previous: r };
    if (!requestChange(this, 'automation-change', detail)) return;
    const stored = project.setAutomationEnabled(r.id, on);
    const name = ruleName(stored);
    this.announcer.announce(
      this.writing.t(on ? 'automations.switchedOn' : 'automations.switchedOff', { name }),
    );
    announceChange(this, 'automation-change', { ...detail, rule: stored });
  }

  private removeRule(r: Readonly<AutomationRule>): void {
    const project = this.store.project;
    if (!project || this.readonly) return;
    const detail: AutomationChangeDetail = { kind: 'remove', ruleId: r.id, rule: r, previous: r };
    if (!requestChange(this, 'automation-change', detail)) return;
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('[data-rule]')];
    const at = items.findIndex((li) => li.dataset.rule === r.id);
    const neighbour = items[at + 1] ?? items[at - 1];
    project.removeAutomation(r.id);
    if (this.draft?.id === r.id) this.draft = undefined;
    this.focusNext = neighbour?.dataset.rule
      ? `[data-rule="${CSS.escape(neighbour.dataset.rule)}"] [part~="edit"]`
      : '[part~="new"]';
    this.announcer.announce(this.writing.t('automations.deleted', { name: ruleName(r) }));
    announceChange(this, 'automation-change', detail);
  }

  /** Adds a recipe as it is (one undo step); focus goes to the new rule's Edit, to adjust it. */
  private addRecipe(recipe: AutomationRecipe): void {
    const project = this.store.project;
    if (!project || this.readonly) return;
    const rule: AutomationRuleInput = structuredClone(recipe.rule);
    const detail: AutomationChangeDetail = { kind: 'add', rule };
    if (!requestChange(this, 'automation-change', detail)) return;
    const stored = project.addAutomation(rule);
    this.focusNext = `[data-rule="${CSS.escape(stored.id)}"] [part~="edit"]`;
    this.announcer.announce(this.writing.t('automations.added', { name: ruleName(stored) }));
    announceChange(this, 'automation-change', { kind: 'add', ruleId: stored.id, rule: stored });
  }
}

/** The selector of the blank (menu or typed) that fills rule path `key`. */
function blankSelector(key: string): string {
  const id = CSS.escape(key);
  return `[id="blank-${id}"], [id="input-${id}"]`;
}

/** The patch that makes `previous` into `rule`: members the builder left out are removed. */
function patchOf(previous: Readonly<AutomationRule>, rule: AutomationRuleInput): AutomationRulePatch {
  return {
    name: rule.name,
    enabled: previous.enabled === false ? false : undefined,
    cascade: rule.cascade,
    when: rule.when,
    if: rule.if,
    then: rule.then,
  };
}
