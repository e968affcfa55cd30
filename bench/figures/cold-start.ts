/**
 * Cold start as a serverless function sees it: a fresh `node` process imports the SDK and makes one
 * request to a loopback server; the figure is the time from the process's start to that first
 * response, against a script that makes the same request with bare `fetch` (which loads Node's
 * fetch implementation on first use, as the SDK's request does). ESM and CommonJS, built package.
 * Printed beside it (no target): the import alone against an empty script, and the raw client
 * bundled on its own (what the root entry's other exports add to an import).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { esbuildApp } from '../../scripts/bundle-size.js';
import { startLoopback } from '../lib/loopback.js';
import { root } from '../lib/sdk.js';
import { paired, ratioText, valueText } from '../lib/stats.js';
import type { Row } from '../lib/table.js';

const ROUNDS = 15;

const headers = `{ accept: 'application/json', 'x-smarttoken': 'k' }`;
const scripts = {
  esm: {
    bare: `const r = await fetch(process.env.BASE + '/small', { headers: ${headers} }); await r.json();
console.log(performance.now());`,
    sdk: `import { SmartRecruitersClient } from 'smartrecruiters-sdk';
const client = new SmartRecruitersClient({ apiKey: 'k', baseUrl: process.env.BASE });
await client.get('/small');
console.log(performance.now());`,
  },
  cjs: {
    bare: `fetch(process.env.BASE + '/small', { headers: ${headers} }).then((r) => r.json())
  .then(() => console.log(performance.now()));`,
    sdk: `const { SmartRecruitersClient } = require('smartrecruiters-sdk');
new SmartRecruitersClient({ apiKey: 'k', baseUrl: process.env.BASE }).get('/small')
  .then(() => console.log(performance.now()));`,
  },
};

/** Scripts that stop at the import: the package's root entry, and nothing. */
const imports = {
  esm: {
    empty: 'console.log(performance.now());',
    sdk: `await import('smartrecruiters-sdk');\nconsole.log(performance.now());`,
  },
  cjs: {
    empty: 'console.log(performance.now());',
    sdk: `require('smartrecruiters-sdk');\nconsole.log(performance.now());`,
  },
};

/** Milliseconds from the process's start to the first response, as the process measured it. */
function firstResponse(code: string, format: 'esm' | 'cjs', base: string): number {
  const args = format === 'esm' ? ['--input-type=module', '-e', code] : ['-e', code];
  const out = execFileSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, BASE: base },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return Number(out.trim());
}

/**
 * The ESM script's request with only what `SmartRecruitersClient` needs, bundled into one file as
 * an app for Node would bundle it (`esbuildApp`: the built package, by its `exports`; the root
 * entry loads every resource, mapper and check besides): the floor under the SDK's figure while
 * the root entry loads everything it exports.
 */
async function clientOnlyScript(dir: string): Promise<string> {
  const file = join(dir, 'client-only.mjs');
  writeFileSync(file, (await esbuildApp(root, scripts.esm.sdk, 'node')).code);
  return file;
}

export async function coldStartFigures(): Promise<Row[]> {
  console.log('\n## Cold start to the first response: fresh node process, one request (ms)');
  const server = await startLoopback();
  const dir = mkdtempSync(join(tmpdir(), 'sr-cold-start-'));
  const rows: Row[] = [];
  try {
    const clientOnly = await clientOnlyScript(dir);
    const floor = await paired({
      rounds: ROUNDS,
      baseline: () => firstResponse(scripts.esm.bare, 'esm', server.url),
      subject: () => firstResponse(`await import(${JSON.stringify(clientOnly)});`, 'esm', server.url),
    });
    console.log(
      `ESM, the raw client alone in one file (${valueText(floor.baseline, 'ms', 1)} bare): ${valueText(floor.subject, 'ms', 1)} = ${ratioText(floor.ratio)}`,
    );
    for (const format of ['esm', 'cjs'] as const) {
      const result = await paired({
        rounds: ROUNDS,
        baseline: () => firstResponse(scripts[format].bare, format, server.url),
        subject: () => firstResponse(scripts[format].sdk, format, server.url),
      });
      const measured = `${valueText(result.subject, 'ms', 1)} = ${ratioText(result.ratio)}`;
      console.log(
        `${format.toUpperCase()}: bare fetch ${valueText(result.baseline, 'ms', 1)}; SDK ${measured}`,
      );
      const imported = await paired({
        rounds: ROUNDS,
        baseline: () => firstResponse(imports[format].empty, format, server.url),
        subject: () => firstResponse(imports[format].sdk, format, server.url),
      });
      const importMs = imported.subject.median - imported.baseline.median;
      console.log(
        `${format.toUpperCase()}: the import alone ${importMs.toFixed(1)} ms over an empty script (${valueText(imported.baseline, 'ms', 1)})`,
      );
      rows.push({
        figure: `Cold start to first response (${format.toUpperCase()})`,
        baseline: `bare-fetch script ${valueText(result.baseline, 'ms', 1)}`,
        measured,
        target: '<= 1.1x',
        met: result.ratio.median <= 1.1,
      });
    }
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}
