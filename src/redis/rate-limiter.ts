/**
 * SmartRecruiters' limits shared by every process of a fleet, through Redis: Bottleneck's
 * clustering (`datastore: 'ioredis'`) paces each credential's starts (`minTime`) and counts its
 * requests in flight (`maxConcurrent`), per credential and per limited route; a last atomic check
 * in Redis (the gate) keeps the sliding window SmartRecruiters counts in, on Redis' clock, whatever
 * the lateness of a process's timers or the skew of its host's clock, and holds the whole fleet
 * after a 429.
 *
 * Redis keys, per credential (a fingerprint of the client's credential key, never the credential):
 * Bottleneck's `b_<prefix>{<fp>}_*` (and `b_<prefix>{<fp>}:r:<route>_*` per limited route), and
 * `<prefix>{<fp>}:hold`, `<prefix>{<fp>}:starts` (and `:r:<route>:starts`). All expire: the
 * Bottleneck keys `keyTtlMs` after the credential's last start, the others within two windows.
 */
import Bottleneck from 'bottleneck';
import type { Redis } from 'ioredis';
import { SmartRecruitersError, ValidationError } from '../core/errors.js';
import type { RateLimitState } from '../core/hooks.js';
import { errorOf, sleep } from '../internal/abort.js';
import { fingerprint } from '../internal/hash.js';
import { sdkLogger } from '../internal/log-style.js';
import { guardedWarn, type Logger } from '../internal/logger.js';
import {
  adaptiveHoldMs,
  CredentialRateLimiter,
  DEFAULT_ROUTE_LIMITS,
  type RateLimiter,
  type RateLimitOptions,
  type RateLimitRelease,
  type RateLimitRequest,
  type RouteLimit,
} from '../internal/rate-limiter.js';
import { whenReady, withRedis } from './connection.js';
import { RedisUnavailableError } from './errors.js';
import { GATE_SCRIPT, HOLD_SCRIPT } from './scripts.js';
import { SlotQueue } from './slots.js';

/** Options of `createRedisRateLimiter`. SmartRecruiters' documented limits are the defaults. */
export interface RedisRateLimiterOptions {
  /**
   * An ioredis client (https://github.com/redis/ioredis). The limiter opens two connections of
   * its own from it (`redis.duplicate()`: one for commands, one for Bottleneck's messages) on first
   * use, and closes them in `close()`; it never closes `redis` itself.
   */
  redis: Redis;
  /** Prefix of the limiter's Redis keys and Bottleneck ids. Default `smartrecruiters:rl:`. */
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
   * How long a request may keep its place: a process that dies with requests in flight gives
   * their places back after this long, and a request that runs longer stops being counted. Keep it
   * above your clients' `timeoutMs`. Default 130 000 ms (the client's default `timeoutMs` is
   * 128 000).
   */
  leaseMs?: number | undefined;
  /**
   * Time to live of a credential's keys in Redis after its last start (they are re-created on the
   * next). Must be longer than `leaseMs`. Default `leaseMs` + 60 000.
   */
  keyTtlMs?: number | undefined;
  /** How long a credential's state stays in this process after its last request. Default 60 000 ms. */
  idleMs?: number | undefined;
  /**
   * How often each process tells Redis it is alive, per credential in use: it frees the places of
   * dead processes (after `leaseMs`) and wakes waiting processes. Default 1 000 ms.
   */
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
   * its own clients are closed too). Requests in flight keep running.
   */
  close(): Promise<void>;
}

/** Jobs a process keeps ahead in Bottleneck per credential and route (see `SlotQueue`). */
const AHEAD = 2;
// While Redis is unavailable and a request is waiting, Redis is tried this often.
const PROBE_MS = 1_000;
const SWEEP_MS = 5_000;
const REPORT_EVERY_MS = 10_000;

