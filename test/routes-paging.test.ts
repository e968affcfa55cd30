/**
 * `client.paginate` over the list routes of the Interview Templates, Self Scheduling, Event
 * Management, Approvals and Audit APIs: each pages in SR's own style to the last item, asks for
 * the largest page, keeps the caller's filters, and refuses to guess where SR answers whole.
 */
import { HttpResponse, http } from 'msw';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  APPROVALS_API,
  AUDIT_API,
  EVENT_MANAGEMENT_API,
  INTERVIEW_TEMPLATES_API,
  PaginationError,
  SELF_SCHEDULING_API,
  SmartRecruitersClient,
  type SrApproval,
  type SrAuditEvent,
  type SrHiringEvent,
  type SrInterviewTemplate,
  type SrSelfSchedule,
} from '../src/index.js';
import { BASE, uniqueKey, useMsw } from './helpers/msw.js';

const server = useMsw();
const client = () => new SmartRecruitersClient({ apiKey: uniqueKey(), logLevel: 'off', rateLimit: false });

/** `n` items `{ id: 'i<k>' }`. */
const items = (n: number) => Array.from({ length: n }, (_, k) => ({ id: `i${k}` }));

/** Drains a list, recording each request's query. */
async function drain<T>(list: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of list) out.push(item);
  return out;
}

describe('page-number lists', () => {
  it('pages interview templates (`contents`, `totalElements`) by page and pageSize, filters kept', async () => {
    const all = items(250);
    const queries: string[] = [];
    server.use(
      http.get(`${BASE}${INTERVIEW_TEMPLATES_API}/templates`, ({ request }) => {
        const url = new URL(request.url);
        queries.push(url.search);
        const size = Number(url.searchParams.get('pageSize'));
        const page = Number(url.searchParams.get('page') ?? 0);
        return HttpResponse.json({
          totalElements: all.length,
          contents: all.slice(page * size, page * size + size),
        });
      }),
    );
    const got = await drain(
      client().paginate(`${INTERVIEW_TEMPLATES_API}/templates`, { query: { type: 'GROUP' } }),
    );
    expectTypeOf(got).toEqualTypeOf<SrInterviewTemplate[]>();
    expect(got.map((t) => t.id)).toEqual(all.map((t) => t.id));
    // The first page is SR's own (no `page`); counting pages from 1 costs one empty page at the end.
    expect(queries).toEqual([
      '?pageSize=100&type=GROUP',
      '?pageSize=100&type=GROUP&page=1',
      '?pageSize=100&type=GROUP&page=2',
      '?pageSize=100&type=GROUP&page=3',
    ]);
  });

  it('pages the older interview templates list by page and limit', async () => {
    const all = items(3);
    const queries: string[] = [];
    server.use(
      http.get(`${BASE}${INTERVIEW_TEMPLATES_API}/interview/templates`, ({ request }) => {
        const url = new URL(request.url);
        queries.push(url.search);
        const size = Number(url.searchParams.get('limit'));
        const page = Number(url.searchParams.get('page') ?? 0);
        return HttpResponse.json({ totalElements: 3, content: all.slice(page * size, page * size + size) });
      }),
    );
    const got = await drain(
      client().paginate(`${INTERVIEW_TEMPLATES_API}/interview/templates`, {
        query: { limit: 2, search: 'x' },
      }),
    );
    expect(got).toEqual(all);
    expect(queries).toEqual(['?limit=2&search=x', '?limit=2&search=x&page=1', '?limit=2&search=x&page=2']);
  });

  it("pages a job's hiring events and an event's pool by page and pageSize (`last`)", async () => {
    const all = items(5);
    const pages: Array<string | null> = [];
    const respond = (request: Request) => {
      const url = new URL(request.url);
      pages.push(url.searchParams.get('page'));
      const size = Number(url.searchParams.get('pageSize'));
      const page = Number(url.searchParams.get('page') ?? 0);
      const content = all.slice(page * size, page * size + size);
      return HttpResponse.json({ content, number: page, last: (page + 1) * size >= all.length });
    };
    server.use(
      http.get(`${BASE}${EVENT_MANAGEMENT_API}/events`, ({ request }) => respond(request)),
      http.get(`${BASE}${EVENT_MANAGEMENT_API}/events/:eventId/pool-applicants`, ({ request }) =>
        respond(request),
      ),
    );
    const events = await drain(
      client().paginate(`${EVENT_MANAGEMENT_API}/events`, {
        query: { jobId: 'j1', state: 'ACTIVE', pageSize: 2 },
      }),
    );
    expectTypeOf(events).toEqualTypeOf<SrHiringEvent[]>();
    expect(events).toEqual(all);
    expect(pages).toEqual([null, '1', '2']);
    pages.length = 0;
    const pool = await drain(
      client().paginate(`${EVENT_MANAGEMENT_API}/events/{eventId}/pool-applicants`, {
        params: { eventId: 'e1' },
        query: { pageSize: 2 },
      }),
    );
    expect(pool).toEqual(all);
    expect(pages).toEqual([null, '1', '2']);
  });

  it('resumes a page-number list from a RawPage position, and refuses a position of another style', async () => {
    server.use(
      http.get(`${BASE}${EVENT_MANAGEMENT_API}/events`, ({ request }) => {
        const page = Number(new URL(request.url).searchParams.get('page') ?? 0);
        const content = page < 2 ? [{ id: `e${page}` }] : [];
        return HttpResponse.json({ content, totalElements: 2 });
      }),
    );
    const c = client();
    const query = { jobId: 'j1', state: 'PAST' as const, pageSize: 1 };
    const first = await c.fetchPage(`${EVENT_MANAGEMENT_API}/events`, { query });
    expect(first.next).toEqual({ kind: 'page', page: 1 });
    const second = await c.fetchPage(`${EVENT_MANAGEMENT_API}/events`, { query, state: first.next });
    expect(second.items).toEqual([{ id: 'e1' }]);
    // Pages are counted from 1 whatever SR's base: one more (empty) page ends the list.
    expect(second.next).toEqual({ kind: 'page', page: 2 });
    const third = await c.fetchPage(`${EVENT_MANAGEMENT_API}/events`, { query, state: second.next });
    expect(third).toMatchObject({ items: [], next: null });
    await expect(
      c.fetchPage(`${EVENT_MANAGEMENT_API}/events`, { query, state: { kind: 'offset', offset: 1 } }),
    ).rejects.toThrow(/by offset/);
  });
});

