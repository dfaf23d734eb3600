/** The `roadline-collab` server as a function (the CLI is cli.ts). */
export { startServer } from './server.js';
export type { RunningServer, ServerOptions } from './server.js';
export { readAuthFile, roomAllowed } from './auth.js';
export type { AuthFile, TokenEntry } from './auth.js';
export type { Limits } from './limits.js';
