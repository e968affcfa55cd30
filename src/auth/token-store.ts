import { isCredentialValue } from '../internal/headers.js';

/** An OAuth token as the SDK keeps it. Plain JSON: store it anywhere. */
export interface StoredToken {
  /** The bearer token sent as `Authorization: Bearer`. */
  access_token: string;
  /** `Bearer`. */
  token_type: string;
  /** Unix milliseconds when the access token was obtained. */
  issued_at?: number | undefined;
  /** Unix milliseconds when the access token expires. */
  expires_at: number;
  /** The refresh token, when SmartRecruiters issued one (it may rotate on each refresh). */
  refresh_token?: string | undefined;
  /** Space-separated scopes granted, when SmartRecruiters said. */
  scope?: string | undefined;
}

/** Whether `value` is a finite number (Unix milliseconds). */
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * What makes a value read from a token store unusable as a `StoredToken`, or `undefined` when it
 * is one: the same checks as a token from the network (an access token that can be sent in a
 * header, a numeric expiry). The message names the field, never its value.
 */
export function storedTokenProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'it is not an object';
  const token = value as Record<string, unknown>;
  if (typeof token.access_token !== 'string' || token.access_token === '') {
    return 'access_token is not a non-empty string';
  }
  if (!isCredentialValue(token.access_token)) {
    return 'access_token holds characters an HTTP header cannot carry (spaces, CR, LF, NUL or other controls)';
  }
  if (!isTime(token.expires_at)) return 'expires_at is not a number of Unix milliseconds';
  if (token.issued_at !== undefined && !isTime(token.issued_at)) {
    return 'issued_at is not a number of Unix milliseconds';
  }
  if (
    token.refresh_token !== undefined &&
    (typeof token.refresh_token !== 'string' || token.refresh_token === '')
  ) {
    return 'refresh_token is not a non-empty string';
  }
  if (token.token_type !== undefined && typeof token.token_type !== 'string')
    return 'token_type is not a string';
  if (token.scope !== undefined && typeof token.scope !== 'string') return 'scope is not a string';
  return undefined;
}

/**
 * A held refresh lock (see `TokenStore.lock`). `release()` frees it if this holder still has it; a
 * lock that expired and was taken by another holder is left alone.
 */
export interface TokenStoreLock {
  /** Frees the lock, if this holder still has it. */
  release(): Promise<void> | void;
}

/**
 * Where OAuth tokens live between requests and processes: memory, Redis, a database row per
 * customer. Keys are per credential (see `OAuthOptions.tokenStoreKey`). All methods may be async.
 *
 * Clients and processes that share a store share its tokens. A store that implements `lock` also
 * makes their refreshes safe: one refresh at a time per key, so a rotating refresh token is used
 * once. Without `lock`, two processes whose token expired at the same moment may both refresh;
 * with a refresh token that rotates, the second grant then fails (`invalid_grant`) and the SDK
 * reads the store once more to pick up the token the first one stored.
 */
export interface TokenStore {
  /**
   * The token of `key`, or `undefined`. The SDK checks what it returns like a token from the
   * network: a value that is not a usable token is a `TokenStoreError`, never sent.
   */
  get(key: string): Promise<StoredToken | undefined> | StoredToken | undefined;
  /**
   * Stores a token the SDK was just issued. Each call carries a new token: do not order writes by
   * `issued_at` (it is the writing host's clock, and hosts' clocks differ), or a rotated refresh
   * token can be dropped. A store that may receive a write late (re-sent after a reconnection)
   * should ignore a token it already stored once, as `RedisTokenStore` does.
   */
  set(key: string, token: StoredToken): Promise<void> | void;
  /** Removes the token of `key` (a disconnected tenant, a revoked grant); nothing when there is none. */
  delete(key: string): Promise<void> | void;
  /**
   * Optional. Takes the refresh lock of `key` for at most `ttlMs` milliseconds, or returns `null`
   * at once when another holder has it. The lock must expire by itself after `ttlMs`, so a holder
   * that crashed blocks others for `ttlMs` at most, and `release()` must free it only for the
   * holder that took it (Redis: `SET <key>:lock <random> NX PX <ttlMs>`, released by a script that
   * deletes it only while it still holds that random value). Keep the lock apart from the token
   * itself: `get(key)` must keep working while the lock is held.
   *
   * The SDK takes it before a refresh, reads the store again (another holder may just have
   * refreshed), refreshes only if the stored token is still unusable, stores the new token, then
   * releases it. A client that finds the lock taken reads the store until the new token appears or
   * the lock is free again, within `OAuthOptions.refreshTimeoutMs`.
   */
  lock?(key: string, ttlMs: number): Promise<TokenStoreLock | null> | TokenStoreLock | null;
}

/**
 * A `TokenStore` in process memory: the default. Tokens are lost when the process exits. Clients
 * of one process that share an instance refresh one at a time (`lock`).
 */
export class MemoryTokenStore implements TokenStore {
  private readonly tokens = new Map<string, StoredToken>();
  private readonly locks = new Map<string, { holder: object; expiresAt: number }>();

  get(key: string): StoredToken | undefined {
    const token = this.tokens.get(key);
    return token ? { ...token } : undefined;
  }

  set(key: string, token: StoredToken): void {
    this.tokens.set(key, { ...token });
  }

  /** Removes the token of `key`. */
  delete(key: string): void {
    this.tokens.delete(key);
  }

  /** Takes the refresh lock of `key` for `ttlMs`, or `null` while another holder has it. */
  lock(key: string, ttlMs: number): TokenStoreLock | null {
    const now = Date.now();
    const current = this.locks.get(key);
    if (current && current.expiresAt > now) return null;
    const holder = {};
    this.locks.set(key, { holder, expiresAt: now + ttlMs });
    return {
      release: () => {
        if (this.locks.get(key)?.holder === holder) this.locks.delete(key);
      },
    };
  }
}
