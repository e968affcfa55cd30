/**
 * Credentials: `X-SmartToken` API keys
 * (https://developers.smartrecruiters.com/docs/authentication-api-key) and OAuth 2.0 bearer tokens
 * from client credentials or refresh tokens
 * (https://developers.smartrecruiters.com/docs/authentication-oauth-client-credential). Each API
 * key and each OAuth client is one "API user" for rate limiting
 * (https://developers.smartrecruiters.com/docs/rate-limiting). Secrets are never exposed through
 * the request log: credentials are identified by a label (`apiKey:default`, `oauth:<clientId>`).
 */
import type { FakeClock } from './clock.js';
import { srError } from './errors.js';
import { secureRandomString } from './random.js';
import { ALL_SCOPES } from './scopes.js';

/** An accepted API key. */
export interface FakeApiKey {
  /** The `X-SmartToken` value. */
  key: string;
  /**
   * Name in the request log and rate-limit accounting. Default `default` for the main key, else
   * `key2`, `key3`...
   */
  label?: string;
  /** User returned by `GET /users/me` for this key. Default: the seeded administrator. */
  userId?: string;
}

/** An OAuth client the token endpoint accepts. */
export interface FakeOAuthClient {
  clientId: string;
  clientSecret: string;
  /** Scopes granted to the client. Default: every scope the fake knows (`ALL_SCOPES`). */
  scopes?: readonly string[];
  /** Lifetime of this client's access tokens. Default: the fake's `tokenExpiresInSeconds` (3600). */
  accessTokenTtlSeconds?: number;
  /** User returned by `GET /users/me` for this client. Default: the seeded administrator. */
  userId?: string;
}

/** Who made a request. */
export interface Credential {
  /** Stable, secret-free id: `apiKey:<label>` or `oauth:<clientId>`. */
  id: string;
  kind: 'apiKey' | 'oauth';
  /** Granted scopes; `null` means full access (API keys). */
  scopes: ReadonlySet<string> | null;
  /** Explicit user for `/users/me`, if configured. */
  userId: string | undefined;
}

interface AccessToken {
  clientId: string;
  scopes: string[];
  expiresAt: number;
}

interface RefreshToken {
  clientId: string;
  scopes: string[];
}

/** Issued token response (RFC 6749 §5.1). */
export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  scope?: string;
  refresh_token?: string;
}

const unauthorized = (message: string, bearer = false) =>
  srError(401, 'UNAUTHORIZED', message, {
    headers: bearer ? { 'www-authenticate': 'Bearer realm="SmartRecruiters", error="invalid_token"' } : {},
  });

/**
 * How long an expired access token is still known (and answered "expired"); after that it is
 * forgotten like any unknown token, so a long-running fake does not keep every token it issued.
 */
export const FORGET_EXPIRED_TOKENS_AFTER_MS = 24 * 60 * 60 * 1000;
const SWEEP_MIN_TOKENS = 1024;

/** Keys, clients and live tokens. */
export class AuthRegistry {
  readonly apiKeys: FakeApiKey[];
  readonly clients = new Map<string, FakeOAuthClient>();
  private readonly accessTokens = new Map<string, AccessToken>();
  private readonly refreshTokens = new Map<string, RefreshToken>();
  // Expired tokens are swept when the map has doubled since the last sweep: amortised O(1).
  private sweepAt = SWEEP_MIN_TOKENS;
  private readonly clock: FakeClock;
  private readonly defaultTtlSeconds: number;
  private readonly rotate: boolean;
  private readonly includeScope: boolean;

  constructor(options: {
    apiKeys: FakeApiKey[];
    oauthClients: readonly FakeOAuthClient[];
    clock: FakeClock;
    tokenExpiresInSeconds: number;
    rotateRefreshTokens: boolean;
    includeScopeInTokenResponse: boolean;
  }) {
    this.apiKeys = options.apiKeys;
    for (const client of options.oauthClients) this.clients.set(client.clientId, client);
    this.clock = options.clock;
    this.defaultTtlSeconds = options.tokenExpiresInSeconds;
    this.rotate = options.rotateRefreshTokens;
    this.includeScope = options.includeScopeInTokenResponse;
  }

