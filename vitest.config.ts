import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests and examples import the package by its name, served from the sources.
    alias: [
      { find: /^smartrecruiters-sdk$/, replacement: src('index.ts') },
      { find: /^smartrecruiters-sdk\/node$/, replacement: src('node/index.ts') },
      { find: /^smartrecruiters-sdk\/testing$/, replacement: src('testing/index.ts') },
      { find: /^smartrecruiters-sdk\/testing\/msw$/, replacement: src('testing/msw.ts') },
      { find: /^smartrecruiters-sdk\/redis$/, replacement: src('redis/index.ts') },
    ],
  },
  test: {
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    restoreMocks: true,
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'test/redis/**'],
        },
      },
      {
        // Against a real Redis: REDIS_URL (CI starts one), else a redis-server started for the
        // run; without either the project fails, saying how to get one (see README, Development).
        extends: true,
        test: {
          name: 'redis',
          include: ['test/redis/**/*.test.ts'],
          globalSetup: ['test/redis/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 30_000,
        },
      },
    ],
  },
});
