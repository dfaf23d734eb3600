import type { Project } from '@roadline/core';
import { noteColorCss } from './note-colors.js';

/** How many notes a task has, and the CSS color of its latest colored one (`undefined`: none has a color). */
export interface NoteMark {
  readonly count: number;
  readonly color: string | undefined;
}

interface Index {
  readonly version: number;
  readonly marks: ReadonlyMap<string, NoteMark>;
}

const indexes = new WeakMap<Project, Index>();

/**
 * The note mark of a task, for the count badges on bars and cards: one pass over the project's
 * notes per store version (shared by every view of the store), then a map lookup per task, so a
 * frame that draws many bars never scans the notes per bar.
 */
export function noteMark(project: Project, taskId: string): NoteMark | undefined {
  let index = indexes.get(project);
  if (index === undefined || index.version !== project.version) {
    const marks = new Map<string, NoteMark>();
    for (const note of project.notes()) {
      if (note.taskId === undefined) continue;
      const was = marks.get(note.taskId);
      // Notes come in creation order: the latest one's color stands for the task.
      marks.set(note.taskId, { count: (was?.count ?? 0) + 1, color: noteColorCss(note.color) ?? was?.color });
    }
    index = { version: project.version, marks };
    indexes.set(project, index);
  }
  return index.marks.get(taskId);
}
