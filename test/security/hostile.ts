/**
 * Hostile HTTP servers for the security tests: plain `node:http` servers listening on 127.0.0.1
 * only, each recording what it received. Two servers are two origins (their ports differ).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

/** One request a hostile server received. */
export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A running hostile server. */
export interface HostileServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  received: Received[];
  close(): Promise<void>;
}

type Handler = (request: Received, response: ServerResponse) => unknown;

const open: HostileServer[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

/**
 * Starts a server on 127.0.0.1 that records each request (body read whole unless `streamBody`)
 * and answers with `handler`. Closed after each test.
 */
export async function hostile(
  handler: Handler,
  options: { readBody?: boolean } = {},
): Promise<HostileServer> {
  const received: Received[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    const done = () => {
      const entry: Received = {
        method: req.method ?? 'GET',
        url: req.url ?? '/',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(entry);
      Promise.resolve(handler(entry, res)).catch(() => res.destroy());
    };
    if (options.readBody === false) return done();
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', done);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const instance: HostileServer = {
    origin: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  open.push(instance);
  return instance;
}

/** Answers JSON. */
export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Answers a redirect to `location`. */
export function redirect(res: ServerResponse, status: number, location: string) {
  res.writeHead(status, { location, 'content-length': '0' });
  res.end();
}

/** Runs `call` and returns what it threw (fails the test when it resolved). */
export async function failure(call: () => Promise<unknown>): Promise<Error> {
  try {
    await call();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}

/** Everything an error prints: message, cause chain and util.inspect of it. */
export async function printed(error: unknown): Promise<string> {
  const { inspect } = await import('node:util');
  return `${inspect(error, { depth: 10 })} ${JSON.stringify(error)}`;
}

/** The most times within any window of `ms` (half-open). */
export function maxInWindow(times: number[], ms: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= ms) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}