/**
 * Bottleneck 2.19.5 recovers from keys that expired or were lost (`SETTINGS_KEY_NOT_FOUND`: it
 * creates them again) and from a client Redis forgot (`UNKNOWN_CLIENT`: it registers again) by
 * comparing the script error's message with those words. Redis 7 prefixes script errors with
 * `ERR `, so without this the comparison fails and the limiter stays stuck. The connection is the
 * limiter's own (a duplicate of the caller's client): its script methods are wrapped as they are
 * defined, to hand Bottleneck the message it expects.
 */
function recognizeBottleneckErrors(client: Redis): void {
  const define = client.defineCommand.bind(client);
  const methods = client as unknown as Record<string, (...args: unknown[]) => unknown>;
  client.defineCommand = (name, definition) => {
    define(name, definition);
    const method = methods[name];
    if (typeof method !== 'function') return;
    methods[name] = (...args: unknown[]) => {
      const callback = args.at(-1);
      if (typeof callback === 'function') {
        args[args.length - 1] = (error: Error | null, result: unknown) => {
          const code = error && /^ERR (SETTINGS_KEY_NOT_FOUND|UNKNOWN_CLIENT)$/.exec(error.message)?.[1];
          if (code && error) error.message = code;
          callback(error, result);
        };
      }
      return method.apply(client, args);
    };
  };
}

interface Route {
  /** Concurrency and pace of the route, when it has either. */
  queue: SlotQueue | undefined;
  /** Its start log, when it has a rate. */
  log: string | undefined;
  limit: number;
}

