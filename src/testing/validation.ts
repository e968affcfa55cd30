/**
 * Input validation in SR's style: every problem is collected, then one answer lists them all in
 * `errors[]`: 400 by default, or the status the operation documents (422 for most of the
 * Interviews, Reviews and Webhooks APIs); each problem has SR's code where SR documents one
 * (`END_DATE_BEFORE_START_DATE`...), else `VALIDATION_ERROR` (the fake's own code).
 */
import { FakeHttpError } from './errors.js';
import { parseIsoDate } from './query.js';

/** Whether a value is a plain JSON object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// One `@`, no spaces, and a dot inside the domain (not its first or last character). The domain
// is checked by position, not by a pattern that would backtrack over its dots.
const EMAIL = /^[^\s@]+@([^\s@]+)$/;

function isEmail(value: string): boolean {
  const domain = EMAIL.exec(value)?.[1];
  return domain?.slice(1, -1).includes('.') === true;
}

/** Collects validation problems. */
export class Check {
  readonly problems: Array<{ code: string; message: string }> = [];

  /** Records a problem, with SR's error code for it when SR documents one. */
  fail(message: string, code = 'VALIDATION_ERROR'): void {
    this.problems.push({ code, message });
  }

  /** The body must be an object. */
  object(value: unknown, path: string): Record<string, unknown> | undefined {
    if (value === undefined || value === null) return undefined;
    if (!isObject(value)) {
      this.fail(`${path} must be an object`);
      return undefined;
    }
    return value;
  }

  /** A string field. */
  string(
    obj: Record<string, unknown>,
    key: string,
    path: string,
    options: { required?: boolean; email?: boolean; nullable?: boolean; maxLength?: number } = {},
  ): string | null | undefined {
    const value = obj[key];
    if (value === undefined || (value === null && !options.nullable)) {
      if (options.required) this.fail(`${path}${key} is required`);
      return undefined;
    }
    if (value === null) return null;
    if (typeof value !== 'string') {
      this.fail(`${path}${key} must be a string`);
      return undefined;
    }
    if (options.required && value.trim() === '') {
      this.fail(`${path}${key} must not be blank`);
      return undefined;
    }
    if (options.email && !isEmail(value)) this.fail(`${path}${key} must be a valid email address`);
    if (options.maxLength !== undefined && value.length > options.maxLength) {
      this.fail(`${path}${key} must be at most ${options.maxLength} characters`);
    }
    return value;
  }

  /** A boolean field. */
  boolean(obj: Record<string, unknown>, key: string, path: string): boolean | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') {
      this.fail(`${path}${key} must be a boolean`);
      return undefined;
    }
    return value;
  }

  /** A finite number field. */
  number(
    obj: Record<string, unknown>,
    key: string,
    path: string,
    options: { required?: boolean } = {},
  ): number | undefined {
    const value = obj[key];
    if (value === undefined || value === null) {
      if (options.required) this.fail(`${path}${key} is required`);
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.fail(`${path}${key} must be a number`);
      return undefined;
    }
    return value;
  }

  /** An ISO-8601 date-time field. */
  date(obj: Record<string, unknown>, key: string, path: string): string | undefined {
    const value = this.string(obj, key, path);
    if (typeof value !== 'string') return undefined;
    if (parseIsoDate(value) === undefined) {
      this.fail(`${path}${key} must be an ISO-8601 date-time`);
      return undefined;
    }
    return value;
  }

  /** An enum field. */
  enumValue<T extends string>(
    obj: Record<string, unknown>,
    key: string,
    allowed: readonly T[],
    path: string,
    options: { required?: boolean } = {},
  ): T | undefined {
    const value = this.string(obj, key, path, options);
    if (typeof value !== 'string') return undefined;
    if (!(allowed as readonly string[]).includes(value)) {
      this.fail(`${path}${key} must be one of ${allowed.join(', ')}`);
      return undefined;
    }
    return value as T;
  }

  /** An array of strings. */
  stringArray(obj: Record<string, unknown>, key: string, path: string): string[] | undefined {
    const value = obj[key];
    if (value === undefined || value === null) return undefined;
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) {
      this.fail(`${path}${key} must be an array of strings`);
      return undefined;
    }
    return value as string[];
  }

  /** Throws one answer (`status`, default 400) listing every problem, if any. */
  done(status = 400): void {
    if (this.problems.length > 0) {
      throw new FakeHttpError(status, {
        message: `Validation failed: ${this.problems.map((p) => p.message).join('; ')}`,
        errors: this.problems.map((p) => ({ code: p.code, message: p.message })),
      });
    }
  }
}
