/** Retained heap while streaming a list, against collecting it with `toArray()`. */
import type { Sdk, Testing } from '../lib/sdk.js';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export async function streamingMemory(sdk: Sdk, testing: Testing): Promise<void> {
  console.log('\n## Retained heap while listing 2,000 candidates (fake server, 100 per page, after GC)');
  const gc = globalThis.gc;
  if (!gc) {
    console.log('(run with node --expose-gc)');
    return;
  }
  const fake = await testing.createFakeSmartRecruiters({
    seed: 5,
    counts: { candidates: 2000, jobs: 20 },
    rateLimits: false,
  });
  try {
    const sr = new sdk.SmartRecruiters({
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
