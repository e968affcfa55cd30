/**
 * Loggers take a line's structured data in one of two orders: the message first
 * (`logger.info(message, data)`: console, winston, log4js, consola) or the data first
 * (`logger.info(data, message)`: pino, bunyan). The SDK writes message first; a data-first logger
 * is wrapped so the data arrives as fields, not as a stray argument it would drop.
 */
import { ValidationError } from '../core/errors.js';
import type { Logger } from './logger.js';

/**
 * How a logger takes a line's structured data: `message-first` (`info(message, data)`: console,
 * winston) or `object-first` (`info(data, message)`: pino, bunyan).
 */
export type LoggerStyle = 'message-first' | 'object-first';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
type Level = (typeof LEVELS)[number];

// Every pino logger (and child, and fastify's `request.log`) carries its serializers under this
// registered symbol: pino's own `pino.symbols.serializersSym`.
const PINO_SERIALIZERS = Symbol.for('pino.serializers');

/**
 * The style of `logger`: `object-first` for a pino logger (recognised by the
 * `Symbol.for('pino.serializers')` every pino logger carries, and its `child` and `bindings`
 * methods), `message-first` otherwise. Other data-first loggers (bunyan, wrappers of pino) are
 * not recognised: pass their style to `adaptLogger`.
 */
export function detectLoggerStyle(logger: object): LoggerStyle {
  const candidate = logger as { child?: unknown; bindings?: unknown };
  return PINO_SERIALIZERS in logger &&
    typeof candidate.child === 'function' &&
    typeof candidate.bindings === 'function'
    ? 'object-first'
    : 'message-first';
}

/**
 * A logger that takes `(message, data)`, as the SDK writes, from one of `style` (detected when
 * not given: see `detectLoggerStyle`). A message-first logger is returned as it is; a data-first
 * one is wrapped, so pino and bunyan receive the SDK's fields (`requestId`, `method`, `path`,
 * `status`, `durationMs`...) as fields of the line. The client and the Redis rate limiter apply it
 * to their `logger` option themselves; call it to state the style of a logger they would not
 * recognise.
 *
 * ```ts
 * const client = new SmartRecruitersClient({ logger: adaptLogger(bunyanLogger, 'object-first') });
 * ```
 */
export function adaptLogger<L extends Partial<Logger>>(
  logger: L,
  style?: LoggerStyle,
): Pick<Logger, keyof L & keyof Logger>;
export function adaptLogger(logger: Partial<Logger>, style?: LoggerStyle): Partial<Logger> {
  if (style !== undefined && style !== 'message-first' && style !== 'object-first') {
    throw new ValidationError('Invalid logger style', [
      { path: ['style'], message: "must be 'message-first' or 'object-first'" },
    ]);
  }
  return (style ?? detectLoggerStyle(logger)) === 'message-first' ? logger : dataFirst(logger);
}

/**
 * The logger the SDK writes to: `logger` as it is, or wrapped when it is a pino logger (what
 * `adaptLogger(logger)` gives, without the checks of an explicit style).
 */
export function sdkLogger<L extends Partial<Logger>>(logger: L): L {
  return detectLoggerStyle(logger) === 'message-first' ? logger : (dataFirst(logger) as L);
}

/** Wraps a data-first logger into the SDK's `(message, data)`: each level it has, called as a method. */
function dataFirst(logger: Partial<Logger>): Partial<Logger> {
  const target = logger as Record<Level, (...args: unknown[]) => unknown>;
  const adapted: Partial<Logger> = {};
  for (const level of LEVELS) {
    if (typeof logger[level] !== 'function') continue;
    // Called as methods: pino's read `this`.
    adapted[level] = (message, data) => {
      if (data === undefined) target[level](message);
      else target[level](data, message);
    };
  }
  return adapted;
}
