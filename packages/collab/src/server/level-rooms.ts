import type {
  Extension,
  onChangePayload,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import { ClassicLevel } from 'classic-level';
import * as Y from 'yjs';

/**
 * Rooms on disk, in an embedded LevelDB (`classic-level`, whose native builds ship inside the npm
 * package). Every update is written as it arrives (`u!<room>!<seq>`), so a crash loses nothing
 * the server acknowledged; when Hocuspocus stores a room (debounced, and on unload) its whole
 * state replaces the updates it includes (`s!<room>`). Runs before any other extension's store
 * hook (the Redis extension's lock must not keep a process from writing its own copy).
 */
export class LevelRooms implements Extension {
  priority = 2000;
  private readonly db: ClassicLevel<string, Uint8Array>;
  private readonly seq = new Map<string, number>();
  /** Bytes each loaded room takes (its state and its pending updates), for the size limit. */
  readonly sizes = new Map<string, number>();

  constructor(dir: string) {
    this.db = new ClassicLevel<string, Uint8Array>(dir, { keyEncoding: 'utf8', valueEncoding: 'view' });
  }

  async open(): Promise<void> {
    await this.db.open();
  }

  async onLoadDocument({ document, documentName }: onLoadDocumentPayload): Promise<void> {
    const room = encodeURIComponent(documentName);
    let size = 0;
    const state = await this.db.get(`s!${room}`);
    if (state !== undefined) {
      Y.applyUpdate(document, state);
      size += state.length;
    }
    let last = 0;
    for await (const [key, update] of this.db.iterator({ gt: `u!${room}!`, lt: `u!${room}!~` })) {
      Y.applyUpdate(document, update);
      size += update.length;
      last = Number(key.slice(key.lastIndexOf('!') + 1));
    }
    this.seq.set(documentName, last + 1);
    this.sizes.set(documentName, size);
  }

  async onChange({ documentName, update }: onChangePayload): Promise<void> {
    const n = this.seq.get(documentName) ?? 1;
    this.seq.set(documentName, n + 1);
    this.sizes.set(documentName, (this.sizes.get(documentName) ?? 0) + update.length);
    await this.db.put(`u!${encodeURIComponent(documentName)}!${String(n).padStart(12, '0')}`, update);
  }

  async onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
    const room = encodeURIComponent(documentName);
    const upTo = this.seq.get(documentName) ?? 1;
    const state = Y.encodeStateAsUpdate(document);
    const batch = this.db.batch().put(`s!${room}`, state);
    for await (const key of this.db.keys({
      gt: `u!${room}!`,
      lt: `u!${room}!${String(upTo).padStart(12, '0')}`,
    }))
      batch.del(key);
    await batch.write();
    this.sizes.set(documentName, state.length);
  }

  async onDestroy(): Promise<void> {
    await this.db.close();
  }
}
