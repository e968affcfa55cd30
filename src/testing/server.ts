/**
 * The `node:http` transport of the fake: a real server on 127.0.0.1 (Node only).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { preciseNow } from './clock.js';
import type { FakeSmartRecruitersCore } from './core.js';

/** Hard cap on buffered request bodies; beyond it the connection is closed. */
const MAX_BUFFERED_BODY = 256 * 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BUFFERED_BODY) {
        req.destroy(new Error('request body too large'));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      const all = Buffer.concat(chunks);
      resolve(new Uint8Array(all.buffer, all.byteOffset, all.byteLength));
    });
    req.on('error', reject);
  });
}

/** A started HTTP server serving a core. */
export interface FakeHttpServer {
  /** `http://127.0.0.1:<port>`. */
  url: string;
  port: number;
  /** Closes the server and every open connection. */
  close(): Promise<void>;
}

/** Starts a server for `core` on `host:port` (port 0 picks a free one). */
export async function startFakeServer(
  core: FakeSmartRecruitersCore,
  options: { host?: string; port?: number } = {},
): Promise<FakeHttpServer> {
  const host = options.host ?? '127.0.0.1';
  const sockets = new Set<Socket>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const receivedAt = preciseNow();
    void (async () => {
      try {
        const body = await readBody(req);
        const response = await core.handle({
          method: req.method ?? 'GET',
          url: req.url ?? '/',
          headers: req.headers,
          body,
          receivedAt,
        });
        if (response.drop) {
          req.socket.destroy();
          return;
        }
        res.writeHead(response.status, {
          ...response.headers,
          'content-length': String(response.body.length),
        });
        res.end(response.body);
      } catch {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            message: 'Fake server error',
            errors: [{ code: 'INTERNAL_ERROR', message: 'Fake server error' }],
          }),
        );
      }
    })();
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${hostForUrl}:${address.port}`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
