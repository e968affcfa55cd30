import { describe, expect, it } from 'vitest';
import { mapConcurrent } from '../../src/internal/concurrency.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapConcurrent', () => {
  it('keeps the order and never has more than `limit` calls in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const out = await mapConcurrent([5, 1, 4, 2, 3, 6, 7], 3, async (n) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await tick(n * 3);
      inFlight--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 60, 70]);
    expect(peak).toBe(3);
  });

  it('starts no new call after a failure', async () => {
    const started: number[] = [];
    const run = mapConcurrent(
      Array.from({ length: 50 }, (_, i) => i),
      4,
      async (n) => {
        started.push(n);
        if (n === 1) throw new Error('boom');
        await tick(5);
        return n;
      },
    );
    await expect(run).rejects.toThrow('boom');
    await tick(100);
    expect(started.length).toBeLessThanOrEqual(4);
  });
});
