import { defineConfig } from 'tsup';

const entry = {
  index: 'src/index.ts',
  'node/index': 'src/node/index.ts',
  'testing/index': 'src/testing/index.ts',
  'testing/msw': 'src/testing/msw.ts',
  'redis/index': 'src/redis/index.ts',
  'tools/index': 'src/tools/index.ts',
  'mcp/index': 'src/mcp/index.ts',
  'otel/index': 'src/otel/index.ts',
  'connect/index': 'src/connect/index.ts',
  'schemas/index': 'src/schemas/index.ts',
};

// Runtime dependencies. The Node build inlines them; the bundler build leaves them to the bundler.
const dependencies = ['zod', 'csv-parse'];

// No source maps are shipped: the JavaScript is not minified (one module per source file for
// bundlers; the Node build marks each source file with a `// src/...` comment), so stack traces
// read as they are, and maps with the inlined dependencies' sources tripled the package's size.
export default defineConfig([
  {
    // Node, Bun, Deno (the `node` export condition): one file per entry with the dependencies
    // inlined and tree-shaken, so an import reads a few files instead of zod's hundred (about 2x
    // faster to import).
    entry,
    outDir: 'dist/node',
    format: ['esm', 'cjs'],
    platform: 'node',
    target: 'node20',
    splitting: true,
    treeshake: true,
    sourcemap: false,
    clean: true,
    dts: false,
    noExternal: dependencies,
    external: ['msw', /^msw\//, /^@modelcontextprotocol\/sdk(\/|$)/, /^@opentelemetry\/api(\/|$)/],
  },
  {
    // Bundlers (the `module` condition, which bundlers match and Node does not, and the `import`
    // condition elsewhere): one module per source file with `sideEffects: false`, so a bundle
    // keeps only the modules it uses, whatever its target; the dependencies stay external.
    entry: ['src/**/*.ts', '!src/testing/**', '!src/cli/**', '!src/**/*.d.ts'],
    outDir: 'dist/esm',
    format: ['esm'],
    bundle: false,
    platform: 'neutral',
    target: 'es2022',
    sourcemap: false,
    clean: true,
    dts: false,
  },
  {
    // The command line (`bin`), Node only: its own code, one file. It imports the package by its
    // own name (`smartrecruiters-sdk`, `/tools`, `/testing`...), which Node resolves to this
    // package's `dist/node`, so the SDK is not bundled a second time.
    entry: { index: 'src/cli/index.ts' },
    outDir: 'dist/cli',
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: false,
    clean: true,
    dts: false,
    external: [/^smartrecruiters-sdk(\/|$)/, 'commander', 'ioredis', /^@modelcontextprotocol\/sdk(\/|$)/],
  },
  {
    entry,
    outDir: 'dist/types',
    format: ['esm', 'cjs'],
    clean: true,
    dts: { only: true },
  },
]);
