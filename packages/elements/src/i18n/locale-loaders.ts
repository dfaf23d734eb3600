import type { Messages } from './en.js';

/**
 * The built-in languages beyond English, each loaded by its own `import()`: a bundler makes each a
 * chunk of its own that only a page using the language downloads. (The script-tag bundle, which
 * cannot split, swaps this module for `locale-loaders-script.ts`.)
 */
export const BUILT_IN: Readonly<Record<string, () => Promise<{ readonly messages: Messages }>>> = {
  de: () => import('./locales/de.js'),
  fr: () => import('./locales/fr.js'),
  es: () => import('./locales/es.js'),
  ja: () => import('./locales/ja.js'),
  ar: () => import('./locales/ar.js'),
};
