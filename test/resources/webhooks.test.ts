import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FailedDependencyError,
  isWebhookEvent,
  NotFoundError,
  SmartRecruiters,
  type Subscription,
  type WebhookEvent,
} from '../../src/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';
import {
  FAST_CLIENT,
  FAST_FAKE,
  type LocalServer,
  rejectsBeforeAnyRequest,
  requestsAfter,
  routesAfter,
  sdkFor,
  serveFetchHandler,
} from '../helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;
let sr: SmartRecruiters;
let server: LocalServer;
const events: WebhookEvent[] = [];
const rejected: string[] = [];
// The handler reads the secret through an async function, as from a secret store.
let currentSecret = '';

beforeAll(async () => {
  // No re-deliveries: a failed delivery stays failed in the log.
  fake = await createFakeSmartRecruiters({
    ...FAST_FAKE,
    seed: 9,
    counts: { candidates: 3, jobs: 2, users: 2 },
    webhooks: { retryDelaysMs: [] },
  });
  sr = sdkFor(fake, FAST_CLIENT);
  server = await serveFetchHandler(
    sr.webhooks.handler({
      secret: async () => currentSecret,
      onEvent: (event) => {
        events.push(event);
      },
      onRejected: (error) => {
        rejected.push(error.reason);
      },
    }),
  );
});
afterAll(async () => {
  await fake.close();
  await server.close();
});

