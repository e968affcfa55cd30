/**
 * The credentials SmartRecruiters uses at an assessment partner's endpoints: the client id and
 * secret the partner gives it when a company's integration is set up, and the access tokens the
 * kit's token endpoint exchanges them for. Web Crypto only (Node, Deno, Bun, edge runtimes).
 *
 * A token is `sra1.<payload>.<signature>`, both base64url: the payload (the client id, its expiry)
 * signed with HMAC-SHA-256 under your `tokenSecret`, so every process holding the secret can check
 * it and none has to store it. A token names its client; the kit looks the client up on every
 * request, so removing a company's credentials stops its tokens at once.
 */
import { fromBase64Url, fromBase64UrlBytes, toBase64Url, toBase64UrlBytes } from '../internal/base64.js';
import { constantTimeEqual } from '../internal/compare.js';
import type { SrClientCredentials } from '../routes/assessment-partner-api.js';

const PREFIX = 'sra1.';
const MIN_SECRET_BYTES = 32;
const MAX_TOKEN_LENGTH = 2048;
const encoder = new TextEncoder();

/** A signing key: text or bytes, at least 32 bytes of randomness. */
export type TokenSecret = string | Uint8Array;

function randomText(bytes: number): string {
  return toBase64UrlBytes(crypto.getRandomValues(new Uint8Array(bytes)));
}

/**
 * New credentials for SmartRecruiters to use at your token endpoint: a random client id and a
 * 256-bit secret. Keep them with the company's id (see `AssessmentPartnerHandlerOptions.clients`)
 * and send them with `sr.assessments.setUpIntegration(companyId, credentials)`.
 */
export function generateClientCredentials(): SrClientCredentials {
  return { clientId: `sr_${randomText(18)}`, clientSecret: randomText(32) };
}

/** A key that lives as long as the process, to compare secrets through their HMACs. */
let compareKey: Promise<CryptoKey> | undefined;

async function digest(key: CryptoKey, text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(text)));
}

/**
 * Whether `given` is `expected`, in time that does not depend on where they differ nor on their
 * lengths: both are compared through their HMAC under a random key of this process.
 */
export async function secretsMatch(given: string, expected: string): Promise<boolean> {
  compareKey ??= crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
  ]) as Promise<CryptoKey>;
  const key = await compareKey;
  const [a, b] = await Promise.all([digest(key, given), digest(key, expected)]);
  return constantTimeEqual(a, b);
}

interface Payload {
  /** Client id. */
  c: string;
  /** Expiry, Unix ms. */
  e: number;
  /** Nonce: two tokens of one client in the same millisecond still differ. */
  n: string;
}

/** Issues and checks the kit's access tokens. */
export class PartnerAccessTokens {
  private readonly keys: Promise<CryptoKey[]>;
  private readonly ttlSeconds: number;
  private readonly now: () => number;

  /**
   * @param secret the signing key(s): the first signs, all verify (rotate by putting the new key
   *   first and dropping the old one after a token's lifetime)
   * @throws RangeError for a key shorter than 32 bytes
   */
  constructor(secret: TokenSecret | readonly TokenSecret[], ttlSeconds: number, now: () => number) {
    const secrets = (Array.isArray(secret) ? secret : [secret]) as TokenSecret[];
    const raw = secrets.map((s) => (typeof s === 'string' ? encoder.encode(s) : new Uint8Array(s)));
    if (raw.length === 0 || raw.some((key) => key.length < MIN_SECRET_BYTES)) {
      throw new RangeError(`tokenSecret: each key needs at least ${MIN_SECRET_BYTES} bytes`);
    }
    this.keys = Promise.all(
      raw.map((key) =>
        crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']),
      ),
    );
    // A key that cannot be imported fails the first request, not the process.
    this.keys.catch(() => undefined);
    this.ttlSeconds = ttlSeconds;
    this.now = now;
  }

  /** A new token for `clientId`, and its lifetime in seconds. */
  async issue(clientId: string): Promise<{ token: string; expiresIn: number }> {
    const [key] = await this.keys;
    const payload: Payload = { c: clientId, e: this.now() + this.ttlSeconds * 1000, n: randomText(9) };
    const body = toBase64Url(JSON.stringify(payload));
    const signature = await crypto.subtle.sign('HMAC', key as CryptoKey, encoder.encode(`token.${body}`));
    return {
      token: `${PREFIX}${body}.${toBase64UrlBytes(new Uint8Array(signature))}`,
      expiresIn: this.ttlSeconds,
    };
  }

  /** The client id of a token this kit issued and that has not expired; `undefined` otherwise. */
  async verify(token: string): Promise<string | undefined> {
    if (token.length > MAX_TOKEN_LENGTH || !token.startsWith(PREFIX)) return undefined;
    const rest = token.slice(PREFIX.length);
    const dot = rest.indexOf('.');
    if (dot <= 0) return undefined;
    const body = rest.slice(0, dot);
    const signature = fromBase64UrlBytes(rest.slice(dot + 1));
    if (!signature) return undefined;
    const data = encoder.encode(`token.${body}`);
    let signed = false;
    for (const key of await this.keys) {
      if (await crypto.subtle.verify('HMAC', key, signature, data)) {
        signed = true;
        break;
      }
    }
    if (!signed) return undefined;
    let payload: Partial<Payload> | null;
    try {
      payload = JSON.parse(fromBase64Url(body) ?? 'null') as Partial<Payload> | null;
    } catch {
      return undefined;
    }
    if (!payload || typeof payload.c !== 'string' || typeof payload.e !== 'number') return undefined;
    return this.now() < payload.e ? payload.c : undefined;
  }
}
