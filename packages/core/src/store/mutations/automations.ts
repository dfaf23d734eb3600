import type { AutomationRule } from '../../model/automation.js';
import { emitRemove, type MutationContext, requireEntity } from './context.js';
import { addEntity, updateEntity } from './entity.js';

/** A rule as a host adds it; the id is generated when absent. */
export type AutomationRuleInput = Omit<AutomationRule, 'id'> & { id?: string };

/** Members of a rule to change; a member set to `undefined` is removed. */
export type AutomationRulePatch = Partial<Omit<AutomationRule, 'id'>>;

/** Adds a rule at the end of the list (rules run in list order). */
export function addAutomation(ctx: MutationContext, input: AutomationRuleInput): Readonly<AutomationRule> {
  return addEntity(ctx, 'automation', input);
}

export function updateAutomation(
  ctx: MutationContext,
  id: string,
  patch: AutomationRulePatch,
): Readonly<AutomationRule> {
  return updateEntity(ctx, 'automation', id, patch);
}

/** Switches a rule on or off (`enabled` is left out when on, its default). */
export function setAutomationEnabled(
  ctx: MutationContext,
  id: string,
  enabled: boolean,
): Readonly<AutomationRule> {
  return updateAutomation(ctx, id, { enabled: enabled ? undefined : false });
}

/** Removes a rule and the record of what its time trigger fired. */
export function removeAutomation(ctx: MutationContext, id: string): void {
  const rule = requireEntity(ctx, 'automation', id);
  const fired = ctx.state.tables.fired.get(id);
  if (fired !== undefined) emitRemove(ctx, 'fired', fired);
  emitRemove(ctx, 'automation', rule);
}
