import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import {
  AUDIT_EVENTS_MAX_LIMIT,
  checkPageState,
  FEED_MAX_LIMIT,
  FIRST_PAGE_NUMBER,
  JOB_PROPERTY_VALUES_MAX_PAGE_SIZE,
  listItems,
  listTotal,
  MAX_OFFSET,
  maxLimit,
  nextLink,
  nextPageState,
  OFFERS_MAX_LIMIT,
  POSTINGS_MAX_LIMIT,
  PREDEFINED_LOCATIONS_MAX_PAGE_SIZE,
  pagingDefaults,
  SCHEDULING_MAX_PAGE_SIZE,
  SOURCE_VALUES_MAX_LIMIT,
  stateQuery,
  WEBHOOKS_MAX_LIMIT,
} from '../../src/internal/paging.js';

const base = {
  origin: 'https://api.smartrecruiters.com',
  basePath: '',
  headers: new Headers(),
  previous: null,
};

describe('paging styles', () => {
  it('reads items from bare arrays and content envelopes', () => {
    expect(listItems([1, 2])).toEqual([1, 2]);
    expect(listItems({ content: [3], totalFound: 1 })).toEqual([3]);
    expect(listItems({})).toEqual([]);
    expect(() => listItems({ id: 'x' })).toThrow(/not a SmartRecruiters list/);
    expect(listTotal({ totalFound: 7 })).toBe(7);
    expect(listTotal({ content: [] })).toBeNull();
  });

  it("reads a route's own items field and counts sent as strings (the Feed API)", () => {
    const feed = { jobs: [{ id: '1' }], totalFound: '12', offset: '0', limit: '1' };
    expect(listItems(feed, '/feed/publications')).toEqual([{ id: '1' }]);
    // Elsewhere `jobs` is not a list's items.
    expect(() => listItems(feed, '/candidates')).toThrow(/not a SmartRecruiters list/);
    expect(listTotal(feed)).toBe(12);
    expect(listTotal({ totalFound: '-1' })).toBeNull();
    expect(listTotal({ totalFound: 1.5 })).toBeNull();
    expect(
      nextPageState({ ...base, path: '/feed/publications', body: { ...feed, offset: '5' }, itemCount: 1 }),
    ).toEqual({ kind: 'offset', offset: 6 });
  });

  it('sends nextPageId back in the route’s own paging parameter (page_id on job property values)', () => {
    const state = nextPageState({
      ...base,
      path: '/configuration/job-properties/p1/values',
      body: { content: [1], nextPageId: 'n2' },
      itemCount: 1,
    });
    expect(state).toEqual({ kind: 'param', name: 'page_id', value: 'n2' });
    const list = { path: '/configuration/job-properties/p1/values', query: {} };
    expect(() => checkPageState(state, list)).not.toThrow();
    expect(stateQuery(state, list)).toEqual({ page_id: 'n2' });
    expect(() => checkPageState({ kind: 'param', name: 'pageId', value: 'n2' }, list)).toThrow(
      ValidationError,
    );
    expect(pagingDefaults('/configuration/job-properties/p1/values/v1/dependents/d1/values', {})).toEqual({
      pageSize: JOB_PROPERTY_VALUES_MAX_PAGE_SIZE,
    });
  });

  it('parses Link headers with several relations', () => {
    expect(nextLink('<https://a/x?p=1>; rel="prev", <https://a/x?p=3>; rel="next"')).toBe('https://a/x?p=3');
    expect(nextLink('</candidates?pageId=2>; rel=next')).toBe('/candidates?pageId=2');
    expect(nextLink('<https://a/self>; rel=self')).toBeNull();
    expect(nextLink(null)).toBeNull();
  });

  it('prefers nextPageId', () => {
    expect(
      nextPageState({ ...base, path: '/candidates', body: { nextPageId: 'n1', content: [1] }, itemCount: 1 }),
    ).toEqual({ kind: 'param', name: 'pageId', value: 'n1' });
  });

  it("reduces a Link target to the list's paging parameter, relative to the base URL", () => {
    const headers = new Headers({ link: '<https://proxy.test/sr/candidates?limit=2&pageId=z>; rel="next"' });
    const at = {
      ...base,
      origin: 'https://proxy.test',
      basePath: '/sr',
      headers,
      body: { content: [1] },
      itemCount: 1,
    };
    expect(nextPageState({ ...at, path: '/candidates' })).toEqual({
      kind: 'param',
      name: 'pageId',
      value: 'z',
    });
    // The webhooks API's snake_case page_id.
    const webhooks = new Headers({
      link: '<https://proxy.test/sr/webhooks-api/v201907/subscriptions?page_id=p2&limit=5>; rel="next"',
    });
    expect(nextPageState({ ...at, headers: webhooks, path: '/webhooks-api/v201907/subscriptions' })).toEqual({
      kind: 'param',
      name: 'page_id',
      value: 'p2',
    });
    // A route the SDK does not know keeps the link's path and paging parameters only.
    const unknown = new Headers({
      link: '</sr/messages?pageId=m2&limit=3&candidateId=c&extra=1>; rel="next"',
    });
    expect(
      nextPageState({ ...at, headers: unknown, path: '/messages', query: { candidateId: 'c' } }),
    ).toEqual({
      kind: 'param',
      name: 'pageId',
      value: 'm2',
    });
  });

  it('refuses to follow a Link to another host, another path, or without a paging parameter', () => {
    const at = { ...base, path: '/candidates', body: { content: [1] }, itemCount: 1 };
    const link = (target: string) => new Headers({ link: `<${target}>; rel="next"` });
    expect(() => nextPageState({ ...at, headers: link('https://evil.test/candidates?pageId=x') })).toThrow(
      /another host/,
    );
    expect(() => nextPageState({ ...at, headers: link('/user-api/v201804/users?pageId=x') })).toThrow(
      /another path/,
    );
    expect(() => nextPageState({ ...at, headers: link('/candidates?cursor=x') })).toThrow(
      /no paging parameter/,
    );
  });

  it('pages by offset only where SR pages by offset', () => {
    const body = { offset: 0, limit: 2, totalFound: 5, content: [1, 2] };
    expect(nextPageState({ ...base, path: '/offers', body, itemCount: 2 })).toEqual({
      kind: 'offset',
      offset: 2,
    });
    expect(
      nextPageState({ ...base, path: '/offers', body: { ...body, offset: 4 }, itemCount: 1 }),
    ).toBeNull();
    // Cursor routes carry offset/totalFound too; their last page has no nextPageId and must stop.
    expect(nextPageState({ ...base, path: '/candidates', body, itemCount: 2 })).toBeNull();
    expect(
      nextPageState({
        ...base,
        path: '/configuration/sources/x/values',
        previous: { kind: 'param', name: 'pageId', value: 'p' },
        body,
        itemCount: 2,
      }),
    ).toBeNull();
  });

  it("asks for SR's largest page and adds sort=job_id to /jobs, unless the caller chose", () => {
    expect(pagingDefaults('/jobs', {})).toEqual({ sort: 'job_id', limit: 100 });
    expect(pagingDefaults('/jobs', { sort: 'default', limit: 5 })).toEqual({});
    expect(pagingDefaults('/candidates', {})).toEqual({ limit: 100 });
    expect(pagingDefaults('/user-api/v201804/users', {})).toEqual({ limit: 100 });
    expect(pagingDefaults('/webhooks-api/v201907/subscriptions', {})).toEqual({ limit: WEBHOOKS_MAX_LIMIT });
    expect(pagingDefaults('/webhooks-api/v201907/subscriptions/s%201/callbacks-log', {})).toEqual({
      limit: WEBHOOKS_MAX_LIMIT,
    });
    expect(pagingDefaults('/offers', {})).toEqual({ limit: OFFERS_MAX_LIMIT });
    expect(pagingDefaults('/offers', { limit: 3 })).toEqual({});
    expect(pagingDefaults('/configuration/sources/JOB_BOARDS/values', {})).toEqual({
      limit: SOURCE_VALUES_MAX_LIMIT,
    });
    // Predefined locations name their page size `pageSize`.
    expect(pagingDefaults('/configuration/predefined-locations', {})).toEqual({
      pageSize: PREDEFINED_LOCATIONS_MAX_PAGE_SIZE,
    });
    expect(pagingDefaults('/configuration/predefined-locations', { pageSize: 7 })).toEqual({});
    expect(pagingDefaults('/v1/companies/Acme/postings', {})).toEqual({ limit: POSTINGS_MAX_LIMIT });
    expect(pagingDefaults('/feed/publications', {})).toEqual({ limit: FEED_MAX_LIMIT });
    expect(pagingDefaults('/configuration/job-properties/p/values', {})).toEqual({
      pageSize: JOB_PROPERTY_VALUES_MAX_PAGE_SIZE,
    });
    // Career sites and access groups page by pageId with pageSize, but SR documents no maximum.
    expect(pagingDefaults('/configuration/career-sites', {})).toEqual({});
    expect(pagingDefaults('/configuration/access-groups', {})).toEqual({});
    // Routes SR returns whole, or whose paging the SDK does not know, keep SR's default.
    expect(pagingDefaults('/candidates/c1/jobs/j1/offers', {})).toEqual({});
    expect(pagingDefaults('/interviews-api/v201904/interviews', {})).toEqual({});
    expect(maxLimit('/configuration/departments')).toBeUndefined();
  });

  it('pages predefined locations by pageId only, with pageSize as their page size', () => {
    const offices = { path: '/configuration/predefined-locations', query: { pageSize: 100 } };
    expect(
      nextPageState({ ...base, path: offices.path, body: { nextPageId: 'o2', content: [1] }, itemCount: 1 }),
    ).toEqual({ kind: 'param', name: 'pageId', value: 'o2' });
    // No nextPageId: the last page, whatever offset/totalFound say.
    const body = { offset: 0, totalFound: 5, content: [1, 2] };
    expect(nextPageState({ ...base, path: offices.path, body, itemCount: 2 })).toBeNull();
    expect(() => checkPageState({ kind: 'offset', offset: 2 }, offices)).toThrow(ValidationError);
    expect(() => checkPageState({ kind: 'param', name: 'page_id', value: 'x' }, offices)).toThrow(
      ValidationError,
    );
    expect(() =>
      checkPageState(
        { kind: 'link', href: '/configuration/predefined-locations?pageId=x&pageSize=5' },
        offices,
      ),
    ).not.toThrow();
    expect(() =>
      checkPageState({ kind: 'link', href: '/configuration/predefined-locations?pageId=x&limit=5' }, offices),
    ).toThrow(/query parameter/);
  });
});

