import type { Note } from '@roadline/core';

/**
 * A note as a change carries it. Before an add, the store has not stamped it yet, so `createdAt`
 * is present only in `rl-note-change` (and for updates and removals, which name a stored note).
 */
export type NoteChangeNote = Omit<Note, 'createdAt'> & { createdAt?: string };

/**
 * A note the user added, edited or deleted (in `rl-notes`). The same detail travels in the
 * cancelable `rl-before-note-change` (the store has not changed yet; `preventDefault()` vetoes
 * it) and in `rl-note-change` (the change is in the store, as one transaction: one undo step).
 */
export interface NoteChangeDetail {
  readonly kind: 'add' | 'update' | 'remove';
  readonly noteId: string;
  /** The note as it will be (before) or is (after) an add or update; as it was for a removal. */
  readonly note: Readonly<NoteChangeNote>;
  /** The note before an update or a removal. */
  readonly previous?: Readonly<Note> | undefined;
}

/** `rl-note-change`: a note was added, edited or deleted by the user. */
export type RlNoteChangeEvent = CustomEvent<NoteChangeDetail>;
/** `rl-before-note-change`: a note is about to be added, edited or deleted; cancel to veto. */
export type RlBeforeNoteChangeEvent = CustomEvent<NoteChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-note-change': RlNoteChangeEvent;
    'rl-before-note-change': RlBeforeNoteChangeEvent;
  }
}
