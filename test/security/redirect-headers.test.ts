import { describe, expect, it } from 'vitest';
import { RedirectError, SmartRecruitersClient } from '../../src/index.js';
import { failure, hostile, json, printed, redirect } from './hostile.js';

const KEY = 'api-key-5d1e';

function client(baseUrl: string) {
  return new SmartRecruitersClient({
    apiKey: KEY,
    baseUrl,
    logLevel: 'off',
    rateLimit: false,
    defaultHeaders: { 'X-Tenant-Secret': 'tenant-secret', 'Accept-Language': 'fr' },
  });
}

describe('a redirect to another origin carries no caller header and no body', () => {
  it('strips credentials, default headers, per-request headers and Proxy-Authorization', async () => {
    const other = await hostile((_req, res) => json(res, 200, { ok: true }));
    const api = await hostile((_req, res) => redirect(res, 302, `${other.origin}/elsewhere`));
    await client(api.origin).get('/jobs', {
      headers: { 'Proxy-Authorization': 'Basic cHJveHk6c2VjcmV0', 'X-Request-Secret': 'per-request' },
    });
    expect(api.received[0]!.headers['x-smarttoken']).toBe(KEY);
    expect(api.received[0]!.headers['x-tenant-secret']).toBe('tenant-secret');
    const sent = other.received[0]!.headers;
    for (const name of [
      'x-smarttoken',
      'authorization',
      'proxy-authorization',
      'x-tenant-secret',
      'x-request-secret',
      'cookie',
    ]) {
      expect(sent[name], name).toBeUndefined();
    }
    // (fetch itself may add `accept-language: *`; the caller's value stays home.)
    expect(sent['accept-language']).not.toBe('fr');
  });

  it('keeps the caller headers on a redirect within the same origin', async () => {
    const api = await hostile((req, res) =>
      req.url === '/jobs' ? redirect(res, 301, '/jobs/moved') : json(res, 200, { ok: true }),
    );
    await client(api.origin).get('/jobs', { headers: { 'X-Request-Secret': 'per-request' } });
    expect(api.received[1]!.headers['x-smarttoken']).toBe(KEY);
    expect(api.received[1]!.headers['x-request-secret']).toBe('per-request');
    expect(api.received[1]!.headers['x-tenant-secret']).toBe('tenant-secret');
  });

  for (const status of [307, 308]) {
    it(`refuses a ${status} that would re-send a body to another origin`, async () => {
      const other = await hostile((_req, res) => json(res, 201, { id: 'x' }));
      const api = await hostile((_req, res) => redirect(res, status, `${other.origin}/candidates`));
      const error = await failure(() =>
        client(api.origin).post('/candidates', {
          body: { firstName: 'Ada', lastName: 'L', email: 'ada@example.com' },
        }),
      );
      expect(error).toBeInstanceOf(RedirectError);
      expect(other.received).toEqual([]);
      expect(api.received).toHaveLength(1);
      const text = await printed(error);
      expect(text).not.toContain('ada@example.com');
      expect(text).not.toContain(KEY);
    });
  }

  it('follows a 303 to another origin as a GET without the body', async () => {
    const other = await hostile((_req, res) => json(res, 200, { done: true }));
    const api = await hostile((_req, res) => redirect(res, 303, `${other.origin}/result`));
    const data = await client(api.origin).post('/candidates', {
      body: { firstName: 'Ada', lastName: 'L', email: 'ada@example.com' },
    });
    expect(data).toEqual({ done: true });
    expect(other.received[0]).toMatchObject({ method: 'GET', body: '' });
    expect(other.received[0]!.headers['content-type']).toBeUndefined();
  });

  it('refuses redirects to other schemes and from https to http, without retrying', async () => {
    for (const location of ['file:///etc/passwd', 'data:text/plain,hello', 'ftp://127.0.0.1/x']) {
      const api = await hostile((_req, res) => redirect(res, 302, location));
      const error = await failure(() => client(api.origin).get('/jobs'));
      expect(error, location).toBeInstanceOf(RedirectError);
      expect(api.received, location).toHaveLength(1);
    }
    // From https to http: a fetch that answers the redirect itself (no TLS server needed).
    const urls: string[] = [];
    const downgrade = new SmartRecruitersClient({
      apiKey: KEY,
      baseUrl: 'https://api.example.test',
      logLevel: 'off',
      rateLimit: false,
      fetch: async (input) => {
        urls.push(String(input instanceof Request ? input.url : input));
        return new Response(null, { status: 302, headers: { location: 'http://api.example.test/jobs' } });
      },
    });
    expect(await failure(() => downgrade.get('/jobs'))).toBeInstanceOf(RedirectError);
    expect(urls).toEqual(['https://api.example.test/jobs']);
  });
});
