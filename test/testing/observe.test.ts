/**
 * Observers of the fake's traffic: the `observe` option and `observeFakes()` see every answer with
 * its route, status, what answered it and both bodies; an observer that throws changes nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  createFakeSmartRecruitersCore,
  type FakeExchange,
  type FakeSmartRecruitersCore,
  observeFakes,
} from '../../src/testing/index.js';

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

function get(fake: FakeSmartRecruitersCore, path: string, headers: Record<string, string> = {}) {
  return fake.handle({ method: 'GET', url: path, headers: { 'x-smarttoken': fake.apiKey, ...headers } });
}

const stops: Array<() => void> = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

describe('fake observers', () => {
  it('see each answer with its route, query, status, source and bodies', async () => {
    const seen: FakeExchange[] = [];
    const fake = createFakeSmartRecruitersCore({ latencyMs: 0, observe: (x) => seen.push(x) });
    const [job] = fake.state.jobs.values();
    await get(fake, `/jobs/${job?.id}?x=1&x=2`);
    await fake.handle({
      method: 'POST',
      url: '/candidates',
      headers: { 'x-smarttoken': fake.apiKey, 'content-type': 'application/json' },
      body: new TextEncoder().encode('{"firstName":"Ada"}'),
    });
    expect(seen).toHaveLength(2);
    const [read, create] = seen;
    expect(read).toMatchObject({
      method: 'GET',
      path: `/jobs/${job?.id}`,
      route: 'GET /jobs/{jobId}',
      query: { x: ['1', '2'] },
      answeredBy: 'handler',
      status: 200,
    });
    expect(JSON.parse(decode(read?.response.body ?? new Uint8Array()))).toMatchObject({ id: job?.id });
    expect(read?.response.headers['content-type']).toBe('application/json');
    expect(create?.route).toBe('POST /candidates');
    expect(create?.status).toBe(400);
    expect(decode(create?.request.body ?? new Uint8Array())).toBe('{"firstName":"Ada"}');
    expect(create?.request.headers.get('content-type')).toBe('application/json');
  });

  it('say which layer answered: authentication, scope, rate limit, fault, router, 501', async () => {
    const seen: FakeExchange[] = [];
    const fake = createFakeSmartRecruitersCore({
      latencyMs: 0,
      oauthClients: [{ clientId: 'c', clientSecret: 's', scopes: ['jobs_read'] }],
      rateLimits: { routes: { 'GET /jobs': { requestsPerSecond: 1 } } },
      observe: (x) => seen.push(x),
    });
    await fake.handle({ method: 'GET', url: '/jobs', headers: {} });
    const token = fake.issueAccessToken('c');
    await fake.handle({ method: 'GET', url: '/candidates', headers: { authorization: `Bearer ${token}` } });
    fake.faults.add({ route: 'GET /offers', status: 503, times: 1 });
    await get(fake, '/offers');
    await get(fake, '/no-such-path');
    await get(fake, '/configuration/career-sites');
    await get(fake, '/jobs');
    await get(fake, '/jobs');
    expect(seen.map((x) => [x.answeredBy, x.status, x.route])).toEqual([
      ['authentication', 401, 'GET /jobs'],
      ['scope', 403, 'GET /candidates'],
      ['fault', 503, 'GET /offers'],
      ['router', 404, null],
      ['not-implemented', 501, 'GET /configuration/career-sites'],
      ['handler', 200, 'GET /jobs'],
      ['rate-limit', 429, 'GET /jobs'],
    ]);
  });

  it('observeFakes() registers for every fake until stopped', async () => {
    const routes: Array<string | null> = [];
    const before = createFakeSmartRecruitersCore({ latencyMs: 0 });
    const stop = observeFakes((x) => routes.push(x.route));
    stops.push(stop);
    const after = createFakeSmartRecruitersCore({ latencyMs: 0 });
    await get(before, '/jobs');
    await get(after, '/configuration/departments');
    stop();
    await get(after, '/jobs');
    expect(routes).toEqual(['GET /jobs', 'GET /configuration/departments']);
    expect(() => observeFakes('nope' as never)).toThrow(TypeError);
  });

  it('an observer that throws does not change the answer; the error is rethrown asynchronously', async () => {
    const queued: Array<() => void> = [];
    vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((callback) => {
      queued.push(callback);
    });
    const calls: number[] = [];
    const fake = createFakeSmartRecruitersCore({
      latencyMs: 0,
      observe: () => {
        throw new Error('observer failed');
      },
    });
    stops.push(observeFakes((x) => calls.push(x.status)));
    const response = await get(fake, '/jobs');
    vi.mocked(globalThis.queueMicrotask).mockRestore();
    expect(response.status).toBe(200);
    expect(calls).toEqual([200]);
    expect(queued).toHaveLength(1);
    expect(() => queued[0]?.()).toThrow('observer failed');
  });
});
