import { describe, expect, it, vi } from 'vitest';
import {
  type RateLimitRelease,
  RequestAbortedError,
  SmartRecruiters,
  SmartRecruitersClient,
  SmartRecruitersError,
  ValidationError,
} from '../../src/index.js';
import { fingerprint } from '../../src/internal/hash.js';
import { WINDOW_MS } from '../../src/internal/rate-limiter.js';
import {
  createRedisRateLimiter,
  type RedisRateLimiter,
  type RedisRateLimiterOptions,
  RedisUnavailableError,
} from '../../src/redis/index.js';
import { maxInWindow, recordLocalStarts } from '../helpers/starts.js';
import { startFake } from '../testing/helpers.js';
import {
  deadRedisUrl,
  freeze,
  keysOf,
  newRedis,
  onCleanup,
  recordStarts,
  redisProxy,
  uniquePrefix,
} from './helpers.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A limiter closed after the test. */
function limiter(options: Partial<RedisRateLimiterOptions> = {}): RedisRateLimiter {
  const created = createRedisRateLimiter({
    redis: newRedis(),
    logger: { warn: () => undefined },
    ...options,
  });
  onCleanup(() => created.close());
  return created;
}

/** A request for `GET path` on `credential`. */
const get = (path: string) => (credential: string, signal?: AbortSignal) => ({
  credential,
  method: 'GET',
  path,
  signal,
});
const jobs = get('/jobs');
const candidates = get('/candidates');

