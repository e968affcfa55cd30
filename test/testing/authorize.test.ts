/**
 * The fake's authorization page and the Authorization Code grant: the page, what it refuses, the
 * code's bindings, single use and expiry, revocation.
 */
import { describe, expect, it } from 'vitest';
import { GRANT_ACCESS_TOKEN_TTL_SECONDS } from '../../src/testing/index.js';
import { call, startFake } from './helpers.js';

const APP = {
  clientId: 'app',
  clientSecret: 'app-secret',
  name: 'Acme <Sync>',
  redirectUris: ['https://app.example.com/cb', 'http://localhost:3000/cb'],
  scopes: ['jobs_read', 'candidates_read'],
};
const OTHER = { clientId: 'other', clientSecret: 'other-secret', redirectUris: ['https://other.example/cb'] };

type Fake = Awaited<ReturnType<typeof startFake>>;

function allow(fake: Fake, params: Record<string, string>) {
  return fetch(`${fake.url}/identity/oauth/allow?${new URLSearchParams(params)}`, { redirect: 'manual' });
}

async function decide(fake: Fake, params: Record<string, string>, decision: string) {
  const html = await (await allow(fake, params)).text();
  const consent = /name="consent" value="([^"]+)"/.exec(html)?.[1] as string;
  const answer = await fetch(`${fake.url}/identity/oauth/allow`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ consent, decision }),
    redirect: 'manual',
  });
  return { answer, consent, location: new URL(answer.headers.get('location') ?? 'about:blank') };
}

function exchange(fake: Fake, fields: Record<string, string>) {
  return call(fake, 'POST', '/identity/oauth/token', {
    auth: null,
    body: new URLSearchParams({ grant_type: 'authorization_code', ...fields }).toString(),
    contentType: 'application/x-www-form-urlencoded',
  });
}

const START = {
  client_id: 'app',
  redirect_uri: 'https://app.example.com/cb',
  scope: 'jobs_read',
  state: 's-1',
};

