/**
 * The published package, as users get it: the built ESM and CJS entries import and make a call,
 * and an example script runs under tsx and under ts-node's ESM loader. Builds first when `dist/`
 * is missing or older than the sources.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

function run(args: string[], options: { input?: string } = {}): string {
  return execFileSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    input: options.input,
    env: { ...process.env, SMARTRECRUITERS_API_KEY: '', NODE_NO_WARNINGS: '1' },
    timeout: 90_000,
  });
}

beforeAll(() => {
  const built = join(root, 'dist', 'index.cjs');
  const stale = !existsSync(built) || statSync(built).mtimeMs < newestSource(join(root, 'src'));
  if (stale) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore', timeout: 180_000 });
}, 200_000);

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

describe('the built package', () => {
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
