/**
 * Per-request instrumentation: what a tracer plugs into the client (`ClientOptions.telemetry`).
 * `smartrecruiters-sdk/otel` implements it with OpenTelemetry; the core itself depends on no
 * tracing library. Like the hooks, it receives redacted data only, and a method that throws is
 * logged and ignored: instrumentation never changes a request's outcome.
 */

/** What `Telemetry.start` knows about a logical request (all its attempts). */
export interface TelemetryRequest {
  /** The SDK's id of the request, stable across its retries (the `requestId` of its response or error). */
  requestId: string;
  /** HTTP method. */
  method: string;
  /** The path template, e.g. `/candidates/{id}`. */
  path: string;
  /**
   * The URL the request goes to, without user info, every query value replaced by `REDACTED`
   * (a query may hold an email or a name): `https://api.smartrecruiters.com/candidates?q=REDACTED`.
   */
  url: string;
  /** `false` for the OAuth token requests the SDK sends for its credential. */
  authenticated: boolean;
}

/** What the `attempt` method receives. */
export interface TelemetryAttempt {
  /** 1 for the first try. */
  attempt: number;
}

/** What the `response` method receives: one attempt's HTTP answer. */
export interface TelemetryResponse extends TelemetryAttempt {
  /** HTTP status. */
  status: number;
  /** Time from sending to the body read, in milliseconds. */
  durationMs: number;
  /** SmartRecruiters' own id of this answer, when it sent one. */
  srRequestId: string | undefined;
}

/** What the `retry` method receives, before the wait; `attempt` is the attempt that failed. */
export interface TelemetryRetry extends TelemetryAttempt {
  /** How long the SDK waits before the next attempt. */
  delayMs: number;
  /** The status that caused the retry, or `undefined` for a timeout or a connection error. */
  status: number | undefined;
  /** `status`, `timeout` or `connection`. */
  reason: 'status' | 'timeout' | 'connection';
}

/** What the `waited` method receives, after the wait. */
export interface TelemetryWait extends TelemetryAttempt {
  /**
   * `credential`: for an access token (obtained, refreshed, or being refreshed by another
   * request); `rate_limit`: for a place in the client's rate limiter (reported from 1 ms).
   */
  kind: 'credential' | 'rate_limit';
  /** How long the request waited, in milliseconds. */
  durationMs: number;
}

/** How a request ended. */
export interface TelemetryOutcome {
  /** The status of its last answer, when it got one (an `APIError`'s status on failure). */
  status: number | undefined;
  /** The error it failed with; `undefined` on success. */
  error: unknown;
  /** SmartRecruiters' own id of the last answer, when it sent one. */
  srRequestId: string | undefined;
}

/** The instrumentation of one request, returned by `Telemetry.start`. Every method is optional but `end`. */
export interface RequestTelemetry {
  /**
   * Headers to send with every attempt of an authenticated request (e.g. W3C `traceparent`), read
   * once. Sent to the base URL's origin only: never after a redirect to another origin, never to
   * the OAuth token endpoint. A caller's header of the same name wins.
   */
  readonly headers?: Readonly<Record<string, string>> | undefined;
  /** An attempt is sent (after its credential and the rate limiter). */
  attempt?(info: TelemetryAttempt): void;
  /** An attempt got an HTTP answer, whatever its status. */
  response?(info: TelemetryResponse): void;
  /** The SDK waits to retry. */
  retry?(info: TelemetryRetry): void;
  /** The request waited for its credential or the rate limiter. */
  waited?(info: TelemetryWait): void;
  /** The request ended (called once). */
  end(outcome: TelemetryOutcome): void;
}

/** Per-request instrumentation of a client: `openTelemetry()` from `smartrecruiters-sdk/otel`, or your own. */
export interface Telemetry {
  /**
   * Called once per request, before its first wait, in the caller's synchronous context (so a
   * tracer sees the active span); `undefined` leaves the request uninstrumented.
   */
  start(request: TelemetryRequest): RequestTelemetry | undefined;
}

/** The URL as `TelemetryRequest.url` gives it: no user info, every query value `REDACTED`. */
export function redactedUrl(url: string): string {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  parsed.hash = '';
  if (parsed.search !== '') {
    const redacted = new URLSearchParams();
    for (const key of parsed.searchParams.keys()) redacted.append(key, 'REDACTED');
    parsed.search = redacted.toString();
  }
  return parsed.toString();
}
