import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError, type SmartRecruiters } from '../../src/index.js';
import {
  createFakeSmartRecruiters,
  type FakeSmartRecruiters,
  type JobRecord,
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

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({
    ...FAST_FAKE,
    seed: 8,
    counts: { jobs: 14, candidates: 4, users: 6 },
  });
  sr = sdkFor(fake, FAST_CLIENT);
});
afterAll(() => fake.close());

const OPEN = ['SOURCING', 'INTERVIEW', 'OFFER'];

/** Jobs in SR's cursor order (`sort=job_id`). */
function expectedIds(filter: (job: JobRecord) => boolean = () => true): string[] {
  return [...fake.state.jobs.values()]
    .filter(filter)
    .map((job) => job.id)
    .sort();
}

async function all<T>(list: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of list) out.push(item);
  return out;
}

function job(id: string): JobRecord {
  const found = fake.state.jobs.get(id);
  if (!found) throw new Error(`no job ${id}`);
  return found;
}

describe('jobs.list', () => {
  it('lists jobs by cursor (sort=job_id), mapped from SR job summaries', async () => {
    const page = await sr.jobs.list();
    expect(page.result.map((j) => j.id)).toEqual(expectedIds());
    expect(page).toMatchObject({ result_count: fake.state.jobs.size, total: fake.state.jobs.size });
    expect(fake.requests.last({ route: 'GET /jobs' })?.query).toMatchObject({
      sort: ['job_id'],
      limit: ['100'],
    });
    const first = page.result[0]!;
    const record = job(first.id);
    expect(first).toMatchObject({
      name: record.title,
      code: record.refNumber,
      remote_status: record.status,
      remote_posting_status: record.postingStatus,
      last_activity_at: record.lastActivityOn,
    });
    expect(first.locations[0]).toMatchObject({
      city: record.location.city,
      is_remote: record.location.remote,
    });
    // Summaries carry no compensation, job ad or custom fields: those come with hydrate or get,
    // and not_fetched says so.
    expect(first).toMatchObject({
      compensation: null,
      description: null,
      custom_fields: [],
      hiring_team: null,
    });
    expect(first.not_fetched).toEqual(
      expect.arrayContaining(['compensation', 'description', 'custom_fields']),
    );
  });

  it("maps status 'open' to SR's SOURCING, INTERVIEW and OFFER, and filters on the rest", async () => {
    const seq = fake.requests.length;
    const open = await sr.jobs.list({ status: 'open', limit: 100 });
    expect(requestsAfter(fake, seq)[0]?.query.statuses).toEqual(OPEN);
    expect(open.result.map((j) => j.id)).toEqual(expectedIds((j) => OPEN.includes(j.status)));
    expect(open.result.every((j) => j.status === 'open' && OPEN.includes(j.remote_status!))).toBe(true);

    const closed = await sr.jobs.list({ status: ['closed', 'draft'], limit: 100 });
    expect(closed.result.map((j) => j.id)).toEqual(
      expectedIds((j) => ['FILLED', 'CANCELLED', 'CREATED'].includes(j.status)),
    );
    const onHold = await sr.jobs.list({ status: 'ON_HOLD', limit: 100 });
    expect(onHold.result.map((j) => j.status)).toEqual(
      expectedIds((j) => j.status === 'ON_HOLD').map(() => 'on_hold'),
    );

    const published = await sr.jobs.list({ posting_status: 'public', limit: 100 });
    expect(published.result.map((j) => j.id)).toEqual(expectedIds((j) => j.postingStatus === 'PUBLIC'));
    expect(fake.requests.last({ route: 'GET /jobs' })?.query.postingStatus).toEqual(['PUBLIC']);

    const sample = [...fake.state.jobs.values()][2]!;
    const department = fake.state.departments.get(sample.departmentId!)!.label;
    const byDepartment = await sr.jobs.list({ department, limit: 100 });
    expect(byDepartment.result.map((j) => j.id)).toEqual(
      expectedIds((j) => j.departmentId === sample.departmentId),
    );
    const byCity = await sr.jobs.list({ city: sample.location.city, limit: 100 });
    expect(byCity.result.map((j) => j.id)).toEqual(
      expectedIds((j) => j.location.city === sample.location.city),
    );
    const byTitle = await sr.jobs.list({ q: sample.title, limit: 100 });
    expect(byTitle.result.map((j) => j.id)).toContain(sample.id);
    expect(
      byTitle.result.every((j) => j.name?.toLowerCase().includes(sample.title.toLowerCase().split(' ')[0]!)),
    ).toBe(true);

    const dates = [...fake.state.jobs.values()].map((j) => j.updatedOn).sort();
    const cut = dates[Math.floor(dates.length / 2)]!;
    const recent = await sr.jobs.list({ updated_after: cut, limit: 100 });
    expect(recent.result.map((j) => j.id)).toEqual(
      expectedIds((j) => Date.parse(j.updatedOn) > Date.parse(cut)),
    );
    const active = await sr.jobs.list({ last_activity_after: cut, limit: 100 });
    expect(active.result.map((j) => j.id)).toEqual(
      expectedIds((j) => Date.parse(j.lastActivityOn) > Date.parse(cut)),
    );
  });

  it('pages with the filters kept, and resumes from a saved cursor', async () => {
    const expected = expectedIds((j) => OPEN.includes(j.status) || j.status === 'ON_HOLD');
    expect(expected.length).toBeGreaterThan(6);
    const seq = fake.requests.length;
    const pages = [];
    for await (const page of sr.jobs.list({ status: ['open', 'on_hold'], limit: 3 }).pages())
      pages.push(page);
    expect(pages.flatMap((p) => p.result.map((j) => j.id))).toEqual(expected);
    expect(pages.at(-1)?.next_cursor).toBeNull();
    for (const request of requestsAfter(fake, seq)) {
      expect(request.query).toMatchObject({ limit: ['3'], sort: ['job_id'], statuses: [...OPEN, 'ON_HOLD'] });
    }

    const first = await sr.jobs.list({ status: ['open', 'on_hold'], limit: 3 });
    const rest = await all(sr.jobs.list({ cursor: first.next_cursor! }));
    const union = [...first.result, ...rest].map((j) => j.id);
    expect(union).toEqual(expected);
    expect(new Set(union).size).toBe(union.length);
    await rejectsBeforeAnyRequest(fake, () => sr.jobs.list({ cursor: first.next_cursor!, status: 'closed' }));
  });

  it('hydrates list items with the details (compensation, job ad, custom fields)', async () => {
    const page = await sr.jobs.list({ hydrate: true, limit: 4 });
    expect(page.result.map((j) => j.id)).toEqual(expectedIds().slice(0, 4));
    for (const item of page.result) {
      const record = job(item.id);
      expect(item.compensation).toEqual(record.compensation);
      expect(item.description).toContain(record.jobAd.sections.jobDescription!.text);
      expect(item.custom_fields.map((f) => f.id)).toEqual(record.properties.map((p) => p.id));
      expect(item.industry).toEqual({ id: record.industry!.id, name: record.industry!.label });
    }
  });

  it('refuses bad parameters before any request', async () => {
    await rejectsBeforeAnyRequest(fake, () => sr.jobs.list({ status: 'archived' as never }));
    await rejectsBeforeAnyRequest(fake, () => sr.jobs.list({ posting_status: 'everywhere' as never }));
    await rejectsBeforeAnyRequest(fake, () => sr.jobs.list({ limit: 0 }));
    await rejectsBeforeAnyRequest(fake, () => sr.jobs.list({ limit: 101 }));
    await rejectsBeforeAnyRequest(fake, () => sr.jobs.list({ city: [] }));
    await rejectsBeforeAnyRequest(fake, () => sr.jobs.get(''));
  });
});

