/**
 * A whole account's applications, two ways, on the fake server: through a Report Builder report
 * (list the reports, generate a file, wait for it, stream its CSV as unified Applications) and
 * through `applications.sync()` (SR's candidates 100 a page, plus one read per application SR's
 * candidate list gives no status for), at 10,000 and 100,000 applications.
 *
 * Method: requests are counted on the fake's request log, with rate limits off on both sides
 * (the fake's `latencyMs: 0`, the client's `rateLimit: false`), so the counts are exact and the
 * run takes minutes, not hours. The time at SmartRecruiters' limits is computed from the count:
 * 10 requests a second (https://developers.smartrecruiters.com/docs/rate-limiting), the floor
 * for any client; the report adds SR's generation time, which the fake models in fake time (its
 * `reportGenerationMs`: 2 s + 1 ms per 10 rows) and SR does not document ("a few minutes"). Wall
 * time on the fake (HTTP on loopback, this machine) is measured too; the report's wait for the
 * file takes fake time (the client runs on the fake's clock), not wall time.
 */
import { loadNode, loadSdk, loadTesting } from '../lib/sdk.js';
import type { Row } from '../lib/table.js';

const SIZES = [10_000, 100_000];
const SR_REQUESTS_PER_SECOND = 10;

interface PathFigures {
  requests: number;
  records: number;
  wallMs: number;
  fakeWaitMs: number;
}

function duration(seconds: number): string {
  if (seconds < 120) return `${seconds.toFixed(1)} s`;
  if (seconds < 7200) return `${(seconds / 60).toFixed(1)} min`;
  return `${(seconds / 3600).toFixed(1)} h`;
}

const n = (value: number) => value.toLocaleString('en-US');

/** Candidates that give about `applications` applications (the seed gives 1.25 per candidate). */
function candidatesFor(applications: number): number {
  return Math.round(applications / 1.25);
}

async function account(applications: number) {
  const testing = await loadTesting();
  const started = performance.now();
  const fake = await testing.createFakeSmartRecruiters({
    seed: 11,
    counts: { candidates: candidatesFor(applications), jobs: 50, users: 8, accessGroups: 2 },
    rateLimits: false,
    latencyMs: 0,
  });
  return { fake, seedMs: performance.now() - started };
}

export async function bulkLoadFigures(): Promise<Row[]> {
  const sdk = await loadSdk();
  const node = await loadNode();
  console.log("\n## Bulk load: a whole account's applications, report vs applications.sync() (fake server)");
  console.log(
    "method: requests counted on the fake (limits off); time at SR = requests / 10 per second (+ the report's generation, fake time); wall time = this run, HTTP on loopback",
  );
  const rows: Row[] = [];
  for (const size of SIZES) {
    const { fake, seedMs } = await account(size);
    try {
      const applications = fake.state.applications.size;
      const sr = new sdk.SmartRecruiters({
        apiKey: fake.apiKey,
        baseUrl: fake.url,
        rateLimit: false,
        logLevel: 'off',
        clock: fake.clock,
        // A 100,000-application file is some tens of MB.
        maxDownloadBytes: 512 * 1024 * 1024,
      });
      const measure = async (run: () => Promise<number>): Promise<PathFigures> => {
        const before = fake.requests.length;
        const fakeBefore = fake.clock.offsetMs;
        const started = performance.now();
        const records = await run();
        return {
          requests: fake.requests.length - before,
          records,
          wallMs: performance.now() - started,
          fakeWaitMs: fake.clock.offsetMs - fakeBefore,
        };
      };
      const report = await measure(async () => {
        const reports = await sr.reports.list();
        const all = reports.result.find((r) => r.name === 'All applications');
        if (!all) throw new Error('no applications report on the fake');
        const file = await sr.reports.run(all.id);
        let count = 0;
        for await (const _ of node.reportApplications(sr.reports, file)) count++;
        return count;
      });
      const sync = await measure(async () => {
        let count = 0;
        for await (const _ of sr.applications.sync()) count++;
        return count;
      });
      const atSr = (f: PathFigures) => f.requests / SR_REQUESTS_PER_SECOND;
      console.log(
        `${n(applications)} applications (${n(candidatesFor(size))} candidates, seeded in ${(seedMs / 1000).toFixed(1)} s):`,
      );
      console.log(
        `  report:             ${n(report.requests).padStart(7)} requests  at SR ${duration(atSr(report))} + generation (fake ${duration(report.fakeWaitMs / 1000)})  wall on fake ${duration(report.wallMs / 1000)}  ${n(report.records)} applications`,
      );
      console.log(
        `  applications.sync(): ${n(sync.requests).padStart(5)} requests  at SR ${duration(atSr(sync))}  wall on fake ${duration(sync.wallMs / 1000)}  ${n(sync.records)} applications`,
      );
      rows.push({
        figure: `Bulk load ${n(applications)} applications: requests (report)`,
        baseline: `applications.sync(): ${n(sync.requests)} (${duration(atSr(sync))} at 10/s)`,
        measured: `${n(report.requests)} (${duration(atSr(report))} at 10/s + generation)`,
        target: '<= 1% of sync',
        met:
          report.requests <= sync.requests / 100 &&
          report.records === applications &&
          sync.records === applications,
      });
    } finally {
      await fake.close();
    }
  }
  return rows;
}
