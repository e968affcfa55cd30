/**
 * The limiter stage: SmartRecruiters' limits per credential
 * (https://developers.smartrecruiters.com/docs/rate-limiting), kept by the client before it sends.
 * The in-process limiter counts starts in a sliding window, the way the server counts them, so a
 * busy event loop cannot bunch starts over the limit; a request that is aborted while it waits
 * leaves the queue at once. Any `RateLimiter` (a Redis-backed one shared by processes) can replace
 * it through the `rateLimit` option.
 */
import type { RateLimitState } from '../core/hooks.js';
import { errorOf } from './abort.js';

/** Anything with Bottleneck's `schedule`: pass your own (e.g. a Redis-clustered Bottleneck). */
export interface LimiterLike {
  /** Runs `fn` when the limits allow it; resolves or rejects as `fn` does. */
  schedule<T>(fn: () => PromiseLike<T>): Promise<T>;
  /** Not called: the SDK never reconfigures a caller's limiter. */
  updateSettings?(options: { reservoir: number | null }): unknown;
}

/** A stricter limit for some routes, on top of the credential-wide one. */
export interface RouteLimit {
  /** HTTP method, upper case. */
  method: string;
  /** Matched against the filled path (no query), relative to the base URL. */
  path: RegExp;
  /** At most this many in flight on this route. */
  maxConcurrent?: number | undefined;
  /** At most this many starts per second on this route. */
  requestsPerSecond?: number | undefined;
}

/**
 * Client-side limits. SmartRecruiters' documented limits are the defaults
 * (https://developers.smartrecruiters.com/docs/rate-limiting). Clients of one credential (same
 * base URL and credential) share one limiter in the process: when their options differ, the
 * strictest of each applies to all of them.
 */
export interface RateLimitOptions {
  /** Starts per second per credential, in any 1 s window. Default 10; 0 for no limit. */
  requestsPerSecond?: number | undefined;
  /** Requests in flight per credential. Default 8. */
  maxConcurrent?: number | undefined;
  /**
   * Stricter per-route limits. Default: `GET /candidates` 1 in flight; `POST`/`DELETE
   * /jobs/{id}/publication` and `GET /offers/{id}/documents/{id}` 2 per second. Clients of one
   * credential with different routes get all of them.
   */
  routes?: readonly RouteLimit[] | undefined;
  /**
   * Your own limiter (a Bottleneck instance, possibly clustered over Redis) in front of the
   * SDK's: a request waits for it, then for the SDK's limits. Without `requestsPerSecond` or
   * `maxConcurrent`, this client adds no credential-wide limit of its own (yours is it); route
   * limits still apply. Aborted requests still take their turn in your limiter.
   */
  limiter?: LimiterLike | undefined;
  /**
   * Hold new requests when SmartRecruiters' `X-RateLimit-Remaining` or
   * `X-RateLimit-Concurrent-Remaining` reach 0, before it answers 429. Default true; holds apply
   * to the credential as long as one of its clients keeps this on.
   */
  adaptive?: boolean | undefined;
}

/** What the limiter is asked for: a place for one request. */
export interface RateLimitRequest {
  /**
   * The credential's key: the base URL and a fingerprint of the credential (never the credential
   * itself). SmartRecruiters counts per credential: so does the limiter.
   */
  credential: string;
  /** HTTP method, upper case. */
  method: string;
  /** The filled path relative to the base URL, without the query (route limits match it). */
  path: string;
  /**
   * Aborts the wait: the limiter must give up the place at once (nothing was sent) and reject
   * with the signal's reason. It fires at the request's deadline too.
   */
  signal?: AbortSignal | undefined;
  /**
   * Goes ahead of the requests waiting on the credential (in this process): an OAuth token
   * request they wait for, or a request sent back to the queue after its turn (its token expired
   * or its place lapsed while it waited). The limits still apply to it. Default false.
   */
  priority?: boolean | undefined;
}

/**
 * Ends a request's hold on the limiter (its concurrency place). Called once: when the answer has
 * been read, or with `false` when the request was not sent after all (its start may be given back:
 * SmartRecruiters never saw it).
 */
