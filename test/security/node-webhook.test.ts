/**
 * A webhook endpoint must not read what it is going to refuse: a client posting a huge body,
 * unsigned or signed, cannot make a Node receiver read (or buffer) more than the handler's limit.
 * Loopback only.
 */
import { once } from 'node:events';
import { createServer, type IncomingMessage, request, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { signWebhookPayload } from '../../src/index.js';
import { createNodeWebhookHandler } from '../../src/node/index.js';

const SECRET = 'HeBVky2bccvvkcXPimH8c';
const MB = 1024 * 1024;
const ATTEMPTED = 400 * MB;

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  );
});

/** A receiver on 127.0.0.1 that counts the bytes it read from each connection. */
async function receiver() {
  const onEvent = vi.fn();
  const handler = createNodeWebhookHandler({ secret: SECRET, onEvent });
  const sockets: Socket[] = [];
  const server = createServer((req, res) => void handler(req, res));
  server.on('connection', (socket) => sockets.push(socket));
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  /** Bytes the server read, once every connection it accepted has closed. */
  const bytesRead = async () => {
    await Promise.all(sockets.map((socket) => (socket.closed ? undefined : once(socket, 'close'))));
    return sockets.reduce((sum, socket) => sum + socket.bytesRead, 0);
  };
  return { port, onEvent, bytesRead };
}

/**
 * POSTs up to 400 MB in 64 KB chunks (`Transfer-Encoding: chunked`, no length), as fast as the
 * server takes them, until the answer comes or the connection closes.
 */
async function flood(port: number, headers: Record<string, string>) {
  const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/webhooks', headers });
  req.on('error', () => {});
  const chunk = Buffer.alloc(64 * 1024, 'a');
  let sent = 0;
  let answered: IncomingMessage | undefined;
  const answer = new Promise<IncomingMessage | undefined>((resolve) => {
    req.on('response', (res: IncomingMessage) => {
      answered = res;
      res.resume();
      resolve(res);
    });
    req.on('close', () => resolve(answered));
  });
  req.write('{"candidate_id":"');
  while (sent < ATTEMPTED && !answered && !req.destroyed) {
    sent += chunk.length;
    if (!req.write(chunk)) {
      const drained = once(req, 'drain').then(() => 'drain');
      if ((await Promise.race([drained, answer.then(() => 'answered')])) === 'answered') break;
    }
  }
  const res = await answer;
  req.destroy();
  return { status: res?.statusCode, connection: res?.headers.connection, sent };
}

describe('the Node webhook adapter under a flood', () => {
  it('refuses an unsigned 400 MB chunked POST after reading almost none of it', async () => {
    const { port, onEvent, bytesRead } = await receiver();
    const result = await flood(port, { 'content-type': 'application/json' });
    expect(result.status).toBe(401);
    expect(result.connection).toBe('close');
    const read = await bytesRead();
    // Headers and whatever the socket held when the answer went out: far below the attempt.
    expect(read).toBeLessThan(4 * MB);
    expect(result.sent).toBeLessThan(ATTEMPTED);
    expect(onEvent).not.toHaveBeenCalled();
  });

  it('stops reading a signed 400 MB chunked POST at maxBodyBytes (1 MiB) and answers 413', async () => {
    const { port, onEvent, bytesRead } = await receiver();
    const headers = await signWebhookPayload({
      secret: SECRET,
      body: 'unused: the flood is not this body',
      eventId: 'evt-1',
      eventName: 'candidate.created',
      eventVersion: 'v1',
    });
    const result = await flood(port, { 'content-type': 'application/json', ...headers });
    expect(result.status).toBe(413);
    expect(result.connection).toBe('close');
    const read = await bytesRead();
    expect(read).toBeGreaterThan(1 * MB);
    expect(read).toBeLessThan(1 * MB + 4 * MB);
    expect(onEvent).not.toHaveBeenCalled();
  });
});
