/**
 * SmartRecruiters' limits shared by every process of a fleet, through Redis. One atomic script
 * takes a place for a request (`scripts.ts`): it checks the credential's hold (after a 429), its
 * sliding window of starts and even pace, and its concurrency places, then those of the request's
 * route, all on Redis' clock. A place is a lease, renewed every `heartbeatIntervalMs` while its
 * request runs and dropped when it ends: a place whose process died, froze or lost Redis comes
 * back `leaseMs` after its last renewal. Right before it is sent, a request checks (`held()`) that
 * its lease still has at least half of `leaseMs` to run and that its start is not older than the
 * window's margin (`windowMs` - 1 000 ms), so a process that was paused since never sends on a
 * place that may be another's, nor on a start the window no longer counts.
 *
 * Each process queues its own requests per credential, in order (priority ones first), and tries
 * the first that may go. Across processes, turns are fair: a limit with room goes to the process
 * that has waited for it longest (a line per limit in Redis, which a process leaves once none of
 * its requests waits, and which forgets a process that does not ask again when it said it would).
 * Processes waiting for a place are told when one frees (a Redis message on the credential's
 * channel). A request aborted while it waits leaves the queue at once and never holds a place.
 *
 * Redis keys, per credential (a fingerprint of the client's credential key, never the credential):
 * `<prefix>{<fp>}:hold`, `<prefix>{<fp>}:places`, `:starts`, `:pace`, `:turns`, `:back` (and the
 * same five under `:r:<route>` per limited route), and the channel `<prefix>{<fp>}:freed`. Every
 * key expires by itself: places two leases after the last renewal, starts, pace and lines two
 * windows after their last use, the hold when it ends.
 */
import type { Redis } from 'ioredis';
import { SmartRecruitersError, ValidationError } from '../core/errors.js';
import type { RateLimitState } from '../core/hooks.js';
import { errorOf } from '../internal/abort.js';
import { fingerprint } from '../internal/hash.js';
import { sdkLogger } from '../internal/log-style.js';
import { guardedWarn, type Logger } from '../internal/logger.js';
import {
  adaptiveHoldMs,
  CredentialRateLimiter,
  DEFAULT_ROUTE_LIMITS,
  enqueue,
  type RateLimiter,
  type RateLimitOptions,
  type RateLimitRelease,
  type RateLimitRequest,
  type RouteLimit,
} from '../internal/rate-limiter.js';
import { whenReady, withRedis } from './connection.js';
import { RedisUnavailableError } from './errors.js';
import {
  ACQUIRE_SCRIPT,
  HOLD_SCRIPT,
  LEAVE_SCRIPT,
  RELEASE_SCRIPT,
  RENEW_SCRIPT,
  SENT_SCRIPT,
} from './scripts.js';

/** Options of `createRedisRateLimiter`. SmartRecruiters' documented limits are the defaults. */
export interface RedisRateLimiterOptions {
  /**
   * An ioredis client (https://github.com/redis/ioredis). The limiter opens two connections of
   * its own from it (`redis.duplicate()`: one for commands, one for the messages that say a place
   * freed) on first use, and closes them in `close()`; it never closes `redis` itself.
   */
  redis: Redis;
  /** Prefix of the limiter's Redis keys. Default `smartrecruiters:rl:`. */
  prefix?: string | undefined;
  /**
   * Starts per second per credential, across the fleet, in any 1 s window
   * (https://developers.smartrecruiters.com/docs/rate-limiting). Default 10; 0 for no limit.
   */
  requestsPerSecond?: number | undefined;
  /**
   * Length of the window the fleet counts starts in, in ms. SmartRecruiters counts
   * `requestsPerSecond` in any 1 000 ms; the rest absorbs the delay between a start and its arrival
   * at SmartRecruiters, which varies more across processes and hosts than within one process. The
   * pace is one start every `windowMs / requestsPerSecond` (at 10/s, 108 ms: 9.26 requests/s).
   * Default 1 080.
   */
  windowMs?: number | undefined;
  /** Requests in flight per credential, across the fleet. Default 8; 0 for no limit. */
  maxConcurrent?: number | undefined;
  /**
   * Stricter per-route limits. Default: `GET /candidates` 1 in flight; `POST`/`DELETE
   * /jobs/{id}/publication` and `GET /offers/{id}/documents/{id}` 2 per second.
   */
  routes?: readonly RouteLimit[] | undefined;
  /**
   * Hold the fleet for one step of the pace when SmartRecruiters answers `X-RateLimit-Remaining:
   * 0` while the fleet started fewer requests than the limit in the last window (someone else
   * spends the credential's budget). Default true. A 429 holds the fleet in any case.
   */
  adaptive?: boolean | undefined;
  /**
   * How long a place outlives the last renewal of its lease, in ms. A process renews the places
   * of its requests every `heartbeatIntervalMs` while they run, so a place held by a process that
   * was killed, froze or lost Redis comes back within this long. A request is sent only while its
   * lease has at least half of this left. Default 5 000; at least 3 `heartbeatIntervalMs`.
   */
  leaseMs?: number | undefined;
  /** How long a credential's state stays in this process after its last request. Default 60 000 ms. */
  idleMs?: number | undefined;
  /** How often a process renews the leases of its requests in flight. Default 1 000 ms. */
  heartbeatIntervalMs?: number | undefined;
  /**
   * Longest wait for Redis (one command, or the connection while it is down) before Redis counts
   * as unavailable. Default 2 000 ms.
   */
  commandTimeoutMs?: number | undefined;
  /**
   * While Redis is unavailable: `false` (default), requests fail with `RedisUnavailableError` and
   * nothing is sent; or limits that each process then keeps on its own (in process, like the
   * client's default limiter), e.g. `{ requestsPerSecond: 2, maxConcurrent: 2 }` for 5 processes
   * sharing 10 per second. Entering and leaving the fallback is logged as a warning.
   */
  fallback?: RateLimitOptions | false | undefined;
  /**
   * Where outages and Redis errors are reported (warnings only, never a secret): `console`, pino
   * or winston as they are (see `adaptLogger`). Default `console`.
   */
  logger?: Pick<Logger, 'warn'> | undefined;
}

