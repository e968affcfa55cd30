import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  APIResource,
  decodeCursor,
  encodeCursor,
  type Job,
  PagePromise,
  PaginationError,
  SmartRecruitersClient,
  toUnifiedJob,
  toUnifiedRole,
  ValidationError,
  type Warning,
} from '../../src/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';
import { rejectsBeforeAnyRequest, requestsAfter, routesAfter, sdkFor } from '../helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({ seed: 31, counts: { jobs: 9, candidates: 2, users: 2 } });
});
afterAll(() => fake.close());

interface RawJobParams {
  q?: string;
  status?: string;
  limit?: number;
  cursor?: string;
}

/** A resource over SR's jobs list that exposes the list machinery as is. */
class TestJobs extends APIResource {
  /** The parameters each page was mapped with. */
  readonly pageParams: Array<Record<string, unknown>> = [];

  list(params: RawJobParams = {}, options: { srTotal?: boolean } = {}): PagePromise<Job> {
    return this.deferred(() =>
      this.paginate({
        list: 'test-jobs',
        path: '/jobs',
        params,
        toQuery: (p) => {
          if (p.limit !== undefined && p.limit < 1) {
            throw new ValidationError('Invalid limit', [{ path: ['limit'], message: 'must be >= 1' }]);
          }
          const query: Record<string, unknown> = { sort: 'job_id' };
          if (p.q !== undefined) query.q = p.q;
          if (p.status !== undefined) query.status = p.status;
          if (p.limit !== undefined) query.limit = p.limit;
          return query;
        },
        srTotal: options.srTotal,
        mapPage: async (items, { warnings, params: p }) => {
          this.pageParams.push(p);
          return items.map((raw) => this.toModel('job', toUnifiedJob, raw, warnings));
        },
      }),
    );
  }

  /** System roles, paged by the SDK. */
  roles(params: { limit?: number; cursor?: string } = {}) {
    return this.deferred(() =>
      this.paginateWhole({
        list: 'test-roles',
        params,
        validate: () => undefined,
        load: async () => (await this.client.get('/user-api/v201804/system-roles')).content ?? [],
        map: (raw, warnings) => this.toModel('role', toUnifiedRole, raw, warnings),
      }),
    );
  }
}

function client(warnings: Warning[] = []) {
  return new SmartRecruitersClient({
    apiKey: fake.apiKey,
    baseUrl: fake.url,
    logLevel: 'off',
    hooks: { warning: (w) => warnings.push(w) },
  });
}

const sortedJobIds = () => [...fake.state.jobs.keys()].sort();
const roleIds = () => [...fake.state.systemRoles.keys()];

async function all<T>(list: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of list) out.push(item);
  return out;
}

