import { describe, expect, it } from 'vitest';
import { RequestLog } from '../../src/testing/request-log.js';
import { call, startFake } from './helpers.js';

function logWith(intervals: Array<[number, number]>): RequestLog {
  const log = new RequestLog();
  for (const [start, end] of intervals) {
    const entry = log.start({
      method: 'GET',
      path: '/candidates',
      query: {},
      route: 'GET /candidates',
      receivedAt: start,
      credential: 'apiKey:default',
    });
    entry.completedAt = end;
  }
  return log;
}

describe('RequestLog measurements', () => {
  it('maxRequestsInWindow counts arrivals in any half-open window', () => {
    const log = logWith([0, 100, 200, 999, 1000, 1500].map((t) => [t, t + 1] as [number, number]));
    expect(log.maxRequestsInWindow(1000)).toBe(4);
    expect(log.maxRequestsInWindow(100)).toBe(2);
    expect(log.maxRequestsInWindow(1)).toBe(1);
    expect(log.maxRequestsInWindow(1000, (e) => e.receivedAt >= 1000)).toBe(2);
  });

  it('maxConcurrent counts overlapping requests; touching intervals do not overlap', () => {
    expect(
      logWith([
        [0, 10],
        [10, 20],
        [20, 30],
      ]).maxConcurrent(),
    ).toBe(1);
    expect(
      logWith([
        [0, 10],
        [5, 20],
        [6, 7],
        [19, 30],
      ]).maxConcurrent(),
    ).toBe(3);
  });

  it('filters by method, route, credential and status', () => {
    const log = logWith([[0, 1]]);
    log.entries[0]!.status = 200;
    expect(
      log.all({ method: 'get', route: 'GET /candidates', credential: 'apiKey:default', status: 200 }),
    ).toHaveLength(1);
    expect(log.all({ route: /jobs/ })).toHaveLength(0);
  });
});

describe('request log of the server', () => {
  it('records method, path, query, route, credential label, status and times, never the key', async () => {
    const fake = await startFake({ latencyMs: 20 });
    const before = Date.now();
    await call(fake, 'GET', '/candidates?status=NEW&status=LEAD&limit=3');
    await call(fake, 'GET', '/jobs/nope');
    await call(fake, 'GET', '/jobs', { auth: null });
    const [list, missing, anonymous] = fake.requests.entries;
    expect(list).toMatchObject({
      seq: 1,
      method: 'GET',
      path: '/candidates',
      query: { status: ['NEW', 'LEAD'], limit: ['3'] },
      route: 'GET /candidates',
      credential: 'apiKey:default',
      status: 200,
      rateLimited: false,
      dropped: false,
    });
    expect(list!.receivedAt).toBeGreaterThanOrEqual(before - 1);
    expect(list!.completedAt! - list!.receivedAt).toBeGreaterThanOrEqual(19);
    expect(list!.receivedAt % 1).not.toBe(0);
    expect(missing).toMatchObject({ route: 'GET /jobs/{jobId}', status: 404 });
    expect(anonymous).toMatchObject({ credential: null, status: 401 });
    expect(JSON.stringify(fake.requests.entries)).not.toContain(fake.apiKey);
    expect(fake.requests.last({ status: 404 })?.path).toBe('/jobs/nope');
  });
});
