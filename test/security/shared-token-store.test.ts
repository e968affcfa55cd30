import { describe, expect, it } from 'vitest';
import {
  MemoryTokenStore,
  SmartRecruitersClient,
  type StoredToken,
  type TokenStore,
} from '../../src/index.js';
import { hostile, json } from './hostile.js';

/** A token endpoint whose refresh tokens are single-use (rotated on every grant), like OAuth 2.1. */
async function rotatingTokenEndpoint() {
  let valid = 'refresh-0';
  let issued = 0;
  const api = await hostile(async (req, res) => {
    if (req.url === '/identity/oauth/token') {
      const form = new URLSearchParams(req.body);
      if (form.get('refresh_token') !== valid) return json(res, 400, { error: 'invalid_grant' });
      issued++;
      valid = `refresh-${issued}`;
      await new Promise((r) => setTimeout(r, 30));
      return json(res, 200, { access_token: `access-${issued}`, expires_in: 3600, refresh_token: valid });
    }
    const token = req.headers.authorization;
    return token === `Bearer access-${issued}`
      ? json(res, 200, { content: [] })
      : json(res, 401, { message: 'Invalid token' });
  });
  return { api, grants: () => api.received.filter((r) => r.url === '/identity/oauth/token').length };
}

function clientOn(origin: string, tokenStore: TokenStore) {
  return new SmartRecruitersClient({
    baseUrl: origin,
    oauth: {
      clientId: 'partner',
      clientSecret: 's',
      refreshToken: 'refresh-0',
      tokenStore,
      tokenStoreKey: 'customer:1',
    },
    logLevel: 'off',
    rateLimit: false,
  });
}

describe('clients sharing a token store refresh one at a time', () => {
  it('two clients on one MemoryTokenStore make one refresh-token grant, and every call succeeds', async () => {
    const { api, grants } = await rotatingTokenEndpoint();
    const store = new MemoryTokenStore();
    const a = clientOn(api.origin, store);
    const b = clientOn(api.origin, store);
    const results = await Promise.allSettled([
      ...Array.from({ length: 5 }, () => a.get('/jobs')),
      ...Array.from({ length: 5 }, () => b.get('/jobs')),
    ]);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(grants()).toBe(1);
    expect((await store.get('customer:1'))?.refresh_token).toBe('refresh-1');
  });

  it('a holder that died keeps the lock for its TTL only', async () => {
    const store = new MemoryTokenStore();
    const first = await store.lock('k', 50);
    expect(first).not.toBeNull();
    expect(await store.lock('k', 50)).toBeNull();
    await new Promise((r) => setTimeout(r, 80));
    const second = await store.lock('k', 50);
    expect(second).not.toBeNull();
    // A stale handle cannot release the lock another holder has taken since.
    await first!.release();
    expect(await store.lock('k', 50)).toBeNull();
    await second!.release();
    expect(await store.lock('k', 50)).not.toBeNull();
  });

  it('a store without a lock keeps working as before', async () => {
    const { api, grants } = await rotatingTokenEndpoint();
    const map = new Map<string, StoredToken>();
    const plain: TokenStore = {
      get: (key) => map.get(key),
      set: (key, token) => void map.set(key, token),
      delete: (key) => void map.delete(key),
    };
    const a = clientOn(api.origin, plain);
    await a.get('/jobs');
    await a.get('/jobs');
    expect(grants()).toBe(1);
  });
});
