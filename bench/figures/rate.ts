/**
 * The rate achieved under SmartRecruiters' default limits (10 requests in any 1 s window, 8 in
 * flight), enforced on both sides: the SDK's limiter with its defaults, and the fake server's.
 * Counted from the fake's request log: arrivals, the most in any 1,000 ms, and 429 answers.
 */
import type { Sdk, Testing } from '../lib/sdk.js';
import { spread } from '../lib/stats.js';
import type { Row } from '../lib/table.js';

const LIMIT = 10;

export async function rateFigures(sdk: Sdk, testing: Testing): Promise<Row[]> {
  console.log("\n## Rate under SmartRecruiters' default limits (fake server enforcing them too)");
  const fake = await testing.createFakeSmartRecruiters({ seed: 11, counts: { jobs: 120, candidates: 5 } });
  const rows: Row[] = [];
  try {
    const client = new sdk.SmartRecruitersClient({ apiKey: fake.apiKey, baseUrl: fake.url, logLevel: 'off' });
    // One request per page, so every step of an iterator is one request.
    const iterate = async (requests: number) => {
      let n = 0;
      for await (const _ of client.paginate('/jobs', { query: { limit: 1 } })) if (++n >= requests) break;
    };
    const cases: Array<[string, number, number]> = [
      ['1 iterator', 1, 25],
      ['4 iterators', 4, 40],
    ];
    for (const [name, iterators, requests] of cases) {
      const rates: number[] = [];
      let limited = 0;
      let busiest = 0;
      for (let round = 0; round < 3; round++) {
        const first = fake.requests.length;
        await Promise.all(Array.from({ length: iterators }, () => iterate(requests / iterators)));
        const entries = fake.requests.entries.slice(first);
        const arrivals = entries.map((e) => e.receivedAt).sort((a, b) => a - b);
        rates.push(((arrivals.length - 1) * 1000) / (arrivals.at(-1)! - arrivals[0]!));
        limited += entries.filter((e) => e.rateLimited).length;
        busiest = Math.max(busiest, fake.requests.maxRequestsInWindow(1000));
      }
      const s = spread(rates);
      const measured = `${s.median.toFixed(2)} req/s (${s.min.toFixed(2)}-${s.max.toFixed(2)}), ${limited} x 429`;
      console.log(`${name.padEnd(12)} ${measured}; most in any 1,000 ms: ${busiest}`);
      rows.push({
        figure: `Rate under SR's default limits, ${name}`,
        baseline: `SR's limit ${LIMIT} req/s`,
        measured,
        target: '>= 9.5 req/s, 0 x 429',
        met: s.median >= 9.5 && limited === 0,
      });
    }
  } finally {
    await fake.close();
  }
  return rows;
}
