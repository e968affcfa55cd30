/**
 * Every wait on Redis is bounded: a connection that is down, a server that does not answer, a
 * closed client all end in a `RedisUnavailableError` within the given time, never a hang.
 */
import type { Redis } from 'ioredis';
import { errorOf, raceSignal } from '../internal/abort.js';
import { RedisUnavailableError } from './errors.js';

/** The part of an ioredis client the SDK uses for waiting on the connection. */
type Connection = Pick<Redis, 'status' | 'once' | 'off' | 'connect'>;

// One wait per connection, however many callers wait on it: two listeners, not two per caller.
const changes = new WeakMap<Connection, Promise<void>>();

/** Settles when `redis` becomes ready or is closed for good. */
function nextChange(redis: Connection): Promise<void> {
  let change = changes.get(redis);
  if (!change) {
    change = new Promise<void>((resolve) => {
      const done = () => {
        redis.off('ready', done);
        redis.off('end', done);
        changes.delete(redis);
        resolve();
      };
      redis.once('ready', done);
      redis.once('end', done);
    });
    changes.set(redis, change);
  }
  return change;
}

/**
 * Resolves `true` once `redis` is ready, `false` after `ms` without it or when the client was
 * closed. A lazy client (`lazyConnect`) is connected. `signal` aborts the wait with its error.
 */
export function whenReady(redis: Connection, ms: number, signal?: AbortSignal): Promise<boolean> {
  if (signal?.aborted) return Promise.reject(errorOf(signal));
  if (redis.status === 'ready') return Promise.resolve(true);
  if (redis.status === 'end') return Promise.resolve(false);
  if (redis.status === 'wait') redis.connect().catch(() => undefined);
  return within(
    nextChange(redis).then(() => redis.status === 'ready'),
    ms,
    () => false,
    signal,
  );
}

/**
 * Runs `command` once `redis` is ready, all of it within `ms`; a connection that stays down, a
 * command without answer or a command error is a `RedisUnavailableError` naming `operation`.
 * Commands are only sent on a ready connection, so none waits in the client's offline queue to
 * run later, after the caller has given up on it.
 */
export async function withRedis<T>(
  redis: Connection,
  operation: string,
  ms: number,
  command: () => Promise<T>,
  signal?: AbortSignal,
): Promise<T> {
  const started = performance.now();
  if (!(await whenReady(redis, ms, signal))) {
    const closed = redis.status === 'end';
    throw new RedisUnavailableError(
      operation,
      closed ? 'The Redis connection is closed' : `Redis is not reachable (waited ${ms} ms)`,
      { reason: closed ? 'closed' : 'unreachable' },
    );
  }
  const left = Math.max(1, ms - (performance.now() - started));
  const answer = command().catch((error: unknown) => {
    // A command lost with its connection is the connection's failure, not the command's.
    const reason = redis.status === 'ready' ? 'failed' : 'unreachable';
    throw new RedisUnavailableError(operation, 'The Redis command failed', {
      cause: redacted(error),
      reason,
    });
  });
  return within(
    answer,
    left,
    () => {
      throw new RedisUnavailableError(operation, `Redis did not answer within ${ms} ms`, {
        reason: 'timeout',
      });
    },
    signal,
  );
}

/**
 * How much later than asked a timer may fire before the wait counts as this process's pause
 * (SIGSTOP, a blocked event loop) rather than Redis's silence: at least this, or the wait itself.
 */
const PAUSE_MARGIN_MS = 250;

/**
 * What `promise` settles to, or what `onTimeout` gives after `ms` of this process running;
 * `signal` aborts the wait. A pause gives the wait `ms` again once, not again and again: an event
 * loop that stays blocked would otherwise keep a wait on a silent Redis from ever ending.
 */
function within<T>(promise: Promise<T>, ms: number, onTimeout: () => T, signal?: AbortSignal): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve, reject) => {
    const arm = (rearmed: boolean) => {
      const armedAt = performance.now();
      timer = setTimeout(() => {
        // Far later than asked: the process was paused, and Redis may not have had its time (a
        // command written to the socket only as the process resumed). It gets `ms` again, from now.
        if (!rearmed && performance.now() - armedAt > ms + Math.max(PAUSE_MARGIN_MS, ms)) {
          arm(true);
          return;
        }
        // After the answers already received are read: timers run before I/O, so an answer
        // that came just before the timer fired is not taken for a timeout.
        setImmediate(() => {
          try {
            resolve(onTimeout());
          } catch (error) {
            reject(error);
          }
        });
      }, ms);
    };
    arm(false);
  });
  return raceSignal(Promise.race([promise, timeout]), signal).finally(() => clearTimeout(timer));
}

/**
 * The client library's error with its name and message only: ioredis attaches the failed
 * command's arguments to its errors (`command.args`), and those may be a token.
 */
function redacted(error: unknown): Error {
  const copy = new Error(error instanceof Error ? error.message : 'Redis command failed');
  copy.name = error instanceof Error ? error.name : 'Error';
  return copy;
}
