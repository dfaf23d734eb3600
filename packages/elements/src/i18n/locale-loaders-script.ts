import type { Messages } from './en.js';

/**
 * The built-in languages of the script-tag bundle (`roadline.js`, one file that cannot split):
 * each is the package's own module `i18n/locales/<tag>.js` beside the bundle, loaded by `import()`
 * relative to the bundle's URL on first use, so the bundle itself carries English only.
 */
const base = (document.currentScript as HTMLScriptElement | null)?.src || document.baseURI;

const load = (tag: string) => (): Promise<{ readonly messages: Messages }> =>
  import(/* @vite-ignore */ new URL(`i18n/locales/${tag}.js`, base).href);

export const BUILT_IN: Readonly<Record<string, () => Promise<{ readonly messages: Messages }>>> = {
  de: load('de'),
  fr: load('fr'),
  es: load('es'),
  ja: load('ja'),
  ar: load('ar'),
};
