import { execFile } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import Bottleneck from 'bottleneck';
import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  type RateLimitedHookInfo,
  type RateLimiter,
  type RateLimitRelease,
  type RateLimitRequest,
  SmartRecruitersClient,
} from '../../src/index.js';
import { CredentialRateLimiter, spacingFor, WINDOW_MS } from '../../src/internal/rate-limiter.js';
import { BASE, uniqueKey, useMsw } from '../helpers/msw.js';
import { maxInWindow, recordLocalStarts } from '../helpers/starts.js';

const server = useMsw();

/** A route that records arrival times and the number of requests in flight. */
function meteredRoute(
  method: 'get' | 'post',
  path: string,
  holdMs: number,
  headers: Record<string, string> = {},
) {
  const state = { arrivals: [] as number[], inFlight: 0, maxInFlight: 0 };
  server.use(
    http[method](`${BASE}${path}`, async () => {
      state.arrivals.push(performance.now());
      state.inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      await delay(holdMs);
      state.inFlight--;
      return HttpResponse.json({ content: [] }, { headers });
    }),
  );
  return state;
}

describe('client-side rate limiting (SmartRecruiters §4)', () => {
  it('never starts more than 10 requests in any 1 s window', async () => {
    const starts = recordLocalStarts();
    const route = meteredRoute('get', '/jobs', 20);
    const c = new SmartRecruitersClient({ apiKey: uniqueKey(), logLevel: 'off' });
    await Promise.all(Array.from({ length: 25 }, () => c.get('/jobs')));
    expect(route.arrivals).toHaveLength(25);
    expect(starts).toHaveLength(25);
    // 10 in any window of 1 040 ms: the 40 ms are for the way from the limiter to the server.
    expect(maxInWindow(starts, WINDOW_MS)).toBeLessThanOrEqual(10);
    // ...and does not crawl either: one start per 104 ms, 2.5 s for 25, unless timers fire late.
    const spread = starts.at(-1)! - starts[0]!;
    expect(spread).toBeGreaterThanOrEqual(24 * spacingFor(10) - 24 * 10);
    expect(spread).toBeLessThan(4000);
  });

  it('never has more than 8 requests in flight per credential', async () => {
    const route = meteredRoute('get', '/jobs', 150);
    const c = new SmartRecruitersClient({
      apiKey: uniqueKey(),
      logLevel: 'off',
      rateLimit: { requestsPerSecond: 1000 },
    });
    await Promise.all(Array.from({ length: 30 }, () => c.get('/jobs')));
    expect(route.maxInFlight).toBe(8);
  });

  it('allows at most 1 concurrent GET /candidates, while other routes go on', async () => {
    const list = meteredRoute('get', '/candidates', 80);
    const detail = meteredRoute('get', '/candidates/:id', 400);
    const c = new SmartRecruitersClient({ apiKey: uniqueKey(), logLevel: 'off' });
    await Promise.all([
      ...Array.from({ length: 4 }, () => c.get('/candidates')),
      ...Array.from({ length: 4 }, (_, i) => c.get('/candidates/{id}', { params: { id: `c${i}` } })),
    ]);
    expect(list.arrivals).toHaveLength(4);
    expect(list.maxInFlight).toBe(1);
    expect(detail.maxInFlight).toBeGreaterThan(1);
  });

  it('paces job publication at 2 requests per second', async () => {
    const starts = recordLocalStarts();
    const route = meteredRoute('post', '/jobs/:id/publication', 5);
    const c = new SmartRecruitersClient({ apiKey: uniqueKey(), logLevel: 'off' });
    await Promise.all(
      Array.from({ length: 4 }, () => c.post('/jobs/{id}/publication', { params: { id: 'j1' } })),
    );
    expect(route.arrivals).toHaveLength(4);
    // One start per 520 ms (a late timer may be caught up by 10 ms), 2 in any 1 040 ms.
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    expect(gaps.every((gap) => gap >= spacingFor(2) - 10)).toBe(true);
    expect(maxInWindow(starts, WINDOW_MS)).toBeLessThanOrEqual(2);
  });

  it('shares one budget between clients of the same credential', async () => {
    const starts = recordLocalStarts();
    const route = meteredRoute('get', '/jobs', 10);
    const key = uniqueKey();
    const a = new SmartRecruitersClient({ apiKey: key, logLevel: 'off' });
    const b = new SmartRecruitersClient({ apiKey: key, logLevel: 'off' });
    await Promise.all([
      ...Array.from({ length: 8 }, () => a.get('/jobs')),
      ...Array.from({ length: 8 }, () => b.get('/jobs')),
    ]);
    expect(route.arrivals).toHaveLength(16);
    expect(starts).toHaveLength(16);
    expect(maxInWindow(starts, WINDOW_MS)).toBeLessThanOrEqual(10);
  });

  it('waits one slot when X-RateLimit-Remaining reaches 0', async () => {
    const route = meteredRoute('get', '/jobs', 5, {
      'x-ratelimit-limit': '10',
      'x-ratelimit-remaining': '0',
    });
    const events: RateLimitedHookInfo[] = [];
    const c = new SmartRecruitersClient({
      apiKey: uniqueKey(),
      logLevel: 'off',
      rateLimit: { requestsPerSecond: 1000 },
      hooks: { rateLimited: (info) => events.push(info) },
    });
    for (let i = 0; i < 3; i++) await c.get('/jobs');
    const gaps = route.arrivals.slice(1).map((t, i) => t - route.arrivals[i]!);
    expect(gaps.every((gap) => gap >= spacingFor(10) - 5)).toBe(true);
    expect(events[0]).toMatchObject({ source: 'client', delayMs: spacingFor(10) });
  });

  it('holds new starts when another user of the credential takes the concurrent slots', async () => {
    const route = meteredRoute('get', '/jobs', 5, {
      'x-ratelimit-limit': '10',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-concurrent-limit': '8',
      'x-ratelimit-concurrent-remaining': '0',
    });
    const events: RateLimitedHookInfo[] = [];
    const c = new SmartRecruitersClient({
      apiKey: uniqueKey(),
      logLevel: 'off',
      rateLimit: { requestsPerSecond: 1000 },
      hooks: { rateLimited: (info) => events.push(info) },
    });
    // Another user of the credential holds every concurrent slot: each answer holds new starts 200 ms.
    for (let i = 0; i < 3; i++) await c.get('/jobs');
    const gaps = route.arrivals.slice(1).map((t, i) => t - route.arrivals[i]!);
    expect(gaps.every((gap) => gap >= 190)).toBe(true);
    expect(events[0]).toMatchObject({ source: 'client', path: '/jobs', delayMs: 200 });
    expect(events[0]!.rateLimit).toEqual({
      limit: 10,
      remaining: 0,
      concurrentLimit: 8,
      concurrentRemaining: 0,
    });
  });

  it('after a 429, holds the other queued requests of the credential too', async () => {
    let first = true;
    const arrivals: number[] = [];
    server.use(
      http.get(`${BASE}/jobs`, () => {
        arrivals.push(performance.now());
        if (first) {
          first = false;
          return HttpResponse.json({ message: 'Too many' }, { status: 429, headers: { 'retry-after': '1' } });
        }
        return HttpResponse.json({ content: [] });
      }),
    );
    const events: RateLimitedHookInfo[] = [];
    const c = new SmartRecruitersClient({
      apiKey: uniqueKey(),
      logLevel: 'off',
      hooks: { rateLimited: (info) => events.push(info) },
    });
    const firstCall = c.get('/jobs');
    await delay(30);
    const queued = Array.from({ length: 3 }, () => c.get('/jobs'));
    await Promise.all([firstCall, ...queued]);
    expect(events).toEqual([expect.objectContaining({ source: 'server', delayMs: 1000 })]);
    // Every request after the 429 arrived at least ~1 s after it.
    expect(arrivals.slice(1).every((t) => t - arrivals[0]! >= 950)).toBe(true);
  });

  it('can be turned off, or replaced by your own limiter', async () => {
    const route = meteredRoute('get', '/jobs', 50);
    const off = new SmartRecruitersClient({ apiKey: uniqueKey(), logLevel: 'off', rateLimit: false });
    await Promise.all(Array.from({ length: 20 }, () => off.get('/jobs')));
    expect(route.maxInFlight).toBe(20);

    let scheduled = 0;
    const custom = new SmartRecruitersClient({
      apiKey: uniqueKey(),
      logLevel: 'off',
      rateLimit: {
        limiter: {
          schedule: <T>(fn: () => PromiseLike<T>) => {
            scheduled++;
            return Promise.resolve(fn());
          },
        },
      },
    });
    await custom.get('/jobs');
    expect(scheduled).toBe(1);
  });

  it("never reconfigures a caller's Bottleneck: a hold waits in front of it instead", async () => {
    const route = meteredRoute('get', '/jobs', 5, {
      'x-ratelimit-limit': '10',
      'x-ratelimit-remaining': '0',
    });
    const mine = new Bottleneck({ reservoir: 50 });
    const c = new SmartRecruitersClient({
      apiKey: uniqueKey(),
      logLevel: 'off',
      rateLimit: { limiter: mine },
    });
    for (let i = 0; i < 3; i++) await c.get('/jobs');
    expect(await mine.currentReservoir()).toBe(47);
    const gaps = route.arrivals.slice(1).map((t, i) => t - route.arrivals[i]!);
    expect(gaps.every((gap) => gap >= spacingFor(10) - 5)).toBe(true);
  });

  it('shares route limits between clients of one credential that pass the same limiter', async () => {
    const list = meteredRoute('get', '/candidates', 60);
    const key = uniqueKey();
    const shared = new Bottleneck({ maxConcurrent: 8 });
    const a = new SmartRecruitersClient({ apiKey: key, logLevel: 'off', rateLimit: { limiter: shared } });
    const b = new SmartRecruitersClient({ apiKey: key, logLevel: 'off', rateLimit: { limiter: shared } });
    await Promise.all([a.get('/candidates'), b.get('/candidates'), a.get('/candidates')]);
    expect(list.maxInFlight).toBe(1);
  });

  it('shares one limiter between clients of one credential whatever their settings: the strictest wins', async () => {
    const starts = recordLocalStarts();
    const route = meteredRoute('get', '/jobs', 5);
    const key = uniqueKey();
    const paced = new SmartRecruitersClient({ apiKey: key, logLevel: 'off' });
    const unlimited = new SmartRecruitersClient({
      apiKey: key,
      logLevel: 'off',
      rateLimit: { requestsPerSecond: 0, maxConcurrent: 100 },
    });
    await paced.get('/jobs');
    await Promise.all(Array.from({ length: 14 }, () => unlimited.get('/jobs')));
    // The paced client's 10/s holds for the other client of its credential too.
    expect(route.arrivals).toHaveLength(15);
    expect(starts).toHaveLength(15);
    expect(maxInWindow(starts, WINDOW_MS)).toBeLessThanOrEqual(10);
  });

  it('lets priority requests (a token request, a request that had its turn) go ahead of the queue', async () => {
    const limiter = new CredentialRateLimiter({ requestsPerSecond: 0, maxConcurrent: 1 });
    const order: string[] = [];
    const ask = (name: string, priority?: boolean) =>
      limiter.acquire({ credential: 'c', method: 'GET', path: '/jobs', priority }).then((release) => {
        order.push(name);
        release();
      });
    const first = await limiter.acquire({ credential: 'c', method: 'GET', path: '/jobs' });
    const waiting = [ask('a'), ask('b'), ask('urgent-1', true), ask('c'), ask('urgent-2', true)];
    first();
    await Promise.all(waiting);
    // Priority requests first, in their own order; then the others, in theirs.
    expect(order).toEqual(['urgent-1', 'urgent-2', 'a', 'b', 'c']);
  });

  it('a request that is not sent after all gives its start back', async () => {
    // A clock of the test's own: every request below finds the pace free and starts at once.
    let now = 0;
    const spent = { limit: 10, remaining: 0, concurrentLimit: 8, concurrentRemaining: 7 };
    const request = { credential: 'c', method: 'GET', path: '/jobs' };
    const run = async (sent: boolean) => {
      const limiter = new CredentialRateLimiter({}, () => now);
      for (let i = 0; i < 10; i++) {
        now = i * spacingFor(10);
        (await limiter.acquire(request))(sent);
      }
      return limiter.observe('c', spent);
    };
    // 10 starts in the last second: SmartRecruiters' "0 remaining" is this limiter's own doing.
    expect(await run(true)).toBe(0);
    // 10 starts given back (never sent): the budget is spent by someone else; new starts wait.
    expect(await run(false)).toBe(spacingFor(10));
  });

  it('a place its limiter says was lost before sending is given back unsent, and the request asks again first', async () => {
    meteredRoute('get', '/jobs', 5);
    const asked: RateLimitRequest[] = [];
    const releases: Array<boolean | undefined> = [];
    let lost = 1;
    const rateLimit: RateLimiter = {
      acquire: async (request) => {
        asked.push(request);
        const release: RateLimitRelease = (sent?: boolean) => {
          releases.push(sent);
        };
        // The first place lapsed before its request could leave (its process was paused).
        const held = lost-- <= 0;
        release.held = () => held;
        return release;
      },
      hold: () => undefined,
      observe: () => 0,
    };
    const sent: number[] = [];
    const c = new SmartRecruitersClient({
      apiKey: uniqueKey(),
      logLevel: 'off',
      rateLimit,
      hooks: { request: () => sent.push(performance.now()) },
    });
    await c.get('/jobs');
    expect(sent).toHaveLength(1);
    expect(asked.map((r) => r.priority)).toEqual([false, true]);
    expect(releases).toEqual([false, undefined]);
  });

  it('a limiter that keeps losing the place fails the request instead of spinning', async () => {
    meteredRoute('get', '/jobs', 5);
    let acquired = 0;
    const rateLimit: RateLimiter = {
      acquire: async () => {
        acquired++;
        const release: RateLimitRelease = () => undefined;
        release.held = () => false;
        return release;
      },
      hold: () => undefined,
      observe: () => 0,
    };
    const c = new SmartRecruitersClient({ apiKey: uniqueKey(), logLevel: 'off', rateLimit });
    await expect(c.get('/jobs')).rejects.toThrow(/lost its place in the rate limiter/);
    expect(acquired).toBe(9);
  });

  it('keeps a script alive while its requests wait for a hold to end', async () => {
    const server = createServer((_request, response) => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'x-ratelimit-limit': '10',
        'x-ratelimit-remaining': '0',
      });
      response.end('{"content":[]}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
      const script = fileURLToPath(new URL('../fixtures/scripts/held-requests.ts', import.meta.url));
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [tsx, script, `http://127.0.0.1:${port}`],
        {
          timeout: 20_000,
        },
      );
      expect(stdout.trim()).toBe('done 3');
    } finally {
      server.close();
    }
  });
});
