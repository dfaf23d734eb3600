/**
 * `ScheduleResult.tasks` without a million objects: a `Map` whose entries are made from the
 * engine's typed arrays when they are first read. A full schedule of a large project then costs
 * no per-task allocation; a view that reads a few hundred visible tasks makes a few hundred.
 */
import type { ScheduledTask } from '../model/types.js';
import type { WallTimeCache } from '../time/wall-cache.js';

/** The reported values a {@link ScheduledTaskMap} reads; never written once handed over. */
export interface ReportedValues {
  /** Task ids by task number, and the reverse index. */
  readonly ids: readonly string[];
  readonly index: ReadonlyMap<string, number>;
  /** Six instants per task: start, end, early start, early end, late start, late end. */
  readonly out: Float64Array;
  readonly total: Float64Array;
  readonly free: Float64Array;
  /** Formats instants; shared with the computation that made the values (it only grows). */
  readonly cache: WallTimeCache;
}

/** Makes task `i`'s {@link ScheduledTask} from reported values. */
export function reportedTask(values: ReportedValues, i: number): ScheduledTask {
  const { out, cache } = values;
  const at = i * 6;
  const total = values.total[i] as number;
  return {
    id: values.ids[i] as string,
    start: cache.format(out[at] as number),
    end: cache.format(out[at + 1] as number),
    earlyStart: cache.format(out[at + 2] as number),
    earlyEnd: cache.format(out[at + 3] as number),
    lateStart: cache.format(out[at + 4] as number),
    lateEnd: cache.format(out[at + 5] as number),
    totalSlack: total,
    freeSlack: values.free[i] as number,
    critical: total <= 0,
  };
}

/**
 * Task objects made on first read and kept, so that reading a task twice gives the same object.
 * The store's scheduler keeps one over its live values and forgets the tasks a change touches.
 */
export class ReportedTasks {
  readonly values: ReportedValues;
  #made: (ScheduledTask | undefined)[] | undefined;

  constructor(values: ReportedValues) {
    this.values = values;
  }

  /** Task `i`'s object, made now if it was not yet. */
  at(i: number): ScheduledTask {
    this.#made ??= new Array<ScheduledTask | undefined>(this.values.ids.length);
    let task = this.#made[i];
    if (task === undefined) {
      task = reportedTask(this.values, i);
      this.#made[i] = task;
    }
    return task;
  }

  /** Drops task `i`'s object: its values changed. */
  forget(i: number): void {
    if (this.#made !== undefined) this.#made[i] = undefined;
  }
}

/**
 * A `Map<string, ScheduledTask>` in task order whose entries are made on first read. Reading
 * (`get`, `has`, `size`, iteration, `forEach`) never materializes more than it returns; the first
 * `set`, `delete` or `clear` copies every entry into the map's own storage and from then on it is
 * an ordinary `Map`. Built-ins that read a `Map`'s internal slots directly (`structuredClone`,
 * `postMessage`, `Map.prototype.get.call`) see that storage, empty until then: pass
 * `new Map(result.tasks)` across threads.
 */
export class ScheduledTaskMap extends Map<string, ScheduledTask> {
  #lazy: ReportedTasks | undefined;

  constructor(values: ReportedValues) {
    super();
    this.#lazy = new ReportedTasks(values);
  }

  override get size(): number {
    return this.#lazy === undefined ? super.size : this.#lazy.values.ids.length;
  }

  override get(id: string): ScheduledTask | undefined {
    const lazy = this.#lazy;
    if (lazy === undefined) return super.get(id);
    const i = lazy.values.index.get(id);
    return i === undefined ? undefined : lazy.at(i);
  }

  override has(id: string): boolean {
    return this.#lazy === undefined ? super.has(id) : this.#lazy.values.index.has(id);
  }

  override set(id: string, task: ScheduledTask): this {
    this.#materialize();
    return super.set(id, task);
  }

  override delete(id: string): boolean {
    this.#materialize();
    return super.delete(id);
  }

  override clear(): void {
    this.#lazy = undefined;
    super.clear();
  }

  override forEach(
    callback: (task: ScheduledTask, id: string, map: Map<string, ScheduledTask>) => void,
    thisArg?: unknown,
  ): void {
    for (const [id, task] of this.entries()) callback.call(thisArg, task, id, this);
  }

  override *entries(): MapIterator<[string, ScheduledTask]> {
    const lazy = this.#lazy;
    if (lazy === undefined) {
      yield* super.entries();
      return;
    }
    const ids = lazy.values.ids;
    for (let i = 0; i < ids.length; i++) yield [ids[i] as string, lazy.at(i)];
  }

  override *keys(): MapIterator<string> {
    const lazy = this.#lazy;
    if (lazy === undefined) {
      yield* super.keys();
      return;
    }
    yield* lazy.values.ids;
  }

  override *values(): MapIterator<ScheduledTask> {
    const lazy = this.#lazy;
    if (lazy === undefined) {
      yield* super.values();
      return;
    }
    for (let i = 0; i < lazy.values.ids.length; i++) yield lazy.at(i);
  }

  override [Symbol.iterator](): MapIterator<[string, ScheduledTask]> {
    return this.entries();
  }

  /** Node's `util.inspect` (console.log) reads internal slots too; show the entries instead. */
  [Symbol.for('nodejs.util.inspect.custom')](): Map<string, ScheduledTask> {
    return new Map(this.entries());
  }

  #materialize(): void {
    const lazy = this.#lazy;
    if (lazy === undefined) return;
    this.#lazy = undefined;
    const ids = lazy.values.ids;
    for (let i = 0; i < ids.length; i++) super.set(ids[i] as string, lazy.at(i));
  }
}
