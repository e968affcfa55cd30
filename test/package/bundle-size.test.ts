/**
 * The list-call bundle budget: an app that lists candidates with `Candidates` alone, bundled by
 * esbuild from the built package (minified, gzip -9), must stay within `LIST_CALL_BUDGET_BYTES`.
 * Byte counts only (the same build gives the same bytes anywhere): the timed figures are in
 * `npm run bench`, never in CI.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleSize, LIST_CALL_BUDGET_BYTES, PROGRAMS } from '../../scripts/bundle-size.js';
import { ensureBuilt } from '../../scripts/ensure-build.mjs';

const root = join(import.meta.dirname, '..', '..');

beforeAll(() => ensureBuilt(root), 300_000);

describe('list-call bundle budget', () => {
  it(`keeps a Candidates list call within ${LIST_CALL_BUDGET_BYTES} bytes, minified and gzipped`, async () => {
    const size = await bundleSize(root, PROGRAMS.candidates);
    // The package as bundlers see it: one module per source file, through the `module` condition.
    const own = size.inputs.map(([path]) => path).filter((path) => !path.startsWith('node_modules/'));
    expect(own.length).toBeGreaterThan(10);
    expect(own.every((path) => path.startsWith('dist/esm/') || path === 'app.js')).toBe(true);
    expect(size.gzipped).toBeLessThanOrEqual(LIST_CALL_BUDGET_BYTES);
  });

  it('counts what a bundler keeps: an unused part of the package adds nothing', async () => {
    const alone = await bundleSize(root, PROGRAMS.candidates);
    const withUnusedImport = await bundleSize(
      root,
      `import { Jobs } from 'smartrecruiters-sdk';\n${PROGRAMS.candidates}`,
    );
    expect(withUnusedImport.gzipped).toBe(alone.gzipped);
  });
});
