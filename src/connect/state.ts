/**
 * The `state` of a connect flow: bound to the tenant, to the browser that started the flow,
 * single-use and expiring (RFC 6749 §10.12, RFC 9700 §4.7).
 *
 * A state is `<payload>.<signature>`, both base64url: the payload (JSON: flow, tenant, nonce,
 * expiry, where to return) signed with HMAC-SHA-256 under your `stateSecret`. The browser that
 * starts the flow gets a cookie of its own (`HttpOnly`, `SameSite=Lax`, named after the nonce, so
 * two tabs never overwrite each other's): a random value whose HMAC is in the payload. The callback
 * accepts a state only when its signature is yours, it has not expired, the browser still holds
 * the matching cookie, and its nonce was never used before. Every comparison is an HMAC
 * verification by Web Crypto (constant time). The payload is signed, not encrypted: it holds no
 * secret (the tenant id and a return path can be read by whoever sees the URL).
 */
import { fromBase64Url, fromBase64UrlBytes, toBase64Url, toBase64UrlBytes } from '../internal/base64.js';
import { ConnectStateError } from './errors.js';

/** Which flow a state belongs to. */
export type ConnectFlow = 'authorization_code' | 'partner';

/** What a state vouches for. */
export interface StateClaims {
  flow: ConnectFlow;
  tenantId: string;
  /** A path of your app to send the user to afterwards (`/settings`), never another origin. */
  returnTo?: string | undefined;
  /** Partner flow: the company SmartRecruiters named. */
  companyId?: string | undefined;
  /** Partner flow: where SmartRecruiters wants the user back. */
  redirect?: string | undefined;
}

/** A state as issued: the value for the URL or form, and the cookie for the browser. */
export interface IssuedState {
  state: string;
  /** The cookie binding the state to this browser: send it as `Set-Cookie`. */
  cookie: string;
  /** Unix ms after which the state is refused. */
  expiresAt: number;
}

/** A state that passed every check. */
export interface VerifiedState extends StateClaims {
  /** The single-use id (already spent in the store). */
  nonce: string;
  expiresAt: number;
  /** A `Set-Cookie` value that deletes the state's cookie. */
  clearCookie: string;
}

/** Where the signer keeps used nonces: `true` the first time `nonce` is consumed. */
export type ConsumeNonce = (nonce: string, expiresAt: number) => Promise<boolean> | boolean;

/** Options of `StateSigner`. */
export interface StateSignerOptions {
  /**
   * HMAC key(s): at least 32 characters (or bytes) of randomness, the same in every process. The
   * first signs; all verify (rotate by putting the new key first and dropping the old one after
   * `ttlMs`).
   */
  secret: string | Uint8Array | ReadonlyArray<string | Uint8Array>;
  /** How long a flow may take, ms. */
  ttlMs: number;
  /** Prefix of the cookie's name (the nonce follows it). */
  cookiePrefix: string;
  /** The cookie's `Path`. */
  cookiePath: string;
  /** Add `Secure` to the cookie (your app is served over https). */
  secureCookie: boolean;
  /** Wall time, Unix ms. */
  now: () => number;
}

const VERSION = 1;
const MAX_STATE_LENGTH = 4096;
const MAX_TENANT_LENGTH = 256;
const MIN_SECRET_BYTES = 32;
const FLOWS: Record<ConnectFlow, string> = { authorization_code: 'c', partner: 'p' };
const encoder = new TextEncoder();

/** The payload as signed (short keys keep the URL short). */
interface Payload {
  v: number;
  /** Flow: `c` or `p`. */
  f: string;
  /** Tenant id. */
  t: string;
  /** Nonce. */
  n: string;
  /** Expiry, Unix ms. */
  e: number;
  /** HMAC of the browser's cookie value. */
  b: string;
  r?: string;
  c?: string;
  d?: string;
}

function randomToken(bytes: number): string {
  return toBase64UrlBytes(crypto.getRandomValues(new Uint8Array(bytes)));
}

const base64UrlOfBytes = (bytes: ArrayBuffer) => toBase64UrlBytes(new Uint8Array(bytes));

/** Text with no control characters (safe in a log line, a header, an HTML attribute once escaped). */
export function isPlainText(value: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused.
  return !/[\u0000-\u001f\u007f]/.test(value);
}

/** A tenant id the flows accept: a non-empty string of at most 256 characters, no controls. */
export function isTenantId(value: unknown): value is string {
  return (
    typeof value === 'string' && value.length > 0 && value.length <= MAX_TENANT_LENGTH && isPlainText(value)
  );
}

/** A path of the app itself: `/x...`, never `//host` or `/\host` (both leave the origin). */
export function isLocalPath(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= 2048 &&
    value.startsWith('/') &&
    !value.startsWith('//') &&
    !value.startsWith('/\\') &&
    isPlainText(value)
  );
}

