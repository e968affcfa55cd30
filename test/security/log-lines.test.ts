/**
 * Log lines and hook data hold no secret: a client logging at `debug`, with every hook set, goes
 * through an OAuth refresh, a 401 and a token refresh, a retried 503 and a refused request;
 * nothing it logs or hands to a hook holds the client secret, a refresh token, an access token or
 * an API key. Loopback only.
 */
import { describe, expect, it } from 'vitest';
import { type ClientHooks, type Logger, SmartRecruitersClient } from '../../src/index.js';
import { hostile, json } from './hostile.js';

const SECRETS = {
  clientSecret: 'client-secret-VALUE',
  refreshToken: 'refresh-token-VALUE-0',
  apiKey: 'api-key-VALUE',
};

function recorder() {
  const seen: unknown[] = [];
  const line = (level: string) => (message: string, data?: Record<string, unknown>) =>
    void seen.push({ level, message, data });
  const logger: Logger = {
    debug: line('debug'),
    info: line('info'),
    warn: line('warn'),
    error: line('error'),
  };
  const hook = (name: string) => (info: unknown) => void seen.push({ hook: name, info });
  const hooks: ClientHooks = {
    request: hook('request'),
    response: hook('response'),
    retry: hook('retry'),
    rateLimited: hook('rateLimited'),
    tokenRefreshed: hook('tokenRefreshed'),
    warning: hook('warning'),
  };
  return { seen, logger, hooks };
}

describe('log lines and hooks', () => {
  it('hold no secret through refreshes, retries and errors', async () => {
    let grants = 0;
    let jobs = 0;
    const api = await hostile((req, res) => {
      if (req.url === '/identity/oauth/token') {
        grants++;
        return json(res, 200, {
          access_token: `access-token-VALUE-${grants}`,
          refresh_token: `refresh-token-VALUE-${grants}`,
          expires_in: 3600,
        });
      }
      jobs++;
      if (jobs === 1) return json(res, 401, { message: 'expired' });
      if (jobs === 2) return json(res, 503, { message: 'busy' }, { 'retry-after': '0' });
      if (req.url.startsWith('/candidates')) return json(res, 400, { message: 'bad', errors: [] });
      return json(res, 200, { content: [] });
    });
    const { seen, logger, hooks } = recorder();
    const client = new SmartRecruitersClient({
      baseUrl: api.origin,
      oauth: {
        clientId: 'client-id',
        clientSecret: SECRETS.clientSecret,
        refreshToken: SECRETS.refreshToken,
      },
      logger,
      logLevel: 'debug',
      hooks,
      rateLimit: false,
    });
    await client.get('/jobs');
    await client.get('/candidates').catch(() => undefined);
    const keyed = new SmartRecruitersClient({
      apiKey: SECRETS.apiKey,
      baseUrl: api.origin,
      logger,
      logLevel: 'debug',
      hooks,
      rateLimit: false,
    });
    await keyed.get('/candidates').catch(() => undefined);
    expect(grants).toBe(2);
    expect(seen.length).toBeGreaterThan(8);
    const text = JSON.stringify(seen);
    for (const secret of [...Object.values(SECRETS), 'VALUE']) expect(text).not.toContain(secret);
  });
});
