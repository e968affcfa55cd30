import { describe, expect, it } from 'vitest';
import { SmartRecruitersClient, type StoredToken, ValidationError } from '../../src/index.js';
import { RedisTokenStore, RedisUnavailableError } from '../../src/redis/index.js';
import { hostile, json } from '../security/hostile.js';
import { deadRedisUrl, keysOf, newRedis, redisProxy, uniquePrefix } from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function token(overrides: Partial<StoredToken> = {}): StoredToken {
  const now = Date.now();
  return {
    access_token: 'at-1',
    token_type: 'Bearer',
    issued_at: now,
    expires_at: now + 3_600_000,
    ...overrides,
  };
}

describe('RedisTokenStore: tokens', () => {
  it('stores, reads and deletes a token under its own prefix', async () => {
    const redis = newRedis();
    const prefix = uniquePrefix();
    const store = new RedisTokenStore({ redis, prefix });
    expect(await store.get('customer:1')).toBeUndefined();
    const stored = token({ refresh_token: 'rt-1', scope: 'candidates_read' });
    await store.set('customer:1', stored);
    expect(await store.get('customer:1')).toEqual(stored);
    expect(await store.get('customer:2')).toBeUndefined();
    expect(await keysOf(redis, prefix)).toEqual([`${prefix}token:customer:1`, `${prefix}written:customer:1`]);
    await store.delete('customer:1');
    expect(await store.get('customer:1')).toBeUndefined();
    // The digests of written tokens stay a day, so a delayed write cannot bring the token back.
    expect(await keysOf(redis, prefix)).toEqual([`${prefix}written:customer:1`]);
    await store.set('customer:1', stored);
    expect(await store.get('customer:1')).toBeUndefined();
  });

  it('a token without a refresh token expires with its access token; one with a refresh token is kept', async () => {
    const redis = newRedis();
    const prefix = uniquePrefix();
    const store = new RedisTokenStore({ redis, prefix });
    await store.set('cc', token({ expires_at: Date.now() + 60_000 }));
    const ttl = await redis.pttl(`${prefix}token:cc`);
    expect(ttl).toBeGreaterThan(55_000);
    expect(ttl).toBeLessThanOrEqual(60_000);
    await store.set('partner', token({ refresh_token: 'rt' }));
    expect(await redis.pttl(`${prefix}token:partner`)).toBe(-1);
    const kept = new RedisTokenStore({ redis, prefix, refreshTokenTtlMs: 86_400_000 });
    await kept.set('partner', token({ access_token: 'at-2', refresh_token: 'rt2' }));
    expect(await redis.pttl(`${prefix}token:partner`)).toBeGreaterThan(86_000_000);
  });

  it('a delayed (re-sent) write of a token never replaces the tokens written after it', async () => {
    const redis = newRedis();
    const store = new RedisTokenStore({ redis, prefix: uniquePrefix() });
    const first = token({ access_token: 'at-1', refresh_token: 'rt-1' });
    const second = token({ access_token: 'at-2', refresh_token: 'rt-2' });
    await store.set('k', first);
    await store.set('k', second);
    // The first write arrives again (a reply lost to a reconnection, re-sent): it is not applied.
    await store.set('k', first);
    expect(await store.get('k')).toEqual(second);
    // A new token is written whatever its issued_at says (the writer's clock is not compared).
    const third = token({ access_token: 'at-3', refresh_token: 'rt-3', issued_at: 1_000 });
    await store.set('k', third);
    expect(await store.get('k')).toEqual(third);
  });

  it('a stored value that is not a usable token reads as absent (the next refresh replaces it)', async () => {
    const redis = newRedis();
    const prefix = uniquePrefix();
    const store = new RedisTokenStore({ redis, prefix });
    for (const value of [
      'not json',
      '{"access_token":1}',
      JSON.stringify(token({ access_token: 'a\r\nb' })),
    ]) {
      await redis.set(`${prefix}token:k`, value);
      expect(await store.get('k')).toBeUndefined();
    }
    await store.set('k', token());
    expect((await store.get('k'))?.access_token).toBe('at-1');
  });

  it('bad options are ValidationErrors', () => {
    const redis = newRedis();
    expect(() => new RedisTokenStore({} as never)).toThrow(ValidationError);
    expect(() => new RedisTokenStore({ redis, lockLeaseMs: 0 })).toThrow(ValidationError);
    expect(() => new RedisTokenStore({ redis, commandTimeoutMs: Number.NaN })).toThrow(ValidationError);
    expect(() => new RedisTokenStore({ redis, prefix: 1 as never })).toThrow(ValidationError);
  });
});

