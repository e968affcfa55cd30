/**
 * Run in a child process by bench/figures/fake-scale.ts (so a seed that never ends can be stopped):
 * seeds a fake account of `argv[2]` candidates, lists them all 100 per page with rate limits off
 * (or until `argv[3]` ms have passed), and prints one JSON line of figures.
 */
import { loadTesting } from './sdk.js';

const candidates = Number(process.argv[2]);
const budgetMs = Number(process.argv[3]);
const testing = await loadTesting();

const seedStarted = performance.now();
const fake = await testing.createFakeSmartRecruiters({
  seed: 7,
  counts: { candidates, jobs: 50 },
  rateLimits: false,
});
const seedMs = performance.now() - seedStarted;
process.stdout.write(`${JSON.stringify({ seedMs })}\n`);

const headers = { 'x-smarttoken': fake.apiKey, accept: 'application/json' };
const started = performance.now();
let items = 0;
let pages = 0;
let pageId: string | undefined;
try {
  do {
    const query = new URLSearchParams({ limit: '100', ...(pageId ? { pageId } : {}) });
    const response = await fetch(`${fake.url}/candidates?${query}`, { headers });
    if (!response.ok) throw new Error(`GET /candidates: ${response.status}`);
    const body = (await response.json()) as { content: unknown[]; nextPageId?: string };
    items += body.content.length;
    pages++;
    pageId = body.nextPageId;
  } while (pageId && performance.now() - started < budgetMs);
} finally {
  await fake.close();
}
const ms = performance.now() - started;
process.stdout.write(
  `${JSON.stringify({ items, pages, complete: pageId === undefined, perSecond: (items * 1000) / ms })}\n`,
);
