import type { Operation } from '../model/operations.js';
import { perform } from './actions.js';
import type { EngineHost } from './host.js';
import { holds } from './conditions.js';
import { RunLog } from './log.js';
import { NotificationFeed } from './notifications.js';
import type { ChangeFacts } from './placeholders.js';
import { eventsOf, isTimeTrigger, matchTrigger, type TaskEvent } from './triggers.js';
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
  private runs: AutomationRun[] = [];
  private outbox: AppNotification[] = [];
  private events: AutomationEvent[] = [];
  private readonly listeners = new Set<(event: AutomationEvent) => void>();
  /** The wall-clock time of the tick that drives the open transaction, if one does. */
  private tickAt: string | undefined;

  constructor(readonly host: EngineHost) {
    this.log = new RunLog(host.logLimit);
  }

  /** The enabled rules in list order. */
  rules(): Readonly<AutomationRule>[] {
    const out: Readonly<AutomationRule>[] = [];
    for (const rule of this.host.store.rules()) if (rule.enabled !== false) out.push(rule);
    return out;
  }

  /** The store's hook after a transaction's own changes (`origin`: the batch's, as in `ChangeBatch`). */
  beforeCommit(pending: Operation[], origin: string): void {
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
      const rules = this.rules().filter((r) => !isTimeTrigger(r.when) && (d === 0 || r.cascade === true));
      if (rules.length === 0) return;
      const events = eventsOf(pending, start, this.host.store);
      if (events.length === 0) return;
      const matches: [Readonly<AutomationRule>, TaskEvent, ChangeFacts][] = [];
      for (const rule of rules) {
        for (const event of events) {
          const facts = matchTrigger(rule.when, event, this.host.store);
          if (facts !== undefined) matches.push([rule, event, facts]);
        }
      }
      if (matches.length === 0) return;
      if (d >= MAX_CHAIN_DEPTH) {
        for (const [rule, event] of matches)
          this.runs.push({
            ruleId: rule.id,
            taskId: event.taskId,
            at: now,
            outcome: 'loop',
            error: `the chain of rules reached depth ${MAX_CHAIN_DEPTH}`,
          });
        return;
      }
      start = pending.length;
      for (const [rule, event, facts] of matches) this.run(rule, event.taskId, now, facts);
    }
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
    if (!committed) return;
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
