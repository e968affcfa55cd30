import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { ValidationError } from '../../src/core/errors.js';
import { describeIssue, parseInput, toValidationIssues } from '../../src/schemas/unified/parse-input.js';
import { thrown } from '../helpers/fixtures.js';

const Schema = z.strictObject({
  name: z.string().check(z.minLength(2), z.maxLength(3)),
  count: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
  ratio: z.optional(z.number().check(z.gt(0), z.lt(1))),
  kind: z.optional(z.enum(['a', 'b'])),
  one: z.optional(z.literal('x')),
  email: z.optional(z.email()),
  at: z.optional(z.iso.datetime({ offset: true })),
  day: z.optional(z.iso.date()),
  code: z.optional(z.string().check(z.regex(/^[A-Z]+$/))),
  tags: z.optional(z.array(z.string()).check(z.minLength(1), z.maxLength(2))),
  step: z.optional(z.number().check(z.multipleOf(5))),
  either: z.optional(z.union([z.number(), z.boolean()])),
});

describe('parseInput', () => {
  it('returns the parsed value', () => {
    expect(parseInput(Schema, { name: 'abc', count: 3 }, 'thing')).toEqual({ name: 'abc', count: 3 });
  });

  it('throws ValidationError with one readable issue per problem', () => {
    const error = thrown(() =>
      parseInput(
        Schema,
        {
          name: 'a',
          count: 101,
          ratio: 1,
          kind: 'c',
          one: 'y',
          email: 'x',
          at: '2026-01-01T00:00:00',
          day: '01/01/2026',
          code: 'abc',
          tags: [],
          step: 3,
          either: 'no',
          extra: 1,
          more: 2,
        },
        'thing',
      ),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.issues).toEqual([
      { path: ['name'], message: 'must be at least 2 character(s) long', code: 'too_small' },
      { path: ['count'], message: 'must be <= 100', code: 'too_big' },
      { path: ['ratio'], message: 'must be < 1', code: 'too_big' },
      { path: ['kind'], message: "expected one of 'a', 'b'", code: 'invalid_value' },
      { path: ['one'], message: "expected 'x'", code: 'invalid_value' },
      { path: ['email'], message: 'expected an email address', code: 'invalid_format' },
      { path: ['at'], message: 'expected an ISO-8601 date-time with a time zone', code: 'invalid_format' },
      { path: ['day'], message: 'expected an ISO-8601 date (YYYY-MM-DD)', code: 'invalid_format' },
      { path: ['code'], message: 'does not match /^[A-Z]+$/', code: 'invalid_format' },
      { path: ['tags'], message: 'must have at least 1 item(s)', code: 'too_small' },
      { path: ['step'], message: 'must be a multiple of 5', code: 'not_multiple_of' },
      { path: ['either'], message: 'does not match any allowed shape', code: 'invalid_union' },
      { path: ['extra'], message: 'unknown field', code: 'unrecognized_keys' },
      { path: ['more'], message: 'unknown field', code: 'unrecognized_keys' },
    ]);
    expect(error.message).toBe(
      "Invalid thing: name: must be at least 2 character(s) long; count: must be <= 100; ratio: must be < 1; kind: expected one of 'a', 'b'; one: expected 'x'",
    );
  });

  it('reports a missing required field and a wrong root type', () => {
    expect(thrown(() => parseInput(Schema, {}, 'thing')).issues).toEqual([
      { path: ['name'], message: 'required (expected string)', code: 'invalid_type' },
    ]);
    expect(thrown(() => parseInput(Schema, null, 'thing')).issues).toEqual([
      { path: [], message: 'expected object, received null', code: 'invalid_type' },
    ]);
    expect(thrown(() => parseInput(Schema, [], 'thing')).issues[0]?.message).toBe(
      'expected object, received array',
    );
  });

  it('explains a union by the option the value fits', () => {
    const schema = z.strictObject({ v: z.union([z.strictObject({ a: z.string() }), z.array(z.string())]) });
    expect(thrown(() => parseInput(schema, { v: { a: 1 } }, 'thing')).issues).toEqual([
      { path: ['v'], message: 'a: expected string, received number', code: 'invalid_union' },
    ]);
    expect(thrown(() => parseInput(schema, { v: '' }, 'thing')).issues).toEqual([
      { path: ['v'], message: 'does not match any allowed shape', code: 'invalid_union' },
    ]);
  });

  it('keeps schema-level messages and prefixes paths on demand', () => {
    const custom = z.string().check(z.minLength(3, 'too short, friend'));
    const result = custom.safeParse('a', { error: describeIssue });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(toValidationIssues(result.error.issues, ['params', 'id'])).toEqual([
        { path: ['params', 'id'], message: 'too short, friend', code: 'too_small' },
      ]);
    }
  });
});