/** A `RateLimiter` shared through Redis; pass it as the client's `rateLimit`. */
export interface RedisRateLimiter extends RateLimiter {
  /**
   * Stops the limiter: waiting requests fail, its Redis connections close (a script exits once
   * its own clients are closed too). Requests in flight keep running; their places are no longer
   * renewed and come back to the fleet within `leaseMs`.
   */
  close(): Promise<void>;
}

// While Redis is unavailable and a request is waiting, Redis is tried this often.
const PROBE_MS = 1_000;
// How late a waiting process may ask again before the fleet forgets its turn (it died or froze).
const GRACE_MS = 250;
const SWEEP_MS = 5_000;
const REPORT_EVERY_MS = 10_000;

/** One of a credential's limits in Redis: the credential-wide one, or a route's. */
interface Bucket {
  places: string;
  starts: string;
  pace: string;
  /** The processes waiting for the bucket, in turn, and when each will ask again. */
  turns: string;
  back: string;
  /** Requests in flight; 0 for no limit. */
  concurrent: number;
  /** Starts per window; 0 for no limit. */
  perWindow: number;
  /** Milliseconds between planned starts. */
  spacing: number;
}

interface Waiter {
  /** The route's bucket, when the request's route has a limit. */
  route: Bucket | undefined;
  priority: boolean;
  resolve(release: RateLimitRelease): void;
  reject(error: unknown): void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

/** A place held by a request of this process. */
interface Lease {
  member: string;
  /** `places` of its buckets (those with a concurrency limit). */
  places: string[];
  /** `starts` of its buckets (those with a rate). */
  starts: string[];
  /** `performance.now()` before which Redis still holds the lease (the last renewal sent + lease). */
  validUntil: number;
  /** `performance.now()` when the place was granted (its start counted just before). */
  grantedAt: number;
  /** The request was sent (`held()` answered true). */
  sent: boolean;
  ended: boolean;
}

interface CredentialState {
  holdKey: string;
  channel: string;
  main: Bucket;
  /** Route buckets by index in `routes` (`undefined`: the route has no limit). */
  routes: Map<number, Bucket | undefined>;
  queue: Waiter[];
  /** A pass over the queue is running; `again`: something changed meanwhile, run another. */
  pumping: boolean;
  /** The pass running over the queue, while `pumping`. */
  pass: Promise<void> | undefined;
  again: boolean;
  /** `performance.now()` until which the credential-wide bucket has no room. */
  blockedUntil: number;
  /** ...because its places are taken: a freed place (a message) ends the wait early. */
  full: boolean;
  /** Messages heard on the credential's channel so far. */
  heard: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  timerAt: number;
  /** `performance.now()` until which this process starts nothing (a hold it saw). */
  holdUntil: number;
  /** Fleet starts in the window when this process last started a request. */
  fleetStarts: number;
  leases: Set<Lease>;
  /** Buckets whose line (turns across the fleet) this process is in. */
  inLine: Set<Bucket>;
  /** Requests waiting or in flight through this state. */
  active: number;
  lastUsed: number;
}

/** What the acquire script answered. */
const GRANTED = 0;
const HELD = 1;

const defined = (n: number | undefined) => (n === undefined || n <= 0 ? Number.POSITIVE_INFINITY : n);

function check(value: unknown, path: string, min: number): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > 2_147_483_647) {
    throw new ValidationError('Invalid Redis rate limiter options', [
      { path: [path], message: `must be a number from ${min} to 2147483647` },
    ]);
  }
}

