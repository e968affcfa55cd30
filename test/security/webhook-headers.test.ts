/**
 * What an unauthenticated client can make a webhook endpoint do before the HMAC: every check that
 * needs no secret is linear in its header (no pattern that backtracks), and runs before the body is
 * read. Loopback only.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type IncomingMessage, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkRegexes, findRegexes } from '../../scripts/redos.js';
import {
  createWebhookHandler,
  signWebhookPayload,
  ValidationError,
  verifyWebhookSignature,
  WebhookVerificationError,
} from '../../src/index.js';
import { createNodeWebhookHandler } from '../../src/node/index.js';

const SECRET = 'HeBVky2bccvvkcXPimH8c';
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Nine dot-separated words of eight letters, then `<`: 81 bytes. */
const CRAFTED_NAME = `${Array.from({ length: 9 }, () => 'abcdefgh').join('.')}<`;

async function validHeaders(overrides: Record<string, string> = {}): Promise<Record<string, string>> {
  const headers = await signWebhookPayload({
    secret: SECRET,
    body: '{}',
    eventId: 'e-1',
    eventName: 'application.created',
    eventVersion: 'v201910',
  });
  return { ...headers, ...overrides };
}

describe('webhook header checks are linear', () => {
  it('every regular expression on the webhook and download paths is safe for recheck', async () => {
    const files = [
      'src/webhooks/signature.ts',
      'src/webhooks/handler.ts',
      'src/internal/response.ts',
      'src/node/downloads.ts',
      'src/node/webhooks.ts',
    ];
    const regexes = findRegexes().filter((regex) => files.includes(regex.file));
    expect(regexes.length).toBeGreaterThan(0);
    const verdicts = await checkRegexes(regexes);
    expect(verdicts.filter((v) => v.status !== 'safe')).toEqual([]);
  }, 120_000);

  it('the crafted 81-byte event-name is refused as ambiguous, without a secret-holder signature', async () => {
    expect(CRAFTED_NAME).toHaveLength(81);
    const headers = await validHeaders({
      'event-name': CRAFTED_NAME,
      'smartrecruiters-signature': `v1=${'0'.repeat(64)}`,
    });
    const error = await verifyWebhookSignature({ body: '{}', headers, secret: SECRET }).catch((e) => e);
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(error).toMatchObject({ reason: 'ambiguous_headers' });
  });

  it('a 40-word crafted event-name (hours of backtracking for a regex) is refused in a fresh process', async () => {
    // Run apart, so that a backtracking check can be stopped: the child prints the reason.
    const name = `${Array.from({ length: 40 }, () => 'abcdefgh').join('.')}<`;
    const code = `
      const { verifyWebhookSignature, signWebhookPayload } = await import('./src/index.ts');
      const headers = await signWebhookPayload({ secret: 's', body: '{}', eventId: 'e', eventName: 'a', eventVersion: 'v1' });
      headers['event-name'] = ${JSON.stringify(name)};
      const error = await verifyWebhookSignature({ body: '{}', headers, secret: 's' }).catch((e) => e);
      console.log(error.reason);`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    // The linear check answers in milliseconds; the 15 s are for starting Node and tsx on a
    // loaded machine. The backtracking pattern this replaces needs hours for 40 words.
    const killer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const [exitCode] = await once(child, 'exit');
    clearTimeout(killer);
    expect(output.trim()).toBe('ambiguous_headers');
    expect(exitCode).toBe(0);
  }, 30_000);

  it('other event names keep their meaning: dotted words are fine, numbers and "<" are not', async () => {
    const reason = async (eventName: string) =>
      verifyWebhookSignature({
        body: '{}',
        headers: await validHeaders({ 'event-name': eventName }),
        secret: SECRET,
      }).then(
        () => 'ok',
        (e: WebhookVerificationError) => e.reason,
      );
    // The signature covers `application.created`: anything else verifies as a mismatch once the
    // headers pass, or is refused before the HMAC.
    expect(await reason('application.created')).toBe('ok');
    expect(await reason('candidate.status.2x')).toBe('signature_mismatch');
    expect(await reason('candidate.12')).toBe('ambiguous_headers');
    expect(await reason('candidate..x')).toBe('ambiguous_headers');
    expect(await reason('candidate<x')).toBe('ambiguous_headers');
  });
});

