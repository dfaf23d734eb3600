#!/usr/bin/env node
/**
 * `roadline-collab --port 1234 [--host 127.0.0.1] [--data ./rooms] [--redis redis://…] [--auth tokens.json]`
 * Prints `listening on ws://HOST:PORT` once it can serve; on SIGTERM or SIGINT it stores every
 * room and exits 0.
 */
import { parseArgs } from 'node:util';
import { startServer } from './server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '1234' },
    host: { type: 'string', default: '127.0.0.1' },
    data: { type: 'string', default: './rooms' },
    redis: { type: 'string' },
    auth: { type: 'string' },
    'max-message': { type: 'string' },
    'max-room': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  console.log(
    'roadline-collab --port 1234 [--host 127.0.0.1] [--data ./rooms] [--redis redis://…] [--auth tokens.json] [--max-message BYTES] [--max-room BYTES]',
  );
  process.exit(0);
}

const limits: { messageBytes?: number; documentBytes?: number } = {};
if (values['max-message'] !== undefined) limits.messageBytes = Number(values['max-message']);
if (values['max-room'] !== undefined) limits.documentBytes = Number(values['max-room']);

try {
  const server = await startServer({
    port: Number(values.port),
    host: values.host,
    data: values.data,
    redis: values.redis,
    auth: values.auth,
    limits,
  });
  if (values.auth === undefined) console.log('no --auth: every client is an editor');
  console.log(`rooms in ${values.data}${values.redis === undefined ? '' : `, shared over ${values.redis}`}`);
  console.log(`listening on ${server.url}`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.stop();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
} catch (error) {
  console.error(`roadline-collab: ${(error as Error).message}`);
  process.exit(1);
}
