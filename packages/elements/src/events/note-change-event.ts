import type { Note } from '@roadline/core';

/**
 * A note as a change carries it. Before an add, the store has not made it yet: it has no `id`
 * (the store's `idFactory` makes one) and no `createdAt`; `rl-note-change` carries both.
 */
export type NoteChangeNote = Omit<Note, 'id' | 'createdAt'> & { id?: string; createdAt?: string };

/**
 * A note the user added, edited or deleted (in `rl-notes`). The same detail travels in the
 * cancelable `rl-before-note-change` (the store has not changed yet; `preventDefault()` vetoes
 * it) and in `rl-note-change` (the change is in the store, as one transaction: one undo step).
 */
export interface NoteChangeDetail {
  readonly kind: 'add' | 'update' | 'remove';
  /** The note's id; absent before an add (the store makes it), as `taskId` is before a task is made. */
  readonly noteId?: string | undefined;
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
