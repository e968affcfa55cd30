import { describe, expect, it } from 'vitest';
import { REFRESH_TOKEN_TTL_SECONDS } from '../../src/testing/index.js';
import { call, startFake } from './helpers.js';

const CLIENT = { clientId: 'client-1', clientSecret: 's3cret', scopes: ['candidates_read', 'jobs_read'] };

function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

async function token(
  fake: Awaited<ReturnType<typeof startFake>>,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  return call(fake, 'POST', '/identity/oauth/token', {
    auth: null,
    body: form(fields),
    contentType: 'application/x-www-form-urlencoded',
    headers,
  });
}

describe('POST /identity/oauth/token (§2.2)', () => {
  it('issues a Bearer token for client_credentials in the form', async () => {
    const fake = await startFake({ oauthClients: [CLIENT], tokenExpiresInSeconds: 900 });
    const r = await token(fake, {
      grant_type: 'client_credentials',
      client_id: 'client-1',
      client_secret: 's3cret',
    });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 900,
      scope: 'candidates_read jobs_read',
    });
    expect(typeof r.body.access_token).toBe('string');
    expect(r.body.refresh_token).toBeUndefined();
    expect(r.headers.get('cache-control')).toBe('no-store');
    const use = await call(fake, 'GET', '/jobs', { auth: { bearer: r.body.access_token } });
    expect(use.status).toBe(200);
    expect(fake.requests.last()?.credential).toBe('oauth:client-1');
  });

  it('accepts client_secret_basic (HTTP Basic)', async () => {
    const fake = await startFake({ oauthClients: [CLIENT] });
    const basic = `Basic ${Buffer.from('client-1:s3cret').toString('base64')}`;
    const r = await token(fake, { grant_type: 'client_credentials' }, { Authorization: basic });
    expect(r.status).toBe(200);
    const bad = await token(
      fake,
      { grant_type: 'client_credentials' },
      { Authorization: `Basic ${Buffer.from('client-1:nope').toString('base64')}` },
    );
    expect(bad.status).toBe(401);
    expect(bad.body.error).toBe('invalid_client');
    expect(bad.headers.get('www-authenticate')).toMatch(/^Basic/);
  });

  it('narrows scopes on request and rejects scopes the client lacks', async () => {
    const fake = await startFake({ oauthClients: [CLIENT] });
    const narrowed = await token(fake, {
      grant_type: 'client_credentials',
      client_id: 'client-1',
      client_secret: 's3cret',
      scope: 'jobs_read',
    });
    expect(narrowed.body.scope).toBe('jobs_read');
    const tooMuch = await token(fake, {
      grant_type: 'client_credentials',
      client_id: 'client-1',
      client_secret: 's3cret',
      scope: 'users_manage',
    });
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.body.error).toBe('invalid_scope');
  });

  it.each([
    [
      { grant_type: 'client_credentials', client_id: 'client-1', client_secret: 'wrong' },
      401,
      'invalid_client',
    ],
    [
      { grant_type: 'client_credentials', client_id: 'nobody', client_secret: 's3cret' },
      401,
      'invalid_client',
    ],
    [{ grant_type: 'client_credentials' }, 401, 'invalid_client'],
    [
      { grant_type: 'password', client_id: 'client-1', client_secret: 's3cret' },
      400,
      'unsupported_grant_type',
    ],
    [{ client_id: 'client-1', client_secret: 's3cret' }, 400, 'invalid_request'],
    [{ grant_type: 'refresh_token', client_id: 'client-1', client_secret: 's3cret' }, 400, 'invalid_request'],
    [
      {
        grant_type: 'refresh_token',
        client_id: 'client-1',
        client_secret: 's3cret',
        refresh_token: 'made-up',
      },
      400,
      'invalid_grant',
    ],
  ])('answers %j with %i %s', async (fields, status, error) => {
    const fake = await startFake({ oauthClients: [CLIENT] });
    const r = await token(fake, fields as Record<string, string>);
    expect(r.status).toBe(status);
    expect(r.body).toMatchObject({ error });
    expect(typeof r.body.error_description).toBe('string');
  });

  it('accepts form encoding only (415 for JSON)', async () => {
    const fake = await startFake({ oauthClients: [CLIENT] });
    const r = await call(fake, 'POST', '/identity/oauth/token', {
      auth: null,
      json: { grant_type: 'client_credentials', client_id: 'client-1', client_secret: 's3cret' },
    });
    expect(r.status).toBe(415);
    expect(r.body.error).toBe('invalid_request');
  });

  it('rotates refresh tokens: the old one stops working, and reusing it revokes the grant', async () => {
    const fake = await startFake({ oauthClients: [CLIENT] });
    const refresh = fake.issueRefreshToken('client-1');
    const redeem = (refresh_token: string) =>
      token(fake, {
        grant_type: 'refresh_token',
        refresh_token,
        client_id: 'client-1',
        client_secret: 's3cret',
      });
    const first = await redeem(refresh);
    expect(first.status).toBe(200);
    expect(first.body.refresh_token).toEqual(expect.any(String));
    expect(first.body.refresh_token).not.toBe(refresh);
    const second = await redeem(first.body.refresh_token);
    expect(second.status).toBe(200);
    expect((await call(fake, 'GET', '/jobs', { auth: { bearer: second.body.access_token } })).status).toBe(
      200,
    );
    // A used refresh token comes back (stolen, or a client that lost the rotation): refused, and
    // everything the grant gave stops working.
    const reuse = await redeem(first.body.refresh_token);
    expect(reuse.status).toBe(400);
    expect(reuse.body.error).toBe('invalid_grant');
    const afterReuse = await redeem(second.body.refresh_token);
    expect(afterReuse.body).toMatchObject({
      error: 'invalid_grant',
      error_description: expect.stringMatching(/revoked/),
    });
    expect((await call(fake, 'GET', '/jobs', { auth: { bearer: second.body.access_token } })).status).toBe(
      401,
    );
  });

  it('refresh tokens live 28 days', async () => {
    const fake = await startFake({ oauthClients: [CLIENT] });
    const refresh = fake.issueRefreshToken('client-1');
    fake.advanceTime(REFRESH_TOKEN_TTL_SECONDS * 1000);
    const r = await token(fake, {
      grant_type: 'refresh_token',
      refresh_token: refresh,
      client_id: 'client-1',
      client_secret: 's3cret',
    });
    expect(r.body).toEqual({ error: 'invalid_grant', error_description: 'The refresh token expired' });
  });

  it('keeps the refresh token when rotation is off', async () => {
    const fake = await startFake({ oauthClients: [CLIENT], rotateRefreshTokens: false });
    const refresh = fake.issueRefreshToken('client-1');
    for (let i = 0; i < 2; i++) {
      const r = await token(fake, {
        grant_type: 'refresh_token',
        refresh_token: refresh,
        client_id: 'client-1',
        client_secret: 's3cret',
      });
      expect(r.body.refresh_token).toBe(refresh);
    }
  });

  it("rejects another client's refresh token", async () => {
    const fake = await startFake({ oauthClients: [CLIENT, { clientId: 'client-2', clientSecret: 'x' }] });
    const refresh = fake.issueRefreshToken('client-1');
    const r = await token(fake, {
      grant_type: 'refresh_token',
      refresh_token: refresh,
      client_id: 'client-2',
      client_secret: 'x',
    });
    expect(r.body.error).toBe('invalid_grant');
  });
});
