import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  REPORT_APPLICATION_COLUMNS,
  RequestAbortedError,
  ResponseTooLargeError,
  SmartRecruiters,
  UnexpectedResponseError,
  ValidationError,
  type Warning,
} from '../../src/index.js';
import { type ReportProgress, reportApplications, reportRows } from '../../src/node/index.js';
import { ApplicationSchema } from '../../src/schemas/index.js';
import { createFakeSmartRecruitersCore, type FakeSmartRecruitersCore } from '../../src/testing/index.js';

let fake: FakeSmartRecruitersCore;
let sr: SmartRecruiters;

beforeEach(() => {
  fake = createFakeSmartRecruitersCore({
    rateLimits: false,
    latencyMs: 0,
    seed: 8,
    counts: { candidates: 25 },
  });
  sr = fake.client({ logLevel: 'off' });
});
afterEach(() => fake.close());

const reportId = (name = 'All applications') =>
  [...fake.state.reports.values()].find((r) => r.name === name)!.id;

/** An SDK on the fake whose report data answers are replaced by `data` (a stream or text). */
function withData(data: () => ReadableStream<Uint8Array> | string, hooks: Record<string, unknown> = {}) {
  return new SmartRecruiters({
    apiKey: fake.apiKey,
    baseUrl: fake.baseUrl,
    rateLimit: false,
    logLevel: 'off',
    clock: fake.clock,
    hooks,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      if (!request.url.endsWith('/data')) return fake.fetch(request);
      return new Response(data(), { status: 200, headers: { 'content-type': 'text/csv' } });
    },
  });
}

async function drain<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

