/**
 * What every unified list costs and how it resumes: SR's largest page by default, and a list
 * resumed from any of its cursors (page or item) yields what the uninterrupted list would have,
 * in the same shape (hydrate and include kept).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PagePromise, SmartRecruiters } from '../../src/index.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';
import { requestsAfter, sdkFor } from '../helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;
let sr: SmartRecruiters;

beforeAll(async () => {
  // Rate limits are tested elsewhere: these lists re-read their rest from every cursor.
  fake = await createFakeSmartRecruiters({
    rateLimits: false,
    latencyMs: 0,
    seed: 41,
    counts: { candidates: 9, jobs: 7, users: 7, accessGroups: 3 },
  });
  sr = sdkFor(fake, { rateLimit: false });
  await sr.webhooks.create({ callback_url: 'https://hooks.example.com/sr', events: ['job.created'] });
});
afterAll(() => fake.close());

describe("every list asks for SmartRecruiters' largest page unless limit is set", () => {
  it.each([
    ['candidates', 'GET /candidates', () => sr.candidates.list()],
    ['applications', 'GET /candidates', () => sr.applications.list()],
    ['jobs', 'GET /jobs', () => sr.jobs.list()],
    ['users', 'GET /user-api/v201804/users', () => sr.users.list()],
    [
      'group members',
      'GET /user-api/v201804/users',
      () => sr.groups.members([...fake.state.accessGroups.keys()][0]!),
    ],
    ['webhooks', 'GET /webhooks-api/v201907/subscriptions', () => sr.webhooks.list()],
  ] as Array<[string, string, () => PagePromise<unknown>]>)('%s', async (_name, route, list) => {
    const seq = fake.requests.length;
    await list();
    const sent = requestsAfter(fake, seq).filter((r) => r.route === route);
    expect(sent.map((r) => r.query.limit)).toEqual([['100']]);
  });

  it('a caller limit wins', async () => {
    const seq = fake.requests.length;
    await sr.candidates.list({ limit: 3 });
    expect(requestsAfter(fake, seq)[0]?.query.limit).toEqual(['3']);
  });
});

/** Reads a list whole, then from each of its item and page cursors: each rest is the whole list's rest. */
async function checkResumes<T>(name: string, open: (cursor?: string) => PagePromise<T>): Promise<number> {
  const whole: Array<{ item: T; cursor: string }> = [];
  for await (const entry of open().withCursors()) whole.push(entry);
  expect(whole.length, name).toBeGreaterThan(3);
  const items = whole.map((e) => e.item);
  // Item cursors: the rest after each item.
  for (const [index, { cursor }] of whole.entries()) {
    expect(await open(cursor).toArray(), `${name} after item ${index}`).toEqual(items.slice(index + 1));
  }
  // Page cursors: the rest after each page.
  let seen = 0;
  for await (const page of open().pages()) {
    seen += page.result_count;
    if (page.next_cursor) {
      expect(await open(page.next_cursor).toArray(), `${name} after ${seen}`).toEqual(items.slice(seen));
    }
  }
  return whole.length;
}

describe('a list resumed from any of its cursors yields the rest of the uninterrupted list, same shape', () => {
  it('hydrated candidates', async () => {
    const count = await checkResumes('candidates', (cursor) =>
      cursor ? sr.candidates.list({ cursor }) : sr.candidates.list({ hydrate: true, limit: 4 }),
    );
    expect(count).toBe(fake.state.candidates.size);
    const page = await sr.candidates.list({ hydrate: true, limit: 4 });
    const resumed = await sr.candidates.list({ cursor: page.next_cursor! });
    // Details, not list items: phones and links are there, and nothing is marked not fetched but
    // the per-application custom fields.
    expect(resumed.result.every((c) => c.not_fetched.join() === 'custom_fields')).toBe(true);
  });

  it('hydrated jobs', async () => {
    await checkResumes('jobs', (cursor) =>
      cursor ? sr.jobs.list({ cursor }) : sr.jobs.list({ hydrate: true, limit: 3 }),
    );
  });

  it('applications hydrated with include', async () => {
    await checkResumes('applications', (cursor) =>
      cursor
        ? sr.applications.list({ cursor })
        : sr.applications.list({ hydrate: true, include: ['status_history', 'custom_fields'], limit: 2 }),
    );
    const first = await sr.applications.list({ hydrate: true, include: ['custom_fields'], limit: 2 });
    const rest = await sr.applications.list({ cursor: first.next_cursor!, hydrate: true }).toArray();
    expect(
      rest.every((a) => a.not_fetched.includes('created_at') && !a.not_fetched.includes('custom_fields')),
    ).toBe(true);
  });

  it('users, roles and groups', async () => {
    await checkResumes('users', (cursor) =>
      cursor ? sr.users.list({ cursor }) : sr.users.list({ limit: 3 }),
    );
    await checkResumes('roles', (cursor) =>
      cursor ? sr.roles.list({ cursor }) : sr.roles.list({ limit: 2 }),
    );
  });
});

