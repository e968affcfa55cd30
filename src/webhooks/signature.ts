/**
 * Webhook signatures (https://developers.smartrecruiters.com/docs/webhooks-security), on Web Crypto
 * so it runs on Node, Deno, Bun and edge runtimes. Scheme `v1` is HMAC-SHA256, lowercase hex, over
 * `<timestamp>.<raw body>.<event-id>.<event-name>.<event-version>.<link>` (a missing header is an
 * empty string). The header may carry several `v1=` signatures (several live keys), `;`-separated.
 */
import { ValidationError, WebhookVerificationError } from '../core/errors.js';
import { constantTimeEqual } from '../internal/compare.js';
import { isKnownWebhookEventName, type WebhookEvent } from './events.js';

/** Raw request body: the exact bytes received, never a re-serialised object. */
export type RawBody = string | Uint8Array | ArrayBuffer;

/** Request headers from the Fetch API or from Node's `IncomingMessage.headers`. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

/** Header names SmartRecruiters uses on deliveries (lowercase; HTTP header names are case-insensitive). */
export const WEBHOOK_HEADERS = {
  /** The signatures: `v1=<hex>` entries, `;`-separated. */
  signature: 'smartrecruiters-signature',
  /** When the delivery was signed, Unix seconds. */
  timestamp: 'smartrecruiters-timestamp',
  /** The event's unique id. */
  eventId: 'event-id',
  /** The event's name (e.g. `application.created`). */
  eventName: 'event-name',
  /** The event's payload version. */
  eventVersion: 'event-version',
  /** The URL of the changed record (`rel=self`). */
  link: 'link',
  /** The handshake secret SmartRecruiters sends when a subscription is activated, echoed back by the callback. */
  hookSecret: 'x-hook-secret',
} as const;

/** Default accepted clock difference between the delivery's timestamp and now. */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

const encoder = new TextEncoder();

function invalidHeaders(name: string): ValidationError {
  return new ValidationError('Invalid webhook headers', [
    { path: ['headers', name], message: 'must be a string or an array of strings' },
  ]);
}

/**
 * Reads one header, case-insensitively, from either header shape. Headers that are neither a
 * `Headers` nor an object, or a value that is not a string (or an array of strings), are a
 * `ValidationError`.
 */
export function readHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof headers !== 'object' || headers === null) {
    throw new ValidationError('Invalid webhook headers', [
      { path: ['headers'], message: 'must be a Headers or an object of header values' },
    ]);
  }
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, unknown>;
  const lower = name.toLowerCase();
  for (const key of Object.keys(record)) {
    if (key.toLowerCase() !== lower) continue;
    const value = record[key];
    if (value === undefined || typeof value === 'string') return value;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ');
    throw invalidHeaders(lower);
  }
  return undefined;
}

function bodyBytes(body: RawBody): Uint8Array {
  if (typeof body === 'string') return encoder.encode(body);
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  throw new WebhookVerificationError(
    'invalid_payload',
    'Webhook body must be the raw request body (string, Uint8Array or ArrayBuffer), not a parsed object',
  );
}

/** The parts of a delivery that the signature covers. */
export interface SignedParts {
  /** The `smartrecruiters-timestamp` header, Unix seconds as sent. */
  timestamp: string;
  /** The raw request body. */
  body: RawBody;
  /** The `event-id` header; empty when absent. */
  eventId?: string | undefined;
  /** The `event-name` header; empty when absent. */
  eventName?: string | undefined;
  /** The `event-version` header; empty when absent. */
  eventVersion?: string | undefined;
  /** The `link` header; empty when absent. */
  link?: string | undefined;
}

function signedBytes(parts: SignedParts): Uint8Array {
  const prefix = encoder.encode(`${parts.timestamp}.`);
  const body = bodyBytes(parts.body);
  const suffix = encoder.encode(
    `.${parts.eventId ?? ''}.${parts.eventName ?? ''}.${parts.eventVersion ?? ''}.${parts.link ?? ''}`,
  );
  const out = new Uint8Array(prefix.length + body.length + suffix.length);
  out.set(prefix, 0);
  out.set(body, prefix.length);
  out.set(suffix, prefix.length + body.length);
  return out;
}

function hmacKey(secret: string, usage: 'sign'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    usage,
  ]);
}

function toHex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, '0')).join('');
}

function fromHex(hex: string): Uint8Array | undefined {
  if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length % 2 !== 0) return undefined;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Computes the `v1` signature (lowercase hex) of a delivery. */
export async function computeWebhookSignature(secret: string, parts: SignedParts): Promise<string> {
  const key = await hmacKey(secret, 'sign');
  return toHex(await crypto.subtle.sign('HMAC', key, signedBytes(parts) as Uint8Array<ArrayBuffer>));
}

