/**
 * Credentials: `X-SmartToken` API keys
 * (https://developers.smartrecruiters.com/docs/authentication-api-key) and OAuth 2.0 bearer tokens
 * from client credentials or refresh tokens
 * (https://developers.smartrecruiters.com/docs/authentication-oauth-client-credential). Each API
 * key and each OAuth client is one "API user" for rate limiting
 * (https://developers.smartrecruiters.com/docs/rate-limiting). Secrets are never exposed through
 * the request log: credentials are identified by a label (`apiKey:default`, `oauth:<clientId>`).
 *
 * Authorization Code grants
 * (https://developers.smartrecruiters.com/docs/authentication-oauth-authorization-code) are kept
 * as grants: the consent page issues a code (single use, bound to the client and the redirect
 * URI), the code gives a 30-minute access token and a 28-day, one-time refresh token (SR's help
 * centre, "Most important facts about OAuth in SmartRecruiters"), each refresh rotates it. A
 * revoked grant (or a deleted consenting user) stops every token it gave. The General Partner
 * Integration (https://developers.smartrecruiters.com/docs/oauth-20-general-partner-integration)
 * exchanges a company's consent for customer-level client credentials.
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
  /** The `client_id` the token endpoint accepts. */
  clientId: string;
  /** Its `client_secret`. */
  clientSecret: string;
  /** Scopes granted to the client. Default: every scope the fake knows (`ALL_SCOPES`). */
  scopes?: readonly string[];
  /** Lifetime of this client's access tokens. Default: the fake's `tokenExpiresInSeconds` (3600). */
  accessTokenTtlSeconds?: number;
  /** User returned by `GET /users/me` for this client. Default: the seeded administrator. */
  userId?: string;
  /** Name of the app on the consent page. Default: the client id. */
  name?: string;
  /**
   * Redirect URIs registered for the Authorization Code flow: up to 3, each `https://` or
   * `http://localhost` (SR's help centre). `redirect_uri` must match one exactly. Default none
   * (the client cannot use the consent page).
   */
  redirectUris?: readonly string[];
  /**
   * Makes this client partner-level (master) credentials of the General Partner Integration:
   * SmartRecruiters sends a customer who enables the integration to this URL, with `companyId`
   * and `redirect` query parameters. Its tokens need `client_credentials_write` for the exchange.
   */
  consentUrl?: string;
}

/** An Authorization Code grant: one customer's consent to one app. */
export interface FakeGrant {
  /** The grant's id (in the credential id `oauth:<clientId>:<grantId>`). */
  id: string;
  /** The app consented to (`FakeOAuthClient.clientId`). */
  clientId: string;
  /** The user who consented (`undefined` for refresh tokens issued by `issueRefreshToken`). */
  userId: string | undefined;
  /** The scopes consented to. */
  scopes: string[];
  /** Revoked (by the test, by reuse of a used refresh token, or because the user was deleted). */
  revoked: boolean;
}

/** What the consent page was opened with, once checked. */
export interface ConsentRequest {
  /** The app asking (`client_id`). */
  clientId: string;
  /** Where the browser goes back to (`redirect_uri`, one the app registered). */
  redirectUri: string;
  /** The scopes asked for (`scope`; the client's scopes when absent). */
  scopes: string[];
  /** The app's `state`, sent back with the code; `undefined` when none. */
  state: string | undefined;
}

/** Why an authorization code or a refresh token was refused. */
export type GrantRefusal = 'unknown' | 'expired' | 'used' | 'revoked' | 'client' | 'redirect_uri';

/** Who made a request. */
export interface Credential {
  /**
   * Stable, secret-free id: `apiKey:<label>`, `oauth:<clientId>`, or `oauth:<clientId>:<grantId>`
   * for the tokens of an Authorization Code grant.
   */
  id: string;
  /** `apiKey` (an `X-SmartToken`) or `oauth` (a bearer token). */
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
  grantId?: string | undefined;
}

interface RefreshToken {
  clientId: string;
  scopes: string[];
  grantId: string;
  expiresAt: number;
  /** Redeemed already: a second use is refused (and revokes the grant). */
  used: boolean;
}

interface AuthorizationCode {
  clientId: string;
  redirectUri: string;
  grantId: string;
  expiresAt: number;
  used: boolean;
}

interface PendingConsent extends ConsentRequest {
  expiresAt: number;
}

/**
 * Lifetime of an authorization code. SmartRecruiters does not say (UNCONFIRMED); RFC 6749 §4.1.2
 * recommends at most 10 minutes.
 */
