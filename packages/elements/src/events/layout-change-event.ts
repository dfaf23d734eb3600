import type { DashboardConfig, DashboardWidget } from '../widget/dashboard-layout.js';

/**
 * A dashboard's layout was changed by the user (a widget moved or resized, by pointer or by
 * keyboard): the whole new configuration, ready to persist. The same detail travels in the
 * cancelable `rl-before-layout-change` and in `rl-layout-change`. Layout is view state (the
 * dashboard's `config`), not project data.
 */
export interface LayoutChangeDetail {
  readonly config: DashboardConfig;
  readonly previous: DashboardConfig;
  /** The widget the user moved or resized, as it is now. */
  readonly widget: DashboardWidget;
  readonly via: 'pointer' | 'keyboard';
}

/** `rl-layout-change`: the dashboard layout changed. */
export type RlLayoutChangeEvent = CustomEvent<LayoutChangeDetail>;
/** `rl-before-layout-change`: the layout is about to change; cancel to veto. */
export type RlBeforeLayoutChangeEvent = CustomEvent<LayoutChangeDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'rl-layout-change': RlLayoutChangeEvent;
    'rl-before-layout-change': RlBeforeLayoutChangeEvent;
  }
}