/** Options of `signWebhookPayload`. */
export interface SignWebhookPayloadOptions {
  /** One secret key, or several (each adds a `v1=` entry, as SmartRecruiters does while keys rotate). */
  secret: string | readonly string[];
  /** The raw body to sign, as it will be sent. */
  body: RawBody;
  /** The `event-id` header to send. */
  eventId: string;
  /** The `event-name` header to send (e.g. `application.created`). */
  eventName: string;
  /** The `event-version` header to send. */
  eventVersion: string;
  /** The `link` header to send; none when omitted. */
  link?: string | undefined;
  /** Unix seconds; defaults to now. */
  timestamp?: number | undefined;
}

/**
 * Builds the headers of a signed delivery, exactly as SmartRecruiters sends them. Use it to test
 * your webhook handler.
 */
export async function signWebhookPayload(
  options: SignWebhookPayloadOptions,
): Promise<Record<string, string>> {
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const secrets = typeof options.secret === 'string' ? [options.secret] : [...options.secret];
  const parts: SignedParts = { ...options, timestamp };
  const signatures = await Promise.all(secrets.map((s) => computeWebhookSignature(s, parts)));
  const headers: Record<string, string> = {
    [WEBHOOK_HEADERS.eventId]: options.eventId,
    [WEBHOOK_HEADERS.eventName]: options.eventName,
    [WEBHOOK_HEADERS.eventVersion]: options.eventVersion,
    [WEBHOOK_HEADERS.timestamp]: timestamp,
    [WEBHOOK_HEADERS.signature]: signatures.map((sig) => `v1=${sig}`).join(';'),
  };
  if (options.link !== undefined) headers[WEBHOOK_HEADERS.link] = options.link;
  return headers;
}

/**
 * The signature and timestamp headers of a delivery; a `WebhookVerificationError` when one is
 * missing.
 */
export function signatureHeaders(headers: WebhookHeaders): { header: string; timestamp: string } {
  const header = readHeader(headers, WEBHOOK_HEADERS.signature);
  if (!header) {
    throw new WebhookVerificationError('missing_signature', 'Missing smartrecruiters-signature header');
  }
  const timestamp = readHeader(headers, WEBHOOK_HEADERS.timestamp)?.trim();
  if (!timestamp) {
    throw new WebhookVerificationError('missing_timestamp', 'Missing smartrecruiters-timestamp header');
  }
  return { header, timestamp };
}

/** Options of `verifyWebhookSignature` and `constructWebhookEvent`. */
export interface VerifyWebhookOptions {
  /** The raw request body, byte for byte. */
  body: RawBody;
  /** The request's headers, a `Headers` or Node's `IncomingMessage.headers`. */
  headers: WebhookHeaders;
  /** The subscription's secret key; pass several while keys rotate (an old key stays valid 24 h). */
  secret: string | readonly string[];
  /**
   * Largest accepted difference, in seconds, between `smartrecruiters-timestamp` and now.
   * Default 300. SmartRecruiters does not document a window.
   */
  toleranceSeconds?: number | undefined;
  /** Current time in Unix milliseconds; for tests. Default `Date.now()`. */
  now?: number | undefined;
}

// SmartRecruiters keeps at most 16 live keys (§12.5): more signatures than that are not its own.
const MAX_SIGNATURES = 16;
// 16 `v1=<64 hex digits>` entries and their separators fit in well under this.
const MAX_SIGNATURE_HEADER_LENGTH = 4096;
// Unix seconds have 10 digits until the year 2286.
const MAX_TIMESTAMP_LENGTH = 12;

function parseSignatureHeader(header: string): Uint8Array[] {
  const signatures: Uint8Array[] = [];
  if (header.length > MAX_SIGNATURE_HEADER_LENGTH) return signatures;
  for (const entry of header.split(';', 64)) {
    if (signatures.length === MAX_SIGNATURES) break;
    const eq = entry.indexOf('=');
    if (eq < 0) continue;
    const scheme = entry.slice(0, eq).trim();
    if (scheme !== 'v1') continue;
    const bytes = fromHex(entry.slice(eq + 1).trim());
    if (bytes?.length === 32) signatures.push(bytes);
  }
  return signatures;
}

