/**
 * Property: random and tampered cursors (and sync states) fed to every unified list give typed
 * errors only, never hang, and never make a request off the list's own routes. The fake's request
 * log records every request made.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SmartRecruiters, SmartRecruitersError } from '../../src/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';
import { requestsAfter, sdkFor } from '../helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;
let sr: SmartRecruiters;
let subscriptionId: string;

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({
    rateLimits: false,
    latencyMs: 0,
    seed: 99,
    counts: { candidates: 5, jobs: 3, users: 4, accessGroups: 2 },
  });
  sr = sdkFor(fake, { rateLimit: false, maxRetries: 0, timeoutMs: 5_000 });
  subscriptionId = (
    await sr.webhooks.create({ callback_url: 'https://hooks.example.com/p', events: ['job.created'] })
  ).id;
});
afterAll(() => fake.close());

const APPLICATION_READS = [
  'GET /candidates/{id}/jobs/{jobId}',
  'GET /candidates/{id}/jobs/{jobId}/status/history',
  'GET /candidates/{id}/jobs/{jobId}/properties',
  'GET /candidates/{id}/jobs/{jobId}/screening-answers',
];

interface ListUnderTest {
  name: string;
  /** A genuine cursor of the list, to tamper with. */
  genuine: () => Promise<string>;
  /** Reads the first page from a cursor. */
  resume: (cursor: string) => PromiseLike<unknown>;
  /** The routes this list may request. */
  routes: readonly string[];
}

const lists: ListUnderTest[] = [
  {
    name: 'candidates',
    genuine: async () => (await sr.candidates.list({ limit: 2 })).next_cursor!,
    resume: (cursor) => sr.candidates.list({ cursor }),
    routes: ['GET /candidates', 'GET /candidates/{id}'],
  },
  {
    name: 'applications',
    genuine: async () => (await sr.applications.list({ limit: 2 })).next_cursor!,
    resume: (cursor) => sr.applications.list({ cursor }),
    routes: ['GET /candidates', 'GET /candidates/{id}', ...APPLICATION_READS],
  },
  {
    name: 'jobs',
    genuine: async () => (await sr.jobs.list({ limit: 1 })).next_cursor!,
    resume: (cursor) => sr.jobs.list({ cursor }),
    routes: ['GET /jobs', 'GET /jobs/{jobId}'],
  },
  {
    name: 'users',
    genuine: async () => (await sr.users.list({ limit: 1 })).next_cursor!,
    resume: (cursor) => sr.users.list({ cursor }),
    routes: [
      'GET /user-api/v201804/users',
      'GET /user-api/v201804/users/{id}',
      'GET /user-api/v201804/access-groups',
    ],
  },
  {
    name: 'group members',
    genuine: async () =>
      (await sr.groups.members([...fake.state.accessGroups.keys()][0]!, { limit: 1 })).next_cursor!,
    resume: (cursor) => sr.groups.members([...fake.state.accessGroups.keys()][0]!, { cursor }),
    routes: ['GET /user-api/v201804/users', 'GET /user-api/v201804/access-groups'],
  },
  {
    name: 'roles',
    genuine: async () => (await sr.roles.list({ limit: 1 })).next_cursor!,
    resume: (cursor) => sr.roles.list({ cursor }),
    routes: ['GET /user-api/v201804/system-roles'],
  },
  {
    name: 'groups',
    genuine: async () => (await sr.groups.list({ limit: 1 })).next_cursor!,
    resume: (cursor) => sr.groups.list({ cursor }),
    routes: ['GET /user-api/v201804/access-groups'],
  },
  {
    name: 'webhooks',
    genuine: async () =>
      Buffer.from(JSON.stringify({ v: 2, list: 'webhooks', params: {}, state: null })).toString('base64url'),
    resume: (cursor) => sr.webhooks.list({ cursor }),
    routes: ['GET /webhooks-api/v201907/subscriptions'],
  },
  {
    name: 'callbacks log',
    genuine: async () =>
      Buffer.from(
        JSON.stringify({ v: 2, list: `webhooks/${subscriptionId}/callbacks`, params: {}, state: null }),
      ).toString('base64url'),
    resume: (cursor) => sr.webhooks.callbacks(subscriptionId, { cursor }),
    routes: ['GET /webhooks-api/v201907/subscriptions/{id}/callbacks-log'],
  },
];

/** A first-page cursor of `list` with `params`, as the SDK writes it. */
function firstPage(list: string, params: Record<string, unknown> = {}): string {
  return Buffer.from(JSON.stringify({ v: 2, list, params, state: null })).toString('base64url');
}

