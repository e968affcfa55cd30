import { describe, expect, it } from 'vitest';
import { RequestAbortedError, SmartRecruitersClient } from '../../src/index.js';
import { uniqueKey } from '../helpers/msw.js';
import { hostile, json } from './hostile.js';

describe('an aborted queued request frees its rate-limit place at once', () => {
  it('200 aborted requests do not stall the next request of the credential', async () => {
    const api = await hostile((_req, res) => json(res, 200, { content: [] }));
    const client = new SmartRecruitersClient({ apiKey: uniqueKey(), baseUrl: api.origin, logLevel: 'off' });
    // Spend the first second's budget so the next requests queue.
    await Promise.all(Array.from({ length: 10 }, () => client.get('/jobs')));
    const controller = new AbortController();
    const queued = Array.from({ length: 200 }, () => client.get('/jobs', { signal: controller.signal }));
    controller.abort();
    const outcomes = await Promise.allSettled(queued);
    expect(outcomes.every((o) => o.status === 'rejected' && o.reason instanceof RequestAbortedError)).toBe(
      true,
    );
    const started = performance.now();
    await client.get('/jobs');
    // Waits for the first window to end (about 1 s), not for 200 slots of the aborted requests
    // (about 20 s): a bound ten times looser than the expected wait still tells the two apart.
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(api.received).toHaveLength(11);
  });

  it('an aborted request never holds a concurrency place', async () => {
    const release: Array<() => void> = [];
    const api = await hostile((req, res) => {
      if (req.url === '/candidates') {
        release.push(() => json(res, 200, { content: [] }));
        return;
      }
      json(res, 200, { content: [] });
    });
    const client = new SmartRecruitersClient({ apiKey: uniqueKey(), baseUrl: api.origin, logLevel: 'off' });
    // GET /candidates allows one request in flight: the first holds it, the next 50 queue.
    const first = client.get('/candidates');
    while (release.length === 0) await new Promise((r) => setTimeout(r, 5));
    const controller = new AbortController();
    const queued = Array.from({ length: 50 }, () => client.get('/candidates', { signal: controller.signal }));
    controller.abort();
    await Promise.allSettled(queued);
    release.shift()!();
    await first;
    const next = client.get('/candidates');
    while (release.length === 0) await new Promise((r) => setTimeout(r, 5));
    release.shift()!();
    await next;
    expect(api.received.filter((r) => r.url === '/candidates')).toHaveLength(2);
  });
});
