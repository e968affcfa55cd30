/**
 * The assessment partner kit for Node's `http` servers and the frameworks built on them (Express,
 * Fastify, Koa, NestJS): the request is streamed into `createAssessmentPartnerHandler`, so its
 * limits hold as they do on Fetch-API runtimes. A call without a valid token is refused before a
 * byte of its body is read, a body over `maxBodyBytes` stops being read at the limit, and such
 * connections are closed after the answer.
 */
import type { ServerResponse } from 'node:http';
import {
  type AssessmentPartnerHandlerOptions,
  createAssessmentPartnerHandler,
} from '../assessments/handler.js';
import { type NodeRequest, serveFetchHandler } from './http-bridge.js';

/**
 * `(req, res, next?) => Promise<void>`: a `node:http` request listener and an Express-style
 * middleware. It answers every request itself and never rejects; it calls `next(error)` only for
 * a set-up mistake (a body already parsed as JSON), answered 500 when there is no `next`.
 */
export type NodeAssessmentPartnerHandler = (
  req: NodeRequest,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>;

/**
 * SmartRecruiters' calls to an assessment partner, for Node's `http` module (see
 * `createAssessmentPartnerHandler`; https://developers.smartrecruiters.com/docs/partners-assessment-api-2021).
 * The handler routes on the request's path below `basePath`; mounted under a prefix by a framework
 * that strips it (`app.use('/smartrecruiters', handler)` in Express), leave `basePath` empty.
 *
 * ```ts
 * import { createServer } from 'node:http';
 * import { createNodeAssessmentPartnerHandler } from 'smartrecruiters-sdk/node';
 *
 * const partner = createNodeAssessmentPartnerHandler({ clients, tokenSecret, packages, onOrder });
 * createServer(partner).listen(3000);              // node:http
 * app.use('/smartrecruiters', partner);            // Express: before any JSON body parser
 * ```
 */
export function createNodeAssessmentPartnerHandler(
  options: AssessmentPartnerHandlerOptions,
): NodeAssessmentPartnerHandler {
  const handle = createAssessmentPartnerHandler(options);
  return (req, res, next) =>
    serveFetchHandler(handle, req, res, next, {
      keepTarget: true,
      parsedBody:
        'The request body was already parsed: the kit reads and limits it itself. Mount the handler ' +
        'before any JSON body parser, or use express.raw({ type: "*/*" }) on its routes',
    });
}
