import type { AutomationRule } from '../model/automation.js';

/** The change rules of one depth of a chain, by what they listen to, each list in rule order. */
export interface ChangeRules {
  readonly count: number;
  readonly created: readonly Readonly<AutomationRule>[];
  readonly noteAdded: readonly Readonly<AutomationRule>[];
  readonly predecessorsDone: readonly Readonly<AutomationRule>[];
  /** `field-changed` rules by field, fields in order of their first rule. */
  readonly byField: ReadonlyMap<string, readonly Readonly<AutomationRule>[]>;
  /** A rule's place in the list of rules, for running matches in rule order. */
  readonly position: ReadonlyMap<Readonly<AutomationRule>, number>;
}

/**
 * The enabled rules sorted by trigger, built once per change of the rule list (the engine drops
 * it when a batch touches a rule), so a change only looks at the rules that can match it: a
 * status change never evaluates the rules of other fields.
 */
export interface RulePlan {
  /** Every enabled rule, in list order. */
  readonly enabled: readonly Readonly<AutomationRule>[];
  /** Enabled time rules (`date-arrived`, `task-late`), in list order. */
  readonly time: readonly Readonly<AutomationRule>[];
  /** The change rules a person's change runs (depth 0). */
  readonly first: ChangeRules;
  /** The change rules a rule's change runs (`cascade: true`). */
  readonly cascade: ChangeRules;
}

export function planRules(rules: Iterable<Readonly<AutomationRule>>): RulePlan {
  const enabled: Readonly<AutomationRule>[] = [];
  const time: Readonly<AutomationRule>[] = [];
  const first = emptyRules();
  const cascade = emptyRules();
  for (const rule of rules) {
    if (rule.enabled === false) continue;
    const position = enabled.length;
    enabled.push(rule);
    const type = rule.when.type;
    if (type === 'date-arrived' || type === 'task-late') {
      time.push(rule);
      continue;
    }
    add(first, rule, position);
    if (rule.cascade === true) add(cascade, rule, position);
  }
  return { enabled, time, first, cascade };
}

interface Building {
  count: number;
  created: Readonly<AutomationRule>[];
  noteAdded: Readonly<AutomationRule>[];
  predecessorsDone: Readonly<AutomationRule>[];
  byField: Map<string, Readonly<AutomationRule>[]>;
  position: Map<Readonly<AutomationRule>, number>;
}

function emptyRules(): Building {
  return {
    count: 0,
    created: [],
    noteAdded: [],
    predecessorsDone: [],
    byField: new Map(),
    position: new Map(),
  };
}

function add(into: Building, rule: Readonly<AutomationRule>, position: number): void {
  const when = rule.when;
  switch (when.type) {
    case 'task-created':
      into.created.push(rule);
      break;
    case 'note-added':
      into.noteAdded.push(rule);
      break;
    case 'predecessors-done':
      into.predecessorsDone.push(rule);
      break;
    case 'field-changed': {
      const list = into.byField.get(when.field);
      if (list === undefined) into.byField.set(when.field, [rule]);
      else list.push(rule);
      break;
    }
    default:
      // A trigger this engine does not know matches nothing.
      return;
  }
  into.count++;
  into.position.set(rule, position);
}
