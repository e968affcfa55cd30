/**
 * The webhook endpoint for Node's `http` servers and the frameworks built on them (Express,
 * Fastify, Koa, NestJS): the request body is streamed into `createWebhookHandler`, so its limits
 * apply as they do on Fetch-API runtimes. An unsigned request is refused before a byte of its body
 * is read, a body over `maxBodyBytes` stops being read at the limit, and either way the connection
 * is closed after the answer, so a client cannot make the server read or hold a large body.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ValidationError } from '../core/errors.js';
import { createWebhookHandler, type WebhookHandlerOptions } from '../webhooks/handler.js';

/**
 * The request as Node's `http` server hands it over, or as Express does (with `body` when a body
 * parser such as `express.raw()` already read it).
 */
export type NodeWebhookRequest = IncomingMessage & { body?: unknown };

/**
 * `(req, res, next?) => Promise<void>`: a `node:http` request listener and an Express-style
 * middleware. It answers every request itself and never rejects; it calls `next(error)` only for
 * a set-up mistake (a body already parsed as JSON), which is answered 500 when there is no `next`.
 */
export type NodeWebhookHandler = (
  req: NodeWebhookRequest,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>;

// The handler never reads the URL; a fixed origin keeps the client's `Host` header out of it.
const ORIGIN = 'http://localhost';
const encoder = new TextEncoder();

/** Hop-by-hop and framing headers: they describe the connection, not the delivery. */
const CONNECTION_HEADERS = new Set(['connection', 'keep-alive', 'transfer-encoding', 'upgrade', 'host']);

function isEmptyObject(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.getPrototypeOf(value) === Object.prototype &&
    Object.keys(value).length === 0
  );
}

/**
 * The body a framework already read, `undefined` when the stream is still unread.
 * body-parser 1.x sets `req.body = {}` on requests it skips (and `req._body` on those it read).
 */
function readBefore(req: NodeWebhookRequest): Uint8Array | undefined {
  const { body } = req;
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return encoder.encode(body);
  const parsed = (req as { _body?: unknown })._body === true;
  if (body === undefined || (!parsed && isEmptyObject(body))) return undefined;
  throw new ValidationError(
    'The webhook request body was already parsed: the signature covers the raw bytes. Mount the ' +
      'handler before any JSON body parser, or use express.raw({ type: "application/json" }) on its route',
  );
}

/**
 * The request body as a web stream that reads from the socket only when the handler asks for the
 * next chunk (no read-ahead), and reads nothing more once the handler cancels it.
 */
function lazyBody(req: IncomingMessage): ReadableStream<Uint8Array> {
  let settled = false;
  return new ReadableStream<Uint8Array>(
    {
      pull: (controller) =>
        new Promise<void>((resolve) => {
          const settle = (action: () => void) => {
            req.off('readable', onReadable);
            req.off('end', onEnd);
            req.off('error', onError);
            req.off('close', onClose);
            if (!settled) {
              try {
                action();
              } catch {
                // The handler cancelled the stream meanwhile: nothing left to deliver.
              }
            }
            resolve();
          };
          const onReadable = () => {
            const chunk: Buffer | null = req.read();
            if (chunk !== null) {
              settle(() =>
                controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)),
              );
            }
          };
          const onEnd = () => settle(() => controller.close());
          const onError = (error: unknown) => settle(() => controller.error(error));
          const onClose = () => {
            if (!req.readableEnded)
              settle(() => controller.error(new Error('The client closed the request')));
          };
          if (req.readableEnded) return onEnd();
          if (req.destroyed) return onClose();
          req.on('readable', onReadable);
          req.on('end', onEnd);
          req.on('error', onError);
          req.on('close', onClose);
          onReadable();
        }),
      cancel: () => {
        settled = true;
      },
    },
    // Nothing is read ahead of the handler's own reads.
    { highWaterMark: 0 },
  );
}

