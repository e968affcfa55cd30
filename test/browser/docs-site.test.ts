/**
 * The API reference (`npm run docs`, TypeDoc) in a real headless Chromium (Debian's `chromium`,
 * driven by playwright-core): built from typedoc.json into a temporary directory, served over
 * HTTP on 127.0.0.1, then read the way a user reads it: the home page and its entry points, a
 * model's page with its fields, a guide, and the search box. Screenshots of each page go to
 * .ci/out/screenshots (docs-*.png).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './chromium.js';

const root = join(import.meta.dirname, '..', '..');
const shots = join(root, '.ci', 'out', 'screenshots');
const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
};

let site = '';
let server: Server | undefined;
let baseUrl = '';
let profile = '';
let context: BrowserContext | undefined;

/** Serves `dir` read-only on 127.0.0.1; nothing outside it. */
async function serve(dir: string): Promise<string> {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir + sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  site = mkdtempSync(join(tmpdir(), 'sr-sdk-docs-'));
  // The site as `npm run docs` builds it (typedoc.json and its plugin); the warning budget is
  // checked by that command, not here.
  const typedoc = join(
    createRequire(import.meta.url).resolve('typedoc/package.json'),
    '..',
    'bin',
    'typedoc',
  );
  const build = spawnSync(process.execPath, [typedoc, '--out', site, '--logLevel', 'Error'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  baseUrl = await serve(site);
  profile = mkdtempSync(join(tmpdir(), 'sr-sdk-chromium-'));
  context = await launchChromium(profile, { width: 1280, height: 900 });
}, 240_000);

afterAll(async () => {
  await context?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  for (const dir of [site, profile]) if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(path: string): Promise<Page> {
  const page = await context!.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(`${baseUrl}/${path}`);
  expect(response?.status()).toBe(200);
  await page.waitForLoadState('load');
  expect(errors).toEqual([]);
  return page;
}

describe('the API reference in Chromium', () => {
  it('home page: the README, and every entry point of package.json under its package name', async () => {
    const page = await open('index.html');
    await expect.poll(() => page.title()).toContain('smartrecruiters-sdk');
    await expect
      .poll(async () => (await page.locator('.tsd-typography h1').first().textContent())?.trim())
      .toBe('smartrecruiters-sdk');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      exports: Record<string, unknown>;
    };
    const entries = Object.keys(pkg.exports)
      .filter((key) => key !== './package.json')
      .map((key) => (key === '.' ? 'smartrecruiters-sdk' : `smartrecruiters-sdk/${key.slice(2)}`));
    expect(entries).toContain('smartrecruiters-sdk/redis');
    // The navigation is drawn by the site's script: one module link per entry point, by its name.
    const nav = page.locator('.site-menu nav');
    const moduleLinks = () =>
      nav
        .locator('a[href^="./modules/"]')
        .evaluateAll((links) =>
          links
            .filter((link) => !link.getAttribute('href')?.includes('#'))
            .map((link) => link.textContent?.trim() ?? ''),
        );
    await expect.poll(async () => (await moduleLinks()).sort()).toEqual([...entries].sort());
    const redis = nav.locator('a[href="./modules/smartrecruiters-sdk_redis.html"]');
    expect(await redis.isVisible()).toBe(true);
    await page.screenshot({ path: join(shots, 'docs-1-home.png') });

    await redis.click();
    await page.waitForURL(/modules\/smartrecruiters-sdk_redis\.html$/);
    expect(await page.locator('h1').first().textContent()).toContain('smartrecruiters-sdk/redis');
    await expect
      .poll(() => page.getByRole('link', { name: 'RedisTokenStore', exact: true }).count())
      .toBeGreaterThan(0);
    await page.close();
  });

  it('a unified model and an SR wire type: plain interfaces with their fields and docs', async () => {
    const page = await open('interfaces/smartrecruiters-sdk.CandidateModel.html');
    expect(await page.locator('h1').first().textContent()).toContain('CandidateModel');
    // The declaration lists the fields themselves, not a computed type.
    const declaration = (await page.locator('.tsd-signature').first().textContent()) ?? '';
    expect(declaration).toMatch(/^interface CandidateModel \{/);
    expect(declaration).toContain('first_name: string | null;');
    const field = page.locator('section.tsd-member', { has: page.locator('h3', { hasText: /^first_name/ }) });
    expect(await field.isVisible()).toBe(true);
    await page.screenshot({ path: join(shots, 'docs-2-candidate.png') });
    await page.close();

    const wire = await open('interfaces/smartrecruiters-sdk.SrCandidate.html');
    const wireDeclaration = (await wire.locator('.tsd-signature').first().textContent()) ?? '';
    expect(wireDeclaration).toMatch(/^interface SrCandidate \{/);
    expect(wireDeclaration).toContain('firstName');
    await wire.screenshot({ path: join(shots, 'docs-3-sr-candidate.png') });
    await wire.close();
  });

  it('a guide from docs/ is a page of the site', async () => {
    const page = await open('documents/architecture.html');
    const heading = readFileSync(join(root, 'docs', 'architecture.md'), 'utf8').match(/^# (.+)$/m)?.[1];
    expect(heading).toBeDefined();
    expect((await page.locator('.tsd-typography h1').first().textContent())?.trim()).toBe(heading);
    await page.screenshot({ path: join(shots, 'docs-4-guide.png') });
    await page.close();
  });

  it('the search box finds a symbol and opens its page', async () => {
    const page = await open('index.html');
    await page.locator('#tsd-search-trigger').click();
    const input = page.locator('#tsd-search-input');
    await input.fill('RedisTokenStore');
    const first = page.locator('#tsd-search-results li').first();
    await expect.poll(() => first.textContent()).toContain('RedisTokenStore');
    await page.screenshot({ path: join(shots, 'docs-5-search.png') });
    await first.locator('a').click();
    await page.waitForURL(/classes\/smartrecruiters-sdk_redis\.RedisTokenStore\.html$/);
    expect(await page.locator('h1').first().textContent()).toContain('RedisTokenStore');
    await page.close();
  });
});
