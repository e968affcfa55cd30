import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Application,
  applicationId,
  BadRequestError,
  NotFoundError,
  parseApplicationId,
  type SmartRecruiters,
  ValidationError,
} from '../../src/index.js';
import {
  type ApplicationRecord,
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

beforeAll(async () => {
  // Rate limits are tested on candidates and in the e2e flows: this file runs faster.
  fake = await createFakeSmartRecruiters({
    ...FAST_FAKE,
    seed: 5,
    counts: { candidates: 12, jobs: 5, users: 4 },
  });
  sr = sdkFor(fake, FAST_CLIENT);
});
afterAll(() => fake.close());

const idOf = (app: Pick<ApplicationRecord, 'candidateId' | 'jobId'>) => `${app.candidateId}:${app.jobId}`;

function records(filter: (app: ApplicationRecord) => boolean = () => true): ApplicationRecord[] {
  return [...fake.state.applications.values()].filter(filter);
}

function record(id: string): ApplicationRecord {
  const { candidateId, jobId } = parseApplicationId(id);
  const app = fake.state.application(candidateId, jobId);
  if (!app) throw new Error(`no application ${id}`);
  return app;
}

async function all<T>(list: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of list) out.push(item);
  return out;
}

function expectMatchesState(app: Application): void {
  const rec = record(app.id);
  expect(app.remote_status).toBe(rec.status);
  expect(app.status).toBe(rec.status.toLowerCase());
  expect(app.sub_status).toBe(rec.subStatus);
  expect(app.candidate.id).toBe(rec.candidateId);
  expect(app.job.id).toBe(rec.jobId);
}