export interface RateLimitRelease {
  (sent?: boolean): void;
  /**
   * Asked right before the request is sent (optional): whether the place is still this
   * request's. A limiter whose places are leases (shared through Redis) answers `false` once the
   * lease may have lapsed, e.g. after this process was paused longer than the lease: the request
   * is then not sent; the SDK releases the place and asks for another. Answering `true` means the
   * request leaves now.
   */
  held?(): boolean;
}

/**
 * The limiter stage. The SDK's own is in process; pass another (e.g. Redis-backed, shared by
 * processes) as `rateLimit`. Implementations must be safe for many credentials at once.
 */
export interface RateLimiter {
  /** Waits until the request may start; resolves to its release. Rejects when `signal` aborts. */
  acquire(request: RateLimitRequest): Promise<RateLimitRelease>;
  /** Starts nothing on `credential` for `ms` (SmartRecruiters answered 429). */
  hold(credential: string, ms: number): void;
  /**
   * Reads the `X-RateLimit-*` state of an answer on `credential` (called while that request
   * still holds its place). Returns how long new starts are held because of it (0 when not).
   */
  observe(credential: string, state: RateLimitState): number;
}

/** SmartRecruiters' documented per-route limits. */
export const DEFAULT_ROUTE_LIMITS: readonly RouteLimit[] = [
  { method: 'GET', path: /^\/candidates\/?$/, maxConcurrent: 1 },
  { method: 'POST', path: /^\/jobs\/[^/]+\/publication\/?$/, requestsPerSecond: 2 },
  { method: 'DELETE', path: /^\/jobs\/[^/]+\/publication\/?$/, requestsPerSecond: 2 },
  { method: 'GET', path: /^\/offers\/[^/]+\/documents\/[^/]+\/?$/, requestsPerSecond: 2 },
];

/**
 * Length of the window the limiter counts starts in: SmartRecruiters counts N per 1 s; 4% more
 * absorbs the jitter between a start here and its arrival there (at 10/s: 9.6 starts a second).
 */
export const WINDOW_MS = 1040;

/** Milliseconds between two starts for a given rate (plus the window's margin): one slot of the limit. */
export function spacingFor(requestsPerSecond: number): number {
  return Math.ceil(WINDOW_MS / requestsPerSecond);
}

// Timer lateness absorbed per start (more is lost, so starts never bunch after a busy moment).
const MAX_CATCH_UP_MS = 10;

// How long to hold when another user of the credential has taken its concurrency slots.
const HOLD_AFTER_CONCURRENT_ZERO_MS = 200;