/** An application of the fake's (the first one with an interview when there is one). */
function someApplication() {
  const interview = [...fake.state.interviews.values()][0];
  const application = interview
    ? fake.state.application(interview.candidateId, interview.jobId)!
    : [...fake.state.applications.values()][0]!;
  return { id: application.id, key: `${application.candidateId}:${application.jobId}` };
}

// The hiring and configuration lists. Those of one owner are resumed from the cursor alone: the
// owner (an application, a source type) is then the tampered cursor's own.
lists.push(
  {
    name: 'offers',
    genuine: async () => firstPage('offers', { limit: 1 }),
    resume: (cursor) => sr.offers.list({ cursor }),
    routes: [
      'GET /offers',
      'GET /candidates/{id}/jobs/{jobId}/offers',
      'GET /configuration/offer-properties',
    ],
  },
  {
    name: 'offer documents',
    genuine: async () => firstPage('offers/o1/documents'),
    resume: (cursor) => sr.offers.documents('o1', { cursor }),
    routes: ['GET /offers/{offerId}/documents'],
  },
  {
    name: 'interviews',
    genuine: async () => firstPage('interviews', { job_application_id: someApplication().id }),
    resume: (cursor) => sr.interviews.list({ cursor } as never),
    routes: ['GET /interviews-api/v201904/interviews'],
  },
  {
    name: 'scorecards',
    genuine: async () => firstPage('scorecards', { application_id: someApplication().key }),
    resume: (cursor) => sr.scorecards.list({ cursor } as never),
    routes: ['GET /reviews-api/v201910/reviews'],
  },
  {
    name: 'offices',
    genuine: async () => (await sr.offices.list({ limit: 1 })).next_cursor!,
    resume: (cursor) => sr.offices.list({ cursor }),
    routes: ['GET /configuration/predefined-locations'],
  },
  {
    name: 'sources',
    genuine: async () => firstPage('sources', { type_id: 'JOB_BOARDS', limit: 1 }),
    resume: (cursor) => sr.sources.list({ cursor } as never),
    routes: ['GET /configuration/sources/{sourceType}/values', 'GET /configuration/sources'],
  },
  {
    name: 'source types',
    genuine: async () => (await sr.sources.types({ limit: 1 })).next_cursor!,
    resume: (cursor) => sr.sources.types({ cursor }),
    routes: ['GET /configuration/sources'],
  },
  {
    name: 'departments',
    genuine: async () => (await sr.departments.list({ limit: 1 })).next_cursor!,
    resume: (cursor) => sr.departments.list({ cursor }),
    routes: ['GET /configuration/departments'],
  },
  {
    name: 'reject reasons',
    genuine: async () => (await sr.rejectReasons.list({ limit: 1 })).next_cursor!,
    resume: (cursor) => sr.rejectReasons.list({ cursor }),
    routes: ['GET /configuration/rejection-reasons', 'GET /configuration/withdrawal-reasons'],
  },
  {
    name: 'job interview stages',
    genuine: async () => (await sr.jobInterviewStages.list({ limit: 1 })).next_cursor!,
    resume: (cursor) => sr.jobInterviewStages.list({ cursor }),
    routes: ['GET /configuration/hiring-processes', 'GET /configuration/hiring-processes/{id}'],
  },
);

const hostilePaths = fc.oneof(
  fc.constantFrom(
    '/user-api/v201804/users',
    '/user-api/v201804/system-roles',
    '/candidates/../jobs',
    '/candidates/%2e%2e/jobs',
    '/candidates%2F..%2Fjobs',
    '/candidates/x/attachments',
    '//evil.example.com/candidates',
    '/candidates?pageId=x&status=HIRED',
    '/jobs?sort=job_id&pageId=x',
    '/webhooks-api/v201907/subscriptions?page_id=x',
    '/configuration/company',
    '/configuration/predefined-locations?pageId=x&pageSize=5',
    '/configuration/sources/JOB_BOARDS/values?offset=5',
    '/offers?offset=1&status=ACCEPTED',
  ),
  fc.webPath(),
  fc.string().map((s) => `/${s}`),
);

const stateArbitrary = fc.oneof(
  fc.constant(null),
  fc.record({
    kind: fc.constantFrom('param', 'link', 'offset'),
    name: fc.oneof(
      fc.constantFrom(
        'pageId',
        'page_id',
        'pageSize',
        'jobId',
        'q',
        'limit',
        'updatedAfter',
        'offset',
        '__proto__',
        'sort',
      ),
      fc.string(),
    ),
    value: fc.oneof(fc.string(), fc.constantFrom('x\r\nX: 1', 'a&jobId=b', '../../x')),
    href: hostilePaths,
    offset: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(2 ** 53)),
  }),
  fc.jsonValue(),
);

