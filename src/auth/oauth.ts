import { APIError, TimeoutError, TokenResponseError, TokenStoreError } from '../core/errors.js';
import type { ClientHooks, TokenRefreshedHookInfo } from '../core/hooks.js';
import { raceSignal, sleep, timeoutSignal } from '../internal/abort.js';
import { toBase64Text } from '../internal/base64.js';
import { callGuarded } from '../internal/guard.js';
import { fingerprint } from '../internal/hash.js';
import { isCredentialValue } from '../internal/headers.js';
import type { Logger } from '../internal/logger.js';
import {
  MemoryTokenStore,
  type StoredToken,
  storedTokenProblem,
  type TokenStore,
  type TokenStoreLock,
} from './token-store.js';

/**
 * OAuth 2.0 settings
 * (https://developers.smartrecruiters.com/docs/authentication-oauth-client-credential).
 */
export interface OAuthOptions {
  /**
   * OAuth client id, from SmartRecruiters' Credential Manager. Falls back to
   * `SMARTRECRUITERS_CLIENT_ID`.
   */
  clientId: string;
  /** OAuth client secret. Falls back to `SMARTRECRUITERS_CLIENT_SECRET`. */
  clientSecret: string;
  /** Token endpoint. Default `{baseUrl}/identity/oauth/token`. */
  tokenUrl?: string | undefined;
  /**
   * A refresh token (partner apps): the SDK then uses `grant_type=refresh_token` instead of
   * client credentials. A rotated refresh token found in the `tokenStore` takes precedence.
   */
  refreshToken?: string | undefined;
  /**
   * An authorization code to redeem (Authorization Code grant,
   * https://developers.smartrecruiters.com/docs/authentication-oauth-authorization-code): the
   * client's first token comes from `grant_type=authorization_code` with this code and
   * `redirectUri` (the one the code was issued for), whatever the store holds, and is stored under
   * `tokenStoreKey`; later tokens come from the refresh token SmartRecruiters returned. A code is
   * single-use: it is sent once, never retried, and when that exchange fails every request of the
   * client fails with its error (authorize again for a new code). `smartrecruiters-sdk/connect`
   * does this for you.
   */
  authorizationCode?:
    | {
        /** The code SmartRecruiters sent to the redirect URI. */
        code: string;
        /** The redirect URI the code was issued for. */
        redirectUri: string;
      }
    | undefined;
  /** Scopes to request, e.g. `['candidates_read', 'jobs_read']`. Default: the credential's own. */
  scope?: string | readonly string[] | undefined;
  /** Where tokens are kept. Default: a `MemoryTokenStore` per client. */
  tokenStore?: TokenStore | undefined;
  /**
   * Key of this credential's token in the store. Default: built from the client id (and a
   * fingerprint of `refreshToken`, when given). Multi-tenant apps should pass a stable key per
   * customer, e.g. `customer:42`: the default changes when you pass a rotated refresh token.
   */
  tokenStoreKey?: string | undefined;
  /**
   * Called with each new token after it is written to the store and before it is used: persist
   * a rotated `refresh_token` here if your store is not durable. A throw fails the request.
   */
  onTokenRefreshed?: ((token: StoredToken) => Promise<void> | void) | undefined;
  /** How client credentials reach the token endpoint. Default `client_secret_post` (form fields). */
  tokenEndpointAuthMethod?: 'client_secret_post' | 'client_secret_basic' | undefined;
  /** Refresh this long before the access token expires. Default 60 000 ms. */
  refreshSkewMs?: number | undefined;
  /**
   * Longest a token refresh may take, all of it: reading the token store and taking its lock,
   * waiting for another client's refresh, the token request with its retries, storing the token
   * and `onTokenRefreshed`. Past it the refresh fails with `TimeoutError` and the next request
   * starts a new one. Also the TTL of the store's refresh lock (`TokenStore.lock`): a process that
   * dies while refreshing holds others back this long at most. Each request waits for a token at
   * most its own `timeoutMs`. Default 30 000 ms.
   */
  refreshTimeoutMs?: number | undefined;
}

/**
 * Lifetime assumed when the token response has no `expires_in` (UNCONFIRMED,
 * https://developers.smartrecruiters.com/docs/authentication-oauth-client-credential).
 */
const DEFAULT_EXPIRES_IN_SECONDS = 3600;

/**
 * Longest lifetime taken from `expires_in`: one year. A larger value (`1e16`) is read as this, so
 * that expiry times stay within what timers and stores (Redis `PX`) accept.
 */
export const MAX_EXPIRES_IN_SECONDS = 365 * 24 * 3600;

