/**
 * The memory a JSON answer can take is bounded, not only its bytes: `[{},{},…]` costs some 60
 * bytes of heap per 3 bytes of text, so the SDK counts objects and arrays (and nesting) as the
 * bytes arrive and stops before parsing. The default caps fit SmartRecruiters' answers: JSON is
 * some hundred KB, downloads some MB. Loopback only.
 */
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ResponseTooLargeError, SmartRecruitersClient } from '../../src/index.js';
import { uniqueKey } from '../helpers/msw.js';
import { failure, hostile } from './hostile.js';

const MiB = 1024 * 1024;
// The documented bounds (ResponseTooLargeError, `maxResponseBytes`).
const MAX_JSON_DEPTH = 64;
const MAX_JSON_CONTAINERS = 250_000;

function client(origin: string, options: Record<string, unknown> = {}) {
  return new SmartRecruitersClient({
    apiKey: uniqueKey(),
    baseUrl: origin,
    logLevel: 'off',
    rateLimit: false,
    ...options,
  });
}

/** Streams `[{},{},…]` (`count` objects) in 64 KB chunks, as fast as the client reads. */
function emptyObjects(res: ServerResponse, count: number) {
  res.writeHead(200, { 'content-type': 'application/json' });
  const chunk = Buffer.from('{},'.repeat(20_000));
  let sent = 0;
  res.write('[');
  const pump = () => {
    while (sent < count) {
      sent += 20_000;
      if (!res.write(chunk)) return void res.once('drain', pump);
    }
    res.end('{}]');
  };
  pump();
}

describe('JSON answers: structure is bounded before parsing', () => {
  it('a body of empty objects within the byte cap is refused once it holds too many', async () => {
    const count = 1_000_000; // 3 MB of text: within the default cap, some 60 MB once parsed.
    const api = await hostile((_req, res) => emptyObjects(res, count));
    const error = await failure(() => client(api.origin).get('/candidates'));
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ limit: 'json_containers' });
    expect(String(error)).toContain(String(MAX_JSON_CONTAINERS));
    // Not retried.
    expect(api.received).toHaveLength(1);
  });

  it('nesting deeper than the bound is refused (the byte count is tiny)', async () => {
    const depth = MAX_JSON_DEPTH + 1;
    const api = await hostile((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`${'['.repeat(depth)}${']'.repeat(depth)}`);
    });
    const error = await failure(() => client(api.origin).get('/candidates'));
    expect(error).toMatchObject({ name: 'ResponseTooLargeError', limit: 'json_depth' });
  });

  it('brackets inside strings are not structure: a record with them parses', async () => {
    const text = '[{'.repeat(MAX_JSON_CONTAINERS);
    const api = await hostile((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ id: 'c-1', note: text, escaped: '\\"[' }));
    });
    expect(await client(api.origin).get('/candidates/{id}', { params: { id: 'c-1' } })).toMatchObject({
      id: 'c-1',
    });
  });

  it('the JSON cap is 8 MiB by default: a 9 MiB page is refused on its Content-Length', async () => {
    const api = await hostile((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(9 * MiB) });
      res.write('{"content":[');
    });
    const error = await failure(() => client(api.origin).get('/candidates'));
    expect(error).toMatchObject({ name: 'ResponseTooLargeError', limit: 'bytes', limitBytes: 8 * MiB });
  });
});

describe('downloads have their own cap', () => {
  it('64 MiB by default, refused at once on Content-Length; a streamed excess errors the body', async () => {
    const api = await hostile((req, res) => {
      if (req.url === '/declared') {
        res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': String(65 * MiB) });
        return res.write(Buffer.alloc(1024));
      }
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end(Buffer.alloc(3 * MiB));
    });
    const declared = await failure(() => client(api.origin).get('/declared'));
    expect(declared).toMatchObject({ name: 'ResponseTooLargeError', limitBytes: 64 * MiB });
    const file = await client(api.origin, { maxDownloadBytes: 2 * MiB }).get<{
      arrayBuffer(): Promise<ArrayBuffer>;
    }>('/streamed');
    const error = await failure(() => file.arrayBuffer());
    expect(error).toMatchObject({ name: 'ResponseTooLargeError', limitBytes: 2 * MiB });
    // Resumes are megabytes: they fit the default.
    const resume = await client(api.origin).get<{ arrayBuffer(): Promise<ArrayBuffer> }>('/streamed');
    expect((await resume.arrayBuffer()).byteLength).toBe(3 * MiB);
  });
});
