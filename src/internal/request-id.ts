/**
 * Request ids. `requestId` is always the SDK's own id of a logical request (stable across its
 * retries, on responses, errors and hooks); `srRequestId` is SmartRecruiters' id of an answer,
 * read from its headers, when it sent one.
 */

// A random prefix per process and a counter: unique without a UUID each. The prefix is drawn on
// first use: some runtimes (Cloudflare Workers) refuse random values at load time.
let requestIdPrefix: string | undefined;
let requestCount = 0;

/** A new SDK request id: `req_` and 20 hex digits (10 drawn once per process, 10 counting). */
export function newRequestId(): string {
  requestIdPrefix ??= Array.from(crypto.getRandomValues(new Uint8Array(5)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
  requestCount = (requestCount + 1) % 2 ** 40;
  return `req_${requestIdPrefix}${requestCount.toString(16).padStart(10, '0')}`;
}

// SmartRecruiters does not document a request id header (smartrecruiters-api.md §5): these are the
// names such ids go by, the first present wins.
const SR_REQUEST_ID_HEADERS = ['x-request-id', 'x-smartrecruiters-request-id', 'x-correlation-id'];

const MAX_REQUEST_ID_LENGTH = 256;

/** SmartRecruiters' own id of an answer, from its headers; `undefined` when it sent none (or one over 256 characters). */
export function srRequestIdOf(headers: Headers | undefined): string | undefined {
  if (!headers) return undefined;
  for (const name of SR_REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    // An id is a few dozen characters; a longer value is not kept on errors and hooks.
    if (value !== null && value !== '' && value.length <= MAX_REQUEST_ID_LENGTH) return value;
  }
  return undefined;
}
