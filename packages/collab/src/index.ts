/**
 * `@roadline/collab`: real-time collaboration over Yjs (docs/collaboration.md). `connect` binds a
 * core store to a room on a `roadline-collab` (Hocuspocus) server; the server is `./server`.
 */
export { CollabSession, connect } from './session.js';
export type { CollabEvents, CollabStatus, ConnectOptions } from './session.js';
export type { Conflict } from './projection.js';
export { projectRoom, docData } from './projection.js';
export { ENTITY_ROOTS, rootsOf, writeProject } from './layout.js';
