/**
 * Shared helpers of the fake-server tests: start a fake, call it with plain `fetch`, run a local
 * webhook receiver.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';
import {
  type CreateFakeSmartRecruitersOptions,
  createFakeSmartRecruiters,
  type FakeSmartRecruiters,
} from '../../src/testing/index.js';

const running: Array<{ close(): Promise<void> }> = [];

afterEach(async () => {
  while (running.length > 0) await running.pop()?.close();
});

/** Starts a fake that is closed after the current test. */
export async function startFake(
  options: CreateFakeSmartRecruitersOptions = {},
): Promise<FakeSmartRecruiters> {
  const fake = await createFakeSmartRecruiters(options);
  running.push(fake);
  return fake;
}

/** A decoded answer. */
// biome-ignore lint/suspicious/noExplicitAny: decoded JSON of any SR shape; tests assert on it field by field.
export interface Answer<T = any> {
  status: number;
  headers: Headers;
  body: T;
  text: string;
}

/** Options of `call()`. */
export interface CallOptions {
  /** JSON body (sent as application/json unless `contentType` says otherwise). */
  json?: unknown;
  body?: BodyInit;
  contentType?: string;
  headers?: Record<string, string>;
  /** Credential: API key by default; `{ bearer }` for OAuth; `null` for none. */
  auth?: { apiKey: string } | { bearer: string } | null;
}

/** Calls the fake with `fetch` and decodes JSON bodies. */
// biome-ignore lint/suspicious/noExplicitAny: see Answer.
export async function call<T = any>(
  fake: FakeSmartRecruiters,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Answer<T>> {
  const headers: Record<string, string> = { ...(options.headers ?? {}) };
  const auth = options.auth === undefined ? { apiKey: fake.apiKey } : options.auth;
  if (auth && 'apiKey' in auth) headers['X-SmartToken'] = auth.apiKey;
  if (auth && 'bearer' in auth) headers.Authorization = `Bearer ${auth.bearer}`;
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['Content-Type'] = options.contentType ?? 'application/json';
  } else if (options.contentType) headers['Content-Type'] = options.contentType;
  const response = await fetch(`${fake.url}${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  let parsed: unknown = text;
  if ((response.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
  return { status: response.status, headers: response.headers, body: parsed as T, text };
}

/** Asserts SR's error shape and returns the first error code. */
export function errorCode(answer: Answer): string {
  const body = answer.body as { message?: unknown; errors?: Array<{ code?: unknown; message?: unknown }> };
  if (typeof body?.message !== 'string' || !Array.isArray(body.errors) || body.errors.length === 0) {
    throw new Error(`not an SR error body: ${answer.text}`);
  }
  const code = body.errors[0]?.code;
  if (typeof code !== 'string') throw new Error(`error without code: ${answer.text}`);
  return code;
}

/** A request received by a `startReceiver()` server. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

/** Starts a local HTTP server answering with `handler`; closed after the current test. */
export async function startReceiver(
  handler: (req: ReceivedRequest, res: ServerResponse) => void | Promise<void>,
): Promise<{ url: string; received: ReceivedRequest[] }> {
  const received: ReceivedRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const entry: ReceivedRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        at: Date.now(),
      };
      received.push(entry);
      void handler(entry, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  running.push({
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hook`, received };
}

/** A receiver that completes handshakes and answers deliveries with `deliveryStatus` (default 202). */
export function hookHandler(
  options: { deliveryStatus?: number | ((n: number) => number); delayMs?: number } = {},
) {
  let deliveries = 0;
  return async (req: ReceivedRequest, res: ServerResponse) => {
    const secret = req.headers['x-hook-secret'];
    if (typeof secret === 'string') {
      res.writeHead(200, { 'X-Hook-Secret': secret });
      res.end();
      return;
    }
    deliveries++;
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    const status =
      typeof options.deliveryStatus === 'function'
        ? options.deliveryStatus(deliveries)
        : (options.deliveryStatus ?? 202);
    res.writeHead(status);
    res.end();
  };
}

/** What `rawHttp()` read. */
export interface RawAnswer {
  /** Status code of the first response, `null` when none arrived. */
  status: number | null;
  /** Lowercase header names. */
  headers: Record<string, string>;
  body: string;
  /** True when the server closed the connection before `timeoutMs`. */
  closedByServer: boolean;
}

/**
 * Sends raw bytes over TCP (a request target or body `fetch` would not send) and reads until the
 * server closes the connection or `timeoutMs` passes. `write` may keep writing after the head.
 */
export async function rawHttp(
  port: number,
  head: string,
  options: { write?: (socket: import('node:net').Socket) => void; timeoutMs?: number } = {},
): Promise<RawAnswer> {
  const { connect } = await import('node:net');
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    let closedByServer = false;
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      const split = data.indexOf('\r\n\r\n');
      const lines = (split >= 0 ? data.slice(0, split) : data).split('\r\n');
      const status = /^HTTP\/1\.1 (\d{3})/.exec(lines[0] ?? '')?.[1];
      const headers: Record<string, string> = {};
      for (const line of lines.slice(1)) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
      }
      resolve({
        status: status ? Number(status) : null,
        headers,
        body: split >= 0 ? data.slice(split + 4) : '',
        closedByServer,
      });
    };
    const timer = setTimeout(done, options.timeoutMs ?? 3000);
    socket.on('connect', () => {
      socket.write(head);
      options.write?.(socket);
    });
    socket.on('data', (chunk: Buffer) => {
      data += chunk.toString('latin1');
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      closedByServer = true;
      done();
    });
  });
}