describe('APIResource.paginate', () => {
  it("turns SR paging into one opaque cursor that carries the list's parameters and SR's position", async () => {
    const jobs = new TestJobs(client());
    const first = await jobs.list({ limit: 4 });
    expect(first.result.map((j) => j.id)).toEqual(sortedJobIds().slice(0, 4));
    const cursor = decodeCursor(first.next_cursor!, 'test-jobs');
    expect(cursor.params).toEqual({ limit: 4 });
    expect(cursor.state).toMatchObject({ kind: 'param', name: 'pageId' });
    expect(first.total).toBe(fake.state.jobs.size);
    const rest = await all(jobs.list({ cursor: first.next_cursor! }));
    expect([...first.result, ...rest].map((j) => j.id)).toEqual(sortedJobIds());
    expect(jobs.pageParams.at(-1)).toEqual({ limit: 4 });
  });

  it('accepts the cursor with the same filters or a new limit, and refuses other filters before any request', async () => {
    const jobs = new TestJobs(client());
    const first = await jobs.list({ q: 'e', limit: 2 });
    const cursor = first.next_cursor!;
    const sameFilters = await jobs.list({ cursor, q: 'e' });
    expect(sameFilters.result).toHaveLength(2);
    const seq = fake.requests.length;
    const bigger = await jobs.list({ cursor, limit: 50 });
    expect(requestsAfter(fake, seq)[0]?.query).toMatchObject({ q: ['e'], limit: ['50'] });
    expect([...first.result, ...bigger.result].map((j) => j.id)).toEqual(
      [...fake.state.jobs.values()]
        .filter((j) => j.title.toLowerCase().includes('e'))
        .map((j) => j.id)
        .sort(),
    );
    const issues = await rejectsBeforeAnyRequest(fake, () => jobs.list({ cursor, q: 'other' }));
    expect(issues).toEqual([
      {
        path: ['cursor'],
        message: 'was created with other filters or options (q); pass the cursor alone (or with limit)',
      },
    ]);
    await rejectsBeforeAnyRequest(fake, () => jobs.list({ cursor, status: 'SOURCING' }));
    const candidates = await sdkFor(fake).candidates.list({ limit: 1 });
    await rejectsBeforeAnyRequest(fake, () => jobs.list({ cursor: candidates.next_cursor! }));
  });

  it('re-validates the parameters a cursor carries, as if the caller had passed them', async () => {
    const jobs = new TestJobs(client());
    const tampered = encodeCursor({ list: 'test-jobs', params: { limit: 0 }, state: null });
    const issues = await rejectsBeforeAnyRequest(fake, () => jobs.list({ cursor: tampered }));
    expect(issues).toEqual([{ path: ['limit'], message: 'must be >= 1' }]);
  });

  it('gives every item a cursor that resumes right after it, skipping processed items by id', async () => {
    const jobs = new TestJobs(client());
    const ids = sortedJobIds();
    const items: Array<{ id: string; cursor: string }> = [];
    for await (const { item, cursor } of jobs.list({ limit: 4 }).withCursors())
      items.push({ id: item.id, cursor });
    expect(items.map((i) => i.id)).toEqual(ids);
    for (const [index, { cursor }] of items.entries()) {
      expect(
        (await all(jobs.list({ cursor }))).map((j) => j.id),
        `after item ${index}`,
      ).toEqual(ids.slice(index + 1));
    }
    // Mid-page, the position names the page and the items done on it; at a page's end, the next page.
    expect(decodeCursor(items[1]!.cursor, 'test-jobs')).toMatchObject({
      state: null,
      skip: [expect.any(String), expect.any(String)],
    });
    expect(items[3]!.cursor).toBe((await jobs.list({ limit: 4 })).next_cursor);
    // An item removed before the resume point does not shift it: skipping is by id.
    const removed = fake.state.jobs.get(ids[0]!)!;
    fake.state.jobs.delete(removed.id);
    try {
      expect((await all(jobs.list({ cursor: items[1]!.cursor }))).map((j) => j.id)).toEqual(ids.slice(2));
    } finally {
      fake.state.jobs.set(removed.id, removed);
    }
  });

  it('turns a synchronous error into a rejected PagePromise, without any request', async () => {
    const jobs = new TestJobs(client());
    const before = fake.requests.length;
    let list: PagePromise<Job> | undefined;
    expect(() => {
      list = jobs.list({ limit: 0 });
    }).not.toThrow();
    expect(list).toBeInstanceOf(PagePromise);
    await expect(list).rejects.toBeInstanceOf(ValidationError);
    await expect(all(list!)).rejects.toBeInstanceOf(ValidationError);
    await expect(all(list!.pages())).rejects.toBeInstanceOf(ValidationError);
    expect(fake.requests.length).toBe(before);
  });

  it("reports total as null when SR's totalFound does not count the items", async () => {
    const jobs = new TestJobs(client());
    expect((await jobs.list({ limit: 2 }, { srTotal: false })).total).toBeNull();
    expect((await jobs.list({ limit: 2 })).total).toBe(fake.state.jobs.size);
  });

  it('fails with PaginationError when SR repeats a page position', async () => {
    const job = [...fake.state.jobs.keys()][0]!;
    const fault = fake.faults.add({
      route: 'GET /jobs',
      status: 200,
      body: { limit: 1, totalFound: 9, nextPageId: 'same-page', content: [{ id: job, title: 'Loop' }] },
      times: 3,
    });
    try {
      const jobs = new TestJobs(client());
      const seen: string[] = [];
      const error = await (async () => {
        for await (const item of jobs.list({ limit: 1 })) seen.push(item.id);
      })().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PaginationError);
      expect(seen).toEqual([job, job]);
      expect(fault.fired).toBe(2);
    } finally {
      fake.faults.clear();
    }
  });
});

