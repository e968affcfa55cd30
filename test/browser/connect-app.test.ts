/**
 * examples/connect-app.ts in a real headless Chromium (Debian's `chromium` package, driven by
 * playwright-core): a person clicks "Connect SmartRecruiters", approves (or denies) on the fake's
 * consent page, and lands back on the app. Screenshots of each step go to .ci/out/screenshots.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ConnectApp, startConnectApp } from '../../examples/connect-app.js';
import { launchChromium } from './chromium.js';

const shots = join(import.meta.dirname, '..', '..', '.ci', 'out', 'screenshots');
let context: BrowserContext | undefined;
let profile: string | undefined;
let app: ConnectApp | undefined;

beforeAll(() => mkdirSync(shots, { recursive: true }));

afterEach(async () => {
  await context?.close();
  await app?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
  context = undefined;
  app = undefined;
  profile = undefined;
});

/** A fresh Chromium (its own profile: no cookie of an earlier run) on the app's home page. */
async function open(): Promise<Page> {
  app = await startConnectApp(0);
  profile = mkdtempSync(join(tmpdir(), 'sr-sdk-chromium-'));
  context = await launchChromium(profile, { width: 1000, height: 700 });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(app.url);
  return page;
}

async function toConsentPage(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(shots, `${name}-1-app.png`) });
  await page.getByRole('button', { name: 'Connect SmartRecruiters' }).click();
  await page.waitForURL((url) => url.pathname === '/identity/oauth/allow');
  expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
    'Acme HR wants to access your SmartRecruiters account',
  );
  expect(await page.locator('li code').allTextContents()).toEqual(['jobs_read']);
  await page.screenshot({ path: join(shots, `${name}-2-consent.png`) });
}

describe('connecting SmartRecruiters in Chromium', () => {
  it('Connect, Approve: back on the app, the open jobs are listed', async () => {
    const page = await open();
    await toConsentPage(page, 'approve');
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.waitForURL(
      (url) => url.origin === app?.url && url.searchParams.get('connect') === 'connected',
    );
    await page.screenshot({ path: join(shots, 'approve-3-jobs.png') });
    expect(await page.locator('.ok').textContent()).toBe('Your SmartRecruiters account is connected.');
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe(
      'Open jobs in SmartRecruiters (6)',
    );
    const jobs = await page.locator('ul.jobs li').allTextContents();
    expect(jobs).toHaveLength(6);
    expect(jobs.join('\n')).toContain('Backend Engineer');
    // The state cookie was spent and deleted.
    expect((await page.context().cookies()).filter((c) => c.name.startsWith('sr_connect_'))).toEqual([]);
    expect(app?.fake?.requests.all({ route: 'POST /identity/oauth/token' }).map((r) => r.status)).toEqual([
      200,
    ]);
  });

  it('Connect, Deny: back on the app with a clear message, not connected', async () => {
    const page = await open();
    await toConsentPage(page, 'deny');
    await page.getByRole('button', { name: 'Deny' }).click();
    await page.waitForURL((url) => url.origin === app?.url && url.searchParams.get('connect') === 'denied');
    await page.screenshot({ path: join(shots, 'deny-3-message.png') });
    expect(await page.locator('.error').textContent()).toBe(
      'You declined the connection in SmartRecruiters, so nothing was shared. You can connect again at any time.',
    );
    expect(await page.getByRole('button', { name: 'Connect SmartRecruiters' }).count()).toBe(1);
    expect(app?.fake?.requests.all({ route: 'POST /identity/oauth/token' })).toEqual([]);
  });
});