function isDigits(text: string): boolean {
  if (text === '') return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

// A signed string `<timestamp>.<body>.<id>.<name>.<version>.<link>` has one reading only when
// the parts cannot trade text across a `.` (§12.5): ids are one token, event names dot-separated
// words none of which is a number, versions one token or dotted numbers (`v1`, `v201910`,
// `1.0.0`), and a link starts with `<` (RFC 8288) or is empty. The body is a JSON object, which
// cannot end inside itself (`constructWebhookEvent` checks it). Each check is one pass over the
// header (no pattern that could backtrack).
const UNAMBIGUOUS: Record<'eventId' | 'eventName' | 'eventVersion' | 'link', (value: string) => boolean> = {
  eventId: (value) => !value.includes('.'),
  eventName: (value) =>
    value === '' ||
    (!value.includes('<') && value.split('.').every((word) => !isDigits(word) && word !== '')),
  eventVersion: (value) => (!value.includes('.') && !value.includes('<')) || value.split('.').every(isDigits),
  link: (value) => value === '' || value.startsWith('<'),
};

function checkUnambiguous(parts: Record<keyof typeof UNAMBIGUOUS, string | undefined>): void {
  for (const key of Object.keys(UNAMBIGUOUS) as Array<keyof typeof UNAMBIGUOUS>) {
    if (!UNAMBIGUOUS[key](parts[key] ?? '')) {
      throw new WebhookVerificationError(
        'ambiguous_headers',
        `The ${key} header holds a "." or "<" where the signed string would allow another reading of the headers`,
      );
    }
  }
}

/** What `checkWebhookHeaders` found: the parts of a delivery that the signature covers, but its body. */
export interface CheckedWebhookHeaders {
  /** The `smartrecruiters-timestamp` header, checked to be within the tolerance. */
  timestamp: string;
  /** The decoded `v1` signatures of the `smartrecruiters-signature` header. */
  signatures: Uint8Array[];
  /** The other signed headers (`event-id`, `event-name`, `event-version`, `link`). */
  parts: Omit<SignedParts, 'timestamp' | 'body'>;
}

/** Options of `checkWebhookHeaders`. */
export interface CheckWebhookHeadersOptions {
  /** Largest accepted clock difference, in seconds. Default 300. */
  toleranceSeconds?: number | undefined;
  /** Current time in Unix milliseconds. Default `Date.now()`. */
  now?: number | undefined;
}

function checkNumberOption(value: unknown, path: string, finite: boolean): void {
  if (
    value !== undefined &&
    (typeof value !== 'number' || Number.isNaN(value) || value < 0 || (finite && !Number.isFinite(value)))
  ) {
    throw new ValidationError('Invalid webhook options', [
      { path: [path], message: `must be a non-negative${finite ? ' finite' : ''} number` },
    ]);
  }
}

/**
 * The checks of a delivery that need neither its body nor the secret, cheapest first: the
 * signature and timestamp headers are there, the timestamp is Unix seconds within the tolerance,
 * the signature header holds a `v1` signature, and the event headers have one reading only.
 * Each is one pass over a header of bounded length. A webhook endpoint runs them before it reads
 * the body; `verifyWebhookSignature` runs them first too.
 *
 * @throws WebhookVerificationError naming the first check that failed
 */
export function checkWebhookHeaders(
  headers: WebhookHeaders,
  options: CheckWebhookHeadersOptions = {},
): CheckedWebhookHeaders {
  checkNumberOption(options.toleranceSeconds, 'toleranceSeconds', false);
  checkNumberOption(options.now, 'now', true);
  const { header, timestamp } = signatureHeaders(headers);
  if (timestamp.length > MAX_TIMESTAMP_LENGTH || !isDigits(timestamp)) {
    throw new WebhookVerificationError('invalid_timestamp', 'smartrecruiters-timestamp is not Unix seconds');
  }
  const tolerance = options.toleranceSeconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS;
  const ageSeconds = Math.abs((options.now ?? Date.now()) / 1000 - Number(timestamp));
  if (!(ageSeconds <= tolerance)) {
    throw new WebhookVerificationError(
      'timestamp_outside_tolerance',
      `smartrecruiters-timestamp is ${Math.round(ageSeconds)} s away from now (tolerance ${tolerance} s)`,
    );
  }
  const signatures = parseSignatureHeader(header);
  if (signatures.length === 0) {
    throw new WebhookVerificationError(
      'malformed_signature',
      'smartrecruiters-signature holds no v1 signature',
    );
  }
  const parts = {
    eventId: readHeader(headers, WEBHOOK_HEADERS.eventId),
    eventName: readHeader(headers, WEBHOOK_HEADERS.eventName),
    eventVersion: readHeader(headers, WEBHOOK_HEADERS.eventVersion),
    link: readHeader(headers, WEBHOOK_HEADERS.link),
  };
  checkUnambiguous(parts);
  return { timestamp, signatures, parts };
}

/** The secrets of `options.secret`, checked: a `ValidationError` for anything but strings. */
function secretsOf(secret: unknown): string[] {
  const list = typeof secret === 'string' ? [secret] : Array.isArray(secret) ? [...secret] : undefined;
  if (!list?.every((s) => typeof s === 'string')) {
    throw new ValidationError('Invalid webhook options', [
      { path: ['secret'], message: 'must be a string or an array of strings' },
    ]);
  }
  return list.filter((s) => s.length > 0);
}

/**
 * Verifies a delivery's signature and timestamp. Resolves when one `v1` signature matches one
 * secret; otherwise rejects with a `WebhookVerificationError` whose `reason` names the cause.
 * SmartRecruiters signs its headers joined by `.`
 * (https://developers.smartrecruiters.com/reference/subscriptionsgeneratesecretkey-1): headers
 * that could be split another way under the same signature (an `event-id` holding a `.`, an
 * `event-version` holding one unless made of numbers, a `link` not starting with `<`) are refused
 * as `ambiguous_headers`.
 * The checks that need no secret come first (`checkWebhookHeaders`), each linear in its header.
 * The HMAC is computed once per secret and compared with each signature in constant time; at
 * most 16 signatures are read (SmartRecruiters keeps at most 16 live keys). A `secret` or
 * `headers` of the wrong type is a `ValidationError`.
 */
export async function verifyWebhookSignature(options: VerifyWebhookOptions): Promise<void> {
  if (typeof options !== 'object' || options === null) {
    throw new ValidationError('Invalid webhook options', [{ path: [], message: 'must be an object' }]);
  }
  const secrets = secretsOf(options.secret);
  if (secrets.length === 0) {
    throw new WebhookVerificationError(
      'no_secret',
      'No webhook secret key given: cannot verify the delivery',
    );
  }
  const { timestamp, signatures, parts } = checkWebhookHeaders(options.headers, options);
  const data = signedBytes({ timestamp, body: options.body, ...parts }) as Uint8Array<ArrayBuffer>;
  // One HMAC per secret, compared in constant time with each signature the header carries.
  let match = false;
  for (const secret of secrets) {
    const key = await hmacKey(secret, 'sign');
    const expected = new Uint8Array(await crypto.subtle.sign('HMAC', key, data));
    for (const signature of signatures) match = constantTimeEqual(expected, signature) || match;
  }
  if (!match) {
    throw new WebhookVerificationError(
      'signature_mismatch',
      'No smartrecruiters-signature matches the secret key',
    );
  }
}

/** The target of a `<...>` link (the `link` header starts with `<` once verified). */
function selfLink(link: string | undefined): string | null {
  if (!link?.startsWith('<')) return null;
  const end = link.indexOf('>');
  return end < 0 ? null : link.slice(1, end);
}

/**
 * Verifies a delivery, then parses it into a typed `WebhookEvent`. Narrow it with
 * `isWebhookEvent(event, 'application.status.updated')` (or `event.known` and a switch on
 * `event.name`) to get the typed payload.
 */
export async function constructWebhookEvent(options: VerifyWebhookOptions): Promise<WebhookEvent> {
  await verifyWebhookSignature(options);
  const text =
    typeof options.body === 'string' ? options.body : new TextDecoder().decode(bodyBytes(options.body));
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    throw new WebhookVerificationError('invalid_payload', 'Webhook body is not valid JSON');
  }
  if (!payload || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new WebhookVerificationError('invalid_payload', 'Webhook body is not a JSON object');
  }
  const timestamp = readHeader(options.headers, WEBHOOK_HEADERS.timestamp);
  const name = readHeader(options.headers, WEBHOOK_HEADERS.eventName) ?? '';
  return {
    id: readHeader(options.headers, WEBHOOK_HEADERS.eventId) ?? '',
    known: isKnownWebhookEventName(name),
    name,
    version: readHeader(options.headers, WEBHOOK_HEADERS.eventVersion) ?? '',
    link: selfLink(readHeader(options.headers, WEBHOOK_HEADERS.link)),
    signed_at: timestamp ? new Date(Number(timestamp) * 1000).toISOString() : null,
    payload,
  } as WebhookEvent;
}

/**
 * The activation handshake
 * (https://developers.smartrecruiters.com/docs/activating-webhook-subscriptions): when
 * SmartRecruiters POSTs with `X-Hook-Secret`, answer 200 echoing the same header. Returns the value
 * to echo, or `null` when the request is not a handshake.
 */
export function readHookSecret(headers: WebhookHeaders): string | null {
  const value = readHeader(headers, WEBHOOK_HEADERS.hookSecret);
  return value ? value : null;
}
