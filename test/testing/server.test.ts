import { describe, expect, it } from 'vitest';
import { createFakeSmartRecruiters } from '../../src/testing/index.js';

describe('createFakeSmartRecruiters (node:http)', () => {
  it('listens on 127.0.0.1 on a free port and uses its own origin in actions', async () => {
    const fake = await createFakeSmartRecruiters({ counts: { candidates: 3 } });
    try {
      expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(fake.port).toBeGreaterThan(0);
      expect(fake.baseUrl).toBe(fake.url);
      const r = await fetch(`${fake.url}/candidates`, { headers: { 'X-SmartToken': fake.apiKey } });
      const body = (await r.json()) as { content: Array<{ actions: { details: { url: string } } }> };
      expect(body.content[0]!.actions.details.url.startsWith(`${fake.url}/candidates/`)).toBe(true);
      expect(r.headers.get('content-length')).toMatch(/^\d+$/);
    } finally {
      await fake.close();
    }
    await expect(fetch(`${fake.url}/jobs`)).rejects.toThrow();
  });

  it('closes even with open keep-alive connections and stops webhook deliveries', async () => {
    const fake = await createFakeSmartRecruiters();
    await fetch(`${fake.url}/jobs`, { headers: { 'X-SmartToken': fake.apiKey } });
    const started = performance.now();
    await fake.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(fake.webhooks.pendingDeliveries).toBe(0);
  });

  it('runs two fakes side by side with separate state', async () => {
    const a = await createFakeSmartRecruiters({ seed: 1 });
    const b = await createFakeSmartRecruiters({ seed: 2 });
    try {
      expect(a.url).not.toBe(b.url);
      expect([...a.state.candidates.keys()][0]).not.toBe([...b.state.candidates.keys()][0]);
    } finally {
      await a.close();
      await b.close();
    }
  });
});
