/**
 * A download whose server stops sending never hangs its reader: every read of a download's body
 * (`arrayBuffer()`, `blob()`, the stream, `writeDownloadToFile`, `toNodeReadable`) waits at most
 * the request's `timeoutMs` for the next bytes, then fails with `TimeoutError`, and a file being
 * written is removed. Loopback only.
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type BinaryResponse, SmartRecruitersClient, TimeoutError } from '../../src/index.js';
import { toNodeReadable, writeDownloadToFile } from '../../src/node/index.js';
import { uniqueKey } from '../helpers/msw.js';
import { hostile } from './hostile.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A server that sends a file's headers and 4 bytes, then nothing, and never ends. */
async function stalledDownload(): Promise<BinaryResponse> {
  const api = await hostile((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/pdf', 'content-length': '1000' });
    res.write('%PDF');
  });
  const client = new SmartRecruitersClient({
    apiKey: uniqueKey(),
    baseUrl: api.origin,
    logLevel: 'off',
    rateLimit: false,
    timeoutMs: 300,
  });
  return client.get<BinaryResponse>('/candidates/c-1/attachments/a-1');
}

/** What `promise` settled to within 5 s: its value, its error, or 'still pending'. */
function within5s(promise: Promise<unknown>): Promise<unknown> {
  return Promise.race([
    promise.then(
      (value) => ({ value }),
      (error: unknown) => error,
    ),
    new Promise((resolve) => setTimeout(() => resolve('still pending'), 5_000)),
  ]);
}

describe('a stalled download', () => {
  it('arrayBuffer() fails with TimeoutError', async () => {
    const file = await stalledDownload();
    expect(await within5s(file.arrayBuffer())).toBeInstanceOf(TimeoutError);
  });

  it('blob() fails with TimeoutError', async () => {
    const file = await stalledDownload();
    expect(await within5s(file.blob())).toBeInstanceOf(TimeoutError);
  });

  it('reading the stream fails with TimeoutError after the bytes that came', async () => {
    const file = await stalledDownload();
    const reader = file.body.getReader();
    const first = await reader.read();
    expect(new TextDecoder().decode(first.value)).toBe('%PDF');
    expect(await within5s(reader.read())).toBeInstanceOf(TimeoutError);
  });

  it('writeDownloadToFile (without a signal) fails with TimeoutError and leaves no .partial file', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'sr-stall-'));
    dirs.push(directory);
    const file = await stalledDownload();
    const error = await within5s(writeDownloadToFile(file, { directory, fileName: 'cv.pdf' }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(await readdir(directory)).toEqual([]);
  });

  it('toNodeReadable errors with TimeoutError', async () => {
    const file = await stalledDownload();
    const consumed = (async () => {
      for await (const _chunk of toNodeReadable(file)) {
        // reading
      }
    })();
    expect(await within5s(consumed)).toBeInstanceOf(TimeoutError);
  });

  it('a reader that pauses is not timed out: the bound runs only while a read waits', async () => {
    const api = await hostile((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.7 whole file');
    });
    const client = new SmartRecruitersClient({
      apiKey: uniqueKey(),
      baseUrl: api.origin,
      logLevel: 'off',
      rateLimit: false,
      timeoutMs: 100,
    });
    const file = await client.get<BinaryResponse>('/file');
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(new TextDecoder().decode(await file.arrayBuffer())).toBe('%PDF-1.7 whole file');
  });
});