describe('createRedisRateLimiter: one credential, one budget across processes', () => {
  it("two limiters (each with its own connections, as two processes) keep SmartRecruiters' limits together", async () => {
    const fake = await startFake({ seed: 1, latencyMs: 20 });
    const prefix = uniquePrefix();
    const starts = recordStarts(newRedis(), prefix);
    const clients = [limiter({ prefix }), limiter({ prefix })].map(
      (rateLimit) =>
        new SmartRecruitersClient({ apiKey: fake.apiKey, baseUrl: fake.url, rateLimit, logLevel: 'off' }),
    );
    await Promise.all(
      clients.flatMap((client) =>
        Array.from({ length: 14 }, (_, i) =>
          client.get(i % 3 === 0 ? '/candidates' : '/jobs', { query: { limit: 1 } }),
        ),
      ),
    );
    // The starts the two limiters let through, on Redis' clock: one budget of 10 in any second
    // (the window is 1 080 ms: the rest is for the way to SmartRecruiters, which this machine's
    // load decides, not the SDK).
    const logs = [...(await starts.stop()).values()];
    expect(logs).toHaveLength(1);
    expect(logs[0]).toHaveLength(28);
    expect(maxInWindow(logs[0] as number[], 1080)).toBeLessThanOrEqual(10);
    // Counted at the server: every request answered, 1 GET /candidates in flight.
    expect(fake.requests.all({ admitted: true }).filter((e) => e.status === 200)).toHaveLength(28);
    expect(fake.requests.maxConcurrent({ route: 'GET /candidates' })).toBe(1);
  });

  it('route rates hold across limiters too: 2 per second on job publication', async () => {
    const fake = await startFake({ seed: 1 });
    const jobIds = [...fake.state.jobs.keys()].slice(0, 3);
    const prefix = uniquePrefix();
    const starts = recordStarts(newRedis(), prefix);
    const clients = [limiter({ prefix }), limiter({ prefix })].map(
      (rateLimit) =>
        new SmartRecruitersClient({ apiKey: fake.apiKey, baseUrl: fake.url, rateLimit, logLevel: 'off' }),
    );
    await Promise.all(
      clients.flatMap((client) =>
        jobIds.map((jobId) =>
          // Published or refused by the fake's job rules: only arrivals are counted here.
          client.post('/jobs/{jobId}/publication', { params: { jobId } }).catch(() => undefined),
        ),
      ),
    );
    const route = 'POST /jobs/{jobId}/publication';
    expect(fake.requests.all({ route, admitted: true })).toHaveLength(6);
    // The route's own start log: 2 in any window of 1 080 ms, whichever limiter started them.
    const logs = await starts.stop();
    const routeLog = [...logs].find(([key]) => key.includes(':r:'))?.[1] ?? [];
    expect(routeLog).toHaveLength(6);
    expect(maxInWindow(routeLog, 1080)).toBeLessThanOrEqual(2);
  });

  it('two credentials keep two budgets', async () => {
    const fake = await startFake({ seed: 1, apiKeys: ['second-key-0123456789abcdef01234'] });
    const prefix = uniquePrefix();
    const starts = recordStarts(newRedis(), prefix);
    const rateLimit = limiter({ prefix });
    const a = new SmartRecruitersClient({
      apiKey: fake.apiKey,
      baseUrl: fake.url,
      rateLimit,
      logLevel: 'off',
    });
    const b = new SmartRecruitersClient({
      apiKey: 'second-key-0123456789abcdef01234',
      baseUrl: fake.url,
      rateLimit,
      logLevel: 'off',
    });
    await Promise.all([a, b].flatMap((client) => Array.from({ length: 15 }, () => client.get('/jobs'))));
    const logs = [...(await starts.stop()).values()];
    expect(logs.map((log) => log.length)).toEqual([15, 15]);
    for (const log of logs) expect(maxInWindow(log, 1080)).toBeLessThanOrEqual(10);
    // Side by side, not one after the other: together more than one credential's budget.
    expect(maxInWindow(logs.flat(), 1080)).toBeGreaterThan(10);
  });

  it('keeps requests in flight within maxConcurrent across limiters', async () => {
    const fake = await startFake({ seed: 1, latencyMs: 120, rateLimits: { requestsPerSecond: 1000 } });
    const prefix = uniquePrefix();
    const clients = [1, 2, 3].map(
      () =>
        new SmartRecruitersClient({
          apiKey: fake.apiKey,
          baseUrl: fake.url,
          rateLimit: limiter({ prefix, requestsPerSecond: 0, maxConcurrent: 2 }),
          logLevel: 'off',
        }),
    );
    await Promise.all(clients.flatMap((client) => Array.from({ length: 4 }, () => client.get('/jobs'))));
    expect(fake.requests.maxConcurrent()).toBe(2);
  });

  it('works as the facade option, and its Redis keys hold no credential', async () => {
    const fake = await startFake({ seed: 1 });
    const prefix = uniquePrefix();
    const redis = newRedis();
    const sr = new SmartRecruiters({
      apiKey: fake.apiKey,
      baseUrl: fake.url,
      rateLimit: limiter({ prefix }),
      logLevel: 'off',
    });
    expect((await sr.jobs.list({ limit: 2 })).result).toHaveLength(2);
    const keys = await keysOf(redis, prefix);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) {
      expect(key).not.toContain(fake.apiKey);
      expect(key).not.toContain('127.0.0.1');
    }
  });
});

