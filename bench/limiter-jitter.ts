/**
 * How late a request leaves after the moment the rate limiter counts its start, idle and with
 * both cores saturated. Not run by the tests.
 *
 *   npm run bench:jitter          (BENCH_REQUESTS, default 300 per case: 30 s at 10/s)
 *
 * The limiter lets at most 10 starts into any window of 1 040 ms (in process) or 1 080 ms
 * (through Redis, on Redis' clock). SmartRecruiters counts arrivals in any 1 000 ms, so a request
 * may leave up to 40 ms (80 ms) later than the one counted 10 starts after it, and no more. A
 * start is counted when the limiter grants it in process (the request is then handed to the
 * transport in the same run of the event loop), and through Redis when the process hands the
 * request to the transport (`held()`).
 *
 * Measured per case: the delay from that moment to the request's headers being written to the
 * socket (undici's `undici:client:sendHeaders` diagnostics channel), for a client on a loopback
 * server in another process; the worst difference between a request's delay and that of the
 * request counted 10 starts later (above the margin, SmartRecruiters would count 11 in a second);
 * and the most starts counted, and headers written, in any 1 000 ms. "Loaded" runs one busy-loop
 * process per core beside the client. A new process's first requests are measured apart: fetch
 * and the SDK's request path then run for the first time after the start is counted.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { subscribe } from 'node:diagnostics_channel';
import { availableParallelism, loadavg } from 'node:os';
import { Redis } from 'ioredis';
import { type RateLimitRelease, SmartRecruitersClient } from '../src/index.js';
import { CredentialRateLimiter, type RateLimiter } from '../src/internal/rate-limiter.js';
import { createRedisRateLimiter } from '../src/redis/index.js';
import { redisForTests } from '../test/helpers/redis-server.js';
import { maxInWindow } from '../test/helpers/starts.js';
import { startLoopback } from './lib/loopback.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);

/** Written times by request path, from undici's diagnostics channel. */
const written = new Map<string, number>();
subscribe('undici:client:sendHeaders', (message) => {
  const { request } = message as { request: { path: string } };
  written.set(request.path, performance.now());
});

/** `inner`, recording when the start of each request (by path) is counted. */
function recording(inner: RateLimiter, counted: Map<string, number>): RateLimiter {
  return {
    acquire: async (request) => {
      const release = await inner.acquire(request);
      const held = release.held;
      if (!held) {
        counted.set(request.path, performance.now());
        return release;
      }
      const wrapped: RateLimitRelease = (sent) => release(sent);
      wrapped.held = () => {
        const yes = held();
        if (yes) counted.set(request.path, performance.now());
        return yes;
      };
      return wrapped;
    },
    hold: (credential, ms) => inner.hold(credential, ms),
    observe: (credential, state) => inner.observe(credential, state),
  };
}