function validate(options: RedisRateLimiterOptions): void {
  if (typeof options !== 'object' || options === null || typeof options.redis?.duplicate !== 'function') {
    throw new ValidationError('Invalid Redis rate limiter options', [
      { path: ['redis'], message: 'must be an ioredis client' },
    ]);
  }
  if (options.prefix !== undefined && typeof options.prefix !== 'string') {
    throw new ValidationError('Invalid Redis rate limiter options', [
      { path: ['prefix'], message: 'must be a string' },
    ]);
  }
  check(options.requestsPerSecond, 'requestsPerSecond', 0);
  check(options.maxConcurrent, 'maxConcurrent', 0);
  check(options.windowMs, 'windowMs', 1_000);
  for (const name of ['leaseMs', 'idleMs', 'heartbeatIntervalMs', 'commandTimeoutMs'] as const) {
    check(options[name], name, 1);
  }
  const lease = options.leaseMs ?? 5_000;
  const heartbeat = options.heartbeatIntervalMs ?? Math.min(1_000, Math.floor(lease / 3));
  if (heartbeat * 3 > lease) {
    throw new ValidationError('Invalid Redis rate limiter options', [
      { path: ['leaseMs'], message: 'must be at least 3 heartbeatIntervalMs' },
    ]);
  }
  const routes = options.routes;
  if (
    routes !== undefined &&
    (!Array.isArray(routes) ||
      !routes.every((r) => typeof r?.method === 'string' && r.path instanceof RegExp))
  ) {
    throw new ValidationError('Invalid Redis rate limiter options', [
      { path: ['routes'], message: 'must be a list of { method, path: RegExp }' },
    ]);
  }
  const fallback = options.fallback;
  if (fallback !== undefined && fallback !== false && (typeof fallback !== 'object' || fallback === null)) {
    throw new ValidationError('Invalid Redis rate limiter options', [
      { path: ['fallback'], message: 'must be rate-limit options or false' },
    ]);
  }
  if (options.logger !== undefined && typeof options.logger?.warn !== 'function') {
    throw new ValidationError('Invalid Redis rate limiter options', [
      { path: ['logger'], message: 'must have a warn method' },
    ]);
  }
}

/** The ioredis client with the limiter's scripts defined on it. */
type Commands = Redis & {
  srAcquire(...args: Array<string | number>): Promise<[number, number, number]>;
  srRenew(...args: Array<string | number>): Promise<number>;
  srRelease(...args: Array<string | number>): Promise<number>;
  srSent(...args: Array<string | number>): Promise<number>;
  srLeave(...args: Array<string | number>): Promise<number>;
  srHold(key: string, ms: number): Promise<number>;
};

class FleetRateLimiter implements RedisRateLimiter {
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly rps: number;
  private readonly concurrent: number;
  private readonly windowMs: number;
  /** Longest a granted start may wait before its request is sent (the window's margin). */
  private readonly startMarginMs: number;
  private readonly routes: RouteLimit[];
  private readonly adaptive: boolean;
  private readonly leaseMs: number;
  private readonly idleMs: number;
  private readonly heartbeatMs: number;
  private readonly timeoutMs: number;
  private readonly fallbackOptions: RateLimitOptions | false;
  private readonly logger: Pick<Logger, 'warn'>;

  private commands: Commands | undefined;
  private subscriber: Redis | undefined;
  private readonly states = new Map<string, CredentialState>();
  /** States by the channel their freed places are announced on. */
  private readonly channels = new Map<string, CredentialState>();
  private readonly fallbacks = new Map<string, { limiter: CredentialRateLimiter; lastUsed: number }>();
  /** Redis counts as unavailable (a command timed out, or the connection stayed down). */
  private outage = false;
  private outageReason: 'unreachable' | 'timeout' = 'unreachable';
  private downTimer: ReturnType<typeof setTimeout> | undefined;
  private probeTimer: ReturnType<typeof setInterval> | undefined;
  private sweepTimer: ReturnType<typeof setInterval> | undefined;
  private heartbeatTimer: ReturnType<typeof setInterval> | undefined;
  private closed = false;
  private reportedAt = Number.NEGATIVE_INFINITY;
  /** Requests waiting for a place, watched while there are any. */
  private waiting = 0;
  private watchTimer: ReturnType<typeof setInterval> | undefined;
  private readonly member = `${Math.random().toString(36).slice(2)}:`;
  private leases = 0;

  constructor(options: RedisRateLimiterOptions) {
    validate(options);
    this.redis = options.redis;
    this.prefix = options.prefix ?? 'smartrecruiters:rl:';
    this.rps = defined(options.requestsPerSecond ?? 10);
    this.concurrent = defined(options.maxConcurrent ?? 8);
    this.windowMs = options.windowMs ?? 1_080;
    // A window without a margin (1 000 ms) bounds nothing: a start is then never too old to send.
    this.startMarginMs = this.windowMs > 1_000 ? this.windowMs - 1_000 : Number.POSITIVE_INFINITY;
    this.routes = [...(options.routes ?? DEFAULT_ROUTE_LIMITS)];
    this.adaptive = options.adaptive ?? true;
    this.leaseMs = options.leaseMs ?? 5_000;
    this.idleMs = options.idleMs ?? 60_000;
    this.heartbeatMs = options.heartbeatIntervalMs ?? Math.min(1_000, Math.floor(this.leaseMs / 3));
    this.timeoutMs = options.commandTimeoutMs ?? 2_000;
    this.fallbackOptions = options.fallback ?? false;
    this.logger = guardedWarn(sdkLogger(options.logger ?? console));
  }

  // --- Connections ---------------------------------------------------------------------------

