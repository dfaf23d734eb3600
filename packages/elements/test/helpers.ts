/**
 * Shared helpers of the element suites: mount in a theme, wait for an event, assert accessibility
 * with axe-core, and collect Lit's dev-mode warnings so a suite can require none.
 */
import { fixture, fixtureCleanup } from '@open-wc/testing';
import 'axe-core';
import type * as Axe from 'axe-core';
import type { TemplateResult } from 'lit';
import { applyTheme, type ThemeName } from '../src/classes.js';

/** axe-core is a UMD script: imported for its side effect, it sets `window.axe`. */
declare const axe: typeof Axe;

let removeTheme: (() => void) | undefined;

/** Mounts a template with a theme adopted on the document; cleans both up with {@link cleanup}. */
export async function mount<T extends Element>(
  template: TemplateResult,
  theme: ThemeName = 'light',
): Promise<T> {
  removeTheme?.();
  removeTheme = applyTheme(theme);
  const el = await fixture<T>(template);
  if ('updateComplete' in el) await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  return el;
}

export function cleanup(): void {
  fixtureCleanup();
  removeTheme?.();
  removeTheme = undefined;
}

/** Runs `action` and resolves with the first `type` event `target` dispatches; fails after 2 s. */
export function expectEvent<E extends Event = CustomEvent>(
  target: EventTarget,
  type: string,
  action: () => unknown,
): Promise<E> {
  return new Promise<E>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`expected a ${type} event`)), 2000);
    target.addEventListener(
      type,
      (event) => {
        clearTimeout(timer);
        resolve(event as E);
      },
      { once: true },
    );
    Promise.resolve()
      .then(action)
      .catch((error: unknown) => {
        clearTimeout(timer);
        reject(error);
      });
  });
}

/** Fails with the list of axe-core violations found in `root`, if any. */
export async function expectAccessible(root: Element): Promise<void> {
  const result = await axe.run(root, { resultTypes: ['violations'] });
  if (result.violations.length > 0) {
    const lines = result.violations.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    throw new Error(`axe found ${result.violations.length} violation(s):\n${lines.join('\n')}`);
  }
}

/**
 * Collects Lit dev-mode warnings (`console.warn` calls that Lit makes about misuse, such as a
 * change-in-update) while a suite runs. Call `start()` before and `stop()` after; `stop` returns them.
 */
export function litWarnings(): { start(): void; stop(): string[] } {
  const original = console.warn;
  let seen: string[] = [];
  return {
    start() {
      seen = [];
      console.warn = (...args: unknown[]) => {
        const text = args.map(String).join(' ');
        if (!text.includes('Lit is in dev mode')) seen.push(text);
        original.apply(console, args);
      };
    },
    stop() {
      console.warn = original;
      return seen;
    },
  };
}

/**
 * Counts a store's live subscriptions, for mount/unmount leak checks: wraps `project.subscribe` so
 * every subscription and every unsubscribe is seen. Read `active` after unmounting.
 */
export function trackSubscriptions(project: { subscribe(listener: never): () => void }): {
  readonly active: number;
} {
  let active = 0;
  const subscribe = project.subscribe.bind(project) as (listener: never) => () => void;
  project.subscribe = (listener: never) => {
    active++;
    const unsubscribe = subscribe(listener);
    return () => {
      active--;
      unsubscribe();
    };
  };
  return {
    get active() {
      return active;
    },
  };
}
