import type { Operation } from '../model/operations.js';
import { perform } from './actions.js';
import type { EngineHost } from './host.js';
import { holds } from './conditions.js';
import { DueIndex } from './due-index.js';
import { RunLog } from './log.js';
import { NotificationFeed } from './notifications.js';
import type { ChangeFacts } from './placeholders.js';
import { type ChangeRules, planRules, type RulePlan } from './rule-plan.js';
import { eventsOf, matchChange, storedField, type TaskEvent } from './triggers.js';
import { sameJson } from '../model/json.js';
import type { AppNotification, AutomationEvent, AutomationRule, AutomationRun } from '../model/automation.js';

/** How deep a chain of rules triggering rules may go; the runs past it are logged as `loop`. */
export const MAX_CHAIN_DEPTH = 10;

/**
 * The automation engine of one store, hooked into its transactions (`CommitHooks`): after a
 * person's local change, it finds the events of the batch, runs each enabled rule whose trigger
 * matches (rules in list order, then events in batch order), each all-or-nothing inside the same
 * transaction, then lets the changes rules made trigger the `cascade` rules, up to
 * {@link MAX_CHAIN_DEPTH}. Runs and notifications are held until the transaction commits and
 * dropped if it rolls back. Undo, redo, previews and remote batches run no rules.
 */
export class AutomationEngine {
  readonly log: RunLog;
  readonly feed = new NotificationFeed();
  /** The due moments of the time rules, for `tick`; the store tells it of every committed batch. */
  readonly due: DueIndex;
  private runs: AutomationRun[] = [];
  private outbox: AppNotification[] = [];
  private events: AutomationEvent[] = [];
  private readonly listeners = new Set<(event: AutomationEvent) => void>();
  /** The wall-clock time of the tick that drives the open transaction, if one does. */
  private tickAt: string | undefined;
  /** The enabled rules by trigger; dropped when a batch touches a rule. */
  private planned: RulePlan | undefined;

  constructor(readonly host: EngineHost) {
    this.log = new RunLog(host.logLimit);
    this.due = new DueIndex(host);
  }

  /** The enabled rules in list order. */
  rules(): readonly Readonly<AutomationRule>[] {
    return this.plan().enabled;
  }

  /** The enabled time rules in list order. */
  timeRules(): readonly Readonly<AutomationRule>[] {
    return this.plan().time;
  }

  /** The rules by trigger, built on first use after the rule list changed. */
  private plan(): RulePlan {
    this.planned ??= planRules(this.host.store.rules());
    return this.planned;
  }

  /** The store's hook after a transaction's own changes (`origin`: the batch's, as in `ChangeBatch`). */
  beforeCommit(pending: Operation[], origin: string): void {
    if (this.planned !== undefined && touchesRules(pending, 0)) this.planned = undefined;
    if (origin !== 'local' || !this.host.store.hasRules()) return;
    // A tick's own rules ran already: what they changed triggers `cascade` rules only.
    if (this.tickAt !== undefined) this.chain(pending, 0, 1, this.tickAt);
    else this.chain(pending, 0, 0, this.host.now());
  }

  /** Runs `fn`, the transaction of a tick at `at`. */
  asTick(at: string, fn: () => void): void {
    this.tickAt = at;
    try {
      fn();
    } finally {
      this.tickAt = undefined;
    }
  }

  /**
   * Matches the events of `pending[from…]` against the rules (at depth 0 every enabled change
   * rule; deeper only `cascade` ones), runs them, and repeats on what they changed.
   */
  chain(pending: Operation[], from: number, depth: number, now: string): void {
    let start = from;
    for (let d = depth; ; d++) {
      // A custom action may have edited the rules meanwhile.
      if (d > depth && this.planned !== undefined && touchesRules(pending, start)) this.planned = undefined;
      const plan = this.plan();
      const rules = d === 0 ? plan.first : plan.cascade;
      if (rules.count === 0) return;
      const events = eventsOf(pending, start, this.host.store, {
        notes: rules.noteAdded.length > 0,
        ready: rules.predecessorsDone.length > 0,
      });
      if (events.length === 0) return;
      const matches = this.match(rules, events);
      if (matches.length === 0) return;
      if (d >= MAX_CHAIN_DEPTH) {
        for (const m of matches)
          this.runs.push({
            ruleId: m.rule.id,
            taskId: m.event.taskId,
            at: now,
            outcome: 'loop',
            error: `the chain of rules reached depth ${MAX_CHAIN_DEPTH}`,
          });
        return;
      }
      start = pending.length;
      for (const m of matches) this.run(m.rule, m.event.taskId, now, m.facts);
    }
  }

