/**
 * The fast test mode: `fake.client()` wires the SDK to the fake with the fake's clock, and with no
 * limiter on either side when the fake enforces none.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  RateLimitError,
  RequestAbortedError,
  SmartRecruiters,
  signWebhookPayload,
  ValidationError,
} from '../../src/index.js';
import { createClock } from '../../src/testing/clock.js';
import { createFakeSmartRecruitersCore, type FakeSmartRecruitersCore } from '../../src/testing/index.js';
import { startFake } from './helpers.js';

const cores: FakeSmartRecruitersCore[] = [];
afterEach(() => {
  while (cores.length > 0) cores.pop()?.close();
});

function core(options: Parameters<typeof createFakeSmartRecruitersCore>[0] = {}) {
  const fake = createFakeSmartRecruitersCore(options);
  cores.push(fake);
  return fake;
}

const OAUTH = { clientId: 'app', clientSecret: 'app-secret' };

describe('fake.client() on a fake without limits', () => {
  it('sends every request at once: no client limiter wait or hold, no 429 from the fake', async () => {
    const fake = core({ rateLimits: false, latencyMs: 50 });
    const held: unknown[] = [];
    const sr = fake.client({ hooks: { rateLimited: (info) => held.push(info) } });
    await Promise.all(Array.from({ length: 75 }, () => sr.client.get('/jobs', { query: { limit: 1 } })));
    expect(fake.requests.length).toBe(75);
    // SR allows 8 in flight and 10 per second; with a limiter on either side these could not pass.
    expect(fake.requests.maxConcurrent()).toBe(75);
    expect(fake.requests.maxRequestsInWindow(1000)).toBe(75);
    expect(fake.requests.all().filter((e) => e.status !== 200)).toEqual([]);
    expect(held).toEqual([]);
  });

  it('works over HTTP on the server fake, to its URL', async () => {
    const fake = await startFake({ rateLimits: false });
    const sr = fake.client();
    expect(sr.client.baseUrl).toBe(fake.url);
    const page = await sr.jobs.list({ limit: 5 });
    expect(page.result).toHaveLength(5);
    expect(fake.requests.last()?.credential).not.toBeNull();
  });

  it("keeps SmartRecruiters' limits on the client when the fake enforces them", async () => {
    const fake = core({ latencyMs: 20 });
    const sr = fake.client();
    await Promise.all(Array.from({ length: 12 }, () => sr.client.get('/jobs', { query: { limit: 1 } })));
    expect(fake.requests.maxConcurrent()).toBeLessThanOrEqual(8);
    expect(fake.requests.all().filter((e) => e.status === 429)).toEqual([]);
  });

  it('lets options override the defaults, credentials included', async () => {
    const fake = core({ rateLimits: false, oauthClients: [OAUTH] });
    const sr = fake.client({ oauth: OAUTH });
    await sr.client.get('/jobs', { query: { limit: 1 } });
    expect(fake.requests.all().map((e) => e.route)).toEqual(['POST /identity/oauth/token', 'GET /jobs']);
    const own = new SmartRecruiters({ apiKey: fake.apiKey, fetch: fake.fetch, rateLimit: false });
    expect(fake.client({ client: own.client }).client).toBe(own.client);
  });
});

describe("the SDK on the fake's clock", () => {
  it('refreshes the OAuth token once fake time passes its expiry, without a 401 and without waiting', async () => {
    const fake = core({ rateLimits: false, oauthClients: [OAUTH], tokenExpiresInSeconds: 3600 });
    const refreshed: string[] = [];
    const sr = fake.client({ oauth: OAUTH, hooks: { tokenRefreshed: (i) => refreshed.push(i.expiresAt) } });
    await sr.client.get('/jobs', { query: { limit: 1 } });
    expect(refreshed).toHaveLength(1);
    expect(Date.parse(refreshed[0]!) - fake.clock.now()).toBeGreaterThan(3_590_000);

    fake.advanceTime(3_600_000 + 1);
    await sr.client.get('/jobs', { query: { limit: 1 } });
    const tokenRequests = fake.requests.all({ route: 'POST /identity/oauth/token' });
    expect(tokenRequests).toHaveLength(2);
    // Had the SDK kept its own clock it would have sent the expired token and met a 401 first.
    expect(fake.requests.all().filter((e) => e.status === 401)).toEqual([]);
    expect(refreshed).toHaveLength(2);
  });

  it('refreshes ahead of expiry by refreshSkewMs in fake time', async () => {
    const fake = core({ rateLimits: false, oauthClients: [OAUTH], tokenExpiresInSeconds: 3600 });
    const sr = fake.client({ oauth: { ...OAUTH, refreshSkewMs: 60_000 } });
    await sr.client.get('/jobs', { query: { limit: 1 } });
    fake.advanceTime(3_600_000 - 120_000);
    await sr.client.get('/jobs', { query: { limit: 1 } });
    expect(fake.requests.all({ route: 'POST /identity/oauth/token' })).toHaveLength(1);
    fake.advanceTime(90_000); // 30 s before expiry: inside the skew
    await sr.client.get('/jobs', { query: { limit: 1 } });
    expect(fake.requests.all({ route: 'POST /identity/oauth/token' })).toHaveLength(2);
  });

  it('waits Retry-After in fake time: the retry is sent at once and the clock moves by the wait', async () => {
    // A base clock that stands still: fake time moves only by what the SDK waits.
    const fake = core({ rateLimits: false, now: () => Date.UTC(2026, 5, 1) });
    const delays: number[] = [];
    const sr = fake.client({ hooks: { retry: (i) => delays.push(i.delayMs) } });
    fake.faults.add({ route: 'GET /jobs', status: 503, retryAfter: 30, times: 1 });
    const before = fake.clock.offsetMs;
    await sr.client.get('/jobs', { query: { limit: 1 } });
    expect(delays).toEqual([30_000]);
    expect(fake.clock.offsetMs - before).toBe(30_000);
    expect(fake.requests.all().map((e) => e.status)).toEqual([503, 200]);
  });

  it('reads a Retry-After date against the fake clock', async () => {
    const fake = core({ rateLimits: false });
    const delays: number[] = [];
    const sr = fake.client({ hooks: { retry: (i) => delays.push(i.delayMs) } });
    fake.advanceTime(86_400_000);
    const date = new Date(Math.ceil(fake.clock.now() / 1000) * 1000 + 30_000).toUTCString();
    fake.faults.add({ route: 'GET /jobs', status: 429, retryAfter: date, times: 1 });
    await sr.client.get('/jobs', { query: { limit: 1 } });
    // Against the real clock the date is a day and 30 s away: past maxRetryDelayMs, no retry.
    expect(delays).toHaveLength(1);
    expect(delays[0]).toBeGreaterThan(29_000);
    expect(delays[0]).toBeLessThanOrEqual(31_000);
  });

  it('stops a fake-time wait when the request is aborted', async () => {
    const fake = core({ rateLimits: false });
    fake.faults.add({ route: 'GET /jobs', status: 503, retryAfter: 10 });
    const controller = new AbortController();
    const sr = fake.client({ hooks: { retry: () => controller.abort() } });
    const error = await sr.client.get('/jobs', { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestAbortedError);
    expect(fake.requests.length).toBe(1);
  });

  it('sets sync watermarks from fake time, so a later run does not repeat what the last one saw', async () => {
    const fake = core({ rateLimits: false });
    const sr = fake.client();
    fake.advanceTime(2 * 86_400_000);
    const [candidate] = (await sr.candidates.list({ limit: 1 })).result;
    await sr.candidates.update(candidate!.id, { first_name: 'Renamed' });
    fake.advanceTime(3_600_000);
    const first = sr.candidates.sync();
    const seen: string[] = [];
    for await (const { record } of first) seen.push(record.id);
    expect(seen).toContain(candidate!.id);

    fake.advanceTime(3_600_000);
    const next = sr.candidates.sync({ state: first.state });
    const again: string[] = [];
    for await (const { record } of next) again.push(record.id);
    // With the system clock the watermark would be today minus 5 minutes, two days before the
    // update: the candidate would come again.
    expect(again).toEqual([]);
  });

  it('verifies webhook deliveries signed in fake time', async () => {
    const fake = core({ rateLimits: false });
    const sr = fake.client();
    fake.advanceTime(86_400_000);
    const body = JSON.stringify({ candidate_id: 'c1' });
    const headers = await signWebhookPayload({
      secret: 'k',
      body,
      eventId: 'e1',
      eventName: 'candidate.created',
      eventVersion: 'v1',
      timestamp: Math.floor(fake.clock.now() / 1000),
    });
    await expect(sr.webhooks.verify({ body, headers, secret: 'k' })).resolves.toBeUndefined();
    const handler = sr.webhooks.handler({ secret: 'k', onEvent: () => undefined });
    const response = await handler(new Request('https://app.test/hook', { method: 'POST', body, headers }));
    expect(response.status).toBe(202);
    // The system clock is a day away from the signature: outside the 5-minute tolerance.
    await expect(
      new SmartRecruiters({ apiKey: 'k', rateLimit: false }).webhooks.verify({ body, headers, secret: 'k' }),
    ).rejects.toMatchObject({ reason: 'timestamp_outside_tolerance' });
  });

  it('refuses a clock without now(), and a now() that is not a time, before any request', async () => {
    expect(() => new SmartRecruiters({ apiKey: 'k', clock: {} as never })).toThrow(ValidationError);
    expect(() => new SmartRecruiters({ apiKey: 'k', clock: { now: () => 0, sleep: 1 } as never })).toThrow(
      ValidationError,
    );
    const fake = core({ rateLimits: false, oauthClients: [OAUTH] });
    expect(() => fake.client({ oauth: OAUTH, clock: { now: () => Number.NaN } })).toThrow(
      /clock\.now: must return a finite number/,
    );
    // A clock that goes wrong later fails the request that reads it.
    let time = Date.now();
    const sr = fake.client({ clock: { now: () => time } });
    fake.faults.add({
      route: 'GET /jobs',
      status: 429,
      times: 1,
      retryAfter: 'Wed, 21 Oct 2015 07:28:00 GMT',
    });
    time = Number.NaN;
    await expect(sr.client.get('/jobs')).rejects.toThrow(/clock\.now: must return a finite number/);
    expect(fake.requests.length).toBe(1);
    expect(() => fake.client('x' as never)).toThrow(ValidationError);
  });

  it('still gives up on a 429 the fake keeps answering', async () => {
    const fake = core({ rateLimits: false, now: () => Date.UTC(2026, 5, 1) });
    const sr = fake.client({ maxRetries: 2 });
    fake.faults.add({ route: 'GET /jobs', status: 429, retryAfter: 1 });
    await expect(sr.client.get('/jobs')).rejects.toBeInstanceOf(RateLimitError);
    expect(fake.requests.length).toBe(3);
    expect(fake.clock.offsetMs).toBe(2_000);
  });
});

describe('FakeClock.sleep', () => {
  it('moves fake time to each wake-up, earliest first, overlapping parallel waits', async () => {
    let real = 1_000_000;
    const clock = createClock(() => real);
    const order: number[] = [];
    await Promise.all([
      clock.sleep(3_000).then(() => order.push(3)),
      clock.sleep(1_000).then(() => order.push(1)),
    ]);
    expect(order).toEqual([1, 3]);
    expect(clock.offsetMs).toBe(3_000);
    await clock.sleep(1_000);
    expect(clock.offsetMs).toBe(4_000);
    // Time that already passed counts: a wait that is over moves nothing.
    const pending = clock.sleep(500);
    real += 2_000;
    await pending;
    expect(clock.offsetMs).toBe(4_000);
  });

  it('rejects with the reason when aborted, and refuses a negative wait', async () => {
    const clock = createClock();
    const controller = new AbortController();
    const wait = clock.sleep(10_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(wait).rejects.toThrow('stop');
    await expect(clock.sleep(-1)).rejects.toBeInstanceOf(RangeError);
    expect(clock.offsetMs).toBe(0);
  });
});
