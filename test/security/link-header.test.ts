/**
 * A next-page `Link` header from the other side is parsed, never trusted: a malformed one is a
 * `PaginationError` (the page was fine, where the list goes next is not), never a raw `TypeError`.
 * Loopback only.
 */
import { describe, expect, it } from 'vitest';
import { PaginationError, SmartRecruiters, SmartRecruitersClient } from '../../src/index.js';
import { uniqueKey } from '../helpers/msw.js';
import { failure, hostile, json } from './hostile.js';

const options = (origin: string) => ({
  apiKey: uniqueKey(),
  baseUrl: origin,
  logLevel: 'off' as const,
  rateLimit: false as const,
});

async function listWith(link: string) {
  return hostile((_req, res) => json(res, 200, { content: [{ id: 'r-1' }] }, { link }));
}

describe('a malformed Link header', () => {
  it.each([
    ['an invalid IPv6 host', '<http://[::1>; rel="next"'],
    ['a scheme-relative URL to nowhere', '<//>; rel="next"'],
    ['a header over 8 KB', `<${'/x'.repeat(5000)}>; rel="next"`],
  ])('%s is a PaginationError from every list', async (_name, link) => {
    const api = await listWith(link);
    const client = new SmartRecruitersClient(options(api.origin));
    const raw = await failure(async () => {
      for await (const _ of client.paginate('/configuration/departments')) {
        // reading every page
      }
    });
    expect(raw).toBeInstanceOf(PaginationError);
    expect(raw).not.toBeInstanceOf(TypeError);
    const sr = new SmartRecruiters(options(api.origin));
    expect(await failure(() => sr.candidates.list().toArray())).toBeInstanceOf(PaginationError);
  });

  it('a link to another host is a PaginationError that does not repeat the host', async () => {
    const api = await listWith('<http://user:secret-pass@evil.test/candidates?pageId=2>; rel="next"');
    const sr = new SmartRecruiters(options(api.origin));
    const error = await failure(() => sr.candidates.list().toArray());
    expect(error).toBeInstanceOf(PaginationError);
    expect(String(error)).not.toContain('secret-pass');
  });
});