describe('webhooks', () => {
  let sub: Subscription;

  it('creates an inactive subscription', async () => {
    sub = await sr.webhooks.create({
      callback_url: server.url,
      events: ['candidate.updated', 'application.status.updated'],
      alerting_email: 'ops@acme.example',
    });
    expect(sub).toMatchObject({
      callback_url: server.url,
      status: 'inactive',
      remote_status: 'inactive',
      events: [
        { name: 'candidate.updated', version: 'v1' },
        { name: 'application.status.updated', version: 'v1' },
      ],
    });
    expect(fake.state.subscriptions.get(sub.id)).toMatchObject({
      status: 'inactive',
      alertingEmailAddress: 'ops@acme.example',
    });
    expect(sub.remote_data).toMatchObject({ id: sub.id, callbackUrl: server.url });
  });

  it('activates it: SR calls the handler with X-Hook-Secret and the handler echoes it', async () => {
    await sr.webhooks.activate(sub.id);
    const handshake = fake.webhooks.handshakes.at(-1)!;
    expect(handshake).toMatchObject({
      subscriptionId: sub.id,
      url: server.url,
      ok: true,
      responseStatus: 200,
    });
    expect((await sr.webhooks.get(sub.id)).status).toBe('active');
  });

  it('creates a secret key and reads it back', async () => {
    currentSecret = await sr.webhooks.createSecretKey(sub.id);
    expect(currentSecret).toMatch(/^\S{16,}$/);
    expect(await sr.webhooks.secretKey(sub.id)).toBe(currentSecret);
    const next = await sr.webhooks.createSecretKey(sub.id);
    expect(next).not.toBe(currentSecret);
    expect(await sr.webhooks.secretKey(sub.id)).toBe(next);
    currentSecret = next;
  });

  it('delivers a signed event on a state change, which the handler verifies and hands over', async () => {
    const candidate = [...fake.state.candidates.values()][0]!;
    events.length = 0;
    await sr.candidates.update(candidate.id, { first_name: 'Webhooked' });
    const [attempt] = await fake.webhooks.waitForDeliveries({ count: 1, eventName: 'candidate.updated' });
    expect(attempt).toMatchObject({ status: 'successful', responseStatus: 202, subscriptionId: sub.id });
    expect(attempt!.requestHeaders['smartrecruiters-signature']).toMatch(/^v1=[0-9a-f]{64}/);
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event).toMatchObject({
      id: attempt!.eventId,
      name: 'candidate.updated',
      version: 'v1',
      known: true,
    });
    expect(event.link).toBe(`${fake.url}/candidates/${candidate.id}`);
    if (!isWebhookEvent(event, 'candidate.updated')) throw new Error('not a candidate.updated event');
    expect(event.payload.id).toBe(candidate.id);

    // An application status change reaches it too, with SR's snake_case payload.
    const app = fake.state.applicationsOf(candidate.id)[0]!;
    const reason = [...fake.state.rejectionReasons.keys()][0]!;
    await sr.applications.updateStatus(`${app.candidateId}:${app.jobId}`, {
      status: 'rejected',
      reason_id: reason,
    });
    await fake.webhooks.waitForDeliveries({ count: 1, eventName: 'application.status.updated' });
    const statusEvent = events.find((e) => e.name === 'application.status.updated');
    expect(statusEvent?.payload).toEqual({
      job_id: app.jobId,
      candidate_id: app.candidateId,
      application_id: app.id,
    });
  });

  it('refuses a delivery signed with another key (401), which SR logs as failed', async () => {
    const stale = currentSecret;
    currentSecret = 'not-the-key';
    try {
      const candidate = [...fake.state.candidates.values()][1]!;
      await sr.candidates.update(candidate.id, { first_name: 'Unverified' });
      const failed = await fake.webhooks.waitForDeliveries({ count: 1, status: 'failed' });
      expect(failed[0]).toMatchObject({ responseStatus: 401, subscriptionId: sub.id });
      expect(rejected).toEqual(['signature_mismatch']);
      expect(events.filter((e) => e.name === 'candidate.updated')).toHaveLength(1);
    } finally {
      currentSecret = stale;
    }
  });

  it("reads the subscription's callbacks log, newest first, filtered by status", async () => {
    const seq = fake.requests.length;
    const log = [];
    for await (const entry of sr.webhooks.callbacks(sub.id)) log.push(entry);
    expect(requestsAfter(fake, seq).map((r) => r.query.limit)).toEqual([['100']]);
    const attempts = fake.webhooks.attempts.filter((a) => a.subscriptionId === sub.id).reverse();
    expect(log.map((e) => e.status)).toEqual(attempts.map((a) => a.status));
    expect(log.length).toBe(3);
    // SmartRecruiters pages the log with a Link rel="next" header: followed to the end.
    const full = await sr.webhooks.callbacks(sub.id, { limit: 1 });
    expect(full.result).toHaveLength(1);
    expect(full.next_cursor).not.toBeNull();
    expect(full.warnings).toEqual([]);
    const byOne = [];
    for await (const entry of sr.webhooks.callbacks(sub.id, { limit: 1 })) byOne.push(entry.attempted_at);
    expect(byOne).toEqual(log.map((e) => e.attempted_at));
    expect(log[0]).toMatchObject({
      status: 'failed',
      remote_status: 'failed',
      attempted_at: attempts[0]!.timestamp,
      request: { url: server.url, body: attempts[0]!.body },
    });
    expect(log[0]?.request?.headers['event-name']).toBe('candidate.updated');
    const failed = await sr.webhooks.callbacks(sub.id, { status: 'failed' });
    expect(failed.result.map((e) => e.status)).toEqual(['failed']);
    expect(fake.requests.last()?.query.callbackStatus).toEqual(['failed']);
    const before = await sr.webhooks.callbacks(sub.id, { before: '2000-01-01T00:00:00Z' });
    expect(before.result).toEqual([]);
    await rejectsBeforeAnyRequest(fake, () => sr.webhooks.callbacks(sub.id, { status: 'ok' as never }));
    await rejectsBeforeAnyRequest(fake, () => sr.webhooks.callbacks('', {}));
  });

  it('lists every subscription, asking for SR\'s largest page and following its Link rel="next" header', async () => {
    // More than SR's default page of 10: a list asking for SR's default would stop short.
    const more = [];
    for (let i = 0; i < 12; i++) {
      more.push(await sr.webhooks.create({ callback_url: server.url, events: ['job.created'] }));
    }
    const seq = fake.requests.length;
    const listed = [];
    for await (const s of sr.webhooks.list()) listed.push(s.id);
    expect(listed).toEqual([sub.id, ...more.map((m) => m.id)]);
    expect(routesAfter(fake, seq)).toEqual(['GET /webhooks-api/v201907/subscriptions']);
    expect(requestsAfter(fake, seq)[0]?.query.limit).toEqual(['100']);
    // One page holds them all: no Link header, no next page.
    const page = await sr.webhooks.list();
    expect(page).toMatchObject({ total: null, next_cursor: null, warnings: [] });
    // Smaller pages follow SmartRecruiters' Link header to the end.
    const short = await sr.webhooks.list({ limit: 5 });
    expect(short.result).toHaveLength(5);
    expect(short.warnings).toEqual([]);
    const seq5 = fake.requests.length;
    const paged = [];
    for await (const s of sr.webhooks.list({ limit: 5 })) paged.push(s.id);
    expect(paged).toEqual(listed);
    expect(requestsAfter(fake, seq5).map((r) => r.query.page_id !== undefined)).toEqual([false, true, true]);
    for (const m of more) await sr.webhooks.delete(m.id);
  });

  it('follows a subscriptions Link only within the same list and host', async () => {
    const sub = { id: 's1', callbackUrl: 'https://h.example/x', events: [], status: 'active' };
    for (const [target, message] of [
      ['/webhooks-api/v201907/subscriptions/s1/callbacks-log?page_id=p2', /another path/],
      ['https://elsewhere.example/webhooks-api/v201907/subscriptions?page_id=p2', /another host/],
    ] as const) {
      const server = await serveFetchHandler(async (request) => {
        const url = new URL(request.url);
        const href = target.startsWith('/') ? `${url.origin}${target}` : target;
        return new Response(JSON.stringify([sub]), {
          headers: { 'content-type': 'application/json', link: `<${href}>; rel="next"` },
        });
      });
      try {
        const hostile = new SmartRecruiters({ apiKey: 'k', baseUrl: server.url, logLevel: 'off' });
        await expect(hostile.webhooks.list().toArray()).rejects.toThrow(message);
      } finally {
        await server.close();
      }
    }
  });

  it('fails activation when the callback does not answer the handshake', async () => {
    const dead = await serveFetchHandler(async () => new Response('nope', { status: 200 }));
    const url = dead.url;
    const orphan = await sr.webhooks.create({ callback_url: url, events: ['job.created'] });
    // SmartRecruiters answers a failed handshake with 424.
    const failed = await sr.webhooks.activate(orphan.id).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(FailedDependencyError);
    expect(failed).toMatchObject({ status: 424 });
    await dead.close();
    expect(fake.webhooks.handshakes.at(-1)).toMatchObject({ subscriptionId: orphan.id, ok: false });
    expect((await sr.webhooks.get(orphan.id)).status).toBe('inactive');
  });

  it('deletes a subscription', async () => {
    await sr.webhooks.delete(sub.id);
    expect(fake.state.subscriptions.has(sub.id)).toBe(false);
    await expect(sr.webhooks.get(sub.id)).rejects.toBeInstanceOf(NotFoundError);
    const remaining = [];
    for await (const s of sr.webhooks.list()) remaining.push(s.id);
    expect(remaining).not.toContain(sub.id);
  });

  it('refuses invalid subscriptions and ids before any request', async () => {
    await rejectsBeforeAnyRequest(fake, () =>
      sr.webhooks.create({ callback_url: 'http://example.com/hook', events: ['job.created'] }),
    );
    await rejectsBeforeAnyRequest(fake, () => sr.webhooks.create({ callback_url: server.url, events: [] }));
    await rejectsBeforeAnyRequest(fake, () =>
      sr.webhooks.create({ callback_url: server.url, events: ['Job Created'] }),
    );
    await rejectsBeforeAnyRequest(fake, () => sr.webhooks.get(''));
    await rejectsBeforeAnyRequest(fake, () => sr.webhooks.activate(''));
    await rejectsBeforeAnyRequest(fake, () => sr.webhooks.createSecretKey(''));
    await rejectsBeforeAnyRequest(fake, () => sr.webhooks.list({ limit: 0 }));
  });
});
