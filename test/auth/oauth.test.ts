import { delay, HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  MemoryTokenStore,
  type OAuthOptions,
  PermissionDeniedError,
  type RateLimiter,
  type RateLimitRequest,
  RequestAbortedError,
  SmartRecruitersClient,
  type StoredToken,
  type TokenRefreshedHookInfo,
} from '../../src/index.js';
import { BASE, memoryLogger, useMsw } from '../helpers/msw.js';

const server = useMsw();
const TOKEN_URL = `${BASE}/identity/oauth/token`;

let clientCounter = 0;
function oauthClient(oauth: Partial<OAuthOptions> = {}, extra: Record<string, unknown> = {}) {
  clientCounter++;
  return new SmartRecruitersClient({
    oauth: { clientId: `client-${clientCounter}`, clientSecret: 'top-secret', ...oauth },
    rateLimit: false,
    logLevel: 'off',
    ...extra,
  });
}

/** A token endpoint that counts calls and issues numbered tokens. */
function tokenEndpoint(options: { expiresIn?: number; rotate?: boolean; delayMs?: number } = {}) {
  const state = {
    calls: 0,
    forms: [] as URLSearchParams[],
    authHeaders: [] as Array<string | null>,
    headers: [] as Headers[],
  };
  server.use(
    http.post(TOKEN_URL, async ({ request }) => {
      state.calls++;
      state.authHeaders.push(request.headers.get('authorization'));
      state.headers.push(request.headers);
      const form = new URLSearchParams(await request.text());
      state.forms.push(form);
      if (options.delayMs) await delay(options.delayMs);
      return HttpResponse.json({
        access_token: `access-${state.calls}`,
        token_type: 'Bearer',
        expires_in: options.expiresIn ?? 3600,
        ...(options.rotate ? { refresh_token: `refresh-${state.calls + 1}` } : {}),
      });
    }),
  );
  return state;
}

/** An API route that accepts only the given bearer tokens. */
function api(accepted: (token: string) => boolean) {
  const seen: string[] = [];
  server.use(
    http.get(`${BASE}/jobs`, ({ request }) => {
      const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
      seen.push(token);
      return accepted(token)
        ? HttpResponse.json({ content: [] })
        : HttpResponse.json({ message: 'Invalid token' }, { status: 401 });
    }),
  );
  return seen;
}