  /** The limiter's own connections, opened on first use. */
  private connect(): Commands {
    if (this.commands) return this.commands;
    const commands = this.redis.duplicate({ lazyConnect: false }) as Commands;
    commands.defineCommand('srAcquire', { lua: ACQUIRE_SCRIPT });
    commands.defineCommand('srRenew', { lua: RENEW_SCRIPT });
    commands.defineCommand('srRelease', { lua: RELEASE_SCRIPT });
    commands.defineCommand('srSent', { lua: SENT_SCRIPT });
    commands.defineCommand('srLeave', { lua: LEAVE_SCRIPT });
    commands.defineCommand('srHold', { numberOfKeys: 1, lua: HOLD_SCRIPT });
    commands.on('error', () => undefined); // reported through the outage below, without detail
    commands.on('ready', () => this.recovered());
    for (const event of ['close', 'reconnecting', 'end'] as const) commands.on(event, () => this.down());
    this.commands = commands;
    const subscriber = this.redis.duplicate({ lazyConnect: false });
    subscriber.on('error', () => undefined); // waiters also poll: a lost message costs a poll
    subscriber.on('message', (channel: string) => this.freed(channel));
    this.subscriber = subscriber;
    this.sweepTimer = setInterval(() => this.sweep(), Math.min(SWEEP_MS, this.idleMs));
    this.sweepTimer.unref?.();
    this.heartbeatTimer = setInterval(() => this.renew(), this.heartbeatMs);
    this.heartbeatTimer.unref?.();
    return commands;
  }

  private down(): void {
    if (this.closed || this.outage || this.downTimer) return;
    // A reconnection within `commandTimeoutMs` is no outage.
    this.downTimer = setTimeout(() => {
      this.downTimer = undefined;
      if (this.commands?.status !== 'ready') this.enterOutage();
    }, this.timeoutMs);
    this.downTimer.unref?.();
  }

  private enterOutage(reason: 'unreachable' | 'timeout' = 'unreachable'): void {
    if (this.closed || this.outage) return;
    this.outage = true;
    this.logger.warn(
      this.fallbackOptions
        ? 'smartrecruiters: Redis is unavailable; rate limits are kept per process (fallback) until it answers again'
        : 'smartrecruiters: Redis is unavailable; requests fail with RedisUnavailableError until it answers again',
    );
    this.outageReason = reason;
    const error = this.unavailable();
    for (const state of this.states.values()) this.failAll(state, error);
    // A connection that is up but does not answer recovers only through a probe.
    this.probeTimer = setInterval(() => this.probe(), PROBE_MS);
    this.probeTimer.unref?.();
  }

  /** The error of requests that Redis cannot serve now. */
  private unavailable(): RedisUnavailableError {
    const reason = this.outageReason;
    return new RedisUnavailableError(
      'rate limiter: acquire',
      reason === 'timeout' ? `Redis did not answer within ${this.timeoutMs} ms` : 'Redis is unavailable',
      { reason },
    );
  }

  private probe(): void {
    const commands = this.commands;
    if (commands?.status !== 'ready') return;
    withRedis(commands, 'rate limiter: probe', this.timeoutMs, () => commands.ping()).then(
      () => this.recovered(),
      () => undefined,
    );
  }

  private recovered(): void {
    clearTimeout(this.downTimer);
    this.downTimer = undefined;
    if (!this.outage || this.closed) return;
    this.outage = false;
    clearInterval(this.probeTimer);
    this.probeTimer = undefined;
    this.logger.warn('smartrecruiters: Redis answers again; the fleet-wide rate limits apply again');
  }

  /** A Redis failure: a timeout or a lost connection is an outage; anything else is logged. */
  private failed(error: unknown): void {
    if (
      error instanceof RedisUnavailableError &&
      (error.reason === 'unreachable' || error.reason === 'timeout')
    ) {
      this.enterOutage(error.reason);
    } else if (!this.outage && !this.closed) {
      this.reportError(error);
    }
  }

  /** Logs a Redis error (its class only), once per `REPORT_EVERY_MS` at most. */
  private reportError(error: unknown): void {
    const now = performance.now();
    if (now - this.reportedAt < REPORT_EVERY_MS) return;
    this.reportedAt = now;
    this.logger.warn('smartrecruiters: Redis rate limiter error', {
      error: error instanceof Error ? error.name : 'unknown',
    });
  }

  /**
   * While requests wait for a place, Redis is pinged every `commandTimeoutMs`: a Redis that stops
   * answering (its connection still open) would otherwise leave them waiting for their deadline.
   */
  private watch(delta: 1 | -1): void {
    this.waiting += delta;
    if (this.waiting > 0 && !this.watchTimer) {
      this.watchTimer = setInterval(() => {
        const commands = this.commands;
        if (this.outage || commands?.status !== 'ready') return;
        withRedis(commands, 'rate limiter: acquire', this.timeoutMs, () => commands.ping()).catch(
          (error: unknown) => this.failed(error),
        );
      }, this.timeoutMs);
      this.watchTimer.unref?.();
    } else if (this.waiting === 0 && this.watchTimer) {
      clearInterval(this.watchTimer);
      this.watchTimer = undefined;
    }
  }