describe('offset lists', () => {
  it('pages the self-schedules of an application by limit and offset', async () => {
    const all = items(230);
    const offsets: Array<string | null> = [];
    server.use(
      http.get(`${BASE}${SELF_SCHEDULING_API}/self-schedules`, ({ request }) => {
        const url = new URL(request.url);
        expect(url.searchParams.get('applicationId')).toBe('app-1');
        offsets.push(url.searchParams.get('offset'));
        const offset = Number(url.searchParams.get('offset') ?? 0);
        const limit = Number(url.searchParams.get('limit'));
        return HttpResponse.json({
          limit,
          offset,
          totalFound: all.length,
          content: all.slice(offset, offset + limit),
        });
      }),
    );
    const got = await drain(
      client().paginate(`${SELF_SCHEDULING_API}/self-schedules`, { query: { applicationId: 'app-1' } }),
    );
    expectTypeOf(got).toEqualTypeOf<SrSelfSchedule[]>();
    expect(got).toEqual(all);
    expect(offsets).toEqual([null, '100', '200']);
  });
});

describe('cursor lists', () => {
  it('pages the audit log by nextPageId, sent back as nextPageId, asking for 100 a page', async () => {
    const queries: string[] = [];
    server.use(
      http.get(`${BASE}${AUDIT_API}/audit-events`, ({ request }) => {
        const url = new URL(request.url);
        queries.push(url.search);
        const at = url.searchParams.get('nextPageId');
        if (!at) return HttpResponse.json({ limit: 100, content: [{ id: 'a1' }], nextPageId: 'p2' });
        if (at === 'p2') return HttpResponse.json({ limit: 100, content: [{ id: 'a2' }], nextPageId: 'p3' });
        return HttpResponse.json({ limit: 100, content: [{ id: 'a3' }] });
      }),
    );
    const got = await drain(
      client().paginate(`${AUDIT_API}/audit-events`, {
        query: { eventName: ['CANDIDATE_DELETED', 'JOB_DELETED'], entityType: 'CANDIDATE' },
      }),
    );
    expectTypeOf(got).toEqualTypeOf<SrAuditEvent[]>();
    expect(got.map((e) => e.id)).toEqual(['a1', 'a2', 'a3']);
    expect(queries).toEqual([
      '?limit=100&eventName=CANDIDATE_DELETED&eventName=JOB_DELETED&entityType=CANDIDATE',
      '?limit=100&eventName=CANDIDATE_DELETED&eventName=JOB_DELETED&entityType=CANDIDATE&nextPageId=p2',
      '?limit=100&eventName=CANDIDATE_DELETED&eventName=JOB_DELETED&entityType=CANDIDATE&nextPageId=p3',
    ]);
  });

  it('pages pending approvals by pageId, from the answer or its Link header, with no page size', async () => {
    const queries: string[] = [];
    server.use(
      http.get(`${BASE}${APPROVALS_API}/approvals`, ({ request }) => {
        const url = new URL(request.url);
        queries.push(url.search);
        const at = url.searchParams.get('pageId');
        if (!at) return HttpResponse.json({ content: [{ id: 'r1' }], nextPageId: 'x2' });
        if (at === 'x2') {
          return HttpResponse.json(
            { content: [{ id: 'r2' }] },
            { headers: { link: `<${BASE}${APPROVALS_API}/approvals?pageId=x3>; rel="next"` } },
          );
        }
        return HttpResponse.json({ content: [{ id: 'r3' }] });
      }),
    );
    const got = await drain(client().paginate(`${APPROVALS_API}/approvals`));
    expectTypeOf(got).toEqualTypeOf<SrApproval[]>();
    expect(got.map((a) => a.id)).toEqual(['r1', 'r2', 'r3']);
    expect(queries).toEqual(['', '?pageId=x2', '?pageId=x3']);
  });
});

describe('lists SR answers whole', () => {
  it.each([
    `${APPROVALS_API}/approvals/r1/comments`,
    `${EVENT_MANAGEMENT_API}/events/e1/applicants`,
    `${EVENT_MANAGEMENT_API}/events/applications/app-1`,
    `${EVENT_MANAGEMENT_API}/events/candidates/c1`,
  ])('reads %s in one request, and fails loudly if SR ever announces a next page', async (path) => {
    let calls = 0;
    let announce = false;
    server.use(
      http.get(`${BASE}${path}`, () => {
        calls += 1;
        return HttpResponse.json({ content: [{ id: 'x' }], ...(announce ? { nextPageId: 'n' } : {}) });
      }),
    );
    expect(await drain(client().paginate(path))).toEqual([{ id: 'x' }]);
    expect(calls).toBe(1);
    announce = true;
    await expect(drain(client().paginate(path))).rejects.toBeInstanceOf(PaginationError);
  });
});
