/**
 * The credentials stage: the headers that authenticate one attempt (API key, or an OAuth access
 * token from the token manager), each wait bounded by the attempt's signal. Credentials are
 * checked once, up front: a value that cannot be a header value is a `ValidationError` that never
 * contains it.
 */
import { type OAuthOptions, OAuthTokenManager, type TokenTransport } from '../auth/oauth.js';
import { ValidationError, type ValidationIssue } from '../core/errors.js';
import type { ClientHooks } from '../core/hooks.js';
import { readEnv } from './env.js';
import { fingerprint } from './hash.js';
import { isCredentialValue } from './headers.js';
import type { Logger } from './logger.js';
import { httpUrl, MAX_TIMEOUT_MS, nonEmpty, positive } from './options.js';
import { isWellFormed } from './path.js';

/** What authenticates one attempt: its headers, and the OAuth access token they carry. */
export interface CredentialHeaders {
  headers: Record<string, string>;
  token?: string | undefined;
}

/** How one client authenticates. */
export interface Credentials {
  /** Identifies the credential (a fingerprint, not reversible) for per-credential state. */
  readonly id: string;
  /** The headers of one attempt; `signal` ends the wait (the attempt's deadline, an abort). */
  headers(signal: AbortSignal): Promise<CredentialHeaders>;
  /** The headers when they are at hand without waiting (an API key, a fresh cached token). */
  ready(): CredentialHeaders | undefined;
  /**
   * The headers to send now, read once the request has its place in the limiter: an API key, or
   * the cached token while it is still valid long enough to reach SmartRecruiters; `undefined`
   * when it expired (or was refused) while the request waited. Never waits.
   */
  current(): CredentialHeaders | undefined;
  /** Called on a 401; `true` when a fresh credential can be tried once. */
  invalidate(token: string | undefined): boolean;
}

interface CredentialDeps {
  baseUrl: string;
  hooks: ClientHooks;
  logger: Logger;
  /** Sends a token request through the client's pipeline. */
  transport: TokenTransport;
  /** The client's clock (token expiry). */
  now: () => number;
}

function credentialIssue(path: string[]): ValidationError {
  return new ValidationError('Invalid client options', [
    { path, message: 'contains characters not allowed in an HTTP header (spaces, CR, LF, controls)' },
  ]);
}

/** No credential: requests go without one (SmartRecruiters' public Posting API). */
const ANONYMOUS: Credentials = {
  id: 'anonymous',
  headers: async () => ({ headers: {} }),
  ready: () => ({ headers: {} }),
  current: () => ({ headers: {} }),
  invalidate: () => false,
};

/**
 * The credentials of a client: `apiKey`, `oauth`, the environment, or none with `anonymous: true`
 * (see `ClientOptions`).
 */
export function createCredentials(
  options: { apiKey?: unknown; oauth?: OAuthOptions | undefined; anonymous?: unknown },
  deps: CredentialDeps,
): Credentials {
  if (options.anonymous !== undefined && typeof options.anonymous !== 'boolean') {
    throw new ValidationError('Invalid client options', [
      { path: ['anonymous'], message: 'must be a boolean' },
    ]);
  }
  if (options.anonymous === true) {
    if (options.apiKey !== undefined || options.oauth !== undefined) {
      throw new ValidationError('Invalid client options', [
        { path: ['anonymous'], message: 'an anonymous client takes no apiKey or oauth' },
      ]);
    }
    return ANONYMOUS;
  }
  const apiKey = nonEmpty(options.apiKey, 'apiKey');
  if (apiKey !== undefined && options.oauth) {
    throw new ValidationError('Invalid client options', [
      { path: ['apiKey'], message: 'pass either apiKey or oauth, not both' },
    ]);
  }
  const oauth = options.oauth ?? (apiKey === undefined ? oauthFromEnv() : undefined);
  const key = apiKey ?? (oauth ? undefined : readEnv('SMARTRECRUITERS_API_KEY'));
  if (key !== undefined) {
    if (!isCredentialValue(key)) throw credentialIssue(['apiKey']);
    const credential = { headers: { 'x-smarttoken': key } };
    return {
      id: `key:${fingerprint(key)}`,
      headers: async () => credential,
      ready: () => credential,
      current: () => credential,
      invalidate: () => false,
    };
  }
  if (oauth) return oauthCredentials(oauth, deps);
  throw new ValidationError('No SmartRecruiters credentials', [
    {
      path: ['apiKey'],
      message:
        'pass apiKey or oauth, or set SMARTRECRUITERS_API_KEY (or SMARTRECRUITERS_CLIENT_ID and _SECRET); anonymous: true for the public Posting API only',
    },
  ]);
}

