import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Operation } from '../../src/model/operations.js';
import type { ProjectData } from '../../src/model/types.js';
import { createProject, type Project } from '../../src/store/project.js';
import type { SyncBatch } from '../../src/sync/adapter.js';

/**
 * What the server does with the next request: store it (`ok`); answer 500 without storing;
 * refuse it with 409; store it and never answer (`hang`: the client times out); store it and
 * destroy the socket halfway through the response (`drop-after`); destroy the socket before
 * reading anything (`drop`: as if the network were down).
 */
export type Fault = 'ok' | '500' | '409' | 'hang' | 'gate' | 'drop-after' | 'drop';

/**
 * A real HTTP backend on loopback for the sync tests: it keeps its own replica of the project,
 * applies each batch atomically (refusing with 409 what its replica refuses), answers a repeated
 * batch id as the first time, gives server ids to new items whose id starts with `tmp-`, and
 * fails on purpose as `faults` (consumed one per request; `ok` when empty) and `down` say.
 */
export class FaultyServer {
  readonly replica: Project;
  /** Batch ids in the order the replica applied them. */
  readonly applied: string[] = [];
  readonly faults: Fault[] = [];
  down = false;
  requests = 0;
  private readonly answers = new Map<string, { status: number; body: string }>();
  private readonly hanging = new Set<ServerResponse>();
  private gated: (() => void)[] = [];
  private onGate: (() => void) | undefined;
  private nextId = 1;
  private server: Server | undefined;
  url = '';

  constructor(data: ProjectData) {
    this.replica = createProject(data);
  }

  async start(): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Resolves when a `gate` request has arrived (and was stored). */
  gate(): Promise<void> {
    return new Promise((resolve) => {
      this.onGate = resolve;
    });
  }

  /** Answers the gated requests. */
  release(): void {
    for (const answer of this.gated.splice(0)) answer();
  }

  async close(): Promise<void> {
    for (const res of this.hanging) res.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    this.requests += 1;
    const fault = this.down ? 'drop' : (this.faults.shift() ?? 'ok');
    if (fault === 'drop') {
      req.socket.destroy();
      return;
    }
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      text += chunk;
    });
    req.on('end', () => {
      const batch = JSON.parse(text) as SyncBatch;
      if (fault === '500') return this.send(res, 500, '{"reason":"try later"}');
      if (fault === '409') return this.send(res, 409, JSON.stringify({ reason: `conflict in ${batch.id}` }));
      const answer = this.answers.get(batch.id) ?? this.apply(batch);
      if (fault === 'gate') {
        this.gated.push(() => this.send(res, answer.status, answer.body));
        this.onGate?.();
        return;
      }
      if (fault === 'hang') {
        this.hanging.add(res);
        return;
      }
      if (fault === 'drop-after') {
        res.writeHead(answer.status, { 'content-type': 'application/json', 'content-length': '1000' });
        res.write(answer.body.slice(0, 3));
        res.socket?.destroy();
        return;
      }
      this.send(res, answer.status, answer.body);
    });
  }

  private apply(batch: SyncBatch): { status: number; body: string } {
    let answer: { status: number; body: string };
    try {
      this.replica.applyOperations(batch.operations as Operation[]);
      const ids: Record<string, string> = {};
      const renames = batch.operations
        .filter((op) => op.kind === 'add' && op.id.startsWith('tmp-') && this.exists(op))
        .map((op) => {
          const to = `S${this.nextId++}`;
          ids[op.id] = to;
          return { entity: op.entity as 'task', from: op.id, to };
        });
      if (renames.length > 0) this.replica.renameIds(renames);
      this.applied.push(batch.id);
      answer = { status: 200, body: JSON.stringify({ ids }) };
    } catch (error) {
      answer = { status: 409, body: JSON.stringify({ reason: (error as Error).message }) };
    }
    this.answers.set(batch.id, answer);
    return answer;
  }

  private exists(op: Operation): boolean {
    const json = this.replica.toJSON() as unknown as Record<string, { id: string }[] | undefined>;
    const list =
      op.entity === 'task' ? json.tasks : op.entity === 'dependency' ? json.dependencies : json.notes;
    return list?.some((e) => e.id === op.id) ?? false;
  }

  private send(res: ServerResponse, status: number, body: string): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body);
  }
}