/** Default `refreshTimeoutMs`. */
export const DEFAULT_REFRESH_TIMEOUT_MS = 30_000;

/**
 * Least time a token must have left to be sent: the way to SmartRecruiters (a new connection, an
 * upload) and the token response's own travel (its expiry is counted from when it arrived here).
 * Half the refresh skew at most, so a token fresh enough to skip a refresh can always be sent.
 */
const SEND_MARGIN_MS = 5_000;

// While another holder refreshes, the store is read again after 50 ms, then up to every 500 ms.
const POLL_MIN_MS = 50;
const POLL_MAX_MS = 500;

/** Sends one token request through the client's pipeline (retries, errors, timeouts). */
export type TokenTransport = (request: {
  url: string;
  form: URLSearchParams;
  headers: Record<string, string>;
  /** Client-credentials grants can be repeated; a refresh-token grant may rotate and cannot. */
  idempotent: boolean;
  /** Aborts the token request (the refresh's deadline). */
  signal: AbortSignal;
}) => Promise<unknown>;

interface TokenManagerDeps {
  transport: TokenTransport;
  tokenUrl: string;
  hooks: ClientHooks;
  logger: Logger;
  /** Wall time, Unix ms (the client's clock): token issue and expiry times. Default `Date.now`. */
  now?: (() => number) | undefined;
}

/**
 * Obtains, caches, refreshes and stores OAuth access tokens for one credential. Single-flight:
 * however many requests find the token expired at once, one token request is made and every
 * caller gets its result, or the same typed error. Across clients and processes sharing a store,
 * the store's `lock` (when it has one) makes it one refresh at a time.
 */
export class OAuthTokenManager {
  readonly storeKey: string;
  private readonly store: TokenStore;
  private readonly skewMs: number;
  private readonly refreshTimeoutMs: number;
  private token: StoredToken | undefined;
  /** `token` is not yet both stored and announced to `onTokenRefreshed`: settle it before use. */
  private unsettled = false;
  private rejected: string | undefined;
  private inflight: Promise<StoredToken> | undefined;
  private readonly now: () => number;
  /** The authorization code still to redeem, then what its exchange failed with, if it did. */
  private code: { code: string; redirectUri: string } | undefined;
  private codeFailure: { error: unknown } | undefined;

  constructor(
    private readonly options: OAuthOptions,
    private readonly deps: TokenManagerDeps,
  ) {
    this.store = options.tokenStore ?? new MemoryTokenStore();
    // Partner apps hold one refresh token per customer under one client id: never share a key.
    const tenant = options.refreshToken ? `:${fingerprint(options.refreshToken)}` : '';
    this.storeKey = options.tokenStoreKey ?? `smartrecruiters:oauth:${options.clientId}${tenant}`;
    this.skewMs = options.refreshSkewMs ?? 60_000;
    this.refreshTimeoutMs = options.refreshTimeoutMs ?? DEFAULT_REFRESH_TIMEOUT_MS;
    this.now = deps.now ?? Date.now;
    this.code = options.authorizationCode;
  }

  /**
   * A valid access token, refreshed first when it is missing, rejected or about to expire. `signal`
   * ends this caller's wait (its deadline or abort); the shared refresh goes on for the others,
   * within `refreshTimeoutMs`.
   */
  async accessToken(signal?: AbortSignal): Promise<string> {
    const cached = this.cachedAccessToken();
    if (cached !== undefined) return cached;
    this.inflight ??= this.refresh().finally(() => {
      this.inflight = undefined;
    });
    return (await raceSignal(this.inflight, signal)).access_token;
  }

  /** The access token when one is at hand and fresh (nothing to wait for), else `undefined`. */
  cachedAccessToken(): string | undefined {
    return this.token && !this.unsettled && this.usable(this.token) ? this.token.access_token : undefined;
  }

  /**
   * The access token to send now, read once a request has waited its turn: the cached token while
   * SmartRecruiters has not refused it and it has at least 5 s left (half the refresh skew for a
   * short-lived token: a quarter of its life), else `undefined`. Never waits and never refreshes:
   * a token that expired while its request queued is never sent.
   */
  tokenToSend(): string | undefined {
    const token = this.token;
    if (!token || this.unsettled || token.access_token === this.rejected) return undefined;
    const margin = Math.min(SEND_MARGIN_MS, this.skewOf(token) / 2);
    return token.expires_at - margin > this.now() ? token.access_token : undefined;
  }

