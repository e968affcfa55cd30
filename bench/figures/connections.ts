/**
 * Memory of many tenants in one process (`smartrecruiters-sdk/connect`): per tenant stored only
 * (an idle connection: its record and token in the memory stores; none in process with the Redis
 * stores), per tenant with a client kept, per tenant after a request (an active connection), and
 * what the LRU of 1,000 clients keeps of 10,000 active tenants; against 10,000 bare
 * `SmartRecruiters` clients after a request each, in the same run. In a child process of its own
 * (a fresh heap, --expose-gc).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../lib/sdk.js';
import type { Row } from '../lib/table.js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export async function connectionFigures(): Promise<Row[]> {
  console.log('\n## 10,000 tenants in one process (heap after GC, stub SmartRecruiters)');
  const child = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--import',
      'tsx',
      join(import.meta.dirname, '..', 'lib', 'connections-memory.ts'),
      '10000',
    ],
    { cwd: root, encoding: 'utf8', timeout: 600_000 },
  );
  if (child.status !== 0) throw new Error(`connections-memory failed:\n${child.stderr}`);
  const f = JSON.parse(child.stdout.trim().split('\n').pop() as string) as Record<string, number>;
  const bare = f.bareActivePerClient as number;
  const rows: Row[] = [
    {
      figure: 'idle connection (record + token, memory stores)',
      baseline: '-',
      measured: kb(f.storedPerTenant as number),
      target: '-',
      met: undefined,
    },
    {
      figure: 'connection with its client kept',
      baseline: `bare client after a request ${kb(bare)}`,
      measured: kb(f.keptPerTenant as number),
      target: '-',
      met: undefined,
    },
    {
      figure: 'active connection (client after a request)',
      baseline: `bare client after a request ${kb(bare)}`,
      measured: `${kb(f.activePerTenant as number)} (${((f.activePerTenant as number) / bare).toFixed(2)}x)`,
      target: '<= 1.5x a bare client',
      met: (f.activePerTenant as number) <= 1.5 * bare,
    },
    {
      figure: '10,000 active tenants, clients kept by the LRU (1,000)',
      baseline: `all 10,000 kept ${mb(f.cacheAllBytes as number)}`,
      measured: `${mb(f.cacheLruBytes as number)} (${f.lruSize} clients)`,
      target: '<= 15% of all kept',
      met: (f.cacheLruBytes as number) <= 0.15 * (f.cacheAllBytes as number),
    },
  ];
  for (const row of rows)
    console.log(`${row.figure.padEnd(56)} ${row.measured}   (baseline: ${row.baseline})`);
  console.log(
    `${'cold get() (store read + client built)'.padEnd(56)} ${(f.coldGetUs as number).toFixed(0)} µs per tenant`,
  );
  return rows;
}
