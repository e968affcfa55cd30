/**
 * SR's limits (https://developers.smartrecruiters.com/docs/rate-limiting), per credential ("each
 * distinct API credential is an API user"): 10 requests in any 1 s sliding window, 8 requests in
 * flight, 1 in-flight `GET /candidates` (the list only), 2 requests/s on `POST`/`DELETE
 * /jobs/{jobId}/publication` and `GET /offers/{offerId}/documents/{documentId}`. Over a limit: 429
 * in SR's error shape.
 *
 * Choices where SR is silent (UNCONFIRMED, each an option):
 * - A 429-rejected request does not count against the window (`countRejected: false`), so a
 *   client that backs off recovers as soon as the window slides.
 * - No `Retry-After` on 429 (`retryAfter: false`): SR documents none.
 * - The `X-RateLimit-*` headers describe the most restrictive bucket that applies to the route
 *   (e.g. `X-RateLimit-Concurrent-Limit: 1` on `GET /candidates`, `X-RateLimit-Limit: 2` on the
 *   publication endpoints); `Remaining` counts this request.
 * - Per-route buckets are per method + path template, shared by all ids (`POST` and `DELETE`
 *   publication are separate buckets).
 */

/** Extra limits for one route. */
export interface RouteLimit {
  /** Requests per window for this route (on top of the global window). */
  requestsPerSecond?: number;
  /** Requests in flight for this route (on top of the global limit). */
  concurrent?: number;
}

/** `rateLimits` option. Every field is optional; defaults are SR's documented values. */
export interface RateLimitOptions {
  /** Requests per credential in any sliding window. Default 10. */
  requestsPerSecond?: number;
  /** Requests per credential in flight at once. Default 8. */
  concurrent?: number;
  /** Length of the sliding window in ms. Default 1000. */
  windowMs?: number;
  /**
   * Per-route limits keyed `'METHOD /path/{template}'`, merged over the defaults
   * (`DEFAULT_ROUTE_LIMITS`). Set a key to `{}` to lift a default.
   */
  routes?: Record<string, RouteLimit>;
  /** Send `Retry-After` (seconds) on 429. Default false (SR documents none; UNCONFIRMED). */
  retryAfter?: boolean;
  /** Count 429-rejected requests against the sliding window. Default false (UNCONFIRMED). */
  countRejected?: boolean;
}

/** SR's per-route limits (https://developers.smartrecruiters.com/docs/rate-limiting). */
export const DEFAULT_ROUTE_LIMITS: Readonly<Record<string, RouteLimit>> = {
  'GET /candidates': { concurrent: 1 },
  'POST /jobs/{jobId}/publication': { requestsPerSecond: 2 },
  'DELETE /jobs/{jobId}/publication': { requestsPerSecond: 2 },
  'GET /offers/{offerId}/documents/{documentId}': { requestsPerSecond: 2 },
};

/** The limits a `FakeRateLimiter` enforces, every option filled in. */
export interface ResolvedLimits {
  /** Whether requests over a limit get 429 (`rateLimits: false` turns it off; the headers are still sent). */
  enforce: boolean;
  /** Requests per credential in any sliding window. */
  requestsPerSecond: number;
  /** Requests per credential in flight at once. */
  concurrent: number;
  /** Length of the sliding window in ms. */
  windowMs: number;
  /** Per-route limits keyed `'METHOD /path/{template}'`, the defaults merged in. */
  routes: Record<string, RouteLimit>;
  /** Whether a 429 carries `Retry-After`. */
  retryAfter: boolean;
  /** Whether 429-rejected requests count against the window. */
  countRejected: boolean;
}

interface Window {
  limit: number;
  arrivals: number[];
}

interface Gauge {
  limit: number;
  inFlight: number;
}

/** Outcome of `FakeRateLimiter.acquire()`. */
export type Acquisition =
  | {
      /** The request may go on. */
      ok: true;
      /** The `X-RateLimit-*` headers to answer with. */
      headers: Record<string, string>;
      /** Ends the request's in-flight count: call it once the response is complete. */
      release: () => void;
    }
  | {
      /** The request is over a limit: answer 429. */
      ok: false;
      /** The `X-RateLimit-*` (and `Retry-After`) headers to answer with. */
      headers: Record<string, string>;
      /** Which limit: the window's (`rate`) or the in-flight one (`concurrency`). */
      reason: 'rate' | 'concurrency';
      /** The 429's message. */
      message: string;
    };

/**
 * The fake server's side of SmartRecruiters' limits (`fake.rateLimiter`): tracks windows and
 * in-flight counts per credential and answers 429 beyond them. Not the SDK's client-side
 * `RateLimiter` (the `rateLimit` option of `smartrecruiters-sdk`).
 */
export class FakeRateLimiter {
  /** The limits enforced, every option filled in. */
  readonly limits: ResolvedLimits;
  private readonly windows = new Map<string, Window>();
  private readonly gauges = new Map<string, Gauge>();

  constructor(options: RateLimitOptions | false | undefined) {
    const o = options === false ? {} : (options ?? {});
    this.limits = {
      enforce: options !== false,
      requestsPerSecond: o.requestsPerSecond ?? 10,
      concurrent: o.concurrent ?? 8,
      windowMs: o.windowMs ?? 1000,
      routes: { ...DEFAULT_ROUTE_LIMITS, ...(o.routes ?? {}) },
      retryAfter: o.retryAfter ?? false,
      countRejected: o.countRejected ?? false,
    };
  }