  private async refresh(): Promise<StoredToken> {
    const deadline = timeoutSignal(
      this.refreshTimeoutMs,
      () => new TimeoutError(`The OAuth token refresh took longer than ${this.refreshTimeoutMs} ms`),
    );
    try {
      return await this.ensure(deadline.signal);
    } finally {
      deadline.clear();
    }
  }

  private async ensure(signal: AbortSignal): Promise<StoredToken> {
    if (this.codeFailure) throw this.codeFailure.error;
    const code = this.code;
    if (code) {
      // Sent once: a code is single-use, and a failed exchange must not become another grant.
      this.code = undefined;
      try {
        return await this.grant(signal, code);
      } catch (error) {
        this.codeFailure = { error };
        throw error;
      }
    }
    // A token whose storing or announcing failed is settled again, never refreshed again: a second
    // refresh would rotate the refresh token once more, and the first rotation would be lost.
    if (this.token && this.unsettled && this.usable(this.token)) {
      await this.settle(this.token, signal);
      return this.token;
    }
    return this.obtain(signal);
  }

  /** Calls the caller's store or hook within the refresh's deadline (sync throws included). */
  private call<T>(fn: () => T | Promise<T>, signal: AbortSignal): Promise<T> {
    return raceSignal(new Promise<T>((resolve) => resolve(fn())), signal);
  }

  /**
   * Marks `accessToken` as refused by SmartRecruiters (a 401), so the next `accessToken()`
   * fetches a new one. A token that was already replaced is left alone.
   */
  invalidate(accessToken: string): void {
    this.rejected = accessToken;
  }

  /** How long before its expiry `token` is refreshed. */
  private skewOf(token: StoredToken): number {
    // A token that lives less than twice the skew is refreshed at half its life, not on every call.
    const lifetime =
      token.issued_at === undefined ? Number.POSITIVE_INFINITY : token.expires_at - token.issued_at;
    return Math.min(this.skewMs, lifetime / 2);
  }

  private usable(token: StoredToken): boolean {
    return token.access_token !== this.rejected && token.expires_at - this.skewOf(token) > this.now();
  }

  /**
   * The store's token, checked like a token from the network: a value that is not a usable token
   * is a `TokenStoreError` (its value never sent, logged or kept).
   */
  private async readStore(signal: AbortSignal): Promise<StoredToken | undefined> {
    const stored: unknown = await this.call(() => this.store.get(this.storeKey), signal);
    if (stored === undefined || stored === null) return undefined;
    const problem = storedTokenProblem(stored);
    if (problem !== undefined) {
      throw new TokenStoreError(`The token store returned a value that is not a usable token: ${problem}`);
    }
    return stored as StoredToken;
  }

  /** The stored token when another client or process already refreshed it, else `undefined`. */
  private async fromStore(signal: AbortSignal): Promise<StoredToken | undefined> {
    const stored = await this.readStore(signal);
    if (stored && this.usable(stored)) {
      this.token = stored;
      this.unsettled = false;
      return stored;
    }
    return undefined;
  }

  private async obtain(signal: AbortSignal): Promise<StoredToken> {
    // Another process sharing the store may have refreshed (and rotated the refresh token).
    const found = await this.fromStore(signal);
    if (found) return found;
    const lock = this.store.lock?.bind(this.store);
    if (!lock) return this.grant(signal);
    for (let wait = POLL_MIN_MS; ; wait = Math.min(POLL_MAX_MS, wait * 2)) {
      const held: TokenStoreLock | null = await this.call(
        () => lock(this.storeKey, this.refreshTimeoutMs),
        signal,
      );
      if (held) {
        try {
          // The previous holder may have stored a new token just before releasing the lock.
          return (await this.fromStore(signal)) ?? (await this.grant(signal));
        } finally {
          await this.call(() => held.release(), signal).catch((error: unknown) =>
            this.deps.logger.warn('smartrecruiters: releasing the token store lock failed', {
              error: error instanceof Error ? error.name : 'unknown',
            }),
          );
        }
      }
      // Another client holds the lock: its token lands in the store, or its lock expires.
      await sleep(wait, signal);
      const refreshed = await this.fromStore(signal);
      if (refreshed) return refreshed;
    }
  }

