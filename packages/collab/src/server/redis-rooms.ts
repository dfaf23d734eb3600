import type {
  Extension,
  onChangePayload,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import type { Redis } from 'ioredis';
import * as Y from 'yjs';

/** The origin Hocuspocus's Redis extension gives the updates it relays from other processes. */
const RELAYED = '__hocuspocus__redis__origin__';
const key = (room: string) => `roadline:room:${room}`;

/**
 * Each room's updates kept in a Redis list, shared by every process on one Redis: a process
 * loading a room reads it before it answers anyone, so a first client on any process gets the
 * room's current content (Hocuspocus's Redis extension only relays live updates, and a process
 * still loading could miss them). Each process appends the updates its own clients send; when
 * it stores a room it folds the list's head into one update, under a short lock.
 */
export class RedisRooms implements Extension {
  priority = 1900;

  constructor(private readonly redis: Redis) {}

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const updates = await this.redis.lrangeBuffer(key(documentName), 0, -1);
    for (const update of updates) Y.applyUpdate(document, update);
    // A room this process had on disk but Redis has not seen: share it.
    if (updates.length === 0 && (document.getMap('project').size > 0 || document.getMap('tasks').size > 0))
      await this.redis.rpush(key(documentName), Buffer.from(Y.encodeStateAsUpdate(document)));
  }

  async onChange({ documentName, update, transactionOrigin }: onChangePayload): Promise<void> {
    if (transactionOrigin === RELAYED) return;
    await this.redis.rpush(key(documentName), Buffer.from(update));
  }

  async onStoreDocument({ documentName }: onStoreDocumentPayload): Promise<void> {
    const list = key(documentName);
    const lock = `${list}:compact`;
    if ((await this.redis.set(lock, '1', 'PX', 10000, 'NX')) !== 'OK') return;
    try {
      const head = await this.redis.lrangeBuffer(list, 0, -1);
      if (head.length < 2) return;
      const merged = Y.mergeUpdates(head.map((b) => new Uint8Array(b)));
      // Appends only ever go to the tail: drop the head just read, put its fold in its place.
      await this.redis.multi().ltrim(list, head.length, -1).lpush(list, Buffer.from(merged)).exec();
    } finally {
      await this.redis.del(lock);
    }
  }
}