  // --- Per-credential state --------------------------------------------------------------------

  private bucket(base: string, concurrent: number, rate: number): Bucket {
    return {
      places: `${base}:places`,
      starts: `${base}:starts`,
      pace: `${base}:pace`,
      turns: `${base}:turns`,
      back: `${base}:back`,
      concurrent: Number.isFinite(concurrent) ? concurrent : 0,
      perWindow: Number.isFinite(rate) ? rate : 0,
      spacing: Number.isFinite(rate) ? Math.ceil(this.windowMs / rate) : 0,
    };
  }

  private stateOf(credential: string): CredentialState {
    let state = this.states.get(credential);
    if (state) return state;
    this.connect();
    const base = `${this.prefix}{${fingerprint(credential)}}`;
    state = {
      holdKey: `${base}:hold`,
      channel: `${base}:freed`,
      main: this.bucket(base, this.concurrent, this.rps),
      routes: new Map(),
      queue: [],
      pumping: false,
      pass: undefined,
      again: false,
      blockedUntil: 0,
      full: false,
      heard: 0,
      timer: undefined,
      timerAt: Number.POSITIVE_INFINITY,
      holdUntil: 0,
      fleetStarts: 0,
      leases: new Set(),
      inLine: new Set(),
      active: 0,
      lastUsed: performance.now(),
    };
    this.states.set(credential, state);
    this.channels.set(state.channel, state);
    this.subscriber?.subscribe(state.channel).catch(() => undefined);
    return state;
  }

  /** The bucket of a request's route, when the route has a limit. */
  private routeOf(state: CredentialState, credential: string, request: RateLimitRequest): Bucket | undefined {
    const index = this.routes.findIndex((r) => r.method === request.method && r.path.test(request.path));
    if (index < 0) return undefined;
    if (state.routes.has(index)) return state.routes.get(index);
    const limit = this.routes[index] as RouteLimit;
    const concurrent = defined(limit.maxConcurrent);
    const rate = defined(limit.requestsPerSecond);
    const base = `${this.prefix}{${fingerprint(credential)}}:r:${fingerprint(`${limit.method} ${limit.path}`)}`;
    const bucket =
      Number.isFinite(concurrent) || Number.isFinite(rate) ? this.bucket(base, concurrent, rate) : undefined;
    state.routes.set(index, bucket);
    return bucket;
  }

  /** Drops the state of credentials idle for `idleMs` (they stop listening to their channel). */
  private sweep(): void {
    const now = performance.now();
    for (const [credential, entry] of this.fallbacks) {
      if (now - entry.lastUsed >= this.idleMs) this.fallbacks.delete(credential);
    }
    // Leaving a channel needs a live connection: left for the next sweep otherwise.
    if (this.subscriber?.status !== 'ready') return;
    for (const [credential, state] of this.states) {
      if (state.active > 0 || state.queue.length > 0 || state.leases.size > 0) continue;
      if (now - state.lastUsed < this.idleMs) continue;
      clearTimeout(state.timer);
      this.states.delete(credential);
      this.channels.delete(state.channel);
      this.subscriber.unsubscribe(state.channel).catch(() => undefined);
    }
  }

  // --- RateLimiter ---------------------------------------------------------------------------

  async acquire(request: RateLimitRequest): Promise<RateLimitRelease> {
    const { signal } = request;
    if (signal?.aborted) throw errorOf(signal);
    if (this.closed)
      throw new RedisUnavailableError('rate limiter: acquire', 'The rate limiter is closed', {
        reason: 'closed',
      });
    if (this.outage) {
      // Until Redis answers again (its connection comes back, or a probe gets an answer).
      if (this.fallbackOptions) return this.viaFallback(request);
      throw this.unavailable();
    }
    const state = this.stateOf(request.credential);
    state.active++;
    state.lastUsed = performance.now();
    let started = false;
    try {
      const release = await this.viaRedis(state, request);
      started = true;
      return release;
    } catch (error) {
      if (error instanceof RedisUnavailableError && error.reason !== 'closed') {
        this.failed(error);
        if (this.fallbackOptions && !signal?.aborted) return this.viaFallback(request);
      }
      throw error;
    } finally {
      if (!started) {
        state.active--;
        state.lastUsed = performance.now();
      }
    }
  }

  private async viaRedis(state: CredentialState, request: RateLimitRequest): Promise<RateLimitRelease> {
    const { signal } = request;
    this.watch(1);
    try {
      const commands = this.connect();
      if (!(await whenReady(commands, this.timeoutMs, signal))) {
        throw new RedisUnavailableError(
          'rate limiter: acquire',
          `Redis is not reachable (waited ${this.timeoutMs} ms)`,
          { reason: 'unreachable' },
        );
      }
      // An outage declared meanwhile fails the waiting requests: this one too.
      if (this.outage) throw this.unavailable();
      const route = this.routeOf(state, request.credential, request);
      return await new Promise<RateLimitRelease>((resolve, reject) => {
        const waiter: Waiter = {
          route,
          priority: request.priority === true,
          resolve,
          reject,
          signal,
          onAbort: undefined,
        };
        if (signal) {
          waiter.onAbort = () => {
            const index = state.queue.indexOf(waiter);
            if (index >= 0) state.queue.splice(index, 1);
            reject(errorOf(signal));
            if (!state.pumping) this.leaveLines(state);
          };
          signal.addEventListener('abort', waiter.onAbort, { once: true });
        }
        enqueue(state.queue, waiter);
        this.pump(state);
      });
    } finally {
      this.watch(-1);
    }
  }