  /**
   * The (rule, event) pairs whose trigger matches, in rule order and then event order. A field's
   * old and new values are read once per event, however many rules listen to it.
   */
  private match(rules: ChangeRules, events: readonly TaskEvent[]): Match[] {
    const store = this.host.store;
    const found: Match[] = [];
    for (let e = 0; e < events.length; e++) {
      const event = events[e] as TaskEvent;
      switch (event.kind) {
        case 'created':
          for (const rule of rules.created) found.push({ rule, event, e, facts: {} });
          break;
        case 'note-added':
          for (const rule of rules.noteAdded) found.push({ rule, event, e, facts: {} });
          break;
        case 'predecessors-done':
          for (const rule of rules.predecessorsDone) found.push({ rule, event, e, facts: {} });
          break;
        case 'updated':
          for (const [field, listeners] of rules.byField) {
            const before = storedField(event.before, field, store);
            const after = storedField(event.after, field, store);
            if (sameJson(before, after)) continue;
            for (const rule of listeners) {
              const facts = matchChange(rule.when as FieldChanged, before, after);
              if (facts !== undefined) found.push({ rule, event, e, facts });
            }
          }
          break;
      }
    }
    if (found.length > 1) {
      const position = rules.position;
      found.sort((a, b) => (position.get(a.rule) as number) - (position.get(b.rule) as number) || a.e - b.e);
    }
    return found;
  }

  /** Runs one rule for one task: `skipped` unless its condition holds, then every action or none. */
  run(rule: Readonly<AutomationRule>, taskId: string, now: string, facts: ChangeFacts = {}): void {
    const task = this.host.store.task(taskId);
    const entry: AutomationRun = { ruleId: rule.id, taskId, at: now, outcome: 'skipped' };
    if (task === undefined || !holds(rule.if, task, this.host.store)) {
      this.runs.push(entry);
      return;
    }
    const outbox: AppNotification[] = [];
    const env = {
      store: this.host.store,
      actions: this.host.actions,
      project: this.host.project,
      now,
      outbox,
      nextNotificationId: () => this.feed.nextId(),
    };
    try {
      this.host.savepoint(() => {
        for (const action of rule.then) perform(action, taskId, rule, env, facts);
      });
      entry.outcome = 'done';
      this.outbox.push(...outbox);
    } catch (error) {
      entry.outcome = 'failed';
      entry.error = error instanceof Error ? error.message : String(error);
    }
    this.runs.push(entry);
  }

  settled(committed: boolean): void {
    const runs = this.runs;
    const outbox = this.outbox;
    this.runs = [];
    this.outbox = [];
    if (!committed) {
      // A rolled-back batch may have changed rules and then put them back.
      this.planned = undefined;
      return;
    }
    for (const run of runs) {
      this.log.add(run);
      this.events.push({ kind: 'run', run });
    }
    for (const n of outbox) {
      this.feed.add(n);
      this.events.push({ kind: 'notification', notification: this.feed.list()[0] as AppNotification });
    }
  }

  announced(): void {
    const events = this.events;
    if (events.length === 0) return;
    this.events = [];
    for (const event of events) this.emit(event);
  }

  /** Marks notifications as read and tells the listeners; returns the ids that changed. */
  markRead(ids?: readonly string[], person?: string): string[] {
    const changed = this.feed.markRead(ids, person);
    if (changed.length > 0) this.emit({ kind: 'read', ids: changed });
    return changed;
  }

  subscribe(listener: (event: AutomationEvent) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private emit(event: AutomationEvent): void {
    for (const listener of Array.from(this.listeners)) {
      try {
        listener(event);
      } catch (error) {
        this.host.onListenerError(error);
      }
    }
  }
}

type FieldChanged = Extract<AutomationRule['when'], { type: 'field-changed' }>;

/** A rule whose trigger matched an event (`e`: the event's place in the batch). */
interface Match {
  rule: Readonly<AutomationRule>;
  event: TaskEvent;
  e: number;
  facts: ChangeFacts;
}

/** Whether `ops[from…]` add, change or remove a rule. */
function touchesRules(ops: readonly Operation[], from: number): boolean {
  for (let i = from; i < ops.length; i++) if ((ops[i] as Operation).entity === 'automation') return true;
  return false;
}
