/**
 * The list-call bundle budget: an app that lists candidates with `Candidates` alone, bundled by
 * esbuild from the built package (minified, gzip -9), must stay within `LIST_CALL_BUDGET_BYTES`.
 * Byte counts only (the same build gives the same bytes anywhere): the timed figures are in
 * `npm run bench`, never in CI.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleSize, esbuildApp, LIST_CALL_BUDGET_BYTES, PROGRAMS } from '../../scripts/bundle-size.js';
import { ensureBuilt } from '../../scripts/ensure-build.mjs';

const root = join(import.meta.dirname, '..', '..');

beforeAll(() => ensureBuilt(root), 300_000);

describe('list-call bundle budget', () => {
  it(`keeps a Candidates list call within ${LIST_CALL_BUDGET_BYTES} bytes, minified and gzipped`, async () => {
    const size = await bundleSize(root, PROGRAMS.candidates);
    // The package as bundlers see it: one module per source file, through the `module` condition.
    const own = size.inputs.map(([path]) => path).filter((path) => !/(^|\/)node_modules\//.test(path));
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

/** The files `entry` imports statically, itself included (relative imports of the built package). */
function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const [, specifier] of code.matchAll(/^\s*(?:import|export)\b[^'"]*?['"](\.[^'"]+)['"]/gm)) {
      visit(resolve(dirname(file), specifier as string));
    }
  };
  visit(entry);
  return [...seen];
}

// How tsup marks the code of an inlined dependency in the Node build: `// node_modules/zod/...`.
const ZOD_CODE = /^\/\/ \S*node_modules\/zod\//m;

describe('zod stays off the normal paths', () => {
  it('a Candidates list call bundles no zod and no zod schema, only their compiled checks', async () => {
    const { inputs } = await esbuildApp(root, PROGRAMS.candidates);
    const paths = inputs.map(([path]) => path);
    expect(paths.filter((path) => /(^|\/)node_modules\/zod\//.test(path))).toEqual([]);
    const schemaModules = paths.filter((path) => path.startsWith('dist/esm/schemas/'));
    expect(schemaModules).toContain('dist/esm/schemas/compiled/sr/candidate.js');
    const zodFree =
      /^dist\/esm\/schemas\/(compiled\/.*|checks|refinements|unified\/parse-input|(sr|unified)\/enums)\.js$/;
    expect(schemaModules.filter((path) => !zodFree.test(path))).toEqual([]);
  });

  it("the Node build's root entry imports no zod code (the schemas entry does)", () => {
    const graph = staticGraph(join(root, 'dist', 'node', 'index.js'));
    expect(graph.length).toBeGreaterThan(1);
    expect(graph.filter((file) => ZOD_CODE.test(readFileSync(file, 'utf8')))).toEqual([]);
    const schemas = staticGraph(join(root, 'dist', 'node', 'schemas', 'index.js'));
    expect(schemas.some((file) => ZOD_CODE.test(readFileSync(file, 'utf8')))).toBe(true);
  });
});