  /**
   * Makes the token request (the authorization code's exchange when `code` is given), then keeps,
   * stores and announces the new token.
   */
  private async grant(
    signal: AbortSignal,
    code?: { code: string; redirectUri: string },
  ): Promise<StoredToken> {
    let refreshToken: string | undefined;
    let grantType: TokenRefreshedHookInfo['grantType'] = 'authorization_code';
    if (!code) {
      const stored = await this.readStore(signal);
      refreshToken = stored?.refresh_token ?? this.token?.refresh_token ?? this.options.refreshToken;
      grantType = refreshToken ? 'refresh_token' : 'client_credentials';
    }
    let body: unknown;
    try {
      body = await this.requestToken(grantType, refreshToken, signal, code);
    } catch (error) {
      // Without a store lock, another process may have used (and rotated) the same refresh token
      // a moment ago: its new token is in the store.
      if (grantType === 'refresh_token' && error instanceof APIError && error.code === 'invalid_grant') {
        const latest = await this.readStore(signal).catch(() => undefined);
        if (latest && latest.refresh_token !== refreshToken && this.usable(latest)) {
          this.token = latest;
          this.unsettled = false;
          return latest;
        }
      }
      throw error;
    }
    const token = this.parse(body, refreshToken);
    // Kept in memory first, so a failure to store it loses nothing; then written and announced
    // before first use: a rotated refresh token is never used before it is persisted.
    this.token = token;
    this.unsettled = true;
    await this.settle(token, signal);
    this.emitRefreshed(grantType, token, refreshToken);
    return token;
  }

  private async settle(token: StoredToken, signal: AbortSignal): Promise<void> {
    await this.call(() => this.store.set(this.storeKey, token), signal);
    await this.call(() => this.options.onTokenRefreshed?.({ ...token }), signal);
    this.unsettled = false;
  }

  private async requestToken(
    grantType: TokenRefreshedHookInfo['grantType'],
    refreshToken: string | undefined,
    signal: AbortSignal,
    code?: { code: string; redirectUri: string },
  ): Promise<unknown> {
    const form = new URLSearchParams({ grant_type: grantType });
    if (refreshToken) form.set('refresh_token', refreshToken);
    if (code) {
      form.set('code', code.code);
      form.set('redirect_uri', code.redirectUri);
    }
    const headers: Record<string, string> = {};
    if (this.options.tokenEndpointAuthMethod === 'client_secret_basic') {
      const id = encodeURIComponent(this.options.clientId);
      const secret = encodeURIComponent(this.options.clientSecret);
      headers.authorization = `Basic ${toBase64Text(`${id}:${secret}`)}`;
    } else {
      form.set('client_id', this.options.clientId);
      form.set('client_secret', this.options.clientSecret);
    }
    const scope = this.options.scope;
    if (scope && scope.length > 0 && !code) {
      form.set('scope', typeof scope === 'string' ? scope : scope.join(' '));
    }
    return this.deps.transport({
      url: this.deps.tokenUrl,
      form,
      headers,
      idempotent: grantType === 'client_credentials',
      signal,
    });
  }

  private parse(body: unknown, previousRefreshToken: string | undefined): StoredToken {
    const record = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    const accessToken = record.access_token;
    // The body is not kept on these errors: a token response must never reach logs.
    if (typeof accessToken !== 'string' || accessToken === '') {
      throw new TokenResponseError('The OAuth token endpoint answered without an access_token');
    }
    if (!isCredentialValue(accessToken)) {
      throw new TokenResponseError(
        'The OAuth token endpoint answered with an access_token that cannot be sent in a header (spaces, CR, LF or other control characters)',
      );
    }
    const expiresIn = Number(record.expires_in);
    const seconds =
      Number.isFinite(expiresIn) && expiresIn > 0
        ? Math.min(expiresIn, MAX_EXPIRES_IN_SECONDS)
        : DEFAULT_EXPIRES_IN_SECONDS;
    const refresh = typeof record.refresh_token === 'string' ? record.refresh_token : previousRefreshToken;
    const now = this.now();
    return {
      access_token: accessToken,
      token_type: typeof record.token_type === 'string' ? record.token_type : 'Bearer',
      issued_at: now,
      expires_at: now + seconds * 1000,
      ...(refresh ? { refresh_token: refresh } : {}),
      ...(typeof record.scope === 'string' ? { scope: record.scope } : {}),
    };
  }

  private emitRefreshed(
    grantType: TokenRefreshedHookInfo['grantType'],
    token: StoredToken,
    previous?: string,
  ) {
    const { threw, error } = callGuarded(() =>
      this.deps.hooks.tokenRefreshed?.({
        grantType,
        expiresAt: new Date(token.expires_at).toISOString(),
        scope: token.scope,
        refreshTokenRotated: token.refresh_token !== undefined && token.refresh_token !== previous,
      }),
    );
    if (threw) {
      // The error's name only: its message is the hook's own text.
      this.deps.logger.warn('smartrecruiters: tokenRefreshed hook threw; ignored', {
        error: error instanceof Error ? error.name : 'unknown',
      });
    }
  }
}
