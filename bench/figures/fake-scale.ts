/**
 * The fake server with a large account: seeding 100,000 candidates (with their applications,
 * attachments and offers), and `GET /candidates` pages served with rate limits off, against the
 * same on a 1,000-candidate account in the same run.
 */
import type { Testing } from '../lib/sdk.js';
import { spread } from '../lib/stats.js';
import type { Row } from '../lib/table.js';

const LARGE = 100_000;
const SMALL = 1_000;
// Stop listing after this long (a slow server would otherwise take hours over 100,000 items).
const SERVE_BUDGET_MS = 20_000;

async function seed(testing: Testing, candidates: number) {
  const started = performance.now();
  const fake = await testing.createFakeSmartRecruiters({
    seed: 7,
    counts: { candidates, jobs: 50 },
    rateLimits: false,
  });
  return { fake, ms: performance.now() - started };
}

/** Lists every candidate 100 per page (or until the budget runs out): items per second. */
async function serve(fake: Awaited<ReturnType<Testing['createFakeSmartRecruiters']>>) {
  const headers = { 'x-smarttoken': fake.apiKey, accept: 'application/json' };
  const started = performance.now();
  let items = 0;
  let pages = 0;
  let pageId: string | undefined;
  do {
    const query = new URLSearchParams({ limit: '100', ...(pageId ? { pageId } : {}) });
    const response = await fetch(`${fake.url}/candidates?${query}`, { headers });
    if (!response.ok) throw new Error(`GET /candidates: ${response.status}`);
    const body = (await response.json()) as { content: unknown[]; nextPageId?: string };
    items += body.content.length;
    pages++;
    pageId = body.nextPageId;
  } while (pageId && performance.now() - started < SERVE_BUDGET_MS);
  const ms = performance.now() - started;
  return { items, pages, complete: pageId === undefined, perSecond: (items * 1000) / ms };
}

export async function fakeScaleFigures(testing: Testing): Promise<Row[]> {
  console.log(`\n## Fake server, ${LARGE.toLocaleString('en-US')} candidates (rate limits off)`);
  const small = await seed(testing, SMALL);
  const smallServe = await serve(small.fake);
  await small.fake.close();
  const smallSeeds = [small.ms];
  for (let i = 0; i < 2; i++) {
    const again = await seed(testing, SMALL);
    smallSeeds.push(again.ms);
    await again.fake.close();
  }
  const smallSeed = spread(smallSeeds).median;
  const large = await seed(testing, LARGE);
  console.log(
    `seed: ${(large.ms / 1000).toFixed(2)} s for ${LARGE.toLocaleString('en-US')}; ` +
      `${smallSeed.toFixed(0)} ms for ${SMALL.toLocaleString('en-US')} (x100: ${((smallSeed * 100) / 1000).toFixed(2)} s)`,
  );
  let largeServe: Awaited<ReturnType<typeof serve>>;
  try {
    largeServe = await serve(large.fake);
  } finally {
    await large.fake.close();
  }
  const rate = (s: typeof largeServe) => `${Math.round(s.perSecond).toLocaleString('en-US')} items/s`;
  const extent = largeServe.complete
    ? `all ${largeServe.pages} pages`
    : `${largeServe.pages} pages in ${SERVE_BUDGET_MS / 1000} s`;
  console.log(
    `served: ${rate(largeServe)} (${extent}); ${SMALL.toLocaleString('en-US')} candidates: ${rate(smallServe)}`,
  );
  return [
    {
      figure: `Fake server, seed ${LARGE.toLocaleString('en-US')} candidates`,
      baseline: `${SMALL.toLocaleString('en-US')} candidates x100: ${((smallSeed * 100) / 1000).toFixed(2)} s`,
      measured: `${(large.ms / 1000).toFixed(2)} s`,
      target: '<= 2 s',
      met: large.ms <= 2000,
    },
    {
      figure: `Fake server, list served (${LARGE.toLocaleString('en-US')}, limits off)`,
      baseline: `${SMALL.toLocaleString('en-US')}-candidate account ${rate(smallServe)}`,
      measured: `${rate(largeServe)} (${extent})`,
      target: '>= 2,000 items/s',
      met: largeServe.perSecond >= 2000,
    },
  ];
}
