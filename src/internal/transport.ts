/**
 * The transport stage: one exchange with SmartRecruiters through `fetch`. Follows
 * redirects itself (never carrying a caller header or a body to another origin), reads JSON and
 * text bodies up to a size cap, and turns network failures into the SDK's errors. The deadline
 * is the caller's: `signal` aborts the exchange, its reason says why.
 */
import {
  ConnectionError,
  RedirectError,
  type RequestDescription,
  ResponseTooLargeError,
  SmartRecruitersError,
  TimeoutError,
  UnexpectedResponseError,
} from '../core/errors.js';
import { errorOf, raceSignal } from './abort.js';
import type { PreparedBody } from './body.js';
import { type BinaryResponse, binaryResponse, type ResponseType, readBody } from './response.js';

/**
 * Default `maxResponseBytes`, for JSON and text: SR's pages (at most 100 records of a few KB each)
 * are some hundred KB, and its largest answers, whole configuration lists, a few MB at most.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/**
 * Default `maxDownloadBytes`, for files (streams): SR's attachments and offer documents (resumes,
 * PDFs) are some MB.
 */
export const DEFAULT_MAX_DOWNLOAD_BYTES = 64 * 1024 * 1024;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;

/** One exchange to perform. */
export interface ExchangeInput {
  url: string;
  method: string;
  /** Sent on every hop: `accept`, `user-agent`. */
  baseHeaders: Record<string, string>;
  /** The caller's headers: sent to the request's own origin only. */
  callerHeaders: Readonly<Record<string, string>>;
  /** The credential: sent to the request's own origin only. */
  credentialHeaders: Readonly<Record<string, string>>;
  /** Builds the body anew for each hop (a stream is read once). */
  makeBody: () => PreparedBody;
  /** Aborts the exchange (caller, deadline); its reason becomes the error. */
  signal: AbortSignal;
  /** `false` for the OAuth token endpoint: a redirect to another origin is an error. */
  crossOriginRedirects: boolean;
  responseType: ResponseType | undefined;
  maxResponseBytes: number;
  /** Largest download (stream) read, in bytes. */
  maxDownloadBytes: number;
  /** Longest wait for the next bytes of a download while it is read, in ms. */
  idleTimeoutMs: number;
  describe: RequestDescription;
  fetch: typeof fetch | undefined;
}

/** What an exchange got: the response (body consumed unless streamed) and its data. */
export interface ExchangeResult {
  response: Response;
  data: unknown;
}

/** Sends the request and reads its answer. Rejects with a `SmartRecruitersError` only. */
export async function exchange(input: ExchangeInput): Promise<ExchangeResult> {
  let response: Response;
  try {
    response = await follow(input);
  } catch (error) {
    throw transportError(error, input);
  }
  try {
    const responseType = input.responseType ?? (isBinary(response.headers) ? 'stream' : undefined);
    // A file is the caller's to read, at its own pace, within its bounds.
    if (response.ok && responseType === 'stream') return { response, data: download(response, input) };
    const read = readBody(response, {
      maxBytes: input.maxResponseBytes,
      // Unset: JSON or text as the answer says. `json`: JSON only. (`stream` here: an error's body.)
      expect: responseType === 'json' || responseType === 'text' ? responseType : 'auto',
      tooLarge: (limit, count) =>
        new ResponseTooLargeError({
          limitBytes: input.maxResponseBytes,
          status: response.status,
          request: input.describe,
          limit,
          count,
        }),
      unexpected: (what, contentType) =>
        new UnexpectedResponseError(
          `SmartRecruiters answered ${response.status} with ${what} where JSON was expected (${input.describe.method} ${input.describe.path})`,
          { contentType },
        ),
    });
    // Not every fetch ties the body to the signal: the read races it.
    return { response, data: await raceSignal(read, input.signal) };
  } catch (error) {
    response.body?.cancel().catch(() => undefined);
    throw transportError(error, input);
  }
}

/**
 * A file answer: refused at once when `Content-Length` is over `maxDownloadBytes`, else a stream
 * whose every read is bounded (no bytes for `idleTimeoutMs`, more than `maxDownloadBytes`).
 */
function download(response: Response, input: ExchangeInput): BinaryResponse {
  const tooLarge = () =>
    new ResponseTooLargeError({
      limitBytes: input.maxDownloadBytes,
      status: response.status,
      request: input.describe,
    });
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > input.maxDownloadBytes) throw tooLarge();
  const { method, path } = input.describe;
  return binaryResponse(response, {
    idleTimeoutMs: input.idleTimeoutMs,
    maxBytes: input.maxDownloadBytes,
    tooLarge,
    timeout: () =>
      new TimeoutError(`No bytes of the download within ${input.idleTimeoutMs} ms (${method} ${path})`, {
        request: input.describe,
      }),
  });
}

/**
 * Sends the request, following redirects itself: `fetch` would carry `X-SmartToken` and the
 * caller's headers to another host. A hop to another origin keeps only `accept` and
 * `user-agent`, and is refused when it would re-send a body or leave the token endpoint.
 */
