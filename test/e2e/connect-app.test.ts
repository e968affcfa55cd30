/**
 * examples/connect-app.ts over HTTP with a cookie-keeping client (the browser test in
 * test/browser drives it with Chromium): Connect, the fake's consent page, the callback through
 * the Node adapter, the open jobs; Deny; a replayed callback URL.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type ConnectApp, startConnectApp } from '../../examples/connect-app.js';
import { CookieJar } from '../connect/helpers.js';

let app: ConnectApp | undefined;
afterEach(async () => {
  await app?.close();
  app = undefined;
});

/** A small browser: follows nothing by itself, keeps cookies per origin. */
function browser() {
  const jars = new Map<string, CookieJar>();
  const jar = (url: string) => {
    const origin = new URL(url).origin;
    if (!jars.has(origin)) jars.set(origin, new CookieJar());
    return jars.get(origin) as CookieJar;
  };
  return async (url: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    const cookie = jar(url).header();
    if (cookie) headers.set('cookie', cookie);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    jar(url).setAll(response);
    return response;
  };
}

async function untilCallback(app: ConnectApp, decision: 'approve' | 'deny') {
  const go = browser();
  const start = await go(`${app.url}/connect`, { method: 'POST' });
  expect(start.status).toBe(303);
  const consentUrl = start.headers.get('location') as string;
  expect(consentUrl.startsWith(`${app.fake?.url}/identity/oauth/allow?`)).toBe(true);
  const html = await (await go(consentUrl)).text();
  expect(html).toContain('Acme HR wants to access your SmartRecruiters account');
  const consent = /name="consent" value="([^"]+)"/.exec(html)?.[1] as string;
  const decided = await go(`${app.fake?.url}/identity/oauth/allow`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ consent, decision }),
  });
  const callbackUrl = decided.headers.get('location') as string;
  expect(callbackUrl.startsWith(`${app.url}/callback?`)).toBe(true);
  return { go, callbackUrl };
}

describe('examples/connect-app.ts', () => {
  it('Connect, Approve: back on the app, which lists the open jobs of the connected account', async () => {
    app = await startConnectApp(0);
    const first = await (await fetch(app.url)).text();
    expect(first).toContain('Connect SmartRecruiters');
    const { go, callbackUrl } = await untilCallback(app, 'approve');
    const back = await go(callbackUrl);
    expect(back.status).toBe(303);
    expect(back.headers.get('location')).toBe('/?connect=connected');
    const home = await (await go(`${app.url}/?connect=connected`)).text();
    expect(home).toContain('Your SmartRecruiters account is connected.');
    expect(home).toMatch(/Open jobs in SmartRecruiters \(6\)/);
    expect(home).toContain('Backend Engineer');
    // The same callback URL again (a replay, or the back button): refused, nothing sent.
    const tokenRequests = app.fake?.requests.all({ route: 'POST /identity/oauth/token' }).length;
    const replay = await fetch(callbackUrl, { redirect: 'manual' });
    expect(replay.headers.get('location')).toMatch(/^\/\?connect=failed&reason=/);
    expect(app.fake?.requests.all({ route: 'POST /identity/oauth/token' }).length).toBe(tokenRequests);
  });

  it('Deny: back on the app with a clear message, still not connected', async () => {
    app = await startConnectApp(0);
    const { go, callbackUrl } = await untilCallback(app, 'deny');
    const back = await go(callbackUrl);
    expect(back.headers.get('location')).toBe('/?connect=denied');
    const home = await (await go(`${app.url}/?connect=denied`)).text();
    expect(home).toContain('You declined the connection in SmartRecruiters');
    expect(home).toContain('Connect SmartRecruiters');
  });
});
