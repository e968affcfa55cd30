/**
 * Many tenants' SmartRecruiters data synced by a pool of worker processes on BullMQ
 * (https://docs.bullmq.io), through `Connections`:
 *
 * - one BullMQ job per tenant and list (candidates, jobs); any worker takes any job;
 * - each tenant's connection, tokens and rate limits are shared by the workers through Redis
 *   (`RedisConnectionStore`, `RedisTokenStore`, `createRedisRateLimiter`): a tenant synced by two
 *   workers at once still makes at most SmartRecruiters' 10 requests/s and 1 `GET /candidates` at a
 *   time;
 * - the sync state (`sync()`'s) is stored with every record, in the same Redis transaction, so a
 *   worker killed mid-run loses nothing: BullMQ hands its job to another worker once its lock
 *   lapses, which carries on right after the last record stored, and a worker that lost its job
 *   (stalled, then replaced) can no longer write (each attempt fences off the one before).
 *
 *   npx tsx examples/multi-tenant-sync.ts
 *
 * It runs on the fake SmartRecruiters with 10 tenants and 3 workers, kills one worker mid-run,
 * and prints what each tenant got. Redis: REDIS_URL, else a redis-server started for the run.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { Connections } from 'smartrecruiters-sdk/connect';
import { createRedisRateLimiter, RedisConnectionStore, RedisTokenStore } from 'smartrecruiters-sdk/redis';
import { createFakeSmartRecruiters } from 'smartrecruiters-sdk/testing';
import { redisForTests } from '../test/helpers/redis-server.js';

/** What each worker process needs to know. */
export interface SyncConfig {
  redisUrl: string;
  /** SmartRecruiters' (here the fake's) base URL. */
  baseUrl: string;
  /** Prefix of every Redis key of this run (queue, stores, limiter, the synced data). */
  prefix: string;
  /** Jobs a worker runs at once. */
  concurrency: number;
  /** Requests per second per tenant across the fleet (SmartRecruiters allows 10). */
  requestsPerSecond: number;
}

type List = 'candidates' | 'jobs';
const LISTS: List[] = ['candidates', 'jobs'];
const QUEUE = 'tenant-sync';

