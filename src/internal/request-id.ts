/**
 * Request ids. `requestId` is always the SDK's own id of a logical request (stable across its
 * retries, on responses, errors and hooks); `srRequestId` is SmartRecruiters' id of an answer,
 * read from its headers, when it sent one.
 */

/** A new SDK request id: `req_` and 20 random hex digits. */
export function newRequestId(): string {
  return `req_${crypto.randomUUID().replace(/-/g, '').slice(0, 20)}`;
}

// SmartRecruiters does not document a request id header (smartrecruiters-api.md §5): these are the
// names such ids go by, the first present wins.
const SR_REQUEST_ID_HEADERS = ['x-request-id', 'x-smartrecruiters-request-id', 'x-correlation-id'];

/** SmartRecruiters' own id of an answer, from its headers; `undefined` when it sent none. */
export function srRequestIdOf(headers: Headers | undefined): string | undefined {
  if (!headers) return undefined;
  for (const name of SR_REQUEST_ID_HEADERS) {
    const value = headers.get(name);
    if (value !== null && value !== '') return value;
  }
  return undefined;
}
