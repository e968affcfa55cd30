/**
 * Every result can be had with the response it was read from: `withResponse()` on the client's
 * methods (typed on typed routes), on the unified methods (the model and SR's record) and on
 * lists (each page's list request).
 */
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import {
  APIPromise,
  type APIResponse,
  type Job,
  NotFoundError,
  type Page,
  PagePromise,
  PaginationError,
  type ResponseHookInfo,
  type SmartRecruiters,
  SmartRecruitersClient,
  type SrCandidateDetails,
  type SrJobDetails,
  ValidationError,
} from '../src/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../src/testing/index.js';
import { FAST_CLIENT, FAST_FAKE, rejectsBeforeAnyRequest, sdkFor } from './helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;
let sr: SmartRecruiters;
const responses: ResponseHookInfo[] = [];

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({
    ...FAST_FAKE,
    seed: 21,
    counts: { jobs: 5, candidates: 5, users: 3 },
  });
  sr = sdkFor(fake, { ...FAST_CLIENT, hooks: { response: (info) => responses.push(info) } });
});
afterAll(() => fake.close());

/** The `response` hook's record of the request with this id. */
function hooked(requestId: string): ResponseHookInfo[] {
  return responses.filter((info) => info.requestId === requestId);
}

const firstJobId = () => [...fake.state.jobs.keys()][0]!;

describe('raw calls', () => {
  it('get() resolves to the body and withResponse() to the typed response', async () => {
    const jobId = firstJobId();
    const promise = sr.client.get('/jobs/{jobId}', { params: { jobId } });
    expect(promise).toBeInstanceOf(Promise);
    expect(promise).toBeInstanceOf(APIPromise);
    const { data, response } = await promise.withResponse();
    expectTypeOf(data).toEqualTypeOf<SrJobDetails>();
    expectTypeOf(response).toEqualTypeOf<APIResponse<SrJobDetails>>();
    expect(data.id).toBe(jobId);
    expect(response.data).toBe(data);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/json/);
    expect(response.requestId).toMatch(/^req_[0-9a-f]{20}$/);
    expect(response.rateLimit.limit).toEqual(expect.any(Number));
    expect(hooked(response.requestId)).toMatchObject([{ method: 'GET', path: '/jobs/{jobId}', status: 200 }]);
    // Awaited, the same promise gives the body: one request for both.
    expect((await promise).id).toBe(jobId);
    expect(hooked(response.requestId)).toHaveLength(1);
  });

  it('requestWithResponse and request are typed on typed routes, T elsewhere', async () => {
    const jobId = firstJobId();
    const typed = await sr.client.requestWithResponse({
      method: 'GET',
      path: '/jobs/{jobId}',
      params: { jobId },
    });
    expectTypeOf(typed).toEqualTypeOf<APIResponse<SrJobDetails>>();
    expect(typed.data.id).toBe(jobId);
    const body = await sr.client.request({ method: 'GET', path: '/jobs/{jobId}', params: { jobId } });
    expectTypeOf(body).toEqualTypeOf<SrJobDetails>();
    const other = await sr.client.requestWithResponse<{ content: unknown[] }>({
      method: 'GET',
      path: untyped('/configuration/departments'),
    });
    expectTypeOf(other.data).toEqualTypeOf<{ content: unknown[] }>();
    expect(Array.isArray(other.data.content)).toBe(true);
  });

  it("gives SmartRecruiters' request id and rate-limit headers when sent", async () => {
    const client = new SmartRecruitersClient({
      apiKey: 'k',
      logLevel: 'off',
      rateLimit: false,
      fetch: async () =>
        new Response(JSON.stringify({ id: 'j1' }), {
          headers: {
            'content-type': 'application/json',
            'x-request-id': 'sr-5f2a',
            'x-ratelimit-limit': '10',
            'x-ratelimit-remaining': '7',
          },
        }),
    });
    const { response } = await client.get('/jobs/{jobId}', { params: { jobId: 'j1' } }).withResponse();
    expect(response.srRequestId).toBe('sr-5f2a');
    expect(response.rateLimit).toMatchObject({ limit: 10, remaining: 7 });
  });

  it('rejects both ways on an error, and a bad argument before any request', async () => {
    const missing = sr.client.get('/jobs/{jobId}', { params: { jobId: 'no-such-job' } });
    await expect(missing).rejects.toBeInstanceOf(NotFoundError);
    await expect(missing.withResponse()).rejects.toBeInstanceOf(NotFoundError);
    await rejectsBeforeAnyRequest(fake, () => sr.client.get('/jobs', 'bad' as never).withResponse());
  });
});

