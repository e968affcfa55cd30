/**
 * Transport-independent request and response shapes of the fake. The `node:http` server and the
 * msw handlers both translate to and from these.
 */

/** A request as the fake's core sees it. */
export interface FakeHttpRequest {
  /** HTTP method, any case. */
  method: string;
  /** Absolute URL, or a path with query (`/candidates?limit=5`) resolved against the fake's base URL. */
  url: string;
  /** Request headers (names are matched case-insensitively). */
  headers: Headers | Record<string, string | readonly string[] | undefined>;
  /** Raw body bytes. Default: empty. */
  body?: Uint8Array | undefined;
  /**
   * When the request arrived, Unix ms (fractional). Default: when `handle()` is called. The node
   * server passes the moment the request line was read.
   */
  receivedAt?: number | undefined;
}

/** The fake's answer. */
export interface FakeHttpResponse {
  /** The HTTP status. */
  status: number;
  /** Lowercase header names. */
  headers: Record<string, string>;
  /** The body's bytes (empty when none). */
  body: Uint8Array;
  /**
   * When true the transport must not answer: the node server destroys the socket, msw returns a
   * network error. Set by a fault with `drop: true`.
   */
  drop?: boolean;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** UTF-8 encodes a string. */
export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** Decodes UTF-8 bytes. */
export function fromUtf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** Normalises either header shape into a `Headers` object. */
export function toHeaders(input: FakeHttpRequest['headers']): Headers {
  if (input instanceof Headers) return input;
  const headers = new Headers();
  for (const [name, value] of Object.entries(input)) {
    if (value === undefined) continue;
    if (typeof value === 'string') headers.append(name, value);
    else for (const v of value) headers.append(name, v);
  }
  return headers;
}

/** What a route handler returns; `json` is serialised by the core. */
export interface RouteResponse {
  /** The HTTP status. */
  status: number;
  /** Response headers (lowercase names). */
  headers?: Record<string, string>;
  /** A body to send as JSON (a string with a `text/*` content type is sent as text). */
  json?: unknown;
  /** A binary body, sent as is (wins over `json`). */
  bytes?: Uint8Array;
}

/** A JSON response. */
export function json(status: number, body: unknown, headers?: Record<string, string>): RouteResponse {
  return headers ? { status, json: body, headers } : { status, json: body };
}

/** An empty response (204 by default). */
export function noContent(status = 204): RouteResponse {
  return { status };
}

/** A binary response. */
export function binary(status: number, bytes: Uint8Array, headers: Record<string, string>): RouteResponse {
  return { status, bytes, headers };
}

export { fromBase64Url, toBase64, toBase64Url } from '../internal/base64.js';
