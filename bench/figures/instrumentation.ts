/**
 * What responses and telemetry cost per request, against the default path, on a `fetch` that
 * answers at once (no network: the SDK's own work is all there is to see): `withResponse()`
 * against awaiting the body, and `openTelemetry()` with no tracer registered (OpenTelemetry's
 * no-op) against no `telemetry` option.
 */
import { loadOtel, type Sdk } from '../lib/sdk.js';
import { paired, ratioText, timeConcurrent, valueText } from '../lib/stats.js';
import type { Row } from '../lib/table.js';

export async function instrumentationFigures(sdk: Sdk): Promise<Row[]> {
  console.log('\n## withResponse() and telemetry vs the default path (µs per request, instant fetch, x8)');
  const { openTelemetry } = await loadOtel();
  const fetchNow: typeof fetch = async () =>
    new Response('{"id":"j1"}', { headers: { 'content-type': 'application/json' } });
  const make = (apiKey: string, extra: { telemetry?: ReturnType<typeof openTelemetry> } = {}) =>
    new sdk.SmartRecruitersClient({
      apiKey,
      baseUrl: 'http://127.0.0.1:9',
      fetch: fetchNow,
      logLevel: 'off',
      rateLimit: false,
      ...extra,
    });
  const plain = make('bench-plain');
  const traced = make('bench-traced', { telemetry: openTelemetry() });
  const n = 2000;
  const cases: Array<[string, () => Promise<unknown>, number]> = [
    ['get().withResponse()', () => plain.get('/jobs').withResponse(), 1.1],
    ['get(), openTelemetry() with no tracer registered', () => traced.get('/jobs'), 1.2],
  ];
  const rows: Row[] = [];
  for (const [name, subject, target] of cases) {
    const result = await paired({
      rounds: 15,
      baseline: () => timeConcurrent(n, 8, () => plain.get('/jobs')),
      subject: () => timeConcurrent(n, 8, subject),
    });
    console.log(`${name.padEnd(50)} ${valueText(result.subject, 'µs', 1)} = ${ratioText(result.ratio)}`);
    rows.push({
      figure: name,
      baseline: `await get() ${valueText(result.baseline, 'µs', 1)}`,
      measured: `${valueText(result.subject, 'µs', 1)} = ${ratioText(result.ratio)}`,
      target: `<= ${target.toFixed(1)}x`,
      met: result.ratio.median <= target,
    });
  }
  return rows;
}
