import { describe, expect, it } from 'vitest';
import { SmartRecruitersClient } from '../../src/index.js';
import { createFakeSmartRecruiters } from '../../src/testing/index.js';

describe('one credential, one budget', () => {
  for (const [name, options] of [
    ['requestsPerSecond: 20', { requestsPerSecond: 20 }],
    ['adaptive: false', { adaptive: false }],
    ['maxConcurrent: 16 and no route limits', { maxConcurrent: 16, routes: [] }],
  ] as const) {
    it(`a client with ${name} shares the strictest limits with the other clients of its credential`, async () => {
      const fake = await createFakeSmartRecruiters({ seed: 1 });
      try {
        const strict = new SmartRecruitersClient({ apiKey: fake.apiKey, baseUrl: fake.url, logLevel: 'off' });
        const loose = new SmartRecruitersClient({
          apiKey: fake.apiKey,
          baseUrl: fake.url,
          logLevel: 'off',
          rateLimit: options,
        });
        await Promise.all([
          ...Array.from({ length: 12 }, () => strict.get('/candidates', { query: { limit: 1 } })),
          ...Array.from({ length: 12 }, () => loose.get('/candidates', { query: { limit: 1 } })),
        ]);
        const limited = fake.requests.entries.filter((e) => e.rateLimited);
        expect(limited.map((e) => `${e.route} at ${Math.round(e.receivedAt)}`)).toEqual([]);
        expect(fake.requests.maxRequestsInWindow(1000)).toBeLessThanOrEqual(10);
        expect(fake.requests.maxConcurrent({ route: 'GET /candidates' })).toBe(1);
      } finally {
        await fake.close();
      }
    });
  }
});
