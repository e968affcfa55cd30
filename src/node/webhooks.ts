/**
 * The webhook endpoint for Node's `http` servers and the frameworks built on them (Express,
 * Fastify, Koa, NestJS): the request body is streamed into `createWebhookHandler`, so its limits
 * apply as they do on Fetch-API runtimes. An unsigned request is refused before a byte of its body
 * is read, a body over `maxBodyBytes` stops being read at the limit, and either way the connection
 * is closed after the answer, so a client cannot make the server read or hold a large body.
 */
import type { ServerResponse } from 'node:http';
import { createWebhookHandler, type WebhookHandlerOptions } from '../webhooks/handler.js';
import { type NodeRequest, serveFetchHandler } from './http-bridge.js';

/**
 * The request as Node's `http` server hands it over, or as Express does (with `body` when a body
 * parser such as `express.raw()` already read it).
 */
export type NodeWebhookRequest = NodeRequest;

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
 * verified: the `ValidationError` saying so goes to `next`. So does a body that something else
 * read, or is reading, without keeping it (a `data` listener, `req.resume()`, a pipe): the handler
 * would otherwise see a truncated body and refuse it as `signature_mismatch`. With Fastify, let the route
 * leave the body unread (`addContentTypeParser('application/json', (req, body, done) =>
 * done(null))`), call `reply.hijack()`, and pass `request.raw` and `reply.raw`.
 *
 * Node's `server.requestTimeout` (default 300 s) bounds a request whose body never ends.
 */
export function createNodeWebhookHandler(options: WebhookHandlerOptions): NodeWebhookHandler {
  const handle = createWebhookHandler(options);
  return (req, res, next) =>
    serveFetchHandler(handle, req, res, next, {
      keepTarget: false,
      parsedBody:
        'The webhook request body was already parsed: the signature covers the raw bytes. Mount the ' +
        'handler before any JSON body parser, or use express.raw({ type: "application/json" }) on its route',
    });
}
