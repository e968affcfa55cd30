/**
 * A fleet under faults: 4 Node processes sharing one credential through the Redis limiter, against
 * the fake server enforcing SmartRecruiters' limits (10 per second, 8 in flight, 1 `GET /candidates`
 * in flight, all counted at the server), with one fault injected a few seconds in. Not run by the
 * tests.
 *
 *   npm run bench:faults     (BENCH_SECONDS per case, default 30; BENCH_ONLY=name,name to pick;
 *                            BENCH_VERBOSE=1 says what the fake counted at each 429)
 *
 * The faults: `kill -9` and `SIGSTOP` (resumed 15 s later) of a process while it holds the
 * `GET /candidates` place, the same while it holds an ordinary place (a `GET /jobs` in flight, the
 * 8 places taken), Redis stopped (`SIGSTOP`, 5 s) and Redis killed and restarted empty (2 s away),
 * and OAuth tokens that live 2 s (a rotating refresh token) under a queue of 12 loops. The
 * baseline is the same fleet without a fault. Printed per case: the longest stall of any process
 * (the longest time without an answer, the process that was killed or stopped left out), how long
 * after the fault another process had a `GET /candidates` answered, 429s and 401s answered by the
 * fake, token requests, and the errors that reached callers (after the SDK's retries).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import {
  createFakeSmartRecruiters,
  type FakeSmartRecruiters,
  type FakeSmartRecruitersOptions,
} from '../src/testing/index.js';
import { type FleetWorker, type FleetWorkerConfig, runFleet, signalHolder } from '../test/helpers/fleet.js';
import { freePort } from '../test/helpers/redis-server.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
const FAULT_AT_MS = 5_000;
const STOPPED_MS = 15_000;
const PROCESSES = 4;
const wallClock = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A redis-server of the bench's own, so it can be stopped, killed and restarted on its port. */
class RedisProcess {
  child: ChildProcess | undefined;
  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const args = ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'];
    const child = spawn('redis-server', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) resolve();
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => reject(new Error(`redis-server exited (${code}):\n${output}`)));
    });
    child.stdout?.removeAllListeners('data');
    child.stdout?.resume();
    child.stderr?.removeAllListeners('data');
    child.stderr?.resume();
  }

  signal(name: NodeJS.Signals): void {
    this.child?.kill(name);
  }

  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}

/** What a fault did: when, and to which process (left out of the stalls). */
interface Fault {
  at: number;
  victim?: FleetWorker | undefined;
}

interface Case {
  name: string;
  title: string;
  loops: number;
  candidatesEvery: number;
  oauth?: boolean;
  fake: FakeSmartRecruitersOptions;
  fault?: (workers: FleetWorker[], redis: RedisProcess) => Promise<Fault>;
}

/** Waits for a process with a request to `path` in flight, then `signal`s it (resumed later). */
async function stopOrKill(
  workers: FleetWorker[],
  path: string,
  signal: 'SIGKILL' | 'SIGSTOP',
): Promise<Fault> {
  const fault = await signalHolder(workers, path, signal);
  if (signal === 'SIGSTOP') setTimeout(() => fault.victim.child.kill('SIGCONT'), STOPPED_MS);
  return fault;
}

// GET /candidates answers in 250 ms (a holder is easy to catch), GET /jobs in 100 ms; a quarter
// of the calls are GET /candidates, about 2.3 a second: its one place is busy half the time.
const slowCandidates: FakeSmartRecruitersOptions = {
  seed: 1,
  latencyMs: ({ route }) => (route === 'GET /candidates' ? 250 : 100),
};
// Every answer takes 1.5 s: the 8 places are all taken, the rate is not what binds.
const placesBind: FakeSmartRecruitersOptions = { seed: 1, latencyMs: 1_500 };

const CASES: Case[] = [
  {
    name: 'baseline',
    title: 'no fault (baseline)',
    loops: 3,
    candidatesEvery: 4,
    fake: slowCandidates,
  },
  {
    name: 'baseline-places',
    title: 'no fault, the 8 places taken (baseline)',
    loops: 4,
    candidatesEvery: 0,
    fake: placesBind,
  },
  {
    name: 'kill-candidates',
    title: 'kill -9 of the GET /candidates holder',
    loops: 3,
    candidatesEvery: 4,
    fake: slowCandidates,
    fault: (workers) => stopOrKill(workers, '/candidates', 'SIGKILL'),
  },
  {
    name: 'stop-candidates',
    title: 'SIGSTOP (15 s) of the GET /candidates holder',
    loops: 3,
    candidatesEvery: 4,
    fake: slowCandidates,
    fault: (workers) => stopOrKill(workers, '/candidates', 'SIGSTOP'),
  },
  {
    name: 'kill-place',
    title: 'kill -9 of a process holding places (8 in flight)',
    loops: 4,
    candidatesEvery: 0,
    fake: placesBind,
    fault: (workers) => stopOrKill(workers, '/jobs', 'SIGKILL'),
  },
  {
    name: 'stop-place',
    title: 'SIGSTOP (15 s) of a process holding places',
    loops: 4,
    candidatesEvery: 0,
    fake: placesBind,
    fault: (workers) => stopOrKill(workers, '/jobs', 'SIGSTOP'),
  },
  {
    name: 'redis-stop',
    title: 'Redis stopped (SIGSTOP) for 5 s',
    loops: 3,
    candidatesEvery: 4,
    fake: slowCandidates,
    fault: async (_workers, redis) => {
      redis.signal('SIGSTOP');
      const at = wallClock();
      setTimeout(() => redis.signal('SIGCONT'), 5_000);
      return { at };
    },
  },
  {
    name: 'redis-restart',
    title: 'Redis killed, restarted empty 2 s later',
    loops: 3,
    candidatesEvery: 4,
    fake: slowCandidates,
    fault: async (_workers, redis) => {
      await redis.kill();
      const at = wallClock();
      setTimeout(() => void redis.start(), 2_000);
      return { at };
    },
  },
  {
    name: 'oauth',
    title: 'OAuth tokens of 2 s (rotating refresh token), 12 loops',
    loops: 3,
    candidatesEvery: 4,
    oauth: true,
    fake: {
      seed: 1,
      oauthClients: [{ clientId: 'fleet', clientSecret: 'fleet-secret', accessTokenTtlSeconds: 2 }],
    },
  },
];