describe('applications.list', () => {
  it('lists every application of every candidate, reading statuses SR list items lack', async () => {
    const seq = fake.requests.length;
    const apps = await all(sr.applications.list({ limit: 4 }));
    const expected = records().map(idOf).sort();
    expect(apps.map((a) => a.id).sort()).toEqual(expected);
    expect(new Set(apps.map((a) => a.id)).size).toBe(apps.length);
    for (const app of apps) expectMatchesState(app);
    // The primary assignment carries its status; the others are read one by one.
    const candidatesWithApps = [...fake.state.candidates.keys()].filter(
      (id) => fake.state.applicationsOf(id).length > 0,
    );
    const reads = requestsAfter(fake, seq).filter((e) => e.route === 'GET /candidates/{id}/jobs/{jobId}');
    expect(reads).toHaveLength(expected.length - candidatesWithApps.length);
    expect(requestsAfter(fake, seq).filter((e) => e.route === 'GET /candidates')).toHaveLength(
      Math.ceil(fake.state.candidates.size / 4),
    );
  });

  it('lists the applications of one job, with total null (SR counts candidates, not applications)', async () => {
    const jobId = [...fake.state.jobs.keys()].find((id) => records((a) => a.jobId === id).length >= 3)!;
    const page = await sr.applications.list({ job_id: jobId, limit: 100 });
    expect(page.result.map((a) => a.id).sort()).toEqual(
      records((a) => a.jobId === jobId)
        .map(idOf)
        .sort(),
    );
    expect(page.result.every((a) => a.job.id === jobId)).toBe(true);
    expect(page.total).toBeNull();
    expect(page.result_count).toBe(page.result.length);
    expect(fake.requests.last({ route: 'GET /candidates' })?.query.jobId).toEqual([jobId]);
  });

  it('lists the applications of one candidate from the candidate record', async () => {
    const candidateId = [...fake.state.candidates.keys()].find(
      (id) => fake.state.applicationsOf(id).length >= 2,
    )!;
    const seq = fake.requests.length;
    const page = await sr.applications.list({ candidate_id: candidateId });
    expect(routesAfter(fake, seq)).toEqual(['GET /candidates/{id}']);
    expect(page.result.map((a) => a.id).sort()).toEqual(
      fake.state.applicationsOf(candidateId).map(idOf).sort(),
    );
    for (const app of page.result) expectMatchesState(app);
    // From the candidate's details: the whole assignment, without the application's url and
    // SmartRecruiters' job application id.
    for (const app of page.result) {
      expect(app.source?.id).toBe(record(app.id).source.sourceId);
      expect(app.job_application_id).toBeNull();
      expect(app.not_fetched).toEqual([
        'web_url',
        'job_application_id',
        'created_at',
        'updated_at',
        'applied_at',
        'hired_at',
        'rejected_at',
        'custom_fields',
        'screening_answers',
      ]);
    }
    const candidate = fake.state.candidates.get(candidateId)!;
    expect(page.result[0]?.candidate.name).toBe(`${candidate.firstName} ${candidate.lastName}`);
    expect(page).toMatchObject({ next_cursor: null, total: page.result.length });
  });

  it("pages one candidate's applications by limit and cursor, and refuses updated_after with candidate_id", async () => {
    const candidateId = [...fake.state.candidates.keys()].find(
      (id) => fake.state.applicationsOf(id).length >= 2,
    )!;
    const first = await sr.applications.list({ candidate_id: candidateId, limit: 1 });
    expect(first.result).toHaveLength(1);
    expect(first.next_cursor).not.toBeNull();
    const rest = await sr.applications
      .list({ candidate_id: candidateId, cursor: first.next_cursor! })
      .toArray();
    expect([...first.result, ...rest].map((a) => a.id).sort()).toEqual(
      fake.state.applicationsOf(candidateId).map(idOf).sort(),
    );
    await rejectsBeforeAnyRequest(fake, () =>
      sr.applications.list({ candidate_id: candidateId, updated_after: '2026-01-01' }),
    );
  });

  it('filters on status (unified or SR values), keeping only applications in it', async () => {
    const rejected = await all(sr.applications.list({ status: 'rejected', limit: 100 }));
    expect(rejected.map((a) => a.id).sort()).toEqual(
      records((a) => a.status === 'REJECTED')
        .map(idOf)
        .sort(),
    );
    expect(rejected.length).toBeGreaterThan(0);
    expect(rejected.every((a) => a.status === 'rejected' && a.outcome === 'declined')).toBe(true);
    const both = await all(sr.applications.list({ status: ['HIRED', 'offered'], limit: 100 }));
    expect(both.map((a) => a.id).sort()).toEqual(
      records((a) => a.status === 'HIRED' || a.status === 'OFFERED')
        .map(idOf)
        .sort(),
    );
    expect(fake.requests.last({ route: 'GET /candidates' })?.query.status).toEqual(['HIRED', 'OFFERED']);
  });

  it('resumes a filtered list from its cursor alone, still filtered', async () => {
    const jobId = [...fake.state.jobs.keys()].find((id) => records((a) => a.jobId === id).length >= 3)!;
    const first = await sr.applications.list({ job_id: jobId, limit: 1 });
    expect(first.next_cursor).not.toBeNull();
    const rest = await all(sr.applications.list({ cursor: first.next_cursor! }));
    const union = [...first.result, ...rest].map((a) => a.id);
    expect(union.sort()).toEqual(
      records((a) => a.jobId === jobId)
        .map(idOf)
        .sort(),
    );
    expect(new Set(union).size).toBe(union.length);
    // A status filter resumed from a cursor also holds: pick a status whose candidates also have
    // applications in other statuses, so the SDK-side filter matters.
    const status = (['IN_REVIEW', 'INTERVIEW', 'NEW', 'REJECTED', 'HIRED'] as const).find((s) => {
      const holders = [...fake.state.candidates.keys()].filter((c) =>
        fake.state.applicationsOf(c).some((a) => a.status === s),
      );
      return (
        holders.length >= 2 && holders.some((c) => fake.state.applicationsOf(c).some((a) => a.status !== s))
      );
    })!;
    const firstInStatus = await sr.applications.list({ status: status.toLowerCase() as never, limit: 1 });
    const restInStatus = await all(sr.applications.list({ cursor: firstInStatus.next_cursor! }));
    const inStatus = [...firstInStatus.result, ...restInStatus];
    expect(inStatus.map((a) => a.id).sort()).toEqual(
      records((a) => a.status === status)
        .map(idOf)
        .sort(),
    );
    expect(inStatus.every((a) => a.remote_status === status)).toBe(true);
  });

  it('hydrates with the status history by default, and with what include asks for', async () => {
    const candidateId = [...fake.state.candidates.keys()].find((id) =>
      fake.state.applicationsOf(id).some((a) => Object.keys(a.properties).length > 0),
    )!;
    const page = await sr.applications.list({ candidate_id: candidateId, hydrate: true });
    for (const app of page.result) {
      const rec = record(app.id);
      expect(app.custom_fields).toEqual([]);
      expect(app.not_fetched).toEqual(['custom_fields', 'screening_answers']);
      expect(app.applied_at).toBe(rec.statusHistory.find((h) => h.status !== 'LEAD')?.changedOn ?? null);
      expect(app.created_at).toBe(rec.statusHistory[0]?.changedOn);
    }
    const seq = fake.requests.length;
    const withFields = await sr.applications.list({
      candidate_id: candidateId,
      hydrate: true,
      include: ['status_history', 'custom_fields'],
    });
    for (const app of withFields.result) {
      const rec = record(app.id);
      expect(app.custom_fields.map((f) => f.id).sort()).toEqual(Object.keys(rec.properties).sort());
      expect(app.not_fetched).toEqual(['screening_answers']);
    }
    // One candidate read, then 3 requests per application: itself, its history, its properties.
    expect(routesAfter(fake, seq)).toHaveLength(1 + 3 * withFields.result.length);
  });

  it('refuses bad parameters before any request', async () => {
    await rejectsBeforeAnyRequest(fake, () => sr.applications.list({ status: 'accepted' as never }));
    await rejectsBeforeAnyRequest(fake, () => sr.applications.list({ job_id: '' }));
    await rejectsBeforeAnyRequest(fake, () => sr.applications.list({ candidate_id: ' x' }));
    await rejectsBeforeAnyRequest(fake, () => sr.applications.list({ limit: 0 }));
    await rejectsBeforeAnyRequest(fake, () => sr.applications.list({ limit: 101 }));
    const page = await sr.candidates.list({ limit: 1 });
    await rejectsBeforeAnyRequest(fake, () => sr.applications.list({ cursor: page.next_cursor! }));
  });
});

