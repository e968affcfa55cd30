/**
 * Helpers of the unified-resource tests: a fake SmartRecruiters with an SDK pointed at it, checks
 * that a call sent no request, and a local `node:http` server serving a Fetch-API handler.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'vitest';
import {
  SmartRecruiters,
  type SmartRecruitersOptions,
  ValidationError,
  type ValidationIssue,
} from '../../src/index.js';
import type { Mappings } from '../../src/mappers/context.js';
import type { CreateFakeSmartRecruitersOptions, FakeSmartRecruiters } from '../../src/testing/index.js';

/**
 * Files that do not test rate limiting run the fake and the client at 40 requests/s instead of
 * SR's 10 (the client still paces itself to what the fake enforces): pass `FAST_FAKE` to the fake
 * and `FAST_CLIENT` to the SDK.
 */
export const FAST_FAKE = { rateLimits: { requestsPerSecond: 40 } } satisfies CreateFakeSmartRecruitersOptions;
/** See `FAST_FAKE`. */
export const FAST_CLIENT = { rateLimit: { requestsPerSecond: 40 } } satisfies SmartRecruitersOptions;

/** Options of an SDK on a fake: the fake's credential and URL, logging off. */
export function sdkOptions(fake: FakeSmartRecruiters): SmartRecruitersOptions {
  return { apiKey: fake.apiKey, baseUrl: fake.url, logLevel: 'off' };
}

/** An SDK on `fake`, with extra options (mappings, hooks...). */
export function sdkFor<Mp extends Mappings = Mappings>(
  fake: FakeSmartRecruiters,
  options: SmartRecruitersOptions<Mp> = {},
): SmartRecruiters<Mp> {
  return new SmartRecruiters<Mp>({ ...sdkOptions(fake), ...options } as SmartRecruitersOptions<Mp>);
}

/**
 * Runs `call`, expects it to fail with a `ValidationError`, and checks the fake received no
 * request meanwhile. Returns the issues.
 */
export async function rejectsBeforeAnyRequest(
  fake: FakeSmartRecruiters,
  call: () => unknown,
): Promise<ValidationIssue[]> {
  const before = fake.requests.length;
  let error: unknown;
  try {
    await call();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ValidationError);
  expect(fake.requests.length).toBe(before);
  return (error as ValidationError).issues;
}

/** Requests the fake received after `seq` (a `fake.requests.length` taken earlier). */
export function requestsAfter(fake: FakeSmartRecruiters, seq: number) {
  return fake.requests.entries.slice(seq);
}

/** Routes of the requests the fake received after `seq`, as `METHOD template`. */
export function routesAfter(fake: FakeSmartRecruiters, seq: number): Array<string | null> {
  return requestsAfter(fake, seq).map((e) => e.route);
}

function toRequest(req: IncomingMessage, body: Buffer, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else if (value !== undefined) headers.set(name, value);
  }
  const method = req.method ?? 'GET';
  return new Request(new URL(req.url ?? '/', origin), {
    method,
    headers,
    ...(method === 'GET' || method === 'HEAD' ? {} : { body: new Uint8Array(body) }),
  });
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

/** A running local server. */
export interface LocalServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a Fetch-API handler (`(Request) => Promise<Response>`, e.g. `createWebhookHandler`) on
 * `http://127.0.0.1:<port>/hook` through a small `node:http` adapter.
 */
export async function serveFetchHandler(
  handler: (request: Request) => Promise<Response>,
): Promise<LocalServer> {
  let origin = '';
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      handler(toRequest(req, Buffer.concat(chunks), origin))
        .then((response) => send(res, response))
        .catch(() => {
          res.writeHead(500);
          res.end();
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/hook`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
