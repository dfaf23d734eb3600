import type { Operation } from '../model/operations.js';
import type { SaveOutcome, SaveSignal, SyncAdapter, SyncBatch } from './adapter.js';

/** The part of the Fetch API the adapter uses (core compiles without DOM types). */
export type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; signal?: SaveSignal },
) => Promise<{ status: number; ok: boolean; text(): Promise<string> }>;

export interface RestAdapterOptions {
  /** `POST {baseUrl}/batches` receives each batch. */
  readonly baseUrl: string;
  /** Default the global `fetch`. */
  readonly fetch?: FetchLike;
  /** Extra request headers (authorization, say); a function is called per request. */
  readonly headers?: Record<string, string> | (() => Record<string, string>);
  /** Server pushes, however the host receives them (SSE, WebSocket): passed through as `subscribe`. */
  readonly subscribe?: (onChange: (operations: readonly Operation[]) => void) => () => void;
}

/**
 * A {@link SyncAdapter} over HTTP. Wire format (JSON, UTF-8):
 *
 * - Request: `POST {baseUrl}/batches` with body `{ id, clientId, seq, operations }` (a
 *   `SyncBatch`) and header `Idempotency-Key: <id>`. The server applies the operations in order,
 *   atomically, and must answer a repeated `id` as it answered the first time (the client resends
 *   after a lost response).
 * - `2xx`: stored. Body (optional) `{ "ids": { "<client id>": "<server id>" } }` for new items.
 * - `408`, `425`, `429`, `5xx`, a network error, a timeout: transient — retried with backoff.
 * - Any other `4xx` (`409` for a conflict, `422` for invalid data, `403`): refused for good. Body
 *   `{ "reason": "…" }` (or plain text) is the reason shown to the user.
 */
export function restAdapter(options: RestAdapterOptions): SyncAdapter {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/batches`;
  const adapter: SyncAdapter = {
    async save(batch: SyncBatch, { signal }): Promise<SaveOutcome> {
      const doFetch = options.fetch ?? (globalThis as unknown as { fetch: FetchLike }).fetch;
      const extra = typeof options.headers === 'function' ? options.headers() : (options.headers ?? {});
      const response = await doFetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': batch.id, ...extra },
        body: JSON.stringify(batch),
        signal,
      });
      const text = await response.text();
      const status = response.status;
      if (response.ok) {
        const body = parse(text);
        const ids = body?.ids;
        return ids !== null && typeof ids === 'object'
          ? { ok: true, ids: ids as Record<string, string> }
          : { ok: true };
      }
      if (status >= 500 || status === 408 || status === 425 || status === 429)
        throw new Error(`The server answered ${status}`);
      const reason = parse(text)?.reason;
      return { ok: false, status, reason: typeof reason === 'string' ? reason : text || `HTTP ${status}` };
    },
  };
  if (options.subscribe !== undefined) adapter.subscribe = options.subscribe;
  return adapter;
}

function parse(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
