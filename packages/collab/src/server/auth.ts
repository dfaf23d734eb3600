import { readFileSync } from 'node:fs';
import type { Extension, onAuthenticatePayload } from '@hocuspocus/server';

export interface TokenEntry {
  user: { id: string; name: string };
  role: 'editor' | 'viewer';
  /** Room names this token may open; `"*"` any, `"team-*"` any starting with `team-`. */
  rooms: string[];
}

export interface AuthFile {
  tokens: Record<string, TokenEntry>;
}

/** Reads and checks the token file (`--auth`); throws with the first problem. */
export function readAuthFile(path: string): AuthFile {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
  const tokens = (parsed as AuthFile | null)?.tokens;
  if (tokens === null || typeof tokens !== 'object') throw new Error(`${path}: expected { "tokens": { … } }`);
  for (const [token, entry] of Object.entries(tokens)) {
    const where = `${path}: token "${token.slice(0, 4)}…"`;
    if (typeof entry?.user?.id !== 'string' || typeof entry.user.name !== 'string')
      throw new Error(`${where} needs user { id, name }`);
    if (entry.role !== 'editor' && entry.role !== 'viewer')
      throw new Error(`${where}: role must be editor or viewer`);
    if (!Array.isArray(entry.rooms) || entry.rooms.some((r) => typeof r !== 'string'))
      throw new Error(`${where}: rooms must be a list of names`);
  }
  return { tokens };
}

export function roomAllowed(rooms: readonly string[], room: string): boolean {
  return rooms.some((r) => r === '*' || r === room || (r.endsWith('*') && room.startsWith(r.slice(0, -1))));
}

/**
 * Checks each connection's token against the file: an unknown token, or a room the token does
 * not list, is refused (the client's provider gets "permission denied"); a viewer's connection
 * is read-only, so Hocuspocus applies none of its updates (never stored, never relayed).
 */
export class TokenAuth implements Extension {
  priority = 3000;

  constructor(private readonly file: AuthFile) {}

  async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload): Promise<unknown> {
    const entry = Object.hasOwn(this.file.tokens, token) ? this.file.tokens[token] : undefined;
    if (entry === undefined) throw new Error('unknown token');
    if (!roomAllowed(entry.rooms, documentName)) throw new Error('room not allowed for this token');
    if (entry.role === 'viewer') connectionConfig.readOnly = true;
    return { user: entry.user, role: entry.role };
  }
}
