import { describe, expect, it } from 'vitest';
import * as real from 'zod/mini';
import * as z from '../../src/schemas/zod.js';

describe('schemas built on first use', () => {
  it('builds a schema only when something reads it, then once', () => {
    let builds = 0;
    const schema = z.lazySchema(() => {
      builds++;
      return real.looseObject({ id: real.string() });
    });
    expect(builds).toBe(0);
    expect(z.safeParse(schema, { id: 'a', extra: 1 })).toEqual({
      success: true,
      data: { id: 'a', extra: 1 },
    });
    expect(schema.safeParse({ id: 1 }).success).toBe(false);
    expect(builds).toBe(1);
  });

  it('defers every factory the schemas use, and a check chained on a deferred schema', () => {
    let built = false;
    const inner = z.lazySchema(() => {
      built = true;
      return real.string();
    });
    const schema = z.looseObject({ name: z.nullish(inner), tags: z.array(z.string()).check(z.minLength(1)) });
    expect(built).toBe(false);
    expect(z.safeParse(schema, { name: 'x', tags: ['a'] }).success).toBe(true);
    expect(z.safeParse(schema, { tags: [] }).success).toBe(false);
    expect(built).toBe(true);
  });

  it('is the schema in every respect: instanceof, shape, extend, types', () => {
    const base = z.looseObject({ id: z.string() });
    expect(base).toBeInstanceOf(real.ZodMiniObject);
    expect(Object.keys(base.shape)).toEqual(['id']);
    const extended = real.extend(base, { count: real.number() });
    expect(z.safeParse(extended, { id: 'a', count: 1 }).success).toBe(true);
    expect(z.safeParse(extended, { id: 'a' }).success).toBe(false);
    const value: z.infer<typeof extended> = { id: 'a', count: 1 };
    expect(value.count).toBe(1);
    const status = z.enum(['open', 'closed']);
    expect(z.safeParse(status, 'open').success).toBe(true);
    expect(z.safeParse(z.iso.datetime({ offset: true }), '2026-01-01T00:00:00Z').success).toBe(true);
  });
});
