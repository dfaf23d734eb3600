import { mkdirSync } from 'node:fs';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { type Extension, Server } from '@hocuspocus/server';
import { Redis } from 'ioredis';
import { type AuthFile, readAuthFile, TokenAuth } from './auth.js';
import { LevelRooms } from './level-rooms.js';
import { DEFAULT_LIMITS, type Limits, SizeLimits } from './limits.js';
import { RedisRooms } from './redis-rooms.js';

export interface ServerOptions {
  port: number;
  host?: string;
  /** Where rooms are kept (created if missing). */
  data: string;
  /** `redis://…`: share rooms with every other process on this Redis. */
  redis?: string;
  /** The token file's path, or its content. Without it every client is an editor. */
  auth?: string | AuthFile;
  limits?: Partial<Limits>;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Closes every connection, stores every room, closes the stores. */
  stop(): Promise<void>;
}

/**
 * Starts a Hocuspocus 3 server that keeps rooms in LevelDB under `data`, shares them over Redis
 * when asked, and checks tokens; resolves once it can serve (Redis connected, when given).
 */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  mkdirSync(options.data, { recursive: true });
  const host = options.host ?? '127.0.0.1';
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const rooms = new LevelRooms(options.data);
  await rooms.open();
  const extensions: Extension[] = [rooms, new SizeLimits(limits, (room) => rooms.sizes.get(room) ?? 0)];
  if (options.auth !== undefined) {
    extensions.push(
      new TokenAuth(typeof options.auth === 'string' ? readAuthFile(options.auth) : options.auth),
    );
  }
  let redis: Redis | undefined;
  if (options.redis !== undefined) {
    redis = new Redis(options.redis, { lazyConnect: true, maxRetriesPerRequest: 3 });
    await redis.connect();
    await redis.ping();
    const client = redis;
    extensions.push(new RedisRooms(client));
    extensions.push(new RedisExtension({ redis: client, createClient: () => client.duplicate() }));
  }
  const server = new Server(
    {
      port: options.port,
      address: host,
      quiet: true,
      stopOnSignals: false,
      debounce: 1000,
      maxDebounce: 5000,
      extensions,
      async onDestroy() {
        redis?.disconnect();
      },
    },
    { maxPayload: limits.messageBytes },
  );
  await server.listen();
  const port = server.address.port;
  return {
    url: `ws://${host}:${port}`,
    port,
    stop: () => server.destroy(),
  };
}
