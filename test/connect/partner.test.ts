/**
 * The General Partner Integration on the fake: SmartRecruiters sends the customer to the partner's
 * consent URL, the partner's page approves (its state checked first), the master token exchanges
 * customer-level credentials, the tenant works with them.
 */
import { describe, expect, it } from 'vitest';
import { type Connections, ConnectStateError } from '../../src/connect/index.js';
import { ValidationError } from '../../src/index.js';
import { PARTNER_EXCHANGE_PATH } from '../../src/testing/index.js';
import { CookieJar, connectFake, connectionsOn } from './helpers.js';

/** The consent page opened in a browser: its state and the browser's cookies. */
async function begin(connections: Connections, url: string | URL) {
  const begun = await connections.beginPartnerConsent(url, { tenantId: 'acme' });
  const jar = new CookieJar();
  jar.set(begun.cookie);
  return { begun, jar };
}

function answer(state: string, decision: string, cookie: string): Request {
  return new Request('https://app.example.com/sr/consent', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ state, decision }).toString(),
  });
}

describe('the General Partner Integration', () => {
  it('consent approved: customer credentials exchanged with a master token, stored, working; back to SmartRecruiters', async () => {
    const fake = connectFake();
    const connections = connectionsOn(fake, { requiredScopes: ['jobs_read'] });
    const { begun, jar } = await begin(connections, fake.partnerConsentUrl('acme-partner'));
    expect(begun).toMatchObject({
      tenantId: 'acme',
      companyId: fake.auth.companyId,
      redirect: `${fake.baseUrl}/fake/partner-integration/done`,
    });
    const outcome = await connections.completePartnerConsent(answer(begun.state, 'approve', jar.header()));
    expect(outcome).toMatchObject({
      status: 'connected',
      tenantId: 'acme',
      method: 'partner',
      check: { granted: ['jobs_read'], missing: [] },
    });
    expect(outcome.response.headers.get('location')).toBe(begun.redirect);
    const exchange = fake.requests.all({ route: `POST ${PARTNER_EXCHANGE_PATH}` });
    expect(exchange.map((r) => [r.status, r.credential])).toEqual([[200, 'oauth:acme-partner']]);
    expect(fake.requests.all({ route: 'POST /identity/oauth/token' })[0]?.status).toBe(200);
    const status = await connections.status('acme');
    expect(status).toMatchObject({ state: 'connected', method: 'partner', companyId: fake.auth.companyId });
    const sr = await connections.get('acme');
    expect((await sr.jobs.list({ limit: 1 })).result).toHaveLength(1);
    expect(fake.requests.last()?.credential).toMatch(/^oauth:customer_/);
  });

  it('consent denied: nothing exchanged, back to SmartRecruiters', async () => {
    const fake = connectFake();
    const connections = connectionsOn(fake);
    const { begun, jar } = await begin(connections, fake.partnerConsentUrl('acme-partner'));
    const outcome = await connections.completePartnerConsent(answer(begun.state, 'deny', jar.header()));
    expect(outcome.status).toBe('denied');
    expect(outcome.response.headers.get('location')).toBe(begun.redirect);
    expect(fake.requests.all()).toEqual([]);
  });

  it('a forged or replayed consent answer is refused before the master token is requested', async () => {
    const fake = connectFake();
    const connections = connectionsOn(fake);
    const { begun, jar } = await begin(connections, fake.partnerConsentUrl('acme-partner'));
    const forged = await connections.completePartnerConsent(
      answer(`${begun.state}x`, 'approve', jar.header()),
    );
    expect(forged.error).toBeInstanceOf(ConnectStateError);
    const crossSite = await connections.completePartnerConsent(answer(begun.state, 'approve', ''));
    expect((crossSite.error as ConnectStateError).reason).toBe('missing_session');
    expect(fake.requests.all()).toEqual([]);
    expect(
      (await connections.completePartnerConsent(answer(begun.state, 'approve', jar.header()))).status,
    ).toBe('connected');
    const requests = fake.requests.all().length;
    const replay = await connections.completePartnerConsent(answer(begun.state, 'approve', jar.header()));
    expect((replay.error as ConnectStateError).reason).toBe('replayed');
    expect(fake.requests.all().length).toBe(requests);
  });

  it('a company that never asked SmartRecruiters for the integration: the exchange is refused, nothing stored', async () => {
    const fake = connectFake();
    const connections = connectionsOn(fake);
    const url = new URL(fake.partnerConsentUrl('acme-partner'));
    url.searchParams.set('companyId', 'someone-else');
    const { begun, jar } = await begin(connections, url);
    const outcome = await connections.completePartnerConsent(answer(begun.state, 'approve', jar.header()));
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toMatchObject({ name: 'PermissionDeniedError', status: 403 });
    expect(await connections.status('acme')).toEqual({ tenantId: 'acme', state: 'not_connected' });
  });

  it("refuses a redirect that is not SmartRecruiters' (no open redirect) and a malformed companyId", async () => {
    const fake = connectFake();
    const connections = connectionsOn(fake, { partner: { clientId: 'acme-partner', clientSecret: 's' } });
    const good = 'https://www.smartrecruiters.com/app/integrations/done';
    for (const [companyId, redirect] of [
      ['5f1e0c2a9b3d4e5f6a7b8c9d', 'https://evil.example/'],
      ['5f1e0c2a9b3d4e5f6a7b8c9d', 'http://www.smartrecruiters.com/'],
      ['5f1e0c2a9b3d4e5f6a7b8c9d', 'https://smartrecruiters.com.evil.example/'],
      ['5f1e0c2a9b3d4e5f6a7b8c9d', 'javascript:alert(1)'],
      ['<script>', good],
      ['', good],
    ]) {
      const url = `https://app.example.com/sr/consent?companyId=${encodeURIComponent(companyId as string)}&redirect=${encodeURIComponent(redirect as string)}`;
      await expect(connections.beginPartnerConsent(url, { tenantId: 'acme' })).rejects.toBeInstanceOf(
        ValidationError,
      );
    }
    const ok = await connections.beginPartnerConsent(
      `https://app.example.com/sr/consent?companyId=5f1e0c2a9b3d4e5f6a7b8c9d&redirect=${encodeURIComponent(good)}`,
      { tenantId: 'acme' },
    );
    expect(ok.redirect).toBe(good);
  });
});