describe('OAuth client credentials', () => {
  it('requests a token form-encoded, then sends it as a Bearer and reuses it', async () => {
    const endpoint = tokenEndpoint();
    const seen = api(() => true);
    const c = oauthClient({ scope: ['jobs_read', 'candidates_read'] });
    await c.get('/jobs');
    await c.get('/jobs');
    expect(endpoint.calls).toBe(1);
    expect(Object.fromEntries(endpoint.forms[0]!)).toEqual({
      grant_type: 'client_credentials',
      client_id: expect.stringMatching(/^client-/),
      client_secret: 'top-secret',
      scope: 'jobs_read candidates_read',
    });
    expect(seen).toEqual(['access-1', 'access-1']);
  });

  it('can send the client credentials as HTTP Basic (client_secret_basic)', async () => {
    const endpoint = tokenEndpoint();
    api(() => true);
    await oauthClient({ clientId: 'id:1', tokenEndpointAuthMethod: 'client_secret_basic' }).get('/jobs');
    expect(endpoint.authHeaders[0]).toBe(`Basic ${btoa('id%3A1:top-secret')}`);
    expect(endpoint.forms[0]!.has('client_secret')).toBe(false);
  });

  it('makes one token request for 100 concurrent calls (single-flight)', async () => {
    const endpoint = tokenEndpoint({ delayMs: 50 });
    const seen = api(() => true);
    const c = oauthClient();
    await Promise.all(Array.from({ length: 100 }, () => c.get('/jobs')));
    expect(endpoint.calls).toBe(1);
    expect(seen).toHaveLength(100);
    expect(new Set(seen)).toEqual(new Set(['access-1']));
  });

  it('refreshes before expiry, within the skew', async () => {
    const endpoint = tokenEndpoint({ expiresIn: 2 });
    const seen = api(() => true);
    const c = oauthClient({ refreshSkewMs: 1000 });
    await c.get('/jobs');
    await delay(300);
    await c.get('/jobs');
    expect(endpoint.calls).toBe(1);
    // Still valid for 0.9 s, but inside the skew: refreshed.
    await delay(800);
    await c.get('/jobs');
    expect(endpoint.calls).toBe(2);
    expect(seen).toEqual(['access-1', 'access-1', 'access-2']);
  });

  it('on a 401 refreshes exactly once and retries; a second 401 is an AuthenticationError', async () => {
    const endpoint = tokenEndpoint();
    // Token 1 was revoked; token 2 works.
    const seen = api((token) => token === 'access-2');
    const c = oauthClient();
    await c.get('/jobs');
    expect(seen).toEqual(['access-1', 'access-2']);
    expect(endpoint.calls).toBe(2);

    const rejectAll = api(() => false);
    const error = await c.get('/jobs').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).status).toBe(401);
    expect(rejectAll).toEqual(['access-2', 'access-3']);
    expect(endpoint.calls).toBe(3);
  });

  it('a 401 naming a missing scope is a PermissionDeniedError, without a pointless refresh', async () => {
    const endpoint = tokenEndpoint();
    server.use(
      http.get(`${BASE}/jobs`, () =>
        HttpResponse.json(
          { message: 'Access denied', errors: [{ code: 'OAuthPermissionsException', message: 'jobs_read' }] },
          { status: 401 },
        ),
      ),
    );
    await expect(oauthClient().get('/jobs')).rejects.toBeInstanceOf(PermissionDeniedError);
    expect(endpoint.calls).toBe(1);
  });

  it('sends the token endpoint no caller headers (it may be another host)', async () => {
    const endpoint = tokenEndpoint();
    let seenByApi: string | null = null;
    server.use(
      http.get(`${BASE}/jobs`, ({ request }) => {
        seenByApi = request.headers.get('x-tenant');
        return HttpResponse.json({ content: [] });
      }),
    );
    await oauthClient({}, { defaultHeaders: { 'X-Tenant': 'acme' } }).get('/jobs');
    expect(endpoint.headers[0]?.get('x-tenant')).toBeNull();
    expect(seenByApi).toBe('acme');
  });

  it('a 401 storm on 20 concurrent calls makes one refresh, and every call succeeds', async () => {
    const endpoint = tokenEndpoint({ delayMs: 20 });
    // access-1 is revoked as soon as it is issued.
    const seen = api((token) => token !== 'access-1');
    const c = oauthClient();
    await Promise.all(Array.from({ length: 20 }, () => c.get('/jobs')));
    expect(endpoint.calls).toBe(2);
    expect(seen.filter((t) => t === 'access-1')).toHaveLength(20);
    expect(seen.filter((t) => t === 'access-2')).toHaveLength(20);
  });

  it('a failed token request reaches every waiting caller as one typed error, with one request', async () => {
    let calls = 0;
    server.use(
      http.post(TOKEN_URL, async () => {
        calls++;
        await delay(30);
        return HttpResponse.json(
          { error: 'invalid_client', error_description: 'Bad client' },
          { status: 401 },
        );
      }),
    );
    api(() => true);
    const c = oauthClient();
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => c.get('/jobs')));
    expect(calls).toBe(1);
    const reasons = results.map((r) => (r.status === 'rejected' ? r.reason : undefined));
    expect(reasons.every((r) => r instanceof AuthenticationError)).toBe(true);
    expect(new Set(reasons).size).toBe(1);
    expect((reasons[0] as AuthenticationError).code).toBe('invalid_client');
    expect((reasons[0] as AuthenticationError).request).toEqual({
      method: 'POST',
      path: '/identity/oauth/token',
    });
  });

  it('an aborted caller stops waiting while the shared refresh goes on for the others', async () => {
    tokenEndpoint({ delayMs: 150 });
    api(() => true);
    const c = oauthClient();
    const controller = new AbortController();
    const aborted = c.get('/jobs', { signal: controller.signal });
    const patient = c.get('/jobs');
    setTimeout(() => controller.abort(), 20);
    await expect(aborted).rejects.toBeInstanceOf(RequestAbortedError);
    await expect(patient).resolves.toEqual({ content: [] });
  });
});

