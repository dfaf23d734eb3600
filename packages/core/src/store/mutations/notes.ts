import type { Note } from '../../model/types.js';
import { entityPath } from '../check-operation.js';
import {
  copyInput,
  emitAdd,
  emitRemove,
  emitUpdate,
  idFor,
  type MutationContext,
  patchEntity,
  requireEntity,
} from './context.js';

/** A note as a host adds it; `id` and `createdAt` (now) are filled when absent. */
export type NoteInput = Omit<Note, 'id' | 'createdAt'> & { id?: string; createdAt?: string };

export function addNote(ctx: MutationContext, input: NoteInput): Readonly<Note> {
  const { copy } = copyInput(input, 'note');
  const note = { ...copy, id: idFor(ctx, 'note', copy.id) } as unknown as Note;
  if (note.createdAt === undefined) note.createdAt = ctx.now();
  return emitAdd(ctx, 'note', note);
}

export function updateNote(
  ctx: MutationContext,
  id: string,
  patch: Partial<Omit<Note, 'id'>>,
): Readonly<Note> {
  const previous = requireEntity(ctx, 'note', id);
  return emitUpdate(ctx, 'note', previous, patchEntity<Note>(previous, patch, entityPath('note', id)).next);
}

export function removeNote(ctx: MutationContext, id: string): void {
  emitRemove(ctx, 'note', requireEntity(ctx, 'note', id));
}
