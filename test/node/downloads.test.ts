import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BinaryResponse, RequestAbortedError, ValidationError } from '../../src/index.js';
import { binaryResponse } from '../../src/internal/response.js';
import { safeFileName, toNodeReadable, writeDownloadToFile } from '../../src/node/index.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'sr-sdk-downloads-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bytes = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 31) % 256);

/** A download as the client returns it, streamed in 1 KB chunks. */
function download(content: Uint8Array, headers: Record<string, string> = {}): BinaryResponse {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < content.length; i += 1024) controller.enqueue(content.slice(i, i + 1024));
      controller.close();
    },
  });
  return binaryResponse(new Response(body, { headers: { 'content-type': 'application/pdf', ...headers } }));
}

/** A download whose stream fails after `after` bytes, or never ends. */
function broken(after: number, error?: Error): BinaryResponse {
  let sent = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(bytes(after));
      } else if (error) {
        controller.error(error);
      }
      // Without an error: stalls forever.
      return error ? undefined : new Promise(() => {});
    },
  });
  return binaryResponse(new Response(body));
}

const sha = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('toNodeReadable', () => {
  it('gives a Node Readable that pipeline() and for await consume, without casts', async () => {
    const content = bytes(10_000);
    const readable: Readable = toNodeReadable(download(content));
    expect(readable).toBeInstanceOf(Readable);
    const chunks: Buffer[] = [];
    for await (const chunk of readable) chunks.push(chunk as Buffer);
    expect(sha(Buffer.concat(chunks))).toBe(sha(content));

    const path = join(dir, 'piped.pdf');
    await pipeline(toNodeReadable(download(content).body), createWriteStream(path));
    expect(sha(await readFile(path))).toBe(sha(content));
  });

  it('refuses what is not a download, or one already read, with a ValidationError', async () => {
    expect(() => toNodeReadable({} as BinaryResponse)).toThrow(ValidationError);
    expect(() => toNodeReadable('file.pdf' as unknown as BinaryResponse)).toThrow(ValidationError);
    const once = download(bytes(10));
    await once.arrayBuffer();
    expect(() => toNodeReadable(once)).toThrow(/already read/);
  });

  it('passes the stream error through', async () => {
    const failure = new Error('connection reset mid-body');
    const readable = toNodeReadable(broken(100, failure));
    await expect(async () => {
      for await (const _ of readable) {
        // consume
      }
    }).rejects.toBe(failure);
  });
});

describe('writeDownloadToFile', () => {
  it('streams a download into a file and reports its path and size', async () => {
    const content = bytes(300_000);
    const result = await writeDownloadToFile(download(content), join(dir, 'resume.pdf'));
    expect(result).toEqual({ path: join(dir, 'resume.pdf'), bytes: 300_000 });
    expect(sha(await readFile(result.path))).toBe(sha(content));
    // Personal data: readable by its owner only.
    expect((await stat(result.path)).mode & 0o777).toBe(0o600);
    expect(await readdir(dir)).toEqual(['resume.pdf']);
  });

  it("writes into a directory under the download's own name, made safe", async () => {
    const hostile = download(bytes(10), {
      'content-disposition': 'attachment; filename="../../etc/passwd"',
    });
    const result = await writeDownloadToFile(hostile, { directory: dir });
    expect(result.path).toBe(join(dir, 'passwd'));
    const named = await writeDownloadToFile(download(bytes(10)), { directory: dir, fileName: 'a/../b.pdf' });
    expect(named.path).toBe(join(dir, 'b.pdf'));
    const unnamed = await writeDownloadToFile(download(bytes(10)), { directory: dir });
    expect(unnamed.path).toBe(join(dir, 'download'));
  });

  it('replaces an existing file by default, and refuses to with overwrite: false', async () => {
    const path = join(dir, 'report.pdf');
    await writeFile(path, 'old');
    await writeDownloadToFile(download(bytes(5)), path);
    expect((await readFile(path)).length).toBe(5);
    await expect(writeDownloadToFile(download(bytes(7)), path, { overwrite: false })).rejects.toMatchObject({
      code: 'EEXIST',
    });
    expect((await readFile(path)).length).toBe(5);
    expect(await readdir(dir)).toEqual(['report.pdf']);
  });

  it('leaves no partial file when the download fails or is aborted', async () => {
    const failure = new Error('connection reset mid-body');
    await expect(writeDownloadToFile(broken(5000, failure), join(dir, 'a.pdf'))).rejects.toBe(failure);
    expect(await readdir(dir)).toEqual([]);

    const controller = new AbortController();
    const stalled = writeDownloadToFile(broken(5000), join(dir, 'b.pdf'), { signal: controller.signal });
    await new Promise((resolve) => setTimeout(resolve, 20));
    controller.abort();
    await expect(stalled).rejects.toBeInstanceOf(RequestAbortedError);
    expect(await readdir(dir)).toEqual([]);

    const before = download(bytes(10));
    await expect(
      writeDownloadToFile(before, join(dir, 'c.pdf'), { signal: AbortSignal.abort() }),
    ).rejects.toBeInstanceOf(RequestAbortedError);
    expect(await readdir(dir)).toEqual([]);
    // The unread body was released.
    expect(before.body.locked).toBe(false);
    await expect(before.body.getReader().read()).resolves.toEqual({ done: true, value: undefined });
  });

  it('rejects a bad destination with a ValidationError before reading', async () => {
    const file = download(bytes(10));
    for (const destination of ['', '  ', 42, null, { fileName: 'x' }]) {
      await expect(writeDownloadToFile(file, destination as never)).rejects.toBeInstanceOf(ValidationError);
    }
    await expect(writeDownloadToFile({} as BinaryResponse, join(dir, 'x'))).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it('creates a missing { directory }, with its parents, readable by its owner only', async () => {
    const nested = join(dir, 'resumes', '2026');
    const result = await writeDownloadToFile(
      download(bytes(10), { 'content-disposition': 'attachment; filename="cv.pdf"' }),
      { directory: nested },
    );
    expect(result.path).toBe(join(nested, 'cv.pdf'));
    expect((await readFile(result.path)).length).toBe(10);
    if (process.platform !== 'win32') expect((await stat(nested)).mode & 0o777).toBe(0o700);
    // An existing directory is used as it is.
    const again = await writeDownloadToFile(download(bytes(3)), { directory: nested, fileName: 'b.pdf' });
    expect(await readdir(nested)).toEqual(['b.pdf', 'cv.pdf']);
    expect(again.bytes).toBe(3);
  });

  it('passes a missing parent directory of a file path through as ENOENT', async () => {
    await expect(
      writeDownloadToFile(download(bytes(10)), join(dir, 'missing', 'x.pdf')),
    ).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('safeFileName', () => {
  it.each([
    ['resume.pdf', 'resume.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\win.ini', 'win.ini'],
    ['..', 'download'],
    ['.', 'download'],
    ['', 'download'],
    [null, 'download'],
    ['   ', 'download'],
    ['.hidden', 'hidden'],
    ['a\u0000b\r\nc.pdf', 'a_b__c.pdf'],
    ['what?<>:"|*.pdf', 'what_______.pdf'],
    ['Lebenslauf Müller.pdf', 'Lebenslauf Müller.pdf'],
  ])('%j -> %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected);
  });

  it('keeps at most 255 bytes of whole characters, fast on a huge name', () => {
    const name = safeFileName(`${'é'.repeat(1_000_000)}.pdf`);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    expect(name).toBe('é'.repeat(127));
    expect(safeFileName('', 'fallback.bin')).toBe('fallback.bin');
  });
});
