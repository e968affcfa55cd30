import { ValidationError } from '../core/errors.js';

/** Checks an id argument before any request: a non-empty string. */
export function requireId(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ValidationError(`Invalid ${name}`, [{ path: [name], message: 'must be a non-empty string' }]);
  }
  return value;
}
