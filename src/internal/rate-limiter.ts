import Bottleneck from 'bottleneck/light.js';
import type { RateLimitState } from '../core/hooks.js';
import { sleep } from './abort.js';

/** Anything with Bottleneck's `schedule`: pass your own (e.g. a Redis-clustered Bottleneck). */
export interface LimiterLike {
  schedule<T>(fn: () => PromiseLike<T>): Promise<T>;
  /** When present (Bottleneck has it), used to hold new starts while SmartRecruiters says the budget is spent. */
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

/** Client-side limits. SmartRecruiters' documented limits are the defaults (smartrecruiters-api.md §4). */
export interface RateLimitOptions {
  /** Starts per second per credential. Default 10. */
  requestsPerSecond?: number | undefined;
  /** Requests in flight per credential. Default 8. */
  maxConcurrent?: number | undefined;
  /**
   * Stricter per-route limits. Default: `GET /candidates` 1 in flight; `POST`/`DELETE
   * /jobs/{id}/publication` and `GET /offers/{id}/documents/{id}` 2 per second.
   */
  routes?: readonly RouteLimit[] | undefined;
  /**
   * Your own limiter for the credential-wide limit (a Bottleneck instance, possibly clustered
   * over Redis). Replaces `requestsPerSecond` and `maxConcurrent`; route limits still apply.
   */
  limiter?: LimiterLike | undefined;
  /**
   * Hold new requests when SmartRecruiters' `X-RateLimit-Remaining` or
   * `X-RateLimit-Concurrent-Remaining` reach 0, before it answers 429. Default true.
   */
  adaptive?: boolean | undefined;
}

/** SmartRecruiters' documented per-route limits (§4). */
export const DEFAULT_ROUTE_LIMITS: readonly RouteLimit[] = [
  { method: 'GET', path: /^\/candidates\/?$/, maxConcurrent: 1 },
  { method: 'POST', path: /^\/jobs\/[^/]+\/publication\/?$/, requestsPerSecond: 2 },
  { method: 'DELETE', path: /^\/jobs\/[^/]+\/publication\/?$/, requestsPerSecond: 2 },
  { method: 'GET', path: /^\/offers\/[^/]+\/documents\/[^/]+\/?$/, requestsPerSecond: 2 },
];

// Starts are spaced 5% wider than 1000/rate: arrival jitter on the wire must never let the
// server count one request too many in a 1 s window.
const SPACING_MARGIN = 1.05;

/** Milliseconds between two starts for a given rate. */
export function spacingFor(requestsPerSecond: number): number {
  return Math.ceil((1000 / requestsPerSecond) * SPACING_MARGIN);
}

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

/**
 * The limiter of one credential: a credential-wide Bottleneck (rate and concurrency) and stricter
 * route limiters in front of it. Shared by every client using the same credential and base URL
 * in this process, because SmartRecruiters counts per credential.
 */
export class CredentialRateLimiter {
  private readonly main: LimiterLike;
  /** The main limiter is the SDK's own (not the caller's), so its settings may be changed. */
  private readonly owned: boolean;
  private readonly routes: Array<{ limit: RouteLimit; limiter: LimiterLike }>;
  private readonly adaptive: boolean;
  private holdTimer: ReturnType<typeof setTimeout> | undefined;
  private holdUntil = 0;
  private inFlight = 0;
  /** Last `X-RateLimit-*` values seen on this credential. */
  state: RateLimitState = { limit: null, remaining: null, concurrentLimit: null, concurrentRemaining: null };

  constructor(options: RateLimitOptions = {}) {
    const rps = options.requestsPerSecond ?? 10;
    const concurrent = options.maxConcurrent ?? 8;
    this.owned = options.limiter === undefined;
    this.main =
      options.limiter ??
      new Bottleneck({ maxConcurrent: concurrent, minTime: rps > 0 ? spacingFor(rps) : 0 });
    this.routes = (options.routes ?? DEFAULT_ROUTE_LIMITS).map((limit) => ({
      limit,
      limiter: new Bottleneck({
        maxConcurrent: limit.maxConcurrent ?? null,
        minTime: limit.requestsPerSecond ? spacingFor(limit.requestsPerSecond) : 0,
      }),
    }));
    this.adaptive = options.adaptive ?? true;
  }

