/**
 * Helpers of the connect tests: a fake SmartRecruiters (in process) with a Marketplace app, a
 * partner and a customer credential, `Connections` on it, and a browser stand-in that keeps
 * cookies and clicks Approve or Deny on the fake's consent page.
 */
import { Connections, type ConnectionsOptions } from '../../src/connect/index.js';
import { createFakeSmartRecruitersCore, type FakeSmartRecruitersCore } from '../../src/testing/index.js';
import type { FakeSmartRecruitersOptions } from '../../src/testing/options.js';

export const REDIRECT_URI = 'https://app.example.com/sr/callback';
export const APP = { clientId: 'acme-app', clientSecret: 'acme-app-secret' };
export const PARTNER = { clientId: 'acme-partner', clientSecret: 'acme-partner-secret' };
export const SCOPES = ['jobs_read', 'candidates_read'];
export const STATE_SECRET = 'a-state-secret-of-at-least-32-characters!';

/** A fake with the app (consent page), a partner (master credentials) and its seed data. */
export function connectFake(options: FakeSmartRecruitersOptions = {}): FakeSmartRecruitersCore {
  return createFakeSmartRecruitersCore({
    rateLimits: false,
    latencyMs: 0,
    ...options,
    oauthClients: [
      { ...APP, name: 'Acme Sync', redirectUris: [REDIRECT_URI], scopes: [...SCOPES, 'users_read'] },
      {
        ...PARTNER,
        name: 'Acme Partner',
        consentUrl: 'https://app.example.com/sr/consent',
        scopes: ['client_credentials_write', 'jobs_read', 'candidates_read'],
      },
      ...(options.oauthClients ?? []),
    ],
  });
}

/** `Connections` on `fake`: its consent page, its token endpoint, its clock. */
export function connectionsOn(fake: FakeSmartRecruitersCore, options: ConnectionsOptions = {}): Connections {
  return new Connections({
    authorizationCode: {
      ...APP,
      redirectUri: REDIRECT_URI,
      scopes: SCOPES,
      authorizeUrl: `${fake.baseUrl}/identity/oauth/allow`,
    },
    partner: { ...PARTNER, allowRedirect: (url) => url.origin === new URL(fake.baseUrl).origin },
    stateSecret: STATE_SECRET,
    ...options,
    clientOptions: {
      baseUrl: fake.baseUrl,
      fetch: fake.fetch,
      clock: fake.clock,
      rateLimit: false,
      logLevel: 'off',
      ...options.clientOptions,
    },
  });
}

/** A browser's cookie jar: `Set-Cookie` in, `Cookie` out (names and values only). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  set(setCookie: string): void {
    const [pair = '', ...attributes] = setCookie.split(';');
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    const value = pair.slice(eq + 1).trim();
    if (attributes.some((a) => /^\s*max-age=0\s*$/i.test(a))) this.cookies.delete(name);
    else this.cookies.set(name, value);
  }

  setAll(response: Response): void {
    for (const cookie of response.headers.getSetCookie()) this.set(cookie);
  }

  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  get size(): number {
    return this.cookies.size;
  }
}

/** Opens the consent page at `url` and clicks a button: the URL SmartRecruiters sends the browser to. */
export async function consent(
  fake: FakeSmartRecruitersCore,
  url: string,
  decision: 'approve' | 'deny',
): Promise<string> {
  const page = await fake.fetch(url);
  const html = await page.text();
  if (page.status !== 200) throw new Error(`consent page answered ${page.status}: ${html}`);
  const id = /name="consent" value="([^"]+)"/.exec(html)?.[1];
  if (!id) throw new Error('no consent form on the page');
  const answer = await fake.fetch(`${fake.baseUrl}/identity/oauth/allow`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ consent: id, decision }).toString(),
    redirect: 'manual',
  });
  const location = answer.headers.get('location');
  if (answer.status !== 303 || !location) throw new Error(`consent answered ${answer.status}`);
  return location;
}

/** A flow started in a browser and consented to: the callback URL SmartRecruiters sends it to. */
export async function untilCallback(
  connections: Connections,
  fake: FakeSmartRecruitersCore,
  tenantId: string,
  decision: 'approve' | 'deny' = 'approve',
  jar = new CookieJar(),
) {
  const start = await connections.authorize({ tenantId });
  jar.set(start.cookie);
  const callbackUrl = await consent(fake, start.url, decision);
  return { start, callbackUrl, jar, cookie: jar.header() };
}

/** The whole Authorization Code flow in one browser, up to the callback's outcome. */
export async function connectThroughBrowser(
  connections: Connections,
  fake: FakeSmartRecruitersCore,
  tenantId: string,
  decision: 'approve' | 'deny' = 'approve',
  jar = new CookieJar(),
) {
  const { start, callbackUrl } = await untilCallback(connections, fake, tenantId, decision, jar);
  const outcome = await connections.handleCallback(
    new Request(callbackUrl, { headers: { cookie: jar.header() } }),
  );
  jar.setAll(outcome.response);
  return { start, callbackUrl, outcome, jar };
}

/** A fake, `Connections` on it, and tenant `acme` connected through the browser flow with its client. */
export async function connectedTenant(
  options: ConnectionsOptions = {},
  fakeOptions: FakeSmartRecruitersOptions = {},
) {
  const fake = connectFake(fakeOptions);
  const connections = connectionsOn(fake, options);
  await connectThroughBrowser(connections, fake, 'acme');
  return { fake, connections, sr: await connections.get('acme') };
}

/** Token requests the fake received. */
export function tokenRequests(fake: FakeSmartRecruitersCore) {
  return fake.requests.all({ route: 'POST /identity/oauth/token' });
}