describe("tokens and the rate limiter's queue", () => {
  /** A limiter that lets token requests through at once and holds the first API request `ms`. */
  function slowQueue(ms: number) {
    const asked: RateLimitRequest[] = [];
    const released: Array<[string, boolean | undefined]> = [];
    let first = true;
    const limiter: RateLimiter = {
      acquire: async (request) => {
        asked.push(request);
        const api = !request.path.startsWith('/identity/');
        if (api && first) {
          first = false;
          await delay(ms);
        }
        return (sent?: boolean) => {
          released.push([request.path, sent]);
        };
      },
      hold: () => undefined,
      observe: () => 0,
    };
    return { limiter, asked, released };
  }

  it('a token that expires while its request waits for a place is not sent: a new one is, and the request goes first', async () => {
    const endpoint = tokenEndpoint({ expiresIn: 2 });
    const seen = api(() => true);
    const queue = slowQueue(1_700);
    const c = oauthClient({}, { rateLimit: queue.limiter });
    await c.get('/jobs');
    // access-1 was fresh when the request queued; 1.7 s later it had 0.3 s left, less than it
    // needs to be sure to reach SmartRecruiters (a quarter of its 2 s life): never sent.
    expect(seen).toEqual(['access-2']);
    expect(endpoint.calls).toBe(2);
    // The place it had is given back unsent; the token requests and the second turn go first.
    expect(queue.released).toEqual([
      ['/identity/oauth/token', undefined],
      ['/jobs', false],
      ['/identity/oauth/token', undefined],
      ['/jobs', undefined],
    ]);
    expect(queue.asked.map((r) => [r.path, r.priority])).toEqual([
      ['/identity/oauth/token', true],
      ['/jobs', false],
      ['/identity/oauth/token', true],
      ['/jobs', true],
    ]);
  });

  it('uses a token another request refreshed while this one waited, without a refresh of its own', async () => {
    const endpoint = tokenEndpoint({ expiresIn: 2 });
    const seen = api(() => true);
    const queue = slowQueue(1_700);
    const c = oauthClient({}, { rateLimit: queue.limiter });
    const slow = c.get('/jobs');
    // Another request refreshes past the token's half-life (1 s), while the first still waits.
    await delay(1_200);
    await c.get('/jobs');
    await slow;
    expect(endpoint.calls).toBe(2);
    expect(seen).toEqual(['access-2', 'access-2']);
    expect(queue.released.filter(([, sent]) => sent === false)).toEqual([]);
  });
});