function oauthCredentials(oauth: OAuthOptions, deps: CredentialDeps): Credentials {
  if (typeof oauth !== 'object' || oauth === null) {
    throw new ValidationError('Invalid OAuth options', [{ path: ['oauth'], message: 'must be an object' }]);
  }
  const issues: ValidationIssue[] = (['clientId', 'clientSecret'] as const)
    .filter((field) => typeof oauth[field] !== 'string' || oauth[field].trim() === '')
    .map((field) => ({ path: ['oauth', field], message: 'is required' }));
  for (const field of ['clientId', 'clientSecret', 'refreshToken'] as const) {
    const value = oauth[field];
    // Form fields and Basic credentials are percent- or base64-encoded: any well-formed text works.
    if (field === 'refreshToken' && value !== undefined && typeof value !== 'string') {
      issues.push({ path: ['oauth', field], message: 'must be a string' });
    } else if (typeof value === 'string' && !isWellFormed(value)) {
      issues.push({ path: ['oauth', field], message: 'is not well-formed Unicode' });
    }
  }
  const code = oauth.authorizationCode;
  if (code !== undefined) {
    for (const field of ['code', 'redirectUri'] as const) {
      const value = (code as Partial<Record<string, unknown>> | null)?.[field];
      if (typeof value !== 'string' || value.trim() === '' || !isWellFormed(value)) {
        issues.push({ path: ['oauth', 'authorizationCode', field], message: 'must be a non-empty string' });
      }
    }
    // Every customer's grant is kept apart: a default key would be shared by all of the app's grants.
    if (oauth.tokenStoreKey === undefined) {
      issues.push({
        path: ['oauth', 'tokenStoreKey'],
        message: 'is required with authorizationCode (one key per customer)',
      });
    }
  }
  issues.push(...oauthShapeIssues(oauth));
  if (issues.length > 0) throw new ValidationError('Invalid OAuth options', issues);
  positive(oauth.refreshTimeoutMs, 'oauth.refreshTimeoutMs', 0, MAX_TIMEOUT_MS);
  positive(oauth.refreshSkewMs, 'oauth.refreshSkewMs', 0);
  const tokenUrl = oauth.tokenUrl ?? `${deps.baseUrl}/identity/oauth/token`;
  if (typeof tokenUrl !== 'string') {
    throw new ValidationError('Invalid OAuth options', [
      { path: ['oauth', 'tokenUrl'], message: 'must be an absolute http(s) URL' },
    ]);
  }
  httpUrl(tokenUrl, ['oauth', 'tokenUrl'], 'Invalid OAuth options');
  const manager = new OAuthTokenManager(oauth, {
    tokenUrl,
    hooks: deps.hooks,
    logger: deps.logger,
    transport: deps.transport,
    now: deps.now,
  });
  return {
    id: `oauth:${fingerprint(`${oauth.clientId}\n${manager.storeKey}`)}`,
    headers: async (signal) => bearer(await manager.accessToken(signal)),
    ready: () => {
      const token = manager.cachedAccessToken();
      return token === undefined ? undefined : bearer(token);
    },
    current: () => {
      const token = manager.tokenToSend();
      return token === undefined ? undefined : bearer(token);
    },
    invalidate: (token) => {
      if (token) manager.invalidate(token);
      return true;
    },
  };
}

const isFunction = (value: unknown) => typeof value === 'function';

/**
 * What the OAuth options that are values the SDK calls or sends get wrong: the token store and
 * `onTokenRefreshed` are called on every refresh, so a wrong one is refused here, before any
 * request, rather than as a raw `TypeError` mid-request.
 */
function oauthShapeIssues(oauth: OAuthOptions): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const store = oauth.tokenStore as unknown;
  if (store !== undefined) {
    const record = store as Record<string, unknown> | null;
    if (
      typeof store !== 'object' ||
      record === null ||
      !isFunction(record.get) ||
      !isFunction(record.set) ||
      !isFunction(record.delete) ||
      (record.lock !== undefined && !isFunction(record.lock))
    ) {
      issues.push({
        path: ['oauth', 'tokenStore'],
        message: 'must be a TokenStore: an object with get, set and delete methods (and lock, optionally)',
      });
    }
  }
  if (oauth.onTokenRefreshed !== undefined && !isFunction(oauth.onTokenRefreshed)) {
    issues.push({ path: ['oauth', 'onTokenRefreshed'], message: 'must be a function' });
  }
  if (
    oauth.tokenStoreKey !== undefined &&
    (typeof oauth.tokenStoreKey !== 'string' || oauth.tokenStoreKey === '')
  ) {
    issues.push({ path: ['oauth', 'tokenStoreKey'], message: 'must be a non-empty string' });
  }
  const scope = oauth.scope as unknown;
  if (
    scope !== undefined &&
    typeof scope !== 'string' &&
    !(Array.isArray(scope) && scope.every((s) => typeof s === 'string'))
  ) {
    issues.push({ path: ['oauth', 'scope'], message: 'must be a string or an array of strings' });
  }
  const method = oauth.tokenEndpointAuthMethod as unknown;
  if (method !== undefined && method !== 'client_secret_post' && method !== 'client_secret_basic') {
    issues.push({
      path: ['oauth', 'tokenEndpointAuthMethod'],
      message: 'must be client_secret_post or client_secret_basic',
    });
  }
  return issues;
}

function bearer(token: string): CredentialHeaders {
  return { headers: { authorization: `Bearer ${token}` }, token };
}

function oauthFromEnv(): OAuthOptions | undefined {
  const clientId = readEnv('SMARTRECRUITERS_CLIENT_ID');
  const clientSecret = readEnv('SMARTRECRUITERS_CLIENT_SECRET');
  if (!clientId || !clientSecret) return undefined;
  const refreshToken = readEnv('SMARTRECRUITERS_REFRESH_TOKEN');
  return { clientId, clientSecret, ...(refreshToken ? { refreshToken } : {}) };
}
