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