describe('refresh tokens and the token store', () => {
  it('uses grant_type=refresh_token and stores a rotated refresh token before the new access token is used', async () => {
    const endpoint = tokenEndpoint({ rotate: true });
    const store = new MemoryTokenStore();
    const order: string[] = [];
    const originalSet = store.set.bind(store);
    store.set = (key: string, token: StoredToken) => {
      order.push(`store:${token.refresh_token}`);
      originalSet(key, token);
    };
    server.use(
      http.get(`${BASE}/jobs`, ({ request }) => {
        order.push(`api:${request.headers.get('authorization')}`);
        return HttpResponse.json({ content: [] });
      }),
    );
    const refreshed: StoredToken[] = [];
    const hookInfo: TokenRefreshedHookInfo[] = [];
    const c = oauthClient(
      {
        refreshToken: 'refresh-1',
        tokenStore: store,
        tokenStoreKey: 'customer-42',
        onTokenRefreshed: async (token) => {
          order.push(`callback:${token.refresh_token}`);
          refreshed.push(token);
        },
      },
      { hooks: { tokenRefreshed: (info: TokenRefreshedHookInfo) => hookInfo.push(info) } },
    );
    await c.get('/jobs');
    expect(Object.fromEntries(endpoint.forms[0]!)).toMatchObject({
      grant_type: 'refresh_token',
      refresh_token: 'refresh-1',
    });
    expect(order).toEqual(['store:refresh-2', 'callback:refresh-2', 'api:Bearer access-1']);
    expect((await store.get('customer-42'))?.refresh_token).toBe('refresh-2');
    expect(refreshed[0]).toMatchObject({ access_token: 'access-1', refresh_token: 'refresh-2' });
    expect(hookInfo).toEqual([
      expect.objectContaining({ grantType: 'refresh_token', refreshTokenRotated: true }),
    ]);
    expect(JSON.stringify(hookInfo)).not.toContain('access-1');
    expect(JSON.stringify(hookInfo)).not.toContain('refresh-2');
  });

  it('uses the rotated refresh token from the store on the next refresh, not the stale one from options', async () => {
    const endpoint = tokenEndpoint({ rotate: true, expiresIn: 1 });
    api(() => true);
    const store = new MemoryTokenStore();
    const c = oauthClient({ refreshToken: 'refresh-1', tokenStore: store, refreshSkewMs: 0 });
    await c.get('/jobs');
    await delay(1100);
    await c.get('/jobs');
    expect(endpoint.forms.map((f) => f.get('refresh_token'))).toEqual(['refresh-1', 'refresh-2']);
  });

  it('announces a rotated refresh token again, before any use, until onTokenRefreshed succeeds', async () => {
    const endpoint = tokenEndpoint({ rotate: true });
    const seen = api(() => true);
    const persisted: string[] = [];
    let failures = 1;
    const c = oauthClient({
      refreshToken: 'refresh-1',
      onTokenRefreshed: (token) => {
        if (failures-- > 0) throw new Error('database down');
        persisted.push(token.refresh_token ?? '');
      },
    });
    await expect(c.get('/jobs')).rejects.toThrow('database down');
    expect(seen).toEqual([]);
    await c.get('/jobs');
    // No second refresh (it would rotate again): the same token is announced, then used.
    expect(endpoint.calls).toBe(1);
    expect(persisted).toEqual(['refresh-2']);
    expect(seen).toEqual(['access-1']);
  });

  it('refreshes a short-lived token at half its life, not on every call', async () => {
    const endpoint = tokenEndpoint({ expiresIn: 30 });
    api(() => true);
    const c = oauthClient();
    for (let i = 0; i < 5; i++) await c.get('/jobs');
    expect(endpoint.calls).toBe(1);
  });

  it('shares tokens through the store between clients (another process, a restart)', async () => {
    const endpoint = tokenEndpoint();
    const seen = api(() => true);
    const store = new MemoryTokenStore();
    const options = { clientId: 'shared-client', tokenStore: store };
    await oauthClient(options).get('/jobs');
    await oauthClient(options).get('/jobs');
    expect(endpoint.calls).toBe(1);
    expect(seen).toEqual(['access-1', 'access-1']);
  });

  it('does not retry a refresh-token grant after a 503 (the token may have rotated), but retries client credentials', async () => {
    let calls = 0;
    server.use(
      http.post(TOKEN_URL, async ({ request }) => {
        calls++;
        const form = new URLSearchParams(await request.text());
        if (calls === 1 || form.get('grant_type') === 'refresh_token') {
          return HttpResponse.json({ message: 'busy' }, { status: 503 });
        }
        return HttpResponse.json({ access_token: 'ok', expires_in: 3600 });
      }),
    );
    api(() => true);
    await oauthClient().get('/jobs');
    expect(calls).toBe(2);
    calls = 10;
    await expect(oauthClient({ refreshToken: 'r' }).get('/jobs')).rejects.toThrow(/503/);
    expect(calls).toBe(11);
  });

  it('keeps the client secret and tokens out of errors and logs', async () => {
    const { lines, logger } = memoryLogger();
    server.use(
      http.post(TOKEN_URL, () =>
        HttpResponse.json({ error: 'invalid_grant', error_description: 'expired' }, { status: 400 }),
      ),
    );
    const c = new SmartRecruitersClient({
      oauth: { clientId: 'cid', clientSecret: 'very-secret-value', refreshToken: 'refresh-secret-value' },
      logger,
      logLevel: 'debug',
      rateLimit: false,
    });
    const error = await c.get('/jobs').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    const dump = [...lines, String(error), JSON.stringify(error), (error as Error).stack].join('\n');
    expect(dump).not.toContain('very-secret-value');
    expect(dump).not.toContain('refresh-secret-value');
  });
});
