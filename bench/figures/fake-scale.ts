/**
 * The fake server with a large account: seeding 100,000 candidates (with their applications,
 * attachments, offers, interviews and reviews), and `GET /candidates` pages served with rate
 * limits off, against the same on a 1,000-candidate account in the same run. Each account lives in
 * a child process, stopped when it overruns its time.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root } from '../lib/sdk.js';
import { spread } from '../lib/stats.js';
import type { Row } from '../lib/table.js';

const LARGE = 100_000;
const SMALL = 1_000;
// Stop listing after this long (a slow server would otherwise take hours over 100,000 items).
const SERVE_BUDGET_MS = 20_000;
// Stop a seed that takes longer than this.
const SEED_BUDGET_MS = 120_000;

interface Account {
  seedMs: number | undefined;
  serve: { items: number; pages: number; complete: boolean; perSecond: number } | undefined;
}

function account(candidates: number): Promise<Account> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(import.meta.dirname, '..', 'lib', 'fake-account.ts'),
        String(candidates),
        String(SERVE_BUDGET_MS),
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const result: Account = { seedMs: undefined, serve: undefined };
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const lines = out.split('\n');
      out = lines.pop() ?? '';
      for (const line of lines) {
        const figures = JSON.parse(line) as { seedMs?: number } & Account['serve'];
        if (figures?.seedMs !== undefined) result.seedMs = figures.seedMs;
        else result.serve = figures;
      }
    });
    const timer = setTimeout(() => child.kill(), SEED_BUDGET_MS + SERVE_BUDGET_MS + 30_000);
    child.on('error', reject);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(result);
    });
  });
}

const rate = (serve: Account['serve']) =>
  serve ? `${Math.round(serve.perSecond).toLocaleString('en-US')} items/s` : 'not measured';

export async function fakeScaleFigures(): Promise<Row[]> {
  console.log(`\n## Fake server, ${LARGE.toLocaleString('en-US')} candidates (rate limits off)`);
  const small = [await account(SMALL), await account(SMALL), await account(SMALL)];
  const smallSeed = spread(small.map((a) => a.seedMs ?? Number.NaN)).median;
  const smallServe = small[0]!.serve;
  const large = await account(LARGE);
  const seeded = large.seedMs !== undefined;
  const seedText = seeded
    ? `${(large.seedMs! / 1000).toFixed(2)} s`
    : `did not finish in ${SEED_BUDGET_MS / 1000} s`;
  const extent = large.serve?.complete
    ? `all ${large.serve.pages} pages`
    : `${large.serve?.pages ?? 0} pages in ${SERVE_BUDGET_MS / 1000} s`;
  const baselineSeed = `${SMALL.toLocaleString('en-US')} candidates x100: ${((smallSeed * 100) / 1000).toFixed(2)} s`;
  console.log(`seed: ${seedText}; ${baselineSeed}`);
  console.log(
    `served: ${rate(large.serve)} (${extent}); ${SMALL.toLocaleString('en-US')} candidates: ${rate(smallServe)}`,
  );
  return [
    {
      figure: `Fake server, seed ${LARGE.toLocaleString('en-US')} candidates`,
      baseline: baselineSeed,
      measured: seedText,
      target: '<= 2 s',
      met: seeded && large.seedMs! <= 2000,
    },
    {
      figure: `Fake server, list served (${LARGE.toLocaleString('en-US')}, limits off)`,
      baseline: `${SMALL.toLocaleString('en-US')}-candidate account ${rate(smallServe)}`,
      measured: large.serve ? `${rate(large.serve)} (${extent})` : 'not measured (no seed)',
      target: '>= 2,000 items/s',
      met: (large.serve?.perSecond ?? 0) >= 2000,
    },
  ];
}
