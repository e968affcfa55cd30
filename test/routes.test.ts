import { HttpResponse, http } from 'msw';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type BinaryResponse,
  INTERVIEWS_API,
  REVIEWS_API,
  SmartRecruitersClient,
  type SrCompany,
  type SrInterview,
  type SrOffer,
  type SrReason,
  type SrReview,
  type SrSource,
  type SrSubscription,
} from '../src/index.js';
import type { SrList } from '../src/routes.js';
import type { SrCandidate } from '../src/schemas/sr/candidate.js';
import type { SrDepartment, SrJobDetails } from '../src/schemas/sr/job.js';
import type { SrUser } from '../src/schemas/sr/user.js';
import { BASE, uniqueKey, useMsw } from './helpers/msw.js';

const server = useMsw();
const client = () => new SmartRecruitersClient({ apiKey: uniqueKey(), logLevel: 'off', rateLimit: false });

describe('typed routes', () => {
  it('types params, query, body and response of known routes', async () => {
    server.use(
      http.get(`${BASE}/jobs/:jobId`, ({ params }) =>
        HttpResponse.json({ id: params.jobId, title: 'Engineer' }),
      ),
      http.get(`${BASE}/candidates`, () => HttpResponse.json({ content: [{ id: 'c1' }], totalFound: 1 })),
    );
    const c = client();
    const job = await c.get('/jobs/{jobId}', { params: { jobId: 'j1' } });
    expectTypeOf(job).toEqualTypeOf<SrJobDetails>();
    expect(job.title).toBe('Engineer');

    const list = await c.get('/candidates', { query: { status: ['NEW', 'LEAD'], limit: 10 } });
    expectTypeOf(list).toEqualTypeOf<SrList<SrCandidate>>();
    expect(list.content[0]?.id).toBe('c1');

    // Unknown paths stay open: the caller names the type.
    server.use(http.get(`${BASE}/configuration/company`, () => HttpResponse.json({ name: 'Acme' })));
    const company = await c.get<{ name: string }>('/configuration/company');
    expectTypeOf(company).toEqualTypeOf<{ name: string }>();

    if (Math.random() > 2) {
      // Compile-time checks only: these lines never run.
      // @ts-expect-error params are required on a route with path parameters
      await c.get('/jobs/{jobId}');
      // @ts-expect-error the param is named jobId on this route
      await c.get('/jobs/{jobId}', { params: { id: 'x' } });
      // @ts-expect-error a candidate needs firstName, lastName and email
      await c.post('/candidates', { body: { firstName: 'Ada' } });
    }
  });

  it('sends JSON Patch on the typed PATCH routes of jobs and users without being told', async () => {
    const types: Array<string | null> = [];
    server.use(
      http.patch(`${BASE}/jobs/:jobId`, ({ request }) => {
        types.push(request.headers.get('content-type'));
        return HttpResponse.json({ id: 'j1' });
      }),
      http.patch(`${BASE}/user-api/v201804/users/:id`, ({ request }) => {
        types.push(request.headers.get('content-type'));
        return HttpResponse.json({ id: 'u1' });
      }),
      http.patch(`${BASE}/candidates/:id`, ({ request }) => {
        types.push(request.headers.get('content-type'));
        return HttpResponse.json({ id: 'c1' });
      }),
    );
    const c = client();
    await c.patch('/jobs/{jobId}', {
      params: { jobId: 'j1' },
      body: [{ op: 'replace', path: '/title', value: 'x' }],
    });
    const user = await c.patch('/user-api/v201804/users/{id}', {
      params: { id: 'u1' },
      body: [{ op: 'replace', path: '/firstName', value: 'Ada' }],
    });
    expectTypeOf(user).toEqualTypeOf<SrUser>();
    // Candidates take a plain partial object (§1).
    await c.patch('/candidates/{id}', { params: { id: 'c1' }, body: { firstName: 'Ada' } });
    expect(types).toEqual(['application/json-patch+json', 'application/json-patch+json', 'application/json']);
  });

  it('returns files as a BinaryResponse, from the route type and from the content type', async () => {
    server.use(
      http.get(`${BASE}/candidates/attachments/:attachmentId`, () =>
        HttpResponse.arrayBuffer(new TextEncoder().encode('%PDF').buffer, {
          headers: {
            'content-type': 'application/pdf',
            'content-disposition': 'attachment; filename="r.pdf"',
          },
        }),
      ),
    );
    const file = await client().get('/candidates/attachments/{attachmentId}', {
      params: { attachmentId: 'a1' },
    });
    expectTypeOf(file).toEqualTypeOf<BinaryResponse>();
    expect(file.fileName).toBe('r.pdf');
    expect(new TextDecoder().decode(await file.arrayBuffer())).toBe('%PDF');
  });

  it('types the configuration, interview, review and offer routes, and the items paginate yields', async () => {
    server.use(
      http.get(`${BASE}/configuration/departments`, () =>
        HttpResponse.json({ totalFound: 1, content: [{ id: 'd1', label: 'Product' }] }),
      ),
      http.get(`${BASE}/configuration/sources/:type/values`, () =>
        HttpResponse.json({
          totalFound: 1,
          offset: 0,
          limit: 10,
          content: [{ id: 's1', label: 'LinkedIn' }],
        }),
      ),
      http.get(`${BASE}/reviews-api/v201910/reviews`, () =>
        HttpResponse.json([{ id: 'r1', overallRating: 5 }]),
      ),
      http.get(`${BASE}/interviews-api/v201904/interviews/:id`, ({ params }) =>
        HttpResponse.json({ id: params.id, timezone: 'UTC' }),
      ),
    );
    const c = client();
    const departments = await c.get('/configuration/departments');
    expectTypeOf(departments).toEqualTypeOf<SrList<SrDepartment>>();
    expect(departments.content[0]?.label).toBe('Product');
    const interview = await c.get(`${INTERVIEWS_API}/interviews/{interviewId}`, {
      params: { interviewId: 'i1' },
    });
    expectTypeOf(interview).toEqualTypeOf<SrInterview>();
    expect(interview.timezone).toBe('UTC');

    const sources: SrSource[] = [];
    for await (const source of c.paginate('/configuration/sources/{sourceType}/values', {
      params: { sourceType: 'JOB_BOARDS' },
    })) {
      expectTypeOf(source).toEqualTypeOf<SrSource>();
      sources.push(source);
    }
    expect(sources.map((s) => s.label)).toEqual(['LinkedIn']);
    for await (const review of c.paginate(`${REVIEWS_API}/reviews`, {
      query: { candidateId: 'c', jobId: 'j' },
    })) {
      expectTypeOf(review).toEqualTypeOf<SrReview>();
      expect(review.overallRating).toBe(5);
    }
    expectTypeOf(c.paginate('/candidates')).toEqualTypeOf<AsyncGenerator<SrCandidate, void, undefined>>();
    expectTypeOf(c.paginate('/webhooks-api/v201907/subscriptions')).toEqualTypeOf<
      AsyncGenerator<SrSubscription, void, undefined>
    >();
    // Other paths yield what the caller names (or `unknown`).
    expectTypeOf(c.paginate<{ id: string }>('/some/new/list')).toEqualTypeOf<
      AsyncGenerator<{ id: string }, void, undefined>
    >();
    expectTypeOf(c.paginate('/some/new/list')).toEqualTypeOf<AsyncGenerator<unknown, void, undefined>>();

    if (Math.random() > 2) {
      // Compile-time checks only: these lines never run.
      expectTypeOf(await c.get('/configuration/company')).toEqualTypeOf<SrCompany>();
      expectTypeOf(await c.get('/configuration/rejection-reasons')).toEqualTypeOf<SrList<SrReason>>();
      expectTypeOf(await c.get('/offers', { query: { status: 'ACCEPTED' } })).toEqualTypeOf<
        SrList<SrOffer>
      >();
      // @ts-expect-error the reviews list needs candidateId and jobId
      await c.get(`${REVIEWS_API}/reviews`, { query: { candidateId: 'c' } });
      const emptySlot = { params: { interviewId: 'i' }, body: {} };
      // @ts-expect-error a time slot needs startsOn, endsOn and interviewers
      await c.post(`${INTERVIEWS_API}/interviews/{interviewId}/timeslots`, emptySlot);
    }
  });
});
