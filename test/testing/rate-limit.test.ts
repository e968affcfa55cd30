import { describe, expect, it } from 'vitest';
import * as testing from '../../src/testing/index.js';
import { FakeRateLimiter } from '../../src/testing/rate-limit.js';
import { call, errorCode, startFake } from './helpers.js';

const RATE_HEADERS = [
  'x-ratelimit-limit',
  'x-ratelimit-remaining',
  'x-ratelimit-concurrent-limit',
  'x-ratelimit-concurrent-remaining',
];

describe('rate limits on the server (§4)', () => {
  it('answers the 11th request within one second with 429 in SR error shape', async () => {
    const fake = await startFake();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++)
      statuses.push((await call(fake, 'GET', '/configuration/departments')).status);
    expect(statuses).toEqual(Array(10).fill(200));
    const eleventh = await call(fake, 'GET', '/configuration/departments');
    expect(eleventh.status).toBe(429);
    expect(errorCode(eleventh)).toBe('RATE_LIMIT_EXCEEDED');
    expect(eleventh.headers.get('retry-after')).toBeNull();
    expect(fake.requests.all({ admitted: true })).toHaveLength(10);
    expect(fake.requests.maxRequestsInWindow(1000, { admitted: true })).toBe(10);
  });

  it('sends the four headers on every response, counting down, and on errors', async () => {
    const fake = await startFake();
    const remaining: string[] = [];
    for (let i = 0; i < 3; i++) {
      const r = await call(fake, 'GET', '/jobs');
      for (const h of RATE_HEADERS) expect(r.headers.get(h)).not.toBeNull();
      expect(r.headers.get('x-ratelimit-limit')).toBe('10');
      expect(r.headers.get('x-ratelimit-concurrent-limit')).toBe('8');
      expect(r.headers.get('x-ratelimit-concurrent-remaining')).toBe('7');
      remaining.push(r.headers.get('x-ratelimit-remaining') as string);
    }
    expect(remaining).toEqual(['9', '8', '7']);
    for (const r of [
      await call(fake, 'GET', '/jobs/missing'),
      await call(fake, 'GET', '/jobs', { auth: null }),
      await call(fake, 'POST', '/identity/oauth/token', {
        body: 'grant_type=client_credentials',
        contentType: 'application/x-www-form-urlencoded',
      }),
    ]) {
      expect(r.status).toBeGreaterThanOrEqual(400);
      for (const h of RATE_HEADERS) expect(r.headers.get(h)).toMatch(/^\d+$/);
    }
  });

  it('slides the window: requests succeed again once old arrivals leave it', async () => {
    const fake = await startFake({ rateLimits: { windowMs: 300, concurrent: 50 } });
    const burst = await Promise.all(Array.from({ length: 10 }, () => call(fake, 'GET', '/jobs')));
    expect(burst.every((r) => r.status === 200)).toBe(true);
    expect((await call(fake, 'GET', '/jobs')).status).toBe(429);
    await new Promise((r) => setTimeout(r, 320));
    expect((await call(fake, 'GET', '/jobs')).status).toBe(200);
  });

  it('answers the 9th concurrent request with 429', async () => {
    const fake = await startFake({ latencyMs: 250 });
    const results = await Promise.all(Array.from({ length: 9 }, () => call(fake, 'GET', '/jobs')));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(8);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1);
    const rejected = results.find((r) => r.status === 429)!;
    expect(rejected.body.message).toMatch(/concurren/i);
    expect(rejected.headers.get('x-ratelimit-concurrent-remaining')).toBe('0');
    expect(fake.requests.maxConcurrent({ admitted: true })).toBe(8);
  });

  it('allows only one GET /candidates in flight, but not for /candidates/{id}', async () => {
    const fake = await startFake({ latencyMs: 200 });
    const id = fake.state.candidates.keys().next().value as string;
    const results = await Promise.all([
      call(fake, 'GET', '/candidates'),
      call(fake, 'GET', '/candidates?limit=5'),
      call(fake, 'GET', `/candidates/${id}`),
      call(fake, 'GET', `/candidates/${id}`),
    ]);
    const listStatuses = results
      .slice(0, 2)
      .map((r) => r.status)
      .sort();
    expect(listStatuses).toEqual([200, 429]);
    expect(results[2]!.status).toBe(200);
    expect(results[3]!.status).toBe(200);
    const ok = results.find((r, i) => i < 2 && r.status === 200)!;
    expect(ok.headers.get('x-ratelimit-concurrent-limit')).toBe('1');
    expect(fake.requests.maxConcurrent({ route: 'GET /candidates', admitted: true })).toBe(1);
    // Sequential list calls are fine.
    expect((await call(fake, 'GET', '/candidates')).status).toBe(200);
  });

  it('limits POST and DELETE /jobs/{id}/publication to 2 per second each', async () => {
    const fake = await startFake();
    const job = [...fake.state.jobs.values()].find((j) => j.status === 'SOURCING')!;
    const post = () => call(fake, 'POST', `/jobs/${job.id}/publication`);
    const first = await post();
    const second = await post();
    const third = await post();
    expect([first.status, second.status, third.status]).toEqual([204, 204, 429]);
    expect(first.headers.get('x-ratelimit-limit')).toBe('2');
    expect(first.headers.get('x-ratelimit-remaining')).toBe('1');
    const del = await call(fake, 'DELETE', `/jobs/${job.id}/publication`);
    expect(del.status).toBe(204);
    expect((await call(fake, 'GET', `/jobs/${job.id}/publication`)).status).toBe(200);
  });

  it('limits GET /offers/{id}/documents/{id} to 2 per second', async () => {
    const fake = await startFake();
    const offer = [...fake.state.offers.values()][0]!;
    const path = `/offers/${offer.id}/documents/${offer.documents[0]!.id}`;
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(fake, 'GET', path)).status);
    expect(statuses).toEqual([200, 200, 429]);
  });

  it('accounts per credential: another API key has its own window', async () => {
    const fake = await startFake({ apiKeys: ['second-key-0123456789abcdef0123'] });
    for (let i = 0; i < 10; i++) await call(fake, 'GET', '/jobs');
    expect((await call(fake, 'GET', '/jobs')).status).toBe(429);
    const other = await call(fake, 'GET', '/jobs', { auth: { apiKey: 'second-key-0123456789abcdef0123' } });
    expect(other.status).toBe(200);
    expect(fake.requests.last()?.credential).toBe('apiKey:key2');
  });

  it('can send Retry-After and count rejected requests when asked', async () => {
    const fake = await startFake({
      rateLimits: { retryAfter: true, countRejected: true, requestsPerSecond: 2 },
    });
    await call(fake, 'GET', '/jobs');
    await call(fake, 'GET', '/jobs');
    const rejected = await call(fake, 'GET', '/jobs');
    expect(rejected.status).toBe(429);
    expect(Number(rejected.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
  });

  it('does not enforce when disabled, but still sends the headers', async () => {
    const fake = await startFake({ rateLimits: false });
    const statuses = [];
    for (let i = 0; i < 15; i++) statuses.push((await call(fake, 'GET', '/jobs')).status);
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(fake.requests.last()).toMatchObject({ rateLimited: false });
  });
});