describe('unified methods', () => {
  it('get(): the model, and the SR record it was mapped from', async () => {
    const jobId = firstJobId();
    const { data, response } = await sr.jobs.get(jobId).withResponse();
    expectTypeOf(data).toEqualTypeOf<Job>();
    expectTypeOf(response).toEqualTypeOf<APIResponse<SrJobDetails>>();
    expect(data.id).toBe(jobId);
    expect(response.data.id).toBe(jobId);
    expect(data.remote_data).toEqual(response.data);
    expect(hooked(response.requestId)).toMatchObject([{ path: '/jobs/{jobId}', status: 200 }]);
    // Awaited as before.
    expect(await sr.jobs.get(jobId)).toEqual(data);
  });

  it('with include, the response of the record read, not of the extra reads', async () => {
    const { response } = await sr.jobs.get(firstJobId(), { include: ['hiring_team'] }).withResponse();
    expect(hooked(response.requestId)).toMatchObject([{ method: 'GET', path: '/jobs/{jobId}' }]);
  });

  it('create and update: the response of the write the model came from', async () => {
    const created = await sr.candidates
      .create({ first_name: 'Wanda', last_name: 'Response', email: 'wanda.response@example.com' })
      .withResponse();
    expectTypeOf(created.response).toEqualTypeOf<APIResponse<SrCandidateDetails>>();
    expect(created.response.status).toBe(201);
    expect(hooked(created.response.requestId)).toMatchObject([{ method: 'POST', path: '/candidates' }]);
    const updated = await sr.candidates.update(created.data.id, { first_name: 'Wendy' }).withResponse();
    expect(updated.data.first_name).toBe('Wendy');
    expect(hooked(updated.response.requestId)).toMatchObject([{ method: 'PATCH', path: '/candidates/{id}' }]);
    // Tags are not in PATCH's answer: the candidate is read again, and that read is the response.
    const tagged = await sr.candidates.update(created.data.id, { tags: ['x'] }).withResponse();
    expect(tagged.data.tags).toEqual([{ name: 'x' }]);
    expect(hooked(tagged.response.requestId)).toMatchObject([{ method: 'GET', path: '/candidates/{id}' }]);
    const deleted = await sr.candidates.delete(created.data.id).withResponse();
    expect(deleted.data).toBeUndefined();
    expect(deleted.response.status).toBe(204);
  });

  it('an invalid argument rejects the promise, before any request', async () => {
    const issues = await rejectsBeforeAnyRequest(fake, () => sr.jobs.get('').withResponse());
    expect(issues[0]?.path).toEqual(['id']);
    await expect(sr.jobs.get('')).rejects.toBeInstanceOf(ValidationError);
  });

  it('a lookup in a list SR answers whole: the response of that list', async () => {
    const [department] = (await sr.departments.list()).result;
    const { data, response } = await sr.departments.get(department!.id).withResponse();
    expect(data.id).toBe(department!.id);
    const role = await sr.roles.get('ADMINISTRATOR').withResponse();
    expect(hooked(role.response.requestId)).toMatchObject([{ path: '/user-api/v201804/system-roles' }]);
    expect(response.status).toBe(200);
  });
});

describe('lists', () => {
  it("withResponse(): the first page and its list request's response", async () => {
    const { data, response } = await sr.candidates.list({ limit: 2 }).withResponse();
    expectTypeOf(data).toEqualTypeOf<Page<Awaited<ReturnType<SmartRecruiters['candidates']['get']>>>>();
    expect(data.result).toHaveLength(2);
    expect(hooked(response.requestId)).toMatchObject([{ method: 'GET', path: '/candidates' }]);
    expect((response.data as { content: unknown[] }).content).toHaveLength(2);
  });

  it('pagesWithResponse(): every page with its own response', async () => {
    const pages = [];
    for await (const page of sr.jobs.list({ limit: 2 }).pagesWithResponse()) pages.push(page);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(new Set(pages.map((p) => p.response.requestId)).size).toBe(pages.length);
    expect(pages.flatMap((p) => p.data.result)).toHaveLength(fake.state.jobs.size);
  });

  it('a list SR answers whole: the response of that read, for each page', async () => {
    const { response } = await sr.roles.list({ limit: 1 }).withResponse();
    expect(hooked(response.requestId)).toMatchObject([{ path: '/user-api/v201804/system-roles' }]);
  });

  it('a PagePromise not built by the SDK has no response to give', async () => {
    const list = new PagePromise<number>(async () => ({
      result: [1],
      next_cursor: null,
      result_count: 1,
      total: 1,
      warnings: [],
    }));
    await expect(list.withResponse()).rejects.toBeInstanceOf(PaginationError);
  });
});

/** A path the type system does not know (any string). */
function untyped(path: string): string {
  return path;
}
