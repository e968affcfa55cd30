import type { ResponseLimit } from '../core/errors.js';
import { JsonShape, jsonLimitCount } from './json-limits.js';

/** A downloaded file: a stream you consume once, with its name and type. */
export interface BinaryResponse {
  /**
   * The bytes, streamed. Read it once; or use `arrayBuffer()` / `blob()`. Each read waits at most
   * the request's `timeoutMs` for the next bytes, and the whole file is at most `maxDownloadBytes`:
   * past either, the stream errors with `TimeoutError` or `ResponseTooLargeError`.
   */
  body: ReadableStream<Uint8Array>;
  /** `Content-Type` of the file (default `application/octet-stream`). */
  contentType: string;
  /** File name from `Content-Disposition`, when SmartRecruiters sent one. */
  fileName: string | null;
  /** Size in bytes from `Content-Length`, when known. */
  contentLength: number | null;
  /** Reads the whole file into memory (consumes `body`). */
  arrayBuffer(): Promise<ArrayBuffer>;
  /** Reads the whole file into a Blob (consumes `body`). */
  blob(): Promise<Blob>;
}

/** How to read a successful response. */
export type ResponseType = 'json' | 'text' | 'stream';

/** Longest `Content-Disposition` read: a real one holds a file name of at most a few hundred bytes. */
const MAX_DISPOSITION_LENGTH = 4096;

/**
 * The parameters of a `Content-Disposition` value (RFC 6266 §4.1), names in lower case: split on
 * `;` outside quoted strings, quoted values unescaped. One pass over the value.
 */
function dispositionParams(value: string): Map<string, string> {
  const params = new Map<string, string>();
  let i = value.indexOf(';');
  let eq = -1;
  while (i >= 0 && i < value.length) {
    // Each search starts where the last one stopped: one pass, however many `;` come first.
    if (eq <= i) eq = value.indexOf('=', i + 1);
    const semi = value.indexOf(';', i + 1);
    if (eq < 0) break;
    if (semi >= 0 && semi < eq) {
      i = semi;
      continue;
    }
    const name = value
      .slice(i + 1, eq)
      .trim()
      .toLowerCase();
    let j = eq + 1;
    while (j < value.length && (value[j] === ' ' || value[j] === '\t')) j++;
    let text = '';
    if (value[j] === '"') {
      for (j++; j < value.length && value[j] !== '"'; j++) {
        if (value[j] === '\\' && j + 1 < value.length) j++;
        text += value[j];
      }
      const next = value.indexOf(';', j);
      i = next;
    } else {
      const next = value.indexOf(';', j);
      text = value.slice(j, next < 0 ? value.length : next);
      i = next;
    }
    if (!params.has(name)) params.set(name, text);
  }
  return params;
}

/**
 * Reads the file name from a `Content-Disposition` header (RFC 6266, `filename*` first). A value
 * longer than 4 096 characters is not read.
 */
export function fileNameFrom(disposition: string | null): string | null {
  if (!disposition || disposition.length > MAX_DISPOSITION_LENGTH) return null;
  const params = dispositionParams(disposition);
  // RFC 8187: charset'language'percent-encoded value.
  const extended = params.get('filename*');
  const quote = extended?.indexOf("'") ?? -1;
  const second = quote < 0 ? -1 : (extended?.indexOf("'", quote + 1) ?? -1);
  if (extended !== undefined && second >= 0) {
    const encoded = extended.slice(second + 1).trim();
    try {
      if (encoded !== '') return decodeURIComponent(encoded);
    } catch {
      // fall through to the plain parameter
    }
  }
  return params.get('filename')?.trim() || null;
}

/** Marks a `BinaryResponse`, so code that expected a JSON record can tell it was given a file. */
const BINARY = Symbol.for('smartrecruiters-sdk.binary-response');

/** Whether `value` is (or was spread from) a `BinaryResponse`; its content type when it is. */
export function binaryContentType(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !(BINARY in value)) return undefined;
  return (value as unknown as BinaryResponse).contentType;
}

/** Bounds of a download's body, each read. */
export interface DownloadBounds {
  /** Longest wait for the next bytes while the body is read, in ms. */
  idleTimeoutMs: number;
  /** Largest body read, in bytes. */
  maxBytes: number;
  /** The error when no bytes came for `idleTimeoutMs` (a `TimeoutError`). */
  timeout: () => Error;
  /** The error past `maxBytes` (a `ResponseTooLargeError`). */
  tooLarge: () => Error;
}

/**
 * `source` read through bounds: each read waits at most `idleTimeoutMs` for bytes, and the whole
 * body is at most `maxBytes`; either way the stream errors (and the connection is released). No
 * timer runs while nobody reads: a paused reader is not timed out.
 */
function boundedBody(source: ReadableStream<Uint8Array>, bounds: DownloadBounds): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let size = 0;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const idle = new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => reject(bounds.timeout()), bounds.idleTimeoutMs);
        });
        try {
          const next = await Promise.race([reader.read(), idle]);
          if (next.done) return controller.close();
          size += next.value.byteLength;
          if (size > bounds.maxBytes) throw bounds.tooLarge();
          controller.enqueue(next.value);
        } catch (error) {
          reader.cancel(error).catch(() => undefined);
          controller.error(error);
        } finally {
          clearTimeout(timer);
        }
      },
      cancel: (reason) => reader.cancel(reason),
    },
    // Nothing is read ahead of the caller's reads (and no timer runs without one).
    { highWaterMark: 0 },
  );
}

