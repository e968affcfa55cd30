import { once } from 'node:events';
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  signWebhookPayload,
  ValidationError,
  type WebhookEvent,
  type WebhookHandlerOptions,
  type WebhookVerificationError,
} from '../../src/index.js';
import { createNodeWebhookHandler, type NodeWebhookRequest } from '../../src/node/index.js';

const SECRET = 'HeBVky2bccvvkcXPimH8c';
const PAYLOAD = '{"job_id":"jid","candidate_id":"cid","application_id":"aid"}';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map((server) => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    }),
  );
});

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** A loopback server: optional middlewares (as Express runs them), then the webhook handler. */
async function serve(overrides: Partial<WebhookHandlerOptions> = {}, before: Middleware[] = []) {
  const onEvent = vi.fn<(event: WebhookEvent) => void>();
  const onRejected = vi.fn<(error: WebhookVerificationError) => void>();
  const next = vi.fn<(error?: unknown) => void>();
  const handler = createNodeWebhookHandler({ secret: SECRET, onEvent, onRejected, ...overrides });
  const server = createServer((req, res) => {
    const run = (index: number) => {
      const middleware = before[index];
      if (!middleware) {
        void handler(req, res, (error) => {
          next(error);
          res.writeHead(500).end();
        });
        return;
      }
      middleware(req, res, () => run(index + 1));
    };
    run(0);
  });
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks`;
  return { url, onEvent, onRejected, next };
}

async function signed(body: string, secret = SECRET): Promise<Record<string, string>> {
  return {
    'content-type': 'application/json',
    ...(await signWebhookPayload({
      secret,
      body,
      eventId: 'evt-1',
      eventName: 'application.status.updated',
      eventVersion: 'v1',
      link: '<https://api.smartrecruiters.com/candidates/cid/jobs/jid>; rel=self',
    })),
  };
}

describe('createNodeWebhookHandler on node:http', () => {
  it('answers the activation handshake with 200 echoing X-Hook-Secret', async () => {
    const { url, onEvent } = await serve();
    const response = await fetch(url, { method: 'POST', headers: { 'X-Hook-Secret': 'abc123' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-hook-secret')).toBe('abc123');
    expect(onEvent).not.toHaveBeenCalled();
  });

  it('verifies a signed delivery, streamed in chunks, hands the event to onEvent and answers 202', async () => {
    const { url, onEvent } = await serve();
    const bytes = new TextEncoder().encode(PAYLOAD);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 7) controller.enqueue(bytes.slice(i, i + 7));
        controller.close();
      },
    });
    const response = await fetch(url, {
      method: 'POST',
      headers: await signed(PAYLOAD),
      body,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(202);
    expect(onEvent).toHaveBeenCalledTimes(1);
    expect(onEvent.mock.calls[0]![0]).toMatchObject({
      id: 'evt-1',
      name: 'application.status.updated',
      payload: JSON.parse(PAYLOAD),
    });
  });

  it('answers 401 to a bad signature and 405 to other methods', async () => {
    const { url, onEvent, onRejected } = await serve();
    const tampered = await fetch(url, {
      method: 'POST',
      headers: await signed(PAYLOAD),
      body: PAYLOAD.replace('aid', 'xid'),
    });
    expect(tampered.status).toBe(401);
    expect(onRejected.mock.calls.map(([error]) => error.reason)).toEqual(['signature_mismatch']);
    const get = await fetch(url);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect(onEvent).not.toHaveBeenCalled();
  });

  it('answers 413 to a body over maxBodyBytes, declared or streamed, and closes those connections', async () => {
    const { url, onEvent } = await serve({ maxBodyBytes: 1024 });
    const big = JSON.stringify({ job_id: 'x'.repeat(4 * 1024 * 1024) });
    const declared = await fetch(url, { method: 'POST', headers: await signed(big), body: big });
    expect(declared.status).toBe(413);
    expect(declared.headers.get('connection')).toBe('close');
    const chunked = await fetch(url, {
      method: 'POST',
      headers: await signed(big),
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(chunked.headers.get('connection')).toBe('close');
    expect(onEvent).not.toHaveBeenCalled();
  });

  it('keeps a connection whose body was read whole open for the next delivery', async () => {
    const { url } = await serve();
    const agent = new (await import('node:http')).Agent({ keepAlive: true, maxSockets: 1 });
    const post = async () => {
      const req = request(url, { method: 'POST', agent, headers: await signed(PAYLOAD) });
      req.end(PAYLOAD);
      const [res] = (await once(req, 'response')) as [IncomingMessage];
      res.resume();
      await once(res, 'end');
      return { status: res.statusCode, socket: req.socket };
    };
    const first = await post();
    const second = await post();
    agent.destroy();
    expect([first.status, second.status]).toEqual([202, 202]);
    expect(second.socket).toBe(first.socket);
  });

  it('uses a body that express.raw() or express.text() already read', async () => {
    const raw: Middleware = (req, _res, next) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        Object.assign(req, { body: Buffer.concat(chunks), _body: true });
        next();
      });
    };
    const buffered = await serve({}, [raw]);
    const response = await fetch(buffered.url, {
      method: 'POST',
      headers: await signed(PAYLOAD),
      body: PAYLOAD,
    });
    expect(response.status).toBe(202);
    expect(buffered.onEvent).toHaveBeenCalledTimes(1);

    const text: Middleware = (req, _res, next) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => {
        body += chunk;
      });
      req.on('end', () => {
        Object.assign(req, { body, _body: true });
        next();
      });
    };
    const texted = await serve({}, [text]);
    const unicode = '{"job_id":"jïd","candidate_id":"cid"}';
    expect(
      (await fetch(texted.url, { method: 'POST', headers: await signed(unicode), body: unicode })).status,
    ).toBe(202);
  });

  it('streams the body itself when a body parser skipped the request (body-parser leaves `{}`)', async () => {
    const skipped: Middleware = (req, _res, next) => {
      (req as NodeWebhookRequest).body = {};
      next();
    };
    const { url, onEvent } = await serve({}, [skipped]);
    const response = await fetch(url, { method: 'POST', headers: await signed(PAYLOAD), body: PAYLOAD });
    expect(response.status).toBe(202);
    expect(onEvent).toHaveBeenCalledTimes(1);
  });

  it('passes a body already parsed as JSON to next as a ValidationError, or answers 500 without next', async () => {
    const json: Middleware = (req, _res, next) => {
      let body = '';
      req.on('data', (chunk: Buffer) => {
        body += chunk;
      });
      req.on('end', () => {
        Object.assign(req, { body: JSON.parse(body), _body: true });
        next();
      });
    };
    const { url, onEvent, next } = await serve({}, [json]);
    const response = await fetch(url, { method: 'POST', headers: await signed(PAYLOAD), body: PAYLOAD });
    expect(response.status).toBe(500);
    expect(next).toHaveBeenCalledTimes(1);
    const error = next.mock.calls[0]![0];
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/already parsed/);
    expect((error as Error).message).not.toContain('cid');
    expect(onEvent).not.toHaveBeenCalled();

    // A plain http server has no next: the handler answers 500 itself.
    const handler = createNodeWebhookHandler({ secret: SECRET, onEvent });
    const server = createServer((req, res) => {
      (req as NodeWebhookRequest).body = { parsed: true };
      void handler(req, res);
    });
    servers.push(server);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const plain = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, {
      method: 'POST',
      headers: await signed(PAYLOAD),
      body: PAYLOAD,
    });
    expect(plain.status).toBe(500);
  });

  it('says the body was consumed when something else read it or is reading it, never signature_mismatch', async () => {
    const cases: Record<string, Middleware> = {
      // A logger or metrics middleware listening to the body as it arrives.
      'a data listener': (req, _res, next) => {
        req.on('data', () => {});
        next();
      },
      'req.resume()': (req, _res, next) => {
        req.resume();
        next();
      },
      // Read to the end, but nothing kept on req.body.
      'a reader that kept no copy': (req, _res, next) => {
        req.on('data', () => {});
        req.on('end', () => next());
      },
    };
    for (const [name, middleware] of Object.entries(cases)) {
      const { url, onEvent, onRejected, next } = await serve({}, [middleware]);
      const response = await fetch(url, { method: 'POST', headers: await signed(PAYLOAD), body: PAYLOAD });
      expect(response.status, name).toBe(500);
      expect(next, name).toHaveBeenCalledTimes(1);
      const error = next.mock.calls[0]![0];
      expect(error, name).toBeInstanceOf(ValidationError);
      expect((error as Error).message, name).toMatch(/body was already read/);
      expect(onRejected, name).not.toHaveBeenCalled();
      expect(onEvent, name).not.toHaveBeenCalled();
    }
    // A middleware that only looks at the headers leaves the body to the handler.
    const headersOnly = await serve({}, [(req, _res, next) => next(void req.headers['content-type'])]);
    const ok = await fetch(headersOnly.url, {
      method: 'POST',
      headers: await signed(PAYLOAD),
      body: PAYLOAD,
    });
    expect(ok.status).toBe(202);
  });

  it('answers 500 when onEvent fails, and never rejects when the client has gone', async () => {
    const { url } = await serve({
      onEvent: () => {
        throw new Error('queue down');
      },
    });
    expect((await fetch(url, { method: 'POST', headers: await signed(PAYLOAD), body: PAYLOAD })).status).toBe(
      500,
    );

    // The client sends half its body and disconnects: the handler settles without answering.
    const handler = createNodeWebhookHandler({ secret: SECRET, onEvent: vi.fn() });
    let settled: Promise<void> | undefined;
    const server = createServer((req, res) => {
      settled = handler(req, res);
    });
    servers.push(server);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    const req = request(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, {
      method: 'POST',
      headers: { ...(await signed(PAYLOAD)), 'content-length': String(PAYLOAD.length) },
    });
    req.on('error', () => {});
    req.write(PAYLOAD.slice(0, 10));
    await vi.waitFor(() => expect(settled).toBeDefined());
    req.destroy();
    await expect(settled).resolves.toBeUndefined();
  });
});
