import { describe, expect, it } from 'vitest';
import { SmartRecruitersClient } from '../../src/index.js';
import { createFakeSmartRecruiters } from '../../src/testing/index.js';
import { maxInWindow } from './hostile.js';

/** Blocks the event loop for `ms` (a synchronous task of the app: JSON work, a report). */
function busy(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

describe('the rate limiter counts the window SmartRecruiters counts', () => {
  it('a busy event loop does not bunch starts over 10 in a second', async () => {
    const fake = await createFakeSmartRecruiters({ seed: 1 });
    const blocker = setInterval(() => busy(80), 300);
    try {
      // Starts as the client makes them: the `request` hook runs as each request leaves the limiter.
      const starts: number[] = [];
      const client = new SmartRecruitersClient({
        apiKey: fake.apiKey,
        baseUrl: fake.url,
        logLevel: 'off',
        hooks: { request: () => starts.push(performance.now()) },
      });
      await Promise.all(Array.from({ length: 45 }, () => client.get('/jobs', { query: { limit: 1 } })));
      expect(maxInWindow(starts, 1000)).toBeLessThanOrEqual(10);
      // (Arrivals at SR lag starts by a few ms; the limiter's window is 4% longer than SR's to
      // absorb that. `bench/limiter.ts` prints the 429s SR's limits give on the fake server.)
      expect(fake.requests.entries.filter((e) => e.path === '/jobs')).toHaveLength(45);
    } finally {
      clearInterval(blocker);
      await fake.close();
    }
  });
});