  /** Rejects every request waiting on `state`. */
  private failAll(state: CredentialState, error: unknown): void {
    for (const waiter of state.queue.splice(0)) {
      if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
      waiter.reject(error);
    }
  }

  /** Runs a pass over the queue, or another one after the pass that is running. */
  private pump(state: CredentialState): void {
    if (state.pumping) {
      state.again = true;
      return;
    }
    state.pumping = true;
    state.pass = this.drain(state)
      .catch((error: unknown) => this.failAll(state, error))
      .finally(() => {
        state.pumping = false;
        state.pass = undefined;
        if (state.again && state.queue.length > 0) this.pump(state);
      });
  }

  /**
   * Tries the waiting requests in order: each that may start gets its place; a credential-wide
   * wait stops the pass, a route's wait skips the requests of that route. Sets the next wake-up.
   */
  private async drain(state: CredentialState): Promise<void> {
    const commands = this.commands as Commands;
    do {
      state.again = false;
      if (this.outage || this.closed || state.queue.length === 0) return;
      const now = performance.now();
      const until = Math.max(state.holdUntil, state.blockedUntil);
      if (until > now) {
        this.wakeAt(state, until);
        return;
      }
      const skipped = new Set<Bucket>();
      let next = Number.POSITIVE_INFINITY;
      for (;;) {
        if (this.closed) return;
        const waiter = state.queue.find((w) => !w.route || !skipped.has(w.route));
        if (!waiter) break;
        const buckets = waiter.route ? [state.main, waiter.route] : [state.main];
        const member = `${this.member}${++this.leases}`;
        // Another request of this process could use the credential-wide turn if this one's route
        // has no room: the process keeps its place in that line.
        const keepTurn = state.queue.some((w) => w.route !== waiter.route);
        const heard = state.heard;
        const sentAt = performance.now();
        let answer: [number, number, number];
        try {
          answer = await withRedis(commands, 'rate limiter: acquire', this.timeoutMs, () =>
            commands.srAcquire(
              1 + buckets.length * 5,
              state.holdKey,
              ...buckets.flatMap((b) => [b.places, b.starts, b.pace, b.turns, b.back]),
              this.windowMs,
              member,
              this.leaseMs,
              this.member,
              GRACE_MS,
              this.heartbeatMs,
              state.channel,
              keepTurn ? 1 : 0,
              ...buckets.flatMap((b) => [b.concurrent, b.perWindow, b.spacing]),
            ),
          );
        } catch (error) {
          this.failed(error);
          // This request fails (the others, too, when Redis is out).
          const index = state.queue.indexOf(waiter);
          if (index >= 0) {
            state.queue.splice(index, 1);
            if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
            waiter.reject(error);
          }
          if (this.outage) return;
          continue;
        }
        const [code, ms, starts] = answer;
        if (this.closed && code !== GRANTED) {
          // close() ran while the script was on its way: out of the lines the script may have put
          // this process in, before close() leaves the others (a granted place is given back below).
          const keys = buckets.flatMap((b) => [b.turns, b.back]);
          await withRedis(commands, 'rate limiter: leave', this.timeoutMs, () =>
            commands.srLeave(keys.length, ...keys, this.member, state.channel),
          ).catch(() => undefined);
          return;
        }
        const at = performance.now();
        if (code === GRANTED) {
          state.fleetStarts = starts;
          for (const bucket of buckets) state.inLine.delete(bucket);
          this.grant(state, waiter, buckets, member, sentAt);
          continue;
        }
        if (code === HELD) {
          state.holdUntil = Math.max(state.holdUntil, at + ms);
          this.wakeAt(state, state.holdUntil);
          break;
        }
        // Codes 2 and 3: the credential-wide bucket (its rate; its places or another's turn); 4
        // and 5: the route's. For 3 and 5, a message (a place freed, a turn taken) ends the wait
        // sooner; else `ms` (the first lease to run out, a poll in case a message was lost).
        const full = code % 2 === 1;
        if (full && state.heard !== heard) {
          // A place freed, or a turn moved, after Redis answered: ask again now.
          state.again = true;
          break;
        }
        if (code <= 3) {
          state.inLine.add(state.main);
          state.blockedUntil = at + ms;
          state.full = full;
          this.wakeAt(state, state.blockedUntil);
          break;
        }
        // Unless another request of this process can use it, the script took this process out
        // of the credential-wide line.
        if (!keepTurn) state.inLine.delete(state.main);
        state.inLine.add(waiter.route as Bucket);
        skipped.add(waiter.route as Bucket);
        next = Math.min(next, at + ms);
      }
      if (Number.isFinite(next)) this.wakeAt(state, next);
      this.leaveLines(state);
    } while (state.again);
  }

