/**
 * The element classes, importable without registering any tag: for hosts that register under
 * their own names or extend a class.
 */
export { RlProgress } from './progress/progress.js';
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
  themeCss,
  tokenValue,
} from './styles/tokens.js';
export type { SemanticToken, ThemeName } from './styles/tokens.js';
export type { RlErrorEvent } from './events/error-event.js';
