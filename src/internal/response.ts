/** A downloaded file: a stream you consume once, with its name and type. */
export interface BinaryResponse {
  /** The bytes, streamed. Read it once; or use `arrayBuffer()` / `blob()`. */
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

/** Reads the file name from a `Content-Disposition` header (RFC 6266, incl. `filename*`). */
export function fileNameFrom(disposition: string | null): string | null {
  if (!disposition) return null;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
  if (extended?.[2]) {
    try {
      return decodeURIComponent(extended[2].trim());
    } catch {
      // fall through to the plain parameter
    }
  }
  const plain = /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i.exec(disposition);
  if (!plain) return null;
  return (plain[2] !== undefined ? plain[2].replace(/\\(.)/g, '$1') : (plain[1] ?? '')).trim() || null;
}

/** Marks a `BinaryResponse`, so code that expected a JSON record can tell it was given a file. */
const BINARY = Symbol.for('smartrecruiters-sdk.binary-response');

/** Whether `value` is (or was spread from) a `BinaryResponse`; its content type when it is. */
export function binaryContentType(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !(BINARY in value)) return undefined;
  return (value as unknown as BinaryResponse).contentType;
}

/** Wraps a response whose body is a file. */
export function binaryResponse(response: Response): BinaryResponse {
  const length = Number(response.headers.get('content-length'));
  const body = response.body ?? new ReadableStream<Uint8Array>({ start: (c) => c.close() });
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

/** How `readBody` reads. */
export interface ReadBodyOptions {
  /** Largest body read, in bytes; beyond it `tooLarge()` is thrown and the body cancelled. */
  maxBytes: number;
  /** Return the text as is, never parsed. */
  asText?: boolean | undefined;
  tooLarge: () => Error;
}

/**
 * Reads a body up to `maxBytes` (at once refused when `Content-Length` says more), as JSON when
 * it says so (or looks like it), as text otherwise; empty is `undefined`.
 */
export async function readBody(response: Response, options: ReadBodyOptions): Promise<unknown> {
  if (response.status === 204 || response.status === 205) {
    await response.body?.cancel().catch(() => undefined);
    return undefined;
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > options.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw options.tooLarge();
  }
  const text = await readText(response.body, options);
  if (options.asText) return text;
  if (text === '') return undefined;
  const type = response.headers.get('content-type') ?? '';
  if (/[/+]json\b/i.test(type) || (!type && /^\s*[[{]/.test(text))) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

// Decodes whole bodies only (never a stream), so one decoder serves every response.
const decoder = new TextDecoder();

async function readText(body: ReadableStream<Uint8Array> | null, options: ReadBodyOptions): Promise<string> {
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
      throw options.tooLarge();
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
