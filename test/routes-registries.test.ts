/**
 * The registries typed under src/routes/: their route types (params, query, body, response,
 * deprecation), the requests the client builds for them, and `client.paginate` on their lists.
 */
import { HttpResponse, http } from 'msw';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  CANDIDATE_STATUS_API,
  FEED_API,
  MESSAGE_TEMPLATES_API,
  NOTIFICATIONS_API,
  PARTNERS_API,
  POSTING_API,
  SmartRecruitersClient,
  type SrApplicationStatusInfo,
  type SrApplyConfiguration,
  type SrApplyResponse,
  type SrCandidateStatusInfo,
  type SrDependentJobProperties,
  type SrDependentJobPropertyValue,
  type SrEmployeePreferences,
  type SrFeedJobAd,
  type SrFeedPublications,
  type SrMessageTemplate,
  type SrPartnerConfig,
  type SrPartnerOffer,
  type SrPosting,
  type SrPostingDepartments,
  type SrPostingListItem,
  type SrShortenedUrl,
  URL_SHORTENER_API,
} from '../src/index.js';
import { BASE, uniqueKey, useMsw } from './helpers/msw.js';

const server = useMsw();
const client = () => new SmartRecruitersClient({ apiKey: uniqueKey(), logLevel: 'off', rateLimit: false });

describe('registry prefixes', () => {
  it("are SmartRecruiters' base paths", () => {
    expect([
      POSTING_API,
      FEED_API,
      PARTNERS_API,
      NOTIFICATIONS_API,
      MESSAGE_TEMPLATES_API,
      CANDIDATE_STATUS_API,
      URL_SHORTENER_API,
    ]).toEqual([
      '/v1',
      '/feed',
      '/v1',
      '/notification-preferences',
      '/message-templates-api',
      '/candidate-status-api',
      '/url-shortener',
    ]);
  });
});