describe('APIResource.paginateWhole', () => {
  it('pages a list SR returns whole, loading it for each page', async () => {
    const jobs = new TestJobs(client());
    const seq = fake.requests.length;
    const pages = [];
    for await (const page of jobs.roles({ limit: 2 }).pages()) pages.push(page);
    expect(pages.map((p) => p.result.map((r) => r.id))).toEqual([
      roleIds().slice(0, 2),
      roleIds().slice(2, 4),
      roleIds().slice(4),
    ]);
    expect(pages.map((p) => [p.result_count, p.total, p.next_cursor === null])).toEqual([
      [2, 5, false],
      [2, 5, false],
      [1, 5, true],
    ]);
    expect(routesAfter(fake, seq)).toEqual(Array(3).fill('GET /user-api/v201804/system-roles'));
  });

  it('resumes from a cursor with the page size it was made with, unless a limit is given', async () => {
    const jobs = new TestJobs(client());
    const first = await jobs.roles({ limit: 2 });
    expect(decodeCursor(first.next_cursor!, 'test-roles')).toMatchObject({
      params: { limit: 2 },
      state: { kind: 'offset', offset: 2 },
    });
    const resumed = await jobs.roles({ cursor: first.next_cursor! });
    expect(resumed.result.map((r) => r.id)).toEqual(roleIds().slice(2, 4));
    const rest = await jobs.roles({ cursor: first.next_cursor!, limit: 100 });
    expect(rest.result.map((r) => r.id)).toEqual(roleIds().slice(2));
    expect(rest.next_cursor).toBeNull();
    const whole = await jobs.roles();
    expect(whole.result).toHaveLength(5);
    expect(whole.next_cursor).toBeNull();
    await expect(jobs.roles({ cursor: first.next_cursor!.slice(0, -3) })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });
});

describe('warnings', () => {
  it('returns SR fields that fail lenient validation in Page.warnings and passes them to hooks.warning', async () => {
    const record = fake.state.jobs.get(sortedJobIds()[0]!)!;
    const title = record.title;
    (record as { title: unknown }).title = 42;
    try {
      const received: Warning[] = [];
      const jobs = new TestJobs(client(received));
      const page = await jobs.list({ limit: 3 });
      const expected = {
        code: 'invalid_field',
        path: ['title'],
        record_id: record.id,
        message: expect.stringContaining('title'),
      };
      expect(page.warnings).toEqual([expected]);
      expect(received).toEqual([expected]);
      // The record is still mapped: the field as missing, SR's record whole in remote_data.
      expect(page.result[0]).toMatchObject({ id: record.id, name: null, remote_data: { title: 42 } });

      // Single reads report through the hook too, through every unified resource.
      received.length = 0;
      const sr = sdkFor(fake, { hooks: { warning: (w) => received.push(w) } });
      const job = await sr.jobs.get(record.id);
      expect(job.name).toBeNull();
      expect(received).toEqual([expected]);
      received.length = 0;
      const listed = await sr.jobs.list({ limit: 1 });
      expect(listed.warnings).toEqual([expected]);
      expect(received).toEqual([expected]);
    } finally {
      record.title = title;
    }
  });

  it('reports no warnings for clean records', async () => {
    const received: Warning[] = [];
    const page = await new TestJobs(client(received)).list({ limit: 5 });
    expect(page.warnings).toEqual([]);
    expect(received).toEqual([]);
  });
});
