import { describe, expect, it } from 'vitest';
import { call, errorCode, startFake } from './helpers.js';

const NEW_CANDIDATE = { firstName: 'Faulty', lastName: 'Tower', email: 'faulty.tower@example.com' };

describe('fault injection', () => {
  it('answers a status n times, then recovers', async () => {
    const fake = await startFake();
    const fault = fake.faults.add({ route: 'GET /jobs', times: 2, status: 503 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await call(fake, 'GET', '/jobs')).status);
    expect(statuses).toEqual([503, 503, 200]);
    expect(fault.fired).toBe(2);
    expect(fault.matched).toBe(3);
    expect(fake.requests.entries.map((e) => e.faultId)).toEqual([fault.id, fault.id, null]);
  });

  it('matches templates, literal paths, RegExps and predicates, and leaves other routes alone', async () => {
    const fake = await startFake();
    const id = fake.state.candidates.keys().next().value as string;
    fake.faults.add({ route: 'GET /candidates/{id}', status: 500, times: 1 });
    fake.faults.add({ route: `/jobs`, status: 502, times: 1 });
    fake.faults.add({ route: /configuration\/sources/, status: 504, times: 1 });
    fake.faults.add({ route: (r) => r.query.get('boom') === '1', status: 500, times: 1 });
    expect((await call(fake, 'GET', '/candidates')).status).toBe(200);
    expect((await call(fake, 'GET', `/candidates/${id}`)).status).toBe(500);
    expect((await call(fake, 'GET', '/jobs')).status).toBe(502);
    expect((await call(fake, 'GET', '/configuration/sources')).status).toBe(504);
    expect((await call(fake, 'GET', '/offers?boom=1')).status).toBe(500);
    expect((await call(fake, 'GET', '/offers?boom=1')).status).toBe(200);
  });

  it('follows a schedule by match index', async () => {
    const fake = await startFake();
    fake.faults.add({ route: 'GET /jobs', times: [false, true, false, true], status: 500 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await call(fake, 'GET', '/jobs')).status);
    expect(statuses).toEqual([200, 500, 200, 500, 200]);
  });

  it('sends Retry-After and a body in SR error shape', async () => {
    const fake = await startFake();
    fake.faults.add({ route: 'GET /jobs', status: 429, retryAfter: 3, times: 1 });
    const date = new Date(Date.now() + 5000).toUTCString();
    fake.faults.add({ route: 'GET /offers', status: 503, retryAfter: date, times: 1 });
    const r = await call(fake, 'GET', '/jobs');
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('3');
    expect(errorCode(r)).toBe('RATE_LIMIT_EXCEEDED');
    expect(r.headers.get('x-ratelimit-limit')).toBe('10');
    expect((await call(fake, 'GET', '/offers')).headers.get('retry-after')).toBe(date);
  });

  it('can answer a custom text body (a gateway page)', async () => {
    const fake = await startFake();
    fake.faults.add({ route: '*', status: 502, body: '<html>Bad Gateway</html>', times: 1 });
    const r = await call(fake, 'GET', '/jobs');
    expect(r.status).toBe(502);
    expect(r.text).toBe('<html>Bad Gateway</html>');
    expect(r.headers.get('content-type')).toMatch(/^text\/plain/);
  });

  it('drops the connection', async () => {
    const fake = await startFake();
    fake.faults.add({ route: 'GET /jobs', drop: true, times: 1 });
    await expect(call(fake, 'GET', '/jobs')).rejects.toThrow(TypeError);
    expect(fake.requests.entries[0]).toMatchObject({ dropped: true, status: null });
    expect((await call(fake, 'GET', '/jobs')).status).toBe(200);
  });

  it('delays answers', async () => {
    const fake = await startFake();
    fake.faults.add({ route: 'GET /jobs', delayMs: 120, times: 1 });
    const started = performance.now();
    const r = await call(fake, 'GET', '/jobs');
    expect(r.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it('fires before the write by default: nothing is created', async () => {
    const fake = await startFake({ counts: { candidates: 0 } });
    fake.faults.add({ route: 'POST /candidates', status: 500, times: 1 });
    expect((await call(fake, 'POST', '/candidates', { json: NEW_CANDIDATE })).status).toBe(500);
    expect(fake.state.candidates.size).toBe(0);
  });

  it('fires after the write with when: after (500 and dropped connection)', async () => {
    const fake = await startFake({ counts: { candidates: 0 } });
    fake.faults.add({ route: 'POST /candidates', status: 500, when: 'after', times: 1 });
    const r = await call(fake, 'POST', '/candidates', { json: NEW_CANDIDATE });
    expect(r.status).toBe(500);
    expect(fake.state.candidates.size).toBe(1);
    fake.faults.add({ route: 'POST /candidates', drop: true, when: 'after', times: 1 });
    await expect(
      call(fake, 'POST', '/candidates', { json: { ...NEW_CANDIDATE, email: 'second@example.com' } }),
    ).rejects.toThrow();
    expect(fake.state.candidates.size).toBe(2);
  });

  it('hits a deterministic share of requests with rate', async () => {
    const run = async () => {
      const fake = await startFake({ seed: 5, rateLimits: false });
      fake.faults.add({ route: 'GET /jobs', status: 500, rate: 0.5 });
      const statuses = [];
      for (let i = 0; i < 20; i++) statuses.push((await call(fake, 'GET', '/jobs')).status);
      return statuses;
    };
    const first = await run();
    expect(await run()).toEqual(first);
    expect(first).toContain(500);
    expect(first).toContain(200);
  });

  it('removes faults with remove() and clear()', async () => {
    const fake = await startFake();
    const a = fake.faults.add({ route: '*', status: 500 });
    a.remove();
    expect((await call(fake, 'GET', '/jobs')).status).toBe(200);
    fake.faults.add({ route: '*', status: 500 });
    fake.faults.clear();
    expect(fake.faults.size).toBe(0);
    expect((await call(fake, 'GET', '/jobs')).status).toBe(200);
  });

  it('rejects a fault that does nothing or a bad rate', async () => {
    const fake = await startFake();
    expect(() => fake.faults.add({ route: '*' })).toThrow(TypeError);
    expect(() => fake.faults.add({ status: 500, rate: 2 })).toThrow(RangeError);
  });
});