  /**
   * Leaves the lines this process no longer needs to be in (no request of it waits for them), so
   * the processes behind it do not wait for it to be forgotten.
   */
  private leaveLines(state: CredentialState): void {
    if (state.inLine.size === 0) return;
    const wanted = new Set<Bucket>();
    if (state.queue.length > 0) wanted.add(state.main);
    for (const waiter of state.queue) if (waiter.route) wanted.add(waiter.route);
    const leaving = [...state.inLine].filter((b) => !wanted.has(b));
    const commands = this.commands;
    if (leaving.length === 0 || !commands || this.closed || this.outage) return;
    for (const bucket of leaving) state.inLine.delete(bucket);
    const keys = leaving.flatMap((b) => [b.turns, b.back]);
    withRedis(commands, 'rate limiter: leave', this.timeoutMs, () =>
      commands.srLeave(keys.length, ...keys, this.member, state.channel),
    ).catch((error: unknown) => this.failed(error));
  }

  /** Hands a place the script granted to `waiter`, or gives it back when `waiter` left meanwhile. */
  private grant(
    state: CredentialState,
    waiter: Waiter,
    buckets: Bucket[],
    member: string,
    sentAt: number,
  ): void {
    const lease: Lease = {
      member,
      places: buckets.filter((b) => b.concurrent > 0).map((b) => b.places),
      starts: buckets.filter((b) => b.perWindow > 0).map((b) => b.starts),
      validUntil: sentAt + this.leaseMs,
      grantedAt: performance.now(),
      sent: false,
      ended: false,
    };
    state.leases.add(lease);
    const release: RateLimitRelease = (sent?: boolean) => {
      if (lease.ended) return;
      lease.ended = true;
      state.leases.delete(lease);
      state.active--;
      state.lastUsed = performance.now();
      this.end(state, lease, sent === false && !lease.sent);
    };
    // Asked right before the request is sent. The lease must outlast the way from here to the
    // socket, even if this process is paused on it: half the lease is the margin. And the start
    // must be recent: one that waited longer than the window's margin (this process was paused
    // since) no longer says when the request reaches SmartRecruiters; it is given back, and the
    // request takes a new one.
    release.held = () => {
      if (lease.ended) return false;
      const now = performance.now();
      if (lease.places.length > 0 && now >= lease.validUntil - this.leaseMs / 2) return false;
      if (lease.starts.length > 0 && now - lease.grantedAt > this.startMarginMs) return false;
      lease.sent = true;
      this.sent(lease);
      return true;
    };
    const index = state.queue.indexOf(waiter);
    if (index < 0) {
      // Aborted while the script ran: the place and the start go back at once.
      state.active++;
      release(false);
      return;
    }
    state.queue.splice(index, 1);
    if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
    waiter.resolve(release);
  }

  /**
   * The request of `lease` leaves now: its start counts from now (not awaited: the command is on
   * its way before the request is).
   */
  private sent(lease: Lease): void {
    const commands = this.commands;
    if (lease.starts.length === 0 || !commands || this.closed || this.outage) return;
    withRedis(commands, 'rate limiter: sent', this.timeoutMs, () =>
      commands.srSent(lease.starts.length, ...lease.starts, lease.member),
    ).catch((error: unknown) => this.failed(error));
  }

  /** Ends a lease in Redis (a start never sent is given back), and tells the waiting processes. */
  private end(state: CredentialState, lease: Lease, unsent: boolean): void {
    const keys = unsent ? [...lease.places, ...lease.starts] : lease.places;
    const commands = this.commands;
    if (keys.length === 0 || !commands || this.closed) return;
    withRedis(commands, 'rate limiter: release', this.timeoutMs, () =>
      commands.srRelease(keys.length, ...keys, lease.member, state.channel, lease.places.length),
    ).catch((error: unknown) => this.failed(error));
  }

  /** Renews the leases of this process's requests (every `heartbeatIntervalMs`). */
  private renew(): void {
    const commands = this.commands;
    if (this.outage || this.closed || commands?.status !== 'ready') return;
    for (const state of this.states.values()) {
      for (const lease of state.leases) {
        if (lease.places.length === 0) continue;
        const sentAt = performance.now();
        withRedis(commands, 'rate limiter: renew', this.timeoutMs, () =>
          commands.srRenew(
            lease.places.length,
            ...lease.places,
            this.leaseMs,
            lease.member,
            lease.sent ? 1 : 0,
          ),
        ).then(
          (kept) => {
            // Lost before it was sent: `held()` now says so, and the request asks again.
            lease.validUntil = kept === 0 ? 0 : Math.max(lease.validUntil, sentAt + this.leaseMs);
          },
          (error: unknown) => this.failed(error),
        );
      }
    }
  }

  /** A place of the credential on `channel` freed somewhere in the fleet: try again. */
  private freed(channel: string): void {
    const state = this.channels.get(channel);
    if (!state) return;
    state.heard++;
    if (state.full) {
      state.full = false;
      state.blockedUntil = 0;
    }
    if (state.queue.length > 0) this.pump(state);
  }

