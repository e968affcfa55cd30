/**
 * The Authorization Code flow end to end on the fake: the URL, the consent page, the callback, the
 * state's checks (before any token request), and what the tenant's client can do afterwards.
 */
import { describe, expect, it } from 'vitest';
import {
  AuthorizationDeniedError,
  ConnectStateError,
  MemoryConnectionStore,
} from '../../src/connect/index.js';
import { ValidationError } from '../../src/index.js';
import {
  APP,
  CookieJar,
  connectFake,
  connectionsOn,
  connectThroughBrowser,
  consent,
  REDIRECT_URI,
  STATE_SECRET,
  tokenRequests,
  untilCallback,
} from './helpers.js';

describe('authorize', () => {
  it("builds SmartRecruiters' authorization URL: client_id, redirect_uri, space-separated scope (%20), state", async () => {
    const fake = connectFake({ now: () => Date.UTC(2026, 5, 1) });
    const connections = connectionsOn(fake, {
      authorizationCode: { ...APP, redirectUri: REDIRECT_URI, scopes: ['jobs_read', 'candidates_read'] },
    });
    const { url, cookie, state, expiresAt } = await connections.authorize({ tenantId: 'acme' });
    expect(url.startsWith('https://www.smartrecruiters.com/identity/oauth/allow?')).toBe(true);
    expect(url).toContain('scope=jobs_read%20candidates_read');
    const params = new URL(url).searchParams;
    expect(Object.fromEntries(params)).toEqual({
      client_id: APP.clientId,
      redirect_uri: REDIRECT_URI,
      scope: 'jobs_read candidates_read',
      state,
    });
    expect(cookie).toMatch(
      /^sr_connect_[A-Za-z0-9_-]{22}=[A-Za-z0-9_-]{43}; Path=\/; Max-Age=600; HttpOnly; SameSite=Lax; Secure$/,
    );
    expect(expiresAt - fake.clock.now()).toBe(600_000);
    // Signed, not encrypted: the tenant is readable, the cookie's value is not in it.
    const payload = JSON.parse(Buffer.from(state.split('.')[0] as string, 'base64url').toString());
    expect(payload).toMatchObject({ v: 1, f: 'c', t: 'acme' });
    expect(state).not.toContain(cookie.split(';')[0]?.split('=')[1]);
  });

  it('leaves scope out when the app asks for its default scopes', async () => {
    const connections = connectionsOn(connectFake(), {
      authorizationCode: { ...APP, redirectUri: REDIRECT_URI },
    });
    const { url } = await connections.authorize({ tenantId: 'acme' });
    expect(new URL(url).searchParams.has('scope')).toBe(false);
  });

  it('refuses a returnTo that leaves the app, and bad tenant ids, before anything is signed', async () => {
    const connections = connectionsOn(connectFake());
    for (const returnTo of [
      '//evil.example',
      'https://evil.example/',
      '/\\evil.example',
      'relative',
      '/a\nb',
    ]) {
      await expect(connections.authorize({ tenantId: 'acme', returnTo })).rejects.toBeInstanceOf(
        ValidationError,
      );
    }
    for (const tenantId of ['', 'a\u0000b', 'x'.repeat(257), 42 as unknown as string]) {
      await expect(connections.authorize({ tenantId })).rejects.toBeInstanceOf(ValidationError);
    }
  });

  it('needs a state secret of 32 bytes or more', () => {
    expect(() => connectionsOn(connectFake(), { stateSecret: 'short' })).toThrow(/32 bytes/);
  });
});

