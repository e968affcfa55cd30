/**
 * A pool of worker processes on one SmartRecruiters credential. Each worker is a Node process
 * with its own client; through Redis they share one rate budget (10 requests/s, 8 in flight, 1
 * `GET /candidates` in flight) and, with OAuth, one token. The parent puts candidate ids on a Redis
 * list; the workers take them one by one and read each candidate's applications.
 *
 *   npx tsx examples/worker-pool.ts
 *
 * With SMARTRECRUITERS_API_KEY set it reads your account (read only); otherwise it starts the fake
 * SmartRecruiters. Redis: REDIS_URL, else a redis-server started on 127.0.0.1 for the run.
 */
import { fork } from 'node:child_process';
import { Redis } from 'ioredis';
import { SmartRecruiters } from 'smartrecruiters-sdk';
import { createRedisRateLimiter } from 'smartrecruiters-sdk/redis';
import { createFakeSmartRecruiters } from 'smartrecruiters-sdk/testing';
import { redisForTests } from '../test/helpers/redis-server.js';

const WORKERS = 4;
const QUEUE = 'example:candidates-to-read';

/** One worker: its own Redis connection, limiter and client; stops when the queue is empty. */
async function worker(): Promise<void> {
  const redis = new Redis(process.env.REDIS_URL as string);
  // One per process, shared by all its clients; the credential's budget is shared through Redis.
  const rateLimit = createRedisRateLimiter({ redis, prefix: 'example:rl:' });
  const sr = new SmartRecruiters({
    apiKey: process.env.SMARTRECRUITERS_API_KEY,
    baseUrl: process.env.SMARTRECRUITERS_BASE_URL,
    rateLimit,
    logLevel: 'warn',
  });
  let read = 0;
  let applications = 0;
  try {
    for (let id = await redis.lpop(QUEUE); id !== null; id = await redis.lpop(QUEUE)) {
      const candidate = await sr.candidates.get(id);
      applications += candidate.applications.length;
      read++;
    }
  } finally {
    await rateLimit.close(); // waiting requests fail; its connections close
    await redis.quit();
  }
  process.send?.({ read, applications });
}

async function parent(): Promise<void> {
  const live = Boolean(process.env.SMARTRECRUITERS_API_KEY);
  const fake = live ? undefined : await createFakeSmartRecruiters({ seed: 42, latencyMs: 40 });
  const server = await redisForTests();
  const redis = new Redis(server.url);
  try {
    const env = {
      ...process.env,
      REDIS_URL: server.url,
      ...(fake ? { SMARTRECRUITERS_API_KEY: fake.apiKey, SMARTRECRUITERS_BASE_URL: fake.url } : {}),
    };
    // The work: the first 40 candidates' ids.
    const sr = new SmartRecruiters({
      apiKey: env.SMARTRECRUITERS_API_KEY,
      baseUrl: env.SMARTRECRUITERS_BASE_URL,
    });
    const ids: string[] = [];
    for await (const candidate of sr.candidates.list({ limit: 40 })) if (ids.push(candidate.id) >= 40) break;
    await redis.del(QUEUE);
    await redis.rpush(QUEUE, ...ids);

    const started = performance.now();
    const results = await Promise.all(
      Array.from(
        { length: WORKERS },
        (_, i) =>
          new Promise<{ read: number; applications: number }>((resolve, reject) => {
            // The same file, as a worker (tsx's loader comes along in execArgv).
            const child = fork(process.argv[1] as string, ['worker'], { env });
            let result = { read: 0, applications: 0 };
            child.on('message', (message) => {
              result = message as typeof result;
            });
            child.on('exit', (code) =>
              code === 0 ? resolve(result) : reject(new Error(`worker ${i} exited ${code}`)),
            );
          }),
      ),
    );
    const seconds = (performance.now() - started) / 1000;
    for (const [i, r] of results.entries()) {
      console.log(`worker ${i + 1}: ${r.read} candidates, ${r.applications} applications`);
    }
    const total = results.reduce((n, r) => n + r.read, 0);
    console.log(`${total} candidates read by ${WORKERS} processes in ${seconds.toFixed(1)} s`);
    if (fake) {
      const reads = fake.requests.all({ route: 'GET /candidates/{id}' });
      console.log(
        `the fake counted at most ${fake.requests.maxRequestsInWindow(1000, { route: 'GET /candidates/{id}' })} reads in any second ` +
          `(${reads.length} in all), ${fake.requests.maxConcurrent()} in flight at most, ${fake.requests.all({ admitted: false }).length} answers 429`,
      );
    }
  } finally {
    await redis.quit();
    await fake?.close();
    await server.stop();
  }
}

if (process.argv[2] === 'worker') await worker();
else await parent();
