/**
 * Fleet figures through Redis, each next to a baseline from the same run. Not run by the tests.
 *
 *   npm run bench:redis     (REDIS_URL, else a redis-server started on 127.0.0.1 for the run)
 *
 * 1. 4 Node processes on one API key for BENCH_SECONDS (30), SmartRecruiters' default limits
 *    enforced by the fake server: the shared Redis limiter, then each process's own in-process
 *    limiter. Counted at the server: requests/s admitted (and as a fraction of 10/s), 429s, most in
 *    any 1 s, most in flight, most GET /candidates in flight. Then the same with answers that take
 *    1.5 s, where the 8-in-flight limit binds.
 * 2. 4 processes on an OAuth token that expires every 2 s and a refresh token that rotates, for
 *    10 s: token requests per expiry, refused grants, 401s, failures reaching a caller.
 * 3. The process holding the refresh lock killed while its token request hangs: how long until
 *    the others have a token again (the lock's lease, 5 s by default, against the 30 s a lock held
 *    for `refreshTimeoutMs` would block).
 * 4. Overhead of the Redis limiter under budget (µs per acquire and release, sequential), against
 *    the in-process limiter and a Redis PING round trip.
 * 5. Creating a client per request (the serverless pattern), against `new URL()`.
 *
 * The same fleet under faults (processes killed or frozen, Redis stopped or restarted, short
 * tokens under a long queue) is `npm run bench:faults` (bench/fleet-faults.ts).
 */
import { Redis } from 'ioredis';
import { SmartRecruiters } from '../src/index.js';
import { CredentialRateLimiter } from '../src/internal/rate-limiter.js';
import { createRedisRateLimiter, RedisTokenStore } from '../src/redis/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../src/testing/index.js';
import { type FleetWorker, type FleetWorkerConfig, runFleet } from '../test/helpers/fleet.js';
import { redisForTests } from '../test/helpers/redis-server.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const wallClock = () => performance.timeOrigin + performance.now();
const prefix = () => `bench:${Math.random().toString(36).slice(2, 8)}:`;

async function fleet(
  n: number,
  config: FleetWorkerConfig,
): Promise<{ workers: FleetWorker[]; goAt: number }> {
  const workers = await runFleet(n, config);
  return { workers, goAt: wallClock() };
}

async function sharedBudget(redisUrl: string, seconds: number, latencyMs: number): Promise<void> {
  console.log(
    `\n## 4 processes, one API key, ${seconds} s, answers in ${latencyMs} ms, SmartRecruiters' limits enforced by the fake`,
  );
  console.log(
    'mode             req/s   of 10/s   429s   most in 1 s   most in flight   GET /candidates in flight',
  );
  for (const limiter of ['redis', 'local'] as const) {
    const fake = await createFakeSmartRecruiters({ seed: 1, latencyMs });
    try {
      const { workers, goAt } = await fleet(4, {
        baseUrl: fake.url,
        apiKey: fake.apiKey,
        redisUrl,
        prefix: prefix(),
        limiter,
        durationMs: seconds * 1000,
        workers: 6,
        candidatesEvery: 4,
      });
      const summaries = await Promise.all(workers.map((w) => w.done));
      const inRun = fake.requests.all(
        (e) => !e.rateLimited && e.receivedAt >= goAt && e.receivedAt < goAt + seconds * 1000,
      );
      const rate = inRun.length / seconds;
      const failures = summaries.reduce(
        (n, s) => n + Object.values(s?.failed ?? {}).reduce((a, b) => a + b, 0),
        0,
      );
      console.log(
        `${(limiter === 'redis' ? 'shared (Redis)' : 'per process').padEnd(15)} ${rate.toFixed(2).padStart(6)}   ${(rate / 10).toFixed(3).padStart(7)}   ${String(fake.requests.all({ admitted: false }).length).padStart(4)}   ${String(fake.requests.maxRequestsInWindow(1000, { admitted: true })).padStart(11)}   ${String(fake.requests.maxConcurrent()).padStart(14)}   ${String(fake.requests.maxConcurrent({ route: 'GET /candidates' })).padStart(25)}${failures ? `   (${failures} failed)` : ''}`,
      );
    } finally {
      await fake.close();
    }
  }
}

