import type { beforeHandleMessagePayload, Extension } from '@hocuspocus/server';

export interface Limits {
  /** Largest message a client may send, bytes (the WebSocket closes with 1009 beyond it). */
  messageBytes: number;
  /** Largest a room may grow, bytes of Yjs updates; a message that would pass it closes its connection. */
  documentBytes: number;
}

export const DEFAULT_LIMITS: Limits = { messageBytes: 8 * 1024 * 1024, documentBytes: 256 * 1024 * 1024 };

/** Closes a connection whose message would grow its room past the limit; the room is untouched. */
export class SizeLimits implements Extension {
  priority = 2900;

  constructor(
    private readonly limits: Limits,
    private readonly sizeOf: (room: string) => number,
  ) {}

  async beforeHandleMessage({ documentName, update }: beforeHandleMessagePayload): Promise<void> {
    if (update.length > this.limits.messageBytes)
      throw Object.assign(new Error('message too large'), { code: 1009, reason: 'Message Too Big' });
    if (this.sizeOf(documentName) + update.length > this.limits.documentBytes)
      throw Object.assign(new Error('room too large'), { code: 1009, reason: 'Room Too Big' });
  }
}
