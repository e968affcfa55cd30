/**
 * `RedisConnectionStore` against a real Redis: records, the atomic "first to mark lost", used
 * states, and `Connections` in two processes' worth of instances sharing it.
 */
import { describe, expect, it } from 'vitest';
import {
  ConnectionLostError,
  type ConnectionLostEvent,
  type ConnectionRecord,
} from '../../src/connect/index.js';
import { RedisConnectionStore, RedisTokenStore, RedisUnavailableError } from '../../src/redis/index.js';
import { connectFake, connectionsOn, connectThroughBrowser } from '../connect/helpers.js';
import { deadRedisUrl, keysOf, newRedis, uniquePrefix } from './helpers.js';

const RECORD: ConnectionRecord = {
  v: 1,
  grantId: 'g1',
  method: 'client_credentials',
  connectedAt: '2026-01-01T00:00:00.000Z',
  clientId: 'cust',
  clientSecret: 'cust-secret',
  scopes: [],
};
const LOSS = { reason: 'credentials_revoked', at: '2026-01-02T00:00:00.000Z' } as const;

describe('RedisConnectionStore', () => {
  it('stores, reads and deletes a tenant; a new connection forgets the old one’s loss', async () => {
    const redis = newRedis();
    const prefix = uniquePrefix();
    const store = new RedisConnectionStore({ redis, prefix });
    expect(await store.get('acme')).toBeUndefined();
    await store.set('acme', RECORD);
    expect(await store.get('acme')).toEqual({ record: RECORD });
    expect(await keysOf(redis, prefix)).toEqual([`${prefix}connection:acme`]);
    expect(await store.markLost('acme', 'g1', LOSS)).toBe(true);
    expect(await store.get('acme')).toEqual({ record: RECORD, lost: LOSS });
    await store.set('acme', { ...RECORD, grantId: 'g2' });
    expect((await store.get('acme'))?.lost).toBeUndefined();
    await store.delete('acme');
    expect(await keysOf(redis, prefix)).toEqual([]);
  });

  it('markLost: true for the first of many concurrent callers only, and never for another connection', async () => {
    const prefix = uniquePrefix();
    const store = new RedisConnectionStore({ redis: newRedis(), prefix });
    await store.set('acme', RECORD);
    // Twenty callers on four connections of their own, as four processes would be.
    const stores = Array.from({ length: 4 }, () => new RedisConnectionStore({ redis: newRedis(), prefix }));
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        (stores[i % 4] as RedisConnectionStore).markLost('acme', 'g1', LOSS),
      ),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await store.markLost('acme', 'old-grant', LOSS)).toBe(false);
    expect(await store.markLost('nobody', 'g1', LOSS)).toBe(false);
  });

  it('consumeState: once, and the key expires with the state', async () => {
    const redis = newRedis();
    const prefix = uniquePrefix();
    const store = new RedisConnectionStore({ redis, prefix });
    const expiresAt = Date.now() + 7_200_000;
    expect(await store.consumeState('n1', expiresAt)).toBe(true);
    expect(await store.consumeState('n1', expiresAt)).toBe(false);
    expect(await store.consumeState('n2', expiresAt)).toBe(true);
    const ttl = await redis.pttl(`${prefix}state:n1`);
    expect(ttl).toBeGreaterThan(7_100_000);
    expect(ttl).toBeLessThanOrEqual(7_200_000);
  });

  it('a Redis that does not answer is a RedisUnavailableError within commandTimeoutMs', async () => {
    const store = new RedisConnectionStore({
      redis: newRedis(await deadRedisUrl(), { lazyConnect: true, retryStrategy: () => null }),
      commandTimeoutMs: 200,
    });
    await expect(store.get('acme')).rejects.toBeInstanceOf(RedisUnavailableError);
  });
});

describe('Connections on Redis, two processes', () => {
  it('a connect in one is served by the other; a loss runs the hook once; a replayed state is refused', async () => {
    const fake = connectFake();
    const prefix = uniquePrefix();
    const events: ConnectionLostEvent[] = [];
    const make = () => {
      const redis = newRedis();
      return connectionsOn(fake, {
        store: new RedisConnectionStore({ redis, prefix }),
        tokenStore: new RedisTokenStore({ redis, prefix }),
        onConnectionLost: (event) => void events.push(event),
      });
    };
    const one = make();
    const two = make();
    const { callbackUrl, jar } = await connectThroughBrowser(one, fake, 'acme');
    expect((await (await two.get('acme')).jobs.list({ limit: 1 })).result).toHaveLength(1);
    const replay = await two.handleCallback(new Request(callbackUrl, { headers: { cookie: jar.header() } }));
    expect(replay.status).toBe('failed');

    fake.auth.revokeGrantsOfUser(fake.state.meUserId);
    fake.advanceTime(31 * 60 * 1000);
    const [a, b] = await Promise.all([
      (await one.get('acme')).jobs.list().catch((e: unknown) => e),
      (await two.get('acme')).jobs.list().catch((e: unknown) => e),
    ]);
    expect(a).toBeInstanceOf(ConnectionLostError);
    expect(b).toBeInstanceOf(ConnectionLostError);
    expect(events).toHaveLength(1);
    expect(await one.status('acme')).toMatchObject({ state: 'lost', lost: { reason: 'grant_revoked' } });
  });
});
