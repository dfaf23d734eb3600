/**
 * `@roadline/collab`: real-time collaboration over Yjs (docs/collaboration.md). `connect` binds a
 * core store to a room on a `roadline-collab` (Hocuspocus) server; the server is `./server`.
 */
export { CollabSession, connect } from './session.js';
export type { CollabEvents, CollabStatus, ConnectOptions } from './session.js';
export type { Conflict } from './projection.js';
export { projectRoom, docData } from './projection.js';
export { ENTITY_ROOTS, rootsOf, writeProject } from './layout.js';
// The store-to-document binding alone, for a room carried by something else than a server (an in-page room).
export { Binding } from './binding.js';
export type { BindingHooks } from './binding.js';