function grantsPerExpiry(fake: FakeSmartRecruiters): { grants: number; expiries: number; refused: number } {
  const grants = fake.requests.all({ route: 'POST /identity/oauth/token' });
  let expiries = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const grant of grants) {
    // Grants closer than 500 ms answer the same expiry (tokens live 2 s, refreshed at 1 s).
    if (grant.receivedAt - last > 500) expiries++;
    last = grant.receivedAt;
  }
  return { grants: grants.length, expiries, refused: grants.filter((g) => g.status !== 200).length };
}

async function rotatingToken(redisUrl: string): Promise<void> {
  console.log('\n## 4 processes on one OAuth token (expires every 2 s, refresh token rotates), 10 s');
  const fake = await createFakeSmartRecruiters({
    seed: 1,
    oauthClients: [{ clientId: 'fleet', clientSecret: 'fleet-secret', accessTokenTtlSeconds: 2 }],
  });
  try {
    const { workers } = await fleet(4, {
      baseUrl: fake.url,
      oauth: {
        clientId: 'fleet',
        clientSecret: 'fleet-secret',
        refreshToken: fake.issueRefreshToken('fleet'),
        tokenStoreKey: 'tenant:1',
      },
      redisUrl,
      prefix: prefix(),
      limiter: 'redis',
      durationMs: 10_000,
      workers: 2,
    });
    const summaries = await Promise.all(workers.map((w) => w.done));
    const { grants, expiries, refused } = grantsPerExpiry(fake);
    const failed = summaries.flatMap((s) => Object.entries(s?.failed ?? {}));
    console.log(
      `token requests: ${grants} for ${expiries} expiries (${(grants / expiries).toFixed(2)} per expiry)`,
    );
    console.log(
      `refused grants (invalid_grant): ${refused}; 401 answers: ${fake.requests.all({ status: 401 }).length}`,
    );
    console.log(
      `requests answered: ${summaries.reduce((n, s) => n + (s?.ok ?? 0), 0)}; failures reaching a caller: ${failed.length === 0 ? 0 : JSON.stringify(Object.fromEntries(failed))}`,
    );
  } finally {
    await fake.close();
  }
}

async function killedHolder(redisUrl: string): Promise<void> {
  console.log('\n## The process holding the refresh lock killed while its token request hangs');
  const fake = await createFakeSmartRecruiters({
    seed: 1,
    oauthClients: [{ clientId: 'fleet', clientSecret: 'fleet-secret' }],
  });
  fake.faults.add({ route: 'POST /identity/oauth/token', times: 1, delayMs: 60_000, drop: true });
  try {
    const { workers } = await fleet(4, {
      baseUrl: fake.url,
      oauth: { clientId: 'fleet', clientSecret: 'fleet-secret', tokenStoreKey: 'tenant:2' },
      redisUrl,
      prefix: prefix(),
      limiter: 'redis',
      durationMs: 10_000,
      workers: 1,
      announceLock: true,
    });
    const holder = await Promise.race(workers.map((w) => w.waitFor('locked').then(() => w)));
    // Killed once its token request is at the server (the request hangs there).
    while (fake.requests.all({ route: 'POST /identity/oauth/token' }).length === 0) {
      await new Promise((r) => setTimeout(r, 10));
    }
    holder.child.kill('SIGKILL');
    const killedAt = wallClock();
    const summaries = await Promise.all(workers.filter((w) => w !== holder).map((w) => w.done));
    const firstAnswer = fake.requests.all(
      (e) => e.route !== 'POST /identity/oauth/token' && e.status === 200 && e.receivedAt > killedAt,
    )[0];
    const recovery = firstAnswer ? ((firstAnswer.receivedAt - killedAt) / 1000).toFixed(2) : 'never';
    const failed = summaries.flatMap((s) => Object.keys(s?.failed ?? {}));
    console.log(`baseline: a lock held for refreshTimeoutMs blocks the others     30.00 s`);
    console.log(`killed holder's lease (lockLeaseMs 5 000): first answer after     ${recovery} s`);
    console.log(
      `token requests: ${fake.requests.all({ route: 'POST /identity/oauth/token' }).length} (the hung one and one after it); failures reaching a caller: ${failed.length}`,
    );
  } finally {
    await fake.close();
  }
}

async function perCall(n: number, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 200; i++) await fn();
  const started = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return ((performance.now() - started) * 1000) / n;
}

