import type { Message } from './message.js';

/**
 * The English messages loaded so far: each part (`en/*.ts`) adds itself when an element that
 * shows it is imported, so an entry carries the English of its own elements only.
 */
export const english: Record<string, Message> = {};

/** Adds an English part (called by the part itself). */
export function addEnglish(part: Readonly<Record<string, Message>>): void {
  Object.assign(english, part);
}
