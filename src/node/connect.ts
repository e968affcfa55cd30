/**
 * The connect callback for Node's `http` servers and the frameworks built on them: the request is
 * handed to `Connections.handleCallback` as a Fetch `Request` (only its URL's query and its
 * `Cookie` header are read) and the outcome's answer is written back, every `Set-Cookie` kept.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Connections, ConnectOutcome } from '../connect/connections.js';
import type { Mappings } from '../mappers/context.js';
import { writeFetchResponse } from './http-bridge.js';

/** Options of `createNodeConnectCallback`. */
export interface NodeConnectCallbackOptions {
  /**
   * Called with each outcome before the answer is written (log it, record it). Return a
   * `Response` to answer with it instead of the outcome's redirect (your own page). A throw is
   * answered 500.
   */
  onOutcome?:
    | ((
        outcome: ConnectOutcome,
        req: IncomingMessage,
      ) => Promise<Response | undefined> | Response | undefined)
    | undefined;
}

/** `(req, res) => Promise<void>`: a request listener, also an Express/Fastify-style route handler. */
export type NodeConnectCallback = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

// Only the query is read: a fixed origin keeps the client's `Host` header out of it.
const ORIGIN = 'http://localhost';

/** The callback request as `Connections.handleCallback` reads it. */
function toCallbackRequest(req: IncomingMessage): Request {
  const headers = new Headers();
  const cookie = req.headers.cookie;
  if (cookie) headers.set('cookie', cookie);
  const path = (req.url ?? '/').startsWith('/') ? (req.url ?? '/') : '/';
  return new Request(new URL(path, ORIGIN), { method: 'GET', headers });
}

/**
 * The Authorization Code callback for `node:http`: checks the state, exchanges the code, stores the
 * tenant's tokens, and answers with the outcome's redirect (see `Connections.handleCallback`).
 *
 * ```ts
 * const callback = createNodeConnectCallback(connections, {
 *   onOutcome: (outcome) => void log.info('connect', { status: outcome.status, tenant: outcome.tenantId }),
 * });
 * createServer((req, res) => (req.url?.startsWith('/callback') ? callback(req, res) : app(req, res)));
 * ```
 */
export function createNodeConnectCallback<Mp extends Mappings>(
  connections: Connections<Mp>,
  options: NodeConnectCallbackOptions = {},
): NodeConnectCallback {
  return async (req, res) => {
    let answer: Response;
    try {
      const outcome = await connections.handleCallback(toCallbackRequest(req));
      answer = (await options.onOutcome?.(outcome, req)) ?? outcome.response;
    } catch {
      answer = new Response('Connecting failed', { status: 500, headers: { 'content-type': 'text/plain' } });
    }
    try {
      await writeFetchResponse(res, answer);
    } catch {
      // The client went away: nobody is left to answer. A request listener must not reject.
    }
  };
}