async function follow(input: ExchangeInput): Promise<Response> {
  const origin = new URL(input.url).origin;
  let url = input.url;
  let method = input.method;
  let crossOrigin = false;
  let prepared = input.makeBody();
  const { signal } = input;
  // Called unbound: a browser's `fetch` refuses any `this` but the global one.
  const callerFetch = input.fetch;
  for (let hop = 0; ; hop++) {
    // Once the request has left its origin, no caller header follows it (not even back).
    const sent: Record<string, string> = crossOrigin
      ? { ...input.baseHeaders }
      : { ...input.baseHeaders, ...input.callerHeaders, ...input.credentialHeaders };
    if (prepared.contentType) sent['content-type'] = prepared.contentType;
    else delete sent['content-type'];
    // `duplex` lets a stream be the body (Node's fetch requires it for one; others ignore it).
    const init = {
      method,
      headers: sent,
      body: prepared.body ?? null,
      redirect: 'manual',
      signal,
      duplex: 'half',
    } as RequestInit;
    // A caller's `fetch` gets a `Request` (with the signal on it: some read it from there only);
    // the runtime's takes the URL and options as they are.
    // Raced too: a caller's `fetch` that ignores the signal must not outlive the deadline.
    const response = await raceSignal(
      callerFetch ? callerFetch(new Request(url, init)) : globalThis.fetch(url, init),
      signal,
    );
    if (response.type === 'opaqueredirect') {
      throw refused('A redirect could not be followed in this runtime', 0, input);
    }
    const location = REDIRECTS.has(response.status) ? response.headers.get('location') : null;
    if (location === null) return response;
    await response.body?.cancel().catch(() => undefined);
    const status = response.status;
    if (hop >= MAX_REDIRECTS) throw refused(`More than ${MAX_REDIRECTS} redirects`, status, input);
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw refused('A redirect gave an invalid location', status, input);
    }
    if (next.protocol !== 'https:' && next.protocol !== 'http:') {
      throw refused('A redirect led to a URL that is not http(s); not followed', status, input);
    }
    if (next.username !== '' || next.password !== '') {
      throw refused('A redirect led to a URL with a user name or password; not followed', status, input);
    }
    if (next.protocol === 'http:' && new URL(url).protocol === 'https:') {
      throw refused('A redirect led from https to http; not followed', status, input);
    }
    const leaves = next.origin !== origin;
    if (leaves && !input.crossOriginRedirects) {
      throw refused('The OAuth token endpoint redirected to another origin; not followed', status, input);
    }
    // RFC 9110 §15.4: 303 (and 301/302 after a POST) continue as a GET without the body.
    if (status === 303 || ((status === 301 || status === 302) && method === 'POST')) {
      if (method !== 'HEAD') method = 'GET';
      prepared = { body: undefined, contentType: undefined };
    } else {
      prepared = input.makeBody();
      if (leaves && prepared.body !== undefined) {
        throw refused(
          `A ${status} redirect would re-send the request body to another origin; not followed`,
          status,
          input,
        );
      }
    }
    crossOrigin ||= leaves;
    url = next.toString();
  }
}

function refused(message: string, status: number, input: ExchangeInput): RedirectError {
  return new RedirectError(`${message} (${input.describe.method} ${input.describe.path})`, {
    status,
    request: input.describe,
  });
}

/** The SDK's error for a failed exchange: the signal's reason when it aborted it. */
function transportError(error: unknown, input: ExchangeInput): SmartRecruitersError {
  if (input.signal.aborted) return errorOf(input.signal);
  if (error instanceof SmartRecruitersError) return error;
  return new ConnectionError(`Connection failed (${input.describe.method} ${input.describe.path})`, {
    cause: redactedCause(error),
    request: input.describe,
  });
}

/**
 * `text` with the user name and password of every URL (`scheme://user:password@host`) replaced by
 * `[redacted]`; `undefined` when it holds none. One pass: each `://` is followed to the first
 * character that ends an authority.
 */
function redactUserinfo(text: string): string | undefined {
  let out = '';
  let from = 0;
  let found = false;
  for (let at = text.indexOf('://'); at >= 0; at = text.indexOf('://', at + 3)) {
    const start = at + 3;
    let end = start;
    while (end < text.length && !'/?#@ \t\r\n'.includes(text[end] as string)) end++;
    if (text[end] !== '@' || end === start) continue;
    out += `${text.slice(from, start)}[redacted]`;
    from = end;
    found = true;
    at = end - 3;
  }
  return found ? out + text.slice(from) : undefined;
}

/**
 * The runtime's error, as is unless a message in its cause chain holds a URL with credentials:
 * then copies of the chain (name, message redacted, `code`) replace it.
 */
function redactedCause(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error) || depth > 4) return error;
  const chain: Error[] = [];
  for (let e: unknown = error; e instanceof Error && chain.length <= 4; e = e.cause) chain.push(e);
  if (!chain.some((e) => redactUserinfo(e.message) !== undefined)) return error;
  const copy = new Error(redactUserinfo(error.message) ?? error.message, {
    cause: redactedCause(error.cause, depth + 1),
  });
  copy.name = error.name;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') Object.assign(copy, { code });
  return copy;
}

/** A body that is a file (a PDF, an image), not JSON or text: returned as a stream by default. */
export function isBinary(headers: Headers): boolean {
  const type = headers.get('content-type')?.slice(0, 256).toLowerCase();
  if (!type) return false;
  return !/json|^text\/|xml|x-www-form-urlencoded/.test(type);
}