describe('reportRows', () => {
  it("streams every application of the account as a row typed by the file's columns, with progress", async () => {
    const file = await sr.reports.run(reportId());
    const progress: ReportProgress[] = [];
    const rows = await drain(
      reportRows(sr.reports, file, { onProgress: (p) => progress.push(p), progressEveryRows: 10 }),
    );
    expect(rows).toHaveLength(fake.state.applications.size);
    expect(new Set(rows.map((row) => row['Application ID']))).toEqual(
      new Set(fake.state.applications.keys()),
    );
    const app = [...fake.state.applications.values()][0]!;
    const candidate = fake.state.candidates.get(app.candidateId)!;
    expect(rows[0]).toMatchObject({
      'Application ID': app.id,
      'Candidate ID': app.candidateId,
      'Application Status': app.status,
      'Candidate Average Rating': candidate.averageRating,
      'Internal Candidate': candidate.internal,
      'Start Date': app.startsOn,
    });
    expect(typeof rows[0]!['Candidate Average Rating']).toBe('number');
    expect(typeof rows[0]!['Internal Candidate']).toBe('boolean');
    // Every 10 rows, then once at the end with the final counts.
    expect(progress.slice(0, -1).map((p) => p.rows)).toEqual(
      Array.from({ length: Math.floor(rows.length / 10) }, (_, i) => (i + 1) * 10),
    );
    const last = progress.at(-1)!;
    expect(last.rows).toBe(rows.length);
    expect(last.bytes).toBeGreaterThan(rows.length * 50);
    expect(progress.every((p, i) => i === 0 || p.bytes >= progress[i - 1]!.bytes)).toBe(true);
  });

  it('keeps values with commas, quotes and line breaks intact', async () => {
    const job = [...fake.state.jobs.values()][0]!;
    const odd = fake.state.addCandidate({
      firstName: 'Anne "Nan"',
      lastName: "O'Neil, Jr.\nII",
      email: 'nan@example.com',
    });
    fake.state.addApplication({ candidateId: odd.id, jobId: job.id });
    const file = await sr.reports.run(reportId());
    const rows = await drain(reportRows(sr.reports, file));
    const row = rows.find((r) => r['Candidate ID'] === odd.id);
    expect(row).toMatchObject({
      'Candidate First Name': 'Anne "Nan"',
      'Candidate Last Name': "O'Neil, Jr.\nII",
    });
  });

  it('reads a file given by id (its columns read first), and refuses one that is not completed before the download', async () => {
    const file = await sr.reports.generate(reportId());
    const before = fake.requests.length;
    await expect(drain(reportRows(sr.reports, file))).rejects.toBeInstanceOf(ValidationError);
    expect(fake.requests.length).toBe(before);
    await expect(drain(reportRows(sr.reports, file.id))).rejects.toBeInstanceOf(ValidationError);
    expect(fake.requests.all((e) => e.path.endsWith('/data'))).toHaveLength(0);
    const done = await sr.reports.waitForFile(file);
    expect(await drain(reportRows(sr.reports, done.id))).toHaveLength(fake.state.applications.size);
  });

  it("holds the download to the client's maxDownloadBytes", async () => {
    const file = await sr.reports.run(reportId());
    await expect(drain(reportRows(sr.reports, file, { maxDownloadBytes: 1024 }))).rejects.toBeInstanceOf(
      ResponseTooLargeError,
    );
  });

  it('keeps memory bounded: a large file is read only as fast as rows are taken, and cancelled when the loop stops', async () => {
    const line = (i: number) =>
      `app-${i},cand-${i},Name ${i},Last,job-${i % 50},Title,NEW,,2025-01-01T00:00:00.000Z,,,,Web,,,x${i}@example.com,3.5,false\r\n`;
    let pulled = 0;
    let cancelled = false;
    let next = 0;
    const encoder = new TextEncoder();
    const client = withData(
      () =>
        new ReadableStream<Uint8Array>(
          {
            start(controller) {
              controller.enqueue(
                encoder.encode(`${Object.values(REPORT_APPLICATION_COLUMNS).join(',')}\r\n`),
              );
            },
            pull(controller) {
              // 16 KB chunks of an endless file.
              let text = '';
              while (text.length < 16_384) text += line(next++);
              const bytes = encoder.encode(text);
              pulled += bytes.byteLength;
              controller.enqueue(bytes);
            },
            cancel() {
              cancelled = true;
            },
          },
          { highWaterMark: 0 },
        ),
    );
    const file = await client.reports.run(reportId());
    let consumedBytes = 0;
    let rows = 0;
    for await (const row of reportRows(client.reports, file)) {
      rows++;
      consumedBytes += line(rows - 1).length;
      expect(row['Application ID']).toBe(`app-${rows - 1}`);
      if (rows % 5000 === 0) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        // What was read ahead of the rows taken: a few chunks, not the file.
        expect(pulled - consumedBytes).toBeLessThan(256 * 1024);
      }
      if (rows === 20_000) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(cancelled).toBe(true);
    expect(pulled).toBeLessThan(consumedBytes + 256 * 1024);
  });

  it('stops with RequestAbortedError when the signal aborts mid-file', async () => {
    const encoder = new TextEncoder();
    const client = withData(
      () =>
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(encoder.encode('Application ID,Candidate ID\r\n'));
          },
          pull(controller) {
            controller.enqueue(encoder.encode('a,b\r\n'.repeat(1000)));
          },
        }),
    );
    const file = await client.reports.run(reportId());
    const controller = new AbortController();
    let rows = 0;
    const reading = (async () => {
      for await (const _ of reportRows(client.reports, file, { signal: controller.signal })) {
        if (++rows === 2000) controller.abort();
      }
    })();
    await expect(reading).rejects.toBeInstanceOf(RequestAbortedError);
  });

  it("fails clearly on data that is not CSV, without echoing the file's content", async () => {
    const client = withData(
      () => `Application ID,Candidate ID\r\n"secret-value, never closed${'x'.repeat(5000)}`,
    );
    const file = await client.reports.run(reportId());
    const error = await drain(reportRows(client.reports, file, { maxRecordLength: 1000 })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnexpectedResponseError);
    expect(String((error as Error).message)).not.toContain('secret-value');
  });

  it('keeps every value: extra values, missing ones and values of the wrong type, each with a warning', async () => {
    const warnings: Warning[] = [];
    const client = withData(
      () =>
        'Candidate ID,Job ID,Candidate Average Rating,Internal Candidate\r\nc1,j1,high,maybe\r\nc2,j2,4.5,true,extra\r\nc3\r\n',
      { warning: (w: Warning) => warnings.push(w) },
    );
    const file = await client.reports.run(reportId());
    const rows = await drain(reportRows(client.reports, file));
    expect(rows).toEqual([
      {
        'Candidate ID': 'c1',
        'Job ID': 'j1',
        'Candidate Average Rating': 'high',
        'Internal Candidate': 'maybe',
      },
      {
        'Candidate ID': 'c2',
        'Job ID': 'j2',
        'Candidate Average Rating': 4.5,
        'Internal Candidate': true,
        'column 5': 'extra',
      },
      { 'Candidate ID': 'c3', 'Job ID': null, 'Candidate Average Rating': null, 'Internal Candidate': null },
    ]);
    expect(warnings.map((w) => w.code)).toEqual([
      'invalid_field',
      'invalid_field',
      'column_count',
      'column_count',
    ]);
    expect(warnings.every((w) => !w.message.includes('high') && !w.message.includes('maybe'))).toBe(true);
  });
});

describe('reportApplications', () => {
  it("yields each of the account's applications once, as unified Applications (what a report cannot give named)", async () => {
    const file = await sr.reports.run(reportId());
    const apps = await drain(reportApplications(sr.reports, file));
    expect(apps.map((a) => a.id).sort()).toEqual(
      [...fake.state.applications.values()].map((a) => `${a.candidateId}:${a.jobId}`).sort(),
    );
    for (const app of apps) {
      const { remote_data: _row, ...rest } = app;
      expect(ApplicationSchema.safeParse(rest).success).toBe(true);
      const record = fake.state.applications.get(app.job_application_id!)!;
      expect(app.remote_status).toBe(record.status);
      expect(app.starts_at).toBe(record.startsOn);
      expect(app.not_fetched).toEqual(expect.arrayContaining(['source', 'reject_reason', 'custom_fields']));
    }
  });

  it('leaves out a row without a candidate or job id, with a warning', async () => {
    const warnings: Warning[] = [];
    const client = withData(
      () => 'Candidate ID,Job ID,Application Status\r\nc1,j1,In Review\r\n,j2,NEW\r\n',
      {
        warning: (w: Warning) => warnings.push(w),
      },
    );
    const file = await client.reports.run(reportId());
    const apps = await drain(reportApplications(client.reports, file));
    expect(apps).toHaveLength(1);
    expect(apps[0]).toMatchObject({ id: 'c1:j1', status: 'in_review', remote_status: 'IN_REVIEW' });
    expect(warnings.map((w) => w.code)).toEqual(['missing_id']);
  });
});
