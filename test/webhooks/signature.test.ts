import { readFileSync } from 'node:fs';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  constructWebhookEvent,
  isWebhookEvent,
  readHookSecret,
  signWebhookPayload,
  verifyWebhookSignature,
  WebhookVerificationError,
} from '../../src/index.js';

// The official worked example (smartrecruiters-api.md §12.5), stored with the specs.
const vector = JSON.parse(
  readFileSync(new URL('../fixtures/webhook-signature-test-vector.json', import.meta.url), 'utf8'),
) as {
  secretKey: string;
  headers: Record<string, string>;
  rawBody: string;
  expectedSignatureHex: string;
};
const signedAt = Number(vector.headers['smartrecruiters-timestamp']) * 1000;

async function reason(promise: Promise<unknown>): Promise<string | undefined> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WebhookVerificationError);
  return (error as WebhookVerificationError).reason;
}

describe('verifyWebhookSignature', () => {
  it('verifies the official SmartRecruiters test vector', async () => {
    await expect(
      verifyWebhookSignature({
        body: vector.rawBody,
        headers: vector.headers,
        secret: vector.secretKey,
        now: signedAt,
      }),
    ).resolves.toBeUndefined();
  });

  it('accepts the raw body as bytes and headers from the Fetch API', async () => {
    await expect(
      verifyWebhookSignature({
        body: new TextEncoder().encode(vector.rawBody),
        headers: new Headers(vector.headers),
        secret: vector.secretKey,
        now: signedAt,
      }),
    ).resolves.toBeUndefined();
  });

  it('rejects a body that was re-serialised (the docs show it with a space)', async () => {
    const spaced = '{"job_id": "jid", "candidate_id": "cid"}';
    expect(
      await reason(
        verifyWebhookSignature({
          body: spaced,
          headers: vector.headers,
          secret: vector.secretKey,
          now: signedAt,
        }),
      ),
    ).toBe('signature_mismatch');
  });

  it('rejects a link header without its angle brackets (rendered docs drop them)', async () => {
    const headers = { ...vector.headers, link: 'http://smartrecruiters.com/endpoint; rel=self' };
    // RFC 8288 links start with "<": without it the signed string could be split another way.
    expect(
      await reason(
        verifyWebhookSignature({ body: vector.rawBody, headers, secret: vector.secretKey, now: signedAt }),
      ),
    ).toBe('ambiguous_headers');
  });

  it('rejects a changed event name, id or version, and a wrong secret', async () => {
    for (const [name, value] of [
      ['event-name', 'application.status.updated'],
      ['event-id', '124'],
      ['event-version', 'v1'],
    ] as const) {
      const headers = { ...vector.headers, [name]: value };
      expect(
        await reason(
          verifyWebhookSignature({ body: vector.rawBody, headers, secret: vector.secretKey, now: signedAt }),
        ),
      ).toBe('signature_mismatch');
    }
    expect(
      await reason(
        verifyWebhookSignature({
          body: vector.rawBody,
          headers: vector.headers,
          secret: 'other',
          now: signedAt,
        }),
      ),
    ).toBe('signature_mismatch');
  });

  it('gives one precise reason per cause', async () => {
    const base = { body: vector.rawBody, secret: vector.secretKey, now: signedAt };
    const without = (name: string) =>
      Object.fromEntries(Object.entries(vector.headers).filter(([k]) => k !== name));
    expect(
      await reason(verifyWebhookSignature({ ...base, headers: without('smartrecruiters-signature') })),
    ).toBe('missing_signature');
    expect(
      await reason(verifyWebhookSignature({ ...base, headers: without('smartrecruiters-timestamp') })),
    ).toBe('missing_timestamp');
    expect(
      await reason(
        verifyWebhookSignature({
          ...base,
          headers: { ...vector.headers, 'smartrecruiters-timestamp': 'yesterday' },
        }),
      ),
    ).toBe('invalid_timestamp');
    expect(
      await reason(
        verifyWebhookSignature({
          ...base,
          headers: { ...vector.headers, 'smartrecruiters-signature': 'v0=abc' },
        }),
      ),
    ).toBe('malformed_signature');
    expect(await reason(verifyWebhookSignature({ ...base, headers: vector.headers, secret: '' }))).toBe(
      'no_secret',
    );
    expect(await reason(verifyWebhookSignature({ ...base, headers: vector.headers, secret: [] }))).toBe(
      'no_secret',
    );
  });

  it('enforces the timestamp tolerance (default 300 s, configurable)', async () => {
    const base = { body: vector.rawBody, headers: vector.headers, secret: vector.secretKey };
    expect(await reason(verifyWebhookSignature({ ...base, now: signedAt + 301_000 }))).toBe(
      'timestamp_outside_tolerance',
    );
    expect(await reason(verifyWebhookSignature({ ...base, now: signedAt - 301_000 }))).toBe(
      'timestamp_outside_tolerance',
    );
    await expect(verifyWebhookSignature({ ...base, now: signedAt + 299_000 })).resolves.toBeUndefined();
    await expect(
      verifyWebhookSignature({ ...base, now: signedAt + 3_600_000, toleranceSeconds: 7200 }),
    ).resolves.toBeUndefined();
  });

  it('accepts any of several signatures and secrets (key rotation)', async () => {
    const headers = {
      ...vector.headers,
      'smartrecruiters-signature': `v1=${'0'.repeat(64)};v1=${vector.expectedSignatureHex}`,
    };
    await expect(
      verifyWebhookSignature({
        body: vector.rawBody,
        headers,
        secret: ['old-key', vector.secretKey],
        now: signedAt,
      }),
    ).resolves.toBeUndefined();
  });

  it('reads at most 16 signatures, as many as SmartRecruiters has live keys', async () => {
    const bogus = (n: number) =>
      Array.from({ length: n }, (_, i) => `v1=${i.toString(16).padStart(64, '0')}`);
    const at = (n: number) => ({
      ...vector.headers,
      'smartrecruiters-signature': [...bogus(n - 1), `v1=${vector.expectedSignatureHex}`].join(';'),
    });
    const base = { body: vector.rawBody, secret: vector.secretKey, now: signedAt };
    await expect(verifyWebhookSignature({ ...base, headers: at(16) })).resolves.toBeUndefined();
    expect(await reason(verifyWebhookSignature({ ...base, headers: at(17) }))).toBe('signature_mismatch');
  });

  it('refuses a parsed object instead of the raw body', async () => {
    expect(
      await reason(
        verifyWebhookSignature({
          body: { job_id: 'jid' } as never,
          headers: vector.headers,
          secret: vector.secretKey,
          now: signedAt,
        }),
      ),
    ).toBe('invalid_payload');
  });
});