interface CredentialState {
  main: SlotQueue;
  routes: Map<number, Route>;
  holdKey: string;
  /** Start logs and limits checked by the gate for a request without route. */
  logs: string[];
  limits: number[];
  /** `performance.now()` until which this process starts nothing (a hold it saw). */
  holdUntil: number;
  /** Fleet starts in the window when this process last started a request. */
  fleetStarts: number;
  /** Requests waiting or in flight through this state. */
  active: number;
  lastUsed: number;
}

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
  for (const name of ['leaseMs', 'keyTtlMs', 'idleMs', 'heartbeatIntervalMs', 'commandTimeoutMs'] as const) {
    check(options[name], name, 1);
  }
  const lease = options.leaseMs ?? 130_000;
  if (options.keyTtlMs !== undefined && options.keyTtlMs <= lease) {
    throw new ValidationError('Invalid Redis rate limiter options', [
      { path: ['keyTtlMs'], message: 'must be longer than leaseMs' },
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
  srGate(...args: Array<string | number>): Promise<[number, number, number]>;
  srHold(key: string, ms: number): Promise<number>;
};

class FleetRateLimiter implements RedisRateLimiter {
  private readonly redis: Redis;
  private readonly prefix: string;
  private readonly rps: number;
  private readonly concurrent: number;
  private readonly windowMs: number;
  private readonly routes: RouteLimit[];
  private readonly adaptive: boolean;
  private readonly leaseMs: number;
  private readonly keyTtlMs: number;
  private readonly idleMs: number;
  private readonly heartbeatMs: number;
  private readonly timeoutMs: number;
  private readonly fallbackOptions: RateLimitOptions | false;
  private readonly logger: Pick<Logger, 'warn'>;

  private commands: Commands | undefined;
  private connection: Bottleneck.IORedisConnection | undefined;
  private readonly states = new Map<string, CredentialState>();
  private readonly fallbacks = new Map<string, { limiter: CredentialRateLimiter; lastUsed: number }>();
  /** Redis counts as unavailable (a command timed out, or the connection stayed down). */
  private outage = false;
  private outageReason: 'unreachable' | 'timeout' = 'unreachable';
  private downTimer: ReturnType<typeof setTimeout> | undefined;
  private probeTimer: ReturnType<typeof setInterval> | undefined;
  private sweepTimer: ReturnType<typeof setInterval> | undefined;
  private closed = false;
  private reportedAt = Number.NEGATIVE_INFINITY;
  /** Requests waiting in `viaRedis`, watched while there are any. */
  private waiting = 0;
  private watchTimer: ReturnType<typeof setInterval> | undefined;
  private readonly member = `${Math.random().toString(36).slice(2)}:`;
  private starts = 0;

  constructor(options: RedisRateLimiterOptions) {
    validate(options);
    this.redis = options.redis;
    this.prefix = options.prefix ?? 'smartrecruiters:rl:';
    this.rps = defined(options.requestsPerSecond ?? 10);
    this.concurrent = defined(options.maxConcurrent ?? 8);
    this.windowMs = options.windowMs ?? 1_080;
    this.routes = [...(options.routes ?? DEFAULT_ROUTE_LIMITS)];
    this.adaptive = options.adaptive ?? true;
    this.leaseMs = options.leaseMs ?? 130_000;
    this.keyTtlMs = options.keyTtlMs ?? this.leaseMs + 60_000;
    this.idleMs = options.idleMs ?? 60_000;
    this.heartbeatMs = options.heartbeatIntervalMs ?? 1_000;
    this.timeoutMs = options.commandTimeoutMs ?? 2_000;
    this.fallbackOptions = options.fallback ?? false;
    this.logger = guardedWarn(sdkLogger(options.logger ?? console));
  }

  // --- Connections ---------------------------------------------------------------------------

  /** The limiter's own connections, opened on first use. */
  private connect(): Commands {
    if (this.commands) return this.commands;
    const commands = this.redis.duplicate({ lazyConnect: false }) as Commands;
    commands.defineCommand('srGate', { lua: GATE_SCRIPT });
    commands.defineCommand('srHold', { numberOfKeys: 1, lua: HOLD_SCRIPT });
    commands.on('error', () => undefined); // reported through the outage below, without detail
    commands.on('ready', () => this.recovered());
    for (const event of ['close', 'reconnecting', 'end'] as const) commands.on(event, () => this.down());
    this.commands = commands;
    recognizeBottleneckErrors(commands);
    // Bottleneck's connection: its scripts on this client, its messages on a duplicate of it.
    this.connection = new Bottleneck.IORedisConnection({ client: commands, Redis: this.redis.constructor });
    (this.connection as unknown as { on(event: string, cb: (e: unknown) => void): void }).on(
      'error',
      () => undefined,
    );
    this.sweepTimer = setInterval(() => this.sweep(), Math.min(SWEEP_MS, this.idleMs));
    this.sweepTimer.unref?.();
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
    for (const state of this.states.values()) {
      state.main.failAll(error);
      for (const route of state.routes.values()) route.queue?.failAll(error);
    }
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

  /** A Redis failure during a request: a timeout or a lost connection is an outage. */
  private failed(error: unknown): void {
    if (
      error instanceof RedisUnavailableError &&
      (error.reason === 'unreachable' || error.reason === 'timeout')
    ) {
      this.enterOutage(error.reason);
    }
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

  private bottleneck(id: string, options: { maxConcurrent: number; minTime: number }): Bottleneck {
    const limiter = new Bottleneck({
      id,
      connection: this.connection as Bottleneck.IORedisConnection,
      clearDatastore: false,
      maxConcurrent: Number.isFinite(options.maxConcurrent) ? options.maxConcurrent : null,
      minTime: options.minTime,
      timeout: this.keyTtlMs,
      heartbeatInterval: this.heartbeatMs,
    });
    limiter.on('error', (error: unknown) => {
      // Expected while Redis is down (the heartbeat fails every second): said once, above.
      if (!this.outage && !this.closed) this.reportError(error);
    });
    // Its start-up failures reach the jobs that wait for it; none may go unhandled.
    limiter.ready().catch(() => undefined);
    return limiter;
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

  private stateOf(credential: string): CredentialState {
    let state = this.states.get(credential);
    if (state) return state;
    this.connect();
    const base = `${this.prefix}{${fingerprint(credential)}}`;
    const main = new SlotQueue(
      this.bottleneck(base, {
        maxConcurrent: this.concurrent,
        minTime: Number.isFinite(this.rps) ? Math.ceil(this.windowMs / this.rps) : 0,
      }),
      AHEAD,
      this.leaseMs,
      (error) => this.jobFailed(error),
    );
    const rate = Number.isFinite(this.rps);
    state = {
      main,
      routes: new Map(),
      holdKey: `${base}:hold`,
      logs: rate ? [`${base}:starts`] : [],
      limits: rate ? [this.rps] : [],
      holdUntil: 0,
      fleetStarts: 0,
      active: 0,
      lastUsed: performance.now(),
    };
    this.states.set(credential, state);
    return state;
  }

  private jobFailed(error: unknown): void {
    if (this.commands?.status !== 'ready') this.down();
    else if (!this.outage) this.reportError(error);
  }

  /** The route limit of a request, its Bottleneck created on first use. */
  private routeOf(state: CredentialState, credential: string, request: RateLimitRequest): Route | undefined {
    const index = this.routes.findIndex((r) => r.method === request.method && r.path.test(request.path));
    if (index < 0) return undefined;
    let route = state.routes.get(index);
    if (route) return route;
    const limit = this.routes[index] as RouteLimit;
    const concurrent = defined(limit.maxConcurrent);
    const rate = defined(limit.requestsPerSecond);
    const base = `${this.prefix}{${fingerprint(credential)}}:r:${fingerprint(`${limit.method} ${limit.path}`)}`;
    route = {
      queue:
        Number.isFinite(concurrent) || Number.isFinite(rate)
          ? new SlotQueue(
              this.bottleneck(base, {
                maxConcurrent: concurrent,
                minTime: Number.isFinite(rate) ? Math.ceil(this.windowMs / rate) : 0,
              }),
              AHEAD,
              this.leaseMs,
              (error) => this.jobFailed(error),
            )
          : undefined,
      log: Number.isFinite(rate) ? `${base}:starts` : undefined,
      limit: rate,
    };
    state.routes.set(index, route);
    return route;
  }

  /** Drops the state of credentials idle for `idleMs` (their Bottlenecks stop their heartbeats). */
  private sweep(): void {
    const now = performance.now();
    for (const [credential, entry] of this.fallbacks) {
      if (now - entry.lastUsed >= this.idleMs) this.fallbacks.delete(credential);
    }
    // Leaving Bottleneck's channels needs a live connection (Bottleneck does not catch a failure).
    const subscriber = (this.connection as unknown as { subscriber?: { status?: string } } | undefined)
      ?.subscriber;
    if (this.outage || this.commands?.status !== 'ready' || subscriber?.status !== 'ready') return;
    for (const [credential, state] of this.states) {
      const queues = queuesOf(state);
      if (state.active > 0 || now - state.lastUsed < this.idleMs || queues.some((q) => q.busy)) continue;
      this.states.delete(credential);
      for (const queue of queues) {
        queue.dispose();
        Promise.resolve(queue.limiter.disconnect(false)).catch(() => undefined);
      }
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
      let released = false;
      return () => {
        if (released) return;
        released = true;
        release();
        state.active--;
        state.lastUsed = performance.now();
      };
    } catch (error) {
      if (error instanceof RedisUnavailableError && error.reason !== 'closed') {
        this.failed(error);
        if (this.fallbackOptions && !signal?.aborted) return this.viaFallback(request);
      }
      throw error;
    } finally {
      if (!started) state.active--;
    }
  }

  private async viaRedis(state: CredentialState, request: RateLimitRequest): Promise<RateLimitRelease> {
    this.watch(1);
    try {
      return await this.waitForPlace(state, request);
    } finally {
      this.watch(-1);
    }
  }

  private async waitForPlace(state: CredentialState, request: RateLimitRequest): Promise<RateLimitRelease> {
    const { signal } = request;
    const commands = this.connect();
    if (!(await whenReady(commands, this.timeoutMs, signal))) {
      throw new RedisUnavailableError(
        'rate limiter: acquire',
        `Redis is not reachable (waited ${this.timeoutMs} ms)`,
        { reason: 'unreachable' },
      );
    }
    const route = this.routeOf(state, request.credential, request);
    const routeRelease = route?.queue ? await route.queue.take(signal) : undefined;
    try {
      for (;;) {
        const wait = state.holdUntil - performance.now();
        if (wait > 0) await sleep(Math.ceil(wait), signal);
        // An outage declared meanwhile fails the waiting requests: this one too.
        if (this.outage) throw this.unavailable();
        const release = await state.main.take(signal);
        let held: number;
        try {
          held = await this.gate(commands, state, route, signal);
        } catch (error) {
          release();
          throw error;
        }
        if (held > 0) {
          // Another process holds the credential: give the place back and wait with the others.
          release();
          state.holdUntil = Math.max(state.holdUntil, performance.now() + held);
          continue;
        }
        return () => {
          release();
          routeRelease?.();
        };
      }
    } catch (error) {
      routeRelease?.();
      throw error;
    }
  }

  /** Runs the gate until the request may start; returns a hold in force instead (ms), or 0. */
  private async gate(
    commands: Commands,
    state: CredentialState,
    route: Route | undefined,
    signal: AbortSignal | undefined,
  ): Promise<number> {
    const logs = route?.log ? [...state.logs, route.log] : state.logs;
    const limits = route?.log ? [...state.limits, route.limit] : state.limits;
    for (;;) {
      const member = `${this.member}${++this.starts}`;
      const [hold, wait, starts] = await withRedis(
        commands,
        'rate limiter: acquire',
        this.timeoutMs,
        () => commands.srGate(1 + logs.length, state.holdKey, ...logs, this.windowMs, member, ...limits),
        signal,
      );
      if (hold > 0) return hold;
      if (wait > 0) {
        // Starts went out late somewhere (timers, clocks): the window is full until then.
        await sleep(wait, signal);
        continue;
      }
      state.fleetStarts = starts;
      return 0;
    }
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
    clearInterval(this.watchTimer);
    const error = new SmartRecruitersError('The Redis rate limiter was closed');
    const queues = [...this.states.values()].flatMap(queuesOf);
    for (const queue of queues) {
      queue.failAll(error);
      queue.dispose();
    }
    this.states.clear();
    this.fallbacks.clear();
    const connection = this.connection;
    if (!connection) return;
    // The connection first: it stops every heartbeat, and the limiters then leave their channels
    // without a command (there is no connection left to send one on).
    const flush = this.commands?.status === 'ready' && !this.outage;
    const closing = Promise.resolve(connection.disconnect(flush)).catch(() => undefined);
    for (const queue of queues) Promise.resolve(queue.limiter.disconnect(false)).catch(() => undefined);
    await Promise.race([closing, sleep(this.timeoutMs)]);
    // QUIT unanswered in time: drop the sockets.
    this.commands?.disconnect();
    (connection as unknown as { subscriber?: { disconnect(): void } }).subscriber?.disconnect();
  }
}

function queuesOf(state: CredentialState): SlotQueue[] {
  const queues = [state.main];
  for (const route of state.routes.values()) if (route.queue) queues.push(route.queue);
  return queues;
}

/**
 * A rate limiter shared by every process that uses the same Redis: each credential's
 * SmartRecruiters limits (https://developers.smartrecruiters.com/docs/rate-limiting) hold for
 * all its clients together, in any process: 10 starts per second in any 1 s window, 8 in flight,
 * 1 `GET /candidates` in flight, 2 per second on job publication, and a 429 (or
 * `X-RateLimit-Remaining: 0` caused by someone else) seen by one process holds them all.
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
