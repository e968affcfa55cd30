/**
 * The retry policy stage: what may be retried (429 always; 5xx, timeouts and connection errors
 * when the request is idempotent), how long to wait (`Retry-After`, else exponential backoff with
 * jitter), and the loop that retries within the request's deadline.
 */
import {
  APIError,
  ConnectionError,
  parseRetryAfter,
  RateLimitError,
  RedirectError,
  TimeoutError,
} from '../core/errors.js';
import { sleep } from './abort.js';

/** Methods that can be repeated without changing the result (RFC 9110 §9.2.2). */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

/** Statuses worth retrying on an idempotent request: gateway and availability failures. */
const RETRYABLE_STATUSES = new Set([502, 503, 504]);

/** Whether the request may be sent again after an ambiguous failure. */
export function isIdempotent(method: string, optIn: boolean | undefined): boolean {
  return optIn ?? IDEMPOTENT_METHODS.has(method);
}

/**
 * Whether `error` may be retried. A 429 is always safe: SmartRecruiters refused the request
 * without processing it. A 5xx or a timeout may have been processed, so only idempotent requests
 * are retried. A connection error is retried when the request is idempotent or was never sent.
 */
export function isRetryable(error: unknown, idempotent: boolean): boolean {
  if (error instanceof RateLimitError) return true;
  if (error instanceof APIError) return idempotent && RETRYABLE_STATUSES.has(error.status);
  if (error instanceof RedirectError) return false;
  if (error instanceof TimeoutError) return idempotent;
  if (error instanceof ConnectionError) return idempotent || !requestWasSent(error);
  return false;
}

// Failures that happen before a byte of the request reaches the server (undici's and Node's codes).
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

function requestWasSent(error: ConnectionError): boolean {
  let cause: unknown = error.cause;
  for (let depth = 0; depth < 4 && cause && typeof cause === 'object'; depth++) {
    const code = (cause as { code?: unknown }).code;
    if (typeof code === 'string' && NOT_SENT_CODES.has(code)) return false;
    cause = (cause as { cause?: unknown }).cause;
  }
  return true;
}

/** Backoff settings. */
export interface BackoffOptions {
  /** First delay before jitter. Default 500 ms. */
  initialDelayMs: number;
  /** Largest computed delay. Default 8 000 ms. */
  maxDelayMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { initialDelayMs: 500, maxDelayMs: 8_000 };

// SmartRecruiters counts requests per second: a 429 without Retry-After waits at least a window.
const MIN_RATE_LIMIT_DELAY_MS = 1_000;

/**
 * Delay before retry number `retry` (1-based): `Retry-After` when the server gave one (on a 429
 * or a 503), otherwise
 * exponential backoff with jitter (a random delay between half and all of the exponential value).
 */
export function retryDelay(
  retry: number,
  error: unknown,
  backoff: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
  now: number = Date.now(),
): number {
  // A 429 or a 503 may say when to come back; 0 (a date in the past) says nothing useful.
  const retryAfter =
    error instanceof APIError ? parseRetryAfter(error.headers['retry-after'], now) : undefined;
  if (retryAfter !== undefined && retryAfter > 0) return retryAfter;
  const jittered = backoffDelay(retry, backoff, random);
  return error instanceof RateLimitError ? Math.max(MIN_RATE_LIMIT_DELAY_MS, jittered) : jittered;
}

/**
 * Exponential backoff with jitter for wait number `n` (1-based): a random delay between half and
 * all of `initialDelayMs * 2^(n-1)`, capped at `maxDelayMs`.
 */
export function backoffDelay(n: number, backoff: BackoffOptions, random: () => number = Math.random): number {
  const exponential = Math.min(backoff.maxDelayMs, backoff.initialDelayMs * 2 ** (n - 1));
  return Math.round(exponential / 2 + (random() * exponential) / 2);
}

/** How `withRetries` retries. */
export interface RetryLoopOptions {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** A longer wait (`Retry-After`) gives up at once. */
  maxRetryDelayMs: number;
  /** `performance.now()` time after which no retry is started. */
  deadline: number;
  /** Whether a failed attempt may have been processed and still be repeated. */
  idempotent: boolean;
  /** Aborts waits between attempts (the caller's signal and the request's deadline). */
  signal: AbortSignal | undefined;
  /** Errors that are final whatever their class (a failed token refresh has retried already). */
  isFinal: (error: unknown) => boolean;
  /** Told before each wait; `attempt` is the attempt that failed. */
  onRetry: (info: { error: unknown; attempt: number; delayMs: number }) => void;
  /** Waits between attempts (the client's clock). Default: a timer. */
  sleep?: ((ms: number, signal: AbortSignal | undefined) => Promise<void>) | undefined;
  /** Wall time in Unix ms, for `Retry-After` dates (the client's clock). Default `Date.now`. */
  now?: (() => number) | undefined;
}

/**
 * Runs `attempt` (1, 2, 3...) until it succeeds, fails with an error that may not be retried, or
 * the retries, the deadline or `maxRetryDelayMs` say stop; rejects with the last error (or the
 * signal's, when it aborts a wait).
 */
export async function withRetries<T>(
  attempt: (attemptNumber: number) => Promise<T>,
  options: RetryLoopOptions,
): Promise<T> {
  for (let attemptNumber = 1; ; attemptNumber++) {
    try {
      return await attempt(attemptNumber);
    } catch (error) {
      // `attemptNumber - 1` retries so far.
      if (
        attemptNumber > options.maxRetries ||
        options.isFinal(error) ||
        !isRetryable(error, options.idempotent)
      )
        throw error;
      const now = (options.now ?? Date.now)();
      const delayMs = retryDelay(attemptNumber, error, DEFAULT_BACKOFF, Math.random, now);
      if (delayMs > options.maxRetryDelayMs || performance.now() + delayMs >= options.deadline) throw error;
      options.onRetry({ error, attempt: attemptNumber, delayMs });
      await (options.sleep ?? sleep)(delayMs, options.signal);
    }
  }
}
