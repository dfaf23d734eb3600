import type { Operation } from '../model/operations.js';
import type { Task } from '../model/types.js';
import { formatWallTime } from '../time/wall-time.js';
import type { EngineHost } from './host.js';
import { MomentHeap } from './moment-heap.js';
import { momentOf } from './time-triggers.js';
import type { AutomationRule, FiredRecord } from '../model/automation.js';

/** One time rule's pending moments, as built for this very rule object (an edit replaces it). */
interface RuleMoments {
  rule: Readonly<AutomationRule>;
  heap: MomentHeap;
}

/**
 * The index of due moments behind `tick`: per enabled time rule, a min-heap of the moment each
 * task's trigger comes that has not fired yet, so a tick pops only what is due instead of
 * computing every (rule, task) moment.
 *
 * Invariant: for every time rule and task whose current moment `m` is defined and not recorded as
 * fired, the rule's heap holds `(m, task)`. It may hold more (stale entries of moments that moved,
 * duplicates): a popped entry is checked against the task's moment now, so extra entries cost a
 * pop and never fire anything.
 *
 * What moves a moment: the task itself (a task operation), its scheduled dates (any change that
 * reschedules; found by comparing the dates with a copy taken at the last tick), the status
 * catalogue (whether a status counts as done: everything is rebuilt), the rule (a new rule
 * object: that rule is rebuilt) and its fired record (an undo or a remote tick: the tasks whose
 * entry changed). Committed batches only mark; the work happens at the next tick, so a store
 * that never ticks pays nothing but the marking, and one that never ticked pays nothing at all.
 */
export class DueIndex {
  private readonly byRule = new Map<string, RuleMoments>();
  /** Everything must be rebuilt (never built yet, or a change the marks do not cover). */
  private stale = true;
  /** Tasks whose moments may have moved since the last sync. */
  private readonly dirty = new Set<string>();
  /** Some change may have moved scheduled dates since the last sync. */
  private scheduleMoved = false;
  /** The scheduled start and end per task (of `spanIds`) at the last sync, NaN without. */
  private spanIds: readonly string[] = [];
  private spanStart = new Float64Array(0);
  private spanEnd = new Float64Array(0);
  /** A tick's transaction is open (its fired records need no marks). */
  ticking = false;
  /** Moments as fired-record keys, kept for one sync or take. */
  private readonly keys = new Map<number, string>();

  constructor(private readonly host: EngineHost) {}

  /** Marks what a committed batch (of any origin) may have moved. */
  observe(operations: readonly Operation[]): void {
    if (this.stale) return;
    for (const op of operations) {
      switch (op.entity) {
        case 'task':
          if (movesMoment(op as Operation<Task>)) this.dirty.add(op.id);
          this.scheduleMoved = true;
          break;
        case 'fired':
          // A tick's own records match what it took from the heaps.
          if (!this.ticking) this.firedChanged(op as Operation<FiredRecord>);
          break;
        case 'status':
          this.invalidate();
          return;
        case 'automation':
        case 'note':
        case 'baseline':
          break;
        default:
          this.scheduleMoved = true;
      }
    }
    // A large change is cheaper to rebuild than to mark task by task.
    if (this.dirty.size > 4096 && this.dirty.size > this.host.store.taskIds().length >> 2) this.invalidate();
    else if (this.scheduleMoved && this.host.store.scheduleKind() === 'text') this.invalidate();
  }

  /** Forgets everything: the next sync rebuilds. */
  invalidate(): void {
    this.stale = true;
    this.dirty.clear();
    this.scheduleMoved = false;
  }

  /** Brings the heaps of `rules` (the enabled time rules, in order) up to date with the store. */
  sync(rules: readonly Readonly<AutomationRule>[]): void {
    const store = this.host.store;
    const order = store.taskIds();
    if (this.stale) {
      this.byRule.clear();
      this.dirty.clear();
      this.scheduleMoved = false;
      if (rules.some(readsSchedule)) this.copySpans(order);
      for (const rule of rules) this.build(rule, order);
      this.stale = false;
      this.keys.clear();
      return;
    }
    if (this.scheduleMoved && rules.some(readsSchedule)) this.compareSpans(order);
    this.scheduleMoved = false;
    const fresh = new Set<string>();
    for (const rule of rules) {
      const held = this.byRule.get(rule.id);
      // An edited rule is a new object; a heap grown with stale entries is rebuilt too.
      if (held === undefined || held.rule !== rule || held.heap.size > 2 * order.length + 1024) {
        this.build(rule, order);
        fresh.add(rule.id);
      }
    }
    if (this.byRule.size > rules.length) {
      const live = new Set(rules.map((r) => r.id));
      for (const id of Array.from(this.byRule.keys())) if (!live.has(id)) this.byRule.delete(id);
    }
    if (this.dirty.size > 0) {
      for (const taskId of this.dirty) {
        const task = store.task(taskId);
        if (task === undefined) continue;
        for (const rule of rules) {
          if (fresh.has(rule.id)) continue;
          const moment = momentOf(rule, task, this.host);
          if (moment !== undefined && !this.fired(rule.id, taskId, moment))
            (this.byRule.get(rule.id) as RuleMoments).heap.push(moment, taskId);
        }
      }
      this.dirty.clear();
    }
    this.keys.clear();
  }

