/**
 * Benchmarks: print figures with a baseline measured in the same run (ratios, not absolute
 * times, so a busy machine skews both sides alike). Not run by the test suite.
 *
 *   npm run bench
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { SmartRecruiters } from '../src/index.js';
import { toUnifiedCandidate } from '../src/mappers/candidate.js';
import { createFakeSmartRecruiters } from '../src/testing/index.js';
import { syncCost } from './sync-cost.js';

const root = join(import.meta.dirname, '..');

async function gzippedBundle(contents: string): Promise<number> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function bundleSize() {
  console.log('\n## Bundle size of the package as a bundler sees it (esbuild, minified, gzip -9)');
  const baseline = await gzippedBundle(`import { z } from 'zod'; console.log(z.object({ a: z.string() }));`);
  const cases: Array<[string, string]> = [
    [
      'unified list, facade (all resources)',
      `import { SmartRecruiters } from 'smartrecruiters-sdk';
       const sr = new SmartRecruiters({ apiKey: 'k' });
       for await (const c of sr.candidates.list({ status: 'new' })) console.log(c.name);`,
    ],
    [
      'unified list, Candidates alone',
      `import { Candidates, SmartRecruitersClient } from 'smartrecruiters-sdk';
       for await (const c of new Candidates(new SmartRecruitersClient({ apiKey: 'k' })).list()) console.log(c.name);`,
    ],
    [
      'raw client get()',
      `import { SmartRecruitersClient } from 'smartrecruiters-sdk';
       console.log(await new SmartRecruitersClient({ apiKey: 'k' }).get('/jobs'));`,
    ],
    [
      'webhook verification only',
      `import { constructWebhookEvent } from 'smartrecruiters-sdk'; console.log(constructWebhookEvent);`,
    ],
  ];
  console.log(`${'baseline: full zod, one schema'.padEnd(40)} ${kb(baseline)}`);
  for (const [name, code] of cases) {
    const size = await gzippedBundle(code);
    console.log(`${name.padEnd(40)} ${kb(size).padStart(8)}  (${(size / baseline).toFixed(2)}x baseline)`);
  }
  console.log('(budget for a list call: 30 KB)');
}

function importTime() {
  console.log('\n## Import time (node, dist, median of 7 cold processes)');
  const time = (code: string) =>
    median(
      Array.from({ length: 7 }, () => {
        const out = execFileSync(
          process.execPath,
          [
            '--input-type=module',
            '-e',
            `const t = performance.now(); ${code}; console.log(performance.now() - t);`,
          ],
          { cwd: root, encoding: 'utf8' },
        );
        return Number(out.trim());
      }),
    );
  // fetch's own first use (undici) costs the same whatever the SDK does: it is the baseline.
  const baseline = time(`new Request('http://localhost/')`);
  const unbundled = time(
    `await Promise.all([import('ky'), import('zod/mini'), import('p-retry'), import('bottleneck/light.js')])`,
  );
  const esm = time(`await import('smartrecruiters-sdk')`);
  const cjs = time(`(await import('node:module')).createRequire(import.meta.url)('smartrecruiters-sdk')`);
  const row = (name: string, ms: number) =>
    console.log(
      `${name.padEnd(40)} ${ms.toFixed(1).padStart(6)} ms  (${(ms / baseline).toFixed(1)}x baseline)`,
    );
  console.log(`${'baseline: first new Request() (undici)'.padEnd(40)} ${baseline.toFixed(1).padStart(6)} ms`);
  row('its dependencies, unbundled', unbundled);
  row('import smartrecruiters-sdk (ESM)', esm);
  row('require smartrecruiters-sdk (CJS)', cjs);
}

function mapping() {
  console.log('\n## Mapping throughput (toUnifiedCandidate on a documented CandidateDetails)');
  const raw = JSON.parse(readFileSync(join(root, 'test/fixtures/sr/candidate-details.json'), 'utf8'));
  const n = 20_000;
  const run = (fn: () => unknown) => {
    fn();
    const start = performance.now();
    for (let i = 0; i < n; i++) fn();
    return (n / (performance.now() - start)) * 1000;
  };
  const baseline = run(() => structuredClone(raw));
  const mapped = run(() => toUnifiedCandidate(raw, { warnings: [] }));
  console.log(`baseline: structuredClone of the record  ${Math.round(baseline).toLocaleString()} /s`);
  console.log(
    `toUnifiedCandidate                       ${Math.round(mapped).toLocaleString()} /s  (${(mapped / baseline).toFixed(2)}x baseline)`,
  );
}

async function streamingMemory() {
  console.log('\n## Retained heap while listing 2,000 candidates (fake server, 100 per page, after GC)');
  const gc = globalThis.gc;
  if (!gc) return console.log('(run with node --expose-gc)');
  const fake = await createFakeSmartRecruiters({
    seed: 5,
    counts: { candidates: 2000, jobs: 20 },
    rateLimits: false,
  });
  try {
    const sr = new SmartRecruiters({
      apiKey: fake.apiKey,
      baseUrl: fake.url,
      rateLimit: false,
      logLevel: 'off',
    });
    const heap = () => {
      gc();
      return process.memoryUsage().heapUsed;
    };
    let start = heap();
    let peak = 0;
    let count = 0;
    for await (const _ of sr.candidates.list({ limit: 100 })) {
      if (++count % 100 === 0) peak = Math.max(peak, heap() - start);
    }
    start = heap();
    const all = await sr.candidates.list({ limit: 100 }).toArray();
    const collected = heap() - start;
    console.log(`${`baseline: toArray() of ${all.length}`.padEnd(40)} +${kb(collected)}`);
    console.log(
      `${`for await over ${count}, peak`.padEnd(40)} +${kb(peak)}  (${(peak / collected).toFixed(2)}x baseline)`,
    );
  } finally {
    await fake.close();
  }
}

await bundleSize();
importTime();
mapping();
await streamingMemory();
await syncCost();
