/**
 * Webhook signatures (https://developers.smartrecruiters.com/docs/webhooks-security), on Web Crypto
 * so it runs on Node, Deno, Bun and edge runtimes. Scheme `v1` is HMAC-SHA256, lowercase hex, over
 * `<timestamp>.<raw body>.<event-id>.<event-name>.<event-version>.<link>` (a missing header is an
 * empty string). The header may carry several `v1=` signatures (several live keys), `;`-separated.
 */
import { WebhookVerificationError } from '../core/errors.js';
import { isKnownWebhookEventName, type WebhookEvent } from './events.js';

/** Raw request body: the exact bytes received, never a re-serialised object. */
export type RawBody = string | Uint8Array | ArrayBuffer;

/** Request headers from the Fetch API or from Node's `IncomingMessage.headers`. */
export type WebhookHeaders = Headers | Record<string, string | string[] | undefined>;

/** Header names SmartRecruiters uses on deliveries (lowercase; HTTP header names are case-insensitive). */
export const WEBHOOK_HEADERS = {
  signature: 'smartrecruiters-signature',
  timestamp: 'smartrecruiters-timestamp',
  eventId: 'event-id',
  eventName: 'event-name',
  eventVersion: 'event-version',
  link: 'link',
  hookSecret: 'x-hook-secret',
} as const;

/** Default accepted clock difference between the delivery's timestamp and now. */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

const encoder = new TextEncoder();

/** Reads one header, case-insensitively, from either header shape. */
export function readHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const record = headers as Record<string, string | string[] | undefined>;
  const lower = name.toLowerCase();
  for (const key of Object.keys(record)) {
    if (key.toLowerCase() !== lower) continue;
    const value = record[key];
    return Array.isArray(value) ? value.join(', ') : value;
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
  timestamp: string;
  body: RawBody;
  eventId?: string | undefined;
  eventName?: string | undefined;
  eventVersion?: string | undefined;
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

/** Compares two byte arrays in time that depends on their length only. */
function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
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
  body: RawBody;
  eventId: string;
  eventName: string;
  eventVersion: string;
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
 * missing. A cheap first check, before the body is read.
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

function parseSignatureHeader(header: string): Uint8Array[] {
  const signatures: Uint8Array[] = [];
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

// A signed string `<timestamp>.<body>.<id>.<name>.<version>.<link>` has one reading only when
// the parts cannot trade text across a `.` (§12.5): ids are one token, event names dot-separated
// words none of which is a number, versions one token or dotted numbers (`v1`, `v201910`,
// `1.0.0`), and a link starts with `<` (RFC 8288) or is empty. The body is a JSON object, which
// cannot end inside itself (`constructWebhookEvent` checks it).
const UNAMBIGUOUS: Record<'eventId' | 'eventName' | 'eventVersion' | 'link', RegExp> = {
  eventId: /^[^.]*$/,
  eventName: /^$|^[^.<]*[^.<\d][^.<]*(?:\.[^.<]*[^.<\d][^.<]*)*$/,
  eventVersion: /^(?:[^.<]*|\d+(?:\.\d+)*)$/,
  link: /^(?:<.*)?$/s,
};

function checkUnambiguous(parts: Record<keyof typeof UNAMBIGUOUS, string | undefined>): void {
  for (const key of Object.keys(UNAMBIGUOUS) as Array<keyof typeof UNAMBIGUOUS>) {
    if (!UNAMBIGUOUS[key].test(parts[key] ?? '')) {
      throw new WebhookVerificationError(
        'ambiguous_headers',
        `The ${key} header holds a "." or "<" where the signed string would allow another reading of the headers`,
      );
    }
  }
}

/**
 * Verifies a delivery's signature and timestamp. Resolves when one `v1` signature matches one
 * secret; otherwise rejects with a `WebhookVerificationError` whose `reason` names the cause.
 * SmartRecruiters signs its headers joined by `.`
 * (https://developers.smartrecruiters.com/reference/subscriptionsgeneratesecretkey-1): headers
 * that could be split another way under the same signature (an `event-id` holding a `.`, an
 * `event-version` holding one unless made of numbers, a `link` not starting with `<`) are refused
 * as `ambiguous_headers`.
 * The HMAC is computed once per secret and compared with each signature in constant time; at
 * most 16 signatures are read (SmartRecruiters keeps at most 16 live keys).
 */
export async function verifyWebhookSignature(options: VerifyWebhookOptions): Promise<void> {
  const secrets = (typeof options.secret === 'string' ? [options.secret] : [...options.secret]).filter(
    (s) => s.length > 0,
  );
  if (secrets.length === 0) {
    throw new WebhookVerificationError(
      'no_secret',
      'No webhook secret key given: cannot verify the delivery',
    );
  }
  const { header, timestamp } = signatureHeaders(options.headers);
  if (!/^\d+$/.test(timestamp)) {
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
    eventId: readHeader(options.headers, WEBHOOK_HEADERS.eventId),
    eventName: readHeader(options.headers, WEBHOOK_HEADERS.eventName),
    eventVersion: readHeader(options.headers, WEBHOOK_HEADERS.eventVersion),
    link: readHeader(options.headers, WEBHOOK_HEADERS.link),
  };
  checkUnambiguous(parts);
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

function selfLink(link: string | undefined): string | null {
  if (!link) return null;
  const match = /<([^>]*)>/.exec(link);
  return match?.[1] ?? null;
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
