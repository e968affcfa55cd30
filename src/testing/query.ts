/**
 * Query-string reading. SR sends arrays as repeated parameters (`status=NEW&status=LEAD`); the
 * `name[]=` spelling is accepted too. Enum and number parameters are validated: a bad value is a 400.
 */
import { badRequest } from './errors.js';

/** Read-only access to the query with SR's validation rules. */
export class Query {
  /** The query string's parameters, as received. */
  readonly params: URLSearchParams;

  constructor(params: URLSearchParams) {
    this.params = params;
  }

  /** The single value of `name`, or `undefined`. Empty strings count as absent. */
  get(name: string): string | undefined {
    const value = this.params.get(name) ?? this.params.get(`${name}[]`);
    return value === null || value === '' ? undefined : value;
  }

  /** Every value of a repeated parameter (comma-separated values are not split). */
  getAll(name: string): string[] {
    return [...this.params.getAll(name), ...this.params.getAll(`${name}[]`)].filter((v) => v !== '');
  }

  /** Whether the parameter appears at all. */
  has(name: string): boolean {
    return this.params.has(name) || this.params.has(`${name}[]`);
  }

  /** An integer parameter within [min, max]; 400 otherwise. */
  int(name: string, options: { default: number; min: number; max: number }): number {
    const raw = this.get(name);
    if (raw === undefined) return options.default;
    if (!/^-?\d+$/.test(raw))
      throw badRequest(`Query parameter '${name}' must be an integer`, 'INVALID_PARAMETER');
    const value = Number(raw);
    if (value < options.min || value > options.max) {
      throw badRequest(
        `Query parameter '${name}' must be between ${options.min} and ${options.max}`,
        'INVALID_PARAMETER',
      );
    }
    return value;
  }

  /** `limit` with SR's bounds (1..max). */
  limit(defaultValue: number, max = 100): number {
    return this.int('limit', { default: defaultValue, min: 1, max });
  }

  /** An enum parameter (single value); 400 for a value outside `allowed`. */
  enumValue<T extends string>(name: string, allowed: readonly T[]): T | undefined {
    const raw = this.get(name);
    if (raw === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(raw)) {
      throw badRequest(`Query parameter '${name}' must be one of ${allowed.join(', ')}`, 'INVALID_PARAMETER');
    }
    return raw as T;
  }

  /** Every value of a repeated enum parameter; 400 for any value outside `allowed`. */
  enumValues<T extends string>(name: string, allowed: readonly T[]): T[] {
    const values = this.getAll(name);
    for (const value of values) {
      if (!(allowed as readonly string[]).includes(value)) {
        throw badRequest(
          `Query parameter '${name}' has an invalid value '${value}'; allowed: ${allowed.join(', ')}`,
          'INVALID_PARAMETER',
        );
      }
    }
    return values as T[];
  }

  /** An ISO-8601 timestamp parameter as Unix ms; 400 when unparseable. */
  date(name: string): number | undefined {
    const raw = this.get(name);
    if (raw === undefined) return undefined;
    const ms = parseIsoDate(raw);
    if (ms === undefined) {
      throw badRequest(`Query parameter '${name}' must be an ISO-8601 date-time`, 'INVALID_PARAMETER');
    }
    return ms;
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Parses an ISO-8601 date or date-time; `undefined` when it is not one. */
export function parseIsoDate(value: string): number | undefined {
  if (!ISO_DATE.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}