function header(headers: Headers, name: string): number | null {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

/** Reads SmartRecruiters' four `X-RateLimit-*` headers. */
export function readRateLimitHeaders(headers: Headers): RateLimitState {
  return {
    limit: header(headers, 'x-ratelimit-limit'),
    remaining: header(headers, 'x-ratelimit-remaining'),
    concurrentLimit: header(headers, 'x-ratelimit-concurrent-limit'),
    concurrentRemaining: header(headers, 'x-ratelimit-concurrent-remaining'),
  };
}

/** What a limiter knows of its own traffic on a credential, for `adaptiveHoldMs`. */
export interface OwnTraffic {
  /** Requests of the credential in flight through this limiter. */
  inFlight: number;
  /** Starts through this limiter in the last 1 000 ms. */
  recentStarts: number;
}

/**
 * How long new starts should wait after an answer with `state` (0: no hold): only when the
 * credential's budget is spent by more than this limiter's own traffic accounts for (another
 * process, another app on the same credential). For any `RateLimiter` implementation.
 */
export function adaptiveHoldMs(state: RateLimitState, own: OwnTraffic): number {
  let ms = 0;
  const limit = state.limit && state.limit > 0 ? state.limit : 10;
  // Remaining 0 while this limiter started fewer than the limit in the last second: someone else
  // spends the budget, and the next start in this window would be refused; wait one slot.
  if (state.remaining === 0 && own.recentStarts < limit) ms = spacingFor(limit);
  // Concurrent remaining 0 while this process has fewer requests in flight than the limit:
  // another user of the same credential holds the slots.
  if (state.concurrentRemaining === 0 && (state.concurrentLimit ?? 0) > own.inFlight) {
    ms = Math.max(ms, HOLD_AFTER_CONCURRENT_ZERO_MS);
  }
  return ms;
}

/** A limit on starts (sliding window plus even spacing) and on requests in flight. */
class Bucket {
  /** Start times within the last window, oldest first (from `head`). */
  private starts: number[] = [];
  private head = 0;
  private last = Number.NEGATIVE_INFINITY;
  inFlight = 0;

  constructor(
    /** Starts per window; `Infinity` for no limit. */
    public perWindow: number,
    /** Requests in flight; `Infinity` for no limit. */
    public concurrent: number,
  ) {}

  private prune(now: number): void {
    while (this.head < this.starts.length && (this.starts[this.head] as number) <= now - WINDOW_MS)
      this.head++;
    if (this.head > 64 && this.head * 2 > this.starts.length) {
      this.starts = this.starts.slice(this.head);
      this.head = 0;
    }
  }

  /** Milliseconds between planned starts; 0 when under 1 ms (no timer is that fine). */
  private get spacing(): number {
    const ms = WINDOW_MS / this.perWindow;
    return ms >= 1 ? ms : 0;
  }

  /** When a start is allowed: `now` or later, `Infinity` while the concurrency is full. */
  readyAt(now: number): number {
    if (this.inFlight >= this.concurrent) return Number.POSITIVE_INFINITY;
    if (!Number.isFinite(this.perWindow)) return now;
    this.prune(now);
    // Starts planned evenly (one per window / limit) keep arrivals apart; the window below is
    // what guarantees the limit when timers fire late.
    let at = Math.max(now, this.last + this.spacing);
    const count = this.starts.length - this.head;
    // The window holds `perWindow` starts: the next may go once the oldest that counts leaves it.
    if (count >= this.perWindow) {
      at = Math.max(at, (this.starts[this.starts.length - this.perWindow] as number) + WINDOW_MS);
    }
    return at;
  }

  /** Starts in the last `ms` (at most one window back). */
  startsSince(now: number, ms: number): number {
    this.prune(now);
    // Starts are in time order: find the first one inside the last `ms` by bisection (a busy
    // credential keeps thousands in its window, and every answer asks).
    let low = this.head;
    let high = this.starts.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((this.starts[mid] as number) > now - ms) high = mid;
      else low = mid + 1;
    }
    return this.starts.length - low;
  }

  /** Forgets a start made at `at` (its request was not sent after all). */
  unstart(at: number): void {
    for (let i = this.starts.length - 1; i >= this.head; i--) {
      if (this.starts[i] === at) {
        this.starts.splice(i, 1);
        return;
      }
      if ((this.starts[i] as number) < at) return;
    }
  }

  start(now: number): void {
    this.inFlight++;
    // The plan, not the moment a late timer fired: a few ms of lateness do not pile up start after
    // start (the window keeps the limit whatever happens).
    this.last = Math.max(this.last + this.spacing, now - Math.min(this.spacing / 2, MAX_CATCH_UP_MS));
    if (Number.isFinite(this.perWindow)) this.starts.push(now);
  }
}

