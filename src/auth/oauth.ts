import { SmartRecruitersError } from '../core/errors.js';
import type { ClientHooks } from '../core/hooks.js';
import { raceSignal } from '../internal/abort.js';
import { toBase64Text } from '../internal/base64.js';
import { fingerprint } from '../internal/hash.js';
import type { Logger } from '../internal/logger.js';
import { MemoryTokenStore, type StoredToken, type TokenStore } from './token-store.js';

/** OAuth 2.0 settings (smartrecruiters-api.md §2.2, §2.3). */
export interface OAuthOptions {
  /** OAuth client id, from SmartRecruiters' Credential Manager. Falls back to `SMARTRECRUITERS_CLIENT_ID`. */
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
}

/** Lifetime assumed when the token response has no `expires_in` (UNCONFIRMED, §2.2). */
const DEFAULT_EXPIRES_IN_SECONDS = 3600;

/** Sends one token request through the client's pipeline (retries, errors, timeouts). */
export type TokenTransport = (request: {
  url: string;
  form: URLSearchParams;
  headers: Record<string, string>;
  /** Client-credentials grants can be repeated; a refresh-token grant may rotate and cannot. */
  idempotent: boolean;
}) => Promise<unknown>;

interface TokenManagerDeps {
  transport: TokenTransport;
  tokenUrl: string;
  hooks: ClientHooks;
  logger: Logger;
}

/**
 * Obtains, caches, refreshes and stores OAuth access tokens for one credential. Single-flight:
 * however many requests find the token expired at once, one token request is made and every
 * caller gets its result, or the same typed error.
 */
export class OAuthTokenManager {
  readonly storeKey: string;
  private readonly store: TokenStore;
  private readonly skewMs: number;
  private token: StoredToken | undefined;
  /** `token` is not yet both stored and announced to `onTokenRefreshed`: settle it before use. */
  private unsettled = false;
  private rejected: string | undefined;
  private inflight: Promise<StoredToken> | undefined;

  constructor(
    private readonly options: OAuthOptions,
    private readonly deps: TokenManagerDeps,
  ) {
    this.store = options.tokenStore ?? new MemoryTokenStore();
    // Partner apps hold one refresh token per customer under one client id: never share a key.
    const tenant = options.refreshToken ? `:${fingerprint(options.refreshToken)}` : '';
    this.storeKey = options.tokenStoreKey ?? `smartrecruiters:oauth:${options.clientId}${tenant}`;
    this.skewMs = options.refreshSkewMs ?? 60_000;
  }

  /** A valid access token, refreshed first when it is missing, rejected or about to expire. */
  async accessToken(signal?: AbortSignal): Promise<string> {
    if (this.token && !this.unsettled && this.usable(this.token)) return this.token.access_token;
    this.inflight ??= this.ensure().finally(() => {
      this.inflight = undefined;
    });
    return (await raceSignal(this.inflight, signal)).access_token;
  }

  private async ensure(): Promise<StoredToken> {
    // A token whose storing or announcing failed is settled again, never refreshed again: a second
    // refresh would rotate the refresh token once more, and the first rotation would be lost.
    if (this.token && this.unsettled && this.usable(this.token)) {
      await this.settle(this.token);
      return this.token;
    }
    return this.obtain();
  }

  /**
   * Marks `accessToken` as refused by SmartRecruiters (a 401), so the next `accessToken()`
   * fetches a new one. A token that was already replaced is left alone.
   */
  invalidate(accessToken: string): void {
    this.rejected = accessToken;
  }

  private usable(token: StoredToken): boolean {
    // A token that lives less than twice the skew is refreshed at half its life, not on every call.
    const lifetime =
      token.issued_at === undefined ? Number.POSITIVE_INFINITY : token.expires_at - token.issued_at;
    const skew = Math.min(this.skewMs, lifetime / 2);
    return token.access_token !== this.rejected && token.expires_at - skew > Date.now();
  }

  private async obtain(): Promise<StoredToken> {
    // Another process sharing the store may have refreshed (and rotated the refresh token).
    const stored = await this.store.get(this.storeKey);
    if (stored && this.usable(stored)) {
      this.token = stored;
      return stored;
    }
    const refreshToken = stored?.refresh_token ?? this.token?.refresh_token ?? this.options.refreshToken;
    const grantType = refreshToken ? 'refresh_token' : 'client_credentials';
    const body = await this.requestToken(grantType, refreshToken);
    const token = this.parse(body, refreshToken);
    // Kept in memory first, so a failure to store it loses nothing; then written and announced
    // before first use: a rotated refresh token is never used before it is persisted.
    this.token = token;
    this.unsettled = true;
    await this.settle(token);
    this.emitRefreshed(grantType, token, refreshToken);
    return token;
  }

  private async settle(token: StoredToken): Promise<void> {
    await this.store.set(this.storeKey, token);
    await this.options.onTokenRefreshed?.({ ...token });
    this.unsettled = false;
  }

  private async requestToken(
    grantType: 'client_credentials' | 'refresh_token',
    refreshToken: string | undefined,
  ): Promise<unknown> {
    const form = new URLSearchParams({ grant_type: grantType });
    if (refreshToken) form.set('refresh_token', refreshToken);
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
    if (scope && scope.length > 0) form.set('scope', typeof scope === 'string' ? scope : scope.join(' '));
    return this.deps.transport({
      url: this.deps.tokenUrl,
      form,
      headers,
      idempotent: grantType === 'client_credentials',
    });
  }

  private parse(body: unknown, previousRefreshToken: string | undefined): StoredToken {
    const record = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
    const accessToken = record.access_token;
    if (typeof accessToken !== 'string' || accessToken === '') {
      // The body is not kept on the error: a token response must never reach logs.
      throw new SmartRecruitersError('The OAuth token endpoint answered without an access_token');
    }
    const expiresIn = Number(record.expires_in);
    const seconds = Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : DEFAULT_EXPIRES_IN_SECONDS;
    const refresh = typeof record.refresh_token === 'string' ? record.refresh_token : previousRefreshToken;
    const now = Date.now();
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
    grantType: 'client_credentials' | 'refresh_token',
    token: StoredToken,
    previous?: string,
  ) {
    try {
      this.deps.hooks.tokenRefreshed?.({
        grantType,
        expiresAt: new Date(token.expires_at).toISOString(),
        scope: token.scope,
        refreshTokenRotated: token.refresh_token !== undefined && token.refresh_token !== previous,
      });
    } catch (error) {
      this.deps.logger.warn('tokenRefreshed hook threw; ignored', { error: String(error) });
    }
  }
}
