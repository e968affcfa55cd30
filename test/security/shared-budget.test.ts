import { describe, expect, it } from 'vitest';
import { type RateLimitOptions, SmartRecruitersClient } from '../../src/index.js';
import { createFakeSmartRecruiters } from '../../src/testing/index.js';
import { maxInWindow } from './hostile.js';

describe('one credential, one budget', () => {
  const cases: Array<[string, RateLimitOptions]> = [
    ['requestsPerSecond: 20', { requestsPerSecond: 20 }],
    ['adaptive: false', { adaptive: false }],
    ['maxConcurrent: 16 and no route limits', { maxConcurrent: 16, routes: [] }],
  ];
  for (const [name, options] of cases) {
    it(`a client with ${name} shares the strictest limits with the other clients of its credential`, async () => {
      const fake = await createFakeSmartRecruiters({ seed: 1 });
      try {
        const starts: number[] = [];
        const common = {
          apiKey: fake.apiKey,
          baseUrl: fake.url,
          logLevel: 'off' as const,
          hooks: { request: () => starts.push(performance.now()) },
        };
        const strict = new SmartRecruitersClient(common);
        const loose = new SmartRecruitersClient({ ...common, rateLimit: options });
        await Promise.all([
          ...Array.from({ length: 12 }, () => strict.get('/candidates', { query: { limit: 1 } })),
          ...Array.from({ length: 12 }, () => loose.get('/candidates', { query: { limit: 1 } })),
        ]);
        // Both clients' starts together keep SR's 10 per second and 1 GET /candidates in flight.
        expect(maxInWindow(starts, 1000)).toBeLessThanOrEqual(10);
        expect(fake.requests.maxConcurrent({ route: 'GET /candidates' })).toBe(1);
        expect(fake.requests.entries).toHaveLength(24);
      } finally {
        await fake.close();
      }
    });
  }
});