describe('RedisTokenStore: the refresh lock', () => {
  it('one holder at a time; release frees it only for its holder', async () => {
    const redis = newRedis();
    const prefix = uniquePrefix();
    const store = new RedisTokenStore({ redis, prefix, lockLeaseMs: 150 });
    const first = await store.lock('k', 10_000);
    expect(first).not.toBeNull();
    expect(await store.lock('k', 10_000)).toBeNull();
    // The token itself stays readable while the lock is held.
    await store.set('k', token());
    expect(await store.get('k')).toBeDefined();
    await first?.release();
    const second = await store.lock('k', 10_000);
    expect(second).not.toBeNull();
    // A stale handle cannot release the lock another holder has taken since.
    await first?.release();
    expect(await store.lock('k', 10_000)).toBeNull();
    await second?.release();
    expect(await redis.exists(`${prefix}lock:k`)).toBe(0);
  });

  it('is renewed while its holder lives, within the ttl it was taken for', async () => {
    const redis = newRedis();
    const store = new RedisTokenStore({ redis, prefix: uniquePrefix(), lockLeaseMs: 100 });
    const held = await store.lock('k', 800);
    expect(held).not.toBeNull();
    // Three leases later the holder still has it (renewed every third of a lease).
    await sleep(350);
    expect(await store.lock('k', 800)).toBeNull();
    // Past its ttl it is not renewed any more, released or not.
    await sleep(700);
    const next = await store.lock('k', 800);
    expect(next).not.toBeNull();
    await next?.release();
    await held?.release();
  });

  it('a holder that died (its connection gone) blocks the others for one lease at most', async () => {
    const prefix = uniquePrefix();
    const dying = new RedisTokenStore({ redis: newRedis(), prefix, lockLeaseMs: 300 });
    const other = new RedisTokenStore({ redis: newRedis(), prefix, lockLeaseMs: 300 });
    const held = await dying.lock('k', 30_000);
    expect(held).not.toBeNull();
    (dying as unknown as { redis: { disconnect(): void } }).redis.disconnect();
    expect(await other.lock('k', 30_000)).toBeNull();
    const started = performance.now();
    let taken = await other.lock('k', 30_000);
    while (!taken && performance.now() - started < 5_000) {
      await sleep(25);
      taken = await other.lock('k', 30_000);
    }
    expect(taken).not.toBeNull();
    await taken?.release();
  });

  it('two clients with their own connections and stores make one refresh-token grant between them', async () => {
    let valid = 'refresh-0';
    let issued = 0;
    const api = await hostile(async (req, res) => {
      if (req.url === '/identity/oauth/token') {
        if (new URLSearchParams(req.body).get('refresh_token') !== valid) {
          return json(res, 400, { error: 'invalid_grant' });
        }
        issued++;
        valid = `refresh-${issued}`;
        await sleep(50);
        return json(res, 200, { access_token: `access-${issued}`, expires_in: 3600, refresh_token: valid });
      }
      return req.headers.authorization === `Bearer access-${issued}`
        ? json(res, 200, { content: [] })
        : json(res, 401, { message: 'Invalid token' });
    });
    const prefix = uniquePrefix();
    const clientOn = () =>
      new SmartRecruitersClient({
        baseUrl: api.origin,
        oauth: {
          clientId: 'partner',
          clientSecret: 's',
          refreshToken: 'refresh-0',
          tokenStore: new RedisTokenStore({ redis: newRedis(), prefix }),
          tokenStoreKey: 'customer:1',
        },
        logLevel: 'off',
        rateLimit: false,
      });
    const [a, b] = [clientOn(), clientOn()];
    const results = await Promise.allSettled([
      ...Array.from({ length: 5 }, () => a.get('/jobs')),
      ...Array.from({ length: 5 }, () => b.get('/jobs')),
    ]);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(api.received.filter((r) => r.url === '/identity/oauth/token')).toHaveLength(1);
    const stored = await new RedisTokenStore({ redis: newRedis(), prefix }).get('customer:1');
    expect(stored?.refresh_token).toBe('refresh-1');
  });
});

