import { describe, expect, it } from 'vitest';
import { Rng, secureRandomString } from '../../src/testing/random.js';

describe('Rng', () => {
  it('repeats the same sequence for the same seed and differs for another seed', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    const c = new Rng(43);
    const seqA = Array.from({ length: 20 }, () => a.nextUint32());
    const seqB = Array.from({ length: 20 }, () => b.nextUint32());
    const seqC = Array.from({ length: 20 }, () => c.nextUint32());
    expect(seqA).toEqual(seqB);
    expect(seqA).not.toEqual(seqC);
  });

  it('produces v4 UUIDs and hex strings of the requested length', () => {
    const rng = new Rng(7);
    for (let i = 0; i < 50; i++) {
      expect(rng.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(rng.hex(24)).toMatch(/^[0-9a-f]{24}$/);
    }
  });

  it('keeps int() within bounds and sample() distinct', () => {
    const rng = new Rng(1);
    const values = Array.from({ length: 500 }, () => rng.int(3, 6));
    expect(Math.min(...values)).toBe(3);
    expect(Math.max(...values)).toBe(6);
    const sample = rng.sample([1, 2, 3, 4, 5], 3);
    expect(new Set(sample).size).toBe(3);
    expect(rng.sample([1, 2], 5)).toHaveLength(2);
  });
});

describe('Rng.uuid', () => {
  it('formats 16 random bytes as a version 4 UUID, the same bytes as before', () => {
    const reference = (rng: Rng) => {
      const bytes = rng.bytes(16);
      bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
      bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
      const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    };
    const a = new Rng(42);
    const b = new Rng(42);
    for (let i = 0; i < 1000; i++) {
      const uuid = a.uuid();
      expect(uuid).toBe(reference(b));
      expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});

describe('secureRandomString', () => {
  it('returns alphanumeric strings of the requested length that do not repeat', () => {
    const a = secureRandomString(32);
    expect(a).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(secureRandomString(32)).not.toBe(a);
  });
});
