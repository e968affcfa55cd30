/** List-call bundle sizes (esbuild, minified, gzip -9), from the same code as the CI budget test. */
import {
  bundleSize,
  LIST_CALL_BUDGET_BYTES,
  LIST_CALL_TARGET_BYTES,
  PROGRAMS,
} from '../../scripts/bundle-size.js';
import { root } from '../lib/sdk.js';
import type { Row } from '../lib/table.js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function bundleFigures(): Promise<Row[]> {
  console.log('\n## List-call bundle (esbuild, minified, gzip -9; dist/esm through the module condition)');
  const bareFetch = await bundleSize(root, PROGRAMS.bareFetch);
  const candidates = await bundleSize(root, PROGRAMS.candidates);
  const facade = await bundleSize(root, PROGRAMS.facade);
  const baseline = `the request with bare fetch ${kb(bareFetch.gzipped)}`;
  for (const [name, size] of [
    ['the request with bare fetch', bareFetch],
    ['Candidates alone', candidates],
    ['facade', facade],
  ] as const) {
    console.log(`${name.padEnd(28)} ${kb(size.gzipped).padStart(8)} gzipped, ${kb(size.minified)} minified`);
  }
  console.log('largest inputs of the Candidates bundle (minified bytes):');
  for (const [path, bytes] of candidates.inputs.slice(0, 12))
    console.log(`  ${String(bytes).padStart(6)}  ${path}`);
  return [
    {
      figure: 'List-call bundle, Candidates alone (min+gz)',
      baseline,
      measured: kb(candidates.gzipped),
      target: `<= ${kb(LIST_CALL_TARGET_BYTES)} (CI ceiling ${kb(LIST_CALL_BUDGET_BYTES)})`,
      met: candidates.gzipped <= LIST_CALL_TARGET_BYTES,
    },
    {
      figure: 'List-call bundle, facade (min+gz)',
      baseline,
      measured: kb(facade.gzipped),
      target: '(no target)',
      met: undefined,
    },
  ];
}
