import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  BadRequestError,
  PermissionDeniedError,
  REPORTING_API,
  ReportFileFailedError,
  RequestAbortedError,
  SmartRecruiters,
  TimeoutError,
  ValidationError,
} from '../../src/index.js';
import { ReportFileSchema, ReportSchema } from '../../src/schemas/index.js';
import { createFakeSmartRecruitersCore, type FakeSmartRecruitersCore } from '../../src/testing/index.js';

let fake: FakeSmartRecruitersCore;
let sr: SmartRecruiters;

beforeEach(() => {
  fake = createFakeSmartRecruitersCore({
    rateLimits: false,
    latencyMs: 0,
    seed: 5,
    counts: { candidates: 30 },
  });
  sr = fake.client({ logLevel: 'off' });
});
afterEach(() => fake.close());

const reportNamed = (name: string) => [...fake.state.reports.values()].find((r) => r.name === name)!;

/** A clock that records each wait and moves the fake's time by it (no real waiting). */
function recordingClock(delays: number[]) {
  return {
    now: () => fake.clock.now(),
    sleep: (ms: number, signal?: AbortSignal) => {
      delays.push(ms);
      return fake.clock.sleep(ms, signal);
    },
  };
}

describe('reports', () => {
  it('lists reports newest first across pages, as valid unified Reports', async () => {
    const seen: string[] = [];
    let pages = 0;
    for await (const page of sr.reports.list({ limit: 2 }).pages()) {
      pages++;
      for (const report of page.result) {
        expect(ReportSchema.safeParse(report).success).toBe(true);
        seen.push(report.id);
      }
    }
    expect(pages).toBe(2);
    const expected = [...fake.state.reports.values()].sort((a, b) => (a.updatedOn < b.updatedOn ? 1 : -1));
    expect(seen).toEqual(expected.map((r) => r.id));
    const sent = fake.requests.all((e) => e.route === `GET ${REPORTING_API}/reports`);
    expect(sent[1]?.query.page).toHaveLength(1);
  });

  it('maps a report: columns typed, schedule, creator', async () => {
    const weekly = reportNamed('Weekly pipeline');
    const report = await sr.reports.get(weekly.id);
    expect(report).toMatchObject({
      id: weekly.id,
      name: 'Weekly pipeline',
      row_entity: 'APPLICATION',
      formats: ['csv'],
      schedule_frequency: 'weekly',
      creator: { id: fake.state.meUserId },
    });
    expect(report.columns[0]).toEqual({
      name: 'Candidate ID',
      data_point_id: 'CANDIDATE_ID',
      instance_name: null,
      entity: 'CANDIDATE',
      type: 'id',
      remote_type: 'ID',
    });
  });

  it('generates a file that becomes completed in fake time, polling with growing, jittered delays', async () => {
    const delays: number[] = [];
    const client = fake.client({ logLevel: 'off', clock: recordingClock(delays) });
    const all = reportNamed('All applications');
    const file = await client.reports.generate(all.id);
    expect(file).toMatchObject({ status: 'pending', schedule_type: 'ad_hoc', report: { id: all.id } });
    expect(ReportFileSchema.safeParse(file).success).toBe(true);
    const polls: string[] = [];
    const done = await client.reports.waitForFile(file, {
      initialDelayMs: 500,
      maxDelayMs: 4000,
      onPoll: (f, n) => polls.push(`${n}:${f.status}`),
    });
    expect(done.status).toBe('completed');
    expect(done.generated_at).not.toBeNull();
    expect(polls.at(-1)).toBe(`${polls.length}:completed`);
    // Wait n is within [half, all] of 500 * 2^(n-1), capped at 4000.
    delays.forEach((delay, i) => {
      const full = Math.min(4000, 500 * 2 ** i);
      expect(delay).toBeGreaterThanOrEqual(full / 2);
      expect(delay).toBeLessThanOrEqual(full);
    });
    expect(delays.length).toBe(polls.length);
  });

  it('refuses a second file while one is pending (400), and run() waits for the pending one instead', async () => {
    const all = reportNamed('All applications');
    const first = await sr.reports.generate(all.id);
    await expect(sr.reports.generate(all.id)).rejects.toBeInstanceOf(BadRequestError);
    const done = await sr.reports.run(all.id);
    expect(done.id).toBe(first.id);
    expect(done.status).toBe('completed');
  });

  it("fails with ReportFileFailedError and SR's errorReason for a file that fails", async () => {
    const restricted = reportNamed('Hires by department (restricted)');
    const error = await sr.reports.run(restricted.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReportFileFailedError);
    expect(error).toMatchObject({ errorReason: 'MISSING_ACCESS_GROUP' });
  });

  it('stops after maxPolls and past maxWaitMs with TimeoutError, never waiting past the deadline', async () => {
    const slow = createFakeSmartRecruitersCore({
      rateLimits: false,
      latencyMs: 0,
      reportGenerationMs: 3_600_000,
    });
    try {
      const client = slow.client({ logLevel: 'off' });
      const report = [...slow.state.reports.values()].find((r) => r.name === 'All applications')!;
      const file = await client.reports.generate(report.id);
      const before = slow.requests.length;
      await expect(client.reports.waitForFile(file, { maxPolls: 3, initialDelayMs: 100 })).rejects.toThrow(
        /after 3 status reads/,
      );
      expect(slow.requests.length - before).toBe(3);
      const started = slow.clock.now();
      await expect(client.reports.waitForFile(file.id, { maxWaitMs: 60_000 })).rejects.toBeInstanceOf(
        TimeoutError,
      );
      expect(slow.clock.now() - started).toBeLessThanOrEqual(60_000);
    } finally {
      slow.close();
    }
  });

  it('waits what Retry-After says between status reads', async () => {
    const delays: number[] = [];
    let reads = 0;
    const client = new SmartRecruiters({
      apiKey: fake.apiKey,
      baseUrl: fake.baseUrl,
      rateLimit: false,
      logLevel: 'off',
      clock: recordingClock(delays),
      fetch: async (input, init) => {
        const request = new Request(input, init);
        const response = await fake.fetch(request);
        if (!request.url.includes('/files/') || request.method !== 'GET') return response;
        reads++;
        const headers = new Headers(response.headers);
        headers.set('retry-after', '7');
        return new Response(await response.arrayBuffer(), { status: response.status, headers });
      },
    });
    const file = await client.reports.run(reportNamed('All applications').id, { initialDelayMs: 10 });
    expect(file.status).toBe('completed');
    // The first wait is before any read; every later one is SR's 7 s.
    expect(delays.slice(1)).toEqual(Array(reads - 1).fill(7000));
  });

  it('stops when the signal aborts, during a wait', async () => {
    const controller = new AbortController();
    const client = fake.client({
      logLevel: 'off',
      clock: {
        now: () => fake.clock.now(),
        sleep: (_ms, signal) =>
          new Promise((_, reject) => signal?.addEventListener('abort', () => reject(signal.reason))),
      },
    });
    const file = await client.reports.generate(reportNamed('All applications').id);
    const waiting = client.reports.waitForFile(file, { signal: controller.signal });
    setTimeout(() => controller.abort(), 5);
    await expect(waiting).rejects.toBeInstanceOf(RequestAbortedError);
  });

  it('checks its options and a file that is not completed before any request', async () => {
    const before = fake.requests.length;
    await expect(sr.reports.waitForFile('f', { maxPolls: 0 })).rejects.toBeInstanceOf(ValidationError);
    await expect(sr.reports.waitForFile('f', { maxWaitMs: -1 })).rejects.toBeInstanceOf(ValidationError);
    await expect(sr.reports.waitForFile(42 as never)).rejects.toBeInstanceOf(ValidationError);
    await expect(sr.reports.download({ id: 'f', status: 'pending' } as never)).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(sr.reports.list({ limit: 1001 }).catch((e) => Promise.reject(e))).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(fake.requests.length).toBe(before);
  });

  it('reads the latest generated file with its ETag, and null when nothing newer was generated', async () => {
    const weekly = reportNamed('Weekly pipeline');
    const latest = await sr.reports.latestFile(weekly.id);
    expect(latest?.file).toMatchObject({ status: 'completed', schedule_type: 'scheduled' });
    expect(latest?.etag).toBeTruthy();
    expect(await sr.reports.latestFile(weekly.id, { etag: latest!.etag! })).toBeNull();
    const next = await sr.reports.run(weekly.id);
    expect((await sr.reports.latestFile(weekly.id, { etag: latest!.etag! }))?.file.id).toBe(next.id);
  });

  it("lists a report's files newest first, and refuses another report's cursor", async () => {
    const all = reportNamed('All applications');
    const first = await sr.reports.run(all.id);
    const second = await sr.reports.run(all.id);
    const page = await sr.reports.files(all.id, { limit: 1 });
    expect(page.result.map((f) => f.id)).toEqual([second.id]);
    const rest = await sr.reports.files(all.id, { cursor: page.next_cursor! });
    expect(rest.result.map((f) => f.id)).toEqual([first.id]);
    await expect(
      sr.reports.files(reportNamed('Weekly pipeline').id, { cursor: page.next_cursor! }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it('needs reporting_write to generate (reporting_read reads only)', async () => {
    const scoped = createFakeSmartRecruitersCore({
      rateLimits: false,
      latencyMs: 0,
      oauthClients: [{ clientId: 'reader', clientSecret: 'secret', scopes: ['reporting_read'] }],
    });
    try {
      const client = scoped.client({
        logLevel: 'off',
        oauth: { clientId: 'reader', clientSecret: 'secret' },
      });
      const report = [...scoped.state.reports.values()][0]!;
      await expect(client.reports.get(report.id)).resolves.toMatchObject({ id: report.id });
      await expect(client.reports.generate(report.id)).rejects.toBeInstanceOf(PermissionDeniedError);
    } finally {
      scoped.close();
    }
  });
});
