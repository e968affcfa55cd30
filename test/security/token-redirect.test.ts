import { describe, expect, it } from 'vitest';
import { ConnectionError, RedirectError, SmartRecruitersClient } from '../../src/index.js';
import { failure, hostile, json, printed, redirect } from './hostile.js';

const SECRET = 'client-secret-7f3a';
const REFRESH = 'refresh-token-91c2';

describe('the token request never follows a redirect to another origin', () => {
  for (const status of [301, 302, 303, 307, 308]) {
    it(`a ${status} from the token endpoint to another origin fails typed, and the other origin receives nothing`, async () => {
      const thief = await hostile((_req, res) =>
        json(res, 200, { access_token: 'stolen-token', token_type: 'Bearer', expires_in: 3600 }),
      );
      const api = await hostile((req, res) => {
        if (req.url.startsWith('/identity/oauth/token'))
          return redirect(res, status, `${thief.origin}/token`);
        json(res, 200, { content: [] });
      });
      const client = new SmartRecruitersClient({
        baseUrl: api.origin,
        oauth: { clientId: 'client-1', clientSecret: SECRET, refreshToken: REFRESH },
        logLevel: 'off',
        rateLimit: false,
      });
      const error = await failure(() => client.get('/jobs'));
      expect(error).toBeInstanceOf(RedirectError);
      expect(error).toBeInstanceOf(ConnectionError);
      expect(error.message).toMatch(/token endpoint/i);
      expect(thief.received).toEqual([]);
      // One token request, never repeated (a refresh-token grant may have rotated), and no API call.
      expect(api.received.map((r) => r.url)).toEqual(['/identity/oauth/token']);
      const text = await printed(error);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain(REFRESH);
      expect(text).not.toContain(thief.origin);
    });
  }

  it('also when the token endpoint is configured on another host than the API', async () => {
    const thief = await hostile((_req, res) => json(res, 200, { access_token: 'stolen' }));
    const idp = await hostile((_req, res) => redirect(res, 307, `${thief.origin}/token`));
    const api = await hostile((_req, res) => json(res, 200, { content: [] }));
    const client = new SmartRecruitersClient({
      baseUrl: api.origin,
      oauth: { clientId: 'client-2', clientSecret: SECRET, tokenUrl: `${idp.origin}/oauth/token` },
      logLevel: 'off',
      rateLimit: false,
    });
    expect(await failure(() => client.get('/jobs'))).toBeInstanceOf(RedirectError);
    expect(thief.received).toEqual([]);
    expect(api.received).toEqual([]);
  });
});
