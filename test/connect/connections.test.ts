/**
 * `Connections` per tenant on the fake: lost connections (revoked grants, deleted users, revoked
 * credentials) become one typed error and one hook call, never a retry loop; other tenants are
 * untouched; reconnecting, disconnecting, the LRU cache, the connect-time scope check.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import {
  ConnectionLostError,
  type ConnectionLostEvent,
  MemoryConnectionStore,
  NotConnectedError,
} from '../../src/connect/index.js';
import { AuthenticationError, MemoryTokenStore } from '../../src/index.js';
import {
  connectedTenant,
  connectFake,
  connectionsOn,
  connectThroughBrowser,
  tokenRequests,
} from './helpers.js';

const THIRTY_ONE_MINUTES = 31 * 60 * 1000;

function lostEvents() {
  const events: ConnectionLostEvent[] = [];
  return { events, onConnectionLost: (event: ConnectionLostEvent) => void events.push(event) };
}

describe('a revoked grant', () => {
  it('becomes a ConnectionLostError naming the tenant, the hook runs once, and later requests fail without a request', async () => {
    const { events, onConnectionLost } = lostEvents();
    const { fake, connections, sr } = await connectedTenant({ onConnectionLost });
    await sr.jobs.list({ limit: 1 });

    // The customer removes the app: the grant, its access and refresh tokens stop working.
    const grant = [...fake.auth.grants.values()].find((g) => g.clientId === 'acme-app');
    expect(fake.auth.revokeGrant(grant?.id as string)).toBe(true);
    fake.advanceTime(THIRTY_ONE_MINUTES);
    const before = fake.requests.all().length;

    const error = await sr.jobs.list({ limit: 1 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionLostError);
    expect(error).toMatchObject({ tenantId: 'acme', reason: 'grant_revoked' });
    expect((error as ConnectionLostError).cause).toMatchObject({
      name: 'AuthenticationError',
      code: 'invalid_grant',
    });
    expect(String(error)).not.toMatch(/fake_rt_|fake_at_/);
    // One refresh attempt (refused), nothing else.
    expect(
      fake.requests
        .all()
        .slice(before)
        .map((r) => `${r.route} ${r.status}`),
    ).toEqual(['POST /identity/oauth/token 400']);

    // Twenty more calls, in parallel and in sequence: all fail at once, no request reaches SmartRecruiters.
    const more = await Promise.all(
      Array.from({ length: 10 }, () => sr.candidates.list({ limit: 1 }).catch((e: unknown) => e)),
    );
    for (let i = 0; i < 10; i++) more.push(await sr.jobs.get('x').catch((e: unknown) => e));
    expect(more.every((e) => e instanceof ConnectionLostError)).toBe(true);
    expect(fake.requests.all().length).toBe(before + 1);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      tenantId: 'acme',
      reason: 'grant_revoked',
      method: 'authorization_code',
    });
    expect(events[0]?.error).toBe(error);
    expect(await connections.status('acme')).toMatchObject({
      state: 'lost',
      lost: { reason: 'grant_revoked' },
    });
    // `get` keeps answering with the lost connection's client until the tenant connects again.
    const again = await connections.get('acme');
    await expect(again.jobs.list()).rejects.toBeInstanceOf(ConnectionLostError);
    expect(fake.requests.all().length).toBe(before + 1);
  });

  it('a 401 right after a fresh token (revoked while the access token is still valid): one refresh, then lost', async () => {
    const { events, onConnectionLost } = lostEvents();
    const { fake, sr } = await connectedTenant({ onConnectionLost });
    await sr.jobs.list({ limit: 1 });
    // The consenting user is deleted: "it'll break the authorization grant".
    expect(fake.auth.revokeGrantsOfUser(fake.state.meUserId)).toBe(1);
    const before = fake.requests.all().length;
    const error = await sr.jobs.list({ limit: 1 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ConnectionLostError', reason: 'grant_revoked' });
    expect(
      fake.requests
        .all()
        .slice(before)
        .map((r) => `${r.route} ${r.status}`),
    ).toEqual(['GET /jobs 401', 'POST /identity/oauth/token 400']);
    expect(events).toHaveLength(1);
  });

  it('a refresh token expired after 28 days: lost, hook once', async () => {
    const fake = connectFake();
    const { events, onConnectionLost } = lostEvents();
    const connections = connectionsOn(fake, { onConnectionLost });
    await connectThroughBrowser(connections, fake, 'acme');
    fake.advanceTime(28 * 24 * 60 * 60 * 1000);
    const sr = await connections.get('acme');
    await expect(sr.jobs.list()).rejects.toMatchObject({
      name: 'ConnectionLostError',
      reason: 'grant_revoked',
    });
    await expect(sr.jobs.list()).rejects.toBeInstanceOf(ConnectionLostError);
    expect(tokenRequests(fake).map((r) => r.status)).toEqual([200, 400]);
    expect(events).toHaveLength(1);
  });

  it('the refresh token rotates on each refresh and the rotated one is what the store keeps', async () => {
    const { fake, connections, sr } = await connectedTenant();
    const key = `smartrecruiters:tenant:acme:${(await connections.store.get('acme'))?.record.grantId}`;
    const seen = new Set<string>();
    for (let i = 0; i < 4; i++) {
      fake.advanceTime(THIRTY_ONE_MINUTES);
      await sr.jobs.list({ limit: 1 });
      seen.add((await connections.tokenStore.get(key))?.refresh_token as string);
    }
    expect(seen.size).toBe(4);
    expect(tokenRequests(fake).map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
  });

  it('other tenants go on working', async () => {
    const fake = connectFake();
    const connections = connectionsOn(fake);
    await connectThroughBrowser(connections, fake, 'acme');
    await connectThroughBrowser(connections, fake, 'globex');
    const acme = await connections.get('acme');
    const globex = await connections.get('globex');
    const grants = [...fake.auth.grants.values()];
    fake.auth.revokeGrant(grants[0]?.id as string);
    fake.advanceTime(THIRTY_ONE_MINUTES);
    await expect(acme.jobs.list()).rejects.toBeInstanceOf(ConnectionLostError);
    expect((await globex.jobs.list({ limit: 1 })).result).toHaveLength(1);
  });

  it('runs the hook once across processes sharing the store; each process fails fast after its own first refusal', async () => {
    const fake = connectFake();
    const store = new MemoryConnectionStore();
    const tokenStore = new MemoryTokenStore();
    const { events, onConnectionLost } = lostEvents();
    const one = connectionsOn(fake, { store, tokenStore, onConnectionLost });
    const two = connectionsOn(fake, { store, tokenStore, onConnectionLost });
    await connectThroughBrowser(one, fake, 'acme');
    await (await two.get('acme')).jobs.list({ limit: 1 });
    fake.auth.revokeGrantsOfUser(fake.state.meUserId);
    fake.advanceTime(THIRTY_ONE_MINUTES);
    await expect((await one.get('acme')).jobs.list()).rejects.toBeInstanceOf(ConnectionLostError);
    await expect((await two.get('acme')).jobs.list()).rejects.toBeInstanceOf(ConnectionLostError);
    expect(events).toHaveLength(1);
  });

  it('a process that starts after the loss sees it in the store: no request at all', async () => {
    const fake = connectFake();
    const store = new MemoryConnectionStore();
    const tokenStore = new MemoryTokenStore();
    const one = connectionsOn(fake, { store, tokenStore });
    await connectThroughBrowser(one, fake, 'acme');
    fake.auth.revokeGrantsOfUser(fake.state.meUserId);
    fake.advanceTime(THIRTY_ONE_MINUTES);
    await expect((await one.get('acme')).jobs.list()).rejects.toBeInstanceOf(ConnectionLostError);
    const before = fake.requests.all().length;
    const later = connectionsOn(fake, { store, tokenStore });
    await expect((await later.get('acme')).jobs.list()).rejects.toMatchObject({ reason: 'grant_revoked' });
    expect(fake.requests.all().length).toBe(before);
  });

  it('a hook that throws is logged and ignored', async () => {
    const fake = connectFake();
    const warnings: string[] = [];
    const logger = { debug() {}, info() {}, error() {}, warn: (m: string) => void warnings.push(m) };
    const connections = connectionsOn(fake, {
      onConnectionLost: () => {
        throw new Error('mail server down');
      },
      clientOptions: { logger, logLevel: 'warn' },
    });
    await connectThroughBrowser(connections, fake, 'acme');
    fake.auth.revokeGrantsOfUser(fake.state.meUserId);
    fake.advanceTime(THIRTY_ONE_MINUTES);
    await expect((await connections.get('acme')).jobs.list()).rejects.toBeInstanceOf(ConnectionLostError);
    expect(warnings).toContain('smartrecruiters: onConnectionLost threw; ignored');
  });

  it("a pino logger gets the warning with its fields, as the tenants' clients write to it", async () => {
    const fake = connectFake();
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().split('\n').filter(Boolean));
        done();
      },
    });
    const connections = connectionsOn(fake, {
      onConnectionLost: () => {
        throw new TypeError('mail server down');
      },
      clientOptions: { logger: pino({ level: 'warn' }, stream), logLevel: 'warn' },
    });
    await connectThroughBrowser(connections, fake, 'acme');
    fake.auth.revokeGrantsOfUser(fake.state.meUserId);
    fake.advanceTime(THIRTY_ONE_MINUTES);
    await expect((await connections.get('acme')).jobs.list()).rejects.toBeInstanceOf(ConnectionLostError);
    const records = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toContainEqual(
      expect.objectContaining({
        level: 40,
        msg: 'smartrecruiters: onConnectionLost threw; ignored',
        error: 'TypeError',
      }),
    );
  });
});

describe("a tenant's responses", () => {
  it('withResponse() on resources and raw requests goes through the connection, and a lost one rejects it', async () => {
    const { fake, sr } = await connectedTenant();
    const jobId = [...fake.state.jobs.keys()][0] as string;
    const { data: job, response } = await sr.jobs.get(jobId).withResponse();
    expect(job.id).toBe(jobId);
    expect(response.status).toBe(200);
    expect(response.requestId).toMatch(/\S/);
    const raw = await sr.client.get('/jobs/{jobId}', { params: { jobId } }).withResponse();
    expect(raw.data.id).toBe(jobId);
    const page = await sr.jobs.list({ limit: 1 }).withResponse();
    expect(page.data.result).toHaveLength(1);
    expect(page.response.status).toBe(200);

    fake.auth.revokeGrantsOfUser(fake.state.meUserId);
    fake.advanceTime(THIRTY_ONE_MINUTES);
    await expect(sr.jobs.get(jobId).withResponse()).rejects.toBeInstanceOf(ConnectionLostError);
    const before = fake.requests.all().length;
    await expect(sr.client.get('/jobs/{jobId}', { params: { jobId } }).withResponse()).rejects.toBeInstanceOf(
      ConnectionLostError,
    );
    expect(fake.requests.all().length).toBe(before);
  });
});

describe('reconnecting and disconnecting', () => {
  it('after a reconnect the tenant works again, and the old client follows the new connection', async () => {
    const fake = connectFake();
    const { events, onConnectionLost } = lostEvents();
    const connections = connectionsOn(fake, { onConnectionLost });
    await connectThroughBrowser(connections, fake, 'acme');
    const old = await connections.get('acme');
    fake.auth.revokeGrantsOfUser(fake.state.meUserId);
    fake.advanceTime(THIRTY_ONE_MINUTES);
    await expect(old.jobs.list()).rejects.toBeInstanceOf(ConnectionLostError);
    fake.auth.consentUserId = [...fake.state.users.keys()][1];
    const { outcome } = await connectThroughBrowser(connections, fake, 'acme');
    expect(outcome.status).toBe('connected');
    expect((await old.jobs.list({ limit: 1 })).result).toHaveLength(1);
    expect((await (await connections.get('acme')).jobs.list({ limit: 1 })).result).toHaveLength(1);
    expect(await connections.status('acme')).toMatchObject({ state: 'connected' });
    expect(events).toHaveLength(1);
  });

  it('disconnect forgets the record and the tokens; the client fails with NotConnectedError without a request', async () => {
    const { fake, connections, sr } = await connectedTenant();
    const grantId = (await connections.store.get('acme'))?.record.grantId;
    await connections.disconnect('acme');
    expect(await connections.tokenStore.get(`smartrecruiters:tenant:acme:${grantId}`)).toBeUndefined();
    const before = fake.requests.all().length;
    await expect(sr.jobs.list()).rejects.toBeInstanceOf(NotConnectedError);
    await expect(connections.get('acme')).rejects.toMatchObject({
      name: 'NotConnectedError',
      tenantId: 'acme',
    });
    expect(fake.requests.all().length).toBe(before);
  });

  it('a disconnect by another process stops this one within recheckMs', async () => {
    const fake = connectFake();
    const store = new MemoryConnectionStore();
    const tokenStore = new MemoryTokenStore();
    const one = connectionsOn(fake, { store, tokenStore, recheckMs: 0 });
    const two = connectionsOn(fake, { store, tokenStore });
    await connectThroughBrowser(two, fake, 'acme');
    const sr = await one.get('acme');
    await sr.jobs.list({ limit: 1 });
    await two.disconnect('acme');
    await expect(sr.jobs.list({ limit: 1 })).rejects.toBeInstanceOf(NotConnectedError);
  });

  it('get() of a tenant never connected: NotConnectedError', async () => {
    const connections = connectionsOn(connectFake());
    await expect(connections.get('nobody')).rejects.toBeInstanceOf(NotConnectedError);
  });
});

describe('many tenants', () => {
  it('keeps at most maxClients clients; an evicted tenant is rebuilt from the stores on its next get', async () => {
    const fake = connectFake();
    const connections = connectionsOn(fake, { maxClients: 2 });
    for (const tenant of ['a', 'b', 'c']) await connectThroughBrowser(connections, fake, tenant);
    expect(connections.size).toBe(2);
    const a = await connections.get('a');
    expect(connections.size).toBe(2);
    expect((await a.jobs.list({ limit: 1 })).result).toHaveLength(1);
    // The first token of `a` is still valid: rebuilt from the store, no token request.
    expect(tokenRequests(fake)).toHaveLength(3);
  });

  it('each tenant is its own credential for the rate limits', async () => {
    const fake = connectFake({ rateLimits: { requestsPerSecond: 10 } });
    const connections = connectionsOn(fake, { clientOptions: { rateLimit: { requestsPerSecond: 10 } } });
    await connectThroughBrowser(connections, fake, 'a');
    await connectThroughBrowser(connections, fake, 'b');
    const a = await connections.get('a');
    const b = await connections.get('b');
    await Promise.all([
      ...Array.from({ length: 8 }, () => a.client.get('/jobs', { query: { limit: 1 } })),
      ...Array.from({ length: 8 }, () => b.client.get('/jobs', { query: { limit: 1 } })),
    ]);
    const credentials = new Set(fake.requests.all({ route: 'GET /jobs' }).map((r) => r.credential));
    expect(credentials.size).toBe(2);
    expect(fake.requests.all({ admitted: false })).toEqual([]);
  });
});

describe('credentials the customer created', () => {
  it('client credentials: checked, stored, used; missing scopes reported from the token answer', async () => {
    const fake = connectFake({
      oauthClients: [{ clientId: 'cust', clientSecret: 'cust-secret', scopes: ['jobs_read'] }],
    });
    const connections = connectionsOn(fake, {
      requiredScopes: ['jobs_read', 'candidates_read', 'candidates_create'],
    });
    const connected = await connections.connectWithCredentials('acme', {
      clientId: 'cust',
      clientSecret: 'cust-secret',
    });
    expect(connected).toEqual({
      tenantId: 'acme',
      method: 'client_credentials',
      check: {
        method: 'token_response',
        granted: ['jobs_read'],
        missing: ['candidates_read', 'candidates_create'],
        unchecked: [],
      },
    });
    expect((await (await connections.get('acme')).jobs.list({ limit: 1 })).result).toHaveLength(1);
  });

  it('without scope in the token answer the check probes one cheap read per scope', async () => {
    const fake = connectFake({
      includeScopeInTokenResponse: false,
      oauthClients: [{ clientId: 'cust', clientSecret: 'cust-secret', scopes: ['jobs_read', 'users_read'] }],
    });
    const connections = connectionsOn(fake, {
      requiredScopes: ['jobs_read', 'candidates_read', 'users_read', 'candidates_create'],
    });
    const { check } = await connections.connectWithCredentials('acme', {
      clientId: 'cust',
      clientSecret: 'cust-secret',
    });
    expect(check).toEqual({
      method: 'probe',
      granted: ['jobs_read', 'users_read'],
      missing: ['candidates_read'],
      unchecked: ['candidates_create'],
    });
    const probes = fake.requests
      .all()
      .filter((r) => r.route !== 'POST /identity/oauth/token')
      .map((r) => `${r.route} ${r.status} ${r.query.limit?.[0] ?? ''}`.trim());
    expect(probes.sort()).toEqual(
      [
        'GET /jobs 200 1',
        'GET /jobs 200 1',
        'GET /candidates 403 1',
        'GET /user-api/v201804/users 200 1',
      ].sort(),
    );
  });

  it('a wrong secret: AuthenticationError, nothing stored', async () => {
    const fake = connectFake({ oauthClients: [{ clientId: 'cust', clientSecret: 'cust-secret' }] });
    const connections = connectionsOn(fake);
    await expect(
      connections.connectWithCredentials('acme', { clientId: 'cust', clientSecret: 'wrong' }),
    ).rejects.toBeInstanceOf(AuthenticationError);
    expect(await connections.status('acme')).toEqual({ tenantId: 'acme', state: 'not_connected' });
  });

  it('an API key: one request checks it; deleting the key later loses the connection', async () => {
    const fake = connectFake({ apiKeys: ['customer-key-of-32-characters-xx'] });
    const { events, onConnectionLost } = lostEvents();
    const connections = connectionsOn(fake, { onConnectionLost });
    const { check } = await connections.connectWithCredentials('acme', {
      apiKey: 'customer-key-of-32-characters-xx',
    });
    expect(check).toEqual({
      method: 'api_key',
      granted: ['jobs_read', 'candidates_read'],
      missing: [],
      unchecked: [],
    });
    const sr = await connections.get('acme');
    await sr.jobs.list({ limit: 1 });
    fake.auth.apiKeys.splice(1, 1);
    await expect(sr.jobs.list()).rejects.toMatchObject({
      name: 'ConnectionLostError',
      reason: 'unauthorized',
    });
    const before = fake.requests.all().length;
    await expect(sr.jobs.list()).rejects.toBeInstanceOf(ConnectionLostError);
    expect(fake.requests.all().length).toBe(before);
    expect(events).toHaveLength(1);
  });

  it('client credentials deleted in the Credential Manager: lost (credentials_revoked)', async () => {
    const fake = connectFake({ oauthClients: [{ clientId: 'cust', clientSecret: 'cust-secret' }] });
    const connections = connectionsOn(fake);
    await connections.connectWithCredentials('acme', { clientId: 'cust', clientSecret: 'cust-secret' });
    fake.auth.removeClient('cust');
    await expect((await connections.get('acme')).jobs.list()).rejects.toMatchObject({
      name: 'ConnectionLostError',
      reason: 'credentials_revoked',
    });
  });

  it("the app's own client secret refused (invalid_client) is not a lost connection of every tenant", async () => {
    const fake = connectFake();
    const { events, onConnectionLost } = lostEvents();
    const connections = connectionsOn(fake, { onConnectionLost });
    await connectThroughBrowser(connections, fake, 'acme');
    const app = fake.auth.clients.get('acme-app');
    if (app) app.clientSecret = 'rotated';
    fake.advanceTime(THIRTY_ONE_MINUTES);
    const error = await (await connections.get('acme')).jobs.list().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ code: 'invalid_client' });
    expect(events).toEqual([]);
    expect(await connections.status('acme')).toMatchObject({ state: 'connected' });
  });
});

describe('a stored connection that is not one the SDK wrote', () => {
  it('never falls back to another credential (the environment): a typed error, no request', async () => {
    const fake = connectFake();
    const store = new MemoryConnectionStore();
    const connections = connectionsOn(fake, { store });
    store.set('acme', { v: 1, grantId: 'g', method: 'api_key', connectedAt: new Date().toISOString() });
    const saved = process.env.SMARTRECRUITERS_API_KEY;
    process.env.SMARTRECRUITERS_API_KEY = fake.apiKey;
    try {
      await expect(connections.get('acme')).rejects.toThrow(/not one this SDK wrote/);
      store.set('acme', { v: 1, grantId: 'g', method: 'other' as 'api_key', connectedAt: '' });
      await expect(connections.get('acme')).rejects.toThrow(/not one this SDK wrote/);
    } finally {
      if (saved === undefined) delete process.env.SMARTRECRUITERS_API_KEY;
      else process.env.SMARTRECRUITERS_API_KEY = saved;
    }
    expect(fake.requests.all()).toEqual([]);
  });
});
