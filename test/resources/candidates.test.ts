import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Candidate,
  ConflictError,
  NotFoundError,
  PaginationError,
  type SmartRecruiters,
  ValidationError,
} from '../../src/index.js';
import {
  type CandidateRecord,
  createFakeSmartRecruiters,
  type FakeSmartRecruiters,
} from '../../src/testing/index.js';
import {
  FAST_CLIENT,
  FAST_FAKE,
  rejectsBeforeAnyRequest,
  requestsAfter,
  routesAfter,
  sdkFor,
} from '../helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;
let sr: SmartRecruiters;
// Slows routes down when a test needs overlapping requests.
const latency: Record<string, number> = {};

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({
    ...FAST_FAKE,
    seed: 21,
    counts: { candidates: 20, jobs: 6, users: 5 },
    latencyMs: (request) => latency[request.route ?? ''] ?? 0,
  });
  sr = sdkFor(fake, FAST_CLIENT);
});
afterAll(() => fake.close());

/** Candidates in SR's list order: newest first (`createdOn`, then id). */
function inListOrder(records: Iterable<CandidateRecord>): string[] {
  const key = (c: CandidateRecord) => `${c.createdOn}|${c.id}`;
  return [...records].sort((a, b) => (key(a) < key(b) ? 1 : -1)).map((c) => c.id);
}

function expectedIds(filter: (c: CandidateRecord) => boolean): string[] {
  return inListOrder([...fake.state.candidates.values()].filter(filter));
}

function ids(items: readonly { id: string }[]): string[] {
  return items.map((item) => item.id);
}

async function all<T>(list: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of list) out.push(item);
  return out;
}

