import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadLocale, localeReady, onCatalogueChange, type Translate, translate } from '../i18n/catalogue.js';

export interface LocaleOptions {
  /** The host's own `locale` property, if it has one: it wins over the page's `lang`. */
  locale?(): string | undefined;
}

/**
 * What an element needs of the page's language and writing direction, seen through shadow roots:
 * a `dir` or `lang` on any ancestor applies, also across the shadow boundaries of elements that
 * contain this one (`rl-timeline` inside `rl-gantt dir="rtl"` runs right to left).
 *
 * - `dir` / `rtl`: the nearest `dir` attribute on the host or an ancestor (across shadow roots);
 *   where none is set, the host's computed CSS `direction` (a stylesheet may set it), read in the
 *   next animation frame for every element at once. Where no `dir` attribute is set on the host or
 *   any ancestor, a right-to-left `language` (Arabic, Hebrew, Persian, Urdu …) makes the host right
 *   to left: the controller sets `dir="rtl"` on it (and takes it away when the language changes
 *   back), so its layout mirrors too.
 * - `language`: the host's `locale` property if it has one, else the nearest `lang` attribute
 *   (walking out of shadow roots), else the browser's language.
 * - `firstDayOfWeek`: 0 = Sunday … 6 = Saturday, from the language's region (`Intl.Locale`'s week
 *   information), Monday where the browser has none.
 * - `t(key, params)`: a text of the message catalogue (`i18n/catalogue.ts`) in `language`. A
 *   built-in language not loaded yet is loaded on first use (English meanwhile), then the host
 *   re-renders; so does every host after `registerLocale`.
 *
 * The values are read when the host connects and again whenever a `dir` or `lang` attribute
 * changes anywhere in the document (one shared observer), then the host re-renders if they moved.
 * A `dir` set inside some other component's shadow root is not seen: call `refresh()` then.
 * Reading them never forces a style or layout computation in a render.
 */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly options: LocaleOptions;
  private direction: 'ltr' | 'rtl' = 'ltr';
  private inherited: string | undefined;
  private weekStart: { language: string; day: number } | undefined;
  /** Whether a `dir` attribute on an ancestor (or one the host was given) decides the direction. */
  private explicitDir = false;
  /** Whether this controller set the host's `dir="rtl"` (for a right-to-left language). */
  private ownDir = false;
  /** The last language asked for and the tag it gave (checked once per distinct value). */
  private checked: { asked: string; tag: string } | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: LocaleOptions = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** Stops listening to catalogue changes (while connected). */
  private unlisten: (() => void) | undefined;

  hostConnected(): void {
    connected.add(this);
    watchDocument();
    this.read();
    this.unlisten = onCatalogueChange(() => this.host.requestUpdate());
  }

  hostDisconnected(): void {
    connected.delete(this);
    if (connected.size === 0) unwatchDocument();
    this.unlisten?.();
    this.unlisten = undefined;
  }

  /**
   * Before a render: starts loading the host's language if it is built in and not loaded yet, and
   * follows a right-to-left language where no `dir` attribute decides (no style is read here).
   */
  hostUpdate(): void {
    const language = this.language;
    if (!localeReady(language)) void loadLocale(language);
    const own = !this.explicitDir && isRtlLanguage(language);
    if (own === this.ownDir) return;
    this.ownDir = own;
    if (own) {
      this.host.setAttribute('dir', 'rtl');
      this.direction = 'rtl';
    } else {
      this.host.removeAttribute('dir');
      this.direction = 'ltr';
      // The page's own direction comes back with the next read (the attribute change triggers it).
    }
  }

  /** Message `key` of the catalogue in this host's language, with `params` filled in. */
  readonly t: Translate = (key, params) => translate(this.language, key, params);

  /** The writing direction. */
  get dir(): 'ltr' | 'rtl' {
    return this.direction;
  }

  /** Whether the writing direction is right to left. */
  get rtl(): boolean {
    return this.direction === 'rtl';
  }

  /**
   * A BCP 47 language tag for `Intl` formatters, canonical (`en-US`). A value that is not a valid
   * tag (`lang="??"`, a hostile `locale`) gives the browser's language instead of an `Intl` error
   * in every render.
   */
  get language(): string {
    const asked = this.options.locale?.() || this.inherited || navigator.language || 'en';
    if (this.checked?.asked !== asked) this.checked = { asked, tag: usableTag(asked) };
    return this.checked.tag;
  }

  /** The first day of the week in the language's region: 0 = Sunday … 6 = Saturday. */
  get firstDayOfWeek(): number {
    const language = this.language;
    if (this.weekStart?.language !== language) this.weekStart = { language, day: firstDayOf(language) };
    return this.weekStart.day;
  }

  /** Reads direction and language again (after a change the shared observer cannot see). */
  refresh(): void {
    if (this.read()) this.host.requestUpdate();
  }

  /**
   * True when something changed. A `dir` attribute (on the host or an ancestor, across shadow
   * roots) decides the direction at once, without reading styles. Where none does, the computed
   * CSS `direction` (a stylesheet may set it) is read in the next animation frame, once for every
   * controller waiting, so connecting the elements of a first render forces no style computation
   * per element; a host whose direction turns out different re-renders then.
   */
  private read(): boolean {
    const attribute = nearestDir(this.host, this.ownDir);
    this.explicitDir = attribute !== undefined;
    const inherited = nearestLang(this.host);
    let direction = this.direction;
    if (attribute !== undefined) direction = attribute.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
    else if (this.ownDir) direction = 'rtl';
    else checkStyleLater(this);
    const changed = direction !== this.direction || inherited !== this.inherited;
    this.direction = direction;
    this.inherited = inherited;
    return changed;
  }

  /** Takes the computed CSS direction where no `dir` attribute decides (see {@link read}). */
  checkStyle(): void {
    if (this.explicitDir || this.ownDir || !this.host.isConnected) return;
    const direction = getComputedStyle(this.host).direction === 'rtl' ? 'rtl' : 'ltr';
    if (direction === this.direction) return;
    this.direction = direction;
    this.host.requestUpdate();
  }
}