function toRequest(req: NodeWebhookRequest): Request {
  const read = readBefore(req);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || CONNECTION_HEADERS.has(name)) continue;
    // A framework that read the body may have decoded it: its own length is the one to check.
    if (read && name === 'content-length') continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return new Request(ORIGIN, { method, headers });
  return new Request(ORIGIN, {
    method,
    headers,
    body: read ?? lazyBody(req),
    // Required by Node's fetch for a streamed body.
    duplex: 'half',
  } as RequestInit);
}

async function send(req: IncomingMessage, res: ServerResponse, answer: Response): Promise<void> {
  const body = new Uint8Array(await answer.arrayBuffer());
  if (res.headersSent || res.writableEnded) return;
  const headers: Record<string, string> = {};
  answer.headers.forEach((value, name) => {
    headers[name] = value;
  });
  headers['content-length'] = String(body.byteLength);
  // Answered before the whole body arrived (unsigned, too large): close the connection rather
  // than read the rest of the body to keep it open.
  if (!req.complete) headers.connection = 'close';
  res.writeHead(answer.status, headers);
  res.end(body);
}

/**
 * A SmartRecruiters webhook endpoint for Node's `http` module and the frameworks built on it. It
 * does what `createWebhookHandler` does (the activation handshake, signature verification, the 202
 * SmartRecruiters expects within 5 seconds) and streams the request body into it: unsigned
 * requests are answered 401 before their body is read, bodies over `maxBodyBytes` (default 1 MiB)
 * are answered 413 without reading the rest, and such connections are closed after the answer.
 * See https://developers.smartrecruiters.com/docs/receiving-webhook-notifications and
 * https://developers.smartrecruiters.com/docs/webhooks-security.
 *
 * ```ts
 * import { createServer } from 'node:http';
 * import { createNodeWebhookHandler } from 'smartrecruiters-sdk/node';
 *
 * const webhooks = createNodeWebhookHandler({ secret: () => store.webhookSecrets(), onEvent });
 * createServer(webhooks).listen(3000);          // node:http
 * app.post('/webhooks/smartrecruiters', webhooks); // Express: before any JSON body parser
 * ```
 *
 * With Express, mount it before `express.json()` (or on a route of its own). A body that
 * `express.raw()` or `express.text()` already read is used as is (their `limit` then bounds what
 * was read, and the signature check comes after it); a body already parsed as JSON cannot be
 * verified: the `ValidationError` saying so goes to `next`. With Fastify, let the route
 * leave the body unread (`addContentTypeParser('application/json', (req, body, done) =>
 * done(null))`), call `reply.hijack()`, and pass `request.raw` and `reply.raw`.
 *
 * Node's `server.requestTimeout` (default 300 s) bounds a request whose body never ends.
 */
export function createNodeWebhookHandler(options: WebhookHandlerOptions): NodeWebhookHandler {
  const handle = createWebhookHandler(options);
  return async (req, res, next) => {
    const answer = await answerFor(handle, req, next);
    if (!answer) return;
    try {
      await send(req, res, answer);
    } catch {
      // The client went away: nobody is left to answer. A request listener must not reject.
    }
  };
}

/** The handler's answer, or `undefined` when `next` took the request's set-up error. */
async function answerFor(
  handle: (request: Request) => Promise<Response>,
  req: NodeWebhookRequest,
  next: ((error?: unknown) => void) | undefined,
): Promise<Response | undefined> {
  let request: Request;
  try {
    request = toRequest(req);
  } catch (error) {
    // A body parsed before us is a set-up mistake on our side (500); `Headers` refusing a
    // malformed header value means a request SmartRecruiters did not send (400).
    if (!(error instanceof ValidationError)) return new Response(null, { status: 400 });
    if (!next) return new Response(null, { status: 500 });
    next(error);
    return undefined;
  }
  try {
    return await handle(request);
  } catch {
    return new Response(null, { status: 500 });
  }
}
