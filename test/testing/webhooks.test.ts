import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SR_RETRY_DELAYS_MS } from '../../src/testing/index.js';
import { verifyWebhookSignature } from '../../src/webhooks/signature.js';
import { call, hookHandler, startFake, startReceiver } from './helpers.js';

const API = '/webhooks-api/v201907';

async function subscribe(
  fake: Awaited<ReturnType<typeof startFake>>,
  url: string,
  events: string[],
  extra: Record<string, unknown> = {},
): Promise<string> {
  const created = await call(fake, 'POST', `${API}/subscriptions`, {
    json: { callbackUrl: url, events, ...extra },
  });
  expect(created.status).toBe(201);
  const activated = await call(fake, 'PUT', `${API}/subscriptions/${created.body.id}/activation`);
  expect(activated.status).toBe(204);
  return created.body.id as string;
}

describe('webhook deliveries (§12.3)', () => {
  it('delivers signed events that verify with verifyWebhookSignature', async () => {
    const receiver = await startReceiver(hookHandler());
    const fake = await startFake({ counts: { candidates: 0 } });
    const subId = await subscribe(fake, receiver.url, ['candidate.created']);
    const key = (await call(fake, 'POST', `${API}/subscriptions/${subId}/secret-key`)).body
      .secretKey as string;
    const created = await call(fake, 'POST', '/candidates', {
      json: { firstName: 'Web', lastName: 'Hook', email: 'web.hook@example.com' },
    });
    const [attempt] = await fake.webhooks.waitForDeliveries({ count: 1, eventName: 'candidate.created' });
    expect(attempt).toMatchObject({ status: 'successful', responseStatus: 202, attempt: 1, final: true });
    const delivery = receiver.received.find((r) => r.headers['event-name'] === 'candidate.created')!;
    expect(delivery.method).toBe('POST');
    expect(JSON.parse(delivery.body)).toEqual({ id: created.body.id });
    expect(delivery.headers['content-type']).toBe('application/json');
    expect(delivery.headers['event-version']).toBe('v1');
    expect(delivery.headers['event-id']).toBe(attempt!.eventId);
    expect(delivery.headers.link).toBe(`<${fake.url}/candidates/${created.body.id}>; rel=self`);
    expect(delivery.headers['smartrecruiters-signature']).toMatch(/^v1=[0-9a-f]{64}$/);
    await expect(
      verifyWebhookSignature({ body: delivery.body, headers: delivery.headers, secret: key }),
    ).resolves.toBeUndefined();
    await expect(
      verifyWebhookSignature({ body: delivery.body, headers: delivery.headers, secret: 'wrong' }),
    ).rejects.toThrow();
  });

  it('the official test vector verifies with the same verifier', async () => {
    const vector = JSON.parse(
      readFileSync(new URL('../fixtures/webhook-signature-test-vector.json', import.meta.url), 'utf8'),
    ) as { secretKey: string; headers: Record<string, string>; rawBody: string };
    await expect(
      verifyWebhookSignature({
        body: vector.rawBody,
        headers: vector.headers,
        secret: vector.secretKey,
        now: Number(vector.headers['smartrecruiters-timestamp']) * 1000,
      }),
    ).resolves.toBeUndefined();
  });

  it('sends no signature headers while the subscription has no secret key', async () => {
    const receiver = await startReceiver(hookHandler());
    const fake = await startFake();
    await subscribe(fake, receiver.url, ['job.created']);
    fake.webhooks.emit('job.created', { id: 'j1' }, '/jobs/j1');
    await fake.webhooks.waitForDeliveries();
    const delivery = receiver.received.at(-1)!;
    expect(delivery.headers['smartrecruiters-signature']).toBeUndefined();
    expect(delivery.headers['event-name']).toBe('job.created');
  });

  it('retries failed deliveries on the schedule with the same event-id, logging every attempt', async () => {
    const receiver = await startReceiver(hookHandler({ deliveryStatus: (n) => (n <= 2 ? 500 : 202) }));
    const fake = await startFake({ webhooks: { retryDelaysMs: [30, 60, 90] } });
    const subId = await subscribe(fake, receiver.url, ['job.updated']);
    fake.webhooks.emit('job.updated', { id: 'j1' }, '/jobs/j1');
    const attempts = await fake.webhooks.waitForDeliveries({ count: 3 });
    expect(attempts.map((a) => a.status)).toEqual(['failed', 'failed', 'successful']);
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2, 3]);
    expect(new Set(attempts.map((a) => a.eventId)).size).toBe(1);
    const eventIds = receiver.received
      .filter((r) => r.headers['event-name'])
      .map((r) => r.headers['event-id']);
    expect(eventIds).toHaveLength(3);
    expect(new Set(eventIds).size).toBe(1);
    expect(attempts[1]!.startedAt - attempts[0]!.startedAt).toBeGreaterThanOrEqual(25);
    expect(attempts[2]!.startedAt - attempts[1]!.startedAt).toBeGreaterThanOrEqual(55);
    const log = await call(fake, 'GET', `${API}/subscriptions/${subId}/callbacks-log`);
    expect(log.body.map((e: { status: string }) => e.status)).toEqual(['successful', 'failed', 'failed']);
    expect(log.body[0].requestDetails).toMatchObject({ url: receiver.url, body: '{"id":"j1"}' });
    const failed = await call(
      fake,
      'GET',
      `${API}/subscriptions/${subId}/callbacks-log?callbackStatus=failed`,
    );
    expect(failed.body).toHaveLength(2);
  });

  it('gives up after the last retry', async () => {
    const receiver = await startReceiver(hookHandler({ deliveryStatus: 200 }));
    const fake = await startFake({ webhooks: { retryDelaysMs: [10, 10] } });
    await subscribe(fake, receiver.url, ['job.updated']);
    fake.webhooks.emit('job.updated', { id: 'j1' }, '/jobs/j1');
    const attempts = await fake.webhooks.waitForDeliveries();
    expect(attempts).toHaveLength(3);
    expect(attempts.every((a) => a.status === 'failed' && a.error === 'expected HTTP 202, got 200')).toBe(
      true,
    );
    expect(attempts.at(-1)!.final).toBe(true);
    expect(fake.webhooks.pendingDeliveries).toBe(0);
  });

  it('waits for at least one matching delivery without count, even before the event', async () => {
    const receiver = await startReceiver(hookHandler());
    const fake = await startFake();
    await subscribe(fake, receiver.url, ['job.created', 'job.updated']);
    // Nothing emitted yet: the wait does not resolve with [] at once.
    const waiting = fake.webhooks.waitForDeliveries({ eventName: 'job.created' });
    fake.webhooks.emit('job.updated', { id: 'j0' }, '/jobs/j0');
    await fake.webhooks.waitForDeliveries({ eventName: 'job.updated' });
    setTimeout(() => fake.webhooks.emit('job.created', { id: 'j1' }, '/jobs/j1'), 20);
    const attempts = await waiting;
    expect(attempts.map((a) => [a.eventName, a.status])).toEqual([['job.created', 'successful']]);
    // No matching delivery ever: a timeout, not an empty result.
    await expect(
      fake.webhooks.waitForDeliveries({ eventName: 'job.deleted', timeoutMs: 50 }),
    ).rejects.toThrow(/timed out after 50 ms: 0 matching/);
  });

  it('treats an answer slower than the delivery timeout as a failure', async () => {
    const receiver = await startReceiver(hookHandler({ delayMs: 300 }));
    const fake = await startFake({ webhooks: { deliveryTimeoutMs: 80, retryDelaysMs: [] } });
    await subscribe(fake, receiver.url, ['job.updated']);
    fake.webhooks.emit('job.updated', { id: 'j1' }, '/jobs/j1');
    const [attempt] = await fake.webhooks.waitForDeliveries({ count: 1 });
    expect(attempt).toMatchObject({ status: 'failed', responseStatus: null });
    expect(attempt!.error).toMatch(/80 ms/);
  });

  it('survives an onAttempt listener that throws: deliveries settle, retries go on', async () => {
    const receiver = await startReceiver(hookHandler({ deliveryStatus: (n) => (n === 1 ? 500 : 202) }));
    const fake = await startFake({ webhooks: { retryDelaysMs: [20] } });
    await subscribe(fake, receiver.url, ['job.updated']);
    const seen: number[] = [];
    fake.webhooks.onAttempt(() => {
      throw new Error('listener bug');
    });
    fake.webhooks.onAttempt((a) => seen.push(a.attempt));
    fake.webhooks.emit('job.updated', { id: 'j1' }, '/jobs/j1');
    const attempts = await fake.webhooks.waitForDeliveries({ timeoutMs: 2000 });
    expect(attempts.map((a) => [a.attempt, a.status])).toEqual([
      [1, 'failed'],
      [2, 'successful'],
    ]);
    // The other listener still ran after the throwing one, and nothing is left pending.
    expect(seen).toEqual([1, 2]);
    expect(fake.webhooks.pendingDeliveries).toBe(0);
    expect(fake.webhooks.listenerErrors.map((e) => (e as Error).message)).toEqual([
      'listener bug',
      'listener bug',
    ]);
  });

  it('uses SR retry delays by default', () => {
    expect(SR_RETRY_DELAYS_MS.slice(0, 5)).toEqual([60_000, 180_000, 600_000, 2_700_000, 7_200_000]);
    expect(SR_RETRY_DELAYS_MS).toHaveLength(10);
    expect(SR_RETRY_DELAYS_MS.at(-1)).toBe(1440 * 60_000);
  });

  it('signs with every live key while keys rotate, and drops a replaced key after 24 h', async () => {
    const receiver = await startReceiver(hookHandler());
    const fake = await startFake();
    const subId = await subscribe(fake, receiver.url, ['job.updated']);
    const first = (await call(fake, 'POST', `${API}/subscriptions/${subId}/secret-key`)).body
      .secretKey as string;
    const second = (await call(fake, 'POST', `${API}/subscriptions/${subId}/secret-key`)).body
      .secretKey as string;
    expect((await call(fake, 'GET', `${API}/subscriptions/${subId}/secret-key`)).body).toEqual({
      secretKey: second,
    });
    fake.webhooks.emit('job.updated', { id: 'j1' }, '/jobs/j1');
    await fake.webhooks.waitForDeliveries({ count: 1 });
    const rotating = receiver.received.at(-1)!;
    expect(String(rotating.headers['smartrecruiters-signature']).split(';')).toHaveLength(2);
    const now = Date.now() + 24 * 3_600_000 + 1000;
    for (const secret of [first, second]) {
      await expect(
        verifyWebhookSignature({ body: rotating.body, headers: rotating.headers, secret }),
      ).resolves.toBeUndefined();
    }
    fake.advanceTime(24 * 3_600_000 + 1000);
    fake.webhooks.emit('job.updated', { id: 'j1' }, '/jobs/j1');
    await fake.webhooks.waitForDeliveries({ count: 2 });
    const later = receiver.received.at(-1)!;
    expect(String(later.headers['smartrecruiters-signature']).split(';')).toHaveLength(1);
    await expect(
      verifyWebhookSignature({ body: later.body, headers: later.headers, secret: second, now }),
    ).resolves.toBeUndefined();
    await expect(
      verifyWebhookSignature({ body: later.body, headers: later.headers, secret: first, now }),
    ).rejects.toThrow();
  });

  it('adds the custom authentication header and redacts it in the callbacks log', async () => {
    const receiver = await startReceiver(hookHandler());
    const fake = await startFake();
    const subId = await subscribe(fake, receiver.url, ['job.updated'], {
      callbackAuthentication: {
        type: 'header',
        headerName: 'X-Hook-Token',
        headerValue: 'hook-secret-value',
      },
    });
    expect(receiver.received[0]!.headers['x-hook-token']).toBe('hook-secret-value');
    fake.webhooks.emit('job.updated', { id: 'j1' }, '/jobs/j1');
    await fake.webhooks.waitForDeliveries({ count: 1 });
    expect(receiver.received.at(-1)!.headers['x-hook-token']).toBe('hook-secret-value');
    const log = await call(fake, 'GET', `${API}/subscriptions/${subId}/callbacks-log`);
    expect(log.text).not.toContain('hook-secret-value');
    expect(log.body[0].requestDetails.headers['x-hook-token']).toBe('***');
    const sub = await call(fake, 'GET', `${API}/subscriptions/${subId}`);
    expect(sub.text).not.toContain('hook-secret-value');
  });

  it('adds HTTP Basic callback authentication', async () => {
    const receiver = await startReceiver(hookHandler());
    const fake = await startFake();
    await subscribe(fake, receiver.url, ['job.updated'], {
      callbackAuthentication: { type: 'basic', username: 'u', password: 'p' },
    });
    fake.webhooks.emit('job.updated', { id: 'j1' }, '/jobs/j1');
    await fake.webhooks.waitForDeliveries({ count: 1 });
    expect(receiver.received.at(-1)!.headers.authorization).toBe(
      `Basic ${Buffer.from('u:p').toString('base64')}`,
    );
  });

  it('delivers only subscribed events to active subscriptions, with SR payload shapes', async () => {
    const receiver = await startReceiver(hookHandler());
    const fake = await startFake();
    await subscribe(fake, receiver.url, [
      'application.status.updated',
      'application.attachment.created',
      'job.created',
      'job.status.updated',
      'application.created',
    ]);
    const inactive = await call(fake, 'POST', `${API}/subscriptions`, {
      json: { callbackUrl: receiver.url, events: ['job.created'] },
    });
    expect(inactive.body.status).toBe('inactive');
    const app = [...fake.state.applications.values()].find((a) => a.status === 'NEW')!;
    await call(fake, 'PUT', `/candidates/${app.candidateId}/jobs/${app.jobId}/status`, {
      json: { status: 'IN_REVIEW' },
    });
    const form = new FormData();
    form.append('file', new Blob(['hello']), 'hello.txt');
    const uploaded = await call(
      fake,
      'POST',
      `/candidates/${app.candidateId}/jobs/${app.jobId}/attachments`,
      { body: form },
    );
    const job = await call(fake, 'POST', '/jobs', {
      json: {
        title: 'Hooked',
        location: { countryCode: 'pl', city: 'Krakow' },
        industry: { id: 'internet' },
        function: { id: 'engineering' },
        experienceLevel: { id: 'associate' },
      },
    });
    await call(fake, 'PUT', `/jobs/${job.body.id}/status`, { json: { status: 'SOURCING' } });
    await call(fake, 'PATCH', `/candidates/${app.candidateId}`, { json: { firstName: 'Renamed' } });
    const attempts = await fake.webhooks.waitForDeliveries({ count: 4 });
    await fake.webhooks.waitForDeliveries();
    const byName = Object.fromEntries(attempts.map((a) => [a.eventName, JSON.parse(a.body)]));
    expect(byName['application.status.updated']).toEqual({
      job_id: app.jobId,
      candidate_id: app.candidateId,
      application_id: app.id,
    });
    expect(byName['application.attachment.created']).toEqual({
      job_id: app.jobId,
      candidate_id: app.candidateId,
      application_id: app.id,
      attachment_id: uploaded.body.id,
    });
    expect(byName['job.created']).toEqual({ id: job.body.id });
    expect(byName['job.status.updated']).toEqual({ id: job.body.id });
    expect(fake.webhooks.attempts.map((a) => a.eventName)).not.toContain('candidate.updated');
    expect(fake.webhooks.attempts).toHaveLength(4);
  });

  it('emits the events of every state change', async () => {
    const fake = await startFake();
    const app = [...fake.state.applications.values()][0]!;
    const job = [...fake.state.jobs.values()].find((j) => j.status === 'SOURCING')!;
    const user = [...fake.state.users.values()].find(
      (u) => u.active && !job.hiringTeam.some((m) => m.userId === u.id),
    )!;
    const base = `/candidates/${app.candidateId}/jobs/${app.jobId}`;
    const { sourceTypeId, sourceId } = fake.state.defaultSource;
    const source = { sourceTypeId, sourceId };
    const property = [...fake.state.candidateProperties.values()].find((p) => p.type === 'TEXT')!;
    await call(fake, 'PUT', `${base}/source`, { json: source });
    await call(fake, 'PUT', `${base}/properties`, { json: [{ id: property.id, value: 'two weeks' }] });
    await call(fake, 'PUT', `${base}/onboardingStatus`, { json: { onboardingStatus: 'READY_TO_ONBOARD' } });
    await call(fake, 'POST', `/jobs/${job.id}/hiring-team`, { json: { id: user.id, role: 'EXECUTIVE' } });
    await call(fake, 'PATCH', `/jobs/${job.id}`, {
      json: [{ op: 'replace', path: '/title', value: 'Renamed job' }],
      contentType: 'application/json-patch+json',
    });
    await call(fake, 'POST', `/candidates/${app.candidateId}/tags`, { json: { tags: ['brand-new-tag'] } });
    await call(fake, 'DELETE', `/candidates/${app.candidateId}`);
    await call(fake, 'POST', `/jobs/${job.id}/candidates`, {
      json: { firstName: 'A', lastName: 'B', email: 'a.b@example.com' },
    });
    expect(fake.webhooks.events.map((e) => e.name)).toEqual([
      'application.source.updated',
      'application.fields.updated',
      'application.onboarding-status.updated',
      'job.hiring-team.updated',
      'job.updated',
      'candidate.updated',
      'candidate.deleted',
      'candidate.created',
      'application.created',
    ]);
  });
});
