import { describe, expect, it, vi } from 'vitest';
import {
  createWebhookHandler,
  signWebhookPayload,
  ValidationError,
  type WebhookEvent,
  type WebhookHandlerOptions,
  type WebhookVerificationError,
} from '../../src/index.js';

const SECRET = 'HeBVky2bccvvkcXPimH8c';
const URL_ = 'https://receiver.example/hooks/smartrecruiters';
const LINK = '<https://api.smartrecruiters.com/candidates/cid/jobs/jid>; rel=self';

async function delivery(
  body: string,
  options: { secret?: string | string[]; timestamp?: number } = {},
): Promise<Request> {
  const headers = await signWebhookPayload({
    secret: options.secret ?? SECRET,
    body,
    eventId: 'evt-1',
    eventName: 'application.status.updated',
    eventVersion: 'v1',
    link: LINK,
    ...(options.timestamp !== undefined ? { timestamp: options.timestamp } : {}),
  });
  return new Request(URL_, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
}

function handler(overrides: Partial<WebhookHandlerOptions> = {}) {
  const onEvent = vi.fn<(event: WebhookEvent) => void>();
  const onRejected = vi.fn<(error: WebhookVerificationError) => void>();
  const handle = createWebhookHandler({ secret: SECRET, onEvent, onRejected, ...overrides });
  return { handle, onEvent, onRejected };
}

const PAYLOAD = '{"job_id":"jid","candidate_id":"cid","application_id":"aid"}';

describe('createWebhookHandler', () => {
  it('answers the activation handshake with 200 echoing X-Hook-Secret, without calling onEvent', async () => {
    const { handle, onEvent, onRejected } = handler();
    const response = await handle(
      new Request(URL_, { method: 'POST', headers: { 'X-Hook-Secret': 'abc123' } }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('x-hook-secret')).toBe('abc123');
    expect(onEvent).not.toHaveBeenCalled();
    expect(onRejected).not.toHaveBeenCalled();
  });

  it('verifies a signed delivery, hands the typed event to onEvent, and answers 202', async () => {
    const { handle, onEvent } = handler();
    const response = await handle(await delivery(PAYLOAD));
    expect(response.status).toBe(202);
    expect(onEvent).toHaveBeenCalledTimes(1);
    const event = onEvent.mock.calls[0]![0];
    expect(event).toMatchObject({
      id: 'evt-1',
      name: 'application.status.updated',
      version: 'v1',
      known: true,
      link: 'https://api.smartrecruiters.com/candidates/cid/jobs/jid',
      payload: { job_id: 'jid', candidate_id: 'cid', application_id: 'aid' },
    });
    expect(event.signed_at).toEqual(expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/));
  });

  it('answers 401 to a wrong signature, a missing signature and a stale timestamp', async () => {
    const { handle, onEvent, onRejected } = handler();
    const wrongKey = await handle(await delivery(PAYLOAD, { secret: 'another-key' }));
    expect(wrongKey.status).toBe(401);
    // The body changed after signing.
    const signed = await delivery(PAYLOAD);
    const tampered = new Request(signed.url, {
      method: 'POST',
      headers: signed.headers,
      body: PAYLOAD.replace('aid', 'xid'),
    });
    expect((await handle(tampered)).status).toBe(401);
    const unsigned = new Request(URL_, { method: 'POST', body: PAYLOAD });
    expect((await handle(unsigned)).status).toBe(401);
    const stale = await handle(await delivery(PAYLOAD, { timestamp: Math.floor(Date.now() / 1000) - 3600 }));
    expect(stale.status).toBe(401);
    expect(onEvent).not.toHaveBeenCalled();
    expect(onRejected.mock.calls.map(([error]) => error.reason)).toEqual([
      'signature_mismatch',
      'signature_mismatch',
      'missing_signature',
      'timestamp_outside_tolerance',
    ]);
  });

  it('honours toleranceSeconds', async () => {
    const { handle, onEvent } = handler({ toleranceSeconds: 7200 });
    const old = await handle(await delivery(PAYLOAD, { timestamp: Math.floor(Date.now() / 1000) - 3600 }));
    expect(old.status).toBe(202);
    expect(onEvent).toHaveBeenCalledTimes(1);
  });

  it('checks the timestamp against `now()`, read per delivery (a test clock)', async () => {
    let now = Date.UTC(2030, 0, 1);
    const { handle, onEvent } = handler({ now: () => now });
    const signedThen = Math.floor(now / 1000);
    expect((await handle(await delivery(PAYLOAD, { timestamp: signedThen }))).status).toBe(202);
    now += 3_600_000;
    expect((await handle(await delivery(PAYLOAD, { timestamp: signedThen }))).status).toBe(401);
    expect(onEvent).toHaveBeenCalledTimes(1);
    expect(() => handler({ now: 1 as never })).toThrow(ValidationError);
  });

  it('answers 400 to a correctly signed body that is not a JSON object', async () => {
    const { handle, onEvent, onRejected } = handler();
    for (const body of ['["an","array"]', '"text"', 'not json', 'null']) {
      const response = await handle(await delivery(body));
      expect(response.status).toBe(400);
    }
    expect(onEvent).not.toHaveBeenCalled();
    expect(onRejected.mock.calls.map(([error]) => error.reason)).toEqual(Array(4).fill('invalid_payload'));
  });

  it('answers 500 when onEvent throws or rejects, so SmartRecruiters delivers again', async () => {
    const throwing = handler({
      onEvent: () => {
        throw new Error('queue down');
      },
    });
    expect((await throwing.handle(await delivery(PAYLOAD))).status).toBe(500);
    const rejecting = handler({ onEvent: async () => Promise.reject(new Error('queue down')) });
    expect((await rejecting.handle(await delivery(PAYLOAD))).status).toBe(500);
  });

  it('waits for an async onEvent before answering 202', async () => {
    const order: string[] = [];
    const { handle } = handler({
      onEvent: async () => {
        await new Promise((resolve) => setTimeout(resolve, 20));
        order.push('handled');
      },
    });
    const response = await handle(await delivery(PAYLOAD));
    order.push(`answered ${response.status}`);
    expect(order).toEqual(['handled', 'answered 202']);
  });

  it('answers 405 with Allow: POST to anything but POST', async () => {
    const { handle, onEvent } = handler();
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await handle(new Request(URL_, { method, headers: { 'X-Hook-Secret': 'abc' } }));
      expect(response.status).toBe(405);
      expect(response.headers.get('allow')).toBe('POST');
    }
    expect(onEvent).not.toHaveBeenCalled();
  });

  it('reads the secret from an async function, on every delivery, and accepts rotating keys', async () => {
    const secrets: Array<string | string[]> = [SECRET, ['old-key', 'new-key']];
    const secret = vi.fn(async () => secrets.shift() ?? 'none');
    const { handle, onEvent } = handler({ secret });
    expect((await handle(await delivery(PAYLOAD))).status).toBe(202);
    expect((await handle(await delivery(PAYLOAD, { secret: 'new-key' }))).status).toBe(202);
    expect((await handle(await delivery(PAYLOAD, { secret: 'new-key' }))).status).toBe(401);
    expect(secret).toHaveBeenCalledTimes(3);
    expect(onEvent).toHaveBeenCalledTimes(2);
    // The handshake needs no secret.
    expect(
      (await handle(new Request(URL_, { method: 'POST', headers: { 'x-hook-secret': 's' } }))).status,
    ).toBe(200);
    expect(secret).toHaveBeenCalledTimes(3);
  });

  it('answers 500 when the secret cannot be read or none is configured, so SmartRecruiters retries', async () => {
    const failing = handler({
      secret: async () => {
        throw new Error('secret store down');
      },
    });
    expect((await failing.handle(await delivery(PAYLOAD))).status).toBe(500);
    expect(failing.onEvent).not.toHaveBeenCalled();
    const empty = handler({ secret: '' });
    expect((await empty.handle(await delivery(PAYLOAD))).status).toBe(500);
    expect(empty.onRejected).toHaveBeenCalledWith(expect.objectContaining({ reason: 'no_secret' }));
  });

  it('refuses an unsigned request without reading its body, and an oversized body unread', async () => {
    let read = false;
    const body = new ReadableStream(
      {
        pull() {
          read = true;
        },
      },
      { highWaterMark: 0 },
    );
    const { handle, onRejected } = handler();
    const unsigned = new Request(URL_, { method: 'POST', body, duplex: 'half' } as RequestInit);
    expect((await handle(unsigned)).status).toBe(401);
    expect(read).toBe(false);
    expect(onRejected).toHaveBeenCalledWith(expect.objectContaining({ reason: 'missing_signature' }));
    const small = handler({ maxBodyBytes: 16 });
    expect((await small.handle(await delivery(PAYLOAD))).status).toBe(413);
    expect(small.onEvent).not.toHaveBeenCalled();
  });

  it("verifies SmartRecruiters' documented test vector", async () => {
    const { handle, onEvent } = handler({ toleranceSeconds: Number.POSITIVE_INFINITY });
    const body = '{"job_id":"jid","candidate_id":"cid"}';
    const response = await handle(
      new Request(URL_, {
        method: 'POST',
        headers: {
          'smartrecruiters-signature': 'v1=2e9291f10d44ca10204a4cd81b05d73b6a316b2b605d4e2e0e0b37b40198ce1f',
          'smartrecruiters-timestamp': '1574080897',
          'event-id': '123',
          'event-name': 'application.created',
          'event-version': 'v201910',
          link: '<http://smartrecruiters.com/endpoint>; rel=self',
        },
        body,
      }),
    );
    expect(response.status).toBe(202);
    expect(onEvent.mock.calls[0]![0]).toMatchObject({
      id: '123',
      payload: { job_id: 'jid', candidate_id: 'cid' },
    });
  });
});