describe('candidates.list', () => {
  it("returns the first page in the envelope, mapped from SR list items, asking for SR's largest page", async () => {
    const seq = fake.requests.length;
    const page = await sr.candidates.list();
    expect(requestsAfter(fake, seq).map((r) => r.query.limit)).toEqual([['100']]);
    const expected = expectedIds(() => true);
    expect(ids(page.result)).toEqual(expected);
    expect(page.result_count).toBe(expected.length);
    expect(page.total).toBe(fake.state.candidates.size);
    expect(page.next_cursor).toBeNull();
    expect(page.warnings).toEqual([]);
    // What a list item lacks is said, not passed off as empty.
    expect(page.result[0]?.not_fetched).toEqual([
      'phones',
      'urls',
      'education',
      'experience',
      'company',
      'title',
      'custom_fields',
    ]);
    const first = page.result[0]!;
    const record = fake.state.candidates.get(first.id)!;
    expect(first).toMatchObject({
      first_name: record.firstName,
      last_name: record.lastName,
      name: `${record.firstName} ${record.lastName}`,
      emails: [{ email: record.email, type: null, is_primary: true }],
      created_at: record.createdOn,
      tags: record.tags.map((name) => ({ name })),
    });
    expect(first.remote_data).toMatchObject({ id: record.id, firstName: record.firstName });
    const jobsOfRecord = fake.state.applicationsOf(record.id).map((a) => a.jobId);
    expect(first.applications.map((a) => a.job.id).sort()).toEqual([...jobsOfRecord].sort());
  });

  it('filters by q, job_id, status, tag and updated_after, sending them as SR query parameters', async () => {
    const sample = fake.state.candidates.values().next().value as CandidateRecord;
    const byQ = await sr.candidates.list({ q: sample.lastName, limit: 100 });
    const words = sample.lastName.toLowerCase().split(/\s+/);
    expect(ids(byQ.result)).toEqual(
      expectedIds((c) => {
        const hay = `${c.firstName} ${c.lastName} ${c.email}`.toLowerCase();
        return words.every((w) => hay.includes(w));
      }),
    );
    expect(ids(byQ.result)).toContain(sample.id);
    expect(byQ.result.length).toBeLessThan(fake.state.candidates.size);

    const [jobA, jobB] = [...fake.state.jobs.keys()];
    const onJob = (jobs: string[]) => (c: CandidateRecord) =>
      fake.state.applicationsOf(c.id).some((a) => jobs.includes(a.jobId));
    const byJob = await sr.candidates.list({ job_id: jobA!, limit: 100 });
    expect(ids(byJob.result)).toEqual(expectedIds(onJob([jobA!])));
    const byJobs = await sr.candidates.list({ job_id: [jobA!, jobB!], limit: 100 });
    expect(ids(byJobs.result)).toEqual(expectedIds(onJob([jobA!, jobB!])));
    expect(fake.requests.last({ route: 'GET /candidates' })?.query.jobId).toEqual([jobA, jobB]);

    const seq = fake.requests.length;
    const byStatus = await sr.candidates.list({ status: ['in_review', 'HIRED'], limit: 100 });
    expect(requestsAfter(fake, seq)[0]?.query.status).toEqual(['IN_REVIEW', 'HIRED']);
    const inStatus = (c: CandidateRecord) =>
      fake.state.applicationsOf(c.id).some((a) => a.status === 'IN_REVIEW' || a.status === 'HIRED');
    expect(ids(byStatus.result)).toEqual(expectedIds(inStatus));
    expect(byStatus.result.length).toBeGreaterThan(0);

    const tag = [...fake.state.candidates.values()].flatMap((c) => c.tags)[0]!;
    const byTag = await sr.candidates.list({ tag, limit: 100 });
    expect(ids(byTag.result)).toEqual(expectedIds((c) => c.tags.includes(tag)));
    expect(byTag.result.every((c) => c.tags.some((t) => t.name === tag))).toBe(true);

    const dates = [...fake.state.candidates.values()].map((c) => c.updatedOn).sort();
    const day = dates[Math.floor(dates.length / 2)]!.slice(0, 10);
    const after = fake.requests.length;
    const byDate = await sr.candidates.list({ updated_after: day, limit: 100 });
    expect(requestsAfter(fake, after)[0]?.query.updatedAfter).toEqual([`${day}T00:00:00.000Z`]);
    const expectedByDate = expectedIds((c) => Date.parse(c.updatedOn) > Date.parse(`${day}T00:00:00.000Z`));
    expect(ids(byDate.result)).toEqual(expectedByDate);
    expect(expectedByDate.length).toBeGreaterThan(0);
    expect(expectedByDate.length).toBeLessThan(fake.state.candidates.size);
  });

  it('pages through every match with the filters and limit kept on each request', async () => {
    const statuses = ['NEW', 'IN_REVIEW', 'INTERVIEW', 'OFFERED', 'HIRED'];
    const expected = expectedIds((c) =>
      fake.state.applicationsOf(c.id).some((a) => statuses.includes(a.status)),
    );
    expect(expected.length).toBeGreaterThan(6);
    expect(expected.length).toBeLessThan(fake.state.candidates.size);
    const seq = fake.requests.length;
    const seen = await all(
      sr.candidates.list({ status: ['new', 'in_review', 'interview', 'offered', 'hired'], limit: 3 }),
    );
    expect(ids(seen)).toEqual(expected);
    expect(new Set(ids(seen)).size).toBe(seen.length);
    const requests = requestsAfter(fake, seq);
    expect(requests.length).toBe(Math.ceil(expected.length / 3));
    for (const request of requests) {
      expect(request.route).toBe('GET /candidates');
      expect(request.query.limit).toEqual(['3']);
      expect(request.query.status).toEqual(statuses);
    }
    expect(requests.slice(1).every((r) => r.query.pageId?.length === 1)).toBe(true);
  });

  it('iterates pages with .pages(): sizes, counts and a null cursor on the last page only', async () => {
    const pages = [];
    for await (const page of sr.candidates.list({ limit: 6 }).pages()) pages.push(page);
    const total = fake.state.candidates.size;
    expect(pages.map((p) => p.result_count)).toEqual(
      Array.from({ length: Math.ceil(total / 6) }, (_, i) => Math.min(6, total - i * 6)),
    );
    expect(pages.map((p) => p.next_cursor === null)).toEqual(pages.map((_, i) => i === pages.length - 1));
    expect(pages.flatMap((p) => ids(p.result))).toEqual(expectedIds(() => true));
    expect(pages.every((p) => p.total === total && p.result_count === p.result.length)).toBe(true);
  });

  it('resumes from a saved next_cursor exactly where the first list stopped', async () => {
    const jobId = [...fake.state.jobs.keys()].find(
      (id) => [...fake.state.applications.values()].filter((a) => a.jobId === id).length >= 4,
    )!;
    const expected = await all(sr.candidates.list({ job_id: jobId, limit: 100 }));
    const first = await sr.candidates.list({ job_id: jobId, limit: 2 });
    expect(first.next_cursor).not.toBeNull();
    const saved = JSON.parse(JSON.stringify({ cursor: first.next_cursor })).cursor as string;

    // A new list from the cursor alone: the filters and the page size come from the cursor.
    const seq = fake.requests.length;
    const rest = await all(sr.candidates.list({ cursor: saved }));
    const union = [...ids(first.result), ...ids(rest)];
    expect(union).toEqual(ids(expected));
    expect(new Set(union).size).toBe(union.length);
    for (const request of requestsAfter(fake, seq)) {
      expect(request.query.jobId).toEqual([jobId]);
      expect(request.query.limit).toEqual(['2']);
    }

    // The same filters may be repeated with the cursor, and the page size changed.
    const resumed = await sr.candidates.list({ cursor: saved, job_id: jobId, limit: 50 });
    expect(ids(resumed.result)).toEqual(ids(rest));
    expect(resumed.next_cursor).toBeNull();
  });

  it('refuses a cursor with other filters, a cursor of another list and a garbled cursor, sending nothing', async () => {
    const page = await sr.candidates.list({ limit: 2 });
    const cursor = page.next_cursor!;
    const issues = await rejectsBeforeAnyRequest(fake, () => sr.candidates.list({ cursor, q: 'smith' }));
    expect(issues[0]).toMatchObject({ path: ['cursor'], message: expect.stringMatching(/other filters/) });
    const jobsCursor = (await sr.jobs.list({ limit: 1 })).next_cursor!;
    const foreign = await rejectsBeforeAnyRequest(fake, () => sr.candidates.list({ cursor: jobsCursor }));
    expect(foreign[0]?.message).toMatch(/belongs to the jobs list/);
    await rejectsBeforeAnyRequest(fake, () => sr.candidates.list({ cursor: 'not-a-cursor' }));
  });

  it('refuses bad parameters before any request, through the returned promise', async () => {
    const bad: Array<Parameters<typeof sr.candidates.list>[0]> = [
      { status: 'pending' as never },
      { job_id: '' },
      { limit: 0 },
      { limit: 101 },
      { limit: 2.5 },
      { updated_after: 'yesterday' },
      { q: '' },
      { unknown: 1 } as never,
    ];
    for (const params of bad) {
      const before = fake.requests.length;
      // No synchronous throw: the error arrives through the PagePromise.
      const list = sr.candidates.list(params);
      await expect(list).rejects.toBeInstanceOf(ValidationError);
      await expect(all(list)).rejects.toBeInstanceOf(ValidationError);
      expect(fake.requests.length).toBe(before);
    }
    const issues = await rejectsBeforeAnyRequest(fake, () => sr.candidates.list({ limit: 101 }));
    expect(issues).toEqual([expect.objectContaining({ path: ['limit'], message: 'must be <= 100' })]);
  });

  it('hydrates list items with their details, one list request at a time, within 10 requests/s', async () => {
    const plain = await sr.candidates.list({ limit: 4 });
    // List items are partial: no phone, links, education or experience.
    expect(plain.result.every((c) => c.phones.length === 0 && c.urls.length === 0)).toBe(true);
    expect(plain.result.some((c) => fake.state.candidates.get(c.id)?.phoneNumber)).toBe(true);

    // Two hydrated lists at once on one credential, with slow list answers, through a client
    // with SR's default limits: one GET /candidates at a time, and 10 requests per second in all.
    const limited = sdkFor(fake);
    latency['GET /candidates'] = 300;
    let seq = fake.requests.length;
    try {
      const [a, b] = await Promise.all([
        (async () => {
          const out: Candidate[] = [];
          for await (const c of limited.candidates.list({ hydrate: true, limit: 3 })) {
            out.push(c);
            if (out.length === 6) break;
          }
          return out;
        })(),
        limited.candidates.list({ hydrate: true, limit: 8 }),
      ]);
      expect(ids(a)).toEqual(expectedIds(() => true).slice(0, 6));
      expect(ids(b.result)).toEqual(expectedIds(() => true).slice(0, 8));
    } finally {
      delete latency['GET /candidates'];
    }
    const since = (from: number) => (e: { seq: number }) => e.seq > from;
    let window = since(seq);
    expect(fake.requests.all((e) => window(e) && e.route === 'GET /candidates')).toHaveLength(3);
    expect(fake.requests.all((e) => window(e) && e.route === 'GET /candidates/{id}')).toHaveLength(14);
    expect(fake.requests.maxConcurrent((e) => window(e) && e.route === 'GET /candidates')).toBe(1);
    expect(fake.requests.maxRequestsInWindow(1000, window)).toBeLessThanOrEqual(10);
    expect(fake.requests.all((e) => window(e) && e.status === 429)).toEqual([]);

    // Detail reads overlap, bounded by hydrateConcurrency.
    latency['GET /candidates/{id}'] = 200;
    seq = fake.requests.length;
    let hydrated: Candidate[];
    try {
      hydrated = (await sdkFor(fake, { hydrateConcurrency: 2 }).candidates.list({ hydrate: true, limit: 3 }))
        .result;
    } finally {
      delete latency['GET /candidates/{id}'];
    }
    window = since(seq);
    expect(fake.requests.maxConcurrent((e) => window(e) && e.route === 'GET /candidates/{id}')).toBe(2);
    expect(ids(hydrated)).toEqual(ids(plain.result).slice(0, 3));
    for (const [index, candidate] of hydrated.entries()) {
      const record = fake.state.candidates.get(candidate.id)!;
      // What only the list item has is kept.
      expect(candidate.consent_status).toBe(record.consentStatus.toLowerCase());
      expect(candidate.consent_status).toBe(plain.result[index]!.consent_status);
      expect(candidate.phones).toEqual(
        record.phoneNumber ? [{ number: record.phoneNumber, type: null }] : [],
      );
      expect(candidate.education).toHaveLength(record.education.length);
      expect(candidate.experience).toHaveLength(record.experience.length);
      expect(candidate.urls.map((u) => u.url).sort()).toEqual(Object.values(record.web ?? {}).sort());
    }
  });

  it('fails loudly when SR answers an empty page with a next page', async () => {
    const fault = fake.faults.add({
      route: 'GET /candidates',
      status: 200,
      body: { limit: 2, totalFound: 5, nextPageId: 'more', content: [] },
      times: 1,
    });
    await expect(sr.candidates.list({ limit: 2 })).rejects.toBeInstanceOf(PaginationError);
    expect(fault.fired).toBe(1);
  });
});

