/**
 * Runs a Fetch-API handler of the SDK (`(request) => Promise<Response>`) behind Node's `http`
 * module and the frameworks built on it. The body is streamed into the handler as it asks for it
 * (no read-ahead), so the handler's own limits hold: a request it refuses early is answered before
 * the rest of its body is read, and such a connection is closed after the answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ValidationError } from '../core/errors.js';

/**
 * The request as Node's `http` server hands it over, or as Express does (with `body` when a body
 * parser such as `express.raw()` already read it).
 *
 * @inline
 */
export type NodeRequest = IncomingMessage & {
  /** The body a body parser (`express.raw()`, `express.json()`...) already read, if any. */
  body?: unknown;
};

/** How a Node request becomes the handler's `Request`. */
export interface BridgeOptions {
  /**
   * Keep the request's path and query (a handler that routes); otherwise the handler sees `/`.
   * The origin is fixed either way, so the client's `Host` header never reaches the handler.
   */
  keepTarget: boolean;
  /** The set-up error's message when a framework already parsed the body as JSON. */
  parsedBody: string;
}

const ORIGIN = 'http://localhost';
const encoder = new TextEncoder();

/** Hop-by-hop and framing headers: they describe the connection, not the request. */
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
function readBefore(req: NodeRequest, parsedBody: string): Uint8Array | undefined {
  const { body } = req;
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return encoder.encode(body);
  const parsed = (req as { _body?: unknown })._body === true;
  if (body === undefined || (!parsed && isEmptyObject(body))) {
    if (consumed(req)) throw new ValidationError(CONSUMED_BODY);
    return undefined;
  }
  throw new ValidationError(parsedBody);
}

const CONSUMED_BODY =
  'The request body was already read by something else (a "data" listener, req.resume(), a pipe, ' +
  'or a body parser that kept no copy): the handler must read the raw bytes itself. Mount it ' +
  'before anything that reads the body, or hand it the bytes as req.body (express.raw())';

/**
 * Whether something else read, or is reading, the request stream: a `data` listener or `resume()`
 * (flowing), bytes already read, or the end already reached. Reading it again would give the
 * handler a truncated or empty body, which fails verification without saying why.
 */
function consumed(req: IncomingMessage): boolean {
  return req.readableFlowing === true || req.readableDidRead || req.readableEnded;
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

/** The request target (path and query) as the handler may see it: `/` unless it is origin-form. */
function targetOf(req: IncomingMessage): string {
  const target = req.url ?? '/';
  return target.startsWith('/') && !target.startsWith('//') ? target : '/';
}

function toRequest(req: NodeRequest, options: BridgeOptions): Request {
  const read = readBefore(req, options.parsedBody);
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || CONNECTION_HEADERS.has(name)) continue;
    // A framework that read the body may have decoded it: its own length is the one to check.
    if (read && name === 'content-length') continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const url = options.keepTarget ? new URL(targetOf(req), ORIGIN) : ORIGIN;
  const method = req.method ?? 'GET';
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers });
  return new Request(url, {
    method,
    headers,
    body: read ?? lazyBody(req),
    // Required by Node's fetch for a streamed body.
    duplex: 'half',
  } as RequestInit);
}

/**
 * Writes a Fetch `Response` to a Node response, every `Set-Cookie` kept. When `req` is given and
 * its body was not read to the end (the handler answered early), the connection is closed after
 * the answer rather than kept open by reading the rest.
 */
export async function writeFetchResponse(
  res: ServerResponse,
  answer: Response,
  req?: IncomingMessage,
): Promise<void> {
  const body = new Uint8Array(await answer.arrayBuffer());
  if (res.headersSent || res.writableEnded) return;
  const headers: Record<string, string | string[]> = {};
  answer.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = answer.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  headers['content-length'] = String(body.byteLength);
  if (req && !req.complete) headers.connection = 'close';
  res.writeHead(answer.status, headers);
  res.end(body);
}

/** The handler's answer, or `undefined` when `next` took the request's set-up error. */
async function answerFor(
  handle: (request: Request) => Promise<Response>,
  req: NodeRequest,
  next: ((error?: unknown) => void) | undefined,
  options: BridgeOptions,
): Promise<Response | undefined> {
  let request: Request;
  try {
    request = toRequest(req, options);
  } catch (error) {
    // A body parsed before us is a set-up mistake on our side (500); `Headers` refusing a
    // malformed header value means a request no legitimate client sends (400).
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

/**
 * Answers one Node request with `handle`. Never rejects: a set-up mistake goes to `next` (500
 * without it), a client that went away is left alone.
 */
export async function serveFetchHandler(
  handle: (request: Request) => Promise<Response>,
  req: NodeRequest,
  res: ServerResponse,
  next: ((error?: unknown) => void) | undefined,
  options: BridgeOptions,
): Promise<void> {
  const answer = await answerFor(handle, req, next, options);
  if (!answer) return;
  try {
    await writeFetchResponse(res, answer, req);
  } catch {
    // The client went away: nobody is left to answer. A request listener must not reject.
  }
}
