/**
 * The element classes, importable without registering any tag: for hosts that register under
 * their own names or extend a class.
 */
export { type ProgressBreakdown, RlProgress } from './progress/progress.js';
export { RlBoard } from './board/rl-board.js';
export { StoreController } from './base/store-controller.js';
export type { StoreHost } from './base/store-controller.js';
export { DragController } from './controllers/drag-controller.js';
export type { DragOptions, DragSession } from './controllers/drag-controller.js';
export { Announcer } from './controllers/announcer.js';
export { announceChange, requestChange } from './events/change-events.js';
export {
  applyTheme,
  baseStyles,
  scaleTokens,
  semanticTokens,
  THEMES,
  themeCss,
  tokenValue,
} from './styles/tokens.js';
export type { SemanticToken, ThemeName } from './styles/tokens.js';
export type { RlErrorEvent } from './events/error-event.js';
export type { RlSyncErrorEvent } from './events/sync-error-event.js';
export { forwardSyncErrors } from './events/sync-error-event.js';
export type { ColumnDef, ColumnKind } from './board/columns.js';
export { KeyboardDragController } from './controllers/keyboard-drag.js';
export type { KeyboardDragOptions, LiftedItem } from './controllers/keyboard-drag.js';
export type {
  BoardPlace,
  ItemMoveDetail,
  RlBeforeItemMoveEvent,
  RlItemMoveEvent,
} from './events/item-move-event.js';
export type {
  ItemChangeDetail,
  RlBeforeItemChangeEvent,
  RlItemChangeEvent,
} from './events/item-change-event.js';
export type {
  ItemCreateDetail,
  RlBeforeItemCreateEvent,
  RlItemCreateEvent,
} from './events/item-create-event.js';
export type { RlWipExceededEvent, WipExceededDetail } from './events/wip-exceeded-event.js';
export { RlTimeline } from './timeline/timeline.js';
export type { TimelineScrollDetail } from './timeline/timeline.js';
export type {
  RlTaskChangeEvent,
  RlBeforeTaskChangeEvent,
  TaskChangeDetail,
} from './events/task-change-event.js';
export type {
  RlLinkCreateEvent,
  RlBeforeLinkCreateEvent,
  LinkCreateDetail,
} from './events/link-create-event.js';
export type {
  RlLinkRemoveEvent,
  RlBeforeLinkRemoveEvent,
  LinkRemoveDetail,
} from './events/link-remove-event.js';
export type { RlTaskClickEvent, TaskClickDetail } from './events/task-click-event.js';
export type {
  RlSelectionChangeEvent,
  RlBeforeSelectionChangeEvent,
  SelectionChangeDetail,
} from './events/selection-change-event.js';
export { RlRoadmap } from './roadmap/roadmap.js';
export type { RoadmapPreview, RoadmapView } from './roadmap/roadmap.js';
export type { RoadmapColorBy, RoadmapFilter } from './roadmap/roadmap-model.js';
export { RlDashboard } from './dashboard/dashboard.js';
export { RlStatusChart } from './status-chart/status-chart.js';
export { RlWorkload } from './workload/workload.js';
export { RlBurndown } from './burndown/burndown.js';
export { RlMilestones } from './milestones/milestones.js';
export { RlLateList } from './late-list/late-list.js';
export { RlBottlenecks } from './bottlenecks/bottlenecks.js';
export { RlPortfolio } from './portfolio/portfolio.js';
export { RlKpi } from './kpi/kpi.js';
export type { KpiTile } from './kpi/kpi.js';
export { RlNotes } from './notes/notes.js';
export { NOTE_COLORS } from './notes/palette.js';
export type { NoteColor } from './notes/palette.js';
export type {
  NoteChangeDetail,
  NoteChangeNote,
  RlBeforeNoteChangeEvent,
  RlNoteChangeEvent,
} from './events/note-change-event.js';
export { WidgetBase } from './widget/widget-base.js';
export { normalizeConfig, placeWidget } from './dashboard/config.js';
export type { DashboardConfig, DashboardWidget, WidgetType } from './widget/dashboard-layout.js';
export type { ProjectsInput } from './widget/projects-controller.js';
export type { ItemClickDetail, RlItemClickEvent } from './events/item-click-event.js';
export type {
  LayoutChangeDetail,
  RlBeforeLayoutChangeEvent,
  RlLayoutChangeEvent,
} from './events/layout-change-event.js';
export { RlGantt } from './gantt/gantt.js';
export type { GanttZoom } from './gantt/gantt.js';
export { DEFAULT_COLUMNS, resolveColumns } from './gantt/columns.js';
export type {
  BuiltinColumnId,
  CellChange,
  ColumnConfig,
  ColumnContext,
  ColumnDef as GanttColumnDef,
  EditorKind,
  EditorOption,
} from './gantt/columns.js';
export { GridFocusController } from './controllers/grid-focus.js';
export type { GridFocusOptions } from './controllers/grid-focus.js';
export { SplitterController } from './controllers/splitter.js';
export type { SplitterOptions } from './controllers/splitter.js';
export { ColumnResizeController } from './controllers/column-resize.js';
export type { ColumnResizeOptions } from './controllers/column-resize.js';
export type {
  RlTaskCreateEvent,
  RlBeforeTaskCreateEvent,
  TaskCreateDetail,
} from './events/task-create-event.js';
export type {
  RlBeforeTaskRemoveEvent,
  RlTaskRemoveEvent,
  TaskRemoveDetail,
} from './events/task-remove-event.js';

export type {
  ColumnChangeDetail,
  ColumnState,
  RlBeforeColumnChangeEvent,
  RlColumnChangeEvent,
  SortState,
} from './events/column-change-event.js';
export type { RlRowsChangeEvent, RowsChangeDetail } from './events/rows-change-event.js';
export { BUILT_IN_LOCALES, loadLocale, registerLocale } from './i18n/index.js';
export type { Message, MessageKey, MessageParams, Messages, PluralMessage } from './i18n/index.js';
export { RlNotifications } from './notifications/notifications.js';
export type { NotificationDetail, RlNotificationEvent } from './events/notification-event.js';
