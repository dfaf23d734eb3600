import {
  AUTOMATION_RECIPES,
  type AutomationAction as Action,
  type AutomationCondition as Condition,
  type AutomationRecipe,
  type Project,
} from '@roadline/core';
import { html, type TemplateResult } from 'lit';
import type { MessageKey } from '../i18n/en.js';
import { ruleSentence, ruleText, type SentenceContext } from './sentence.js';

const CATEGORIES: readonly AutomationRecipe['category'][] = [
  'status',
  'dates',
  'people',
  'dependencies',
  'tasks',
];

/**
 * The ready recipes (`AUTOMATION_RECIPES`) that fit a project: those whose statuses and
 * priorities the project has (a recipe naming `in-progress` is left out where there is none).
 */
export function fittingRecipes(project: Project): AutomationRecipe[] {
  const statuses = new Set(project.statuses().map((s) => s.id));
  const priorities = new Set(project.priorities().map((p) => p.id));
  const known = (field: string | undefined, value: unknown): boolean => {
    if (typeof value !== 'string') return true;
    if (field === 'status') return statuses.has(value);
    if (field === 'priority') return priorities.has(value);
    return true;
  };
  const conditionFits = (c: Condition): boolean =>
    'all' in c
      ? c.all.every(conditionFits)
      : 'any' in c
        ? c.any.every(conditionFits)
        : 'not' in c
          ? conditionFits(c.not)
          : known(c.field, c.value);
  const actionFits = (a: Action): boolean => a.type !== 'set-field' || known(a.field, a.value);
  return AUTOMATION_RECIPES.filter(({ rule }) => {
    const when = rule.when as { field?: string; from?: unknown; to?: unknown };
    return (
      known(when.field, when.from) &&
      known(when.field, when.to) &&
      (rule.if === undefined || conditionFits(rule.if)) &&
      rule.then.every(actionFits)
    );
  });
}

/** The gallery: the fitting recipes by category, each as its sentence with an Add button. */
export function recipeGallery(
  recipes: readonly AutomationRecipe[],
  c: SentenceContext<TemplateResult>,
  add: (recipe: AutomationRecipe) => void,
  editable: boolean,
): TemplateResult {
  const { t } = c;
  return html`<section part="gallery" aria-labelledby="gallery-heading">
    <h3 id="gallery-heading">${t('automations.recipes')}</h3>
    ${CATEGORIES.map((category) => {
      const list = recipes.filter((r) => r.category === category);
      if (list.length === 0) return '';
      const id = `recipes-${category}`;
      return html`<h4 id=${id}>${t(`automations.recipes.${category}` as MessageKey)}</h4>
        <ul part="recipes" aria-labelledby=${id}>
          ${list.map(
            (r) => html`<li part="recipe" data-recipe=${r.id}>
              <span class="grow">${ruleSentence(r.rule, c)}</span>
              ${
                editable
                  ? html`<button
                      type="button"
                      part="add-recipe"
                      aria-label=${t('automations.addRecipeNamed', { sentence: ruleText(r.rule, c) })}
                      @click=${() => add(r)}
                    >${t('automations.addRecipe')}</button>`
                  : ''
              }
            </li>`,
          )}
        </ul>`;
    })}
  </section>`;
}
