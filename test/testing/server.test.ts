import { describe, expect, it } from 'vitest';
import { createFakeSmartRecruiters } from '../../src/testing/index.js';
import { rawHttp, startFake } from './helpers.js';

describe('createFakeSmartRecruiters (node:http)', () => {
  it('listens on 127.0.0.1 on a free port and uses its own origin in actions', async () => {
    const fake = await createFakeSmartRecruiters({ counts: { candidates: 3 } });
    try {
      expect(fake.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(fake.port).toBeGreaterThan(0);
      expect(fake.baseUrl).toBe(fake.url);
      const r = await fetch(`${fake.url}/candidates`, { headers: { 'X-SmartToken': fake.apiKey } });
      const body = (await r.json()) as { content: Array<{ actions: { details: { url: string } } }> };
      expect(body.content[0]!.actions.details.url.startsWith(`${fake.url}/candidates/`)).toBe(true);
      expect(r.headers.get('content-length')).toMatch(/^\d+$/);
    } finally {
      await fake.close();
    }
    await expect(fetch(`${fake.url}/jobs`)).rejects.toThrow();
  });

  it('closes even with open keep-alive connections and stops webhook deliveries', async () => {
    const fake = await createFakeSmartRecruiters();
    await fetch(`${fake.url}/jobs`, { headers: { 'X-SmartToken': fake.apiKey } });
    const started = performance.now();
    await fake.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(fake.webhooks.pendingDeliveries).toBe(0);
  });

  it('runs two fakes side by side with separate state', async () => {
    const a = await createFakeSmartRecruiters({ seed: 1 });
    const b = await createFakeSmartRecruiters({ seed: 2 });
    try {
      expect(a.url).not.toBe(b.url);
      expect([...a.state.candidates.keys()][0]).not.toBe([...b.state.candidates.keys()][0]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('refuses a declared content-length over the limit with 413 before reading the body', async () => {
    const fake = await startFake({ maxAttachmentBytes: 1024 });
    const limit = 1024 + 1024 * 1024;
    // The head announces 50 MB, and no body byte is ever sent: the answer must not wait for it.
    const r = await rawHttp(
      fake.port,
      `POST /candidates HTTP/1.1\r\nHost: x\r\nX-SmartToken: ${fake.apiKey}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${50 * 1024 * 1024}\r\n\r\n`,
    );
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toMatchObject({
      message: `Request body exceeds ${limit} bytes`,
      errors: [{ code: 'PAYLOAD_TOO_LARGE' }],
    });
    expect(r.headers['x-ratelimit-limit']).toBe('10');
    expect(r.headers.connection).toBe('close');
    expect(r.closedByServer).toBe(true);
    expect(fake.requests.last()).toMatchObject({ route: 'POST /candidates', status: 413 });
    expect(fake.state.candidates.size).toBe(40);
  });

  it('stops reading a chunked body once it passes the limit, answers 413 and hangs up', async () => {
    const fake = await startFake({ maxAttachmentBytes: 1024 });
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    let written = 0;
    const r = await rawHttp(
      fake.port,
      `POST /candidates HTTP/1.1\r\nHost: x\r\nX-SmartToken: ${fake.apiKey}\r\n` +
        'Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n',
      {
        // 1.25 MiB in 64 KiB chunks, never terminated: only the limit can end the request.
        write: (socket) => {
          for (let i = 0; i < 20; i++) {
            socket.write(`${chunk.length.toString(16)}\r\n`);
            socket.write(chunk);
            socket.write('\r\n');
            written += chunk.length;
          }
        },
      },
    );
    expect(written).toBeGreaterThan(1024 + 1024 * 1024);
    expect(r.status).toBe(413);
    expect(JSON.parse(r.body)).toMatchObject({ errors: [{ code: 'PAYLOAD_TOO_LARGE' }] });
    expect(r.closedByServer).toBe(true);
  });

  it('still accepts a body within the limit', async () => {
    const fake = await startFake({ maxAttachmentBytes: 1024 });
    const r = await fetch(`${fake.url}/candidates`, {
      method: 'POST',
      headers: { 'X-SmartToken': fake.apiKey, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        firstName: 'In',
        lastName: 'Limit',
        email: 'in.limit@example.com',
        pad: 'x'.repeat(900_000),
      }),
    });
    expect(r.status).toBe(201);
  });
});