/**
 * Wraps a response whose body is a file. With `bounds`, every read of it (`body`, `arrayBuffer()`,
 * `blob()`, and the Node helpers built on `body`) is held to them.
 */
export function binaryResponse(response: Response, bounds?: DownloadBounds): BinaryResponse {
  const length = Number(response.headers.get('content-length'));
  const raw = response.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
  const body = bounds ? boundedBody(raw, bounds) : raw;
  const file: BinaryResponse & { [BINARY]: true } = {
    [BINARY]: true,
    body,
    contentType: response.headers.get('content-type') ?? 'application/octet-stream',
    fileName: fileNameFrom(response.headers.get('content-disposition')),
    contentLength: response.headers.has('content-length') && Number.isFinite(length) ? length : null,
    arrayBuffer: () => new Response(body).arrayBuffer(),
    blob: () => new Response(body).blob(),
  };
  return file;
}

/** How `readBody` reads a successful (2xx) answer; other answers are always read leniently. */
export type BodyExpectation =
  /** JSON when it says so (or, without a content type, looks like it), text otherwise; never an HTML page. */
  | 'auto'
  /** JSON only: anything else is unexpected. */
  | 'json'
  /** The text as is, never parsed. */
  | 'text';

/** How `readBody` reads. */
export interface ReadBodyOptions {
  /** Largest body read, in bytes; beyond it `tooLarge('bytes')` is thrown and the body cancelled. */
  maxBytes: number;
  /** How to read a 2xx answer. Default `auto`. */
  expect?: BodyExpectation | undefined;
  /** The error past a limit: the byte cap, or a structural bound of JSON (see `json-limits.ts`). */
  tooLarge: (limit: ResponseLimit, count?: number) => Error;
  /** The error for a 2xx answer that is not what `expect` says (an `UnexpectedResponseError`). */
  unexpected: (what: string, contentType: string | undefined) => Error;
}

// Longest Content-Type read: a media type and its parameters, never more.
const MAX_CONTENT_TYPE_LENGTH = 256;

/** The answer's media type, lower-cased, bounded; `''` when absent. */
function contentTypeOf(response: Response): string {
  return (response.headers.get('content-type') ?? '').slice(0, MAX_CONTENT_TYPE_LENGTH).toLowerCase();
}

/** Whether a media type is JSON (`application/json`, `application/problem+json`...). */
export function isJsonType(type: string): boolean {
  return /[/+]json\b/.test(type.slice(0, MAX_CONTENT_TYPE_LENGTH));
}

function isHtmlType(type: string): boolean {
  return type.startsWith('text/html') || type.startsWith('application/xhtml+xml');
}

/** Whether text starts (after white space) like a JSON object or array. */
function looksLikeJson(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '{' || char === '[') return true;
    if (char.trim() !== '') return false;
  }
  return false;
}

/**
 * Reads a body up to `maxBytes` (at once refused when `Content-Length` says more), as JSON when
 * it says so (or looks like it), as text otherwise; empty is `undefined`. A JSON body is held to
 * the structural bounds of `json-limits.ts` while it arrives, before it is parsed. A 2xx answer
 * that is not what `expect` says (an HTML page, JSON that does not parse, anything but JSON
 * for `json`) is `unexpected`: it must never be taken for a record.
 */
export async function readBody(response: Response, options: ReadBodyOptions): Promise<unknown> {
  if (response.status === 204 || response.status === 205) {
    await response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  const expect = options.expect ?? 'auto';
  const ok = response.ok;
  const type = contentTypeOf(response);
  const json = isJsonType(type);
  const refuse = async (what: string) => {
    await response.body?.cancel().catch(() => undefined);
    return options.unexpected(what, type || undefined);
  };
  if (ok && expect === 'auto' && isHtmlType(type)) throw await refuse('an HTML page');
  if (ok && expect === 'json' && type !== '' && !json) throw await refuse(`a ${type.split(';')[0]} body`);
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw options.tooLarge('bytes');
  }
  // A body that says it is JSON is held to the JSON bounds as it arrives; one without a type
  // only once it turns out to be JSON.
  const shape = expect !== 'text' && (json || type === '') ? new JsonShape() : undefined;
  const text = await readText(response.body, options, shape, json);
  if (expect === 'text' && ok) return text;
  if (text === '') return undefined;
  if (json || (type === '' && looksLikeJson(text))) {
    if (shape?.exceeded) throw options.tooLarge(shape.exceeded, jsonLimitCount(shape.exceeded));
    try {
      return JSON.parse(text) as unknown;
    } catch {
      if (ok) throw options.unexpected('JSON that does not parse', type || undefined);
      return text;
    }
  }
  if (ok && expect === 'json') throw options.unexpected('a body that is not JSON', type || undefined);
  return text;
}

// Decodes whole bodies only (never a stream), so one decoder serves every response.
const decoder = new TextDecoder();

async function readText(
  body: ReadableStream<Uint8Array> | null,
  options: ReadBodyOptions,
  shape: JsonShape | undefined,
  stopAtLimit: boolean,
): Promise<string> {
  if (!body) return '';
  // Read to its end, cancelled, or errored: the stream is never read again, so the lock stays.
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > options.maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw options.tooLarge('bytes');
    }
    const exceeded = shape?.feed(value);
    if (exceeded && stopAtLimit) {
      await reader.cancel().catch(() => undefined);
      throw options.tooLarge(exceeded, jsonLimitCount(exceeded));
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return decoder.decode(chunks[0]);
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decoder.decode(bytes);
}