export const AUTHORIZATION_CODE_TTL_SECONDS = 60;
/** Lifetime of a refresh token: 28 days (SR's help centre). */
export const REFRESH_TOKEN_TTL_SECONDS = 28 * 24 * 60 * 60;
/** Lifetime of an access token of an Authorization Code grant: 30 minutes (SR's help centre). */
export const GRANT_ACCESS_TOKEN_TTL_SECONDS = 30 * 60;
/** How long the consent page's form stays valid. */
const CONSENT_TTL_MS = 10 * 60 * 1000;
/** Redirect URIs an app may register (SR's help centre). */
const MAX_REDIRECT_URIS = 3;
/** The scope partner (master) tokens need for the credentials exchange. */
export const PARTNER_EXCHANGE_SCOPE = 'client_credentials_write';

/** Issued token response (RFC 6749 §5.1). */
export interface TokenResponse {
  /** The access token. */
  access_token: string;
  /** Always `Bearer`. */
  token_type: 'Bearer';
  /** The access token's lifetime, in seconds. */
  expires_in: number;
  /** The granted scopes, space-separated. */
  scope?: string;
  /** The refresh token (Authorization Code grants). */
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
  /** The API keys accepted. */
  readonly apiKeys: FakeApiKey[];
  /** The OAuth clients accepted, by client id. */
  readonly clients = new Map<string, FakeOAuthClient>();
  private readonly accessTokens = new Map<string, AccessToken>();
  private readonly refreshTokens = new Map<string, RefreshToken>();
  private readonly codes = new Map<string, AuthorizationCode>();
  private readonly consents = new Map<string, PendingConsent>();
  /** Authorization Code grants by id. */
  readonly grants = new Map<string, FakeGrant>();
  /** Companies waiting for a partner's credentials exchange, by partner client id. */
  private readonly partnerConsents = new Map<string, Set<string>>();
  /** The company's id in the General Partner Integration (`companyId`). */
  readonly companyId: string;
  /**
   * The user signed in on the consent page, who gives the grants approved there. Default: the
   * seeded administrator.
   */
  consentUserId: string | undefined;
  // Expired tokens are swept when the map has doubled since the last sweep: amortised O(1).
  private sweepAt = SWEEP_MIN_TOKENS;
  private readonly clock: FakeClock;
  private readonly defaultTtlSeconds: number;
  private readonly rotate: boolean;
  private readonly includeScope: boolean;
  private readonly revokeOnReuse: boolean;
  private readonly codeTtlSeconds: number;

  constructor(options: {
    apiKeys: FakeApiKey[];
    oauthClients: readonly FakeOAuthClient[];
    clock: FakeClock;
    tokenExpiresInSeconds: number;
    rotateRefreshTokens: boolean;
    includeScopeInTokenResponse: boolean;
    revokeGrantOnReuse?: boolean;
    authorizationCodeTtlSeconds?: number;
    companyId?: string;
  }) {
    this.revokeOnReuse = options.revokeGrantOnReuse ?? true;
    this.codeTtlSeconds = options.authorizationCodeTtlSeconds ?? AUTHORIZATION_CODE_TTL_SECONDS;
    this.apiKeys = options.apiKeys;
    for (const client of options.oauthClients) this.addClient(client);
    this.companyId = options.companyId ?? '5f1e0c2a9b3d4e5f6a7b8c9d';
    this.clock = options.clock;
    this.defaultTtlSeconds = options.tokenExpiresInSeconds;
    this.rotate = options.rotateRefreshTokens;
    this.includeScope = options.includeScopeInTokenResponse;
  }

