/**
 * The request pipeline against bare `fetch` on loopback: `client.get` with the limiter off, with
 * the limiter on but far from its limits, and `requestsPerSecond: 100000` against no limiter.
 */
import { startLoopback } from '../lib/loopback.js';
import type { Sdk } from '../lib/sdk.js';
import { type Paired, paired, ratioText, timeConcurrent, timeSequential, valueText } from '../lib/stats.js';
import type { Row } from '../lib/table.js';

// Many short rounds: a shared machine's load changes less within one.
const ROUNDS = 25;

function row(figure: string, result: Paired, target: number): Row {
  return {
    figure,
    baseline: `bare fetch ${valueText(result.baseline, 'µs')}`,
    measured: `${valueText(result.subject, 'µs')} = ${ratioText(result.ratio)}`,
    target: `<= ${target.toFixed(1)}x`,
    met: result.ratio.median <= target,
  };
}

export async function requestFigures(sdk: Sdk): Promise<Row[]> {
  console.log('\n## client.get vs bare fetch on loopback (µs per request, paired rounds)');
  const server = await startLoopback();
  const rows: Row[] = [];
  try {
    const headers = { accept: 'application/json', 'x-smarttoken': 'bench-key' };
    const bare = (path: string) => async () => (await fetch(`${server.url}${path}`, { headers })).json();
    const client = (apiKey: string, rateLimit: ConstructorParameters<Sdk['SmartRecruitersClient']>[0]) =>
      new sdk.SmartRecruitersClient({ apiKey, baseUrl: server.url, logLevel: 'off', ...rateLimit });
    const off = client('bench-key', { rateLimit: false });
    // Its own credential (limiters are shared per credential): far from every limit.
    const on = client('bench-key-limited', {
      rateLimit: { maxConcurrent: 1000, requestsPerSecond: 100_000 },
    });

    const cases: Array<[string, string, number, number]> = [
      ['small, sequential', '/small', 1, 100],
      ['small, x8 concurrent', '/small', 8, 200],
      ['50 KB, sequential', '/large', 1, 40],
      ['50 KB, x8 concurrent', '/large', 8, 80],
    ];
    const run = (n: number, workers: number, fn: () => Promise<unknown>) =>
      workers === 1 ? timeSequential(n, fn) : timeConcurrent(n, workers, fn);
    for (const [name, path, workers, n] of cases) {
      const result = await paired({
        rounds: ROUNDS,
        baseline: () => run(n, workers, bare(path)),
        subject: () => run(n, workers, () => off.get(path)),
      });
      console.log(`limiter off, ${name.padEnd(22)} ${row('', result, 1.2).measured}`);
      rows.push(row(`client.get, limiter off, ${name}`, result, 1.2));
    }
    for (const [name, path, workers, n] of cases.slice(0, 2)) {
      const result = await paired({
        rounds: ROUNDS,
        baseline: () => run(n, workers, bare(path)),
        subject: () => run(n, workers, () => on.get(path)),
      });
      console.log(`limiter on (unthrottled), ${name.padEnd(22)} ${row('', result, 1.3).measured}`);
      rows.push(row(`client.get, limiter on but unthrottled, ${name}`, result, 1.3));
    }
  } finally {
    await server.close();
  }
  return rows;
}

/**
 * `requestsPerSecond: 100000` against no limiter: 5,000 requests, 8 at a time, to a `fetch` that
 * answers at once (no network: the limiter's pace is all there is to see).
 */
export async function highRateFigure(sdk: Sdk): Promise<Row[]> {
  console.log('\n## requestsPerSecond: 100000 vs no limiter (5,000 requests x8, instant fetch)');
  const fetchNow: typeof fetch = async () =>
    new Response('{"ok":true}', { headers: { 'content-type': 'application/json' } });
  const make = (apiKey: string, rateLimit: false | { requestsPerSecond: number; maxConcurrent: number }) =>
    new sdk.SmartRecruitersClient({
      apiKey,
      baseUrl: 'http://127.0.0.1:9',
      fetch: fetchNow,
      logLevel: 'off',
      rateLimit,
    });
  const unlimited = make('bench-unlimited', false);
  const high = make('bench-high-rate', { requestsPerSecond: 100_000, maxConcurrent: 1000 });
  const n = 5000;
  const result = await paired({
    rounds: 5,
    baseline: () => timeConcurrent(n, 8, () => unlimited.get('/jobs')),
    subject: () => timeConcurrent(n, 8, () => high.get('/jobs')),
  });
  const perSecond = (µs: number) => Math.round(1_000_000 / µs).toLocaleString('en-US');
  const measured = `${perSecond(result.subject.median)} req/s = ${ratioText(result.ratio)} the time`;
  console.log(
    `no limiter: ${perSecond(result.baseline.median)} req/s; requestsPerSecond 100000: ${measured}`,
  );
  return [
    {
      figure: 'requestsPerSecond: 100000 (instant fetch, x8)',
      baseline: `no limiter ${perSecond(result.baseline.median)} req/s`,
      measured,
      target: 'unthrottled: <= 1.3x',
      met: result.ratio.median <= 1.3,
    },
  ];
}
