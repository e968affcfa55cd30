/**
 * OAuth tokens in Redis, shared by every process of a fleet, with the refresh lock of the
 * `TokenStore` contract: `SET <lock> <random> NX PX <lease>`, renewed while the refresh runs and
 * released by a script that deletes the lock only while it still holds `<random>`.
 */
import type { Redis } from 'ioredis';
import {
  type StoredToken,
  storedTokenProblem,
  type TokenStore,
  type TokenStoreLock,
} from '../auth/token-store.js';
import { ValidationError } from '../core/errors.js';
import { withRedis } from './connection.js';

/** Options of `RedisTokenStore`. */
export interface RedisTokenStoreOptions {
  /**
   * An ioredis client (https://github.com/redis/ioredis). The store sends its commands on it and
   * never closes it. Share one client per process.
   */
  redis: Redis;
  /**
   * Prefix of the store's Redis keys: a token is kept under `<prefix>token:<key>`, digests of the
   * tokens written under `<prefix>written:<key>`, and its refresh lock under `<prefix>lock:<key>`,
   * where `<key>` is the client's `oauth.tokenStoreKey`.
   * Default `smartrecruiters:`.
   */
  prefix?: string | undefined;
  /**
   * Lease of a refresh lock, in ms: the holder renews it every third of it while its refresh
   * runs (within the lock's `ttlMs`, the client's `oauth.refreshTimeoutMs`), so a process that
   * dies while refreshing holds the others back this long at most. Default 5 000.
   */
  lockLeaseMs?: number | undefined;
  /**
   * Longest wait for one Redis command, connecting included; past it the operation fails with
   * `RedisUnavailableError`. Default 2 000 ms.
   */
  commandTimeoutMs?: number | undefined;
  /**
   * How long a token that carries a refresh token is kept after it was last written. Default:
   * until `delete(key)` (the refresh token is what keeps a customer connected: losing it means
   * asking them to authorize again). A token without a refresh token always expires with its
   * access token.
   */
  refreshTokenTtlMs?: number | undefined;
}

// Writes a token once. KEYS[1]: the token; KEYS[2]: digests of the last tokens written under it.
// ARGV[1]: the token (JSON); ARGV[2]: its access token; ARGV[3]: PX or ''; ARGV[4]: digests kept.
// A token already written is not written again: a delayed or re-sent write (a reply lost to a
// reconnection) never replaces a token that came after it. Any other token is written: it was
// just issued to the writer alone, so its refresh token is the one that is still valid. No clock
// is compared: hosts whose clocks differ order their writes as Redis receives them.
const SET_SCRIPT = `
local id = redis.sha1hex(ARGV[2])
for _, seen in ipairs(redis.call('LRANGE', KEYS[2], 0, -1)) do
  if seen == id then return 0 end
end
if ARGV[3] ~= '' then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[3])
else
  redis.call('SET', KEYS[1], ARGV[1])
end
redis.call('LPUSH', KEYS[2], id)
redis.call('LTRIM', KEYS[2], 0, tonumber(ARGV[4]) - 1)
if ARGV[3] ~= '' then
  redis.call('PEXPIRE', KEYS[2], math.max(tonumber(ARGV[3]), 86400000))
else
  redis.call('PERSIST', KEYS[2])
end
return 1`;

// Digests of written tokens kept per key: far more refreshes than can happen while a write is
// delayed.
const WRITTEN_KEPT = 32;
// A deleted key's digests are kept this long, so a delayed write does not bring its token back.
const WRITTEN_AFTER_DELETE_MS = 86_400_000;
// Longest expiry given to Redis (`PX`): one year, whatever a token's `expires_at` says.
const MAX_TTL_MS = 365 * 86_400_000;

// Extends or deletes the lock only while it still holds this holder's value.
const RENEW_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;
const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

function option(value: unknown, path: string, fallback: number | undefined, min = 1): number | undefined {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > 2_147_483_647) {
    throw new ValidationError('Invalid RedisTokenStore options', [
      { path: [path], message: `must be a number from ${min} to 2147483647` },
    ]);
  }
  return value;
}

function isStoredToken(value: unknown): value is StoredToken {
  return storedTokenProblem(value) === undefined;
}

/**
 * A `TokenStore` in Redis: every client and process that uses the same Redis and `tokenStoreKey`
 * shares the token, and refreshes it one at a time, so an expired token causes one token request
 * across the fleet and a rotated refresh token is used once.
 *
 * ```ts
 * const tokenStore = new RedisTokenStore({ redis });
 * new SmartRecruiters({ oauth: { clientId, clientSecret, refreshToken, tokenStore, tokenStoreKey: `customer:${id}` } });
 * ```
 *
 * Redis failures are `RedisUnavailableError`s (the request that needed a token fails; nothing is
 * sent to SmartRecruiters without a token). See
 * https://developers.smartrecruiters.com/docs/authentication-oauth-client-credential.
 */
