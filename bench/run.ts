/**
 * Performance figures, each against a baseline measured in the same run (paired rounds, median
 * and spread), with its target and whether it is met; a table of all of them at the end. Runtime
 * figures use the built package (`dist/`), as users get it. Not run by the test suite: nothing
 * timed runs in CI (the bundle budget, a byte count, is checked by test/package/bundle-size.test.ts).
 *
 *   npm run bench                          (builds when dist/ is stale; a few minutes)
 *   npm run bench -- --only=mapping,bundle (some figures: requests, limiter-rate, high-rate,
 *                                           instrumentation, mapping, cold-start, bundle,
 *                                           fake-scale, connections, json-memory, other)
 *
 * Bundlers targeting Node and the tarball are in bench/packaging.ts (`npm run bench:packaging`).
 */
import { bundleFigures } from './figures/bundle.js';
import { coldStartFigures } from './figures/cold-start.js';
import { connectionFigures } from './figures/connections.js';
import { fakeScaleFigures } from './figures/fake-scale.js';
import { instrumentationFigures } from './figures/instrumentation.js';
import { jsonMemoryFigures } from './figures/json-memory.js';
import { mappingFigures } from './figures/mapping.js';
import { streamingMemory } from './figures/memory.js';
import { rateFigures } from './figures/rate.js';
import { highRateFigure, requestFigures } from './figures/requests.js';
import { loadSdk, loadTesting } from './lib/sdk.js';
import { printTable, type Row } from './lib/table.js';
import { syncCost } from './sync-cost.js';

const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wanted = (name: string) => !only || only.includes(name);

const sdk = await loadSdk();
const testing = await loadTesting();
const rows: Row[] = [];
const started = performance.now();

if (wanted('requests')) rows.push(...(await requestFigures(sdk)));
if (wanted('limiter-rate')) rows.push(...(await rateFigures(sdk, testing)));
if (wanted('high-rate')) rows.push(...(await highRateFigure(sdk)));
if (wanted('instrumentation')) rows.push(...(await instrumentationFigures(sdk)));
if (wanted('mapping')) rows.push(...(await mappingFigures(sdk)));
if (wanted('cold-start')) rows.push(...(await coldStartFigures()));
if (wanted('bundle')) rows.push(...(await bundleFigures()));
if (wanted('fake-scale')) rows.push(...(await fakeScaleFigures()));
if (wanted('connections')) rows.push(...(await connectionFigures()));
if (wanted('json-memory')) rows.push(...(await jsonMemoryFigures()));

if (rows.length > 0) {
  console.log(
    `\n## Summary (Node ${process.version}, ${((performance.now() - started) / 1000).toFixed(0)} s)\n`,
  );
  printTable(rows);
}

if (wanted('other')) {
  console.log('\n# Other figures (no target)');
  await streamingMemory(sdk, testing);
  await syncCost();
}
