/**
 * What an app's bundle pays for the SDK: esbuild bundles a small program that imports the built
 * package by name (the `module` condition: one ESM module per source file), minified, then gzip -9.
 * Byte counts only, so the same build gives the same figures on any machine: the list-call budget
 * test (`test/package/bundle-size.test.ts`) and `npm run bench` both read them from here.
 */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/**
 * What a list call with `Candidates` alone should cost, minified and gzipped (`npm run bench`
 * reports it, met or not).
 */
export const LIST_CALL_TARGET_BYTES = 30 * 1024;

/**
 * The ceiling CI holds the same bundle to: its size today, rounded up, so that no change makes it
 * grow unnoticed. Lower it whenever the bundle shrinks, until it reaches the target.
 *
 * 42 KiB (42,917 bytes measured): the response checks (an answer that is not what the operation
 * returns is an `UnexpectedResponseError`, bounded JSON) together with `APIPromise.withResponse()`
 * and the `telemetry` hooks on every request. Of that, zod and the candidate schemas the list
 * validates its parameters and records with are about a third (zod/mini alone is 31 KB minified).
 * An `import()` of the schemas does not take zod out of this bundle: esbuild inlines it without
 * code splitting, and with splitting it puts the modules that the index's files also import (the
 * index reaches every mapper) in a chunk the entry loads. The list call reaches the 30 KiB target
 * only once its checks of records and parameters need no zod either.
 */
export const LIST_CALL_BUDGET_BYTES = 42 * 1024;

/** The programs measured. */
export const PROGRAMS = {
  /** A list call through `Candidates` on its own client. */
  candidates: `import { Candidates, SmartRecruitersClient } from 'smartrecruiters-sdk';
for await (const c of new Candidates(new SmartRecruitersClient({ apiKey: 'k' })).list()) console.log(c.name);`,
  /** The same list call through the facade (every resource). */
  facade: `import { SmartRecruiters } from 'smartrecruiters-sdk';
const sr = new SmartRecruiters({ apiKey: 'k' });
for await (const c of sr.candidates.list()) console.log(c.name);`,
  /** The request a list call makes, with bare `fetch`: the floor under the SDK's own code. */
  dependencies: `const r = await fetch('https://api.smartrecruiters.com/candidates', { headers: { 'x-smarttoken': 'k' } });
for (const c of (await r.json()).content) console.log(c.firstName);`,
} as const;

export interface BundleSize {
  /** Minified bytes. */
  minified: number;
  /** Minified, then gzip -9. */
  gzipped: number;
  /** Input files that kept bytes in the bundle, largest first, with those bytes. */
  inputs: Array<[path: string, bytes: number]>;
}

/** An esbuild bundle: its code, and the input files that kept bytes in it, largest first. */
export interface EsbuildBundle {
  code: Uint8Array;
  /** Paths relative to the app's folder, with the bytes each kept. */
  inputs: Array<[path: string, bytes: number]>;
}

/**
 * Bundles `program` as an app in `dir` would (minified ESM), importing the package by name through
 * its `exports`; a tsconfig in `dir` (the repository's maps the name to `src/`) is not read.
 * `neutral` matches the `module` condition, as bundlers for the browser and the edge do; `node`
 * and `browser` are esbuild's own defaults for those platforms.
 */
export async function esbuildApp(
  dir: string,
  program: string,
  platform: 'neutral' | 'node' | 'browser' = 'neutral',
): Promise<EsbuildBundle> {
  const result = await build({
    stdin: { contents: program, resolveDir: dir, loader: 'js', sourcefile: 'app.js' },
    absWorkingDir: dir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    ...(platform === 'neutral' ? { mainFields: ['module', 'main'] } : {}),
    tsconfigRaw: {},
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  // The metafile lists every file read; the bundle is what kept bytes.
  const [meta] = Object.values(result.metafile.outputs);
  const inputs = Object.entries(meta!.inputs)
    .map(([path, input]): [string, number] => [path, input.bytesInOutput])
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1]);
  return { code: result.outputFiles[0]!.contents, inputs };
}

/** `program`'s bundle as an app in `root` would make it (see `esbuildApp`), minified and gzipped. */
export async function bundleSize(root: string, program: string): Promise<BundleSize> {
  const { code, inputs } = await esbuildApp(root, program);
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length, inputs };
}
