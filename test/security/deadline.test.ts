import { describe, expect, it } from 'vitest';
import {
  MemoryTokenStore,
  SmartRecruitersClient,
  type StoredToken,
  TimeoutError,
  type TokenStore,
} from '../../src/index.js';
import { uniqueKey } from '../helpers/msw.js';
import { failure, hostile, json } from './hostile.js';

const never = new Promise<never>(() => undefined);

describe("a request's deadline covers everything it waits on", () => {
  it('timeoutMs covers the token request', async () => {
    const api = await hostile((req, res) => {
      if (req.url === '/identity/oauth/token') return; // never answers
      json(res, 200, { content: [] });
    });
    const client = new SmartRecruitersClient({
      baseUrl: api.origin,
      oauth: { clientId: uniqueKey(), clientSecret: 's' },
      logLevel: 'off',
      rateLimit: false,
    });
    const error = await failure(() => client.get('/jobs', { timeoutMs: 300 }));
    expect(error).toBeInstanceOf(TimeoutError);
    expect(api.received.filter((r) => r.url === '/jobs')).toEqual([]);
  });

  it('timeoutMs covers a token store that never answers, and the next request gets a fresh try', async () => {
    const api = await hostile((req, res) =>
      req.url === '/identity/oauth/token'
        ? json(res, 200, { access_token: 'a', expires_in: 3600 })
        : json(res, 200, { content: [] }),
    );
    const inner = new MemoryTokenStore();
    let hang = true;
    const store: TokenStore = {
      get: (key) => (hang ? never : inner.get(key)),
      set: (key, token: StoredToken) => (hang ? never : inner.set(key, token)),
      delete: (key) => inner.delete(key),
    };
    const client = new SmartRecruitersClient({
      baseUrl: api.origin,
      oauth: { clientId: uniqueKey(), clientSecret: 's', tokenStore: store, refreshTimeoutMs: 500 },
      logLevel: 'off',
      rateLimit: false,
    });
    expect(await failure(() => client.get('/jobs', { timeoutMs: 200 }))).toBeInstanceOf(TimeoutError);
    hang = false;
    // The hung refresh gave up after refreshTimeoutMs: a later request refreshes again.
    await new Promise((r) => setTimeout(r, 600));
    await expect(client.get('/jobs', { timeoutMs: 2000 })).resolves.toEqual({ content: [] });
  });

  it('maxRetryTimeMs covers the wait in the rate limiter queue', async () => {
    const api = await hostile((_req, res) => json(res, 200, { content: [] }));
    const client = new SmartRecruitersClient({
      apiKey: uniqueKey(),
      baseUrl: api.origin,
      logLevel: 'off',
      maxRetryTimeMs: 400,
    });
    const outcomes = await Promise.allSettled(Array.from({ length: 40 }, () => client.get('/jobs')));
    const failed = outcomes.filter((o) => o.status === 'rejected');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((o) => (o as PromiseRejectedResult).reason instanceof TimeoutError)).toBe(true);
    // At 10 requests per second, 400 ms let about 10 start; the rest gave up waiting.
    expect(api.received.length).toBeLessThan(20);
  });
});
