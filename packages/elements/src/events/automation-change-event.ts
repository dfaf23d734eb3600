import type { AutomationRule, AutomationRuleInput } from '@roadline/core';

/**
 * A rule the user added, edited, switched on or off, or deleted (in `rl-automations`). The same
 * detail travels in the cancelable `rl-before-automation-change` (the store has not changed yet;
 * `preventDefault()` vetoes it) and in `rl-automation-change` (the change is in the store, as one
 * transaction: one undo step).
 */
export interface AutomationChangeDetail {
  /** `update` covers an edit in the builder and switching a rule on or off. */
  readonly kind: 'add' | 'update' | 'remove';
  /** The rule's id; absent before an add (the store makes it). */
  readonly ruleId?: string | undefined;
  /** The rule as it will be (before) or is (after) an add or update; as it was for a removal. */
  readonly rule: Readonly<AutomationRuleInput>;
  /** The rule before an update or a removal. */
  readonly previous?: Readonly<AutomationRule> | undefined;
}

/** `rl-automation-change`: a rule was added, edited, switched or deleted by the user. */
export type RlAutomationChangeEvent = CustomEvent<AutomationChangeDetail>;
/** `rl-before-automation-change`: a rule is about to be added, edited, switched or deleted; cancel to veto. */
export type RlBeforeAutomationChangeEvent = CustomEvent<AutomationChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-automation-change': RlAutomationChangeEvent;
    'rl-before-automation-change': RlBeforeAutomationChangeEvent;
  }
}