const paramsArbitrary = fc.dictionary(
  fc.oneof(
    fc.constantFrom(
      'q',
      'job_id',
      'status',
      'limit',
      'hydrate',
      'include',
      'updated_after',
      'candidate_id',
      'application_id',
      'job_application_id',
      'type_id',
      'sub_type_id',
      'kind',
      'hiring_process_id',
      'created_after',
      'cursor',
      '__proto__',
      'constructor',
    ),
    fc.string(),
  ),
  fc.oneof(
    fc.jsonValue(),
    fc.constantFrom(true, 100, 1000, -1, 'hired', ['custom_fields'], '..', '../../candidates', 'c:j'),
  ),
  { maxKeys: 4 },
);

/**
 * A cursor: garbage, arbitrary JSON, or (most often) a genuine cursor with its page position,
 * its parameters or any of its fields replaced. Whatever the format holds the list's filters in
 * (`params`, or `query` in earlier versions), both are tampered with.
 */
function cursorArbitrary(genuine: Record<string, unknown>) {
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value) ?? 'null').toString('base64url');
  const withParams = (params: Record<string, unknown>) => ({
    params: { ...(genuine.params as object), ...params },
    query: { ...(genuine.query as object), ...params },
  });
  return fc.oneof(
    { arbitrary: fc.string({ maxLength: 200 }), weight: 1 },
    { arbitrary: fc.jsonValue().map(encode), weight: 1 },
    { arbitrary: stateArbitrary.map((state) => encode({ ...genuine, state })), weight: 4 },
    {
      arbitrary: fc
        .tuple(stateArbitrary, paramsArbitrary)
        .map(([state, params]) => encode({ ...genuine, state, ...withParams(params) })),
      weight: 2,
    },
    {
      arbitrary: fc
        .record(
          {
            v: fc.constantFrom(1, 2, 3, '2'),
            list: fc.oneof(
              fc.constant(genuine.list),
              fc.constantFrom('jobs', 'candidates', 'users'),
              fc.string(),
            ),
            params: paramsArbitrary,
            state: stateArbitrary,
            skip: fc.array(fc.oneof(fc.string(), fc.stringMatching(/^[0-9a-z]{1,16}$/)), { maxLength: 5 }),
          },
          { requiredKeys: [] },
        )
        .map((changes) => encode({ ...genuine, ...changes, ...withParams(changes.params ?? {}) })),
      weight: 2,
    },
  );
}

async function withDeadline<T>(promise: PromiseLike<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([Promise.resolve(promise), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

describe('random and tampered cursors', () => {
  for (const list of lists) {
    it(`${list.name}: typed errors only, no hang, no request off the list's routes`, async () => {
      const genuine = JSON.parse(Buffer.from(await list.genuine(), 'base64url').toString('utf8'));
      await fc.assert(
        fc.asyncProperty(cursorArbitrary(genuine), async (cursor) => {
          const seq = fake.requests.length;
          try {
            await withDeadline(list.resume(cursor), 10_000);
          } catch (error) {
            expect(error).toBeInstanceOf(SmartRecruitersError);
          }
          for (const request of requestsAfter(fake, seq)) {
            expect(list.routes, request.path).toContain(request.route);
          }
        }),
        { numRuns: 60 },
      );
    });
  }

  it('sync states: typed errors only, no hang, no request off the candidates list', async () => {
    const genuine = JSON.parse(
      Buffer.from(
        await (async () => {
          for await (const { state } of sr.candidates.sync({ limit: 2 })) return state;
          throw new Error('no candidate');
        })(),
        'base64url',
      ).toString('utf8'),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc
            .record(
              {
                v: fc.constantFrom(1, 2),
                sync: fc.constantFrom('candidates', 'jobs'),
                params: paramsArbitrary,
                since: fc.oneof(fc.constant(null), fc.string(), fc.constant('2026-01-01T00:00:00Z')),
                next: fc.oneof(fc.constant(null), fc.string()),
                page: fc.record({ state: stateArbitrary, skip: fc.array(fc.string(), { maxLength: 3 }) }),
              },
              { requiredKeys: [] },
            )
            .map((changes) => Buffer.from(JSON.stringify({ ...genuine, ...changes })).toString('base64url')),
        ),
        async (state) => {
          const seq = fake.requests.length;
          try {
            await withDeadline(
              (async () => {
                let count = 0;
                for await (const _ of sr.candidates.sync({ state })) if (++count > 10) break;
              })(),
              10_000,
            );
          } catch (error) {
            expect(error).toBeInstanceOf(SmartRecruitersError);
          }
          for (const request of requestsAfter(fake, seq)) {
            expect(['GET /candidates', 'GET /candidates/{id}'], request.path).toContain(request.route);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
