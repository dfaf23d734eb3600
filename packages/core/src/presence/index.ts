/** Presence: who else is in a shared project and what they select or edit. See presence.ts. */
export { Presence, presenceOf } from './presence.js';
export type { LocalPresence, Peer, PresenceEditing, PresenceStatus, PresenceUser } from './presence.js';