function busyLoops(n: number): ChildProcess[] {
  return Array.from({ length: n }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const f = (n: number) => n.toFixed(1).padStart(7);

/** One line of figures: the delay from `from` to the headers written. */
function report(name: string, paths: string[], from: Map<string, number>): void {
  const delay = (p: string) => (written.get(p) as number) - (from.get(p) as number);
  const sorted = paths.map(delay).sort((a, b) => a - b);
  const order = [...paths].sort((a, b) => (from.get(a) as number) - (from.get(b) as number));
  let worstPair = Number.NEGATIVE_INFINITY;
  for (let i = 0; i + 10 < order.length; i++) {
    worstPair = Math.max(worstPair, delay(order[i] as string) - delay(order[i + 10] as string));
  }
  console.log(
    `${name.padEnd(40)} ${f(quantile(sorted, 0.5))} ${f(quantile(sorted, 0.99))} ${f(quantile(sorted, 0.999))} ${f(sorted.at(-1) ?? Number.NaN)}   ${f(worstPair)}      ${String(
      maxInWindow(
        [...paths].map((p) => from.get(p) as number),
        1000,
      ),
    ).padStart(3)} / ${String(
      maxInWindow(
        paths.map((p) => written.get(p) as number),
        1000,
      ),
    ).padStart(3)}`,
  );
}

async function measure(name: string, baseUrl: string, limiter: RateLimiter): Promise<void> {
  written.clear();
  const counted = new Map<string, number>();
  const client = new SmartRecruitersClient({
    apiKey: `jitter-${Math.random().toString(36).slice(2)}`,
    baseUrl,
    rateLimit: recording(limiter, counted),
    logLevel: 'off',
  });
  // Warm-up: fetch and the SDK's code compiled, a connection open.
  for (let i = 0; i < 10; i++) await client.get('/warm/{i}', { params: { i: String(i) } });
  await new Promise((r) => setTimeout(r, 1_100));
  await Promise.all(
    Array.from({ length: REQUESTS }, (_, i) => client.get('/jobs/{i}', { params: { i: String(i) } })),
  );
  const paths = [...counted.keys()].filter((p) => p.startsWith('/jobs/'));
  report(name, paths, counted);
}

/** In a child process: 11 requests at once from a new process; prints each one's delay (ms). */
async function coldChild(baseUrl: string): Promise<void> {
  const counted = new Map<string, number>();
  const client = new SmartRecruitersClient({
    apiKey: 'cold',
    baseUrl,
    rateLimit: recording(new CredentialRateLimiter(), counted),
    logLevel: 'off',
  });
  await Promise.all(
    Array.from({ length: 11 }, (_, i) => client.get('/jobs/{i}', { params: { i: String(i) } })),
  );
  const delays = [...counted].map(([path, at]) => (written.get(path) as number) - at);
  process.stdout.write(`${JSON.stringify(delays)}\n`);
}

async function cold(name: string, baseUrl: string, runs: number): Promise<void> {
  const first: number[] = [];
  const rest: number[] = [];
  for (let i = 0; i < runs; i++) {
    const child = spawn(process.execPath, ['--import', 'tsx', import.meta.filename], {
      env: { ...process.env, JITTER_CHILD: baseUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    await new Promise((resolve) => child.once('exit', resolve));
    const delays = JSON.parse(out) as number[];
    first.push(delays[0] as number);
    rest.push(...delays.slice(1));
  }
  first.sort((a, b) => a - b);
  rest.sort((a, b) => a - b);
  console.log(
    `${name.padEnd(40)} first request: median ${f(quantile(first, 0.5))}, max ${f(first.at(-1) ?? Number.NaN)}; the 10 after it: median ${f(quantile(rest, 0.5))}, max ${f(rest.at(-1) ?? Number.NaN)}`,
  );
}

if (process.env.JITTER_CHILD) {
  await coldChild(process.env.JITTER_CHILD);
  process.exit(0);
}

const loopback = await startLoopback();
const server = await redisForTests();
const redis = new Redis(server.url);
const cores = availableParallelism();
console.log(
  `${REQUESTS} requests queued at once per case, SmartRecruiters' default limits; ${cores} cores; load average ${loadavg()[0]?.toFixed(2)} at the start`,
);
console.log(
  `${'delay from the counted start to the headers written (ms)'.padEnd(40)}   p50     p99   p99.9     max   worst d(i) - d(i+10)   most counted / written in 1 000 ms`,
);
try {
  for (const loaded of [false, true]) {
    const loops = loaded ? busyLoops(cores) : [];
    try {
      if (loaded) await new Promise((r) => setTimeout(r, 500));
      const label = loaded ? `${cores} busy loops` : 'idle';
      await measure(`in process, ${label}`, loopback.url, new CredentialRateLimiter());
      await cold(`new process, ${label}`, loopback.url, 10);
      const fleet = createRedisRateLimiter({ redis, prefix: `bench:jitter:${Math.random()}:` });
      try {
        await measure(`Redis, ${label}`, loopback.url, fleet);
      } finally {
        await fleet.close();
      }
    } finally {
      for (const loop of loops) loop.kill('SIGKILL');
    }
  }
  console.log(`load average ${loadavg()[0]?.toFixed(2)} at the end`);
} finally {
  redis.disconnect();
  await server.stop();
  await loopback.close();
}