describe('createRedisRateLimiter: holds are fleet-wide', () => {
  it('a 429 seen by one process holds the others until its retry', async () => {
    const fake = await startFake({ seed: 1 });
    fake.faults.add({ route: 'GET /jobs', status: 429, times: 1 });
    const prefix = uniquePrefix();
    const make = () =>
      new SmartRecruitersClient({
        apiKey: fake.apiKey,
        baseUrl: fake.url,
        rateLimit: limiter({ prefix }),
        logLevel: 'off',
      });
    const [a, b] = [make(), make()];
    let refusedAt = 0;
    const first = a.get('/jobs');
    while (fake.requests.length === 0 || fake.requests.entries[0]?.status !== 429) await sleep(5);
    refusedAt = fake.requests.entries[0]?.receivedAt ?? 0;
    // The hold is on its way to Redis: the other process sees it once it is there.
    const redis = newRedis();
    for (let i = 0; i < 100 && (await redis.keys(`${prefix}*:hold`)).length === 0; i++) await sleep(5);
    await Promise.all([first, b.get('/candidates', { query: { limit: 1 } })]);
    const others = fake.requests.entries.slice(1);
    expect(others.map((e) => e.route).sort()).toEqual(['GET /candidates', 'GET /jobs']);
    // The 429 asks for at least a second: nobody on the credential starts before it has passed.
    for (const entry of others) expect(entry.receivedAt - refusedAt).toBeGreaterThanOrEqual(950);
  });

  it("X-RateLimit-Remaining: 0 caused by someone else's traffic holds the fleet for one step", async () => {
    const prefix = uniquePrefix();
    // 20/s: the 10 starts below fit in one window whatever this machine's load does to timers.
    const [a, b] = [limiter({ prefix, requestsPerSecond: 20 }), limiter({ prefix, requestsPerSecond: 20 })];
    (await a.acquire(jobs('c')))();
    const spent = { limit: 10, remaining: 0, concurrentLimit: 8, concurrentRemaining: 7 };
    // One start of ours in the window, yet SmartRecruiters says the budget is spent.
    const observed = performance.now();
    const held = a.observe('c', spent);
    expect(held).toBeGreaterThanOrEqual(100);
    // The hold is on its way to Redis: the other process sees it once it is there.
    const redis = newRedis();
    const holdKey = `${prefix}{${fingerprint('c')}}:hold`;
    for (let i = 0; i < 50 && (await redis.exists(holdKey)) === 0; i++) await sleep(2);
    (await b.acquire(jobs('c')))();
    expect(performance.now() - observed).toBeGreaterThanOrEqual(held - 20);
    // Not when the fleet itself started the limit's worth in the window.
    for (let i = 0; i < 10; i++) (await a.acquire(jobs('d')))();
    expect(a.observe('d', spent)).toBe(0);
    expect(a.observe('d', { ...spent, remaining: 3 })).toBe(0);
  });
});

