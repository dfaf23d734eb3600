/**
 * One entry of a message catalogue: a text with `{name}` placeholders, or a text per plural
 * category (chosen by the `count` parameter through `Intl.PluralRules`; `other` is required, the
 * categories a language has are its own: Arabic uses all six, Japanese only `other`).
 */
export type Message = string | PluralMessage;

/** A message's texts by plural category (`Intl.PluralRules` names them). */
export interface PluralMessage {
  readonly zero?: string;
  readonly one?: string;
  readonly two?: string;
  readonly few?: string;
  readonly many?: string;
  readonly other: string;
}

/** The values of a message's placeholders; numbers are written in the message's language. */
export type MessageParams = Readonly<Record<string, string | number>>;