// The product's database, here Redis: one write stores the record and the sync state together,
// and only while this attempt still owns the job (a newer attempt took over otherwise).
const STORE_RECORD = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if ARGV[2] ~= '' then redis.call('HINCRBY', KEYS[2], ARGV[2], 1) end
redis.call('SET', KEYS[3], ARGV[3])
return 1`;

/** The Redis keys of one tenant's sync of one list. */
function keys(prefix: string, tenantId: string, list: List) {
  const base = `${prefix}sync:${tenantId}:${list}`;
  return {
    owner: `${base}:owner`,
    records: `${base}:records`,
    state: `${base}:state`,
    workers: `${base}:workers`,
  };
}

/** One worker process: takes tenants' sync jobs until told to stop (SIGTERM). */
export async function runWorker(config: SyncConfig): Promise<void> {
  const redis = new Redis(config.redisUrl);
  const connections = new Connections({
    store: new RedisConnectionStore({ redis, prefix: config.prefix }),
    tokenStore: new RedisTokenStore({ redis, prefix: config.prefix }),
    clientOptions: {
      baseUrl: config.baseUrl,
      timeoutMs: 5_000,
      logLevel: 'warn',
      // One limiter per process for every tenant: each tenant's budget is kept in Redis. Its
      // places are leases renewed while their requests run, so a killed worker's places come
      // back within 5 s (leaseMs).
      rateLimit: createRedisRateLimiter({
        redis,
        prefix: `${config.prefix}rl:`,
        requestsPerSecond: config.requestsPerSecond,
      }),
    },
  });

  const workerRedis = new Redis(config.redisUrl, { maxRetriesPerRequest: null });
  const worker = new Worker<{ tenantId: string; list: List }>(
    QUEUE,
    async (job) => {
      const { tenantId, list } = job.data;
      const k = keys(config.prefix, tenantId, list);
      // This attempt owns the tenant's sync from now on: an older attempt's writes are refused.
      const attempt = `${process.pid}:${job.id}:${Date.now()}:${Math.random()}`;
      await redis.multi().set(k.owner, attempt).sadd(k.workers, String(process.pid)).exec();
      const store = async (recordId: string, state: string) => {
        const stored = await redis.eval(
          STORE_RECORD,
          3,
          k.owner,
          k.records,
          k.state,
          attempt,
          recordId,
          state,
        );
        if (stored !== 1) throw new Error(`another worker took over the sync of ${tenantId}`);
      };

      const sr = await connections.get(tenantId);
      const saved = (await redis.get(k.state)) ?? undefined;
      // Resume right after the last record stored, or start a full sync.
      const run = saved ? sr[list].sync({ state: saved }) : sr[list].sync({ limit: 5 });
      let synced = 0;
      for await (const { record, state } of run) {
        await store(record.id, state);
        synced++;
      }
      // The run is over: its state is where the next (incremental) run starts.
      await store('', run.state as string);
      return { synced };
    },
    {
      connection: workerRedis,
      prefix: `${config.prefix}bull`,
      concurrency: config.concurrency,
      // A killed worker's jobs go back to the queue once their lock lapses (4 s here).
      lockDuration: 4_000,
      stalledInterval: 1_000,
      maxStalledCount: 5,
    },
  );
  worker.on('error', () => undefined);
  process.send?.({ ready: process.pid });
  await new Promise<void>((resolve) => process.once('SIGTERM', () => resolve()));
  await worker.close();
  await Promise.all([workerRedis.quit(), redis.quit()]);
  process.exit(0);
}

/** What a run came to, per tenant and list. */
export interface SyncReport {
  tenants: number;
  workers: number;
  /** The pid of the worker killed mid-run. */
  killed: number | undefined;
  /** Jobs completed (tenants x lists). */
  completed: number;
  /** Records stored more than once, and records of SmartRecruiters never stored. */
  duplicates: string[];
  missing: string[];
  /** Tenant syncs that a second worker finished after the first was killed. */
  resumed: string[];
  /** 429 answers SmartRecruiters (the fake) gave, per tenant. */
  rateLimited: number;
  /** Most requests a tenant made in any 1 s window, and in flight at once, at the server. */
  maxPerSecond: number;
  maxInFlight: number;
  seconds: number;
}

/**
 * The whole run: a fake SmartRecruiters with `tenants` customers, each connected with its own
 * client credentials; one sync job per tenant and list; `workers` worker processes; one of them
 * killed (SIGKILL) once `killAt` of the records are stored; then what every tenant got.
 */
export async function runSyncFleet(options: {
  redisUrl: string;
  prefix: string;
  tenants: number;
  workers: number;
  killAt?: number | undefined;
  concurrency?: number | undefined;
  latencyMs?: number | undefined;
  requestsPerSecond?: number | undefined;
  timeoutMs?: number | undefined;
}): Promise<SyncReport> {
  const started = performance.now();
  const tenants = Array.from({ length: options.tenants }, (_, i) => `tenant-${i + 1}`);
  const fake = await createFakeSmartRecruiters({
    seed: 7,
    latencyMs: options.latencyMs ?? 40,
    oauthClients: tenants.map((t) => ({ clientId: t, clientSecret: `${t}-secret` })),
  });
  const redis = new Redis(options.redisUrl);
  const config: SyncConfig = {
    redisUrl: options.redisUrl,
    baseUrl: fake.url,
    prefix: options.prefix,
    concurrency: options.concurrency ?? 4,
    requestsPerSecond: options.requestsPerSecond ?? 10,
  };
  const queueRedis = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  const queue = new Queue(QUEUE, { connection: queueRedis, prefix: `${options.prefix}bull` });
  const children: ChildProcess[] = [];
  try {
    // Each customer connects once (here: client credentials it created for us).
    const connections = new Connections({
      store: new RedisConnectionStore({ redis, prefix: options.prefix }),
      tokenStore: new RedisTokenStore({ redis, prefix: options.prefix }),
      clientOptions: { baseUrl: fake.url, logLevel: 'warn' },
    });
    for (const t of tenants)
      await connections.connectWithCredentials(t, { clientId: t, clientSecret: `${t}-secret` });
    const before = fake.requests.all().length;

    // The workers start together (and wait for work); then the jobs: one per tenant and list.
    await Promise.all(
      Array.from({ length: options.workers }, () => {
        // This file, as a worker process (through tsx, which runs TypeScript).
        const child = fork(import.meta.filename, ['worker'], {
          execArgv: ['--import', 'tsx'],
          env: { ...process.env, SYNC_CONFIG: JSON.stringify(config), NODE_NO_WARNINGS: '1' },
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        });
        children.push(child);
        return new Promise<void>((resolve, reject) => {
          child.once('message', () => resolve());
          child.once('exit', (code) => reject(new Error(`worker exited (${code}) before it was ready`)));
        });
      }),
    );
    await queue.addBulk(
      tenants.flatMap((tenantId) =>
        LISTS.map((list) => ({
          name: 'sync',
          data: { tenantId, list },
          opts: { jobId: `${tenantId}.${list}`, attempts: 5, backoff: { type: 'exponential', delay: 500 } },
        })),
      ),
    );
    const expected = new Map<List, string[]>([
      ['candidates', [...fake.state.candidates.keys()]],
      ['jobs', [...fake.state.jobs.keys()]],
    ]);
    const total =
      tenants.length * ((expected.get('candidates')?.length ?? 0) + (expected.get('jobs')?.length ?? 0));
    const stored = async () => {
      let n = 0;
      for (const t of tenants)
        for (const list of LISTS) n += await redis.hlen(keys(options.prefix, t, list).records);
      return n;
    };

    let killed: number | undefined;
    const deadline = performance.now() + (options.timeoutMs ?? 120_000);
    for (;;) {
      const counts = await queue.getJobCounts('completed', 'failed');
      if ((counts.completed ?? 0) + (counts.failed ?? 0) >= tenants.length * LISTS.length) break;
      if (performance.now() > deadline) throw new Error(`the sync did not finish: ${JSON.stringify(counts)}`);
      if (
        options.killAt !== undefined &&
        killed === undefined &&
        (await stored()) >= total * options.killAt
      ) {
        // kill -9 the worker that is busiest right now: no goodbye, its jobs stay "active".
        const active = await queue.getJobs(['active']);
        const owners = await Promise.all(
          active.map(async (job) => redis.get(keys(options.prefix, job.data.tenantId, job.data.list).owner)),
        );
        const pid = Number(owners.find(Boolean)?.split(':')[0]);
        const victim = children.find((c) => c.pid === pid) ?? children[0];
        killed = victim?.pid;
        victim?.kill('SIGKILL');
      }
      await new Promise((r) => setTimeout(r, 20));
    }

    const duplicates: string[] = [];
    const missing: string[] = [];
    const resumed: string[] = [];
    for (const t of tenants) {
      for (const list of LISTS) {
        const k = keys(options.prefix, t, list);
        const records = await redis.hgetall(k.records);
        for (const [id, count] of Object.entries(records))
          if (count !== '1') duplicates.push(`${t}/${list}/${id}`);
        for (const id of expected.get(list) ?? []) if (!(id in records)) missing.push(`${t}/${list}/${id}`);
        const workers = await redis.smembers(k.workers);
        if (killed !== undefined && workers.length > 1 && workers.includes(String(killed)))
          resumed.push(`${t}/${list}`);
      }
    }
    const answers = fake.requests.all().slice(before);
    let maxPerSecond = 0;
    let maxInFlight = 0;
    for (const t of tenants) {
      const mine = { credential: `oauth:${t}` };
      maxPerSecond = Math.max(maxPerSecond, fake.requests.maxRequestsInWindow(1000, mine));
      maxInFlight = Math.max(maxInFlight, fake.requests.maxConcurrent(mine));
    }
    return {
      tenants: tenants.length,
      workers: options.workers,
      killed,
      completed: (await queue.getJobCounts('completed')).completed ?? 0,
      duplicates,
      missing,
      resumed,
      rateLimited: answers.filter((r) => r.status === 429).length,
      maxPerSecond,
      maxInFlight,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    for (const child of children)
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await Promise.all(
      children.map((c) =>
        c.exitCode !== null || c.signalCode !== null ? undefined : new Promise((r) => c.once('exit', r)),
      ),
    );
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    await queueRedis.quit();
    const leftovers = await redis.keys(`${options.prefix}*`);
    if (leftovers.length > 0) await redis.del(...leftovers);
    await redis.quit();
    await fake.close();
  }
}

if (process.argv[2] === 'worker') {
  await runWorker(JSON.parse(process.env.SYNC_CONFIG as string) as SyncConfig);
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = await redisForTests();
  try {
    const report = await runSyncFleet({
      redisUrl: server.url,
      prefix: 'example:mts:',
      tenants: 10,
      workers: 3,
      killAt: 0.3,
    });
    console.log(
      `${report.tenants} tenants, ${report.workers} workers, worker ${report.killed} killed mid-run`,
    );
    console.log(`${report.completed} tenant syncs completed in ${report.seconds.toFixed(1)} s`);
    console.log(`${report.resumed.length} resumed by another worker: ${report.resumed.join(', ') || '-'}`);
    console.log(`records stored twice: ${report.duplicates.length}, never stored: ${report.missing.length}`);
    console.log(
      `at the server: ${report.rateLimited} x 429, at most ${report.maxPerSecond} requests/s and ${report.maxInFlight} in flight per tenant`,
    );
  } finally {
    await server.stop();
  }
}
