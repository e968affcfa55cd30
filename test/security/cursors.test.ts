/**
 * Tampered cursors: apps hand cursors to their own users, so a cursor may only continue the list
 * it came from. Each attack takes a genuine cursor, changes what it decodes to, and expects a
 * `ValidationError` with no request sent (the fake's request log is the witness).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NotFoundError,
  type SmartRecruiters,
  SmartRecruitersClient,
  ValidationError,
} from '../../src/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';
import { rejectsBeforeAnyRequest, requestsAfter, sdkFor } from '../helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;
let sr: SmartRecruiters;

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({
    rateLimits: false,
    latencyMs: 0,
    seed: 77,
    counts: { candidates: 6, jobs: 4, users: 5, accessGroups: 2 },
  });
  sr = sdkFor(fake, { rateLimit: false });
});
afterAll(() => fake.close());

type Decoded = Record<string, unknown> & { state?: unknown };

/** Decodes a cursor (or sync state), lets `change` edit it, and encodes it again. */
function tamper(cursor: string, change: (data: Decoded) => void): string {
  const data = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Decoded;
  change(data);
  return Buffer.from(JSON.stringify(data)).toString('base64url');
}

/** A genuine next-page cursor of the candidates list. */
async function candidatesCursor(): Promise<string> {
  const page = await sr.candidates.list({ limit: 2 });
  expect(page.next_cursor).not.toBeNull();
  return page.next_cursor!;
}

/** The fake's source types, those with the most values first. */
function sourceTypesBySize(): string[] {
  const count = new Map<string, number>();
  for (const value of fake.state.sourceValues.values()) {
    count.set(value.typeId, (count.get(value.typeId) ?? 0) + 1);
  }
  return [...count].sort((a, b) => b[1] - a[1]).map(([type]) => type);
}

/**
 * The hiring and configuration lists, each with a genuine cursor and a resume. Lists of one owner
 * (an application, a source type) take it as a parameter, so the cursor carries it.
 */
function hiringLists(): Array<
  [string, () => Promise<string | null>, (cursor: string) => PromiseLike<unknown>]
> {
  const interview = [...fake.state.interviews.values()][0]!;
  const application = fake.state.application(interview.candidateId, interview.jobId)!;
  const key = `${interview.candidateId}:${interview.jobId}`;
  const offer = [...fake.state.offers.values()][0]!;
  const sourceType = sourceTypesBySize()[0]!;
  /** A first-page cursor: these lists are too short on this fake to have a second page. */
  const start = (list: string, params: Record<string, unknown>) => async () =>
    Buffer.from(JSON.stringify({ v: 2, list, params, state: null })).toString('base64url');
  return [
    [
      'offers',
      async () => (await sr.offers.list({ limit: 1 })).next_cursor,
      (c) => sr.offers.list({ cursor: c }),
    ],
    [
      'application offers',
      start('offers', { application_id: `${offer.candidateId}:${offer.jobId}` }),
      (c) => sr.offers.list({ cursor: c }),
    ],
    [
      'offer documents',
      start(`offers/${offer.id}/documents`, {}),
      (c) => sr.offers.documents(offer.id, { cursor: c }),
    ],
    [
      'interviews',
      start('interviews', { job_application_id: application.id }),
      (c) => sr.interviews.list({ job_application_id: application.id, cursor: c }),
    ],
    [
      'scorecards',
      start('scorecards', { application_id: key }),
      (c) => sr.scorecards.list({ application_id: key, cursor: c }),
    ],
    [
      'offices',
      async () => (await sr.offices.list({ limit: 1 })).next_cursor,
      (c) => sr.offices.list({ cursor: c }),
    ],
    [
      'sources',
      async () => (await sr.sources.list({ type_id: sourceType, limit: 1 })).next_cursor,
      (c) => sr.sources.list({ type_id: sourceType, cursor: c }),
    ],
    [
      'source types',
      async () => (await sr.sources.types({ limit: 1 })).next_cursor,
      (c) => sr.sources.types({ cursor: c }),
    ],
    [
      'departments',
      async () => (await sr.departments.list({ limit: 1 })).next_cursor,
      (c) => sr.departments.list({ cursor: c }),
    ],
    [
      'reject reasons',
      async () => (await sr.rejectReasons.list({ limit: 1 })).next_cursor,
      (c) => sr.rejectReasons.list({ cursor: c }),
    ],
    [
      'job interview stages',
      async () => (await sr.jobInterviewStages.list({ limit: 1 })).next_cursor,
      (c) => sr.jobInterviewStages.list({ cursor: c }),
    ],
  ];
}

