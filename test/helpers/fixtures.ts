import { readFileSync } from 'node:fs';
import { ValidationError } from '../../src/core/errors.js';

/** A documented SR payload from `test/fixtures/sr/<name>.json`. */
export function fixture(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../fixtures/sr/${name}.json`, import.meta.url), 'utf8'));
}

/** Runs `fn`, expecting a `ValidationError`, and returns it (any other outcome fails the test). */
export function thrown(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}
