import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  SmartRecruitersClient,
  SmartRecruitersError,
  TokenResponseError,
  ValidationError,
} from '../../src/index.js';
import { failure, hostile, json, printed } from './hostile.js';

afterEach(() => vi.unstubAllEnvs());

describe('credentials that cannot be a header value are refused up front, without echoing them', () => {
  for (const key of ['key\r\nX-Injected: 1', 'key\nline', 'key\u0000nul', 'kéy\u2028']) {
    it(`an API key with ${JSON.stringify(key.replace(/[a-z]/g, ''))} is a ValidationError before any request`, async () => {
      let error: unknown;
      try {
        new SmartRecruitersClient({ apiKey: key, logLevel: 'off' });
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues[0]?.path).toEqual(['apiKey']);
      expect(await printed(error)).not.toContain(key);
    });
  }

  it('also from SMARTRECRUITERS_API_KEY', async () => {
    vi.stubEnv('SMARTRECRUITERS_API_KEY', 'env\rkey');
    let error: unknown;
    try {
      new SmartRecruitersClient({ logLevel: 'off' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect(await printed(error)).not.toContain('env\rkey');
  });

  it('an access token with CR/LF from the token endpoint fails typed, once, without the token', async () => {
    const api = await hostile((req, res) =>
      req.url === '/identity/oauth/token'
        ? json(res, 200, { access_token: 'tok\r\nX-Evil: 1', expires_in: 3600 })
        : json(res, 200, { content: [] }),
    );
    const client = new SmartRecruitersClient({
      baseUrl: api.origin,
      oauth: { clientId: 'c', clientSecret: 's' },
      logLevel: 'off',
      rateLimit: false,
    });
    const error = await failure(() => client.get('/jobs'));
    expect(error).toBeInstanceOf(TokenResponseError);
    expect(error).toBeInstanceOf(SmartRecruitersError);
    expect(await printed(error)).not.toContain('tok\r\n');
    expect(await printed(error)).not.toContain('X-Evil');
    // Not retried as a connection error: one token request, no API request.
    expect(api.received.map((r) => r.url)).toEqual(['/identity/oauth/token']);
  });

  it('caller headers with CR/LF are a ValidationError naming the header, not the value', async () => {
    const api = await hostile((_req, res) => json(res, 200, {}));
    const client = new SmartRecruitersClient({
      apiKey: 'k',
      baseUrl: api.origin,
      logLevel: 'off',
      rateLimit: false,
    });
    const error = await failure(() => client.get('/jobs', { headers: { 'X-Trace': 'secret\r\nvalue' } }));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toEqual(['headers', 'X-Trace']);
    expect(await printed(error)).not.toContain('secret');
    expect(
      () => new SmartRecruitersClient({ apiKey: 'k', logLevel: 'off', defaultHeaders: { 'Bad Name': 'v' } }),
    ).toThrow(ValidationError);
    expect(api.received).toEqual([]);
  });
});
