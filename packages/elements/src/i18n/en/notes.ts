import { addEnglish } from '../english.js';
import type { Message } from '../message.js';

/** English: The notes widget. */
export const notes = {
  'widget.notes': 'Notes',
  'notes.add': 'Add note',
  'notes.none': 'No notes.',
  'notes.empty': 'Write the note first: a note cannot be empty.',
  'notes.colorNote': '{color} note',
  'notes.on': 'on',
  'notes.edit': 'Edit',
  'notes.editNamed': 'Edit note “{text}”',
  'notes.delete': 'Delete',
  'notes.deleteNamed': 'Delete note “{text}”',
  'notes.added': 'Note added.',
  'notes.saved': 'Note saved.',
  'notes.deleted': 'Note deleted.',
  'notes.new': 'New note',
  'notes.editForm': 'Edit note',
  'notes.text': 'Note',
  'notes.keys': 'Enter saves, Shift and Enter start a new line, Escape cancels.',
  'notes.colorLegend': 'Color',
  'notes.attachedTo': 'Attached to',
  'notes.findLabel': 'Find a task to attach to',
  'notes.find': 'Find a task',
  'notes.wholeProject': 'The dashboard (whole project)',
  'notes.moreTasks': '{shown} of {count} tasks shown; type to find others.',
  'notes.save': 'Save',
  'notes.cancel': 'Cancel',
  'notes.color.accent': 'Blue',
  'notes.color.success': 'Green',
  'notes.color.warning': 'Amber',
  'notes.color.danger': 'Red',
  'notes.color.muted': 'Gray',
} satisfies Record<string, Message>;

addEnglish(notes);