describe('applications: ids, get, create', () => {
  it('builds and splits composite ids, refusing malformed ones before any request', async () => {
    const app = records()[0]!;
    const id = applicationId(app.candidateId, app.jobId);
    expect(id).toBe(`${app.candidateId}:${app.jobId}`);
    expect(parseApplicationId(id)).toEqual({ candidateId: app.candidateId, jobId: app.jobId });
    expect(() => applicationId('a:b', 'c')).toThrow(ValidationError);
    for (const bad of ['', 'no-colon', 'a:b:c', ':job', 'candidate:']) {
      await rejectsBeforeAnyRequest(fake, () => sr.applications.get(bad));
      await rejectsBeforeAnyRequest(fake, () => sr.applications.delete(bad));
    }
  });

  it('gets an application with its status history by default: two requests, every date filled', async () => {
    const rec = records((a) => a.status === 'HIRED' && Object.keys(a.properties).length > 0)[0]!;
    const seq = fake.requests.length;
    const app = await sr.applications.get(idOf(rec));
    expect(routesAfter(fake, seq).sort()).toEqual(
      ['GET /candidates/{id}/jobs/{jobId}', 'GET /candidates/{id}/jobs/{jobId}/status/history'].sort(),
    );
    expectMatchesState(app);
    expect(app).toMatchObject({
      outcome: 'hired',
      starts_at: rec.startsOn,
      created_at: rec.statusHistory[0]!.changedOn,
      updated_at: rec.statusHistory.at(-1)!.changedOn,
      hired_at: rec.statusHistory.at(-1)!.changedOn,
      applied_at: rec.statusHistory[0]!.changedOn,
      rejected_at: null,
      screening_answers: null,
      // SR's answer names neither the candidate nor the job: unknown, not empty.
      candidate: { id: rec.candidateId, name: null },
      job: { id: rec.jobId, name: null },
      not_fetched: ['candidate', 'job', 'custom_fields', 'screening_answers'],
    });
    expect(app.source).toEqual({
      id: rec.source.sourceId,
      name: fake.state.sourceValues.get(rec.source.sourceId)?.label,
      type_id: rec.source.sourceTypeId,
      sub_type_id: null,
    });
    expect(app.web_url).toEqual(expect.stringContaining(rec.id));
    // SmartRecruiters' job application id, the key of the Interviews API.
    expect(app.job_application_id).toBe(rec.id);
    const withFields = await sr.applications.get(idOf(rec), { include: ['custom_fields'] });
    const property = fake.state.candidateProperties.get(Object.keys(rec.properties)[0]!)!;
    expect(withFields.custom_fields).toContainEqual(
      expect.objectContaining({
        id: property.id,
        label: property.label,
        type: property.type.toLowerCase(),
        value: rec.properties[property.id],
      }),
    );
  });

  it('reads only what include asks for', async () => {
    const rec = records((a) => a.screeningAnswers.length > 0)[0]!;
    let seq = fake.requests.length;
    const bare = await sr.applications.get(idOf(rec), { include: [] });
    expect(routesAfter(fake, seq)).toEqual(['GET /candidates/{id}/jobs/{jobId}']);
    expect(bare).toMatchObject({ custom_fields: [], applied_at: null, screening_answers: null });
    seq = fake.requests.length;
    const withAnswers = await sr.applications.get(idOf(rec), { include: ['screening_answers'] });
    expect(routesAfter(fake, seq).sort()).toEqual(
      ['GET /candidates/{id}/jobs/{jobId}', 'GET /candidates/{id}/jobs/{jobId}/screening-answers'].sort(),
    );
    expect(withAnswers.screening_answers?.map((a) => a.id)).toEqual(rec.screeningAnswers.map((a) => a.id));
    expect(withAnswers.screening_answers?.[0]?.question).toBe(rec.screeningAnswers[0]?.label);
  });

  it('answers NotFoundError for an application that does not exist', async () => {
    const candidateId = [...fake.state.candidates.keys()][0]!;
    await expect(
      sr.applications.get(`${candidateId}:00000000-0000-4000-8000-000000000000`),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('creates an application: a new candidate onto a job, with its source', async () => {
    const job = [...fake.state.jobs.values()].find((j) => j.status === 'SOURCING')!;
    const value = [...fake.state.sourceValues.values()].find((v) => v.typeId === 'AGENCIES')!;
    const seq = fake.requests.length;
    const app = await sr.applications.create({
      job_id: job.id,
      candidate: {
        first_name: 'Apply',
        last_name: 'Ing',
        email: 'apply.ing@example.test',
        tags: ['referral'],
      },
      source: { type_id: 'AGENCIES', id: value.id },
    });
    const rec = record(app.id);
    expect(rec.source).toMatchObject({ sourceTypeId: 'AGENCIES', sourceId: value.id });
    // Read back with its status history: the dates and SR's ids are filled, the names kept.
    const created = rec.statusHistory[0]!.changedOn;
    expect(created).toEqual(expect.any(String));
    expect(app).toMatchObject({
      created_at: created,
      updated_at: rec.statusHistory.at(-1)!.changedOn,
      applied_at: created,
      job_application_id: rec.id,
      web_url: expect.stringContaining(rec.id),
      not_fetched: ['custom_fields', 'screening_answers'],
    });
    expect(app).toMatchObject({
      status: 'new',
      remote_status: 'NEW',
      outcome: 'pending',
      job: { id: job.id, name: job.title },
      candidate: { name: 'Apply Ing' },
      source: { name: value.label },
    });
    // This application's requests (a read of an earlier test may still land in the log).
    const mine = requestsAfter(fake, seq).filter(
      (e) => e.route === 'POST /jobs/{jobId}/candidates' || e.path.includes(rec.candidateId),
    );
    expect(mine.map((e) => e.route).sort()).toEqual(
      [
        'POST /jobs/{jobId}/candidates',
        'GET /candidates/{id}/jobs/{jobId}',
        'GET /candidates/{id}/jobs/{jobId}/status/history',
      ].sort(),
    );
    expect(fake.state.candidates.get(rec.candidateId)?.tags).toEqual(['referral']);
    await rejectsBeforeAnyRequest(fake, () =>
      sr.applications.create({ job_id: job.id, candidate: { first_name: 'X', last_name: 'Y' } as never }),
    );
  });
});

describe('applications.create never fails after SmartRecruiters created the candidate', () => {
  it('returns what it has, with a warning, when the answer lacks the application and reading it back fails', async () => {
    const warnings: Array<{ code: string }> = [];
    const client = sdkFor(fake, { ...FAST_CLIENT, hooks: { warning: (w) => warnings.push(w) } });
    const job = [...fake.state.jobs.values()][0]!;
    const before = fake.state.candidates.size;
    // SR creates the candidate, but its answer carries no assignment, and the read back fails.
    const answer = fake.faults.add({
      route: 'POST /jobs/{jobId}/candidates',
      when: 'after',
      status: 201,
      body: { id: 'c-unreadable' },
      times: 1,
    });
    const app = await client.applications.create({
      job_id: job.id,
      candidate: { first_name: 'Read', last_name: 'Back', email: 'read.back@example.test' },
    });
    answer.remove();
    expect(answer.fired).toBe(1);
    expect(fake.state.candidates.size).toBe(before + 1);
    expect(app).toMatchObject({ id: `c-unreadable:${job.id}`, status: 'other', remote_status: null });
    expect(warnings.map((w) => w.code)).toContain('read_after_write_failed');
  });

  it('returns the answer it has, dates unknown, with a warning, when only the read back fails', async () => {
    const warnings: Array<{ code: string; message: string }> = [];
    const client = sdkFor(fake, {
      ...FAST_CLIENT,
      maxRetries: 0,
      hooks: { warning: (w) => warnings.push(w) },
    });
    const job = [...fake.state.jobs.values()].find((j) => j.status === 'SOURCING')!;
    const failing = fake.faults.add({ route: 'GET /candidates/{id}/jobs/{jobId}', status: 503, times: 1 });
    const app = await client.applications.create({
      job_id: job.id,
      candidate: { first_name: 'No', last_name: 'Read', email: 'no.read@example.test' },
    });
    failing.remove();
    expect(failing.fired).toBe(1);
    expect(app).toMatchObject({
      remote_status: 'NEW',
      created_at: null,
      job: { id: job.id, name: job.title },
    });
    expect(app.not_fetched).toEqual(expect.arrayContaining(['created_at', 'applied_at']));
    expect(warnings).toContainEqual(
      expect.objectContaining({ code: 'read_after_write_failed', message: expect.stringMatching(/dates/) }),
    );
  });
});

describe('applications: status, source, custom fields, screening answers, delete', () => {
  function pick(filter: (app: ApplicationRecord) => boolean): ApplicationRecord {
    const found = records(filter)[0];
    if (!found) throw new Error('no such application in the seed');
    return found;
  }

  it("moves an application to a stage with a sub-status of the job's hiring process", async () => {
    const rec = pick((a) => {
      const process = fake.state.hiringProcesses.get(fake.state.jobs.get(a.jobId)!.hiringProcessId);
      return a.status === 'NEW' && (process?.subStatuses.INTERVIEW?.length ?? 0) > 0;
    });
    const process = fake.state.hiringProcesses.get(fake.state.jobs.get(rec.jobId)!.hiringProcessId)!;
    const subStatus = process.subStatuses.INTERVIEW![0]!;
    const app = await sr.applications.updateStatus(idOf(rec), { status: 'interview', sub_status: subStatus });
    expect(rec).toMatchObject({ status: 'INTERVIEW', subStatus });
    expect(app).toMatchObject({
      status: 'interview',
      remote_status: 'INTERVIEW',
      sub_status: subStatus,
      outcome: 'pending',
    });
    const error = await sr.applications
      .updateStatus(idOf(rec), { status: 'interview', sub_status: 'Not A Stage' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(rec.subStatus).toBe(subStatus);
  });

  it('rejects and withdraws with a configured reason', async () => {
    const reason = [...fake.state.rejectionReasons.values()][1]!;
    const toReject = pick((a) => a.status === 'IN_REVIEW' || a.status === 'INTERVIEW');
    const rejected = await sr.applications.updateStatus(idOf(toReject), {
      status: 'rejected',
      reason_id: reason.id,
    });
    expect(toReject.reasonOfRejection).toEqual(reason);
    expect(rejected).toMatchObject({
      status: 'rejected',
      outcome: 'declined',
      reject_reason: { id: reason.id, name: reason.label },
      withdraw_reason: null,
      rejected_at: toReject.statusHistory.at(-1)!.changedOn,
    });

    const withdrawal = [...fake.state.withdrawalReasons.values()][0]!;
    const toWithdraw = pick((a) => a.status === 'NEW' || a.status === 'LEAD');
    const withdrawn = await sr.applications.updateStatus(idOf(toWithdraw), {
      status: 'withdrawn',
      reason_id: withdrawal.id,
    });
    expect(withdrawn).toMatchObject({
      status: 'withdrawn',
      outcome: 'declined',
      withdraw_reason: { id: withdrawal.id, name: withdrawal.label },
    });
    // A rejection reason is not a withdrawal reason: SR refuses it.
    await expect(
      sr.applications.updateStatus(idOf(toWithdraw), { status: 'withdrawn', reason_id: reason.id }),
    ).rejects.toBeInstanceOf(BadRequestError);
  });

  it('hires with a start date', async () => {
    const rec = pick((a) => a.status === 'OFFERED');
    const app = await sr.applications.updateStatus(idOf(rec), {
      status: 'hired',
      starts_at: '2026-04-01T09:00:00.000Z',
    });
    expect(rec).toMatchObject({ status: 'HIRED', startsOn: '2026-04-01T09:00:00.000Z' });
    expect(app).toMatchObject({
      status: 'hired',
      outcome: 'hired',
      starts_at: '2026-04-01T09:00:00.000Z',
      hired_at: rec.statusHistory.at(-1)!.changedOn,
    });
  });

  it('refuses a malformed status change before any request', async () => {
    const id = idOf(records()[0]!);
    await rejectsBeforeAnyRequest(fake, () =>
      sr.applications.updateStatus(id, { status: 'rejected' } as never),
    );
    await rejectsBeforeAnyRequest(fake, () =>
      sr.applications.updateStatus(id, { status: 'interview', reason_id: 'x' } as never),
    );
    await rejectsBeforeAnyRequest(fake, () =>
      sr.applications.updateStatus(id, { status: 'hired', starts_at: 'soon' }),
    );
    await rejectsBeforeAnyRequest(fake, () => sr.applications.updateStatus(id, { status: 'other' } as never));
  });

  it('changes the source', async () => {
    const rec = records()[1]!;
    const value = [...fake.state.sourceValues.values()].find(
      (v) => v.typeId === 'REFERRALS' && v.id !== rec.source.sourceId,
    )!;
    const app = await sr.applications.updateSource(idOf(rec), { type_id: 'REFERRALS', id: value.id });
    expect(rec.source).toEqual({
      sourceTypeId: 'REFERRALS',
      sourceSubTypeId: value.subTypeId,
      sourceId: value.id,
    });
    expect(app.source?.name).toBe(value.label);
    await rejectsBeforeAnyRequest(fake, () =>
      sr.applications.updateSource(idOf(rec), { type_id: 'REFERRALS' } as never),
    );
  });

  it("gives the source as SR's ids, which go back into create and updateSource as they are", async () => {
    const original = records((a) => a.source.sourceTypeId !== 'API')[0]!;
    const app = await sr.applications.get(idOf(original), { include: [] });
    expect(app.source).toEqual({
      id: original.source.sourceId,
      name: fake.state.sourceValues.get(original.source.sourceId)!.label,
      type_id: original.source.sourceTypeId,
      sub_type_id: null,
    });
    // Into a create...
    const job = [...fake.state.jobs.values()].find((j) => j.id !== original.jobId)!;
    const created = await sr.applications.create({
      job_id: job.id,
      candidate: { first_name: 'Round', last_name: 'Trip', email: 'round.trip@example.test' },
      source: app.source!,
    });
    expect(record(created.id).source).toMatchObject({
      sourceTypeId: original.source.sourceTypeId,
      sourceId: original.source.sourceId,
    });
    expect(created.source).toEqual(app.source);
    // ...and into updateSource.
    const other = records((a) => a.source.sourceId !== original.source.sourceId)[0]!;
    const moved = await sr.applications.updateSource(idOf(other), app.source!);
    expect(record(moved.id).source).toMatchObject({
      sourceTypeId: original.source.sourceTypeId,
      sourceId: original.source.sourceId,
    });
    expect(moved.source).toEqual(app.source);
  });

  it("reads an application from a webhook payload's candidate_id and job_id", async () => {
    const rec = records()[4]!;
    const payload = { job_id: rec.jobId, candidate_id: rec.candidateId, application_id: rec.id };
    const app = await sr.applications.get(payload);
    expect(app.id).toBe(idOf(rec));
    expectMatchesState(app);
    // The payload's application_id is SR's own id, not the SDK's: the error says where to look.
    const issues = await rejectsBeforeAnyRequest(fake, () => sr.applications.get(payload.application_id));
    expect(issues[0]?.message).toMatch(/applicationId\(candidateId, jobId\).*candidate_id, job_id/);
    await rejectsBeforeAnyRequest(fake, () =>
      sr.applications.get({ candidate_id: rec.candidateId, job_id: '' }),
    );
  });

  it('writes custom fields checked against the property types, and resets one with null', async () => {
    const properties = [...fake.state.candidateProperties.values()];
    const number = properties.find((p) => p.type === 'NUMBER')!;
    const select = properties.find((p) => p.type === 'SINGLE_SELECT')!;
    const country = properties.find((p) => p.type === 'COUNTRY')!;
    const rec = records()[2]!;
    rec.properties[country.id] = 'pl';
    const app = await sr.applications.updateCustomFields(idOf(rec), [
      { id: number.id, value: 7 },
      { id: select.id, value: select.values[1]!.id },
      { id: country.id, value: null },
    ]);
    expect(rec.properties[number.id]).toBe(7);
    expect(rec.properties[select.id]).toBe(select.values[1]!.id);
    expect(country.id in rec.properties).toBe(false);
    expect(app.custom_fields).toContainEqual(
      expect.objectContaining({
        id: select.id,
        value: select.values[1]!.id,
        value_label: select.values[1]!.label,
      }),
    );
    expect(app.custom_fields.find((f) => f.id === country.id)).toBeUndefined();
  });

  it('refuses a wrong-typed custom field value before anything is written', async () => {
    const number = [...fake.state.candidateProperties.values()].find((p) => p.type === 'NUMBER')!;
    const rec = records()[3]!;
    const before = { ...rec.properties };
    // The property types are known (read once by the previous test): no request at all.
    const issues = await rejectsBeforeAnyRequest(fake, () =>
      sr.applications.updateCustomFields(idOf(rec), [{ id: number.id, value: 'seven' }]),
    );
    expect(issues[0]).toMatchObject({ path: [0, 'value'], message: expect.stringContaining('number') });
    // With the type given by the caller, even a fresh client sends nothing.
    const fresh = sdkFor(fake, FAST_CLIENT);
    await rejectsBeforeAnyRequest(fake, () =>
      fresh.applications.updateCustomFields(idOf(rec), [{ id: number.id, type: 'number', value: '7' }]),
    );
    // Without it, a fresh client reads the property types, then refuses: nothing is written.
    const seq = fake.requests.length;
    await expect(
      fresh.applications.updateCustomFields(idOf(rec), [{ id: number.id, value: 'seven' }]),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(routesAfter(fake, seq)).toEqual(['GET /configuration/candidate-properties']);
    expect(rec.properties).toEqual(before);
  });

  it("one caller's abort does not fail another caller waiting for the same property types", async () => {
    const number = [...fake.state.candidateProperties.values()].find((p) => p.type === 'NUMBER')!;
    const rec = records()[4]!;
    const fresh = sdkFor(fake, FAST_CLIENT);
    const controller = new AbortController();
    const aborted = fresh.applications.updateCustomFields(idOf(rec), [{ id: number.id, value: 1 }], {
      signal: controller.signal,
    });
    const patient = fresh.applications.updateCustomFields(idOf(rec), [{ id: number.id, value: 2 }]);
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'RequestAbortedError' });
    await expect(patient).resolves.toMatchObject({ id: idOf(rec) });
    expect(rec.properties[number.id]).toBe(2);
  });

  it('reads screening answers', async () => {
    const rec = records((a) => a.screeningAnswers.length > 0)[0]!;
    const answers = await sr.applications.screeningAnswers(idOf(rec));
    expect(answers.map((a) => [a.id, a.name, a.type])).toEqual(
      rec.screeningAnswers.map((a) => [a.id, a.name, a.type]),
    );
    expect(answers[0]?.records[0]?.fields[0]?.values[0]?.label).toBe(
      rec.screeningAnswers[0]?.records[0]?.fields[0]?.values[0]?.label,
    );
    const none = records((a) => a.screeningAnswers.length === 0)[0]!;
    expect(await sr.applications.screeningAnswers(idOf(none))).toEqual([]);
  });

  it('deletes an application, keeping the candidate', async () => {
    const rec = records((a) => fake.state.applicationsOf(a.candidateId).length >= 2)[0]!;
    await sr.applications.delete(idOf(rec));
    expect(fake.state.application(rec.candidateId, rec.jobId)).toBeUndefined();
    expect(fake.state.candidates.has(rec.candidateId)).toBe(true);
    await expect(sr.applications.get(idOf(rec))).rejects.toBeInstanceOf(NotFoundError);
    const remaining = await sr.applications.list({ candidate_id: rec.candidateId });
    expect(remaining.result.map((a) => a.id)).not.toContain(idOf(rec));
  });
});