describe('webhook verification: bad configuration is a ValidationError', () => {
  it('an undefined or non-string secret, and headers that are not strings', async () => {
    const headers = await validHeaders();
    const errors = await Promise.all([
      verifyWebhookSignature({ body: '{}', headers, secret: undefined as never }).catch((e) => e),
      verifyWebhookSignature({ body: '{}', headers, secret: [SECRET, 5] as never }).catch((e) => e),
      verifyWebhookSignature({ body: '{}', headers: undefined as never, secret: SECRET }).catch((e) => e),
      verifyWebhookSignature({
        body: '{}',
        headers: { ...headers, 'event-name': 5 } as never,
        secret: SECRET,
      }).catch((e) => e),
      verifyWebhookSignature({
        body: '{}',
        headers: { ...headers, 'smartrecruiters-signature': [5] } as never,
        secret: SECRET,
      }).catch((e) => e),
    ]);
    for (const error of errors) expect(error).toBeInstanceOf(ValidationError);
  });

  it('createWebhookHandler refuses bad options when it is made', () => {
    expect(() => createWebhookHandler({ secret: 5, onEvent: () => {} } as never)).toThrow(ValidationError);
    expect(() => createWebhookHandler({ secret: SECRET } as never)).toThrow(ValidationError);
    expect(() =>
      createWebhookHandler({ secret: SECRET, onEvent: () => {}, bodyTimeoutMs: Number.NaN }),
    ).toThrow(ValidationError);
  });
});

/** A request body that counts how often the handler asked for a chunk. */
function countedBody() {
  const counter = { pulls: 0 };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        counter.pulls++;
        controller.enqueue(new TextEncoder().encode('{}'));
        controller.close();
      },
    },
    // Nothing is pulled before a read.
    { highWaterMark: 0 },
  );
  return { body, counter };
}

describe('the Fetch handler refuses before reading the body', () => {
  it.each([
    ['a garbage signature', { 'smartrecruiters-signature': 'garbage' }, 'malformed_signature'],
    ['timestamp 0', { 'smartrecruiters-timestamp': '0' }, 'timestamp_outside_tolerance'],
    ['an ambiguous event name', { 'event-name': CRAFTED_NAME }, 'ambiguous_headers'],
  ])('%s', async (_name, overrides, reason) => {
    const onRejected = vi.fn();
    const handler = createWebhookHandler({ secret: SECRET, onEvent: () => {}, onRejected });
    const { body, counter } = countedBody();
    const response = await handler(
      new Request('https://receiver.test/hooks', {
        method: 'POST',
        headers: await validHeaders(overrides),
        body,
        duplex: 'half',
      } as RequestInit),
    );
    expect(response.status).toBe(401);
    expect(onRejected.mock.calls[0]?.[0]).toMatchObject({ reason });
    expect(counter.pulls).toBe(0);
  });
});

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  );
});

describe('the Node adapter refuses before reading the body', () => {
  it('a stale timestamp is answered 401 while the body is still arriving', async () => {
    const handler = createNodeWebhookHandler({ secret: SECRET, onEvent: () => {}, bodyTimeoutMs: 60_000 });
    const server = createServer((req, res) => void handler(req, res));
    servers.push(server);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    const headers = await validHeaders({ 'smartrecruiters-timestamp': '0', 'content-length': '1000' });
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/hooks', headers });
    req.on('error', () => {});
    // Ten bytes of a thousand: the body never completes.
    req.write('{"a":"bbbb');
    const response = await new Promise<IncomingMessage | 'none'>((resolve) => {
      const timer = setTimeout(() => resolve('none'), 10_000);
      req.on('response', (res: IncomingMessage) => {
        clearTimeout(timer);
        res.resume();
        resolve(res);
      });
    });
    req.destroy();
    expect(response === 'none' ? 'no answer' : response.statusCode).toBe(401);
  });
});
