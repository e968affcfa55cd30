import { ValidationError } from '../core/errors.js';
import { isWellFormed } from './path.js';

/** A query value: scalars, dates, or arrays of them (sent repeated: `status=NEW&status=LEAD`). */
export type QueryScalar = string | number | boolean | Date;
/** A query parameter's value: a scalar, an array (sent repeated), or `null`/`undefined` (left out). */
export type QueryValue = QueryScalar | readonly QueryScalar[] | null | undefined;
/** Query parameters by name; arrays are sent repeated, dates as ISO 8601, `null` and `undefined` left out. */
export type QueryParams = Readonly<Record<string, QueryValue>>;

function scalar(key: string, value: unknown): string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) {
      throw new ValidationError('Invalid query', [{ path: ['query', key], message: 'is an invalid Date' }]);
    }
    return value.toISOString();
  }
  if (typeof value === 'string') {
    if (!isWellFormed(value)) {
      throw new ValidationError('Invalid query', [
        { path: ['query', key], message: 'is not well-formed Unicode' },
      ]);
    }
    return value;
  }
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  throw new ValidationError('Invalid query', [
    { path: ['query', key], message: 'must be a string, finite number, boolean, Date or an array of them' },
  ]);
}

/**
 * Serialises query parameters the way SmartRecruiters expects: arrays repeated, `undefined` and
 * `null` left out, dates as ISO-8601.
 */
export function toSearchParams(
  query: QueryParams | undefined,
  into = new URLSearchParams(),
): URLSearchParams {
  if (query === undefined || query === null) return into;
  if (typeof query !== 'object' || Array.isArray(query)) {
    throw new ValidationError('Invalid query', [
      { path: ['query'], message: 'must be an object of parameters' },
    ]);
  }
  for (const [key, value] of Object.entries(query)) {
    if (!isWellFormed(key)) {
      throw new ValidationError('Invalid query', [
        { path: ['query'], message: 'has a name that is not well-formed Unicode' },
      ]);
    }
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      for (const item of value) into.append(key, scalar(key, item));
    } else {
      into.append(key, scalar(key, value));
    }
  }
  return into;
}