describe('typed registry routes', () => {
  it('types the Posting, Apply and Candidate Status APIs, and sends their requests', async () => {
    const seen: string[] = [];
    server.use(
      http.get(`${BASE}/v1/companies/:company/postings/:postingId`, ({ request, params }) => {
        seen.push(new URL(request.url).pathname + new URL(request.url).search);
        return HttpResponse.json({ id: params.postingId, name: 'Engineer', uuid: 'u-1' });
      }),
      http.post(`${BASE}/postings/:uuid/candidates`, async ({ request }) => {
        seen.push(`POST ${new URL(request.url).pathname} ${JSON.stringify(await request.json())}`);
        return HttpResponse.json({ id: 'c1', createdOn: '2026-01-01T00:00:00.000Z' });
      }),
      http.get(`${BASE}/candidate-status-api/status/:uuid`, () => HttpResponse.json({ status: 'IN_REVIEW' })),
    );
    const c = client();
    const posting = await c.get(`${POSTING_API}/companies/{companyIdentifier}/postings/{postingId}`, {
      params: { companyIdentifier: 'Acme', postingId: '7439' },
      query: { sourceTypeId: 'JOB_BOARDS' },
    });
    expectTypeOf(posting).toEqualTypeOf<SrPosting>();
    expect(posting.name).toBe('Engineer');
    const applied = await c.post('/postings/{uuid}/candidates', {
      params: { uuid: 'u-1' },
      body: {
        firstName: 'Ada',
        lastName: 'Lovelace',
        email: 'ada@example.com',
        answers: [{ id: 'q1', records: [{ fields: { f1: ['yes'] } }] }],
      },
    });
    expectTypeOf(applied).toEqualTypeOf<SrApplyResponse>();
    expect(applied.id).toBe('c1');
    const status = await c.get(`${CANDIDATE_STATUS_API}/status/{applicationUuid}`, {
      params: { applicationUuid: 'a-1' },
    });
    expectTypeOf(status).toEqualTypeOf<SrCandidateStatusInfo>();
    expect(status.status).toBe('IN_REVIEW');
    expect(seen).toEqual([
      '/v1/companies/Acme/postings/7439?sourceTypeId=JOB_BOARDS',
      'POST /postings/u-1/candidates {"firstName":"Ada","lastName":"Lovelace","email":"ada@example.com","answers":[{"id":"q1","records":[{"fields":{"f1":["yes"]}}]}]}',
    ]);

    if (Math.random() > 2) {
      // Compile-time checks only: these lines never run.
      expectTypeOf(
        await c.get('/postings/{uuid}/configuration', {
          params: { uuid: 'u' },
          query: { conditionalsIncluded: true },
        }),
      ).toEqualTypeOf<SrApplyConfiguration>();
      expectTypeOf(
        await c.get('/postings/{uuid}/candidates/{candidateId}/status', {
          params: { uuid: 'u', candidateId: 'c' },
        }),
      ).toEqualTypeOf<SrApplicationStatusInfo>();
      expectTypeOf(
        await c.get(`${POSTING_API}/companies/{companyIdentifier}/departments`, {
          params: { companyIdentifier: 'Acme' },
        }),
      ).toEqualTypeOf<SrPostingDepartments>();
      // A job field filters as custom_field.{fieldId}.
      await c.get(`${POSTING_API}/companies/{companyIdentifier}/postings`, {
        params: { companyIdentifier: 'Acme' },
        query: { 'custom_field.team': 'platform', language: ['en', 'fr-CA'], destination: 'PUBLIC' },
      });
      // @ts-expect-error an application needs firstName, lastName and email
      await c.post('/postings/{uuid}/candidates', { params: { uuid: 'u' }, body: { firstName: 'Ada' } });
      // @ts-expect-error the Posting API's path parameter is companyIdentifier
      await c.get(`${POSTING_API}/companies/{companyIdentifier}/postings`, { params: { company: 'Acme' } });
    }
  });

  it('types the Configuration API additions and the other registries', async () => {
    const bodies: Array<[string, string | null, unknown]> = [];
    const record = async (request: Request) => {
      bodies.push([
        `${request.method} ${new URL(request.url).pathname}`,
        request.headers.get('content-type'),
        request.body ? await request.json() : null,
      ]);
    };
    server.use(
      http.patch(`${BASE}/configuration/job-properties/:id/translations`, async ({ request }) => {
        await record(request);
        return new HttpResponse(null, { status: 204 });
      }),
      http.post(`${BASE}/configuration/job-properties/:id/dependents`, async ({ request }) => {
        await record(request);
        return HttpResponse.json({ totalFound: 1, content: [{ id: 'p2', label: 'Team' }] });
      }),
      http.patch(`${BASE}/users/:id`, async ({ request }) => {
        await record(request);
        return HttpResponse.json({ id: 'u1' });
      }),
      http.put(`${BASE}/feed/publications/:postingId`, async ({ request }) => {
        await record(request);
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const c = client();
    const none = await c.patch('/configuration/job-properties/{id}/translations', {
      params: { id: 'p1' },
      body: [{ language: 'fr-CA', label: 'Équipe' }],
    });
    expectTypeOf(none).toEqualTypeOf<undefined>();
    const dependents = await c.post('/configuration/job-properties/{id}/dependents', {
      params: { id: 'p1' },
      body: { ids: ['p2'] },
    });
    expectTypeOf(dependents).toEqualTypeOf<SrDependentJobProperties>();
    expect(dependents.content[0]?.label).toBe('Team');
    // The deprecated Users API's PATCH takes JSON Patch, like the current one's.
    await c.patch('/users/{id}', {
      params: { id: 'u1' },
      body: [{ op: 'replace', path: '/firstName', value: 'A' }],
    });
    await c.put(`${FEED_API}/publications/{postingId}`, {
      params: { postingId: '42' },
      body: { status: 'Active', liveUrl: 'https://board.example/42' },
    });
    expect(bodies).toEqual([
      [
        'PATCH /configuration/job-properties/p1/translations',
        'application/json',
        [{ language: 'fr-CA', label: 'Équipe' }],
      ],
      ['POST /configuration/job-properties/p1/dependents', 'application/json', { ids: ['p2'] }],
      ['PATCH /users/u1', 'application/json-patch+json', [{ op: 'replace', path: '/firstName', value: 'A' }]],
      [
        'PUT /feed/publications/42',
        'application/json',
        { status: 'Active', liveUrl: 'https://board.example/42' },
      ],
    ]);

    if (Math.random() > 2) {
      // Compile-time checks only: these lines never run.
      expectTypeOf(
        await c.get(`${NOTIFICATIONS_API}/employee-preferences`, { query: { channel: 'SLACK' } }),
      ).toEqualTypeOf<SrEmployeePreferences>();
      expectTypeOf(
        await c.get(`${MESSAGE_TEMPLATES_API}/message-templates/{messageTemplateId}`, {
          params: { messageTemplateId: 't' },
        }),
      ).toEqualTypeOf<SrMessageTemplate>();
      expectTypeOf(
        await c.get(`${PARTNERS_API}/configs/{configId}`, { params: { configId: 'x' } }),
      ).toEqualTypeOf<SrPartnerConfig>();
      expectTypeOf(
        await c.post(`${URL_SHORTENER_API}/shorten`, { body: { url: 'https://a.example' } }),
      ).toEqualTypeOf<SrShortenedUrl>();
      expectTypeOf(
        await c.get(`${FEED_API}/publications`, { query: { status: ['Pending', 'Active'] } }),
      ).toEqualTypeOf<SrFeedPublications>();
      await c.put('/users/{id}/avatar', {
        params: { id: 'u' },
        contentType: 'multipart/form-data',
        body: { file: new Uint8Array([1]) },
      });
      // @ts-expect-error the employee preferences need a channel
      await c.get(`${NOTIFICATIONS_API}/employee-preferences`, { query: {} });
      // @ts-expect-error a dependents body is { ids }
      await c.post('/configuration/job-properties/{id}/dependents', { params: { id: 'p' }, body: ['p2'] });
      await c.patch('/configuration/job-properties/{id}/translations', {
        params: { id: 'p' },
        // @ts-expect-error a translation needs its language
        body: [{ label: 'x' }],
      });
    }
  });
});

describe('paginate on the registries’ lists', () => {
  it('pages job property values by page_id and pageSize, up to 20,000 a page', async () => {
    const queries: string[] = [];
    server.use(
      http.get(
        `${BASE}/configuration/job-properties/:id/values/:valueId/dependents/:dependentId/values`,
        ({ request }) => {
          const url = new URL(request.url);
          queries.push(url.search);
          return url.searchParams.get('page_id')
            ? HttpResponse.json({ totalFound: 3, content: [{ id: 'v3', label: 'C' }] })
            : HttpResponse.json({
                totalFound: 3,
                content: [
                  { id: 'v1', label: 'A' },
                  { id: 'v2', label: 'B' },
                ],
                nextPageId: 'n2',
              });
        },
      ),
      http.get(`${BASE}/configuration/job-properties/:id/values`, ({ request }) => {
        queries.push(new URL(request.url).search);
        return HttpResponse.json({ content: [{ id: 'x', label: 'X' }] });
      }),
    );
    const c = client();
    const labels: string[] = [];
    for await (const value of c.paginate(
      '/configuration/job-properties/{id}/values/{valueId}/dependents/{dependentId}/values',
      { params: { id: 'p', valueId: 'v', dependentId: 'd' } },
    )) {
      expectTypeOf(value).toEqualTypeOf<SrDependentJobPropertyValue>();
      labels.push(value.label);
    }
    for await (const _ of c.paginate('/configuration/job-properties/{id}/values', {
      params: { id: 'p' },
      query: { pageSize: 50 },
    })) {
      // drain
    }
    expect(labels).toEqual(['A', 'B', 'C']);
    expect(queries).toEqual(['?pageSize=20000', '?pageSize=20000&page_id=n2', '?pageSize=50']);
  });

  it("pages a company's public postings by offset, 100 at a time", async () => {
    const queries: string[] = [];
    const all = Array.from({ length: 230 }, (_, i) => ({ id: String(i), name: `Job ${i}` }));
    server.use(
      http.get(`${BASE}/v1/companies/Acme/postings`, ({ request }) => {
        const url = new URL(request.url);
        queries.push(url.search);
        const offset = Number(url.searchParams.get('offset') ?? 0);
        const limit = Number(url.searchParams.get('limit') ?? 10);
        return HttpResponse.json({
          offset,
          limit,
          totalFound: all.length,
          content: all.slice(offset, offset + limit),
        });
      }),
    );
    const names: string[] = [];
    for await (const posting of client().paginate(`${POSTING_API}/companies/{companyIdentifier}/postings`, {
      params: { companyIdentifier: 'Acme' },
      query: { q: 'Job' },
    })) {
      expectTypeOf(posting).toEqualTypeOf<SrPostingListItem>();
      names.push(posting.name ?? '');
    }
    expect(names).toHaveLength(230);
    expect(names[229]).toBe('Job 229');
    expect(queries).toEqual([
      '?limit=100&q=Job',
      '?limit=100&q=Job&offset=100',
      '?limit=100&q=Job&offset=200',
    ]);
  });

  it("pages the Feed API's publications: items in jobs, counts as strings", async () => {
    const queries: string[] = [];
    server.use(
      http.get(`${BASE}/feed/publications`, ({ request }) => {
        const url = new URL(request.url);
        queries.push(url.search);
        const offset = Number(url.searchParams.get('offset') ?? 0);
        const jobs = [{ id: '1' }, { id: '2' }, { id: '3' }].slice(offset, offset + 2);
        return HttpResponse.json({
          Provider: 'board',
          limit: '2',
          offset: String(offset),
          totalFound: '3',
          jobs,
        });
      }),
    );
    const ids: string[] = [];
    for await (const ad of client().paginate(`${FEED_API}/publications`, {
      query: { status: 'Pending', limit: 2 },
    })) {
      expectTypeOf(ad).toEqualTypeOf<SrFeedJobAd>();
      ids.push(ad.id ?? '');
    }
    expect(ids).toEqual(['1', '2', '3']);
    expect(queries).toEqual(['?status=Pending&limit=2', '?status=Pending&limit=2&offset=2']);
    const page = await client().fetchPage(`${FEED_API}/publications`);
    expect(page.total).toBe(3);
    expect(queries[2]).toBe('?limit=100');
  });

  it('pages career sites by pageId, with SmartRecruiters’ own page size', async () => {
    const queries: string[] = [];
    server.use(
      http.get(`${BASE}/configuration/career-sites`, ({ request }) => {
        const url = new URL(request.url);
        queries.push(url.search);
        return url.searchParams.get('pageId')
          ? HttpResponse.json({ content: [{ id: 'cs2' }] })
          : HttpResponse.json({ content: [{ id: 'cs1' }], nextPageId: 'n', totalFound: 9 });
      }),
    );
    const ids: unknown[] = [];
    for await (const site of client().paginate('/configuration/career-sites')) ids.push(site.id);
    expect(ids).toEqual(['cs1', 'cs2']);
    expect(queries).toEqual(['', '?pageId=n']);
    // A cursor of this list cannot page by offset.
    await expect(
      client().fetchPage('/configuration/career-sites', { state: { kind: 'offset', offset: 1 } }),
    ).rejects.toThrow(/does not/);
  });

  it('reads the partner offers by offset, typed', async () => {
    server.use(
      http.get(`${BASE}/v1/offers`, ({ request }) => {
        const offset = Number(new URL(request.url).searchParams.get('offset') ?? 0);
        return HttpResponse.json({ offset, limit: 1, totalFound: 2, content: [{ n: offset }] });
      }),
    );
    const items: SrPartnerOffer[] = [];
    for await (const offer of client().paginate(`${PARTNERS_API}/offers`, { query: { limit: 1 } })) {
      expectTypeOf(offer).toEqualTypeOf<SrPartnerOffer>();
      items.push(offer);
    }
    expect(items).toEqual([{ n: 0 }, { n: 1 }]);
  });
});
