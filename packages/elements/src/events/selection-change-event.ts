/**
 * The selected task ids after a user action, in selection order. The cancelable
 * `rl-before-selection-change` carries the proposed selection; `rl-selection-change` the one
 * now in effect.
 */
export interface SelectionChangeDetail {
  readonly selection: readonly string[];
  /** The selected dependency, when the user selected a link instead of tasks. */
  readonly dependencyId?: string;
}

/** `rl-selection-change`: the user changed the selection. */
export type RlSelectionChangeEvent = CustomEvent<SelectionChangeDetail>;
/** `rl-before-selection-change`: the selection is about to change; cancel to veto. */
export type RlBeforeSelectionChangeEvent = CustomEvent<SelectionChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-selection-change': RlSelectionChangeEvent;
    'rl-before-selection-change': RlBeforeSelectionChangeEvent;
  }
}
