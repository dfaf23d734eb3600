/**
 * The element classes, importable without registering any tag: for hosts that register under
 * their own names or extend a class.
 */
export { RlProgress } from './progress/progress.js';
export { ProjectSourceController } from './base/project-source.js';
export type { ProjectLike, ProjectSourceHost } from './base/project-source.js';
export { applyTheme, baseStyles, scaleTokens, semanticTokens, themeCss, tokenValue } from './styles/tokens.js';
export type { SemanticToken, ThemeName } from './styles/tokens.js';
export type { RlErrorEvent } from './events/error-event.js';
