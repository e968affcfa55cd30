/**
 * The fake's own calls out, as SmartRecruiters makes them to other systems: webhook handshakes and
 * deliveries, and the calls to an assessment partner. Each call has a deadline and is aborted when
 * the fake closes; OAuth 2.0 client-credentials tokens (for a callback's or a partner's token
 * endpoint) are fetched once and reused until they expire.
 */
import type { FakeClock } from './clock.js';

/** An answer, its body read under the same deadline. */
export interface OutboundAnswer {
  status: number;
  headers: Headers;
  body: ArrayBuffer;
}

/** Client credentials at another system's token endpoint. */
export interface OutboundClientCredentials {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
}

/**
 * Lifetime assumed for a token answer without `expires_in`: 5 minutes, so a token is never kept
 * longer than a short-lived one would be.
 */
const DEFAULT_TOKEN_SECONDS = 300;

/** Calls out with deadlines, and the client-credentials tokens they carry. */
export class OutboundCalls {
  private readonly tokens = new Map<string, { token: string; expiresAt: number }>();
  /** Aborts every in-flight call on `close()`. */
  private readonly shutdown = new AbortController();
  private readonly fetchImpl: typeof fetch;
  private readonly clock: FakeClock;

  constructor(options: { fetch: typeof fetch; clock: FakeClock }) {
    this.fetchImpl = options.fetch;
    this.clock = options.clock;
  }

  /** Whether `close()` was called. */
  get closed(): boolean {
    return this.shutdown.signal.aborted;
  }

  /**
   * Runs `fetch` with an abort signal that fires after `timeoutMs` or on `close()`, whichever comes
   * first; the timer is cleared when the call settles, so nothing outlives it. Rejects with a
   * `TimeoutError` or `AbortError` `DOMException` saying which.
   */
  async fetch(url: string, init: RequestInit, timeoutMs: number): Promise<OutboundAnswer> {
    if (this.shutdown.signal.aborted) throw new DOMException('the fake server closed', 'AbortError');
    const controller = new AbortController();
    const onShutdown = () => controller.abort(new DOMException('the fake server closed', 'AbortError'));
    this.shutdown.signal.addEventListener('abort', onShutdown, { once: true });
    const timer = setTimeout(
      () => controller.abort(new DOMException(`no answer within ${timeoutMs} ms`, 'TimeoutError')),
      timeoutMs,
    );
    try {
      const response = await this.fetchImpl(url, { ...init, signal: controller.signal });
      // The body is read under the same signal, so a callee that stalls mid-body is cut too.
      const body = await response.arrayBuffer().catch(() => new ArrayBuffer(0));
      return { status: response.status, headers: response.headers, body };
    } catch (error) {
      // Report why it was aborted (timeout or close) rather than a bare AbortError.
      if (controller.signal.aborted && controller.signal.reason instanceof DOMException)
        throw controller.signal.reason;
      throw error;
    } finally {
      clearTimeout(timer);
      this.shutdown.signal.removeEventListener('abort', onShutdown);
    }
  }

  /**
   * An access token for `credentials` (`grant_type=client_credentials`, form-encoded, the
   * credentials in the form): the cached one while it lives, else a new one. Throws when the
   * token endpoint does not answer 2xx with an `access_token`.
   */
  async token(credentials: OutboundClientCredentials, timeoutMs: number): Promise<string> {
    const key = tokenKey(credentials);
    const cached = this.tokens.get(key);
    if (cached && cached.expiresAt > this.clock.now()) return cached.token;
    const response = await this.fetch(
      credentials.tokenUrl,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
        body: new URLSearchParams({
          grant_type: 'client_credentials',
          client_id: credentials.clientId,
          client_secret: credentials.clientSecret,
        }),
        redirect: 'manual',
      },
      timeoutMs,
    );
    let body: { access_token?: unknown; expires_in?: unknown } | undefined;
    try {
      body = JSON.parse(new TextDecoder().decode(response.body)) as typeof body;
    } catch {
      body = undefined;
    }
    if (response.status < 200 || response.status > 299 || typeof body?.access_token !== 'string') {
      throw new Error(`the OAuth token request failed with HTTP ${response.status}`);
    }
    const ttl =
      typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : DEFAULT_TOKEN_SECONDS;
    this.tokens.set(key, { token: body.access_token, expiresAt: this.clock.now() + ttl * 1000 });
    return body.access_token;
  }

  /** Whether a live token of `credentials` is cached (the next `token()` makes no call). */
  hasToken(credentials: OutboundClientCredentials): boolean {
    const cached = this.tokens.get(tokenKey(credentials));
    return cached !== undefined && cached.expiresAt > this.clock.now();
  }

  /** Forgets the cached token of `credentials` (the callee refused it). */
  forgetToken(credentials: OutboundClientCredentials): void {
    this.tokens.delete(tokenKey(credentials));
  }

  /** Aborts every call in flight; later calls reject at once. */
  close(): void {
    this.shutdown.abort();
  }
}

function tokenKey(credentials: OutboundClientCredentials): string {
  return `${credentials.tokenUrl}\n${credentials.clientId}`;
}