describe('the hiring and configuration lists: largest page, and resumed from any cursor', () => {
  let hiring: FakeSmartRecruiters;
  let api: SmartRecruiters;
  /** An application with a seeded offer, interview and review, given more of each to page through. */
  let app: { id: string; key: string; offerId: string };

  beforeAll(async () => {
    hiring = await createFakeSmartRecruiters({
      rateLimits: false,
      latencyMs: 0,
      seed: 5,
      counts: { candidates: 20, jobs: 6, users: 6, accessGroups: 2 },
    });
    api = sdkFor(hiring, { rateLimit: false });
    const state = hiring.state;
    const interview = [...state.interviews.values()][0]!;
    const application = state.application(interview.candidateId, interview.jobId)!;
    const key = `${interview.candidateId}:${interview.jobId}`;
    const offer = [...state.offers.values()][0]!;
    const review = [...state.reviews.values()][0]!;
    for (let i = 1; i <= 4; i++) {
      state.interviews.set(`${interview.id}-${i}`, { ...interview, id: `${interview.id}-${i}` });
      state.reviews.set(`${review.id}-${i}`, {
        ...review,
        id: `${review.id}-${i}`,
        candidateId: interview.candidateId,
        jobId: interview.jobId,
      });
      state.offers.set(`${offer.id}-${i}`, {
        ...offer,
        id: `${offer.id}-${i}`,
        candidateId: interview.candidateId,
        jobId: interview.jobId,
      });
    }
    const documents = offer.documents[0];
    if (documents) {
      offer.documents = [1, 2, 3, 4].map((i) => ({ ...documents, id: `${documents.id}-${i}` }));
    }
    app = { id: application.id, key, offerId: offer.id };
  });
  afterAll(() => hiring.close());

  it.each([
    ['offers', 'GET /offers', 'limit', () => api.offers.list()],
    [
      'sources',
      'GET /configuration/sources/{sourceType}/values',
      'limit',
      () => api.sources.list({ type_id: 'JOB_BOARDS' }),
    ],
    // Predefined locations name their page size pageSize.
    ['offices', 'GET /configuration/predefined-locations', 'pageSize', () => api.offices.list()],
  ] as Array<[string, string, string, () => PagePromise<unknown>]>)(
    '%s asks for the largest page',
    async (_name, route, size, list) => {
      const seq = hiring.requests.length;
      await list();
      const sent = requestsAfter(hiring, seq).filter((r) => r.route === route);
      expect(sent.map((r) => r.query[size])).toEqual([['100']]);
    },
  );

  it('offers, paged by SR and whole per application', async () => {
    const all = await checkResumes('offers', (cursor) =>
      cursor ? api.offers.list({ cursor }) : api.offers.list({ limit: 2 }),
    );
    expect(all).toBe(hiring.state.offers.size);
    // An application's offers: the cursor carries application_id.
    const mine = await checkResumes('application offers', (cursor) =>
      cursor ? api.offers.list({ cursor }) : api.offers.list({ application_id: app.key, limit: 2 }),
    );
    expect(mine).toBe(5);
    const page = await api.offers.list({ application_id: app.key, limit: 2 });
    expect(page.result.every((o) => o.application?.id === app.key && o.not_fetched.length === 0)).toBe(true);
    await checkResumes('offer documents', (cursor) =>
      api.offers.documents(app.offerId, cursor ? { cursor } : { limit: 3 }),
    );
  });

  it('interviews and scorecards of an application', async () => {
    await checkResumes('interviews', (cursor) =>
      api.interviews.list({ job_application_id: app.id, ...(cursor ? { cursor } : { limit: 2 }) }),
    );
    await checkResumes('scorecards', (cursor) =>
      api.scorecards.list({ application_id: app.key, ...(cursor ? { cursor } : { limit: 2 }) }),
    );
    // The owner comes from the cursor when the caller passes the cursor alone.
    const first = await api.interviews.list({ job_application_id: app.id, limit: 2 });
    const rest = await api.interviews.list({ cursor: first.next_cursor! } as never).toArray();
    expect(rest.length).toBe(3);
  });

  it('offices, sources and the configuration lists', async () => {
    await checkResumes('offices', (cursor) =>
      cursor ? api.offices.list({ cursor }) : api.offices.list({ limit: 3 }),
    );
    const perType = new Map<string, number>();
    for (const value of hiring.state.sourceValues.values()) {
      perType.set(value.typeId, (perType.get(value.typeId) ?? 0) + 1);
    }
    const [type] = [...perType].sort((a, b) => b[1] - a[1])[0]!;
    await checkResumes('sources', (cursor) =>
      api.sources.list({ type_id: type, ...(cursor ? { cursor } : { limit: 4 }) }),
    );
    await checkResumes('source types', (cursor) =>
      cursor ? api.sources.types({ cursor }) : api.sources.types({ limit: 2 }),
    );
    await checkResumes('departments', (cursor) =>
      cursor ? api.departments.list({ cursor }) : api.departments.list({ limit: 2 }),
    );
    await checkResumes('reject reasons', (cursor) =>
      cursor ? api.rejectReasons.list({ cursor }) : api.rejectReasons.list({ kind: 'rejection', limit: 2 }),
    );
    await checkResumes('job interview stages', (cursor) =>
      cursor
        ? api.jobInterviewStages.list({ cursor })
        : api.jobInterviewStages.list({ status: 'interview', limit: 2 }),
    );
  });
});
