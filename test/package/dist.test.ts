/**
 * The built package, as Node loads it: the ESM and CJS entries import and make a call, Node gets
 * the build with the dependencies inlined, errors of one format are `instanceof` the other's
 * classes, and an example script runs under tsx and under ts-node's ESM loader. Runs against the
 * build `.ci/run` makes (and builds once when `dist/` is missing or stale).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from '../../scripts/ensure-build.mjs';

const root = join(import.meta.dirname, '..', '..');

function run(args: string[]): string {
  return execFileSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SMARTRECRUITERS_API_KEY: '', NODE_NO_WARNINGS: '1' },
    timeout: 90_000,
  });
}

beforeAll(() => ensureBuilt(root), 300_000);

// Starts the fake server from the package, lists jobs through the client, prints a summary.
const program = (load: string) => `
${load}
const fake = await testing.createFakeSmartRecruiters({ seed: 3 });
try {
  const sr = new sdk.SmartRecruiters({ apiKey: fake.apiKey, baseUrl: fake.url });
  const page = await sr.jobs.list({ limit: 2 });
  const raw = await sr.client.get('/jobs/{jobId}', { params: { jobId: page.result[0].id } });
  console.log(JSON.stringify({ jobs: page.result.length, same: raw.id === page.result[0].id, version: sdk.SDK_VERSION }));
} finally {
  await fake.close();
}`;

describe('the built package on Node', () => {
  it('require()s as CommonJS and makes a call', () => {
    const script = `(async () => { ${program("const sdk = require('smartrecruiters-sdk'); const testing = require('smartrecruiters-sdk/testing');")} })().catch((e) => { console.error(e); process.exit(1); });`;
    const out = JSON.parse(run(['-e', script]));
    expect(out).toEqual({ jobs: 2, same: true, version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
  });

  it('imports as ESM and makes a call', () => {
    const script = program(
      "const sdk = await import('smartrecruiters-sdk'); const testing = await import('smartrecruiters-sdk/testing');",
    );
    const out = JSON.parse(run(['--input-type=module', '-e', script]));
    expect(out).toEqual({ jobs: 2, same: true, version: expect.stringMatching(/^\d+\.\d+\.\d+$/) });
  });

  it('resolves every entry to the build with the dependencies inlined (fast to import)', () => {
    const entries = [
      'smartrecruiters-sdk',
      'smartrecruiters-sdk/node',
      'smartrecruiters-sdk/testing',
      'smartrecruiters-sdk/redis',
      'smartrecruiters-sdk/tools',
      'smartrecruiters-sdk/mcp',
      'smartrecruiters-sdk/otel',
      'smartrecruiters-sdk/connect',
    ];
    const esm = JSON.parse(
      run([
        '--input-type=module',
        '-e',
        `console.log(JSON.stringify(${JSON.stringify(entries)}.map((e) => import.meta.resolve(e))))`,
      ]),
    ) as string[];
    expect(esm.map((url) => url.slice(url.indexOf('/dist/')))).toEqual([
      '/dist/node/index.js',
      '/dist/node/node/index.js',
      '/dist/node/testing/index.js',
      '/dist/node/redis/index.js',
      '/dist/node/tools/index.js',
      '/dist/node/mcp/index.js',
      '/dist/node/otel/index.js',
      '/dist/node/connect/index.js',
    ]);
    const cjs = JSON.parse(
      run(['-e', `console.log(JSON.stringify(${JSON.stringify(entries)}.map((e) => require.resolve(e))))`]),
    ) as string[];
    expect(cjs.map((path) => path.slice(path.indexOf('/dist/')))).toEqual([
      '/dist/node/index.cjs',
      '/dist/node/node/index.cjs',
      '/dist/node/testing/index.cjs',
      '/dist/node/redis/index.cjs',
      '/dist/node/tools/index.cjs',
      '/dist/node/mcp/index.cjs',
      '/dist/node/otel/index.cjs',
      '/dist/node/connect/index.cjs',
    ]);
  });

  it('errors of the CommonJS build are instanceof the ESM classes and the other way round', () => {
    const script = `
      import { createRequire } from 'node:module';
      const esm = await import('smartrecruiters-sdk');
      const cjs = createRequire(import.meta.url)('smartrecruiters-sdk');
      const testing = await import('smartrecruiters-sdk/testing');
      const fake = await testing.createFakeSmartRecruiters({ seed: 3 });
      const failure = (sdk) =>
        new sdk.SmartRecruitersClient({ apiKey: fake.apiKey, baseUrl: fake.url })
          .get('/jobs/{jobId}', { params: { jobId: 'no-such-job' } })
          .catch((error) => error);
      try {
        const fromCjs = await failure(cjs);
        const fromEsm = await failure(esm);
        console.log(JSON.stringify({
          sameClass: esm.NotFoundError === cjs.NotFoundError,
          cjsErrorIsEsmNotFound: fromCjs instanceof esm.NotFoundError,
          cjsErrorIsEsmApiError: fromCjs instanceof esm.APIError,
          cjsErrorIsEsmBase: fromCjs instanceof esm.SmartRecruitersError,
          cjsErrorIsEsmConflict: fromCjs instanceof esm.ConflictError,
          esmErrorIsCjsNotFound: fromEsm instanceof cjs.NotFoundError,
          esmValidationIsCjs: new esm.ValidationError('x') instanceof cjs.ValidationError,
        }));
      } finally {
        await fake.close();
      }`;
    expect(JSON.parse(run(['--input-type=module', '-e', script]))).toEqual({
      sameClass: false,
      cjsErrorIsEsmNotFound: true,
      cjsErrorIsEsmApiError: true,
      cjsErrorIsEsmBase: true,
      cjsErrorIsEsmConflict: false,
      esmErrorIsCjsNotFound: true,
      esmValidationIsCjs: true,
    });
  });

  it('smartrecruiters-sdk/tools and /mcp load as ESM and CommonJS and serve the fake', () => {
    const check = `const fake = await testing.createFakeSmartRecruiters({ seed: 3, rateLimits: false });
      try {
        const sr = fake.client();
        const result = await tools.createTools(sr).call('jobs_list', { limit: 2 });
        const server = mcp.createMcpServer(sr);
        console.log(JSON.stringify([result.ok && result.data.items.length, typeof server.connect]));
      } finally { await fake.close(); }`;
    const load = (how: string) =>
      ['testing', 'tools', 'mcp']
        .map((name) => `const ${name} = ${how}('smartrecruiters-sdk/${name}');`)
        .join(' ');
    const esm = `${load('await import')} ${check}`;
    expect(JSON.parse(run(['--input-type=module', '-e', esm]))).toEqual([2, 'function']);
    const cjs = `(async () => { ${load('require')} ${check} })().catch((e) => { console.error(e); process.exit(1); });`;
    expect(JSON.parse(run(['-e', cjs]))).toEqual([2, 'function']);
  });

  it('smartrecruiters-sdk/otel loads as ESM and CommonJS; the main entry never loads @opentelemetry/api', () => {
    const loaded = "Object.keys(require.cache).some((path) => path.includes('@opentelemetry'))";
    const cjs = `require('smartrecruiters-sdk'); const before = ${loaded};
      const otel = require('smartrecruiters-sdk/otel');
      console.log(JSON.stringify([before, typeof otel.openTelemetry().start, ${loaded}]));`;
    expect(JSON.parse(run(['-e', cjs]))).toEqual([false, 'function', true]);
    const esm = `const otel = await import('smartrecruiters-sdk/otel');
      console.log(JSON.stringify([otel.TRACER_NAME, typeof otel.openTelemetry().start]));`;
    expect(JSON.parse(run(['--input-type=module', '-e', esm]))).toEqual(['smartrecruiters-sdk', 'function']);
  });

  it('smartrecruiters-sdk/redis loads as ESM and CommonJS; its errors are the SDK errors', () => {
    const check = `const e = new redis.RedisUnavailableError('rate limiter: acquire', 'down');
      console.log(JSON.stringify([typeof redis.createRedisRateLimiter, typeof redis.RedisTokenStore, e instanceof sdk.SmartRecruitersError, e.name]));`;
    const expected = ['function', 'function', true, 'RedisUnavailableError'];
    const esm = `const sdk = await import('smartrecruiters-sdk'); const redis = await import('smartrecruiters-sdk/redis'); ${check}`;
    expect(JSON.parse(run(['--input-type=module', '-e', esm]))).toEqual(expected);
    const cjs = `const sdk = require('smartrecruiters-sdk'); const redis = require('smartrecruiters-sdk/redis'); ${check}`;
    expect(JSON.parse(run(['-e', cjs]))).toEqual(expected);
  });

  it('runs an example under tsx and under node --loader ts-node/esm', () => {
    const tsx = run([join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'examples/raw-client.ts']);
    expect(tsx).toMatch(/^\d+ candidates$/m);
    expect(tsx).toContain('NotFoundError 404');
    const tsNode = run(['--loader', 'ts-node/esm', 'examples/raw-client.ts']);
    expect(tsNode).toMatch(/^\d+ candidates$/m);
    expect(tsNode.split('\n').filter(Boolean)).toEqual(tsx.split('\n').filter(Boolean));
  });
});