/** Reads one cookie from a `Cookie` header. */
export function readCookie(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** Signs and checks connect states. */
export class StateSigner {
  private readonly keys: Promise<CryptoKey[]>;
  private readonly options: StateSignerOptions;

  constructor(options: StateSignerOptions) {
    this.options = options;
    const secrets = (Array.isArray(options.secret) ? options.secret : [options.secret]) as Array<
      string | Uint8Array
    >;
    const raw = secrets.map((secret) =>
      typeof secret === 'string' ? encoder.encode(secret) : new Uint8Array(secret),
    );
    if (raw.length === 0 || raw.some((key) => key.length < MIN_SECRET_BYTES)) {
      throw new RangeError(`stateSecret: each key needs at least ${MIN_SECRET_BYTES} bytes`);
    }
    this.keys = Promise.all(
      raw.map((key) =>
        crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']),
      ),
    );
    // A key that cannot be imported fails the first flow, not the process.
    this.keys.catch(() => undefined);
  }

  private cookieName(nonce: string): string {
    return `${this.options.cookiePrefix}${nonce}`;
  }

  private cookie(name: string, value: string, maxAgeSeconds: number): string {
    const secure = this.options.secureCookie ? '; Secure' : '';
    return `${name}=${value}; Path=${this.options.cookiePath}; Max-Age=${maxAgeSeconds}; HttpOnly; SameSite=Lax${secure}`;
  }

  /** A new state for `claims`, and the cookie that binds it to the browser. */
  async issue(claims: StateClaims): Promise<IssuedState> {
    const [key] = await this.keys;
    const nonce = randomToken(16);
    const binding = randomToken(32);
    const expiresAt = this.options.now() + this.options.ttlMs;
    const payload: Payload = {
      v: VERSION,
      f: FLOWS[claims.flow],
      t: claims.tenantId,
      n: nonce,
      e: expiresAt,
      b: base64UrlOfBytes(
        await crypto.subtle.sign('HMAC', key as CryptoKey, encoder.encode(`bind.${binding}`)),
      ),
      ...(claims.returnTo === undefined ? {} : { r: claims.returnTo }),
      ...(claims.companyId === undefined ? {} : { c: claims.companyId }),
      ...(claims.redirect === undefined ? {} : { d: claims.redirect }),
    };
    const body = toBase64Url(JSON.stringify(payload));
    const signature = await crypto.subtle.sign('HMAC', key as CryptoKey, encoder.encode(`state.${body}`));
    const state = `${body}.${base64UrlOfBytes(signature)}`;
    if (state.length > MAX_STATE_LENGTH) throw new RangeError('The connect state is too long');
    return {
      state,
      cookie: this.cookie(this.cookieName(nonce), binding, Math.ceil(this.options.ttlMs / 1000)),
      expiresAt,
    };
  }

  /** `true` when one of the keys signed `data` with `signature`. */
  private async verifies(signature: Uint8Array<ArrayBuffer>, data: string): Promise<boolean> {
    const bytes = encoder.encode(data);
    for (const key of await this.keys) {
      if (await crypto.subtle.verify('HMAC', key, signature, bytes)) return true;
    }
    return false;
  }

  /**
   * Checks `state` against the browser's `Cookie` header, in this order: present, well-formed,
   * signed, of `flow`, not expired, the browser's, never used (then spent). Throws
   * `ConnectStateError` at the first check that fails.
   */
  async verify(
    state: string | null | undefined,
    cookieHeader: string | null | undefined,
    flow: ConnectFlow,
    consume: ConsumeNonce,
  ): Promise<VerifiedState> {
    if (!state) throw new ConnectStateError('missing_state', 'The callback has no state');
    const dot = state.indexOf('.');
    const signature = dot > 0 ? fromBase64UrlBytes(state.slice(dot + 1)) : undefined;
    if (state.length > MAX_STATE_LENGTH || !signature) {
      throw new ConnectStateError('malformed_state', 'The state is not a connect state of this app');
    }
    const body = state.slice(0, dot);
    if (!(await this.verifies(signature, `state.${body}`))) {
      throw new ConnectStateError('invalid_signature', 'The state was not issued by this app');
    }
    let payload: Payload;
    try {
      payload = JSON.parse(fromBase64Url(body) ?? '') as Payload;
    } catch {
      throw new ConnectStateError('malformed_state', 'The state is not a connect state of this app');
    }
    if (
      !payload ||
      payload.v !== VERSION ||
      !isTenantId(payload.t) ||
      typeof payload.n !== 'string' ||
      typeof payload.b !== 'string' ||
      typeof payload.e !== 'number'
    ) {
      throw new ConnectStateError('malformed_state', 'The state is not a connect state of this app');
    }
    if (payload.f !== FLOWS[flow]) {
      throw new ConnectStateError('wrong_flow', 'The state belongs to another connect flow');
    }
    if (this.options.now() >= payload.e) {
      throw new ConnectStateError('expired', 'The connect flow took too long: start again');
    }
    const name = this.cookieName(payload.n);
    const binding = readCookie(cookieHeader, name);
    if (!binding) {
      throw new ConnectStateError(
        'missing_session',
        'This browser did not start the connect flow (its cookie is missing): start again',
      );
    }
    const proof = fromBase64UrlBytes(payload.b);
    if (!proof || !(await this.verifies(proof, `bind.${binding}`))) {
      throw new ConnectStateError('session_mismatch', 'The connect flow was started in another session');
    }
    if (!(await consume(payload.n, payload.e))) {
      throw new ConnectStateError('replayed', 'The connect state was already used');
    }
    return {
      flow,
      tenantId: payload.t,
      nonce: payload.n,
      expiresAt: payload.e,
      clearCookie: this.cookie(name, '', 0),
      ...(isLocalPath(payload.r) ? { returnTo: payload.r } : {}),
      ...(typeof payload.c === 'string' ? { companyId: payload.c } : {}),
      ...(typeof payload.d === 'string' ? { redirect: payload.d } : {}),
    };
  }
}
