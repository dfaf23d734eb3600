import { addEnglish } from '../english.js';
import type { Message } from '../message.js';

/** English: who else is in a shared project (avatars, outlines, the connection) and note counts. */
export const presence = {
  'presence.here': 'People here',
  'presence.selectedBy': 'Selected by {names}',
  'presence.editing': '{name} is editing {field}',
  'presence.status.connecting': 'Connecting…',
  'presence.status.connected': 'Loading the shared plan…',
  'presence.status.synced': 'Live',
  'presence.status.offline': 'Offline: changes are kept and sent on reconnect',
  'presence.status.denied': 'Access refused',
  'presence.notes': { one: '{count} note', other: '{count} notes' },
} satisfies Record<string, Message>;

addEnglish(presence);
