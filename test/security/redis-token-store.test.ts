/**
 * `RedisTokenStore` shared by a fleet whose hosts' clocks differ: a rotated refresh token is never
 * dropped (writes are not ordered by the writers' clocks), and a token endpoint's absurd
 * `expires_in` cannot make Redis refuse the write. Runs against a real Redis (the `redis` project);
 * the API is a hostile server on 127.0.0.1.
 */
import { describe, expect, it } from 'vitest';
import { type Clock, SmartRecruitersClient } from '../../src/index.js';
import { RedisTokenStore } from '../../src/redis/index.js';
import { newRedis, uniquePrefix } from '../redis/helpers.js';
import { hostile, json } from './hostile.js';

const HOUR = 3_600_000;

/** A token endpoint whose refresh tokens are single-use, and an API that takes the latest access token only. */
async function rotatingApi() {
  let valid = 'refresh-0';
  let issued = 0;
  const revoked = new Set<string>();
  const api = await hostile((req, res) => {
    if (req.url === '/identity/oauth/token') {
      if (new URLSearchParams(req.body).get('refresh_token') !== valid) {
        return json(res, 400, { error: 'invalid_grant' });
      }
      issued++;
      valid = `refresh-${issued}`;
      return json(res, 200, {
        access_token: `access-${issued}`,
        expires_in: 3600,
        refresh_token: valid,
      });
    }
    const bearer = req.headers.authorization;
    return bearer === `Bearer access-${issued}` && !revoked.has(`access-${issued}`)
      ? json(res, 200, { content: [] })
      : json(res, 401, { message: 'Invalid token' });
  });
  return { api, revoke: (token: string) => revoked.add(token) };
}

function worker(origin: string, prefix: string, clock?: Clock) {
  return new SmartRecruitersClient({
    baseUrl: origin,
    oauth: {
      clientId: 'partner',
      clientSecret: 's',
      refreshToken: 'refresh-0',
      tokenStore: new RedisTokenStore({ redis: newRedis(), prefix }),
      tokenStoreKey: 'customer:1',
    },
    logLevel: 'off',
    rateLimit: false,
    ...(clock ? { clock } : {}),
  });
}

describe('RedisTokenStore across hosts whose clocks differ', () => {
  it('a refresh token rotated by a host whose clock is behind is stored, and the fleet goes on', async () => {
    const { api, revoke } = await rotatingApi();
    const prefix = uniquePrefix();
    // Host A's clock runs an hour ahead: its token says it was issued an hour from now.
    const ahead = worker(api.origin, prefix, { now: () => Date.now() + HOUR });
    await ahead.get('/jobs');
    // SmartRecruiters revokes access-1: host B (a correct clock) rotates refresh-1 into refresh-2.
    revoke('access-1');
    const behind = worker(api.origin, prefix);
    await behind.get('/jobs');
    const stored = await new RedisTokenStore({ redis: newRedis(), prefix }).get('customer:1');
    expect(stored?.refresh_token).toBe('refresh-2');
    // A host started now reads refresh-2's token and works; refresh-1 is spent.
    await expect(worker(api.origin, prefix).get('/jobs')).resolves.toEqual({ content: [] });
    const grants = api.received.filter((r) => r.url === '/identity/oauth/token');
    expect(grants.map((r) => new URLSearchParams(r.body).get('refresh_token'))).toEqual([
      'refresh-0',
      'refresh-1',
    ]);
  });

  it('a token endpoint answering expires_in 1e16 does not break the store: requests go on', async () => {
    const api = await hostile((req, res) =>
      req.url === '/identity/oauth/token'
        ? json(res, 200, { access_token: 'access-1', expires_in: 1e16 })
        : json(res, 200, { content: [] }),
    );
    const prefix = uniquePrefix();
    const redis = newRedis();
    const client = new SmartRecruitersClient({
      baseUrl: api.origin,
      oauth: {
        clientId: 'c',
        clientSecret: 's',
        tokenStore: new RedisTokenStore({ redis, prefix }),
        tokenStoreKey: 'cc',
      },
      logLevel: 'off',
      rateLimit: false,
    });
    await client.get('/jobs');
    await client.get('/jobs');
    expect(api.received.filter((r) => r.url === '/identity/oauth/token')).toHaveLength(1);
    const stored = await new RedisTokenStore({ redis, prefix }).get('cc');
    expect(stored?.expires_at).toBeLessThanOrEqual(Date.now() + 366 * 24 * HOUR);
  });

  it('a token whose expires_at is absurd (a custom writer) is kept at most a year in Redis', async () => {
    const redis = newRedis();
    const prefix = uniquePrefix();
    const store = new RedisTokenStore({ redis, prefix });
    await store.set('k', { access_token: 'a', token_type: 'Bearer', expires_at: 1e20 });
    expect(await redis.pttl(`${prefix}token:k`)).toBeLessThanOrEqual(365 * 24 * HOUR);
    expect((await store.get('k'))?.access_token).toBe('a');
  });
});
