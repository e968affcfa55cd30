/**
 * Validation of caller input: `parseInput` runs a strict schema and turns zod issues into the SDK's
 * `ValidationError`. `zod/mini` ships no locale (every message would read "Invalid input"), so a
 * small error map here writes readable messages without pulling in zod's locales. The SDK itself
 * validates with the schemas' compiled checks (`src/schemas/compiled/`), which report the same
 * issues with the same messages without loading zod.
 */
import type * as z from 'zod/mini';
import { ValidationError, type ValidationIssue } from '../../core/errors.js';
import type { Checker } from '../checks.js';

/** An issue as zod reports it, before `describeIssue` turns it into a message. */
export type RawIssue = z.core.$ZodRawIssue;

/** How a message names the kind of value received: `null`, `array`, `NaN` or its `typeof`. */
export function received(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  if (typeof input === 'number' && Number.isNaN(input)) return 'NaN';
  return typeof input;
}

function listValues(values: ReadonlyArray<unknown>): string {
  return values.map((value) => (typeof value === 'string' ? `'${value}'` : String(value))).join(', ');
}

function sizeMessage(issue: RawIssue & { code: 'too_small' | 'too_big' }): string {
  const small = issue.code === 'too_small';
  const limit = small ? issue.minimum : issue.maximum;
  const inclusive = issue.inclusive !== false;
  const origin = String(issue.origin);
  if (origin === 'string') return `must be ${small ? 'at least' : 'at most'} ${limit} character(s) long`;
  if (origin === 'array' || origin === 'set')
    return `must have ${small ? 'at least' : 'at most'} ${limit} item(s)`;
  if (origin === 'file') return `must be ${small ? 'at least' : 'at most'} ${limit} byte(s)`;
  const op = small ? (inclusive ? '>=' : '>') : inclusive ? '<=' : '<';
  return `must be ${op} ${limit}`;
}

/**
 * Error map used for caller input and for lenient SR validation: one readable sentence per issue
 * ("expected string, received number", "must be <= 100", "expected one of 'a', 'b'").
 */
export function describeIssue(issue: RawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `required (expected ${issue.expected})`
        : `expected ${issue.expected}, received ${received(issue.input)}`;
    case 'too_small':
    case 'too_big':
      return sizeMessage(issue);
    case 'invalid_value':
      return `expected ${issue.values.length === 1 ? '' : 'one of '}${listValues(issue.values)}`;
    case 'invalid_format':
      if (issue.format === 'email') return 'expected an email address';
      if (issue.format === 'datetime') return 'expected an ISO-8601 date-time with a time zone';
      if (issue.format === 'date') return 'expected an ISO-8601 date (YYYY-MM-DD)';
      if (issue.format === 'regex') return `does not match ${String(issue.pattern)}`;
      return `expected ${issue.format} format`;
    case 'unrecognized_keys':
      return `unknown field(s): ${issue.keys.join(', ')}`;
    case 'invalid_union': {
      const options = (issue as { options?: ReadonlyArray<unknown> }).options;
      if (issue.note === 'No matching discriminator' && options) {
        const value = (issue.input as Record<string, unknown> | undefined)?.[String(issue.discriminator)];
        const prefix = value === undefined ? 'required; ' : '';
        return `${prefix}expected one of ${listValues(options)}`;
      }
      // A value of the right kind for one option (a string for `string | string[]`) is best
      // explained by that option's own first issue.
      const branches = (issue as { errors?: ReadonlyArray<ReadonlyArray<z.core.$ZodIssue>> }).errors ?? [];
      const fitting = branches.find(
        (branch) =>
          branch.length > 0 &&
          !branch.some((inner) => inner.code === 'invalid_type' && inner.path.length === 0),
      );
      const first = fitting?.[0];
      if (first)
        return first.path.length > 0
          ? `${first.path.map(String).join('.')}: ${first.message}`
          : first.message;
      return 'does not match any allowed shape';
    }
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    case 'invalid_key':
      return 'invalid key';
    case 'invalid_element':
      return 'invalid element';
    default:
      return issue.message ?? 'invalid value';
  }
}

/** Converts zod issues to `ValidationIssue`s; an unknown-keys issue becomes one issue per key. */
export function toValidationIssues(
  issues: ReadonlyArray<{
    code: string;
    path: ReadonlyArray<PropertyKey>;
    message: string;
    keys?: readonly string[];
  }>,
  prefix: ReadonlyArray<string | number> = [],
): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path.map((key) => (typeof key === 'number' ? key : String(key)))];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys ?? [])
        out.push({ path: [...path, key], message: 'unknown field', code: issue.code });
    } else {
      out.push({ path, message: issue.message, code: issue.code });
    }
  }
  return out;
}

/**
 * Validates caller input with the compiled check of a strict schema (`src/schemas/compiled`) and
 * returns the parsed value.
 *
 * @param schema the compiled check of the input's schema (e.g. `CandidateCreateInputSchema`)
 * @param input what the caller passed
 * @param what a noun for the message, e.g. `'candidate create input'`
 * @throws ValidationError with one `{ path, message, code }` issue per problem
 * @hidden
 */
export function parseInput<T>(schema: Checker<T>, input: unknown, what: string): T;
/**
 * Validates caller input with a strict zod schema and returns the parsed value.
 *
 * @param schema the schema of the input (e.g. `CandidateCreateInputSchema`)
 * @param input what the caller passed
 * @param what a noun for the message, e.g. `'candidate create input'`
 * @throws ValidationError with one `{ path, message, code }` issue per problem
 */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown, what: string): z.output<S>;
export function parseInput(schema: z.ZodMiniType | Checker, input: unknown, what: string): unknown {
  if (isChecker(schema)) {
    if (schema.test(input)) return schema.output(input);
    throw new ValidationError(`Invalid ${what}`, toValidationIssues(schema.issues(input)));
  }
  const result = schema.safeParse(input, { error: describeIssue });
  if (result.success) return result.data;
  throw new ValidationError(`Invalid ${what}`, toValidationIssues(result.error.issues));
}

const isChecker = (schema: z.ZodMiniType | Checker): schema is Checker =>
  typeof (schema as Partial<Checker>).issues === 'function';