describe('GET /identity/oauth/allow', () => {
  it('shows a consent page: the app, the signed-in user, the scopes, Approve and Deny', async () => {
    const fake = await startFake({ oauthClients: [APP] });
    const page = await allow(fake, { ...START, scope: 'jobs_read candidates_read' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const html = await page.text();
    expect(html).toContain('Acme &lt;Sync&gt; wants to access your SmartRecruiters account');
    expect(html).toMatch(/Signed in as .+ at Acme Fake Corp/);
    expect(html).toContain('<code>jobs_read</code>');
    expect(html).toContain('<code>candidates_read</code>');
    expect(html).toMatch(/<button[^>]*value="approve"[^>]*>Approve<\/button>/);
    expect(html).toMatch(/<button[^>]*value="deny"[^>]*>Deny<\/button>/);
  });

  it('an unknown client or a redirect_uri not registered exactly: an error page, never a redirect', async () => {
    const fake = await startFake({ oauthClients: [APP] });
    for (const params of [
      { ...START, client_id: 'nope' },
      { ...START, redirect_uri: 'https://app.example.com/cb/' },
      { ...START, redirect_uri: 'https://evil.example/cb' },
      { client_id: 'app', scope: 'jobs_read' },
    ]) {
      const page = await allow(fake, params);
      expect(page.status).toBe(400);
      expect(page.headers.get('location')).toBeNull();
    }
  });

  it('an empty scope or a scope the app lacks: back to the app with error=invalid_scope and the state', async () => {
    const fake = await startFake({ oauthClients: [APP] });
    for (const scope of ['', 'users_manage']) {
      const page = await allow(fake, { ...START, scope });
      expect(page.status).toBe(303);
      const location = new URL(page.headers.get('location') as string);
      expect(location.origin + location.pathname).toBe('https://app.example.com/cb');
      expect(location.searchParams.get('error')).toBe('invalid_scope');
      expect(location.searchParams.get('state')).toBe('s-1');
    }
  });

  it('refuses redirect URIs SmartRecruiters would not register', async () => {
    await expect(
      startFake({ oauthClients: [{ ...APP, redirectUris: ['http://app.example.com/cb'] }] }),
    ).rejects.toThrow(/https/);
    await expect(
      startFake({
        oauthClients: [
          { ...APP, redirectUris: ['https://a/1', 'https://a/2', 'https://a/3', 'https://a/4'] },
        ],
      }),
    ).rejects.toThrow(/at most 3/);
  });
});

describe('the Authorization Code grant', () => {
  it('Approve: a code for the redirect URI, exchanged once for a 30-minute access token and a refresh token', async () => {
    const fake = await startFake({ oauthClients: [APP] });
    const { answer, location } = await decide(fake, START, 'approve');
    expect(answer.status).toBe(303);
    expect(location.searchParams.get('state')).toBe('s-1');
    const code = location.searchParams.get('code') as string;
    const tokens = await exchange(fake, {
      code,
      redirect_uri: START.redirect_uri,
      client_id: 'app',
      client_secret: 'app-secret',
    });
    expect(tokens.status).toBe(200);
    expect(tokens.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: GRANT_ACCESS_TOKEN_TTL_SECONDS,
      scope: 'jobs_read',
      refresh_token: expect.stringMatching(/^fake_rt_/),
    });
    expect((await call(fake, 'GET', '/jobs', { auth: { bearer: tokens.body.access_token } })).status).toBe(
      200,
    );
    // Only what was consented to.
    expect(
      (await call(fake, 'GET', '/candidates', { auth: { bearer: tokens.body.access_token } })).status,
    ).toBe(403);
  });

  it('Deny: back to the app with error=access_denied and the state, no code', async () => {
    const fake = await startFake({ oauthClients: [APP] });
    const { location } = await decide(fake, START, 'deny');
    expect(location.searchParams.get('error')).toBe('access_denied');
    expect(location.searchParams.get('state')).toBe('s-1');
    expect(location.searchParams.has('code')).toBe(false);
  });

  it('a consent form answers once', async () => {
    const fake = await startFake({ oauthClients: [APP] });
    const { consent } = await decide(fake, START, 'approve');
    const again = await fetch(`${fake.url}/identity/oauth/allow`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ consent, decision: 'approve' }),
      redirect: 'manual',
    });
    expect(again.status).toBe(400);
  });

  it('a code is bound to its client and redirect URI, single-use (reuse revokes the grant) and expires', async () => {
    const fake = await startFake({ oauthClients: [APP, OTHER] });
    const code = async () =>
      (await decide(fake, START, 'approve')).location.searchParams.get('code') as string;
    const mine = { client_id: 'app', client_secret: 'app-secret', redirect_uri: START.redirect_uri };

    const stolen = await code();
    const other = await exchange(fake, {
      code: stolen,
      client_id: 'other',
      client_secret: 'other-secret',
      redirect_uri: 'https://other.example/cb',
    });
    expect(other.body.error).toBe('invalid_grant');
    expect(
      (await exchange(fake, { ...mine, code: stolen, redirect_uri: 'http://localhost:3000/cb' })).body.error,
    ).toBe('invalid_grant');
    expect((await exchange(fake, { ...mine, code: stolen })).status).toBe(200);

    const reused = await code();
    const first = await exchange(fake, { ...mine, code: reused });
    expect(first.status).toBe(200);
    expect((await exchange(fake, { ...mine, code: reused })).body.error).toBe('invalid_grant');
    // What the first exchange gave stops working.
    expect((await call(fake, 'GET', '/jobs', { auth: { bearer: first.body.access_token } })).status).toBe(
      401,
    );

    const late = await code();
    fake.advanceTime(60_000);
    expect((await exchange(fake, { ...mine, code: late })).body).toEqual({
      error: 'invalid_grant',
      error_description: 'The authorization code expired',
    });
  });

  it('revoking the grant, or deleting the user who consented, stops its tokens', async () => {
    const fake = await startFake({ oauthClients: [APP] });
    const mine = { client_id: 'app', client_secret: 'app-secret', redirect_uri: START.redirect_uri };
    const code = (await decide(fake, START, 'approve')).location.searchParams.get('code') as string;
    const tokens = await exchange(fake, { ...mine, code });
    expect(fake.auth.revokeGrantsOfUser(fake.state.meUserId)).toBe(1);
    expect((await call(fake, 'GET', '/jobs', { auth: { bearer: tokens.body.access_token } })).status).toBe(
      401,
    );
    const refreshed = await call(fake, 'POST', '/identity/oauth/token', {
      auth: null,
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        refresh_token: tokens.body.refresh_token,
        ...mine,
      }).toString(),
      contentType: 'application/x-www-form-urlencoded',
    });
    expect(refreshed.body).toEqual({
      error: 'invalid_grant',
      error_description: 'The authorization grant was revoked',
    });
  });
});
