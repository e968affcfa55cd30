/**
 * The `node:http` transport of the fake: a real server on 127.0.0.1 (Node only).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { preciseNow } from './clock.js';
import { type CoreInternals, coreInternals, type FakeSmartRecruitersCore } from './core.js';

/** A request body, or how far it got before passing the limit. */
type ReadBody = { ok: true; body: Uint8Array } | { ok: false; bytes: number };

/**
 * Reads the body up to `limit` bytes. A body that passes the limit (a chunked one, or one longer
 * than announced) stops being read at once: the request is paused and the bytes so far dropped.
 */
function readBody(req: IncomingMessage, limit: number): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.off('end', onEnd);
        req.off('error', onError);
        req.pause();
        chunks.length = 0;
        resolve({ ok: false, bytes: size });
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      const all = Buffer.concat(chunks);
      resolve({ ok: true, body: new Uint8Array(all.buffer, all.byteOffset, all.byteLength) });
    };
    const onError = (error: Error) => reject(error);
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
  });
}

/** Answers one request; the concurrency slot is held until the answer is sent or the socket closes. */
async function serve(
  internals: CoreInternals,
  req: IncomingMessage,
  res: ServerResponse,
  receivedAt: number,
): Promise<void> {
  let release: (() => void) | undefined;
  let over = false;
  const done = () => {
    over = true;
    release?.();
  };
  res.once('finish', done);
  res.once('close', done);
  try {
    const limit = internals.maxBodyBytes;
    const declared = Number(req.headers['content-length']);
    let body: Uint8Array = new Uint8Array();
    let refusedBytes: number | undefined;
    if (Number.isFinite(declared) && declared > limit) {
      // Refused before reading: the body is never buffered (413 from the core, in SR's shape).
      refusedBytes = declared;
    } else {
      const read = await readBody(req, limit);
      if (read.ok) body = read.body;
      else refusedBytes = read.bytes;
    }
    const held = await internals.handleHeld(
      { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body, receivedAt },
      refusedBytes === undefined ? {} : { bodyBytes: refusedBytes },
    );
    release = held.release;
    const { response } = held;
    if (over) {
      // The client went away while the request was processed.
      release();
      return;
    }
    if (response.drop) {
      req.socket.destroy();
      release();
      return;
    }
    const headers: Record<string, string> = {
      ...response.headers,
      'content-length': String(response.body.length),
    };
    if (refusedBytes !== undefined) {
      // The rest of the body is not read: close the connection once the answer is out.
      headers.connection = 'close';
      res.once('finish', () => req.socket.destroy());
    }
    res.writeHead(response.status, headers);
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
  const internals = coreInternals(core);
  const sockets = new Set<Socket>();
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void serve(internals, req, res, preciseNow());
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
