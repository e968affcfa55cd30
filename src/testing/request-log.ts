/**
 * The log of every request the fake received, for assertions on client behaviour: arrival and
 * completion times (Unix ms, sub-millisecond precision), the credential label (never the secret),
 * the route template and the status. `maxRequestsInWindow()` and `maxConcurrent()` measure what a
 * client did against SR's limits.
 */

/** One received request. */
export interface RequestLogEntry {
  /** 1, 2, 3... in arrival order. */
  seq: number;
  /** Uppercase method. */
  method: string;
  /** Path without the query, e.g. `/candidates/0b3a.../jobs/5c1d...`. */
  path: string;
  /** Query parameters; repeated ones keep every value in order. */
  query: Record<string, string[]>;
  /**
   * Matched route, `'GET /candidates/{id}'` (also for documented operations the fake answers 501);
   * `null` for unknown routes.
   */
  route: string | null;
  /** When the request arrived, Unix ms with fractions (`performance.timeOrigin + performance.now()`). */
  receivedAt: number;
  /**
   * When the request left flight, Unix ms: its answer sent (node server: handed to the socket;
   * msw and `fake.fetch`: the response built) or its connection dropped. `null` while in flight.
   * The concurrency limiter counts the request until then.
   */
  completedAt: number | null;
  /** `completedAt - receivedAt`; `null` while in flight. */
  durationMs: number | null;
  /**
   * Credential label (`apiKey:default`, `oauth:<clientId>`, `oauth:<clientId>:<grantId>`); `null`
   * when unauthenticated. Never the secret.
   */
  credential: string | null;
  /** HTTP status answered; `null` while in flight or when the connection was dropped. */
  status: number | null;
  /** True when the fake's rate or concurrency limiter answered 429. */
  rateLimited: boolean;
  /** Id of the injected fault that changed the answer, if any. */
  faultId: number | null;
  /** True when a fault destroyed the connection instead of answering. */
  dropped: boolean;
}

/** Selects entries: every given field must match (route and path accept a RegExp). */
export interface RequestLogFilter {
  /** The HTTP method (any case). */
  method?: string;
  /** The matched route, `'GET /candidates/{id}'`, or a RegExp tested against it. */
  route?: string | RegExp;
  /** The request path, or a RegExp tested against it. */
  path?: string | RegExp;
  /** The credential label (`RequestLogEntry.credential`). */
  credential?: string;
  /** The response status. */
  status?: number;
  /** Only entries the limiter admitted (not 429 from the limiter). Default: all. */
  admitted?: boolean;
}

/** A filter of request-log entries as a function. */
export type RequestLogPredicate = (entry: RequestLogEntry) => boolean;

function toPredicate(filter: RequestLogFilter | RequestLogPredicate | undefined): RequestLogPredicate {
  if (!filter) return () => true;
  if (typeof filter === 'function') return filter;
  const test = (pattern: string | RegExp | undefined, value: string | null) =>
    pattern === undefined ||
    (value !== null && (typeof pattern === 'string' ? pattern === value : pattern.test(value)));
  return (e) =>
    (filter.method === undefined || filter.method.toUpperCase() === e.method) &&
    test(filter.route, e.route) &&
    test(filter.path, e.path) &&
    (filter.credential === undefined || filter.credential === e.credential) &&
    (filter.status === undefined || filter.status === e.status) &&
    (filter.admitted === undefined || filter.admitted === !e.rateLimited);
}

/** Append-only request log. Iterable; `entries` is live. */
export class RequestLog implements Iterable<RequestLogEntry> {
  /** Every entry in arrival order (live array; do not modify). */
  readonly entries: RequestLogEntry[] = [];
  private seq = 0;

  /** Number of entries. */
  get length(): number {
    return this.entries.length;
  }

  /** Iterates over the entries in arrival order. */
  [Symbol.iterator](): Iterator<RequestLogEntry> {
    return this.entries[Symbol.iterator]();
  }

  /** @internal Starts an entry. */
  start(
    init: Omit<
      RequestLogEntry,
      'seq' | 'completedAt' | 'durationMs' | 'status' | 'rateLimited' | 'faultId' | 'dropped'
    >,
  ): RequestLogEntry {
    const entry: RequestLogEntry = {
      seq: ++this.seq,
      ...init,
      completedAt: null,
      durationMs: null,
      status: null,
      rateLimited: false,
      faultId: null,
      dropped: false,
    };
    this.entries.push(entry);
    return entry;
  }

  /** A copy of the entries, optionally filtered. */
  all(filter?: RequestLogFilter | RequestLogPredicate): RequestLogEntry[] {
    return this.entries.filter(toPredicate(filter));
  }

  /** Entries matching a filter. */
  filter(filter: RequestLogFilter | RequestLogPredicate): RequestLogEntry[] {
    return this.all(filter);
  }

  /** The most recent entry (matching the filter). */
  last(filter?: RequestLogFilter | RequestLogPredicate): RequestLogEntry | undefined {
    return this.all(filter).at(-1);
  }

  /** Empties the log. */
  clear(): void {
    this.entries.length = 0;
  }

  /**
   * The largest number of matching requests whose arrival times fall in any window of `windowMs`
   * (half-open: `[t, t + windowMs)`). A client that honours SR's 10 req/s keeps this <= 10.
   */
  maxRequestsInWindow(windowMs = 1000, filter?: RequestLogFilter | RequestLogPredicate): number {
    const times = this.all(filter)
      .map((e) => e.receivedAt)
      .sort((a, b) => a - b);
    let max = 0;
    let start = 0;
    for (let end = 0; end < times.length; end++) {
      while ((times[end] as number) - (times[start] as number) >= windowMs) start++;
      max = Math.max(max, end - start + 1);
    }
    return max;
  }

  /**
   * The largest number of matching requests in flight at the same moment, from arrival and
   * completion times (a request completing at the instant another arrives does not overlap it).
   */
  maxConcurrent(filter?: RequestLogFilter | RequestLogPredicate): number {
    const events: Array<[number, number]> = [];
    for (const e of this.all(filter)) {
      events.push([e.receivedAt, 1]);
      events.push([e.completedAt ?? Number.POSITIVE_INFINITY, -1]);
    }
    events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let current = 0;
    let max = 0;
    for (const [, delta] of events) {
      current += delta;
      max = Math.max(max, current);
    }
    return max;
  }
}