describe('the callback', () => {
  it('Approve: exchanges the code once, stores the tokens under the tenant, and the tenant reads its jobs', async () => {
    const fake = connectFake();
    const connections = connectionsOn(fake);
    const { outcome, jar } = await connectThroughBrowser(connections, fake, 'acme');
    expect(outcome).toMatchObject({
      status: 'connected',
      tenantId: 'acme',
      method: 'authorization_code',
      check: {
        method: 'token_response',
        granted: ['jobs_read', 'candidates_read'],
        missing: [],
        unchecked: [],
      },
      returnTo: '/',
    });
    expect(outcome.response.status).toBe(303);
    expect(outcome.response.headers.get('location')).toBe('/?connect=connected');
    expect(outcome.response.headers.get('referrer-policy')).toBe('no-referrer');
    // The state's cookie is deleted.
    expect(jar.size).toBe(0);
    const grants = tokenRequests(fake);
    expect(grants).toHaveLength(1);

    const sr = await connections.get('acme');
    const jobs = await sr.jobs.list({ limit: 3 });
    expect(jobs.result.length).toBeGreaterThan(0);
    expect(tokenRequests(fake)).toHaveLength(1);
    const status = await connections.status('acme');
    expect(status).toMatchObject({
      state: 'connected',
      method: 'authorization_code',
      scopes: ['jobs_read', 'candidates_read'],
    });
  });

  it('the token is kept under the tenant, with the 30-minute access token and its refresh token', async () => {
    const fake = connectFake();
    const connections = connectionsOn(fake);
    await connectThroughBrowser(connections, fake, 'acme');
    const record = (await connections.store.get('acme'))?.record;
    const token = await connections.tokenStore.get(`smartrecruiters:tenant:acme:${record?.grantId}`);
    expect(token?.refresh_token).toMatch(/^fake_rt_/);
    expect((token?.expires_at ?? 0) - (token?.issued_at ?? 0)).toBe(30 * 60 * 1000);
  });

  it('returns to the returnTo the flow started with', async () => {
    const fake = connectFake();
    const connections = connectionsOn(fake);
    const jar = new CookieJar();
    const start = await connections.authorize({
      tenantId: 'acme',
      returnTo: '/settings/integrations?tab=sr',
    });
    jar.set(start.cookie);
    const back = await consent(fake, start.url, 'approve');
    const outcome = await connections.handleCallback(
      new Request(back, { headers: { cookie: jar.header() } }),
    );
    expect(outcome.response.headers.get('location')).toBe('/settings/integrations?tab=sr&connect=connected');
  });

  it('Deny: a denied outcome, nothing stored, no token request', async () => {
    const fake = connectFake();
    const connections = connectionsOn(fake);
    const { outcome } = await connectThroughBrowser(connections, fake, 'acme', 'deny');
    expect(outcome.status).toBe('denied');
    if (outcome.status !== 'denied') return;
    expect(outcome.error).toBeInstanceOf(AuthorizationDeniedError);
    expect(outcome.error.userDenied).toBe(true);
    expect(outcome.error.tenantId).toBe('acme');
    expect(outcome.response.headers.get('location')).toBe('/?connect=denied');
    expect(tokenRequests(fake)).toEqual([]);
    expect(await connections.status('acme')).toEqual({ tenantId: 'acme', state: 'not_connected' });
  });

  it('two flows in two tabs of one browser do not overwrite each other', async () => {
    const fake = connectFake();
    const connections = connectionsOn(fake);
    const jar = new CookieJar();
    const first = await connections.authorize({ tenantId: 'acme' });
    const second = await connections.authorize({ tenantId: 'globex' });
    jar.set(first.cookie);
    jar.set(second.cookie);
    for (const start of [second, first]) {
      const back = await consent(fake, start.url, 'approve');
      const outcome = await connections.handleCallback(
        new Request(back, { headers: { cookie: jar.header() } }),
      );
      expect(outcome.status).toBe('connected');
    }
  });
});

