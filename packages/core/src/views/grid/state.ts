/**
 * How every slice of the grid model is owned, in the manner of TanStack Table: a slice is
 * uncontrolled (the model keeps it) unless the host passes it in, and every change is offered to
 * the host as an {@link Updater} through the slice's `onChange`, so a host can adopt it, rewrite
 * it or ignore it. Nothing here knows what a slice holds.
 */

/** A new value, or a function of the old one that returns the new one. */
export type Updater<T> = T | ((old: T) => T);

/** A slice's change callback: the model hands it an updater, never a half-applied state. */
export type OnChange<T> = (updater: Updater<T>) => void;

/** Applies an updater to a value. */
export function functionalUpdate<T>(updater: Updater<T>, old: T): T {
  return typeof updater === 'function' ? (updater as (old: T) => T)(old) : updater;
}

/** What a host may pass for one slice: its value (then it is controlled) and a change callback. */
export interface SliceOptions<T> {
  /** The slice's value; when given, the slice is controlled and changes only through the host. */
  state?: T;
  onChange?: OnChange<T>;
}

/** One slice's value and setter, controlled or not. */
export interface Slice<T> {
  /** The value now: the host's when controlled, else the model's own. */
  get(): T;
  /** Offers a change: told to `onChange`, and kept by the slice itself when uncontrolled. */
  set(updater: Updater<T>): void;
  /** Whether the host owns the value. */
  readonly controlled: boolean;
}

/**
 * A slice over options read on every call (a host's properties change between calls). An
 * uncontrolled slice starts at `initial` and keeps what `set` gives it; a controlled one reads
 * `options().state` and leaves `set` to the host's `onChange`.
 */
export function createSlice<T>(initial: T, options: () => SliceOptions<T> = () => ({})): Slice<T> {
  let own = initial;
  return {
    get: () => {
      const state = options().state;
      return state !== undefined ? state : own;
    },
    set: (updater) => {
      const opts = options();
      if (opts.state === undefined) own = functionalUpdate(updater, own);
      opts.onChange?.(updater);
    },
    get controlled() {
      return options().state !== undefined;
    },
  };
}
