import { setupServer } from 'msw/node';
import { describe, expect, it } from 'vitest';
import { coreInternals } from '../../src/testing/core.js';
import { createFakeSmartRecruitersCore } from '../../src/testing/index.js';
import { createSmartRecruitersHandlers } from '../../src/testing/msw.js';
import { DEFAULT_LATENCY_MS } from '../../src/testing/options.js';
import { call, startFake } from './helpers.js';

/** 8 parallel `GET /candidates`, as a client without a limiter sends them. */
async function burst(fetchOne: () => Promise<number>): Promise<number[]> {
  return Promise.all(Array.from({ length: 8 }, fetchOne));
}

describe('concurrency limits fire for a client without a limiter (§4)', () => {
  it('answers some of 8 parallel GET /candidates with 429 at the default latency (node server)', async () => {
    const fake = await startFake();
    const statuses = await burst(async () => (await call(fake, 'GET', '/candidates?limit=1')).status);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set([200, 429]));
    expect(fake.requests.maxConcurrent({ route: 'GET /candidates', admitted: true })).toBe(1);
  });

  it('takes DEFAULT_LATENCY_MS (2 ms) per admitted request by default, none with latencyMs: 0', async () => {
    expect(DEFAULT_LATENCY_MS).toBe(2);
    const slow = await startFake();
    await call(slow, 'GET', '/jobs');
    expect(slow.requests.last()!.durationMs).toBeGreaterThanOrEqual(1.5);
    const fast = await startFake({ latencyMs: 0 });
    const r = await call(fast, 'GET', '/jobs');
    expect(r.status).toBe(200);
    expect(fast.requests.last()!.durationMs).toBeLessThan(slow.requests.last()!.durationMs! + 50);
  });

  it('does not limit with rateLimits: false, default latency included', async () => {
    const fake = await startFake({ rateLimits: false });
    const statuses = await burst(async () => (await call(fake, 'GET', '/candidates?limit=1')).status);
    expect(statuses).toEqual(Array(8).fill(200));
  });

  it('holds the slot until the transport releases it (the answer is sent)', async () => {
    const core = createFakeSmartRecruitersCore({ latencyMs: 0 });
    const { handleHeld } = coreInternals(core);
    const request = { method: 'GET', url: '/candidates?limit=1', headers: { 'x-smarttoken': core.apiKey } };
    const first = await handleHeld(request);
    expect(first.response.status).toBe(200);
    expect(core.requests.last()!.completedAt).toBeNull();
    // The first answer is built but not sent: the list is still in flight.
    const second = await handleHeld(request);
    second.release();
    expect(second.response.status).toBe(429);
    first.release();
    first.release();
    expect(core.requests.entries[0]!.completedAt).not.toBeNull();
    expect((await core.handle(request)).status).toBe(200);
    core.close();
  });

  it('answers some of 8 parallel GET /candidates with 429 through the msw handlers too', async () => {
    const { handlers, fake } = createSmartRecruitersHandlers({ seed: 2 });
    const server = setupServer(...handlers);
    server.listen({ onUnhandledRequest: 'error' });
    try {
      const statuses = await burst(async () => {
        const r = await fetch('https://api.smartrecruiters.com/candidates?limit=1', {
          headers: { 'X-SmartToken': fake.apiKey },
        });
        await r.arrayBuffer();
        return r.status;
      });
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
      expect(statuses).toContain(200);
    } finally {
      server.close();
      fake.close();
    }
  });
});
