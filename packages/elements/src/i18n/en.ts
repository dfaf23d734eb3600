import type { en } from './en/all.js';
import type { Message } from './message.js';

/** A key of the message catalogue (the English parts in `en/` define them). */
export type MessageKey = keyof typeof en;

/** A whole catalogue: a built-in language has every key (a missing one fails the type check). */
export type Messages = Readonly<Record<MessageKey, Message>>;
