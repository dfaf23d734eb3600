import { writesPlain } from './plain-number.js';
import type { MessageKey, Messages } from './en.js';
import './en/common.js';
import { english } from './english.js';
import { BUILT_IN } from './locale-loaders.js';
import type { Message, MessageParams } from './message.js';

/**
 * The message catalogue of the element layer: every text an element shows or announces is looked
 * up here by key, in the element's language (its `LocaleController`).
 *
 * - English is built in: each element bundles the English of what it shows (`en/*.ts`, one part
 *   per view, each registering itself); `de`, `fr`, `es`, `ja` and `ar` are built in and loaded on
 *   first use (one `import()` per language, so an English page never downloads them).
 * - `registerLocale(tag, messages)` adds a language or overrides entries of one.
 * - A language falls back along its tag, then to English: `de-AT` → `de-at`, `de`, `en`.
 * - A message is a text with `{name}` placeholders or a text per plural category (see `Message`).
 */

/** A message of the catalogue in one language (`LocaleController.t`). */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** The languages built in: English and those loaded on demand. */
export const BUILT_IN_LOCALES: readonly string[] = ['en', ...Object.keys(BUILT_IN)];

/** Languages the host registered or that were loaded (English here holds only a host's overrides). */
const registered = new Map<string, Partial<Messages>>();
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();
let version = 0;

/**
 * Adds the messages of a language (a BCP 47 tag: `pt-BR`, `nl`), or overrides entries of one
 * already known, built-in ones included. Missing keys fall back along the tag, then to English.
 * Every connected element re-renders in it if it is their language.
 */
export function registerLocale(tag: string, messages: Partial<Readonly<Record<MessageKey, Message>>>): void {
  const key = normalized(tag);
  registered.set(key, { ...registered.get(key), ...messages });
  changed();
}

/** Loads the built-in languages on `tag`'s fallback chain that are not loaded yet. */
export function loadLocale(tag: string): Promise<void> {
  return Promise.all(chainOf(tag).map(loadOne)).then(() => undefined);
}

/** Whether every built-in language on `tag`'s fallback chain is loaded (or asked for). */
export function localeReady(tag: string): boolean {
  if (tag === lastReady) return true;
  const ready = chainOf(tag).every((t) => !(t in BUILT_IN) || loaded.has(t));
  if (ready) lastReady = tag;
  return ready;
}
let lastReady = 'en';

/** Counts catalogue changes (a language loaded or registered): a render key for cached views. */
export function catalogueVersion(): number {
  return version;
}

/** Calls `listener` after every catalogue change; returns the function that stops it. */
export function onCatalogueChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** `de-AT` → `['de-at', 'de', 'en']`: the tag, each shorter prefix, then English. */
export function chainOf(tag: string): string[] {
  const parts = normalized(tag).split('-');
  const chain: string[] = [];
  for (let n = parts.length; n > 0; n--) chain.push(parts.slice(0, n).join('-'));
  if (chain[chain.length - 1] !== 'en') chain.push('en');
  return chain;
}

/**
 * The text of message `key` in language `tag` with `params` filled in. A built-in language not yet
 * loaded gives English until it is (`loadLocale`, which `LocaleController` starts by itself).
 */
export function translate(tag: string, key: MessageKey, params?: MessageParams): string {
  const message = lookup(tag, key);
  const text = typeof message === 'string' ? message : pluralText(tag, message, params?.count);
  return params ? fill(tag, text, params) : text;
}

const loaded = new Set<string>();

function loadOne(tag: string): Promise<void> {
  const load = BUILT_IN[tag];
  if (!load || loaded.has(tag)) return Promise.resolve();
  let pending = loading.get(tag);
  if (!pending) {
    loaded.add(tag);
    pending = load().then(
      ({ messages }) => {
        // Entries the host registered before the language arrived stay on top.
        registered.set(tag, { ...messages, ...registered.get(tag) });
        changed();
      },
      () => {
        // Unreachable chunk (offline): the language stays English.
      },
    );
    loading.set(tag, pending);
  }
  return pending;
}

function changed(): void {
  version++;
  chains.clear();
  for (const listener of listeners) listener();
}

/** Per language tag, the catalogues of its chain in order (rebuilt after a change). */
const chains = new Map<string, Partial<Messages>[]>();

function lookup(tag: string, key: MessageKey): Message {
  let chain = chains.get(tag);
  if (!chain) {
    chain = chainOf(tag).flatMap((t) => registered.get(t) ?? []);
    chains.set(tag, chain);
  }
  for (const messages of chain) {
    const message = messages[key];
    if (message !== undefined) return message;
  }
  return english[key] ?? key;
}

function pluralText(
  tag: string,
  message: Exclude<Message, string>,
  count: string | number | undefined,
): string {
  if (typeof count !== 'number') return message.other;
  // An exact 0 reads "no …" where a language has a `zero` text, whatever its rules call 0.
  if (count === 0 && message.zero !== undefined) return message.zero;
  // English whole numbers need no rules object (a page's first one costs milliseconds).
  if (/^en(-|$)/i.test(tag) && Number.isInteger(count)) return (Math.abs(count) === 1 && message.one) || message.other;
  return message[pluralRules(tag).select(count)] ?? message.other;
}

function fill(tag: string, text: string, params: MessageParams): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number'
      ? writesPlain(tag, value)
        ? String(value)
        : numberFormat(tag).format(value)
      : value;
  });
}

// Each made on first use per tag: creating one loads locale data (milliseconds on a first render).
const pluralCache = new Map<string, Intl.PluralRules>();
const numberCache = new Map<string, Intl.NumberFormat>();

function pluralRules(tag: string): Intl.PluralRules {
  let rules = pluralCache.get(tag);
  if (!rules) {
    rules = new Intl.PluralRules(intlTag(tag));
    pluralCache.set(tag, rules);
  }
  return rules;
}

function numberFormat(tag: string): Intl.NumberFormat {
  let format = numberCache.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(intlTag(tag));
    numberCache.set(tag, format);
  }
  return format;
}

/** `tag` for `Intl`, or English rules when it is not a valid tag. */
function intlTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function normalized(tag: string): string {
  return tag.trim().toLowerCase().replace(/_/g, '-');
}