  /** Runs `fn` when the credential-wide and route limits allow it. */
  schedule<T>(method: string, path: string, fn: () => Promise<T>): Promise<T> {
    const route = this.routes.find((r) => r.limit.method === method && r.limit.path.test(path));
    const run = async () => {
      this.inFlight++;
      try {
        return await fn();
      } finally {
        this.inFlight--;
      }
    };
    // A caller's limiter is never reconfigured: holds wait here, before it.
    const onMain = async () => {
      if (!this.owned) await this.holdOver();
      return this.main.schedule(run);
    };
    return route ? route.limiter.schedule(onMain) : onMain();
  }

  private async holdOver(): Promise<void> {
    for (let wait = this.holdUntil - Date.now(); wait > 0; wait = this.holdUntil - Date.now())
      await sleep(wait);
  }

  /**
   * Records the headers of a response (call it while the request still counts as in flight)
   * and, when adaptive, holds new starts while SmartRecruiters reports the budget spent by more
   * than this process accounts for. Returns how long starts are held (0 when not held).
   */
  observe(headers: Headers): number {
    const state = readRateLimitHeaders(headers);
    this.state = state;
    if (!this.adaptive) return 0;
    let ms = 0;
    // Remaining 0: the next start in this second would be refused; wait one slot of the limit.
    if (state.remaining === 0) ms = spacingFor(state.limit && state.limit > 0 ? state.limit : 10);
    // Concurrent remaining 0 while this process has fewer requests in flight than the limit:
    // another user of the same credential holds the slots.
    if (state.concurrentRemaining === 0 && (state.concurrentLimit ?? 0) > this.inFlight) {
      ms = Math.max(ms, HOLD_AFTER_CONCURRENT_ZERO_MS);
    }
    return ms > 0 ? this.hold(ms) : 0;
  }

  /** Stops new starts on this credential for `ms` (longest hold wins). Returns `ms`. */
  hold(ms: number): number {
    if (ms <= 0) return 0;
    const until = Date.now() + ms;
    if (until <= this.holdUntil) return ms;
    this.holdUntil = until;
    const update = this.owned ? this.main.updateSettings?.bind(this.main) : undefined;
    if (!update) return ms;
    // The SDK's own Bottleneck stops starting jobs outright (no burst when the hold ends).
    update({ reservoir: 0 });
    clearTimeout(this.holdTimer);
    this.holdTimer = setTimeout(() => {
      this.holdUntil = 0;
      update({ reservoir: null });
    }, ms);
    // Not unref'd: requests waiting for the hold must keep a script alive until they are sent.
    return ms;
  }
}

/** Rate-limit state shared per credential within the process. */
const registry = new Map<string, { deref(): CredentialRateLimiter | undefined }>();
// Created on first use, and only where the runtime has it: Cloudflare Workers before 2025-05 have
// neither `WeakRef` nor `FinalizationRegistry` (there, limiters are kept for the isolate's life).
let cleanup: FinalizationRegistry<string> | undefined;
const limiterIds = new WeakMap<object, number>();
let nextLimiterId = 0;

/** The options that make two limiters different, as a key. */
function signature(options: RateLimitOptions): string {
  let limiter: number | null = null;
  if (options.limiter) {
    limiter = limiterIds.get(options.limiter) ?? nextLimiterId++;
    limiterIds.set(options.limiter, limiter);
  }
  return JSON.stringify([
    options.requestsPerSecond ?? 10,
    options.maxConcurrent ?? 8,
    options.adaptive ?? true,
    limiter,
    options.routes?.map((r) => [r.method, String(r.path), r.maxConcurrent, r.requestsPerSecond]) ?? null,
  ]);
}

/**
 * The limiter for `key` (base URL + credential fingerprint) and these options: clients of the same
 * credential with the same settings (or the same caller-supplied limiter) share one, route limits
 * included. Created on first use and dropped once no client holds it, so a multi-tenant process
 * does not accumulate limiters.
 */
export function limiterFor(key: string, options: RateLimitOptions): CredentialRateLimiter {
  const id = `${key}|${signature(options)}`;
  const existing = registry.get(id)?.deref();
  if (existing) return existing;
  const limiter = new CredentialRateLimiter(options);
  registry.set(id, typeof WeakRef === 'function' ? new WeakRef(limiter) : { deref: () => limiter });
  if (typeof FinalizationRegistry === 'function') {
    cleanup ??= new FinalizationRegistry<string>((key) => {
      if (registry.get(key)?.deref() === undefined) registry.delete(key);
    });
    cleanup.register(limiter, id);
  }
  return limiter;
}
