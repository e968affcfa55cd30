/**
 * Bundlers targeting Node (a Lambda, a Next.js server bundle, Vite SSR) tree-shake the package as
 * well as bundlers targeting the browser or edge: they match the `module` export condition, which
 * Node ignores, and get one ESM module per source file instead of the Node build with its
 * dependencies inlined. Real esbuild and Vite (Rolldown) builds of the built package.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { build as viteBuild } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { esbuildApp } from '../../scripts/bundle-size.js';
import { ensureBuilt } from '../../scripts/ensure-build.mjs';

const root = join(import.meta.dirname, '..', '..');
// An app next to the package, importing it by name through its node_modules.
const app = mkdtempSync(join(tmpdir(), 'sr-sdk-bundlers-'));

beforeAll(async () => {
  await ensureBuilt(root);
  mkdirSync(join(app, 'node_modules'));
  symlinkSync(root, join(app, 'node_modules', 'smartrecruiters-sdk'));
  writeFileSync(join(app, 'package.json'), '{ "name": "app", "type": "module" }');
  writeFileSync(
    join(app, 'verify.js'),
    "import { verifyWebhookSignature } from 'smartrecruiters-sdk'; console.log(verifyWebhookSignature);",
  );
  writeFileSync(
    join(app, 'node-webhooks.js'),
    "import { createNodeWebhookHandler } from 'smartrecruiters-sdk/node'; console.log(createNodeWebhookHandler);",
  );
}, 300_000);

afterAll(() => rmSync(app, { recursive: true, force: true }));

interface Output {
  size: number;
  /** The package's files that went into the bundle. */
  files: string[];
}

const packageFiles = (ids: string[]) =>
  ids.map((id) => relative(root, id)).filter((path) => path.startsWith('dist/'));

async function withEsbuild(entry: string, platform: 'node' | 'browser'): Promise<Output> {
  const { code, inputs } = await esbuildApp(app, readFileSync(join(app, entry), 'utf8'), platform);
  return { size: code.length, files: packageFiles(inputs.map(([input]) => join(app, input))).sort() };
}

async function withViteSsr(entry: string): Promise<Output> {
  const result = (await viteBuild({
    root: app,
    configFile: false,
    logLevel: 'silent',
    ssr: { noExternal: true },
    build: { ssr: join(app, entry), write: false, minify: true },
  })) as { output: Array<{ code?: string; moduleIds?: string[] }> };
  const chunk = result.output[0]!;
  return { size: Buffer.byteLength(chunk.code ?? ''), files: packageFiles(chunk.moduleIds ?? []) };
}

describe('bundles targeting Node', () => {
  it('esbuild (platform node) keeps only the modules verifyWebhookSignature needs, as for the browser', async () => {
    const node = await withEsbuild('verify.js', 'node');
    const browser = await withEsbuild('verify.js', 'browser');
    expect(node.files).toEqual([
      'dist/esm/core/errors.js',
      'dist/esm/internal/compare.js',
      'dist/esm/webhooks/signature.js',
    ]);
    expect(node.size).toBe(browser.size);
    // The Node build made this 84 KB.
    expect(node.size).toBeLessThan(8 * 1024);
  });

  it('Vite SSR (Rolldown) does the same', async () => {
    const ssr = await withViteSsr('verify.js');
    expect(ssr.files.sort()).toEqual([
      'dist/esm/core/errors.js',
      'dist/esm/internal/compare.js',
      'dist/esm/webhooks/signature.js',
    ]);
    expect(ssr.size).toBeLessThan(8 * 1024);
  });

  it('the Node adapters bundle from the same modules as the core (one copy of it)', async () => {
    const node = await withEsbuild('node-webhooks.js', 'node');
    expect(node.files.every((file) => file.startsWith('dist/esm/'))).toBe(true);
    expect(node.files).toContain('dist/esm/node/webhooks.js');
    expect(node.files).toContain('dist/esm/webhooks/handler.js');
  });
});
