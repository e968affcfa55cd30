/**
 * Downloads in Node: a `BinaryResponse`'s web stream as a Node `Readable`, or written to a file,
 * typed so that neither needs a cast whatever `lib` the caller's tsconfig has (with `DOM`, the web
 * stream type and `node:stream/web`'s differ, and `Readable.fromWeb` refuses the first).
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { link, mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { RequestAbortedError, ValidationError } from '../core/errors.js';
import { linkedSignal } from '../internal/abort.js';
import type { BinaryResponse } from '../internal/response.js';
import { isSpace, trimWhere } from '../internal/text.js';

/** What the download helpers accept: a download (`BinaryResponse`) or its `body` stream. */
export type DownloadSource = Pick<BinaryResponse, 'body'> | ReadableStream<Uint8Array>;

/** Options of `toNodeReadable`. */
export interface ToNodeReadableOptions {
  /** Destroys the stream (with an `AbortError`) when it fires. */
  signal?: AbortSignal | undefined;
}

function isWebStream(value: unknown): value is ReadableStream<Uint8Array> {
  return typeof (value as { getReader?: unknown } | null)?.getReader === 'function';
}

function bodyOf(source: DownloadSource): ReadableStream<Uint8Array> {
  const body = isWebStream(source) ? source : (source as { body?: unknown } | null)?.body;
  if (!isWebStream(body)) {
    throw new ValidationError('Invalid download', [
      { path: ['download'], message: 'must be a download (BinaryResponse) or its body stream' },
    ]);
  }
  if (body.locked) {
    throw new ValidationError('Invalid download', [
      { path: ['download'], message: 'its body was already read: a download can be read once' },
    ]);
  }
  return body;
}

/**
 * A download as a Node `Readable`, for `pipeline()`, `for await`, or any Node stream API.
 *
 * ```ts
 * const file = await sr.attachments.download(attachmentId);
 * await pipeline(toNodeReadable(file), createGzip(), createWriteStream('resume.pdf.gz'));
 * ```
 */
export function toNodeReadable(download: DownloadSource, options: ToNodeReadableOptions = {}): Readable {
  // The one place the two `ReadableStream` types meet: they are the same object at run time.
  const body = bodyOf(download) as unknown as NodeReadableStream<Uint8Array>;
  if (!options.signal) return Readable.fromWeb(body);
  // Node adds a listener per stream: it listens to a signal of the SDK's own, linked to the
  // caller's once (see `onAbort`), unlinked when the stream closes.
  const linked = linkedSignal(options.signal);
  const readable = Readable.fromWeb(body, { signal: linked.signal });
  readable.once('close', linked.dispose);
  return readable;
}

/** Where `writeDownloadToFile` writes: a file path, or a directory and the file's name. */
export type DownloadDestination =
  | string
  | {
      /**
       * The directory to write into. Created when missing, with its parents (new directories
       * readable by their owner only, `0o700`: downloads hold personal data).
       */
      directory: string;
      /**
       * The file's name, made safe with `safeFileName`. Default: the download's own `fileName`
       * (from SmartRecruiters' `Content-Disposition`), made safe the same way.
       */
      fileName?: string | undefined;
    };

/** Options of `writeDownloadToFile`. */
export interface WriteDownloadOptions {
  /** Cancels the download; the partly written file is removed. */
  signal?: AbortSignal | undefined;
  /** Replace a file already at the destination. Default `true`, as `fs.writeFile` does. */
  overwrite?: boolean | undefined;
  /** File mode of the new file. Default `0o600`: readable by its owner only (files hold personal data). */
  mode?: number | undefined;
}

/** The file `writeDownloadToFile` wrote. */
export interface WrittenDownload {
  /** Absolute path of the file. */
  path: string;
  /** Bytes written. */
  bytes: number;
}