  /** One timer per credential, at the earliest time something may change. */
  private wakeAt(state: CredentialState, at: number): void {
    if (state.timer !== undefined && state.timerAt <= at) return;
    clearTimeout(state.timer);
    state.timerAt = at;
    // Not unref'd: requests waiting here must keep a script alive until they are sent.
    state.timer = setTimeout(
      () => {
        state.timer = undefined;
        state.timerAt = Number.POSITIVE_INFINITY;
        this.pump(state);
      },
      Math.max(0, Math.ceil(at - performance.now())),
    );
  }

  private viaFallback(request: RateLimitRequest): Promise<RateLimitRelease> {
    let entry = this.fallbacks.get(request.credential);
    if (!entry) {
      entry = { limiter: new CredentialRateLimiter(this.fallbackOptions || {}), lastUsed: 0 };
      this.fallbacks.set(request.credential, entry);
    }
    entry.lastUsed = performance.now();
    const state = this.states.get(request.credential);
    if (state && state.holdUntil > performance.now()) {
      entry.limiter.hold(request.credential, Math.ceil(state.holdUntil - performance.now()));
    }
    return entry.limiter.acquire(request);
  }

  hold(credential: string, ms: number): void {
    if (!(ms > 0) || this.closed) return;
    const until = performance.now() + ms;
    const state = this.states.get(credential);
    if (state) state.holdUntil = Math.max(state.holdUntil, until);
    this.fallbacks.get(credential)?.limiter.hold(credential, ms);
    const commands = this.commands;
    if (!state || !commands || this.outage) return;
    withRedis(commands, 'rate limiter: hold', this.timeoutMs, () =>
      commands.srHold(state.holdKey, Math.ceil(ms)),
    ).catch((error: unknown) => this.failed(error));
  }

  observe(credential: string, state: RateLimitState): number {
    const fallback = this.fallbacks.get(credential);
    if (this.outage && fallback) return fallback.limiter.observe(credential, state);
    const own = this.states.get(credential);
    if (!this.adaptive || !own) return 0;
    // Requests in flight are the fleet's concurrency limit's business: only the rate is compared.
    const ms = adaptiveHoldMs(state, { inFlight: Number.POSITIVE_INFINITY, recentStarts: own.fleetStarts });
    this.hold(credential, ms);
    return ms;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.downTimer);
    clearInterval(this.probeTimer);
    clearInterval(this.sweepTimer);
    clearInterval(this.heartbeatTimer);
    clearInterval(this.watchTimer);
    const error = new SmartRecruitersError('The Redis rate limiter was closed');
    // A pass whose script is on its way puts this process in a line after the leave below would
    // run: it leaves that line itself, and is waited for (bounded by the command timeout).
    await Promise.all([...this.states.values()].map((state) => state.pass));
    const leaving: Array<Promise<unknown>> = [];
    for (const state of this.states.values()) {
      clearTimeout(state.timer);
      this.failAll(state, error);
      // Out of the lines at once: the processes behind this one need not wait to forget it.
      const commands = this.commands;
      const keys = [...state.inLine].flatMap((b) => [b.turns, b.back]);
      if (commands && keys.length > 0 && !this.outage) {
        leaving.push(
          withRedis(commands, 'rate limiter: leave', this.timeoutMs, () =>
            commands.srLeave(keys.length, ...keys, this.member, state.channel),
          ).catch(() => undefined),
        );
      }
    }
    await Promise.all(leaving);
    this.states.clear();
    this.channels.clear();
    this.fallbacks.clear();
    const connections = [this.commands, this.subscriber].filter((c): c is Redis => c !== undefined);
    const flush = !this.outage;
    await Promise.race([
      Promise.all(
        connections.map((c) => (flush && c.status === 'ready' ? c.quit().catch(() => undefined) : undefined)),
      ),
      new Promise((resolve) => setTimeout(resolve, this.timeoutMs)),
    ]);
    // QUIT unanswered in time (or not sent): drop the sockets.
    for (const connection of connections) connection.disconnect();
  }
}

/**
 * A rate limiter shared by every process that uses the same Redis: each credential's
 * SmartRecruiters limits (https://developers.smartrecruiters.com/docs/rate-limiting) hold for
 * all its clients together, in any process: 10 starts per second in any 1 s window, 8 in flight,
 * 1 `GET /candidates` in flight, 2 per second on job publication, and a 429 (or
 * `X-RateLimit-Remaining: 0` caused by someone else) seen by one process holds them all. A place
 * held by a process that dies or freezes comes back within `leaseMs` (5 s).
 *
 * Create one per process and pass it to every client, whatever its credential:
 *
 * ```ts
 * const redis = new Redis(process.env.REDIS_URL);
 * const rateLimit = createRedisRateLimiter({ redis });
 * const sr = new SmartRecruiters({ apiKey, rateLimit });
 * ```
 *
 * While Redis is unavailable, requests fail with `RedisUnavailableError` (nothing is sent), or
 * follow `fallback` limits per process when you set them.
 */
export function createRedisRateLimiter(options: RedisRateLimiterOptions): RedisRateLimiter {
  return new FleetRateLimiter(options);
}
