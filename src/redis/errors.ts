import { SmartRecruitersError } from '../core/errors.js';

/**
 * Why Redis did not serve: `unreachable` (the connection is down), `timeout` (no answer in time),
 * `closed` (the client or the limiter was closed), `failed` (Redis answered with an error).
 */
export type RedisUnavailableReason = 'unreachable' | 'timeout' | 'closed' | 'failed';

/**
 * Redis did not answer in time, or the connection is down or closed: the request was not sent
 * (rate limiter) or the token store could not be read or written. Never retried by the SDK.
 * Carries what was being done (`operation`) and why (`reason`), never the Redis address, a key or
 * a token; the client library's own error, when there is one, is the `cause`.
 */
export class RedisUnavailableError extends SmartRecruitersError {
  /** Always `'RedisUnavailableError'` (the class's name). */
  declare name: string;
  protected static override readonly errorKind: string = 'RedisUnavailableError';
  /** What the SDK was doing: e.g. `rate limiter: acquire`, `token store: get`. */
  readonly operation: string;
  /** Why Redis did not serve. */
  readonly reason: RedisUnavailableReason;

  constructor(
    operation: string,
    message: string,
    options: { cause?: unknown; reason?: RedisUnavailableReason | undefined } = {},
  ) {
    super(`${message} (${operation})`, options.cause === undefined ? undefined : { cause: options.cause });
    this.operation = operation;
    this.reason = options.reason ?? 'failed';
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), operation: this.operation, reason: this.reason };
  }
}
