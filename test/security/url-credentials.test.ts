/**
 * A password in a URL (`http://user:PASS@host`) never reaches an error, a cause or a log line:
 * the SDK refuses URLs with credentials wherever one can come in (the base URL, the token URL, an
 * absolute request path, a redirect), before anything is sent. Loopback only.
 */
import { describe, expect, it } from 'vitest';
import { RedirectError, SmartRecruitersClient, ValidationError } from '../../src/index.js';
import { uniqueKey } from '../helpers/msw.js';
import { failure, hostile, json, printed, redirect } from './hostile.js';

const PASSWORD = 'Sup3r-Secret-Pa55';
const withPassword = (origin: string) => origin.replace('http://', `http://user:${PASSWORD}@`);

describe('URLs with a user name or password', () => {
  it('a baseUrl with one is a ValidationError that does not repeat it', async () => {
    const api = await hostile((_req, res) => json(res, 200, {}));
    const error = await failure(async () =>
      new SmartRecruitersClient({ apiKey: uniqueKey(), baseUrl: withPassword(api.origin) }).get('/jobs'),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(await printed(error)).not.toContain(PASSWORD);
    expect(api.received).toEqual([]);
  });

  it('an oauth.tokenUrl with one is a ValidationError before any request', async () => {
    const api = await hostile((_req, res) => json(res, 200, { access_token: 'a', expires_in: 3600 }));
    const error = await failure(async () =>
      new SmartRecruitersClient({
        baseUrl: api.origin,
        oauth: { clientId: 'c', clientSecret: 's', tokenUrl: `${withPassword(api.origin)}/token` },
        rateLimit: false,
      }).get('/jobs'),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(await printed(error)).not.toContain(PASSWORD);
    expect(api.received).toEqual([]);
  });

  it('an absolute request path with one is a ValidationError, nothing sent', async () => {
    const api = await hostile((_req, res) => json(res, 200, {}));
    const client = new SmartRecruitersClient({ apiKey: uniqueKey(), baseUrl: api.origin, logLevel: 'off' });
    const error = await failure(() => client.get(`${withPassword(api.origin)}/jobs`));
    expect(error).toBeInstanceOf(ValidationError);
    expect(await printed(error)).not.toContain(PASSWORD);
    expect(api.received).toEqual([]);
  });

  it('a redirect to one is a RedirectError that does not repeat it', async () => {
    const api = await hostile((req, res) =>
      req.url === '/jobs' ? redirect(res, 302, `${withPassword(api.origin)}/elsewhere`) : json(res, 200, {}),
    );
    const client = new SmartRecruitersClient({ apiKey: uniqueKey(), baseUrl: api.origin, logLevel: 'off' });
    const error = await failure(() => client.get('/jobs'));
    expect(error).toBeInstanceOf(RedirectError);
    expect(await printed(error)).not.toContain(PASSWORD);
    expect(api.received.map((r) => r.url)).toEqual(['/jobs']);
  });

  it('a custom fetch whose error quotes such a URL: the cause is redacted, its code kept', async () => {
    const client = new SmartRecruitersClient({
      apiKey: uniqueKey(),
      baseUrl: 'http://127.0.0.1:1',
      logLevel: 'off',
      maxRetries: 0,
      fetch: async () => {
        const inner = Object.assign(
          new Error(`connect to https://admin:${PASSWORD}@proxy.internal:8080 failed`),
          {
            code: 'ECONNREFUSED',
          },
        );
        throw new TypeError('fetch failed', { cause: inner });
      },
    });
    const error = await failure(() => client.get('/jobs'));
    expect(error.name).toBe('ConnectionError');
    expect(await printed(error)).not.toContain(PASSWORD);
    expect((error.cause as Error & { cause: { code: string } }).cause.code).toBe('ECONNREFUSED');
  });
});
