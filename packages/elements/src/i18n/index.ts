/**
 * The element layer's translations: add a language or override messages with `registerLocale`,
 * preload one with `loadLocale`. Import this entry (`./i18n`) without pulling in any element.
 */
export { BUILT_IN_LOCALES, loadLocale, registerLocale } from './catalogue.js';
export type { MessageKey, Messages } from './en.js';
export type { Message, MessageParams, PluralMessage } from './message.js';