  /**
   * Takes the tasks whose moment for `rule` is at or before `at` and has not fired (after
   * {@link sync}), in WBS order, with the fired-record key of each. Call {@link invalidate} if the
   * tick does not commit.
   */
  take(rule: Readonly<AutomationRule>, at: number): { ids: string[]; added: Record<string, string> } {
    const heap = this.byRule.get(rule.id)?.heap;
    const ids: string[] = [];
    const added: Record<string, string> = Object.create(null);
    if (heap === undefined || heap.peek() > at) return { ids, added };
    const store = this.host.store;
    while (heap.peek() <= at) {
      const taskId = heap.pop();
      if (added[taskId] !== undefined) continue;
      const task = store.task(taskId);
      if (task === undefined) continue;
      const moment = momentOf(rule, task, this.host);
      // A stale entry: the task's current moment is elsewhere in the heap (or it has none).
      if (moment === undefined || moment > at) continue;
      const key = this.key(moment);
      if (store.fired(rule.id)?.tasks[taskId] === key) continue;
      ids.push(taskId);
      added[taskId] = key;
    }
    this.keys.clear();
    if (ids.length > 1) {
      const position = new Map<string, number>();
      for (const id of ids) position.set(id, store.wbsPosition(id));
      ids.sort((a, b) => (position.get(a) as number) - (position.get(b) as number));
    }
    return { ids, added };
  }

  /** Fills the rule's heap from every task. */
  private build(rule: Readonly<AutomationRule>, order: readonly string[]): void {
    const store = this.host.store;
    const fired = store.fired(rule.id)?.tasks;
    const moments: number[] = [];
    const ids: string[] = [];
    for (let i = 0; i < order.length; i++) {
      const taskId = order[i] as string;
      const moment = momentOf(rule, store.task(taskId) as Readonly<Task>, this.host, i);
      if (moment === undefined) continue;
      const was = fired?.[taskId];
      if (was !== undefined && was === this.key(moment)) continue;
      moments.push(moment);
      ids.push(taskId);
    }
    const heap = new MomentHeap();
    heap.reset(moments, ids);
    this.byRule.set(rule.id, { rule, heap });
  }

  private fired(ruleId: string, taskId: string, moment: number): boolean {
    const was = this.host.store.fired(ruleId)?.tasks[taskId];
    return was !== undefined && was === this.key(moment);
  }

  private key(moment: number): string {
    let key = this.keys.get(moment);
    if (key === undefined) {
      key = formatWallTime(moment);
      this.keys.set(moment, key);
    }
    return key;
  }

  /** A fired record changed (a tick, its undo, a peer's tick): its changed entries are dirty. */
  private firedChanged(op: Operation<FiredRecord>): void {
    const before = op.before?.tasks;
    const after = op.after?.tasks;
    if (before !== undefined)
      for (const id of Object.keys(before)) if (after?.[id] !== before[id]) this.dirty.add(id);
    if (after !== undefined)
      for (const id of Object.keys(after)) if (before?.[id] !== after[id]) this.dirty.add(id);
  }

  private copySpans(order: readonly string[]): void {
    const n = order.length;
    const start = new Float64Array(n);
    const end = new Float64Array(n);
    const store = this.host.store;
    for (let i = 0; i < n; i++) {
      const span = store.scheduledSpan?.(order[i] as string, i);
      start[i] = span === undefined ? Number.NaN : span.start;
      end[i] = span === undefined ? Number.NaN : span.end;
    }
    this.spanIds = order;
    this.spanStart = start;
    this.spanEnd = end;
  }

  /** Marks the tasks whose scheduled dates differ from the copy, then takes a new copy. */
  private compareSpans(order: readonly string[]): void {
    const was = this.spanIds;
    const wasStart = this.spanStart;
    const wasEnd = this.spanEnd;
    let position: Map<string, number> | undefined;
    if (order !== was) {
      position = new Map();
      for (let j = 0; j < was.length; j++) position.set(was[j] as string, j);
    }
    this.copySpans(order);
    const start = this.spanStart;
    const end = this.spanEnd;
    for (let i = 0; i < order.length; i++) {
      const j = position === undefined ? i : position.get(order[i] as string);
      if (
        j === undefined ||
        !same(start[i] as number, wasStart[j] as number) ||
        !same(end[i] as number, wasEnd[j] as number)
      )
        this.dirty.add(order[i] as string);
    }
  }
}

/**
 * Whether a task operation may move the task's moments by itself: an added or removed task, or
 * a change of its status (done or not), its custom fields (date fields) or its stored dates.
 * Whatever reschedules it is found by comparing scheduled dates.
 */
function movesMoment(op: Operation<Task>): boolean {
  const before = op.before;
  const after = op.after;
  if (before === undefined || after === undefined) return true;
  return (
    before.status !== after.status ||
    before.fields !== after.fields ||
    before.start !== after.start ||
    before.end !== after.end
  );
}

/** Whether a time rule's moment reads the scheduled dates. */
function readsSchedule(rule: Readonly<AutomationRule>): boolean {
  const when = rule.when;
  return (
    when.type === 'task-late' ||
    (when.type === 'date-arrived' && (when.field === 'start' || when.field === 'end'))
  );
}

function same(a: number, b: number): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}