describe('FakeRateLimiter', () => {
  it('does not count rejected requests by default', () => {
    const limiter = new FakeRateLimiter({ requestsPerSecond: 1 });
    expect(limiter.acquire('c', undefined, 0).ok).toBe(true);
    expect(limiter.acquire('c', undefined, 500).ok).toBe(false);
    expect(limiter.acquire('c', undefined, 1000.5).ok).toBe(true);
  });

  it('counts rejected requests with countRejected', () => {
    const limiter = new FakeRateLimiter({ requestsPerSecond: 1, countRejected: true });
    expect(limiter.acquire('c', undefined, 0).ok).toBe(true);
    expect(limiter.acquire('c', undefined, 500).ok).toBe(false);
    // The rejected arrival at 500 still fills the window at 1000.5, and that one is counted too.
    expect(limiter.acquire('c', undefined, 1000.5).ok).toBe(false);
    expect(limiter.acquire('c', undefined, 1500.5).ok).toBe(false);
    expect(limiter.acquire('c', undefined, 2500.6).ok).toBe(true);
  });

  it('frees a concurrency slot on release', () => {
    const limiter = new FakeRateLimiter({ concurrent: 1, requestsPerSecond: 100 });
    const first = limiter.acquire('c', undefined, 0);
    expect(limiter.acquire('c', undefined, 1).ok).toBe(false);
    if (first.ok) first.release();
    expect(limiter.acquire('c', undefined, 2).ok).toBe(true);
  });
});

describe('the deprecated RateLimiter name of smartrecruiters-sdk/testing', () => {
  it('is FakeRateLimiter, kept for code written against it', () => {
    expect(testing.RateLimiter).toBe(testing.FakeRateLimiter);
    const limiter: testing.RateLimiter = new testing.RateLimiter({ requestsPerSecond: 1 });
    expect(limiter).toBeInstanceOf(testing.FakeRateLimiter);
  });
});
