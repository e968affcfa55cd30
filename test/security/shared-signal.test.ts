/**
 * One `AbortSignal` shared by many requests (a shutdown signal for a whole sync) gets one
 * listener from the SDK, not one per request: Node warns past 10 (`MaxListenersExceededWarning`),
 * and listeners left behind would grow with every request. Aborting it still stops every request.
 * Loopback only.
 */
import { getEventListeners } from 'node:events';
import { describe, expect, it } from 'vitest';
import { type BinaryResponse, RequestAbortedError, SmartRecruitersClient } from '../../src/index.js';
import { toNodeReadable } from '../../src/node/index.js';
import { uniqueKey } from '../helpers/msw.js';
import { hostile, json } from './hostile.js';

const listeners = (signal: AbortSignal) => getEventListeners(signal, 'abort').length;

const clientOf = (origin: string) =>
  new SmartRecruitersClient({ apiKey: uniqueKey(), baseUrl: origin, logLevel: 'off', rateLimit: false });

async function collectWarnings<T>(run: () => Promise<T>): Promise<{ result: T; warnings: string[] }> {
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(warning.name);
  process.on('warning', onWarning);
  try {
    const result = await run();
    // Warnings are emitted on the next tick.
    await new Promise((resolve) => setTimeout(resolve, 20));
    return { result, warnings };
  } finally {
    process.off('warning', onWarning);
  }
}

describe('one signal shared by many requests', () => {
  it('30 requests in flight, some retried: at most one listener, none after, no warning', async () => {
    let calls = 0;
    const failed = new Set<string>();
    const api = await hostile(async (req, res) => {
      calls++;
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Every third request is answered 503 once: it waits for its retry on the same signal.
      const i = Number(new URL(req.url, 'http://x').searchParams.get('i'));
      if (i % 3 === 0 && !failed.has(String(i))) {
        failed.add(String(i));
        res.writeHead(503, { 'retry-after': '0' });
        return res.end();
      }
      json(res, 200, { ok: true });
    });
    const client = clientOf(api.origin);
    const shutdown = new AbortController();
    const peak = { value: 0 };
    const sampler = setInterval(() => {
      peak.value = Math.max(peak.value, listeners(shutdown.signal));
    }, 5);
    const { warnings } = await collectWarnings(() =>
      Promise.all(
        Array.from({ length: 30 }, (_, i) => client.get('/ping', { query: { i }, signal: shutdown.signal })),
      ),
    );
    clearInterval(sampler);
    expect(peak.value).toBeGreaterThan(0);
    expect(peak.value).toBeLessThanOrEqual(1);
    expect(listeners(shutdown.signal)).toBe(0);
    expect(warnings).not.toContain('MaxListenersExceededWarning');
    expect(calls).toBe(40);
  });

  it('aborting the shared signal stops every request, and leaves no listener', async () => {
    const api = await hostile(() => {
      // never answers
    });
    const client = clientOf(api.origin);
    const shutdown = new AbortController();
    const { result } = await collectWarnings(async () => {
      const requests = Array.from({ length: 20 }, () =>
        client.get('/jobs', { signal: shutdown.signal }).catch((e: unknown) => e),
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(listeners(shutdown.signal)).toBe(1);
      shutdown.abort();
      return Promise.all(requests);
    });
    for (const error of result) expect(error).toBeInstanceOf(RequestAbortedError);
    expect(listeners(shutdown.signal)).toBe(0);
  });

  it('15 downloads read as Node streams on one signal add one listener, removed when they close', async () => {
    const api = await hostile((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/pdf' });
      res.end('%PDF-1.7');
    });
    const client = clientOf(api.origin);
    const shutdown = new AbortController();
    const { warnings } = await collectWarnings(async () => {
      const files = await Promise.all(
        Array.from({ length: 15 }, () => client.get<BinaryResponse>('/file', { signal: shutdown.signal })),
      );
      const streams = files.map((file) => toNodeReadable(file, { signal: shutdown.signal }));
      expect(listeners(shutdown.signal)).toBe(1);
      for (const stream of streams) {
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        expect(Buffer.concat(chunks).toString()).toBe('%PDF-1.7');
      }
    });
    expect(warnings).not.toContain('MaxListenersExceededWarning');
    expect(listeners(shutdown.signal)).toBe(0);
  });
});
