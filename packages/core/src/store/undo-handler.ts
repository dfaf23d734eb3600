/**
 * Another history that takes over a store's undo and redo (`Project.setUndoHandler`): a
 * collaboration session's per-user undo, which reverts only this user's own changes even after
 * others edited. While one is set, `Project.undo`/`redo`/`canUndo`/`canRedo` ask it instead of the
 * store's own history, so the views' Ctrl+Z needs no change.
 */
export interface UndoHandler {
  undo(): boolean;
  redo(): boolean;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
}

/** The origins a batch applied from outside may carry (`Project.applyOperations`). */
export type AppliedOrigin = 'remote' | 'undo' | 'redo';