describe('checkPageState: a position may only continue its own list', () => {
  const candidates = { path: '/candidates', query: { limit: 100, jobId: ['j1'] } };
  const refused = (state: unknown, list: { path: string; query: Record<string, unknown> } = candidates) => {
    try {
      checkPageState(state, list);
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      return (error as ValidationError).issues[0]?.message;
    }
    return undefined;
  };

  it("accepts the list's own paging parameter, bounded offsets where SR pages by offset, and links of its path", () => {
    expect(refused(null)).toBeUndefined();
    expect(refused({ kind: 'param', name: 'pageId', value: 'abc==' })).toBeUndefined();
    const offers = { path: '/offers', query: {} };
    expect(refused({ kind: 'offset', offset: 0 }, offers)).toBeUndefined();
    expect(refused({ kind: 'offset', offset: MAX_OFFSET }, offers)).toBeUndefined();
    expect(refused({ kind: 'link', href: '/candidates?jobId=j1&pageId=x&limit=5' })).toBeUndefined();
  });

  it.each([
    [{ kind: 'param', name: 'jobId', value: 'other-job' }, /paging parameter/],
    [{ kind: 'param', name: 'page_id', value: 'x' }, /paging parameter/],
    [{ kind: 'param', name: 'pageId', value: '' }, /invalid page id/],
    [{ kind: 'param', name: 'pageId', value: 'a&jobId=x' }, undefined],
    [{ kind: 'param', name: 'pageId', value: 'a\nb' }, /invalid page id/],
    [{ kind: 'param', name: 'pageId', value: 'x'.repeat(5000) }, /invalid page id/],
    [{ kind: 'offset', offset: 10 }, /by offset/],
    [{ kind: 'link', href: '/user-api/v201804/users' }, /another path/],
    [{ kind: 'link', href: '/candidates/../jobs' }, /another path/],
    [{ kind: 'link', href: '/candidates/%2e%2e/jobs' }, /another path/],
    [{ kind: 'link', href: '/candidates%2F..%2Fjobs' }, /another path/],
    [{ kind: 'link', href: '//evil.test/candidates' }, /another path/],
    [{ kind: 'link', href: '/Candidates' }, /another path/],
    [{ kind: 'link', href: '/candidates\\..\\jobs' }, /invalid next-page link/],
    [{ kind: 'link', href: '/candidates#x' }, /invalid next-page link/],
    [{ kind: 'link', href: '/candidates?status=HIRED' }, /query parameter/],
    [{ kind: 'link', href: '/candidates?pageId=x&__proto__=1' }, /query parameter/],
    [{ kind: 'other' }, /invalid page position/],
    [[], /invalid page position/],
    ['pageId=x', /invalid page position/],
  ])('refuses %j', (state, message) => {
    if (message === undefined) expect(refused(state)).toBeUndefined();
    else expect(refused(state)).toMatch(message);
  });

  it.each([-1, 1.5, MAX_OFFSET + 1, Number.NaN, '10'])('refuses offset %j', (offset) => {
    expect(refused({ kind: 'offset', offset }, { path: '/offers', query: {} })).toMatch(/offset/);
  });

  it("sends only the state's paging parameter: a link's copies of the list's filters are not used", () => {
    expect(stateQuery({ kind: 'param', name: 'pageId', value: 'p' }, candidates)).toEqual({ pageId: 'p' });
    expect(stateQuery({ kind: 'offset', offset: 7 }, { path: '/offers', query: {} })).toEqual({ offset: 7 });
    expect(stateQuery({ kind: 'link', href: '/candidates?jobId=evil&pageId=x&limit=5' }, candidates)).toEqual(
      {
        pageId: 'x',
      },
    );
    expect(stateQuery(null, candidates)).toEqual({});
  });
});

