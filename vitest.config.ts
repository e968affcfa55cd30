import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

// The Redis tests need a Redis: REDIS_URL, or a redis-server binary they start on 127.0.0.1. A
// machine with neither runs the rest and says so; CI (`.ci/run`) starts one and sets
// SMARTRECRUITERS_TEST_REDIS=required, so there the Redis tests can never be left out.
const redisRequired = process.env.SMARTRECRUITERS_TEST_REDIS === 'required';
const redisAvailable =
  Boolean(process.env.REDIS_URL) ||
  spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
if (!redisAvailable && !redisRequired) {
  console.warn(
    'smartrecruiters-sdk: the Redis tests (test/redis) are not run: no REDIS_URL and no redis-server ' +
      'on this machine (Debian/Ubuntu: apt-get install redis-server). .ci/run installs and starts one.',
  );
}

// The browser tests need Chromium (Debian's `chromium` package). A machine without it runs the rest
// and says so; CI (`.ci/run`) installs it and sets SMARTRECRUITERS_TEST_BROWSER=required.
const browserRequired = process.env.SMARTRECRUITERS_TEST_BROWSER === 'required';
const browserAvailable = existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
if (!browserAvailable && !browserRequired) {
  console.warn(
    'smartrecruiters-sdk: the browser tests (test/browser) are not run: no Chromium at /usr/bin/chromium ' +
      '(Debian/Ubuntu: apt-get install chromium, or set CHROMIUM_PATH). .ci/run installs it.',
  );
}

const browserProject: TestProjectInlineConfiguration = {
  // A real headless Chromium (playwright-core) on the example app and the fake's consent page.
  extends: true,
  test: {
    name: 'browser',
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 90_000,
  },
};

const redisProject: TestProjectInlineConfiguration = {
  // Against a real Redis: REDIS_URL (CI starts one), else a redis-server started for the run.
  extends: true,
  test: {
    name: 'redis',
    // The security tests that need Redis are named test/security/redis-*.test.ts.
    include: ['test/redis/**/*.test.ts', 'test/security/redis-*.test.ts'],
    globalSetup: ['test/redis/global-setup.ts'],
    testTimeout: 90_000,
    hookTimeout: 30_000,
  },
};

export default defineConfig({
  resolve: {
    // Tests and examples import the package by its name, served from the sources.
    alias: [
      { find: /^smartrecruiters-sdk$/, replacement: src('index.ts') },
      { find: /^smartrecruiters-sdk\/node$/, replacement: src('node/index.ts') },
      { find: /^smartrecruiters-sdk\/testing$/, replacement: src('testing/index.ts') },
      { find: /^smartrecruiters-sdk\/testing\/msw$/, replacement: src('testing/msw.ts') },
      { find: /^smartrecruiters-sdk\/redis$/, replacement: src('redis/index.ts') },
      { find: /^smartrecruiters-sdk\/tools$/, replacement: src('tools/index.ts') },
      { find: /^smartrecruiters-sdk\/mcp$/, replacement: src('mcp/index.ts') },
      { find: /^smartrecruiters-sdk\/otel$/, replacement: src('otel/index.ts') },
      { find: /^smartrecruiters-sdk\/connect$/, replacement: src('connect/index.ts') },
    ],
  },
  test: {
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    restoreMocks: true,
    // Checks the fake's traffic against SR's specification when SMARTRECRUITERS_CONFORMANCE_DIR is set.
    setupFiles: ['test/conformance/setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['test/**/*.test.ts'],
          exclude: [
            ...configDefaults.exclude,
            'test/redis/**',
            'test/security/redis-*.test.ts',
            'test/browser/**',
          ],
        },
      },
      ...(redisAvailable || redisRequired ? [redisProject] : []),
      ...(browserAvailable || browserRequired ? [browserProject] : []),
    ],
  },
});
