/**
 * What a whole-account sync costs in requests, counted on the fake server's request log: a full
 * sync of 1,000 candidates (and their applications), list only and hydrated, next to the floor
 * (the list's pages at SR's largest page, plus one detail read per record when hydrating) and to
 * the same sync at SR's default page of 10, measured in the same run. Then an incremental run.
 *
 *   npx tsx bench/sync-cost.ts        (also part of `npm run bench`)
 */
import { SmartRecruiters } from '../src/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../src/testing/index.js';

const CANDIDATES = 1000;
const SR_MAX_PAGE = 100;
const SR_DEFAULT_PAGE = 10;

async function count(fake: FakeSmartRecruiters, run: () => Promise<unknown>): Promise<number> {
  const before = fake.requests.length;
  await run();
  return fake.requests.length - before;
}

async function drain(iterable: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const _ of iterable) n++;
  return n;
}

const per1000 = (requests: number, records: number) => (requests / records) * 1000;

function row(name: string, requests: number, records: number, floor: number): void {
  const rate = per1000(requests, records);
  const floorRate = per1000(floor, records);
  console.log(
    `${name.padEnd(56)} ${String(requests).padStart(6)} requests  ${rate.toFixed(0).padStart(6)} per 1,000  ` +
      `(floor ${floorRate.toFixed(0)}, ${(requests / floor).toFixed(2)}x)`,
  );
}

export async function syncCost(): Promise<void> {
  console.log(
    `\n## Sync cost: requests for a full sync of ${CANDIDATES.toLocaleString()} candidates (fake server log)`,
  );
  const fake = await createFakeSmartRecruiters({
    seed: 3,
    counts: { candidates: CANDIDATES, jobs: 25, users: 5, accessGroups: 2 },
    rateLimits: false,
    latencyMs: 0,
  });
  try {
    const sr = new SmartRecruiters({
      apiKey: fake.apiKey,
      baseUrl: fake.url,
      rateLimit: false,
      logLevel: 'off',
    });
    const pages = (size: number) => Math.ceil(CANDIDATES / size);

    // Same-run baseline: SR's default page size, as every list sent before it asked for 100.
    const baselineList = await count(fake, () => drain(sr.candidates.list({ limit: SR_DEFAULT_PAGE })));
    const baselineHydrated = await count(fake, () =>
      drain(sr.candidates.list({ limit: SR_DEFAULT_PAGE, hydrate: true })),
    );
    const run = sr.candidates.sync();
    const listOnly = await count(fake, () => drain(run));
    const hydrated = await count(fake, () => drain(sr.candidates.sync({ hydrate: true })));

    row(
      `baseline: list at SR's default page (${SR_DEFAULT_PAGE})`,
      baselineList,
      CANDIDATES,
      pages(SR_MAX_PAGE),
    );
    row('candidates.sync(), list only', listOnly, CANDIDATES, pages(SR_MAX_PAGE));
    row(
      `baseline: hydrated at SR's default page (${SR_DEFAULT_PAGE})`,
      baselineHydrated,
      CANDIDATES,
      pages(SR_MAX_PAGE) + CANDIDATES,
    );
    row('candidates.sync({ hydrate: true })', hydrated, CANDIDATES, pages(SR_MAX_PAGE) + CANDIDATES);

    const applications = fake.state.applications.size;
    // SR lists an application's status only on the candidate's latest one: the others are read.
    const withoutStatus = [...fake.state.candidates.keys()].reduce(
      (sum, id) => sum + Math.max(0, fake.state.applicationsOf(id).length - 1),
      0,
    );
    const appsListOnly = await count(fake, () => drain(sr.applications.sync()));
    const appsDetails = await count(fake, () => drain(sr.applications.sync({ hydrate: true, include: [] })));
    const appsHydrated = await count(fake, () => drain(sr.applications.sync({ hydrate: true })));
    console.log(
      `(the same ${CANDIDATES.toLocaleString()} candidates hold ${applications.toLocaleString()} applications, ` +
        `${withoutStatus} of them without a status in SR's candidate list; per 1,000 candidates:)`,
    );
    row('applications.sync(), list only', appsListOnly, CANDIDATES, pages(SR_MAX_PAGE) + withoutStatus);
    row(
      'applications.sync({ hydrate: true, include: [] })',
      appsDetails,
      CANDIDATES,
      pages(SR_MAX_PAGE) + applications,
    );
    row(
      'applications.sync({ hydrate: true }) (+ history)',
      appsHydrated,
      CANDIDATES,
      pages(SR_MAX_PAGE) + applications,
    );

    // An incremental run after 10 candidates changed: one page.
    const changed = [...fake.state.candidates.values()].slice(0, 10);
    for (const candidate of changed) candidate.updatedOn = fake.state.nowIso();
    let emitted = 0;
    const incremental = await count(fake, async () => {
      emitted = await drain(sr.candidates.sync({ state: run.state }));
    });
    console.log(
      `${'next run after 10 changes (incremental)'.padEnd(56)} ${String(incremental).padStart(6)} requests  ` +
        `(${emitted} records: the changed ones and any within the overlap)`,
    );
  } finally {
    await fake.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await syncCost();
