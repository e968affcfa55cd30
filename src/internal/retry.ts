import { APIError, ConnectionError, parseRetryAfter, RateLimitError, TimeoutError } from '../core/errors.js';

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
): number {
  // A 429 or a 503 may say when to come back.
  const retryAfter = error instanceof APIError ? parseRetryAfter(error.headers['retry-after']) : undefined;
  if (retryAfter !== undefined) return retryAfter;
  const exponential = Math.min(backoff.maxDelayMs, backoff.initialDelayMs * 2 ** (retry - 1));
  const jittered = Math.round(exponential / 2 + (random() * exponential) / 2);
  return error instanceof RateLimitError ? Math.max(MIN_RATE_LIMIT_DELAY_MS, jittered) : jittered;
}