  /**
   * Registers an OAuth client (after start too, e.g. once an app's redirect URI is known). Throws
   * on redirect URIs SmartRecruiters would not register: more than 3, or not `https://` or
   * `http://localhost`.
   */
  addClient(client: FakeOAuthClient): void {
    const uris = client.redirectUris ?? [];
    if (uris.length > MAX_REDIRECT_URIS) {
      throw new Error(`OAuth client '${client.clientId}': at most ${MAX_REDIRECT_URIS} redirect URIs`);
    }
    for (const uri of uris) {
      let url: URL;
      try {
        url = new URL(uri);
      } catch {
        throw new Error(`OAuth client '${client.clientId}': redirect URI is not a URL`);
      }
      if (url.protocol !== 'https:' && !(url.protocol === 'http:' && url.hostname === 'localhost')) {
        throw new Error(`OAuth client '${client.clientId}': redirect URIs are https:// or http://localhost`);
      }
    }
    this.clients.set(client.clientId, client);
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
      const grant = token.grantId === undefined ? undefined : this.grants.get(token.grantId);
      if (token.grantId !== undefined && grant?.revoked !== false) {
        throw unauthorized('Access token revoked', true);
      }
      const client = this.clients.get(token.clientId);
      return {
        // Each customer's grant of an app is an API user of its own (UNCONFIRMED: SmartRecruiters
        // counts "each distinct API credential"; an app shared by all its customers' limits could
        // not serve them).
        id: grant ? `oauth:${token.clientId}:${grant.id}` : `oauth:${token.clientId}`,
        kind: 'oauth',
        scopes: new Set(token.scopes),
        userId: grant?.userId ?? client?.userId,
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

  /** Issues an access token (no refresh token) for a client; of a grant when `grantId` is given. */
  issueAccessToken(client: FakeOAuthClient, scopes: readonly string[], grantId?: string): TokenResponse {
    const ttl =
      client.accessTokenTtlSeconds ??
      (grantId === undefined ? this.defaultTtlSeconds : GRANT_ACCESS_TOKEN_TTL_SECONDS);
    const token = `fake_at_${secureRandomString(40)}`;
    this.forgetExpired();
    this.accessTokens.set(token, {
      clientId: client.clientId,
      scopes: [...scopes],
      expiresAt: this.clock.now() + ttl * 1000,
      grantId,
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
    if (this.accessTokens.size + this.refreshTokens.size < this.sweepAt) return;
    const before = this.clock.now() - FORGET_EXPIRED_TOKENS_AFTER_MS;
    for (const [token, entry] of this.accessTokens) {
      if (entry.expiresAt <= before) this.accessTokens.delete(token);
    }
    // Used refresh tokens are kept until they expire, so that a reuse is recognised.
    for (const [token, entry] of this.refreshTokens) {
      if (entry.expiresAt <= before) this.refreshTokens.delete(token);
    }
    for (const [code, entry] of this.codes) if (entry.expiresAt <= before) this.codes.delete(code);
    for (const [id, entry] of this.consents) if (entry.expiresAt <= before) this.consents.delete(id);
    this.sweepAt = Math.max(SWEEP_MIN_TOKENS, (this.accessTokens.size + this.refreshTokens.size) * 2);
  }

  /** Scopes granted to a client. */
  clientScopes(client: FakeOAuthClient): string[] {
    return [...(client.scopes ?? ALL_SCOPES)];
  }

  /**
   * Issues a refresh token for `clientId` (what an authorization-code exchange would have
   * returned), in a grant of its own. It lives 28 days and is one-time use.
   */
  issueRefreshToken(clientId: string, scopes?: readonly string[]): string {
    const client = this.clients.get(clientId);
    if (!client) throw new Error(`issueRefreshToken: unknown OAuth client '${clientId}'`);
    const grant = this.newGrant(clientId, undefined, [...(scopes ?? this.clientScopes(client))]);
    return this.newRefreshToken(grant);
  }

  private newGrant(clientId: string, userId: string | undefined, scopes: string[]): FakeGrant {
    const grant: FakeGrant = {
      id: `grant_${secureRandomString(16)}`,
      clientId,
      userId,
      scopes,
      revoked: false,
    };
    this.grants.set(grant.id, grant);
    return grant;
  }

  private newRefreshToken(grant: FakeGrant): string {
    const token = `fake_rt_${secureRandomString(40)}`;
    this.forgetExpired();
    this.refreshTokens.set(token, {
      clientId: grant.clientId,
      scopes: [...grant.scopes],
      grantId: grant.id,
      expiresAt: this.clock.now() + REFRESH_TOKEN_TTL_SECONDS * 1000,
      used: false,
    });
    return token;
  }

  /**
   * Redeems a refresh token: a new access token, and (with rotation, the default) a new refresh
   * token while the old one stops working. `undefined` when the token is unknown, expired,
   * revoked, already used or belongs to another client; a second use of a used refresh token
   * revokes its whole grant (RFC 6819 §5.2.2.3: the token may have been stolen) unless
   * `revokeGrantOnRefreshTokenReuse` is off.
   */
  redeemRefreshToken(client: FakeOAuthClient, refreshToken: string): TokenResponse | undefined {
    const redeemed = this.redeemRefreshTokenOrRefusal(client, refreshToken);
    return typeof redeemed === 'string' ? undefined : redeemed;
  }

  /** `redeemRefreshToken`, saying why a token was refused. */
  redeemRefreshTokenOrRefusal(client: FakeOAuthClient, refreshToken: string): TokenResponse | GrantRefusal {
    const entry = this.refreshTokens.get(refreshToken);
    if (!entry) return 'unknown';
    if (entry.clientId !== client.clientId) return 'client';
    const grant = this.grants.get(entry.grantId);
    if (!grant || grant.revoked) return 'revoked';
    if (entry.used) {
      if (this.revokeOnReuse) grant.revoked = true;
      return 'used';
    }
    if (this.clock.now() >= entry.expiresAt) return 'expired';
    const response = this.issueAccessToken(client, entry.scopes, grant.id);
    if (this.rotate) {
      entry.used = true;
      response.refresh_token = this.newRefreshToken(grant);
    } else {
      response.refresh_token = refreshToken;
    }
    return response;
  }

  /**
   * Checks what the consent page was opened with: the client, its redirect URI (exact match), the
   * scopes (space-separated, each granted to the client; absent: the client's scopes; empty:
   * refused). `error` says what is wrong; `redirect` is false when the redirect URI cannot be
   * trusted (the page must then not redirect).
   */
  checkConsentRequest(query: URLSearchParams):
    | {
        /** The request is valid. */
        ok: true;
        /** What the consent page was opened with. */
        request: ConsentRequest;
      }
    | {
        /** The request is refused. */
        ok: false;
        /** The OAuth error code (`invalid_client`, `invalid_request`, `invalid_scope`). */
        error: string;
        /** What is wrong, for people. */
        description: string;
        /** Whether the error may be sent to the redirect URI (false when it cannot be trusted). */
        redirect: boolean;
        /** What the page was opened with, when the client and redirect URI were valid. */
        request?: ConsentRequest;
      } {
    const clientId = query.get('client_id');
    const client = clientId ? this.clients.get(clientId) : undefined;
    if (!clientId || !client) {
      return { ok: false, error: 'invalid_client', description: 'Unknown client_id', redirect: false };
    }
    const redirectUri = query.get('redirect_uri');
    if (!redirectUri || !(client.redirectUris ?? []).includes(redirectUri)) {
      return {
        ok: false,
        error: 'invalid_request',
        description: 'redirect_uri does not match a redirect URI registered for this app',
        redirect: false,
      };
    }
    const state = query.get('state') ?? undefined;
    const scopeParam = query.get('scope');
    const granted = this.clientScopes(client);
    const scopes = scopeParam === null ? granted : scopeParam.split(' ').filter(Boolean);
    const request: ConsentRequest = { clientId, redirectUri, scopes, state };
    if (scopeParam !== null && scopes.length === 0) {
      return { ok: false, error: 'invalid_scope', description: 'scope is empty', redirect: true, request };
    }
    const unknown = scopes.filter((scope) => !granted.includes(scope));
    if (unknown.length > 0) {
      return {
        ok: false,
        error: 'invalid_scope',
        description: `Scopes not available to this app: ${unknown.join(' ')}`,
        redirect: true,
        request,
      };
    }
    return { ok: true, request };
  }

  /** Keeps a checked consent request for the page's form; its id is single-use. */
  holdConsent(request: ConsentRequest): string {
    const id = secureRandomString(32);
    this.forgetExpired();
    this.consents.set(id, { ...request, expiresAt: this.clock.now() + CONSENT_TTL_MS });
    return id;
  }

  /** The consent request of a form, once: `undefined` when unknown, used or expired. */
  takeConsent(id: string): ConsentRequest | undefined {
    const pending = this.consents.get(id);
    this.consents.delete(id);
    if (!pending || this.clock.now() >= pending.expiresAt) return undefined;
    const { expiresAt: _, ...request } = pending;
    return request;
  }

  /** Issues an authorization code for an approved consent, in a new grant of `userId`. */
  issueAuthorizationCode(request: ConsentRequest, userId: string | undefined): string {
    const grant = this.newGrant(request.clientId, userId, [...request.scopes]);
    const code = secureRandomString(32);
    this.forgetExpired();
    this.codes.set(code, {
      clientId: request.clientId,
      redirectUri: request.redirectUri,
      grantId: grant.id,
      expiresAt: this.clock.now() + this.codeTtlSeconds * 1000,
      used: false,
    });
    return code;
  }

  /**
   * Redeems an authorization code (RFC 6749 §4.1.3): the client and `redirect_uri` must be those
   * it was issued for; it is single-use (a second use revokes what the first gave, as
   * RFC 6749 §4.1.2 advises) and expires after `authorizationCodeTtlSeconds`.
   */
  redeemAuthorizationCode(
    client: FakeOAuthClient,
    code: string,
    redirectUri: string | null,
  ): TokenResponse | GrantRefusal {
    const entry = this.codes.get(code);
    if (!entry) return 'unknown';
    const grant = this.grants.get(entry.grantId);
    if (entry.used) {
      if (grant) grant.revoked = true;
      return 'used';
    }
    if (entry.clientId !== client.clientId) return 'client';
    if (redirectUri !== entry.redirectUri) return 'redirect_uri';
    entry.used = true;
    if (this.clock.now() >= entry.expiresAt) return 'expired';
    if (!grant || grant.revoked) return 'revoked';
    const response = this.issueAccessToken(client, grant.scopes, grant.id);
    response.refresh_token = this.newRefreshToken(grant);
    return response;
  }

  /**
   * Revokes a grant (a customer removing the app): its access and refresh tokens stop working at
   * once. Takes the grant id or any refresh token of it. `false` when nothing matched.
   */
  revokeGrant(grantIdOrRefreshToken: string): boolean {
    const id = this.refreshTokens.get(grantIdOrRefreshToken)?.grantId ?? grantIdOrRefreshToken;
    const grant = this.grants.get(id);
    if (!grant) return false;
    grant.revoked = true;
    return true;
  }

  /**
   * What deleting a user does to the grants they gave: "it'll break the authorization grant"
   * (SR's help centre). Returns how many grants were revoked.
   */
  revokeGrantsOfUser(userId: string): number {
    let revoked = 0;
    for (const grant of this.grants.values()) {
      if (grant.userId === userId && !grant.revoked) {
        grant.revoked = true;
        revoked++;
      }
    }
    return revoked;
  }

  /**
   * A company starts enabling a partner's integration: SmartRecruiters sends the user to the
   * partner's `consentUrl` with `companyId` and `redirect`. Returns that URL; the company's
   * consent is kept for the credentials exchange.
   */
  beginPartnerConsent(partnerClientId: string, redirect: string): string {
    const client = this.clients.get(partnerClientId);
    if (!client?.consentUrl) {
      throw new Error(`beginPartnerConsent: '${partnerClientId}' is not a partner client with a consentUrl`);
    }
    const companies = this.partnerConsents.get(partnerClientId) ?? new Set<string>();
    companies.add(this.companyId);
    this.partnerConsents.set(partnerClientId, companies);
    const url = new URL(client.consentUrl);
    url.searchParams.set('companyId', this.companyId);
    url.searchParams.set('redirect', redirect);
    return url.toString();
  }

  /**
   * The credentials exchange of the General Partner Integration: customer-level client
   * credentials for `companyId`, when that company consented to this partner. The new client has
   * the partner's scopes but `client_credentials_write`. `undefined` without a consent.
   */
  exchangePartnerCredentials(partnerClientId: string, companyId: string): FakeOAuthClient | undefined {
    const companies = this.partnerConsents.get(partnerClientId);
    const partner = this.clients.get(partnerClientId);
    if (!partner || !companies?.has(companyId)) return undefined;
    companies.delete(companyId);
    const customer: FakeOAuthClient = {
      clientId: `customer_${secureRandomString(16)}`,
      clientSecret: secureRandomString(40),
      scopes: this.clientScopes(partner).filter((scope) => scope !== PARTNER_EXCHANGE_SCOPE),
      name: partner.name ?? partner.clientId,
      ...(partner.userId === undefined ? {} : { userId: partner.userId }),
    };
    this.addClient(customer);
    return customer;
  }

  /** Removes an OAuth client and its tokens (a customer deleting the credential). */
  removeClient(clientId: string): boolean {
    this.revokeTokens(clientId);
    return this.clients.delete(clientId);
  }

  /** Invalidates every access and refresh token (of one client, or all) and their grants. */
  revokeTokens(clientId?: string): void {
    for (const [token, entry] of this.accessTokens)
      if (!clientId || entry.clientId === clientId) this.accessTokens.delete(token);
    for (const [token, entry] of this.refreshTokens)
      if (!clientId || entry.clientId === clientId) this.refreshTokens.delete(token);
    for (const grant of this.grants.values())
      if (!clientId || grant.clientId === clientId) grant.revoked = true;
  }
}