describe('RedisTokenStore: errors', () => {
  it("a failed write's error holds no token (the client library attaches the command's arguments)", async () => {
    const redis = newRedis();
    const prefix = uniquePrefix();
    // A key of the wrong type makes the write script fail.
    await redis.hset(`${prefix}written:k`, 'not', 'a list');
    const store = new RedisTokenStore({ redis, prefix });
    const error = await store
      .set('k', token({ access_token: 'secret-access', refresh_token: 'secret-refresh' }))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'RedisUnavailableError', reason: 'failed' });
    const cause = (error as Error).cause as Error;
    expect(cause.message).toContain('WRONGTYPE');
    const seen = [
      String(error),
      JSON.stringify(error),
      String(cause),
      JSON.stringify(cause),
      Object.keys(cause),
    ];
    expect(JSON.stringify(seen)).not.toMatch(/secret-/);
  });
});

describe('RedisTokenStore: waiting for the connection', () => {
  it('any number of callers waiting for it add two listeners to the client, not two each', async () => {
    const redis = newRedis(undefined, { lazyConnect: true });
    const store = new RedisTokenStore({ redis, prefix: uniquePrefix() });
    const before = redis.listenerCount('ready') + redis.listenerCount('end');
    const reads = Array.from({ length: 30 }, () => store.get('k'));
    expect(redis.listenerCount('ready') + redis.listenerCount('end')).toBeLessThanOrEqual(before + 2);
    expect(await Promise.all(reads)).toEqual(reads.map(() => undefined));
    expect(redis.listenerCount('ready') + redis.listenerCount('end')).toBe(before);
  });
});

describe('RedisTokenStore: Redis unavailable', () => {
  it('at start: a RedisUnavailableError within commandTimeoutMs, naming the operation only', async () => {
    const url = await deadRedisUrl();
    const store = new RedisTokenStore({ redis: newRedis(url), commandTimeoutMs: 200 });
    const error = await store.get('customer:secret-tenant').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedisUnavailableError);
    expect(error).toMatchObject({ operation: 'token store: get', reason: 'unreachable' });
    const text = JSON.stringify((error as RedisUnavailableError).toJSON()) + String(error);
    expect(text).not.toContain('secret-tenant');
    expect(text).not.toContain(new URL(url).port);
  });

  it('mid-run: a stalled Redis is a timeout, and the store works again once Redis answers', async () => {
    const proxy = await redisProxy();
    const store = new RedisTokenStore({
      redis: newRedis(proxy.url),
      prefix: uniquePrefix(),
      commandTimeoutMs: 200,
    });
    await store.set('k', token());
    proxy.stall();
    await expect(store.get('k')).rejects.toMatchObject({ name: 'RedisUnavailableError', reason: 'timeout' });
    proxy.cut();
    await expect(store.lock('k', 1000)).rejects.toBeInstanceOf(RedisUnavailableError);
    proxy.restore();
    let read: StoredToken | undefined;
    for (let i = 0; i < 100 && !read; i++)
      read = await store.get('k').catch(() => sleep(50).then(() => undefined));
    expect(read?.access_token).toBe('at-1');
  });

  it('a client whose store is unreachable fails its request with the typed error and sends nothing', async () => {
    const api = await hostile((_req, res) => json(res, 200, { access_token: 'a', expires_in: 3600 }));
    const client = new SmartRecruitersClient({
      baseUrl: api.origin,
      oauth: {
        clientId: 'c',
        clientSecret: 's',
        tokenStore: new RedisTokenStore({ redis: newRedis(await deadRedisUrl()), commandTimeoutMs: 200 }),
      },
      logLevel: 'off',
      rateLimit: false,
    });
    await expect(client.get('/jobs')).rejects.toBeInstanceOf(RedisUnavailableError);
    expect(api.received).toEqual([]);
  });
});