describe('the state is checked before anything else', () => {
  async function attack(
    mutate: (
      url: URL,
      jar: CookieJar,
    ) => Promise<{ url: URL; cookie: string }> | { url: URL; cookie: string },
    options: { advanceMs?: number } = {},
  ) {
    const fake = connectFake();
    const connections = connectionsOn(fake);
    const jar = new CookieJar();
    const back = new URL((await untilCallback(connections, fake, 'acme', 'approve', jar)).callbackUrl);
    if (options.advanceMs) fake.advanceTime(options.advanceMs);
    const { url, cookie } = await mutate(back, jar);
    const outcome = await connections.handleCallback(new Request(url, { headers: { cookie } }));
    return { fake, connections, outcome };
  }

  function expectRefused(outcome: Awaited<ReturnType<typeof attack>>['outcome'], reason: string) {
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBeInstanceOf(ConnectStateError);
    expect((outcome.error as ConnectStateError).reason).toBe(reason);
    expect(outcome.response.headers.get('location')).toBe(`/?connect=failed&reason=${reason}`);
  }

  it.each([
    [
      'no state',
      (url: URL) => {
        url.searchParams.delete('state');
        return url;
      },
      'missing_state',
    ],
    [
      'a state of random bytes',
      (url: URL) => {
        url.searchParams.set('state', 'garbage');
        return url;
      },
      'malformed_state',
    ],
    [
      'a state whose tenant was changed',
      (url: URL) => {
        const [body, signature] = (url.searchParams.get('state') as string).split('.');
        const payload = JSON.parse(Buffer.from(body as string, 'base64url').toString());
        payload.t = 'victim';
        url.searchParams.set(
          'state',
          `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`,
        );
        return url;
      },
      'invalid_signature',
    ],
  ])('%s: refused, no token request, the code is still unused', async (_name, change, reason) => {
    const { fake, outcome } = await attack((url, jar) => ({ url: change(url), cookie: jar.header() }));
    expectRefused(outcome, reason);
    expect(tokenRequests(fake)).toEqual([]);
  });

  it('a state signed with another key: refused', async () => {
    const fake = connectFake();
    const attacker = connectionsOn(fake, { stateSecret: 'another-secret-of-at-least-32-characters' });
    const connections = connectionsOn(fake);
    const { callbackUrl: back, jar } = await untilCallback(attacker, fake, 'acme');
    const outcome = await connections.handleCallback(
      new Request(back, { headers: { cookie: jar.header() } }),
    );
    expectRefused(outcome, 'invalid_signature');
    expect(tokenRequests(fake)).toEqual([]);
  });

  it('a callback replayed: the first connects, the second is refused without a token request', async () => {
    const fake = connectFake();
    const connections = connectionsOn(fake);
    const { callbackUrl: back, cookie } = await untilCallback(connections, fake, 'acme');
    expect((await connections.handleCallback(new Request(back, { headers: { cookie } }))).status).toBe(
      'connected',
    );
    expect(tokenRequests(fake)).toHaveLength(1);
    const replay = await connections.handleCallback(new Request(back, { headers: { cookie } }));
    expectRefused(replay, 'replayed');
    expect(tokenRequests(fake)).toHaveLength(1);
  });

  it('another browser (no cookie, or another session cookie of the same name): refused', async () => {
    const missing = await attack((url) => ({ url, cookie: '' }));
    expectRefused(missing.outcome, 'missing_session');
    expect(tokenRequests(missing.fake)).toEqual([]);
    const mismatch = await attack((url, jar) => ({
      url,
      cookie: jar.header().replace(/=.*/, `=${'A'.repeat(43)}`),
    }));
    expectRefused(mismatch.outcome, 'session_mismatch');
    expect(tokenRequests(mismatch.fake)).toEqual([]);
  });

  it('an expired state (after 10 minutes): refused', async () => {
    const { fake, outcome } = await attack((url, jar) => ({ url, cookie: jar.header() }), {
      advanceMs: 600_000,
    });
    expectRefused(outcome, 'expired');
    expect(tokenRequests(fake)).toEqual([]);
  });

  it('a partner consent state at the Authorization Code callback: refused', async () => {
    const fake = connectFake();
    const connections = connectionsOn(fake);
    const consentUrl = fake.partnerConsentUrl('acme-partner');
    const partner = await connections.beginPartnerConsent(consentUrl, { tenantId: 'acme' });
    const jar = new CookieJar();
    jar.set(partner.cookie);
    const outcome = await connections.handleCallback(
      new Request(`${REDIRECT_URI}?code=whatever&state=${encodeURIComponent(partner.state)}`, {
        headers: { cookie: jar.header() },
      }),
    );
    expectRefused(outcome, 'wrong_flow');
    expect(tokenRequests(fake)).toEqual([]);
  });

  it('used states are shared by processes sharing the store: a replay on another process is refused', async () => {
    const fake = connectFake();
    const store = new MemoryConnectionStore();
    const one = connectionsOn(fake, { store });
    const two = connectionsOn(fake, { store });
    const { callbackUrl: back, cookie } = await untilCallback(one, fake, 'acme');
    expect((await one.handleCallback(new Request(back, { headers: { cookie } }))).status).toBe('connected');
    expectRefused(await two.handleCallback(new Request(back, { headers: { cookie } })), 'replayed');
    expect(tokenRequests(fake)).toHaveLength(1);
  });

  it('rotating the state secret: states signed with the old key still verify', async () => {
    const fake = connectFake();
    const old = connectionsOn(fake);
    const rotated = connectionsOn(fake, {
      stateSecret: ['the-new-secret-of-at-least-32-characters', STATE_SECRET],
    });
    const { callbackUrl: back, jar } = await untilCallback(old, fake, 'acme');
    expect(
      (await rotated.handleCallback(new Request(back, { headers: { cookie: jar.header() } }))).status,
    ).toBe('connected');
  });
});

describe('a code SmartRecruiters refuses', () => {
  it('an expired code: a failed outcome, nothing stored', async () => {
    const fake = connectFake();
    const connections = connectionsOn(fake);
    const { callbackUrl: back, cookie } = await untilCallback(connections, fake, 'acme');
    fake.advanceTime(61_000);
    const outcome = await connections.handleCallback(new Request(back, { headers: { cookie } }));
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toMatchObject({ name: 'AuthenticationError', code: 'invalid_grant' });
    expect(outcome.response.headers.get('location')).toBe('/?connect=failed&reason=error');
    expect(tokenRequests(fake)).toHaveLength(1);
    expect(await connections.status('acme')).toEqual({ tenantId: 'acme', state: 'not_connected' });
  });
});

describe('oauth.authorizationCode on a plain client', () => {
  it('needs a tokenStoreKey (one per customer)', () => {
    const fake = connectFake();
    expect(() =>
      fake.client({ oauth: { ...APP, authorizationCode: { code: 'c', redirectUri: REDIRECT_URI } } }),
    ).toThrow(ValidationError);
  });

  it('a refused code: every request fails with that error, with no other grant (never client credentials)', async () => {
    const fake = connectFake();
    const sr = fake.client({
      oauth: {
        ...APP,
        authorizationCode: { code: 'made-up', redirectUri: REDIRECT_URI },
        tokenStoreKey: 't:1',
      },
    });
    const first = await sr.jobs.list().catch((e: unknown) => e);
    expect(first).toMatchObject({ name: 'AuthenticationError', code: 'invalid_grant' });
    await expect(sr.jobs.list()).rejects.toBe(first);
    expect(tokenRequests(fake).map((r) => r.status)).toEqual([400]);
  });
});