describe('signWebhookPayload', () => {
  it('reproduces the official signature', async () => {
    const headers = await signWebhookPayload({
      secret: vector.secretKey,
      body: vector.rawBody,
      eventId: vector.headers['event-id']!,
      eventName: vector.headers['event-name']!,
      eventVersion: vector.headers['event-version']!,
      link: vector.headers.link,
      timestamp: signedAt / 1000,
    });
    expect(headers['smartrecruiters-signature']).toBe(`v1=${vector.expectedSignatureHex}`);
    expect(headers).toMatchObject({ 'smartrecruiters-timestamp': '1574080897', 'event-id': '123' });
  });

  it('signs with every secret given, as SmartRecruiters does while keys rotate', async () => {
    const headers = await signWebhookPayload({
      secret: ['a', 'b'],
      body: '{}',
      eventId: '1',
      eventName: 'candidate.created',
      eventVersion: 'v1',
    });
    expect(headers['smartrecruiters-signature']).toMatch(/^v1=[0-9a-f]{64};v1=[0-9a-f]{64}$/);
    await expect(verifyWebhookSignature({ body: '{}', headers, secret: 'b' })).resolves.toBeUndefined();
  });
});

describe('constructWebhookEvent', () => {
  it('returns a typed event narrowed by name', async () => {
    const event = await constructWebhookEvent({
      body: vector.rawBody,
      headers: vector.headers,
      secret: vector.secretKey,
      now: signedAt,
    });
    expect(event).toEqual({
      id: '123',
      known: true,
      name: 'application.created',
      version: 'v201910',
      link: 'http://smartrecruiters.com/endpoint',
      signed_at: '2019-11-18T12:41:37.000Z',
      payload: { job_id: 'jid', candidate_id: 'cid' },
    });
    expect(isWebhookEvent(event, 'application.created')).toBe(true);
    if (isWebhookEvent(event, 'application.created')) {
      expectTypeOf(event.payload.candidate_id).toEqualTypeOf<string>();
      expect(event.payload.candidate_id).toBe('cid');
    }
    expect(isWebhookEvent(event, 'candidate.created')).toBe(false);
  });

  it('passes events of unknown names through, marked unknown, without refusing them', async () => {
    const body = '{"thing_id":"t1"}';
    const headers = await signWebhookPayload({
      secret: 's',
      body,
      eventId: '9',
      eventName: 'thing.created',
      eventVersion: 'v9',
    });
    const event = await constructWebhookEvent({ body, headers, secret: 's' });
    expect(event).toMatchObject({
      known: false,
      name: 'thing.created',
      payload: { thing_id: 't1' },
      link: null,
    });
  });

  it('rejects a signed body that is not a JSON object', async () => {
    const body = '[1,2]';
    const headers = await signWebhookPayload({
      secret: 's',
      body,
      eventId: '1',
      eventName: 'x',
      eventVersion: 'v1',
    });
    expect(await reason(constructWebhookEvent({ body, headers, secret: 's' }))).toBe('invalid_payload');
  });
});

describe('readHookSecret', () => {
  it('reads X-Hook-Secret case-insensitively for the activation handshake', () => {
    expect(readHookSecret({ 'X-Hook-Secret': 'abc' })).toBe('abc');
    expect(readHookSecret(new Headers({ 'x-hook-secret': 'def' }))).toBe('def');
    expect(readHookSecret({})).toBeNull();
  });
});
