import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  computeWebhookSignature,
  createWebhookHandler,
  verifyWebhookSignature,
  WebhookVerificationError,
} from '../../src/index.js';

const SECRET = 'HeBVky2bccvvkcXPimH8c';
const vector = JSON.parse(
  readFileSync(new URL('../fixtures/webhook-signature-test-vector.json', import.meta.url), 'utf8'),
) as { secretKey: string; headers: Record<string, string>; rawBody: string };

async function signed(
  headers: Record<string, string>,
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
) {
  const signature = await computeWebhookSignature(SECRET, {
    timestamp: String(timestamp),
    body,
    eventId: headers['event-id'],
    eventName: headers['event-name'],
    eventVersion: headers['event-version'],
    link: headers.link,
  });
  return {
    ...headers,
    'smartrecruiters-timestamp': String(timestamp),
    'smartrecruiters-signature': `v1=${signature}`,
  };
}

async function verifyError(headers: Record<string, string>, body: string): Promise<unknown> {
  try {
    await verifyWebhookSignature({ body, headers, secret: SECRET });
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('webhook edge cases', () => {
  it('answers 401 even when onRejected throws', async () => {
    const handler = createWebhookHandler({
      secret: SECRET,
      onEvent: () => undefined,
      onRejected: () => {
        throw new Error('logging is down');
      },
    });
    const response = await handler(
      new Request('https://receiver.test/hook', {
        method: 'POST',
        headers: { 'smartrecruiters-signature': 'v1=00', 'smartrecruiters-timestamp': '1' },
        body: '{}',
      }),
    );
    expect(response.status).toBe(401);
  });

  it('gives a stalled request body a deadline', async () => {
    const handler = createWebhookHandler({ secret: SECRET, onEvent: () => undefined, bodyTimeoutMs: 100 });
    const stalled = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"id":'));
        // never closes
      },
    });
    const headers = await signed(
      { 'event-id': 'e1', 'event-name': 'candidate.created', 'event-version': 'v1' },
      '{}',
    );
    const response = await handler(
      new Request('https://receiver.test/hook', {
        method: 'POST',
        headers,
        body: stalled,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(408);
  });

  it('refuses event ids holding the "." separator: the signed string would have another split', async () => {
    const body = '{"job_id":"j","candidate_id":"c"}';
    const genuine = await signed(
      { 'event-id': 'evt-9', 'event-name': 'application.status.updated', 'event-version': 'v1' },
      body,
    );
    await expect(verifyWebhookSignature({ body, headers: genuine, secret: SECRET })).resolves.toBeUndefined();
    // The same signature with the separator moved between event-id and event-name.
    const shifted = { ...genuine, 'event-id': 'evt-9.application', 'event-name': 'status.updated' };
    const error = await verifyError(shifted, body);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect((error as WebhookVerificationError).reason).toBe('ambiguous_headers');
  });

  it('refuses shifts between event-name, event-version and link too', async () => {
    const body = '{"id":"c"}';
    const link = '<https://api.smartrecruiters.com/candidates/c>; rel=self';
    const genuine = await signed(
      { 'event-id': 'e1', 'event-name': 'candidate.updated', 'event-version': 'v1', link },
      body,
    );
    for (const shifted of [
      { 'event-name': 'candidate', 'event-version': 'updated.v1' },
      {
        'event-name': 'candidate.updated.v1',
        'event-version': '<https://api',
        link: 'smartrecruiters.com/candidates/c>; rel=self',
      },
      { 'event-version': 'v1.<https://api', link: 'smartrecruiters.com/candidates/c>; rel=self' },
      { 'event-name': 'candidate', 'event-version': 'updated', link: `v1.${link}` },
    ]) {
      const error = await verifyError({ ...genuine, ...shifted }, body);
      expect(error, JSON.stringify(shifted)).toBeInstanceOf(WebhookVerificationError);
      expect((error as WebhookVerificationError).reason).toBe('ambiguous_headers');
    }
  });

  it("still verifies SmartRecruiters' official test vector and dotted versions", async () => {
    const now = Number(vector.headers['smartrecruiters-timestamp']) * 1000;
    await expect(
      verifyWebhookSignature({
        body: vector.rawBody,
        headers: vector.headers,
        secret: vector.secretKey,
        now,
      }),
    ).resolves.toBeUndefined();
    const body = '{"id":"c"}';
    const dotted = await signed(
      { 'event-id': 'e1', 'event-name': 'candidate.updated', 'event-version': '1.0.0' },
      body,
    );
    await expect(verifyWebhookSignature({ body, headers: dotted, secret: SECRET })).resolves.toBeUndefined();
  });
});
