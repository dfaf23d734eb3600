/**
 * Keys that must never become property names of a plain object built from host input: assigning
 * them can replace an object's prototype (`__proto__`) or shadow what every object inherits.
 */
export const UNSAFE_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/**
 * Whether `key` may be used as an id or a record key. Ids become keys of records such as a
 * baseline's `tasks` and a task's `fields`, so the same rule covers both.
 */
export function isSafeKey(key: string): boolean {
  return key !== '__proto__' && key !== 'constructor' && key !== 'prototype';
}