describe('a tampered cursor never reaches another path or sets another parameter', () => {
  it.each([
    ['another API', { kind: 'link', href: '/user-api/v201804/users' }],
    ['another API with a query', { kind: 'link', href: '/user-api/v201804/users?limit=100' }],
    ['a dot segment', { kind: 'link', href: '/candidates/../jobs' }],
    ['an encoded dot segment', { kind: 'link', href: '/candidates/%2e%2e/jobs' }],
    ['an encoded slash', { kind: 'link', href: '/candidates%2F..%2Fjobs' }],
    ['a backslash', { kind: 'link', href: '/candidates\\..\\jobs' }],
    ['another host', { kind: 'link', href: '//evil.example.com/candidates' }],
    ['an absolute URL', { kind: 'link', href: 'https://evil.example.com/candidates' }],
    ['a sub-resource', { kind: 'link', href: '/candidates/some-id/attachments' }],
    ['a parameter the list does not send', { kind: 'link', href: '/candidates?status=HIRED&pageId=x' }],
    ['another parameter as paging parameter', { kind: 'param', name: 'jobId', value: 'other-job' }],
    ['a filter as paging parameter', { kind: 'param', name: 'updatedAfter', value: '1970-01-01T00:00:00Z' }],
    ['a control character', { kind: 'param', name: 'pageId', value: 'x\r\nX-Injected: 1' }],
    ['an offset on a cursor-only list', { kind: 'offset', offset: 10 }],
    ['a negative offset', { kind: 'offset', offset: -1 }],
    ['an unknown kind', { kind: 'url', url: '/user-api/v201804/users' }],
  ])('candidates: %s', async (_name, state) => {
    const cursor = tamper(await candidatesCursor(), (data) => {
      data.state = state;
    });
    const issues = await rejectsBeforeAnyRequest(fake, () => sr.candidates.list({ cursor }));
    expect(issues[0]?.path).toEqual(['cursor']);
  });

  it("re-validates a cursor's filters like the caller's: unknown or malformed ones are refused", async () => {
    for (const change of [
      // Whatever the format holds the filters in, an extra parameter is refused.
      (data: Decoded) => {
        data.params = { ...(data.params as object), evil: 'x' };
        data.query = { ...(data.query as object), evil: 'x' };
      },
      (data: Decoded) => {
        data.params = { ...(data.params as object), updated_after: 'not a date', limit: 1000 };
        data.query = { ...(data.query as object), updatedAfter: 'not a date', limit: 1000 };
      },
      (data: Decoded) => {
        data.params = { ...(data.params as object), status: ['hired', { $ne: 1 }] };
        data.query = { ...(data.query as object), status: ['HIRED', { $ne: 1 }] };
      },
    ]) {
      const cursor = tamper(await candidatesCursor(), change);
      await rejectsBeforeAnyRequest(fake, () => sr.candidates.list({ cursor }));
    }
  });

  it("keeps the caller's scope: a cursor with other filters than the caller repeats is refused", async () => {
    const [jobA, jobB] = [...fake.state.jobs.keys()];
    const mine = await sr.candidates.list({ job_id: jobA!, limit: 1 });
    const theirs = await sr.candidates.list({ job_id: jobB!, limit: 1 });
    const cursor = theirs.next_cursor ?? mine.next_cursor!;
    const scoped = tamper(cursor, (data) => {
      data.params = { ...(data.params as object), job_id: jobB };
      data.query = { ...(data.query as object), jobId: [jobB] };
    });
    await rejectsBeforeAnyRequest(fake, () => sr.candidates.list({ cursor: scoped, job_id: jobA! }));
  });

  it("keeps an owner's scope: a cursor of another application, or another source type, is refused", async () => {
    const [a, b] = [...fake.state.interviews.values()];
    const appA = fake.state.application(a!.candidateId, a!.jobId)!;
    const appB = fake.state.application(b!.candidateId, b!.jobId)!;
    expect(appA.id).not.toBe(appB.id);
    const theirs = Buffer.from(
      JSON.stringify({ v: 2, list: 'interviews', params: { job_application_id: appB.id }, state: null }),
    ).toString('base64url');
    await rejectsBeforeAnyRequest(fake, () =>
      sr.interviews.list({ job_application_id: appA.id, cursor: theirs }),
    );
    const keyB = `${b!.candidateId}:${b!.jobId}`;
    const scorecards = Buffer.from(
      JSON.stringify({ v: 2, list: 'scorecards', params: { application_id: keyB }, state: null }),
    ).toString('base64url');
    await rejectsBeforeAnyRequest(fake, () =>
      sr.scorecards.list({ application_id: `${a!.candidateId}:${a!.jobId}`, cursor: scorecards }),
    );
    const types = sourceTypesBySize();
    const genuine = (await sr.sources.list({ type_id: types[0]!, limit: 1 })).next_cursor!;
    const sources = tamper(genuine, (data) => {
      data.params = { ...(data.params as object), type_id: types[1] };
    });
    await rejectsBeforeAnyRequest(fake, () => sr.sources.list({ type_id: types[0]!, cursor: sources }));
    // A cursor's type names one path segment, checked and encoded like the caller's.
    const withType = (type: unknown) =>
      tamper(genuine, (data) => {
        data.params = { ...(data.params as object), type_id: type };
      });
    for (const type of ['..', '', ' JOB_BOARDS', 42]) {
      await rejectsBeforeAnyRequest(fake, () => sr.sources.list({ cursor: withType(type) } as never));
    }
    const seq = fake.requests.length;
    await expect(sr.sources.list({ cursor: withType('../../candidates') } as never)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(requestsAfter(fake, seq).map((r) => [r.route, r.path])).toEqual([
      [
        'GET /configuration/sources/{sourceType}/values',
        '/configuration/sources/..%2F..%2Fcandidates/values',
      ],
    ]);
    // Another list's cursor: an offers cursor is refused by offices.
    const offers = (await sr.offers.list({ limit: 1 })).next_cursor!;
    await rejectsBeforeAnyRequest(fake, () => sr.offices.list({ cursor: offers }));
  });

  it('every unified list refuses a position on another path', async () => {
    const groupId = [...fake.state.accessGroups.keys()][0]!;
    const sub = await sr.webhooks.create({
      callback_url: 'https://hooks.example.com/a',
      events: ['job.created'],
    });
    const other = await sr.webhooks.create({
      callback_url: 'https://hooks.example.com/b',
      events: ['job.created'],
    });
    const lists: Array<[string, () => Promise<string | null>, (cursor: string) => PromiseLike<unknown>]> = [
      [
        'jobs',
        async () => (await sr.jobs.list({ limit: 1 })).next_cursor,
        (c) => sr.jobs.list({ cursor: c }),
      ],
      [
        'users',
        async () => (await sr.users.list({ limit: 1 })).next_cursor,
        (c) => sr.users.list({ cursor: c }),
      ],
      [
        'applications',
        async () => (await sr.applications.list({ limit: 1 })).next_cursor,
        (c) => sr.applications.list({ cursor: c }),
      ],
      [
        'group members',
        async () => (await sr.groups.members(groupId, { limit: 1 })).next_cursor,
        (c) => sr.groups.members(groupId, { cursor: c }),
      ],
      [
        'roles',
        async () => (await sr.roles.list({ limit: 1 })).next_cursor,
        (c) => sr.roles.list({ cursor: c }),
      ],
      [
        'groups',
        async () => (await sr.groups.list({ limit: 1 })).next_cursor,
        (c) => sr.groups.list({ cursor: c }),
      ],
      ...hiringLists(),
    ];
    for (const [name, first, resume] of lists) {
      const genuine = await first();
      expect(genuine, name).not.toBeNull();
      for (const state of [
        { kind: 'link', href: '/user-api/v201804/system-roles' },
        { kind: 'link', href: `/webhooks-api/v201907/subscriptions/${other.id}/callbacks-log` },
        { kind: 'param', name: 'q', value: 'x' },
      ]) {
        const cursor = tamper(genuine!, (data) => {
          data.state = state;
        });
        await rejectsBeforeAnyRequest(fake, () => resume(cursor));
      }
    }
    // The callbacks log of one subscription: a cursor of another's is refused.
    const log = tamper(
      Buffer.from(
        JSON.stringify({ v: 2, list: `webhooks/${sub.id}/callbacks`, params: {}, state: null }),
      ).toString('base64url'),
      (data) => {
        data.state = { kind: 'link', href: `/webhooks-api/v201907/subscriptions/${other.id}/callbacks-log` };
      },
    );
    await rejectsBeforeAnyRequest(fake, () => sr.webhooks.callbacks(sub.id, { cursor: log }));
  });

  it('the raw client refuses a page state of another list before any request', async () => {
    const client = new SmartRecruitersClient({ apiKey: fake.apiKey, baseUrl: fake.url, rateLimit: false });
    for (const state of [
      { kind: 'link' as const, href: '/user-api/v201804/users' },
      { kind: 'link' as const, href: '/candidates/../user-api/v201804/users' },
      { kind: 'param' as const, name: 'status', value: 'HIRED' },
    ]) {
      await rejectsBeforeAnyRequest(fake, () => client.fetchPage('/candidates', { state }));
    }
  });

  it('a tampered sync state is refused like a cursor', async () => {
    const items = [];
    for await (const item of sr.candidates.sync({ limit: 2 })) {
      items.push(item);
      if (items.length === 1) break;
    }
    const state = tamper(items[0]!.state, (data) => {
      (data.page as Decoded).state = { kind: 'link', href: '/user-api/v201804/users' };
    });
    expect(() => sr.candidates.sync({ state })).not.toThrow();
    const before = fake.requests.length;
    await expect(
      (async () => {
        for await (const _ of sr.candidates.sync({ state })) {
          // nothing may be read
        }
      })(),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(fake.requests.length).toBe(before);
  });
});

describe('errors do not repeat caller values that may be personal data', () => {
  it('an application id that is an email', async () => {
    const email = 'ada.lovelace@example.com';
    let error: unknown;
    try {
      await sr.applications.get(email);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    const text = `${(error as Error).message} ${JSON.stringify((error as ValidationError).toJSON())}`;
    expect(text).not.toContain('ada');
    expect(text).toContain('applicationId(');
  });

  it('a cursor of another list does not repeat a list name it does not know', async () => {
    const cursor = Buffer.from(
      JSON.stringify({ v: 2, list: 'ada.lovelace@example.com', params: {}, state: null }),
    ).toString('base64url');
    const issues = await rejectsBeforeAnyRequest(fake, () => sr.candidates.list({ cursor }));
    expect(JSON.stringify(issues)).not.toContain('ada');
  });
});
