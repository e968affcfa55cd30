import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests and examples import the package by its name, served from the sources.
    alias: [
      { find: /^smartrecruiters-sdk$/, replacement: src('index.ts') },
      { find: /^smartrecruiters-sdk\/node$/, replacement: src('node/index.ts') },
      { find: /^smartrecruiters-sdk\/testing$/, replacement: src('testing/index.ts') },
      { find: /^smartrecruiters-sdk\/testing\/msw$/, replacement: src('testing/msw.ts') },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    restoreMocks: true,
  },
});