export class RedisTokenStore implements TokenStore {
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly leaseMs: number;
  private readonly timeoutMs: number;
  private readonly refreshTokenTtlMs: number | undefined;

  constructor(options: RedisTokenStoreOptions) {
    if (typeof options !== 'object' || options === null || typeof options.redis?.eval !== 'function') {
      throw new ValidationError('Invalid RedisTokenStore options', [
        { path: ['redis'], message: 'must be an ioredis client' },
      ]);
    }
    if (options.prefix !== undefined && typeof options.prefix !== 'string') {
      throw new ValidationError('Invalid RedisTokenStore options', [
        { path: ['prefix'], message: 'must be a string' },
      ]);
    }
    this.redis = options.redis;
    this.prefix = options.prefix ?? 'smartrecruiters:';
    this.leaseMs = option(options.lockLeaseMs, 'lockLeaseMs', 5_000) as number;
    this.timeoutMs = option(options.commandTimeoutMs, 'commandTimeoutMs', 2_000) as number;
    this.refreshTokenTtlMs = option(options.refreshTokenTtlMs, 'refreshTokenTtlMs', undefined);
  }

  private run<T>(operation: string, command: () => Promise<T>): Promise<T> {
    return withRedis(this.redis, `token store: ${operation}`, this.timeoutMs, command);
  }

  /** The token of `key`, or `undefined` (also when the stored value is not a token: it is then replaced at the next refresh). */
  async get(key: string): Promise<StoredToken | undefined> {
    const raw = await this.run('get', () => this.redis.get(`${this.prefix}token:${key}`));
    if (raw === null) return undefined;
    try {
      const token: unknown = JSON.parse(raw);
      return isStoredToken(token) ? token : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Stores `token` under `key`. A token already written under `key` is not written again (a write
   * delayed by a reconnection, or re-sent, never replaces the tokens written after it); every
   * other token is written, whatever the clocks of the hosts that wrote: a new token was issued
   * to its writer alone, so the refresh token it carries is the valid one. A token without a
   * refresh token expires with its access token (at most a year).
   */
  async set(key: string, token: StoredToken): Promise<void> {
    let ttl = '';
    if (token.refresh_token === undefined) {
      ttl = String(Math.min(MAX_TTL_MS, Math.max(1, Math.ceil(token.expires_at - Date.now()))));
    } else if (this.refreshTokenTtlMs !== undefined) ttl = String(this.refreshTokenTtlMs);
    await this.run('set', () =>
      this.redis.eval(
        SET_SCRIPT,
        2,
        `${this.prefix}token:${key}`,
        `${this.prefix}written:${key}`,
        JSON.stringify(token),
        token.access_token,
        ttl,
        WRITTEN_KEPT,
      ),
    );
  }

  /** Removes the token of `key` (a customer who disconnected); a delayed write does not restore it. */
  async delete(key: string): Promise<void> {
    await this.run('delete', () =>
      this.redis
        .multi()
        .del(`${this.prefix}token:${key}`)
        .pexpire(`${this.prefix}written:${key}`, WRITTEN_AFTER_DELETE_MS)
        .exec(),
    );
  }

  /**
   * Takes the refresh lock of `key` for at most `ttlMs`, or `null` while another holder has it.
   * The lock is leased for `lockLeaseMs` and renewed while held: a holder that died blocks the
   * others for one lease at most. `release()` deletes it only while this holder still has it.
   */
  async lock(key: string, ttlMs: number): Promise<TokenStoreLock | null> {
    const lockKey = `${this.prefix}lock:${key}`;
    const holder = crypto.randomUUID();
    const total = Math.max(1, Math.floor(ttlMs));
    const lease = Math.min(total, this.leaseMs);
    const taken = await this.run('lock', () => this.redis.set(lockKey, holder, 'PX', lease, 'NX'));
    if (taken !== 'OK') return null;
    const deadline = performance.now() + total;
    let renewing = true;
    const renew = () => {
      const left = Math.floor(deadline - performance.now());
      if (!renewing || left <= 0) return stop();
      this.redis
        .eval(RENEW_SCRIPT, 1, lockKey, holder, Math.max(1, Math.min(lease, left)))
        .then((extended) => {
          // Another holder has it (this lease lapsed): stop extending a lock that is not ours.
          if (extended === 0) stop();
        })
        .catch(() => undefined);
    };
    const timer = setInterval(renew, Math.max(1, Math.floor(lease / 3)));
    // A lease kept alive by a refresh in progress; it must not keep the process alive by itself.
    timer.unref?.();
    const stop = () => {
      renewing = false;
      clearInterval(timer);
    };
    return {
      release: async () => {
        stop();
        await this.run('unlock', () => this.redis.eval(RELEASE_SCRIPT, 1, lockKey, holder));
      },
    };
  }
}
