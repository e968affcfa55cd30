import { defineConfig } from 'tsup';

const entry = {
  index: 'src/index.ts',
  'testing/index': 'src/testing/index.ts',
  'testing/msw': 'src/testing/msw.ts',
};

export default defineConfig([
  {
    // ESM: dependencies stay external, so bundlers dedupe and tree-shake them.
    entry,
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: true,
    external: ['ky', 'zod', 'p-retry', 'bottleneck', 'msw', /^msw\//, /^node:/],
  },
  {
    // CJS: ky and p-retry ship ESM only, so they are inlined; require() of the result must run.
    entry,
    format: ['cjs'],
    dts: true,
    sourcemap: true,
    clean: false,
    target: 'es2022',
    platform: 'node',
    splitting: false,
    treeshake: true,
    external: ['zod', 'bottleneck', 'msw', /^msw\//, /^node:/],
    noExternal: ['ky', 'p-retry', 'is-network-error'],
  },
]);
