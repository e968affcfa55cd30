import { describe, expect, it } from 'vitest';
import { createFakeSmartRecruiters } from '../../src/testing/index.js';

describe('the fake server reads query keys as plain keys', () => {
  it('answers __proto__, constructor, toString and hasOwnProperty like any unknown parameter', async () => {
    const fake = await createFakeSmartRecruiters({ seed: 1 });
    try {
      for (const key of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) {
        const response = await fetch(`${fake.url}/jobs?${key}=1&${key}=2&limit=1`, {
          headers: { 'x-smarttoken': fake.apiKey },
        });
        expect(response.status, key).toBe(200);
        const entry = fake.requests.entries.at(-1)!;
        expect(Object.hasOwn(entry.query, key), key).toBe(true);
        expect(entry.query[key], key).toEqual(['1', '2']);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    } finally {
      await fake.close();
    }
  });
});
