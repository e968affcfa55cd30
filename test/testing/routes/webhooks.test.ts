import { describe, expect, it } from 'vitest';
import { encodeCursor } from '../../../src/testing/pagination.js';
import { call, errorCode, hookHandler, startFake, startReceiver } from '../helpers.js';

const API = '/webhooks-api/v201907';

describe('webhook subscriptions (§12.1)', () => {
  it('creates inactive subscriptions, validating callbackUrl and events', async () => {
    const fake = await startFake({ rateLimits: false });
    const ok = await call(fake, 'POST', `${API}/subscriptions`, {
      json: {
        callbackUrl: 'https://hooks.example.com/sr',
        events: ['job.created', 'candidate.created'],
        alertingEmailAddress: 'ops@example.com',
      },
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toEqual({
      id: expect.any(String),
      callbackUrl: 'https://hooks.example.com/sr',
      events: [
        { name: 'job.created', version: 'v1' },
        { name: 'candidate.created', version: 'v1' },
      ],
      status: 'inactive',
    });
    // Write-only: kept, never answered.
    expect(fake.state.subscriptions.get(ok.body.id)?.alertingEmailAddress).toBe('ops@example.com');
    for (const url of ['http://127.0.0.1:9/x', 'http://localhost/x', 'http://[::1]:8080/x']) {
      expect(
        (
          await call(fake, 'POST', `${API}/subscriptions`, {
            json: { callbackUrl: url, events: ['job.created'] },
          })
        ).status,
        url,
      ).toBe(201);
    }
    for (const body of [
      { callbackUrl: 'http://hooks.example.com/x', events: ['job.created'] },
      { callbackUrl: 'ftp://hooks.example.com/x', events: ['job.created'] },
      { callbackUrl: 'https://hooks.example.com/x', events: [] },
      { callbackUrl: 'https://hooks.example.com/x', events: ['job.exploded'] },
      { events: ['job.created'] },
      {
        callbackUrl: 'https://hooks.example.com/x',
        events: ['job.created'],
        callbackAuthentication: { type: 'magic' },
      },
    ]) {
      // SR: 422 "Incorrect subscription data" (an invalid callback URL, an unknown event name).
      const r = await call(fake, 'POST', `${API}/subscriptions`, { json: body });
      expect(r.status, JSON.stringify(body)).toBe(422);
      expect(errorCode(r)).toBe('VALIDATION_ERROR');
    }
  });

  it('allows at most 20 subscriptions per credential', async () => {
    const fake = await startFake({ rateLimits: false, apiKeys: ['another-key-another-key-another-k'] });
    for (let i = 0; i < 20; i++) {
      await call(fake, 'POST', `${API}/subscriptions`, {
        json: { callbackUrl: `https://h.example/${i}`, events: ['job.created'] },
      });
    }
    const over = await call(fake, 'POST', `${API}/subscriptions`, {
      json: { callbackUrl: 'https://h.example/x', events: ['job.created'] },
    });
    expect(over.status).toBe(403);
    expect(errorCode(over)).toBe('SUBSCRIPTIONS_LIMIT_EXCEEDED');
    const other = await call(fake, 'POST', `${API}/subscriptions`, {
      auth: { apiKey: 'another-key-another-key-another-k' },
      json: { callbackUrl: 'https://h.example/x', events: ['job.created'] },
    });
    expect(other.status).toBe(201);
  });

  it('lists as a bare array paged by a Link rel="next" header, per credential', async () => {
    const fake = await startFake({ rateLimits: false, apiKeys: ['another-key-another-key-another-k'] });
    const ids: string[] = [];
    for (let i = 0; i < 13; i++) {
      ids.push(
        (
          await call(fake, 'POST', `${API}/subscriptions`, {
            json: { callbackUrl: `https://h.example/${i}`, events: ['job.created'] },
          })
        ).body.id,
      );
    }
    const first = await call(fake, 'GET', `${API}/subscriptions`);
    expect(Array.isArray(first.body)).toBe(true);
    // SR's default page of 10, and the next page in a Link header (RFC 8288, rel="next").
    expect(first.body).toHaveLength(10);
    const link = /^<([^>]+)>; rel="next"$/.exec(first.headers.get('link') ?? '');
    expect(link).not.toBeNull();
    const nextUrl = new URL(link![1]!);
    expect(`${nextUrl.origin}${nextUrl.pathname}`).toBe(`${fake.url}${API}/subscriptions`);
    expect(nextUrl.searchParams.get('page_id')).toEqual(expect.any(String));
    const second = await call(fake, 'GET', `${nextUrl.pathname}${nextUrl.search}`);
    expect(second.body.map((s: { id: string }) => s.id)).toEqual(ids.slice(10));
    // The last page announces no next one.
    expect(second.headers.get('link')).toBeNull();
    const all = await call(fake, 'GET', `${API}/subscriptions?limit=100`);
    expect(all.body.map((s: { id: string }) => s.id)).toEqual(ids);
    expect(all.headers.get('link')).toBeNull();
    expect((await call(fake, 'GET', `${API}/subscriptions?limit=101`)).status).toBe(400);
    const small = await call(fake, 'GET', `${API}/subscriptions?limit=5`);
    expect(small.body).toHaveLength(5);
    const otherList = await call(fake, 'GET', `${API}/subscriptions`, {
      auth: { apiKey: 'another-key-another-key-another-k' },
    });
    expect(otherList.body).toEqual([]);
    expect(
      (
        await call(fake, 'GET', `${API}/subscriptions/${ids[0]}`, {
          auth: { apiKey: 'another-key-another-key-another-k' },
        })
      ).status,
    ).toBe(404);
  });

  it('keeps a page_id cursor working after its anchor subscription is deleted, never reusing positions', async () => {
    const fake = await startFake({ rateLimits: false });
    const create = async (i: number) =>
      (
        await call(fake, 'POST', `${API}/subscriptions`, {
          json: { callbackUrl: `https://h.example/${i}`, events: ['job.created'] },
        })
      ).body.id as string;
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await create(i));
    // The fake's page_id (announced in the Link header) is the last position served.
    const pageAfter = (id: string) =>
      `${API}/subscriptions?limit=2&page_id=${encodeCursor(String(fake.state.subscriptions.get(id)!.seq))}`;
    const first = await call(fake, 'GET', `${API}/subscriptions?limit=2`);
    expect(first.body.map((s: { id: string }) => s.id)).toEqual(ids.slice(0, 2));
    const next = pageAfter(ids[1]!);
    // The last subscription of the page (the cursor's anchor) goes away before the next page.
    expect((await call(fake, 'DELETE', `${API}/subscriptions/${ids[1]}`)).status).toBe(204);
    const second = await call(fake, 'GET', next);
    expect(second.status).toBe(200);
    expect(second.body.map((s: { id: string }) => s.id)).toEqual(ids.slice(2, 4));
    // Deleting the newest and creating another must not give the new one an old position.
    const third = await call(fake, 'GET', pageAfter(ids[3]!));
    expect(third.body.map((s: { id: string }) => s.id)).toEqual([ids[4]]);
    await call(fake, 'DELETE', `${API}/subscriptions/${ids[4]}`);
    const late = await create(5);
    const resumed = await call(fake, 'GET', next);
    expect(resumed.body.map((s: { id: string }) => s.id)).toEqual([ids[2], ids[3]]);
    const all = await call(fake, 'GET', `${API}/subscriptions`);
    expect(all.body.map((s: { id: string }) => s.id)).toEqual([ids[0], ids[2], ids[3], late]);
    expect((await call(fake, 'GET', `${API}/subscriptions?page_id=bm90LWEtY3Vyc29y`)).status).toBe(400);
  });

  it('activates with a real handshake echoing X-Hook-Secret (204)', async () => {
    const receiver = await startReceiver(hookHandler());
    const fake = await startFake();
    const created = await call(fake, 'POST', `${API}/subscriptions`, {
      json: { callbackUrl: receiver.url, events: ['job.created'] },
    });
    const r = await call(fake, 'PUT', `${API}/subscriptions/${created.body.id}/activation`);
    expect(r.status).toBe(204);
    expect(receiver.received[0]!.method).toBe('POST');
    expect(receiver.received[0]!.headers['x-hook-secret']).toMatch(/^[A-Za-z0-9]{32}$/);
    expect((await call(fake, 'GET', `${API}/subscriptions/${created.body.id}`)).body.status).toBe('active');
    expect(fake.webhooks.handshakes[0]).toMatchObject({ ok: true, responseStatus: 200 });
    // Activating an active subscription: SR's 409, and no second handshake.
    const again = await call(fake, 'PUT', `${API}/subscriptions/${created.body.id}/activation`);
    expect(again.status).toBe(409);
    expect(fake.webhooks.handshakes).toHaveLength(1);
  });

  it.each([
    [
      'a non-200 answer',
      async (_req: unknown, res: import('node:http').ServerResponse) => {
        res.writeHead(500);
        res.end();
      },
      /HTTP 500/,
    ],
    [
      'no echoed secret',
      async (_req: unknown, res: import('node:http').ServerResponse) => {
        res.writeHead(200);
        res.end();
      },
      /echo/,
    ],
    [
      'a wrong echoed secret',
      async (_req: unknown, res: import('node:http').ServerResponse) => {
        res.writeHead(200, { 'X-Hook-Secret': 'nope' });
        res.end();
      },
      /echo/,
    ],
    [
      'no answer in time',
      async (_req: unknown, res: import('node:http').ServerResponse) => {
        setTimeout(() => res.end(), 400);
      },
      /within 100 ms/,
    ],
  ])('fails activation with 424 on %s', async (_name, handler, message) => {
    const receiver = await startReceiver(handler);
    const fake = await startFake({ webhooks: { handshakeTimeoutMs: 100 } });
    const created = await call(fake, 'POST', `${API}/subscriptions`, {
      json: { callbackUrl: receiver.url, events: ['job.created'] },
    });
    const r = await call(fake, 'PUT', `${API}/subscriptions/${created.body.id}/activation`);
    expect(r.status).toBe(424);
    expect(errorCode(r)).toBe('WEBHOOK_HANDSHAKE_FAILED');
    expect(r.body.message).toMatch(message);
    expect((await call(fake, 'GET', `${API}/subscriptions/${created.body.id}`)).body.status).toBe('inactive');
  });

  it('fails activation when the callback is unreachable', async () => {
    const fake = await startFake();
    const created = await call(fake, 'POST', `${API}/subscriptions`, {
      json: { callbackUrl: 'http://127.0.0.1:9/hook', events: ['job.created'] },
    });
    const r = await call(fake, 'PUT', `${API}/subscriptions/${created.body.id}/activation`);
    expect(r.status).toBe(424);
    expect(r.body.message).toMatch(/unreachable/);
  });

  it('manages secret keys: 404 before the first, at most 16 live keys', async () => {
    const fake = await startFake({ rateLimits: false });
    const created = await call(fake, 'POST', `${API}/subscriptions`, {
      json: { callbackUrl: 'https://h.example/x', events: ['job.created'] },
    });
    const path = `${API}/subscriptions/${created.body.id}/secret-key`;
    expect((await call(fake, 'GET', path)).status).toBe(404);
    const keys = [];
    for (let i = 0; i < 16; i++) {
      const r = await call(fake, 'POST', path);
      expect(r.status).toBe(201);
      keys.push(r.body.secretKey);
    }
    expect(new Set(keys).size).toBe(16);
    const over = await call(fake, 'POST', path);
    expect(over.status).toBe(403);
    expect(errorCode(over)).toBe('SECRET_KEYS_LIMIT_EXCEEDED');
    fake.advanceTime(24 * 3_600_000 + 1);
    expect((await call(fake, 'POST', path)).status).toBe(201);
  });

  it('deletes subscriptions (204, then 404) and stops deliveries to them', async () => {
    const receiver = await startReceiver(hookHandler());
    const fake = await startFake();
    const created = await call(fake, 'POST', `${API}/subscriptions`, {
      json: { callbackUrl: receiver.url, events: ['job.created'] },
    });
    await call(fake, 'PUT', `${API}/subscriptions/${created.body.id}/activation`);
    expect((await call(fake, 'DELETE', `${API}/subscriptions/${created.body.id}`)).status).toBe(204);
    expect((await call(fake, 'GET', `${API}/subscriptions/${created.body.id}`)).status).toBe(404);
    const event = fake.webhooks.emit('job.created', { id: 'j' }, '/jobs/j');
    expect(event.subscriptionIds).toEqual([]);
  });

  it('filters the callbacks log by time', async () => {
    const receiver = await startReceiver(hookHandler());
    const fake = await startFake();
    const created = await call(fake, 'POST', `${API}/subscriptions`, {
      json: { callbackUrl: receiver.url, events: ['job.created'] },
    });
    await call(fake, 'PUT', `${API}/subscriptions/${created.body.id}/activation`);
    fake.webhooks.emit('job.created', { id: 'j' }, '/jobs/j');
    await fake.webhooks.waitForDeliveries();
    const log = `${API}/subscriptions/${created.body.id}/callbacks-log`;
    expect((await call(fake, 'GET', `${log}?after=2000-01-01T00:00:00.000Z`)).body).toHaveLength(1);
    expect((await call(fake, 'GET', `${log}?before=2000-01-01T00:00:00.000Z`)).body).toHaveLength(0);
    expect((await call(fake, 'GET', `${log}?callbackStatus=maybe`)).status).toBe(400);
    // A page_id the fake did not announce is refused, as on the subscriptions list.
    expect((await call(fake, 'GET', `${log}?page_id=bm90LWEtY3Vyc29y`)).status).toBe(400);
    // Pages link to the next one, keeping the filters.
    fake.webhooks.emit('job.created', { id: 'j2' }, '/jobs/j2');
    await fake.webhooks.waitForDeliveries({ count: 2 });
    const page = await call(fake, 'GET', `${log}?limit=1&callbackStatus=successful`);
    expect(page.body).toHaveLength(1);
    const next = new URL(/^<([^>]+)>; rel="next"$/.exec(page.headers.get('link') ?? '')![1]!);
    expect(next.searchParams.get('callbackStatus')).toBe('successful');
    const rest = await call(fake, 'GET', `${next.pathname}${next.search}`);
    expect(rest.body).toHaveLength(1);
    expect(rest.body[0].timestamp <= page.body[0].timestamp).toBe(true);
    expect(rest.headers.get('link')).toBeNull();
  });
});