interface Waiter {
  route: number;
  priority: boolean;
  resolve: (release: RateLimitRelease) => void;
  reject: (error: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

interface Settings {
  requestsPerSecond: number;
  maxConcurrent: number;
  routes: RouteLimit[];
  adaptive: boolean;
}

const limit = (n: number | undefined) => (n === undefined || n <= 0 ? Number.POSITIVE_INFINITY : n);

/** The limits of one credential in this process, shared by its clients. */
export class CredentialRateLimiter implements RateLimiter {
  private settings: Settings = {
    requestsPerSecond: Number.POSITIVE_INFINITY,
    maxConcurrent: Number.POSITIVE_INFINITY,
    routes: [],
    adaptive: false,
  };
  private readonly main = new Bucket(Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY);
  private routeBuckets: Bucket[] = [];
  private readonly queue: Waiter[] = [];
  private holdUntil = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private timerAt = Number.POSITIVE_INFINITY;

  /** `now`: a monotonic clock in ms (tests pass their own). */
  constructor(
    options: RateLimitOptions = {},
    private readonly now: () => number = () => performance.now(),
  ) {
    this.configure(options);
  }

  /** Adds a client's options: each limit becomes the strictest of those given so far. */
  configure(options: RateLimitOptions): void {
    const own = options.limiter === undefined;
    const rps = options.requestsPerSecond ?? (own ? 10 : undefined);
    const concurrent = options.maxConcurrent ?? (own ? 8 : undefined);
    const s = this.settings;
    s.requestsPerSecond = Math.min(s.requestsPerSecond, limit(rps));
    s.maxConcurrent = Math.min(s.maxConcurrent, limit(concurrent));
    s.adaptive ||= options.adaptive ?? true;
    for (const route of options.routes ?? DEFAULT_ROUTE_LIMITS) {
      const same = s.routes.findIndex(
        (r) => r.method === route.method && String(r.path) === String(route.path),
      );
      if (same < 0) {
        s.routes.push({ ...route });
        this.routeBuckets.push(new Bucket(limit(route.requestsPerSecond), limit(route.maxConcurrent)));
        continue;
      }
      const bucket = this.routeBuckets[same] as Bucket;
      bucket.perWindow = Math.min(bucket.perWindow, limit(route.requestsPerSecond));
      bucket.concurrent = Math.min(bucket.concurrent, limit(route.maxConcurrent));
    }
    this.main.perWindow = s.requestsPerSecond;
    this.main.concurrent = s.maxConcurrent;
  }

  /** The route limit that applies to a request (`-1`: none). */
  private routeOf(method: string, path: string): number {
    return this.settings.routes.findIndex((r) => r.method === method && r.path.test(path));
  }

  acquire(request: RateLimitRequest): Promise<RateLimitRelease> {
    const { signal } = request;
    if (signal?.aborted) return Promise.reject(errorOf(signal));
    const route = this.routeOf(request.method, request.path);
    // Under budget with nobody waiting: start at once.
    if (this.queue.length === 0) {
      const now = this.now();
      if (this.readyAt(route, now) <= now) return Promise.resolve(this.start(route, now));
    }
    return new Promise<RateLimitRelease>((resolve, reject) => {
      const priority = request.priority === true;
      const waiter: Waiter = { route, priority, resolve, reject, signal, onAbort: undefined };
      if (signal) {
        waiter.onAbort = () => {
          const index = this.queue.indexOf(waiter);
          if (index >= 0) this.queue.splice(index, 1);
          reject(errorOf(signal));
          this.pump();
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      enqueue(this.queue, waiter);
      this.pump();
    });
  }

  hold(_credential: string, ms: number): void {
    if (ms <= 0) return;
    this.holdUntil = Math.max(this.holdUntil, this.now() + ms);
    this.pump();
  }

  observe(_credential: string, state: RateLimitState): number {
    if (!this.settings.adaptive) return 0;
    const ms = adaptiveHoldMs(state, {
      inFlight: this.main.inFlight,
      recentStarts: this.main.startsSince(this.now(), 1000),
    });
    this.hold(_credential, ms);
    return ms;
  }

  private readyAt(route: number, now: number): number {
    const bucket = route >= 0 ? this.routeBuckets[route] : undefined;
    return Math.max(this.holdUntil, this.main.readyAt(now), bucket ? bucket.readyAt(now) : now);
  }

  private start(route: number, now: number): RateLimitRelease {
    const bucket = route >= 0 ? this.routeBuckets[route] : undefined;
    this.main.start(now);
    bucket?.start(now);
    let released = false;
    return (sent?: boolean) => {
      if (released) return;
      released = true;
      this.main.inFlight--;
      if (bucket) bucket.inFlight--;
      if (sent === false) {
        this.main.unstart(now);
        bucket?.unstart(now);
      }
      if (this.queue.length > 0) this.pump();
    };
  }

  /** Starts every waiter the limits allow, in order; waits for the next change otherwise. */
  private pump(): void {
    const now = this.now();
    let next = Number.POSITIVE_INFINITY;
    const started: Array<[Waiter, RateLimitRelease]> = [];
    let i = 0;
    for (; i < this.queue.length; i++) {
      const waiter = this.queue[i] as Waiter;
      const credentialWide = Math.max(this.holdUntil, this.main.readyAt(now));
      // The credential-wide limit applies to everyone: nobody further back can start either.
      if (credentialWide > now) {
        next = Math.min(next, credentialWide);
        break;
      }
      const at = this.readyAt(waiter.route, now);
      if (at > now) {
        // Only this route is full: the requests behind it on other routes go on.
        next = Math.min(next, at);
        continue;
      }
      started.push([waiter, this.start(waiter.route, now)]);
    }
    if (started.length > 0) {
      const gone = new Set(started.map(([waiter]) => waiter));
      this.queue.splice(0, this.queue.length, ...this.queue.filter((w) => !gone.has(w)));
      for (const [waiter, release] of started) {
        if (waiter.onAbort) waiter.signal?.removeEventListener('abort', waiter.onAbort);
        waiter.resolve(release);
      }
    }
    this.wake(this.queue.length > 0 ? next : Number.POSITIVE_INFINITY);
  }

  /** One timer, at the earliest time a waiter may start (none while only a release can help). */
  private wake(at: number): void {
    if (at === this.timerAt) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.timerAt = at;
    if (!Number.isFinite(at)) return;
    // Not unref'd: requests waiting here must keep a script alive until they are sent.
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.timerAt = Number.POSITIVE_INFINITY;
        this.pump();
      },
      Math.max(0, Math.ceil(at - this.now())),
    );
  }
}

/**
 * Adds `waiter` to `queue`: at the end, or, with `priority`, after the other priority waiters and
 * before everyone else.
 */
export function enqueue<W extends { priority: boolean }>(queue: W[], waiter: W): void {
  if (!waiter.priority) {
    queue.push(waiter);
    return;
  }
  let at = 0;
  while (at < queue.length && (queue[at] as W).priority) at++;
  queue.splice(at, 0, waiter);
}

/** Rate-limit state shared per credential within the process. */
type Ref = { deref(): CredentialRateLimiter | undefined };
const registry = new Map<string, Ref>();
// Lazily, and only where the runtime has them (Cloudflare Workers before 2025-05 do not).
let cleanup: { register(target: object, key: string): void } | undefined;
let sweepCountdown = 64;

function refTo(limiter: CredentialRateLimiter): Ref {
  if (typeof WeakRef === 'undefined') return { deref: () => limiter };
  return new WeakRef(limiter);
}

function forget(key: string, limiter: CredentialRateLimiter): void {
  if (typeof FinalizationRegistry !== 'undefined') {
    cleanup ??= new FinalizationRegistry<string>((k) => {
      if (registry.get(k)?.deref() === undefined) registry.delete(k);
    });
    cleanup.register(limiter, key);
    return;
  }
  // Without FinalizationRegistry: drop collected entries now and then.
  if (--sweepCountdown > 0) return;
  sweepCountdown = 64;
  for (const [k, ref] of registry) if (ref.deref() === undefined) registry.delete(k);
}

/**
 * The in-process limiter of credential `key` (base URL + credential fingerprint), with `options`
 * added to the settings of the clients already using it: one credential, one budget. Created on
 * first use and dropped once no client holds it.
 */
export function limiterFor(key: string, options: RateLimitOptions): CredentialRateLimiter {
  const existing = registry.get(key)?.deref();
  if (existing) {
    existing.configure(options);
    return existing;
  }
  const limiter = new CredentialRateLimiter(options);
  registry.set(key, refTo(limiter));
  forget(key, limiter);
  return limiter;
}

/**
 * A `RateLimiter` that first takes a turn in the caller's own limiter (a Bottleneck), then a place
 * in `inner`; the caller's job lasts until the request is released. An aborted request leaves
 * `inner` at once; the caller's limiter still runs its (empty) turn.
 */
export function behindCallerLimiter(caller: LimiterLike, inner: RateLimiter): RateLimiter {
  return {
    acquire: (request) =>
      new Promise<RateLimitRelease>((resolve, reject) => {
        const { signal } = request;
        const onAbort = () => reject(errorOf(signal as AbortSignal));
        signal?.addEventListener('abort', onAbort, { once: true });
        caller
          .schedule(async () => {
            if (signal?.aborted) return;
            let release: RateLimitRelease;
            try {
              release = await inner.acquire(request);
            } catch (error) {
              reject(error);
              return;
            }
            signal?.removeEventListener('abort', onAbort);
            if (signal?.aborted) return release();
            await new Promise<void>((done) => {
              const end: RateLimitRelease = (sent) => {
                release(sent);
                done();
              };
              if (release.held) end.held = () => release.held?.() !== false;
              resolve(end);
            });
          })
          .catch(reject);
      }),
    hold: (credential, ms) => inner.hold(credential, ms),
    observe: (credential, state) => inner.observe(credential, state),
  };
}