  /** Identifies the caller from `Authorization: Bearer` or `X-SmartToken`; throws 401. */
  authenticate(headers: Headers): Credential {
    const authorization = headers.get('authorization');
    if (authorization) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
      if (!match?.[1])
        throw unauthorized('Unsupported Authorization header: use Bearer <access_token>', true);
      const token = this.accessTokens.get(match[1]);
      if (!token) throw unauthorized('Invalid access token', true);
      if (this.clock.now() >= token.expiresAt) throw unauthorized('Access token expired', true);
      const client = this.clients.get(token.clientId);
      return {
        id: `oauth:${token.clientId}`,
        kind: 'oauth',
        scopes: new Set(token.scopes),
        userId: client?.userId,
      };
    }
    const key = headers.get('x-smarttoken');
    if (key) {
      const entry = this.apiKeys.find((k) => k.key === key.trim());
      if (!entry) throw unauthorized('Invalid API key');
      return { id: `apiKey:${entry.label ?? 'default'}`, kind: 'apiKey', scopes: null, userId: entry.userId };
    }
    throw unauthorized('Missing credentials: send X-SmartToken or Authorization: Bearer <token>');
  }

  /** Throws SR's 403 `OAuthPermissionsException` unless the credential holds one of `anyOf`. */
  requireScopes(credential: Credential, anyOf: readonly string[]): void {
    if (credential.scopes === null || anyOf.length === 0) return;
    if (anyOf.some((scope) => credential.scopes?.has(scope))) return;
    throw srError(
      403,
      'OAuthPermissionsException',
      `Access denied: the credential lacks the required OAuth scope (${anyOf.join(' or ')})`,
    );
  }

  /** Checks a client id and secret; `undefined` when they do not match. */
  verifyClient(clientId: string, clientSecret: string): FakeOAuthClient | undefined {
    const client = this.clients.get(clientId);
    return client && client.clientSecret === clientSecret ? client : undefined;
  }

  /** Issues an access token (no refresh token) for a client. */
  issueAccessToken(client: FakeOAuthClient, scopes: readonly string[]): TokenResponse {
    const ttl = client.accessTokenTtlSeconds ?? this.defaultTtlSeconds;
    const token = `fake_at_${secureRandomString(40)}`;
    this.forgetExpired();
    this.accessTokens.set(token, {
      clientId: client.clientId,
      scopes: [...scopes],
      expiresAt: this.clock.now() + ttl * 1000,
    });
    const response: TokenResponse = { access_token: token, token_type: 'Bearer', expires_in: ttl };
    if (this.includeScope) response.scope = scopes.join(' ');
    return response;
  }

  /** Access tokens the fake still knows: live ones, and those expired within the last day. */
  get accessTokenCount(): number {
    return this.accessTokens.size;
  }

  private forgetExpired(): void {
    if (this.accessTokens.size < this.sweepAt) return;
    const before = this.clock.now() - FORGET_EXPIRED_TOKENS_AFTER_MS;
    for (const [token, entry] of this.accessTokens) {
      if (entry.expiresAt <= before) this.accessTokens.delete(token);
    }
    this.sweepAt = Math.max(SWEEP_MIN_TOKENS, this.accessTokens.size * 2);
  }

  /** Scopes granted to a client. */
  clientScopes(client: FakeOAuthClient): string[] {
    return [...(client.scopes ?? ALL_SCOPES)];
  }

  /** Issues a refresh token for `clientId` (what an authorization-code exchange would have returned). */
  issueRefreshToken(clientId: string, scopes?: readonly string[]): string {
    const client = this.clients.get(clientId);
    if (!client) throw new Error(`issueRefreshToken: unknown OAuth client '${clientId}'`);
    const token = `fake_rt_${secureRandomString(40)}`;
    this.refreshTokens.set(token, { clientId, scopes: [...(scopes ?? this.clientScopes(client))] });
    return token;
  }

  /**
   * Redeems a refresh token: a new access token, and (with rotation, the default) a new refresh
   * token while the old one stops working. `undefined` when the token is unknown, revoked or
   * belongs to another client.
   */
  redeemRefreshToken(client: FakeOAuthClient, refreshToken: string): TokenResponse | undefined {
    const entry = this.refreshTokens.get(refreshToken);
    if (!entry || entry.clientId !== client.clientId) return undefined;
    const response = this.issueAccessToken(client, entry.scopes);
    if (this.rotate) {
      this.refreshTokens.delete(refreshToken);
      response.refresh_token = this.issueRefreshToken(client.clientId, entry.scopes);
    } else {
      response.refresh_token = refreshToken;
    }
    return response;
  }

  /** Invalidates every access and refresh token (of one client, or all). */
  revokeTokens(clientId?: string): void {
    for (const [token, entry] of this.accessTokens)
      if (!clientId || entry.clientId === clientId) this.accessTokens.delete(token);
    for (const [token, entry] of this.refreshTokens)
      if (!clientId || entry.clientId === clientId) this.refreshTokens.delete(token);
  }
}