describe('createRedisRateLimiter: places are leases', () => {
  it('a place whose process stopped renewing it (killed, frozen) comes back leaseMs after its last renewal, not before', async () => {
    const prefix = uniquePrefix();
    const options = { prefix, leaseMs: 1_500, heartbeatIntervalMs: 300 };
    const holder = createRedisRateLimiter({
      redis: newRedis(),
      logger: { warn: () => undefined },
      ...options,
    });
    const other = limiter(options);
    const granted = performance.now();
    await holder.acquire(candidates('c'));
    await sleep(700); // renewed meanwhile
    // The holder goes away without giving its place back: its renewals stop.
    await holder.close();
    const stopped = performance.now();
    (await other.acquire(candidates('c')))();
    const back = performance.now();
    // Not before the lease it was granted ran out; within a lease of its last renewal (plus the
    // other process's poll, one heartbeat).
    expect(back - granted).toBeGreaterThanOrEqual(1_500);
    expect(back - stopped).toBeLessThan(1_500 + 300 + 1_000);
  });

  it('a place is renewed while its request runs, however long it runs', async () => {
    const prefix = uniquePrefix();
    const [a, b] = [limiter({ prefix, leaseMs: 900, heartbeatIntervalMs: 200 }), limiter({ prefix })];
    const release = await a.acquire(candidates('c'));
    expect(release.held?.()).toBe(true);
    let got = 0;
    const waiting = b.acquire(candidates('c')).then((r) => {
      got = performance.now();
      r();
    });
    await sleep(3_000); // over 3 leases
    expect(got).toBe(0);
    const released = performance.now();
    release();
    await waiting;
    // Told by a message, not by its poll (1 s): at once.
    expect(got - released).toBeLessThan(500);
  });

  it('a request whose process was paused longer than half the lease before sending does not use its place', async () => {
    const prefix = uniquePrefix();
    const redis = newRedis();
    const rate = limiter({ prefix, leaseMs: 900, heartbeatIntervalMs: 300 });
    const paused = await rate.acquire(candidates('c'));
    freeze(500);
    // Under half the lease may be left in Redis: another process may have the place by the time
    // this request would arrive.
    expect(paused.held?.()).toBe(false);
    paused(false);
    const fresh = await rate.acquire(candidates('c'));
    expect(fresh.held?.()).toBe(true);
    fresh();
    for (let i = 0; i < 20 && (await keysOf(redis, prefix)).some((k) => k.endsWith(':places')); i++) {
      await sleep(10);
    }
    expect((await keysOf(redis, prefix)).filter((k) => k.endsWith(':places'))).toEqual([]);
  });

  it("a start older than the window's margin when its request would leave is given back and taken again", async () => {
    const prefix = uniquePrefix();
    const redis = newRedis();
    const rate = limiter({ prefix });
    const late = await rate.acquire(jobs('c'));
    freeze(120); // over the 80 ms margin of the 1 080 ms window
    expect(late.held?.()).toBe(false);
    late(false);
    const [log] = await redis.keys(`${prefix}*:starts`);
    for (let i = 0; i < 20 && (await redis.zcard(log as string)) > 0; i++) await sleep(10);
    expect(await redis.zcard(log as string)).toBe(0);
  });

  it('a start counts from when its request is sent, not from when it was granted', async () => {
    const prefix = uniquePrefix();
    const redis = newRedis();
    const rate = limiter({ prefix, maxConcurrent: 0, routes: [] });
    const log = `${prefix}{${fingerprint('c')}}:starts`;
    await redis.ping();
    const release = await rate.acquire(jobs('c'));
    // Read now (the command leaves before the send's), answered later.
    const granted = redis.zrange(log, 0, 0, 'WITHSCORES');
    // 40 ms of work between the grant and the send (within the window's 80 ms margin).
    freeze(40);
    expect(release.held?.()).toBe(true);
    const grantedAt = Number((await granted)[1]);
    let sentAt = grantedAt;
    for (let i = 0; i < 20 && sentAt === grantedAt; i++) {
      await sleep(10);
      sentAt = Number((await redis.zrange(log, 0, 0, 'WITHSCORES'))[1]);
    }
    expect(sentAt - grantedAt).toBeGreaterThanOrEqual(40);
    release();
  });

  it('a place lost before its request was sent stays lost; one lost while it is in flight is counted again', async () => {
    const prefix = uniquePrefix();
    const redis = newRedis();
    const rate = limiter({ prefix, leaseMs: 3_000, heartbeatIntervalMs: 100 });
    const members = async (suffix: string) =>
      (
        await Promise.all((await redis.keys(`${prefix}*${suffix}`)).map((k) => redis.zrange(k, 0, -1)))
      ).flat();
    // In flight at SmartRecruiters (sent), and one not sent yet.
    const inFlight = await rate.acquire(jobs('c'));
    expect(inFlight.held?.()).toBe(true);
    const notSent = await rate.acquire(candidates('c'));
    const [flying] = await members('}:places');
    const waiting = (await members(':r:*:places'))[0];
    expect(waiting).toBeDefined();
    // Redis forgets both (restarted empty; or their leases ran out and went to others).
    await redis.del(await redis.keys(`${prefix}*:places`));
    // The next renewals: the request in flight is counted again...
    for (let i = 0; i < 100 && !(await members('}:places')).includes(flying as string); i++) await sleep(20);
    await sleep(50);
    expect(await members('}:places')).toEqual([flying]);
    // ...the one not sent stays out, and is not sent.
    expect(await members(':r:*:places')).toEqual([]);
    expect(notSent.held?.()).toBe(false);
    notSent(false);
    inFlight();
  });
});