async function overhead(redisUrl: string): Promise<void> {
  console.log('\n## Limiter overhead under budget (µs per acquire + release, sequential, one process)');
  const redis = new Redis(redisUrl);
  const unlimited = { requestsPerSecond: 0, maxConcurrent: 0, routes: [] };
  const shared = createRedisRateLimiter({ redis, prefix: prefix(), ...unlimited });
  const local = new CredentialRateLimiter(unlimited);
  const request = { credential: 'bench', method: 'GET', path: '/jobs' };
  try {
    const ping = await perCall(2000, () => redis.ping());
    const inProcess = await perCall(2000, async () => (await local.acquire(request))());
    const viaRedis = await perCall(2000, async () => (await shared.acquire(request))());
    console.log(`baseline: Redis PING round trip        ${ping.toFixed(1).padStart(8)} µs`);
    console.log(`in-process limiter                     ${inProcess.toFixed(1).padStart(8)} µs`);
    console.log(
      `Redis limiter                          ${viaRedis.toFixed(1).padStart(8)} µs  (${(viaRedis / ping).toFixed(1)} PINGs)`,
    );
    // With SmartRecruiters' defaults, a request that finds the budget free (one every 150 ms).
    const paced = createRedisRateLimiter({ redis, prefix: prefix() });
    const waits: number[] = [];
    for (let i = 0; i < 40; i++) {
      const started = performance.now();
      (await paced.acquire(request))();
      waits.push((performance.now() - started) * 1000);
      await new Promise((r) => setTimeout(r, 150));
    }
    waits.sort((a, b) => a - b);
    console.log(
      `Redis limiter, default limits, under budget: median ${waits[20]?.toFixed(0)} µs, p90 ${waits[36]?.toFixed(0)} µs`,
    );
    await paced.close();
  } finally {
    await shared.close();
    await redis.quit();
  }
}

function clientCreation(redisUrl: string): Promise<void> {
  console.log('\n## A client per request (serverless): cost of creating it (µs, 20 000 times)');
  const redis = new Redis(redisUrl, { lazyConnect: true });
  const rateLimit = createRedisRateLimiter({ redis });
  const tokenStore = new RedisTokenStore({ redis });
  const time = (fn: (i: number) => unknown) => {
    for (let i = 0; i < 2000; i++) fn(i);
    const started = performance.now();
    for (let i = 0; i < 20_000; i++) fn(i);
    return ((performance.now() - started) * 1000) / 20_000;
  };
  const baseline = time(() => new URL('https://api.smartrecruiters.com/jobs'));
  const apiKey = time(
    (i) => new SmartRecruiters({ apiKey: `tenant-key-${i % 100}`, rateLimit, logLevel: 'off' }),
  );
  const oauth = time(
    (i) =>
      new SmartRecruiters({
        oauth: { clientId: 'app', clientSecret: 's', tokenStore, tokenStoreKey: `customer:${i % 100}` },
        rateLimit,
        logLevel: 'off',
      }),
  );
  console.log(`baseline: new URL()                      ${baseline.toFixed(2).padStart(7)} µs`);
  console.log(`new SmartRecruiters({ apiKey, rateLimit })  ${apiKey.toFixed(2).padStart(7)} µs`);
  console.log(`new SmartRecruiters({ oauth with RedisTokenStore, rateLimit })  ${oauth.toFixed(2)} µs`);
  redis.disconnect();
  return rateLimit.close();
}

const server = await redisForTests();
try {
  const only = process.env.BENCH_ONLY;
  if (!only || only === 'fleet') {
    await sharedBudget(server.url, SECONDS, 50);
    console.log(
      '(target: at least 0.9 of 10/s with no 429; the shared limiter paces at 1 080 ms / 10 = 9.26/s)',
    );
    // Answers slower than 8 / 9.26 s: the 8-in-flight limit binds before the rate does.
    await sharedBudget(server.url, Math.ceil(SECONDS / 2), 1500);
    console.log('(answers of 1.5 s: at most 8 in flight, so at most 8 / 1.5 = 5.33 requests/s)');
  }
  if (!only || only === 'oauth') await rotatingToken(server.url);
  if (!only || only === 'kill') await killedHolder(server.url);
  if (!only || only === 'overhead') await overhead(server.url);
  if (!only || only === 'clients') await clientCreation(server.url);
} finally {
  await server.stop();
}