const styleChecks = new Set<LocaleController>();

/** Queues `controller` for the next frame's batched read of computed directions. */
function checkStyleLater(controller: LocaleController): void {
  if (styleChecks.size === 0) {
    requestAnimationFrame(() => {
      const due = [...styleChecks];
      styleChecks.clear();
      for (const c of due) c.checkStyle();
    });
  }
  styleChecks.add(controller);
}

/** The nearest `lang` attribute on the element or an ancestor, crossing shadow roots outward. */
function nearestLang(element: Element): string | undefined {
  let node: Element | null = element;
  while (node) {
    const found: Element | null = node.closest('[lang]');
    if (found) return found.getAttribute('lang') || undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

/** The nearest `ltr`/`rtl` `dir` attribute on the host (unless it set it itself) or an ancestor. */
function nearestDir(host: Element, skipHost: boolean): string | undefined {
  let node: Element | null = skipHost ? parentAcrossShadow(host) : host;
  while (node) {
    const found: Element | null = node.closest('[dir="rtl" i], [dir="ltr" i]');
    if (found) return found.getAttribute('dir') ?? undefined;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return undefined;
}

function parentAcrossShadow(element: Element): Element | null {
  if (element.parentElement) return element.parentElement;
  const root = element.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Languages written right to left (by their primary subtag), where `Intl.Locale` cannot say. */
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);
const rtlCache = new Map<string, boolean>();

/** Whether `language` is written right to left (its script's direction; `Intl.Locale` text info where known). */
export function isRtlLanguage(language: string): boolean {
  let rtl = rtlCache.get(language);
  if (rtl === undefined) {
    try {
      const locale = new Intl.Locale(language) as Intl.Locale & {
        getTextInfo?(): { direction?: string };
        textInfo?: { direction?: string };
      };
      const info = locale.getTextInfo?.() ?? locale.textInfo;
      rtl = info?.direction ? info.direction === 'rtl' : RTL_LANGUAGES.has(locale.language);
    } catch {
      rtl = false;
    }
    rtlCache.set(language, rtl);
  }
  return rtl;
}

/** `asked` in canonical form, or the browser's language (else `en`) when it is not a valid tag. */
function usableTag(asked: string): string {
  for (const tag of [asked, navigator.language, 'en']) {
    try {
      const canonical = Intl.getCanonicalLocales(tag)[0];
      if (canonical) return canonical;
    } catch {
      // Not a tag: try the next.
    }
  }
  return 'en';
}

interface WeekInfo {
  firstDay: number;
}

/** `Intl.Locale`'s week information (`getWeekInfo()`, or the older `weekInfo` accessor). */
function firstDayOf(language: string): number {
  try {
    const locale = new Intl.Locale(language) as Intl.Locale & {
      getWeekInfo?(): WeekInfo;
      weekInfo?: WeekInfo;
    };
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    // Intl counts 1 = Monday … 7 = Sunday.
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay % 7;
  } catch {
    // An invalid tag falls back like a browser without week information.
  }
  return 1;
}

const connected = new Set<LocaleController>();
let observer: MutationObserver | undefined;

function watchDocument(): void {
  if (observer) return;
  observer = new MutationObserver(() => {
    for (const controller of connected) controller.refresh();
  });
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['dir', 'lang'],
    subtree: true,
  });
}

function unwatchDocument(): void {
  observer?.disconnect();
  observer = undefined;
}