describe('the scheduling, approvals and audit lists', () => {
  const templates = '/interview-templates/templates';
  const events = '/event-management-api/events';
  const page = (n: number) => ({ kind: 'page', page: n }) as const;

  it('reads the interview templates page (`contents`, `totalElements`) as any SR list', () => {
    expect(listItems({ contents: [1, 2], totalElements: 9 })).toEqual([1, 2]);
    expect(listTotal({ contents: [], totalElements: 9 })).toBe(9);
    // `content` wins when both are there; a `contents` that is not an array is no list.
    expect(listItems({ content: [1], contents: [2] })).toEqual([1]);
    expect(() => listItems({ contents: 'x' })).toThrow(/not a SmartRecruiters list/);
  });

  it('asks for the largest page in each list own size parameter', () => {
    expect(pagingDefaults(templates, {})).toEqual({ pageSize: SCHEDULING_MAX_PAGE_SIZE });
    expect(pagingDefaults('/interview-templates/interview/templates', {})).toEqual({
      limit: SCHEDULING_MAX_PAGE_SIZE,
    });
    expect(pagingDefaults(events, { jobId: 'j' })).toEqual({ pageSize: SCHEDULING_MAX_PAGE_SIZE });
    expect(pagingDefaults('/event-management-api/events/e1/pool-applicants', { pageSize: 5 })).toEqual({});
    expect(pagingDefaults('/self-scheduling/self-schedules', {})).toEqual({
      limit: SCHEDULING_MAX_PAGE_SIZE,
    });
    expect(pagingDefaults('/audit-api/v201910/audit-events', {})).toEqual({ limit: AUDIT_EVENTS_MAX_LIMIT });
    // Approvals take no page size; comments and an event's applicants come whole.
    expect(pagingDefaults('/approvals-api/v201910/approvals', {})).toEqual({});
    expect(pagingDefaults('/approvals-api/v201910/approvals/a1/comments', {})).toEqual({});
    expect(pagingDefaults('/event-management-api/events/e1/applicants', {})).toEqual({});
  });

  it('pages page-number lists by their totals, whatever numbering SR uses', () => {
    const at = (previous: ReturnType<typeof page> | null, body: Record<string, unknown>, itemCount: number) =>
      nextPageState({ ...base, path: templates, query: { pageSize: 2 }, previous, body, itemCount });
    // The first page is asked without `page`; the next is FIRST_PAGE_NUMBER + 1.
    expect(at(null, { contents: [1, 2], totalElements: 5 }, 2)).toEqual(page(FIRST_PAGE_NUMBER + 1));
    expect(at(page(1), { contents: [3, 4], totalElements: 5 }, 2)).toEqual(page(2));
    // Pages are counted from 1 whatever SR's base: the last full count costs one empty page, no items.
    expect(at(page(2), { contents: [5], totalElements: 5 }, 1)).toEqual(page(3));
    expect(at(page(3), { contents: [], totalElements: 5 }, 0)).toBeNull();
    expect(at(null, { contents: [1, 2], totalElements: 2 }, 2)).toBeNull();
    // `last` and `totalPages` decide when SR gives them.
    expect(at(page(1), { content: [3, 4], last: true, totalElements: 99 }, 2)).toBeNull();
    expect(at(page(1), { content: [3, 4], last: false }, 2)).toEqual(page(2));
    expect(at(null, { content: [1, 2], totalPages: 1 }, 2)).toBeNull();
    expect(at(null, { content: [1, 2], totalPages: 2 }, 2)).toEqual(page(1));
    // Without totals, a full page may have more after it; a short one is the last.
    expect(at(null, { content: [1, 2] }, 2)).toEqual(page(1));
    expect(at(page(1), { content: [3] }, 1)).toBeNull();
    expect(at(page(MAX_OFFSET), { content: [3, 4] }, 2)).toBeNull();
  });

  it('follows a page number in a Link header, and nothing else there', () => {
    const at = { ...base, path: events, query: { jobId: 'j' }, body: { content: [1] }, itemCount: 1 };
    const link = (target: string) => new Headers({ link: `<${target}>; rel="next"` });
    expect(nextPageState({ ...at, headers: link(`${events}?jobId=j&page=4&pageSize=1`) })).toEqual(page(4));
    expect(() => nextPageState({ ...at, headers: link(`${events}?jobId=j&pageId=x`) })).toThrow(
      /no page number/,
    );
    expect(() => nextPageState({ ...at, headers: link(`${events}?page=1&page=2`) })).toThrow(
      /no page number/,
    );
  });

  it('keeps page numbers to page-number lists', () => {
    const list = { path: templates, query: { pageSize: 100 } };
    expect(() => checkPageState(page(3), list)).not.toThrow();
    expect(stateQuery(page(3), list)).toEqual({ page: 3 });
    expect(() => checkPageState(page(-1), list)).toThrow(/page number/);
    expect(() => checkPageState({ kind: 'page', page: 1.5 }, list)).toThrow(/page number/);
    expect(() => checkPageState({ kind: 'offset', offset: 3 }, list)).toThrow(/by offset/);
    expect(() => checkPageState({ kind: 'param', name: 'pageId', value: 'x' }, list)).toThrow(
      /paging parameter/,
    );
    expect(() => checkPageState(page(1), { path: '/offers', query: {} })).toThrow(/by page number/);
    expect(() => checkPageState(page(1), { path: '/candidates', query: {} })).toThrow(/by page number/);
  });

  it("sends the audit log's cursor back as `nextPageId`, the name SR gives it both ways", () => {
    const audit = '/audit-api/v201910/audit-events';
    expect(
      nextPageState({ ...base, path: audit, body: { content: [1], nextPageId: 'n2' }, itemCount: 1 }),
    ).toEqual({ kind: 'param', name: 'nextPageId', value: 'n2' });
    expect(() =>
      checkPageState({ kind: 'param', name: 'pageId', value: 'n2' }, { path: audit, query: {} }),
    ).toThrow(/paging parameter/);
    expect(
      nextPageState({ ...base, path: audit, body: { content: [1], limit: 1 }, itemCount: 1 }),
    ).toBeNull();
  });

  it('pages approvals by pageId, from the answer or its Link header', () => {
    const approvals = '/approvals-api/v201910/approvals';
    expect(
      nextPageState({ ...base, path: approvals, body: { content: [1], nextPageId: 'a2' }, itemCount: 1 }),
    ).toEqual({ kind: 'param', name: 'pageId', value: 'a2' });
    const headers = new Headers({ link: `<${approvals}?pageId=a3>; rel="next"` });
    expect(
      nextPageState({ ...base, headers, path: approvals, body: { content: [1] }, itemCount: 1 }),
    ).toEqual({
      kind: 'param',
      name: 'pageId',
      value: 'a3',
    });
    expect(nextPageState({ ...base, path: approvals, body: { content: [1] }, itemCount: 1 })).toBeNull();
  });

  it('fails loudly when a list SR answers whole announces a next page', () => {
    for (const path of [
      '/approvals-api/v201910/approvals/a1/comments',
      '/event-management-api/events/e1/applicants',
      '/event-management-api/events/applications/app1',
      '/event-management-api/events/candidates/c1',
    ]) {
      expect(
        nextPageState({ ...base, path, body: { content: [1], totalFound: 9 }, itemCount: 1 }),
      ).toBeNull();
      expect(() =>
        nextPageState({ ...base, path, body: { content: [1], nextPageId: 'x' }, itemCount: 1 }),
      ).toThrow(/answers whole/);
      expect(() =>
        nextPageState({
          ...base,
          path,
          headers: new Headers({ link: `<${path}?page=2>; rel="next"` }),
          body: { content: [1] },
          itemCount: 1,
        }),
      ).toThrow(/answers whole/);
      expect(() => checkPageState({ kind: 'offset', offset: 1 }, { path, query: {} })).toThrow(/by offset/);
    }
  });

  it('pages self-schedules by offset, and a known offset list without its total while pages are full', () => {
    const path = '/self-scheduling/self-schedules';
    const query = { applicationId: 'a', limit: 2 };
    expect(
      nextPageState({
        ...base,
        path,
        query,
        body: { content: [1, 2], offset: 0, totalFound: 3 },
        itemCount: 2,
      }),
    ).toEqual({ kind: 'offset', offset: 2 });
    expect(
      nextPageState({ ...base, path, query, body: { content: [3], offset: 2, totalFound: 3 }, itemCount: 1 }),
    ).toBeNull();
    expect(nextPageState({ ...base, path, query, body: { content: [1, 2] }, itemCount: 2 })).toEqual({
      kind: 'offset',
      offset: 2,
    });
    expect(
      nextPageState({
        ...base,
        path,
        query,
        previous: { kind: 'offset', offset: 2 },
        body: { content: [3] },
        itemCount: 1,
      }),
    ).toBeNull();
    // A list the SDK does not know still stops without a total.
    expect(
      nextPageState({ ...base, path: '/unknown', query, body: { content: [1, 2] }, itemCount: 2 }),
    ).toBeNull();
  });
});