describe('candidates.get, create, update, delete', () => {
  it('gets a candidate with its details; unknown id is NotFoundError; empty id sends nothing', async () => {
    const record = [...fake.state.candidates.values()].find(
      (c) => c.phoneNumber && c.education.length > 0 && c.web,
    )!;
    const candidate = await sr.candidates.get(record.id);
    expect(candidate).toMatchObject({
      id: record.id,
      phones: [{ number: record.phoneNumber, type: null }],
      is_internal: record.internal,
      // CandidateDetails has no consent (SR §6.2): only list items carry it.
      consent_status: null,
    });
    expect(candidate.education.map((e) => e.institution)).toEqual(record.education.map((e) => e.institution));
    expect(candidate.urls.find((u) => u.type === 'linkedin')?.url).toBe(record.web?.linkedin);
    await expect(sr.candidates.get('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await rejectsBeforeAnyRequest(fake, () => sr.candidates.get(''));
    await rejectsBeforeAnyRequest(fake, () => sr.candidates.get('   '));
  });

  it('reads the consent status when asked for: one more request', async () => {
    const record = [...fake.state.candidates.values()][1]!;
    let seq = fake.requests.length;
    const plain = await sr.candidates.get(record.id);
    expect(routesAfter(fake, seq)).toEqual(['GET /candidates/{id}']);
    // Unknown, and said to be: not "no consent".
    expect(plain.consent_status).toBeNull();
    expect(plain.not_fetched).toEqual(expect.arrayContaining(['consent_status', 'remote_consent_status']));
    seq = fake.requests.length;
    const withConsent = await sr.candidates.get(record.id, { include: ['consent'] });
    expect(routesAfter(fake, seq).sort()).toEqual(['GET /candidates/{id}', 'GET /candidates/{id}/consent']);
    expect(withConsent.consent_status).toBe(record.consentStatus.toLowerCase());
    expect(withConsent.remote_consent_status).toBe(record.consentStatus);
    expect(withConsent.not_fetched).toEqual(['custom_fields']);
    await rejectsBeforeAnyRequest(fake, () => sr.candidates.get(record.id, { include: ['phones' as never] }));
  });

  it('creates a candidate in the talent pool', async () => {
    const created = await sr.candidates.create({
      first_name: 'Ada',
      last_name: 'Pool',
      email: 'ada.pool@example.test',
      phone: '+48 600 100 200',
      tags: ['python', 'remote'],
      urls: [{ url: 'https://www.linkedin.com/in/ada-pool', type: 'linkedin' }],
      location: { city: 'Krakow', country_code: 'pl' },
    });
    const record = fake.state.candidates.get(created.id)!;
    expect(record).toMatchObject({
      firstName: 'Ada',
      lastName: 'Pool',
      email: 'ada.pool@example.test',
      phoneNumber: '+48 600 100 200',
      tags: ['python', 'remote'],
      web: { linkedin: 'https://www.linkedin.com/in/ada-pool' },
    });
    expect(fake.state.applicationsOf(created.id)).toEqual([]);
    expect(created.applications).toEqual([]);
    expect(created.tags).toEqual([{ name: 'python' }, { name: 'remote' }]);
    expect(fake.requests.last()?.route).toBe('POST /candidates');
  });

  it('creates a candidate onto a job, attributed to a source', async () => {
    const job = [...fake.state.jobs.values()].find((j) => j.status === 'SOURCING')!;
    const value = [...fake.state.sourceValues.values()].find(
      (v) => v.typeId === 'JOB_BOARDS' && v.subTypeId,
    )!;
    const created = await sr.candidates.create({
      first_name: 'Sourced',
      last_name: 'Person',
      email: 'sourced.person@example.test',
      job_id: job.id,
      source: { type_id: value.typeId, sub_type_id: value.subTypeId!, id: value.id },
    });
    expect(fake.requests.last()?.route).toBe('POST /jobs/{jobId}/candidates');
    const app = fake.state.application(created.id, job.id)!;
    expect(app.source).toEqual({
      sourceTypeId: 'JOB_BOARDS',
      sourceSubTypeId: value.subTypeId,
      sourceId: value.id,
    });
    expect(app.status).toBe('NEW');
    expect(created.applications).toEqual([
      { id: `${created.id}:${job.id}`, job: { id: job.id, name: job.title }, status: 'new' },
    ]);
  });

  it('refuses invalid create input before any request', async () => {
    await rejectsBeforeAnyRequest(fake, () =>
      sr.candidates.create({ first_name: 'No', last_name: 'Email', email: 'not-an-email' }),
    );
    await rejectsBeforeAnyRequest(fake, () =>
      sr.candidates.create({
        first_name: 'Bad',
        last_name: 'Source',
        email: 'bad.source@example.test',
        source: { type_id: 'JOB_BOARDS' } as never,
      }),
    );
  });

  it('updates personal details with a plain PATCH and returns the candidate as it now is', async () => {
    const record = [...fake.state.candidates.values()][3]!;
    const seq = fake.requests.length;
    const updated = await sr.candidates.update(record.id, {
      first_name: 'Renamed',
      phone: '+1 555 0100',
      location: { city: 'Lisbon', country_code: 'pt' },
      urls: [{ url: 'https://renamed.example', type: 'website' }],
    });
    expect(routesAfter(fake, seq)).toEqual(['PATCH /candidates/{id}']);
    expect(record).toMatchObject({ firstName: 'Renamed', phoneNumber: '+1 555 0100' });
    expect(record.location).toMatchObject({ city: 'Lisbon', countryCode: 'pt' });
    expect(updated).toMatchObject({
      id: record.id,
      first_name: 'Renamed',
      phones: [{ number: '+1 555 0100', type: null }],
    });
    expect(updated.locations[0]).toMatchObject({ city: 'Lisbon', country_code: 'pt' });
    expect(updated.urls).toContainEqual({ url: 'https://renamed.example', type: 'website' });
  });

  it('maps a clash of email and last name to ConflictError CANDIDATE_DATA_CONFLICT, changing nothing', async () => {
    const [a, b] = [...fake.state.candidates.values()];
    const before = { ...b! };
    const error = await sr.candidates
      .update(b!.id, { email: a!.email, last_name: a!.lastName })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ status: 409, code: 'CANDIDATE_DATA_CONFLICT' });
    expect(fake.state.candidates.get(b!.id)).toMatchObject({
      email: before.email,
      lastName: before.lastName,
    });
  });

  it('updates tags alone with PUT /tags (replacing them), and both together', async () => {
    const record = [...fake.state.candidates.values()][4]!;
    let seq = fake.requests.length;
    const tagged = await sr.candidates.update(record.id, { tags: ['alpha', 'beta'] });
    expect(routesAfter(fake, seq)).toEqual(['PUT /candidates/{id}/tags', 'GET /candidates/{id}']);
    expect(tagged.tags).toEqual([{ name: 'alpha' }, { name: 'beta' }]);
    seq = fake.requests.length;
    const both = await sr.candidates.update(record.id, { last_name: 'Tagged', tags: ['gamma'] });
    expect(routesAfter(fake, seq)).toEqual([
      'PATCH /candidates/{id}',
      'PUT /candidates/{id}/tags',
      'GET /candidates/{id}',
    ]);
    expect(both).toMatchObject({ last_name: 'Tagged', tags: [{ name: 'gamma' }] });
    expect(record.tags).toEqual(['gamma']);
    await rejectsBeforeAnyRequest(fake, () => sr.candidates.update(record.id, {}));
    await rejectsBeforeAnyRequest(fake, () => sr.candidates.update('', { first_name: 'X' }));
  });

  it('reads, adds, replaces and clears tags', async () => {
    const record = [...fake.state.candidates.values()][5]!;
    record.tags = ['kept'];
    expect(await sr.candidates.tags(record.id)).toEqual(['kept']);
    expect(await sr.candidates.addTags(record.id, ['new-one', 'kept'])).toEqual(['kept', 'new-one']);
    expect(await sr.candidates.setTags(record.id, ['only'])).toEqual(['only']);
    expect(record.tags).toEqual(['only']);
    const seq = fake.requests.length;
    await expect(sr.candidates.clearTags(record.id)).resolves.toBeUndefined();
    expect(routesAfter(fake, seq)).toEqual(['DELETE /candidates/{id}/tags']);
    expect(await sr.candidates.tags(record.id)).toEqual([]);
    await rejectsBeforeAnyRequest(fake, () => sr.candidates.addTags(record.id, ['']));
    await rejectsBeforeAnyRequest(fake, () => sr.candidates.tags(''));
  });

  it('deletes a candidate and their applications', async () => {
    const record = [...fake.state.candidates.values()].find(
      (c) => fake.state.applicationsOf(c.id).length > 0,
    )!;
    await sr.candidates.delete(record.id);
    expect(fake.state.candidates.has(record.id)).toBe(false);
    expect(fake.state.applicationsOf(record.id)).toEqual([]);
    await expect(sr.candidates.get(record.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(sr.candidates.delete(record.id)).rejects.toBeInstanceOf(NotFoundError);
    await rejectsBeforeAnyRequest(fake, () => sr.candidates.delete(''));
  });

  it('types list items and details as Candidate', async () => {
    const page = await sr.candidates.list({ limit: 1 });
    const candidate: Candidate = page.result[0]!;
    expect(Object.keys(candidate)).toEqual(
      expect.arrayContaining(['id', 'first_name', 'emails', 'applications', 'custom_fields', 'remote_data']),
    );
    expect('custom_mappings' in candidate).toBe(false);
  });
});