describe('createRedisRateLimiter: turns across processes', () => {
  it('a place goes to the processes in turn, the one that just freed it included', async () => {
    const prefix = uniquePrefix();
    const processes = ['a', 'b', 'c'].map((name) => ({ name, rate: limiter({ prefix }) }));
    const holders: string[] = [];
    const end = performance.now() + 2_500;
    // Each process asks for the one GET /candidates place again as soon as it gave it back.
    await Promise.all(
      processes.map(async ({ name, rate }) => {
        while (performance.now() < end) {
          const release = await rate.acquire(candidates('c'));
          holders.push(name);
          await sleep(30);
          release();
        }
      }),
    );
    const runs = holders.reduce((longest, name, i) => {
      let run = 1;
      while (i - run >= 0 && holders[i - run] === name) run++;
      return Math.max(longest, run);
    }, 0);
    // Round robin: nobody takes it twice while the others wait (a loaded machine may let one
    // process miss its turn now and then).
    expect(runs).toBeLessThanOrEqual(2);
    for (const { name } of processes) {
      expect(holders.filter((h) => h === name).length).toBeGreaterThanOrEqual(holders.length / 5);
    }
  });

  it('a process in line that stopped asking (dead, frozen) holds the others up only until it said it would be back', async () => {
    const prefix = uniquePrefix();
    const redis = newRedis();
    const rate = limiter({
      prefix,
      maxConcurrent: 1,
      requestsPerSecond: 0,
      routes: [],
      heartbeatIntervalMs: 100,
    });
    // A process first in line for the credential, that said it would ask again 600 ms from now.
    const base = `${prefix}{${fingerprint('c')}}`;
    const [seconds, micros] = await redis.time();
    const now = Number(seconds) * 1000 + Number(micros) / 1000;
    await redis.zadd(`${base}:turns`, now - 1_000, 'ghost');
    await redis.zadd(`${base}:back`, now + 600, 'ghost');
    const asked = performance.now();
    (await rate.acquire(jobs('c')))();
    const waited = performance.now() - asked;
    expect(waited).toBeGreaterThanOrEqual(500);
    expect(waited).toBeLessThan(1_500);
    expect(await redis.zrange(`${base}:turns`, 0, -1)).toEqual([]);
  });

  it('leaves the line once none of its requests waits, and on close()', async () => {
    const prefix = uniquePrefix();
    const redis = newRedis();
    const [a, b] = [limiter({ prefix }), limiter({ prefix })];
    const held = await a.acquire(candidates('c'));
    const controller = new AbortController();
    const waiting = b.acquire(candidates('c', controller.signal)).catch((e: unknown) => e);
    const lines = async () =>
      (await Promise.all((await redis.keys(`${prefix}*:turns`)).map((k) => redis.zrange(k, 0, -1)))).flat();
    for (let i = 0; i < 50 && (await lines()).length === 0; i++) await sleep(10);
    expect(await lines()).toHaveLength(1);
    controller.abort();
    expect(await waiting).toBeInstanceOf(RequestAbortedError);
    for (let i = 0; i < 50 && (await lines()).length > 0; i++) await sleep(10);
    expect(await lines()).toEqual([]);
    const again = b.acquire(candidates('c')).catch((e: unknown) => e);
    for (let i = 0; i < 50 && (await lines()).length === 0; i++) await sleep(10);
    await b.close();
    expect(await again).toBeInstanceOf(SmartRecruitersError);
    expect(await lines()).toEqual([]);
    held();
  });
});

describe('createRedisRateLimiter: aborted requests', () => {
  it('an aborted request leaves the queue at once and its place goes to the next', async () => {
    const rate = limiter({ requestsPerSecond: 2 }); // one start every 540 ms
    const first = await rate.acquire(jobs('c'));
    const controllers = Array.from({ length: 8 }, () => new AbortController());
    const aborted = controllers.map((c) => rate.acquire(jobs('c', c.signal)));
    const started = performance.now();
    const last = rate.acquire(jobs('c'));
    await sleep(20);
    for (const c of controllers) c.abort();
    for (const p of aborted) await expect(p).rejects.toBeInstanceOf(RequestAbortedError);
    (await last)();
    first();
    // Places the aborted requests would have held: 8 x 540 ms. None was taken: the last request
    // starts at the next step of the pace.
    expect(performance.now() - started).toBeLessThan(3 * 540);
  });

  it('a request that was not sent after all gives its start back', async () => {
    const redis = newRedis();
    const prefix = uniquePrefix();
    const rate = limiter({ prefix });
    const sent = await rate.acquire(jobs('c'));
    const unsent = await rate.acquire(jobs('c'));
    const [log] = await redis.keys(`${prefix}*:starts`);
    expect(await redis.zcard(log as string)).toBe(2);
    unsent(false);
    sent();
    for (let i = 0; i < 20 && (await redis.zcard(log as string)) > 1; i++) await sleep(10);
    expect(await redis.zcard(log as string)).toBe(1);
  });
});

