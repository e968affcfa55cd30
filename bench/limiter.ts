/**
 * Rate limiter figures, each with a baseline from the same run. Not run by the test suite.
 *
 *   npx tsx bench/limiter.ts
 *
 * 1. Overhead of the in-process limiter under budget (acquire + release), against an awaited
 *    resolved promise.
 * 2. `requestsPerSecond` very high: 2 000 requests through the limiter, against none.
 * 3. SmartRecruiters' default limits on the fake server: requests per second and 429s.
 */
import { SmartRecruitersClient } from '../src/index.js';
import { CredentialRateLimiter } from '../src/internal/rate-limiter.js';
import { createFakeSmartRecruiters } from '../src/testing/index.js';

async function perCall(n: number, fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 1000; i++) await fn();
  const started = performance.now();
  for (let i = 0; i < n; i++) await fn();
  return ((performance.now() - started) * 1000) / n;
}

async function overhead() {
  console.log('\n## Limiter overhead under budget (µs per request, sequential, 100 000 calls)');
  const request = { credential: 'bench', method: 'GET', path: '/jobs' };
  const baseline = await perCall(100_000, () => Promise.resolve());
  const unlimited = new CredentialRateLimiter({ requestsPerSecond: 0, maxConcurrent: 0, routes: [] });
  const limited = new CredentialRateLimiter({ requestsPerSecond: 1_000_000_000 });
  const a = await perCall(100_000, async () => (await unlimited.acquire(request))());
  const b = await perCall(100_000, async () => (await limited.acquire(request))());
  console.log(`baseline: await Promise.resolve()          ${baseline.toFixed(3)} µs`);
  console.log(
    `limiter, no limits                         ${a.toFixed(3)} µs (+${(a - baseline).toFixed(3)})`,
  );
  console.log(
    `limiter, 10^9 requests/s + default routes  ${b.toFixed(3)} µs (+${(b - baseline).toFixed(3)})`,
  );
}

async function highRate() {
  console.log('\n## requestsPerSecond: 1 000 000, 2 000 concurrent acquires (ms for all)');
  const request = { credential: 'bench', method: 'GET', path: '/jobs' };
  const run = async (limiter: CredentialRateLimiter | undefined) => {
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 2000 }, async () => {
        const release = limiter ? await limiter.acquire(request) : () => undefined;
        await Promise.resolve();
        release();
      }),
    );
    return performance.now() - started;
  };
  let baseline = 0;
  let limited = 0;
  // The last of 5 rounds, once the JIT has warmed up both sides.
  for (let round = 0; round < 5; round++) {
    baseline = await run(undefined);
    limited = await run(
      new CredentialRateLimiter({ requestsPerSecond: 1_000_000, maxConcurrent: 0, routes: [] }),
    );
  }
  console.log(`baseline: no limiter  ${baseline.toFixed(1)} ms`);
  console.log(`limiter               ${limited.toFixed(1)} ms`);
}

async function defaults() {
  console.log("\n## SmartRecruiters' default limits on the fake server (10/s, 8 in flight)");
  const fake = await createFakeSmartRecruiters({ seed: 1 });
  try {
    const client = new SmartRecruitersClient({ apiKey: fake.apiKey, baseUrl: fake.url, logLevel: 'off' });
    const n = 100;
    const started = performance.now();
    await Promise.all(Array.from({ length: n }, () => client.get('/jobs', { query: { limit: 1 } })));
    const seconds = (performance.now() - started) / 1000;
    const limited = fake.requests.entries.filter((e) => e.rateLimited).length;
    // The first window's starts go at once: the sustained rate is (n - 10) over the time after it.
    const arrivals = fake.requests.entries.map((e) => e.receivedAt).sort((x, y) => x - y);
    const sustained = (arrivals.length - 1) / ((arrivals.at(-1)! - arrivals[0]!) / 1000);
    console.log(`${n} requests in ${seconds.toFixed(2)} s: ${(n / seconds).toFixed(2)} req/s overall`);
    console.log(`first to last arrival: ${sustained.toFixed(2)} req/s (limit 10)`);
    console.log(`most in any 1 000 ms: ${fake.requests.maxRequestsInWindow(1000)}; 429 answers: ${limited}`);
  } finally {
    await fake.close();
  }
}

await overhead();
await highRate();
await defaults();
