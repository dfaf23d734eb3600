import type {
  afterUnloadDocumentPayload,
  Extension,
  onChangePayload,
  onLoadDocumentPayload,
  onStoreDocumentPayload,
} from '@hocuspocus/server';
import { ClassicLevel } from 'classic-level';
import * as Y from 'yjs';

/** The update log is folded into the state once it holds this many bytes (or an eighth of the state)… */
const FOLD_BYTES = 256 * 1024;
/** …or this many updates (each is applied one by one when the room loads). */
const FOLD_COUNT = 1000;
/** A room's key range is compacted once this many bytes of it were deleted or overwritten. */
const COMPACT_BYTES = 1024 * 1024;

/** What the store knows of one loaded room. */
interface RoomDisk {
  /** Sequence number of the next update. */
  seq: number;
  /** Bytes of the stored state (`s!<room>`). */
  state: number;
  /** Updates written since the state (`u!<room>!<seq>`), and their bytes. */
  log: number;
  logBytes: number;
  /** Bytes deleted or overwritten since the room's keys were last compacted. */
  garbage: number;
}

const pad = (n: number) => String(n).padStart(12, '0');

/**
 * Rooms on disk, in an embedded LevelDB (`classic-level`, whose native builds ship inside the npm
 * package). Every update is written as it arrives (`u!<room>!<seq>`), so a crash loses nothing
 * the server acknowledged. When Hocuspocus stores a room (debounced, and on unload) the update
 * log is folded into the room's whole state (`s!<room>`) if it has grown (an eighth of the state,
 * 256 KB or 1,000 updates) or the room is being unloaded; small edits to a large room so cost an
 * append, not a rewrite of the state. LevelDB keeps deleted and overwritten values in its files
 * until a compaction reaches them: once a room has dropped a MB that way (a seed's first update
 * folded into the state, states rewritten), its key range is compacted, so a room on disk stays
 * near its state's size. Runs before any other extension's store hook (the Redis extension's lock
 * must not keep a process from writing its own copy).
 */
export class LevelRooms implements Extension {
  priority = 2000;
  private readonly db: ClassicLevel<string, Uint8Array>;
  private readonly rooms = new Map<string, RoomDisk>();
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
    const disk: RoomDisk = { seq: 1, state: 0, log: 0, logBytes: 0, garbage: 0 };
    const state = await this.db.get(`s!${room}`);
    if (state !== undefined) {
      Y.applyUpdate(document, state);
      disk.state = state.length;
    }
    for await (const [key, update] of this.db.iterator({ gt: `u!${room}!`, lt: `u!${room}!~` })) {
      Y.applyUpdate(document, update);
      disk.log++;
      disk.logBytes += update.length;
      disk.seq = Number(key.slice(key.lastIndexOf('!') + 1)) + 1;
    }
    this.rooms.set(documentName, disk);
    this.sizes.set(documentName, disk.state + disk.logBytes);
  }

  async onChange({ documentName, update }: onChangePayload): Promise<void> {
    const disk = this.disk(documentName);
    const n = disk.seq++;
    disk.log++;
    disk.logBytes += update.length;
    this.sizes.set(documentName, disk.state + disk.logBytes);
    await this.db.put(`u!${encodeURIComponent(documentName)}!${pad(n)}`, update);
  }

  async onStoreDocument({ document, documentName }: onStoreDocumentPayload): Promise<void> {
    const disk = this.disk(documentName);
    const unloading = document.getConnectionsCount() === 0;
    const grown = disk.logBytes >= Math.max(FOLD_BYTES, disk.state / 8) || disk.log >= FOLD_COUNT;
    if (disk.log === 0 || !(grown || unloading)) return;
    const room = encodeURIComponent(documentName);
    // Every update numbered below `upTo` is in the document now (onChange numbers it synchronously).
    const upTo = disk.seq;
    const folded = { log: disk.log, bytes: disk.logBytes };
    const state = Y.encodeStateAsUpdate(document);
    const batch = this.db.batch().put(`s!${room}`, state);
    let deleted = 0;
    for await (const [key, update] of this.db.iterator({ gt: `u!${room}!`, lt: `u!${room}!${pad(upTo)}` })) {
      batch.del(key);
      deleted += update.length;
    }
    await batch.write();
    // Updates that came while the state was written stay in the log.
    disk.log = Math.max(0, disk.log - folded.log);
    disk.logBytes = Math.max(0, disk.logBytes - folded.bytes);
    disk.garbage += deleted + disk.state;
    disk.state = state.length;
    this.sizes.set(documentName, disk.state + disk.logBytes);
    if (disk.garbage >= COMPACT_BYTES) {
      disk.garbage = 0;
      await this.db.compactRange(`s!${room}`, `s!${room}\u0000`);
      await this.db.compactRange(`u!${room}!`, `u!${room}!~`);
    }
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload): Promise<void> {
    this.rooms.delete(documentName);
    this.sizes.delete(documentName);
  }

  async onDestroy(): Promise<void> {
    await this.db.close();
  }

  private disk(documentName: string): RoomDisk {
    let disk = this.rooms.get(documentName);
    if (disk === undefined) {
      disk = { seq: 1, state: 0, log: 0, logBytes: 0, garbage: 0 };
      this.rooms.set(documentName, disk);
    }
    return disk;
  }
}