describe('createRedisRateLimiter: state expires', () => {
  it("a credential's keys expire by themselves, and come back on its next request", async () => {
    const redis = newRedis();
    const prefix = uniquePrefix();
    const rate = limiter({ prefix, leaseMs: 300, heartbeatIntervalMs: 100 });
    for (let i = 0; i < 3; i++) (await rate.acquire(jobs('c')))();
    expect((await keysOf(redis, prefix)).length).toBeGreaterThan(0);
    // Places go with their last lease; the start log and the pace two windows after the last start.
    await sleep(2_400);
    expect(await keysOf(redis, prefix)).toEqual([]);
    (await rate.acquire(jobs('c')))();
    expect((await keysOf(redis, prefix)).length).toBeGreaterThan(0);
  });

  it('many tenants: a state per credential, dropped once idle; nothing in Redis grows', async () => {
    const redis = newRedis();
    const prefix = uniquePrefix();
    const rate = limiter({ prefix, leaseMs: 300, heartbeatIntervalMs: 100, idleMs: 300 });
    const channels = async () => (await redis.pubsub('CHANNELS', `${prefix}*`)).length;
    const releases: RateLimitRelease[] = await Promise.all(
      Array.from({ length: 60 }, (_, i) => rate.acquire(jobs(`tenant-${i}`))),
    );
    // Each credential listens on its channel (a place freed) while it is in use (the subscription
    // is on its way when a place is granted)...
    await vi.waitFor(async () => expect(await channels()).toBe(60), { timeout: 10_000, interval: 100 });
    for (const release of releases) release();
    // ...and leaves it once idle; its keys expire (polled: a loaded machine may be slower).
    await vi.waitFor(
      async () => {
        expect(await channels()).toBe(0);
        expect(await keysOf(redis, prefix)).toEqual([]);
      },
      { timeout: 15_000, interval: 200 },
    );
  });
});