  private window(key: string, limit: number): Window {
    let w = this.windows.get(key);
    if (!w) {
      w = { limit, arrivals: [] };
      this.windows.set(key, w);
    }
    return w;
  }

  private gauge(key: string, limit: number): Gauge {
    let g = this.gauges.get(key);
    if (!g) {
      g = { limit, inFlight: 0 };
      this.gauges.set(key, g);
    }
    return g;
  }

  private buckets(
    credentialId: string,
    routeKey: string | undefined,
  ): { windows: Window[]; gauges: Gauge[] } {
    const windows = [this.window(`${credentialId}|*`, this.limits.requestsPerSecond)];
    const gauges = [this.gauge(`${credentialId}|*`, this.limits.concurrent)];
    const route = routeKey ? this.limits.routes[routeKey] : undefined;
    if (route?.requestsPerSecond !== undefined)
      windows.push(this.window(`${credentialId}|${routeKey}`, route.requestsPerSecond));
    if (route?.concurrent !== undefined)
      gauges.push(this.gauge(`${credentialId}|${routeKey}`, route.concurrent));
    return { windows, gauges };
  }

  private prune(w: Window, at: number): void {
    const cutoff = at - this.limits.windowMs;
    // Arrivals can be slightly out of order (bodies are read concurrently), so check them all.
    if (w.arrivals.some((t) => t <= cutoff)) w.arrivals = w.arrivals.filter((t) => t > cutoff);
  }

  private headers(windows: Window[], gauges: Gauge[], retryAfter?: number): Record<string, string> {
    const pickWindow = windows
      .map((w) => ({ limit: w.limit, remaining: Math.max(0, w.limit - w.arrivals.length) }))
      .sort((a, b) => a.remaining - b.remaining || a.limit - b.limit)[0];
    const pickGauge = gauges
      .map((g) => ({ limit: g.limit, remaining: Math.max(0, g.limit - g.inFlight) }))
      .sort((a, b) => a.remaining - b.remaining || a.limit - b.limit)[0];
    const headers: Record<string, string> = {
      'x-ratelimit-limit': String(pickWindow?.limit ?? this.limits.requestsPerSecond),
      'x-ratelimit-remaining': String(pickWindow?.remaining ?? this.limits.requestsPerSecond),
      'x-ratelimit-concurrent-limit': String(pickGauge?.limit ?? this.limits.concurrent),
      'x-ratelimit-concurrent-remaining': String(pickGauge?.remaining ?? this.limits.concurrent),
    };
    if (retryAfter !== undefined) headers['retry-after'] = String(retryAfter);
    return headers;
  }

  /**
   * Admits or rejects a request of `credentialId` on `routeKey` (`'GET /candidates'`) arriving at
   * `at` (Unix ms). On success call `release()` when the response is complete.
   */
  acquire(credentialId: string, routeKey: string | undefined, at: number): Acquisition {
    const { windows, gauges } = this.buckets(credentialId, routeKey);
    for (const w of windows) this.prune(w, at);
    const fullWindow = windows.find((w) => w.arrivals.length >= w.limit);
    const fullGauge = gauges.find((g) => g.inFlight >= g.limit);
    if (this.limits.enforce && (fullWindow || fullGauge)) {
      if (this.limits.countRejected) for (const w of windows) w.arrivals.push(at);
      let retryAfter: number | undefined;
      if (this.limits.retryAfter) {
        const oldest = fullWindow?.arrivals[fullWindow.arrivals.length - fullWindow.limit];
        retryAfter =
          fullWindow && oldest !== undefined
            ? Math.max(1, Math.ceil((oldest + this.limits.windowMs - at) / 1000))
            : 1;
      }
      const message = fullWindow
        ? `Rate limit exceeded: at most ${fullWindow.limit} requests per ${this.limits.windowMs} ms${windows.indexOf(fullWindow) > 0 ? ` on ${routeKey}` : ''}`
        : `Concurrency limit exceeded: at most ${fullGauge?.limit} concurrent requests${gauges.indexOf(fullGauge as Gauge) > 0 ? ` on ${routeKey}` : ''}`;
      return {
        ok: false,
        reason: fullWindow ? 'rate' : 'concurrency',
        message,
        headers: this.headers(windows, gauges, retryAfter),
      };
    }
    for (const w of windows) w.arrivals.push(at);
    for (const g of gauges) g.inFlight += 1;
    const headers = this.headers(windows, gauges);
    let released = false;
    return {
      ok: true,
      headers,
      release: () => {
        if (released) return;
        released = true;
        for (const g of gauges) g.inFlight -= 1;
      },
    };
  }

  /** Current header values without counting a request (for 401s and token-endpoint answers). */
  peek(credentialId: string | undefined, routeKey: string | undefined, at: number): Record<string, string> {
    if (!credentialId) {
      return this.headers(
        [{ limit: this.limits.requestsPerSecond, arrivals: [] }],
        [{ limit: this.limits.concurrent, inFlight: 0 }],
      );
    }
    const { windows, gauges } = this.buckets(credentialId, routeKey);
    for (const w of windows) this.prune(w, at);
    return this.headers(windows, gauges);
  }

  /** Forgets every window and in-flight count. */
  reset(): void {
    this.windows.clear();
    this.gauges.clear();
  }
}

/**
 * @deprecated Renamed `FakeRateLimiter`: the root entry's `RateLimiter` is the SDK's client-side
 * limiter interface, an unrelated type.
 */
export const RateLimiter = FakeRateLimiter;
/** @deprecated Renamed `FakeRateLimiter`. */
export type RateLimiter = FakeRateLimiter;
