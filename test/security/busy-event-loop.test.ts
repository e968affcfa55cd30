import { describe, expect, it } from 'vitest';
import { SmartRecruitersClient } from '../../src/index.js';
import { createFakeSmartRecruiters } from '../../src/testing/index.js';

/** Blocks the event loop for `ms` (a synchronous task of the app: JSON work, a report). */
function busy(ms: number) {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

describe('the rate limiter counts the window SmartRecruiters counts', () => {
  it('a busy event loop does not bunch starts over 10 in a second (no 429)', async () => {
    const fake = await createFakeSmartRecruiters({ seed: 1 });
    const blocker = setInterval(() => busy(80), 300);
    try {
      const client = new SmartRecruitersClient({ apiKey: fake.apiKey, baseUrl: fake.url, logLevel: 'off' });
      await Promise.all(Array.from({ length: 45 }, () => client.get('/jobs', { query: { limit: 1 } })));
      const log = fake.requests.entries.filter((e) => e.path === '/jobs');
      expect(log.filter((e) => e.rateLimited)).toEqual([]);
      expect(fake.requests.maxRequestsInWindow(1000)).toBeLessThanOrEqual(10);
    } finally {
      clearInterval(blocker);
      await fake.close();
    }
  });
});