/** The longest time between two answers of one process (from the start to the end of the run). */
function longestStall(times: number[], from: number, to: number): number {
  const sorted = [...times].filter((t) => t >= from && t <= to).sort((a, b) => a - b);
  let longest = 0;
  let last = from;
  for (const t of [...sorted, to]) {
    longest = Math.max(longest, t - last);
    last = t;
  }
  return longest;
}

async function runCase(c: Case, redis: RedisProcess): Promise<void> {
  const fake: FakeSmartRecruiters = await createFakeSmartRecruiters(c.fake);
  const durationMs = SECONDS * 1000;
  try {
    const config: FleetWorkerConfig = {
      baseUrl: fake.url,
      ...(c.oauth
        ? {
            oauth: {
              clientId: 'fleet',
              clientSecret: 'fleet-secret',
              refreshToken: fake.issueRefreshToken('fleet'),
              tokenStoreKey: 'tenant:faults',
            },
          }
        : { apiKey: fake.apiKey }),
      redisUrl: redis.url,
      prefix: `bench:faults:${Math.random().toString(36).slice(2, 8)}:`,
      limiter: 'redis',
      durationMs,
      workers: c.loops,
      candidatesEvery: c.candidatesEvery,
      announceRequests: Boolean(c.fault),
    };
    const workers = await runFleet(PROCESSES, config);
    const goAt = wallClock();
    let fault: Fault | undefined;
    if (c.fault) {
      await sleep(FAULT_AT_MS);
      fault = await c.fault(workers, redis);
    }
    const summaries = await Promise.all(workers.map((w) => w.done));
    const endAt = goAt + durationMs;
    const others = summaries.filter((s, i) => s !== null && workers[i] !== fault?.victim);
    const stall = Math.max(...others.map((s) => longestStall(s?.answeredAt ?? [], goAt, endAt)));
    const nextCandidates = fault?.victim
      ? Math.min(...others.flatMap((s) => (s?.candidatesAt ?? []).filter((t) => t > fault.at))) - fault.at
      : Number.NaN;
    const failed: Record<string, number> = {};
    for (const s of summaries) {
      for (const [key, n] of Object.entries(s?.failed ?? {})) failed[key] = (failed[key] ?? 0) + n;
    }
    const refused = fake.requests.all({ status: 429 }).length;
    if (process.env.BENCH_VERBOSE) {
      // Each 429: when (from the fault), and what the fake counted then.
      for (const e of fake.requests.all({ status: 429 })) {
        const before = fake.requests.all(
          (x) => !x.rateLimited && x.receivedAt > e.receivedAt - 1000 && x.receivedAt <= e.receivedAt,
        );
        const flying = before.filter(
          (x) => x.route === e.route && (x.completedAt ?? Infinity) > e.receivedAt,
        );
        console.log(
          `  429 on ${e.route} ${((e.receivedAt - (fault?.at ?? goAt)) / 1000).toFixed(2)} s after the ${fault ? 'fault' : 'start'}: ${before.length} admitted in the 1 000 ms before, ${flying.length} of its route in flight`,
        );
      }
    }
    const unauthorized = fake.requests.all({ status: 401 }).length;
    const grants = fake.requests.all({ route: 'POST /identity/oauth/token' }).length;
    const answered = summaries.reduce((n, s) => n + (s?.ok ?? 0), 0);
    const errors = Object.values(failed).reduce((a, b) => a + b, 0);
    const seconds = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '-');
    console.log(
      `${c.title.padEnd(54)} ${seconds(stall).padStart(8)}   ${seconds(nextCandidates).padStart(8)}   ${String(refused).padStart(4)}   ${String(unauthorized).padStart(4)}   ${(c.oauth ? String(grants) : '-').padStart(6)}   ${String(answered).padStart(6)}   ${errors === 0 ? '0' : `${errors} ${JSON.stringify(failed)}`}`,
    );
  } finally {
    await fake.close();
  }
}

const only = process.env.BENCH_ONLY?.split(',');
const redis = new RedisProcess(await freePort());
await redis.start();
process.on('exit', () => redis.child?.kill('SIGKILL'));
console.log(
  `${PROCESSES} processes on one credential through Redis, ${SECONDS} s per case, faults at ${FAULT_AT_MS / 1000} s; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  `${'case'.padEnd(54)} ${'stall'.padStart(8)}   ${'next GET /candidates'.padStart(8)}   429s   401s   tokens   answers   errors reaching callers`,
);
try {
  for (const c of CASES) {
    if (only && !only.includes(c.name)) continue;
    await runCase(c, redis);
  }
} finally {
  await redis.kill();
}
console.log(
  "\nstall: longest time any process (the faulted one left out) went without an answer. next GET /candidates: from the fault to the first GET /candidates another process had answered. 429s, 401s: answered by the fake. tokens: token requests. Errors are counted after the SDK's retries; RedisUnavailableError is by design while Redis is away (nothing is sent).",
);
