import type { Note } from '../../model/types.js';
import type { MutationContext } from './context.js';
import { addEntity, dropEntity, updateEntity } from './entity.js';

/** A note as a host adds it; `id` and `createdAt` (now) are filled when absent. */
export type NoteInput = Omit<Note, 'id' | 'createdAt'> & { id?: string; createdAt?: string };

export function addNote(ctx: MutationContext, input: NoteInput): Readonly<Note> {
  return addEntity(ctx, 'note', input as Omit<Note, 'id'>, (note) => {
    if (note.createdAt === undefined) note.createdAt = ctx.now();
  });
}

export function updateNote(
  ctx: MutationContext,
  id: string,
  patch: Partial<Omit<Note, 'id'>>,
): Readonly<Note> {
  return updateEntity(ctx, 'note', id, patch);
}

export function removeNote(ctx: MutationContext, id: string): void {
  dropEntity(ctx, 'note', id);
}