describe('createRedisRateLimiter: Redis unavailable', () => {
  it('at start: the request fails with RedisUnavailableError and nothing is sent', async () => {
    const fake = await startFake({ seed: 1 });
    const client = new SmartRecruitersClient({
      apiKey: fake.apiKey,
      baseUrl: fake.url,
      rateLimit: limiter({ redis: newRedis(await deadRedisUrl()), commandTimeoutMs: 200 }),
      logLevel: 'off',
    });
    const error = await client.get('/jobs').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedisUnavailableError);
    expect(error).toMatchObject({ operation: 'rate limiter: acquire', reason: 'unreachable' });
    expect(fake.requests.length).toBe(0);
  });

  it('mid-run: waiting requests fail, nothing is sent while it is down, and requests go again once it is back', async () => {
    const fake = await startFake({ seed: 1 });
    const proxy = await redisProxy();
    const warn = vi.fn();
    const client = new SmartRecruitersClient({
      apiKey: fake.apiKey,
      baseUrl: fake.url,
      rateLimit: limiter({
        redis: newRedis(proxy.url),
        requestsPerSecond: 2,
        commandTimeoutMs: 300,
        logger: { warn },
      }),
      logLevel: 'off',
    });
    await client.get('/jobs');
    const queued = Array.from({ length: 6 }, () =>
      client.get('/jobs').then(
        () => 'sent',
        (e: unknown) => e,
      ),
    );
    await sleep(100);
    proxy.cut();
    const sentBefore = fake.requests.length;
    const outcomes = await Promise.all(queued);
    const failures = outcomes.filter((o) => o !== 'sent');
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) expect(failure).toBeInstanceOf(RedisUnavailableError);
    expect(fake.requests.length).toBe(sentBefore + outcomes.filter((o) => o === 'sent').length);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Redis is unavailable'));
    proxy.restore();
    let back = false;
    for (let i = 0; i < 40 && !back; i++) {
      back = await client.get('/jobs').then(
        () => true,
        () => sleep(250).then(() => false),
      );
    }
    expect(back).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Redis answers again'));
  });

  it('a Redis that does not answer is a timeout', async () => {
    const proxy = await redisProxy();
    const rate = limiter({ redis: newRedis(proxy.url), commandTimeoutMs: 300 });
    (await rate.acquire(jobs('c')))();
    proxy.stall();
    await expect(rate.acquire(jobs('c'))).rejects.toMatchObject({
      name: 'RedisUnavailableError',
      reason: 'timeout',
    });
    // Until Redis answers again, requests fail at once instead of waiting for it each time.
    const asked = performance.now();
    await expect(rate.acquire(jobs('c'))).rejects.toMatchObject({ reason: 'timeout' });
    expect(performance.now() - asked).toBeLessThan(300);
    proxy.restore();
    let back = false;
    for (let i = 0; i < 40 && !back; i++) {
      back = await rate.acquire(jobs('c')).then(
        (release) => {
          release();
          return true;
        },
        () => sleep(250).then(() => false),
      );
    }
    expect(back).toBe(true);
  });

  it('with a fallback, each process keeps the fallback limits while Redis is down, and says so', async () => {
    const fake = await startFake({ seed: 1 });
    const proxy = await redisProxy();
    const redis = newRedis();
    const prefix = uniquePrefix();
    const warn = vi.fn();
    const client = new SmartRecruitersClient({
      apiKey: fake.apiKey,
      baseUrl: fake.url,
      rateLimit: limiter({
        redis: newRedis(proxy.url),
        prefix,
        commandTimeoutMs: 200,
        fallback: { requestsPerSecond: 3, maxConcurrent: 1 },
        logger: { warn },
      }),
      logLevel: 'off',
    });
    await client.get('/jobs');
    proxy.cut();
    await redis.del(await keysOf(redis, prefix));
    // The fallback is the in-process limiter: the starts it counts.
    const starts = recordLocalStarts();
    await Promise.all(Array.from({ length: 7 }, () => client.get('/jobs')));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('fallback'));
    expect(fake.requests.entries.slice(1)).toHaveLength(7);
    expect(starts).toHaveLength(7);
    expect(maxInWindow(starts, WINDOW_MS)).toBeLessThanOrEqual(3);
    // Nothing reached Redis meanwhile; once it answers again, the fleet-wide limits are back.
    expect(await keysOf(redis, prefix)).toEqual([]);
    proxy.restore();
    for (
      let i = 0;
      i < 40 && !warn.mock.calls.some(([m]) => String(m).includes('Redis answers again'));
      i++
    ) {
      await sleep(100);
    }
    await client.get('/jobs');
    expect((await keysOf(redis, prefix)).length).toBeGreaterThan(0);
  });
});

describe('createRedisRateLimiter: lifecycle and options', () => {
  it('close(): waiting requests fail, later ones too, and its connections are closed', async () => {
    const redis = newRedis();
    const connections = async () =>
      String(await redis.call('CLIENT', 'LIST'))
        .trim()
        .split('\n').length;
    const before = await connections();
    const rate = createRedisRateLimiter({ redis: newRedis(), requestsPerSecond: 1 });
    const first = await rate.acquire(jobs('c'));
    const waiting = rate.acquire(jobs('c')).catch((e: unknown) => e);
    expect(await connections()).toBeGreaterThan(before);
    await rate.close();
    expect(await waiting).toBeInstanceOf(SmartRecruitersError);
    await expect(rate.acquire(jobs('c'))).rejects.toMatchObject({ reason: 'closed' });
    first();
    for (let i = 0; i < 20 && (await connections()) > before + 1; i++) await sleep(50);
    // The caller's own client (opened by newRedis above) is left open.
    expect(await connections()).toBe(before + 1);
  });

  it('bad options are ValidationErrors', () => {
    const redis = newRedis();
    for (const options of [
      {},
      { redis, requestsPerSecond: -1 },
      { redis, maxConcurrent: Number.NaN },
      { redis, windowMs: 900 },
      { redis, leaseMs: 2000, heartbeatIntervalMs: 1000 },
      { redis, leaseMs: 0 },
      { redis, routes: [{ method: 'GET', path: '/candidates' }] },
      { redis, fallback: 5 },
      { redis, logger: {} },
    ]) {
      expect(() => createRedisRateLimiter(options as RedisRateLimiterOptions)).toThrow(ValidationError);
    }
  });
});
