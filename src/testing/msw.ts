/**
 * `smartrecruiters-sdk/testing/msw`: the fake SmartRecruiters API as msw request handlers, served
 * from the same core and state as the HTTP server (no `node:` imports; msw is an optional peer).
 *
 * ```ts
 * import { setupServer } from 'msw/node';
 * import { createSmartRecruitersHandlers } from 'smartrecruiters-sdk/testing/msw';
 * const { handlers, fake } = createSmartRecruitersHandlers({ seed: 7 });
 * const server = setupServer(...handlers);
 * server.listen();
 * // SDK calls to https://api.smartrecruiters.com now hit the fake; inspect fake.state, fake.requests...
 * ```
 *
 * @module smartrecruiters-sdk/testing/msw
 */

import { HttpResponse, http, type RequestHandler } from 'msw';
import { trimEndChar } from '../internal/text.js';
import { preciseNow } from './clock.js';
import { coreInternals, createFakeSmartRecruitersCore, type FakeSmartRecruitersCore } from './core.js';
import type { FakeSmartRecruitersOptions } from './options.js';

export { type FakeExchange, type FakeObserver, observeFakes } from './observe.js';

/** Options of `createSmartRecruitersHandlers()`. */
export interface SmartRecruitersHandlersOptions extends FakeSmartRecruitersOptions {
  /** Base URL the handlers answer for. Default `https://api.smartrecruiters.com`. */
  baseUrl?: string;
}

/** msw handlers plus the fake they serve. */
export interface SmartRecruitersHandlers {
  /** Pass to `setupServer(...handlers)` / `setupWorker(...handlers)`. */
  handlers: RequestHandler[];
  /** The fake's core: `state`, `requests`, `faults`, `webhooks`, `apiKey`... Call `fake.close()` when done. */
  fake: FakeSmartRecruitersCore;
}

/** Builds msw handlers that serve every fake route under `baseUrl`. */
export function createSmartRecruitersHandlers(
  options: SmartRecruitersHandlersOptions = {},
): SmartRecruitersHandlers {
  const baseUrl = trimEndChar(options.baseUrl ?? 'https://api.smartrecruiters.com', '/');
  const fake = createFakeSmartRecruitersCore({ ...options, baseUrl });
  const { handleHeld } = coreInternals(fake);
  const handler = http.all(`${baseUrl}/*`, async ({ request }) => {
    const receivedAt = preciseNow();
    const body = new Uint8Array(await request.arrayBuffer());
    const { response, release } = await handleHeld({
      method: request.method,
      url: request.url,
      headers: request.headers,
      body,
      receivedAt,
    });
    try {
      if (response.drop) return HttpResponse.error();
      const nullBody = response.status === 204 || response.status === 304 || response.body.length === 0;
      return new HttpResponse(nullBody ? null : (response.body as Uint8Array<ArrayBuffer>), {
        status: response.status,
        headers: response.headers,
      });
    } finally {
      // The body is produced: the request leaves flight (msw hands the response over from here).
      release();
    }
  });
  return { handlers: [handler], fake };
}