// Characters no file name should carry on any platform, control characters included.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes.
const UNSAFE_FILE_NAME = /[\u0000-\u001f\u007f<>:"/\\|?*]/g;
const MAX_FILE_NAME_BYTES = 255;

const isSpaceOrDot = (char: string) => char === '.' || isSpace(char);

/**
 * A file name that is safe to join to a directory: the last path segment only, without control
 * or reserved characters, not `.` or `..`, at most 255 bytes; `fallback` when nothing is left.
 * Use it on any name that came from the other side (an attachment's `fileName` is chosen by
 * whoever uploaded it).
 */
export function safeFileName(name: string | null | undefined, fallback = 'download'): string {
  // Linear whatever the name: no pattern here backtracks (trimming is a loop).
  const last = basename(String(name ?? '').replace(/\\/g, '/'));
  const cleaned = trimWhere(last.replace(UNSAFE_FILE_NAME, '_'), isSpaceOrDot);
  // Whole code points only: each is at least one byte, so at most 255 of them can fit.
  const points = [...cleaned.slice(0, MAX_FILE_NAME_BYTES * 2)].slice(0, MAX_FILE_NAME_BYTES);
  while (Buffer.byteLength(points.join('')) > MAX_FILE_NAME_BYTES) points.pop();
  const safe = trimWhere(points.join(''), isSpaceOrDot, { start: false });
  return safe === '' ? fallback : safe;
}

function targetPath(download: DownloadSource, destination: DownloadDestination): string {
  if (typeof destination === 'string' && destination.trim() !== '') return resolve(destination);
  if (typeof destination === 'object' && destination !== null && typeof destination.directory === 'string') {
    const own = (download as { fileName?: unknown }).fileName;
    const name = destination.fileName ?? (typeof own === 'string' ? own : undefined);
    return join(resolve(destination.directory), safeFileName(name));
  }
  throw new ValidationError('Invalid download destination', [
    { path: ['destination'], message: 'must be a file path or { directory, fileName? }' },
  ]);
}

/**
 * Streams a download into a file, never holding it in memory. The bytes go to a temporary file
 * next to the destination, renamed into place once complete: a failed or cancelled download
 * leaves no partial file behind.
 *
 * ```ts
 * const file = await sr.attachments.download(attachmentId);
 * const { path, bytes } = await writeDownloadToFile(file, { directory: './resumes' });
 * ```
 *
 * Errors: `ValidationError` for a bad argument, `RequestAbortedError` when `signal` fires, the
 * download's own error when its stream fails (a download of the SDK: `TimeoutError` when no bytes
 * came for the request's `timeoutMs`, `ResponseTooLargeError` past `maxDownloadBytes`), and Node's
 * file-system errors as they are (`EEXIST` when `overwrite` is `false` and the file exists,
 * `ENOENT` when the parent directory of a file path is missing; a `{ directory }` is created). The
 * partly written file is removed on every failure.
 */
export async function writeDownloadToFile(
  download: DownloadSource,
  destination: DownloadDestination,
  options: WriteDownloadOptions = {},
): Promise<WrittenDownload> {
  const body = bodyOf(download);
  const { signal } = options;
  let path: string;
  try {
    path = targetPath(download, destination);
    if (signal?.aborted) throw new RequestAbortedError('The download was aborted', { cause: signal.reason });
    if (typeof destination === 'object') await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  } catch (error) {
    // Nothing will read the body: release the connection it holds.
    await body.cancel().catch(() => {});
    throw error;
  }
  const temporary = `${path}.${randomBytes(6).toString('hex')}.partial`;
  const file = createWriteStream(temporary, { flags: 'wx', mode: options.mode ?? 0o600 });
  try {
    await pipeline(toNodeReadable(body, { signal }), file);
    if (options.overwrite === false) {
      // `link` refuses an existing destination: no file is replaced, even by a concurrent writer.
      await link(temporary, path);
      await rm(temporary, { force: true });
    } else {
      await rename(temporary, path);
    }
  } catch (error) {
    await rm(temporary, { force: true });
    if (signal?.aborted) throw new RequestAbortedError('The download was aborted', { cause: signal.reason });
    throw error;
  }
  return { path, bytes: file.bytesWritten };
}