describe('jobs.get, create, update, updateStatus', () => {
  it('gets a job; include hiring_team names the members and groups their roles', async () => {
    const record = [...fake.state.jobs.values()].find((j) => j.compensation && j.hiringTeam.length >= 2)!;
    let seq = fake.requests.length;
    const plain = await sr.jobs.get(record.id);
    expect(routesAfter(fake, seq)).toEqual(['GET /jobs/{jobId}']);
    expect(plain).toMatchObject({
      id: record.id,
      name: record.title,
      compensation: record.compensation,
      hiring_team: null,
      target_hiring_at: record.targetHiringDate,
      web_url: expect.stringContaining(record.id),
    });
    seq = fake.requests.length;
    const withTeam = await sr.jobs.get(record.id, { include: ['hiring_team'] });
    const teamUsers = new Set(record.hiringTeam.map((m) => m.userId));
    expect(routesAfter(fake, seq).filter((r) => r === 'GET /user-api/v201804/users/{id}')).toHaveLength(
      teamUsers.size,
    );
    expect(withTeam.hiring_team).toHaveLength(teamUsers.size);
    for (const member of withTeam.hiring_team!) {
      const user = fake.state.users.get(member.user.id)!;
      expect(member.user.name).toBe(`${user.firstName} ${user.lastName}`);
      expect(member.remote_roles.sort()).toEqual(
        record.hiringTeam
          .filter((m) => m.userId === user.id)
          .map((m) => m.role)
          .sort(),
      );
      expect(member.roles).toHaveLength(member.remote_roles.length);
    }
    await expect(sr.jobs.get('00000000-0000-4000-8000-000000000000')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('names the hiring team members it can read: a missing one keeps its id, a failure is not hidden', async () => {
    const record = [...fake.state.jobs.values()].find((j) => j.hiringTeam.length >= 2)!;
    const gone = fake.faults.add({ route: 'GET /user-api/v201804/users/{id}', status: 404, times: 1 });
    const team = (await sr.jobs.get(record.id, { include: ['hiring_team'] })).hiring_team!;
    gone.remove();
    expect(team.filter((m) => m.user.name === null)).toHaveLength(1);
    const broken = fake.faults.add({ route: 'GET /user-api/v201804/users/{id}', status: 500 });
    await expect(sr.jobs.get(record.id, { include: ['hiring_team'] })).rejects.toMatchObject({ status: 500 });
    broken.remove();
  });

  it('creates a job as a draft', async () => {
    const template = [...fake.state.jobs.values()][0]!;
    const created = await sr.jobs.create({
      name: 'Staff Platform Engineer',
      code: 'REF-NEW-1',
      location: { country_code: 'pl', city: 'Krakow', is_remote: true },
      industry_id: template.industry!.id,
      function_id: template.function!.id,
      experience_level_id: template.experienceLevel!.id,
      compensation: { min: 100_000, max: 150_000, currency: 'eur' },
      description: '<p>Build the platform.</p>',
    });
    const record = job(created.id);
    expect(record).toMatchObject({
      title: 'Staff Platform Engineer',
      refNumber: 'REF-NEW-1',
      status: 'CREATED',
      compensation: { min: 100_000, max: 150_000, currency: 'EUR' },
    });
    expect(record.jobAd.sections.jobDescription?.text).toBe('<p>Build the platform.</p>');
    expect(created).toMatchObject({
      status: 'draft',
      remote_status: 'CREATED',
      name: 'Staff Platform Engineer',
      compensation: { min: 100_000, max: 150_000, currency: 'EUR' },
      locations: [expect.objectContaining({ city: 'Krakow', country_code: 'pl', is_remote: true })],
    });
    expect(created.description).toContain('Build the platform.');
    await rejectsBeforeAnyRequest(fake, () =>
      sr.jobs.create({
        name: 'No location',
        industry_id: 'x',
        function_id: 'y',
        experience_level_id: 'z',
      } as never),
    );
    await rejectsBeforeAnyRequest(fake, () =>
      sr.jobs.create({
        name: 'Bad pay',
        location: { country_code: 'pl', city: 'Krakow' },
        industry_id: template.industry!.id,
        function_id: template.function!.id,
        experience_level_id: template.experienceLevel!.id,
        compensation: { min: 10, max: 5, currency: 'EUR' },
      }),
    );
  });

  it('updates with a JSON Patch that reaches SR as application/json-patch+json', async () => {
    const sent: Array<{ method: string; contentType: string | null; body: string }> = [];
    const capturing = sdkFor(fake, {
      ...FAST_CLIENT,
      fetch: async (input, init) => {
        const request = new Request(input, init);
        sent.push({
          method: request.method,
          contentType: request.headers.get('content-type'),
          body: request.method === 'PATCH' ? await request.clone().text() : '',
        });
        return fetch(request);
      },
    });
    const record = [...fake.state.jobs.values()].find((j) => j.compensation)!;
    const seq = fake.requests.length;
    const updated = await capturing.jobs.update(record.id, {
      name: 'Renamed Job',
      location: { city: 'Gdansk', postal_code: '80-001' },
      compensation: { min: 1000, max: 2000, currency: 'usd' },
      code: null,
    });
    // The job is read first, so the patch fits what it has set.
    expect(routesAfter(fake, seq)).toEqual(['GET /jobs/{jobId}', 'PATCH /jobs/{jobId}']);
    expect(sent.map((r) => r.method)).toEqual(['GET', 'PATCH']);
    expect(sent[1]?.contentType).toBe('application/json-patch+json');
    expect(JSON.parse(sent[1]!.body)).toEqual([
      { op: 'replace', path: '/title', value: 'Renamed Job' },
      { op: 'remove', path: '/refNumber' },
      { op: 'replace', path: '/location/city', value: 'Gdansk' },
      { op: 'add', path: '/location/postalCode', value: '80-001' },
      { op: 'add', path: '/compensation', value: { min: 1000, max: 2000, currency: 'USD' } },
    ]);
    expect(record).toMatchObject({
      title: 'Renamed Job',
      refNumber: null,
      compensation: { min: 1000, max: 2000, currency: 'USD' },
    });
    expect(record.location).toMatchObject({ city: 'Gdansk', postalCode: '80-001' });
    expect(updated).toMatchObject({ name: 'Renamed Job', code: null, compensation: record.compensation });
    await rejectsBeforeAnyRequest(fake, () => sr.jobs.update(record.id, {}));
    await rejectsBeforeAnyRequest(fake, () =>
      sr.jobs.update(record.id, { location: { country_code: 'Poland' } }),
    );
  });

  it('removes only what the job has: a null compensation on a job without one sends no remove', async () => {
    const record = [...fake.state.jobs.values()].find((j) => !j.compensation && j.refNumber)!;
    expect(record).toBeDefined();
    const seq = fake.requests.length;
    const updated = await sr.jobs.update(record.id, { compensation: null, code: null });
    expect(routesAfter(fake, seq)).toEqual(['GET /jobs/{jobId}', 'PATCH /jobs/{jobId}']);
    expect(fake.requests.last({ method: 'PATCH' })?.status).toBe(200);
    expect(record.refNumber).toBeNull();
    expect(updated).toMatchObject({ code: null, compensation: null });
  });

  it('changes the status and returns the job as it now is', async () => {
    const record = [...fake.state.jobs.values()].find((j) => j.status === 'SOURCING')!;
    const onHold = await sr.jobs.updateStatus(record.id, { status: 'on_hold' });
    expect(record.status).toBe('ON_HOLD');
    expect(onHold).toMatchObject({ status: 'on_hold', remote_status: 'ON_HOLD' });
    const reopened = await sr.jobs.updateStatus(record.id, { status: 'open' });
    expect(reopened.remote_status).toBe('SOURCING');
    const filled = await sr.jobs.updateStatus(record.id, { status: 'closed', remote_status: 'FILLED' });
    expect(filled).toMatchObject({ status: 'closed', remote_status: 'FILLED' });
    expect(record.statusHistory.slice(-3).map((h) => h.status)).toEqual(['ON_HOLD', 'SOURCING', 'FILLED']);
    // `closed` is FILLED or CANCELLED: the caller must say which.
    const issues = await rejectsBeforeAnyRequest(fake, () =>
      sr.jobs.updateStatus(record.id, { status: 'closed' }),
    );
    expect(issues[0]?.path).toEqual(['remote_status']);
    await rejectsBeforeAnyRequest(fake, () =>
      sr.jobs.updateStatus(record.id, { status: 'open', remote_status: 'CANCELLED' }),
    );
    await rejectsBeforeAnyRequest(fake, () => sr.jobs.updateStatus('', { status: 'open' }));
  });
});
