/**
 * Every list's parameters: enum filters are literal unions (a misspelt status does not compile),
 * SmartRecruiters' own values are accepted at run time too, and a `Date` goes wherever a date-time
 * string does, sent as ISO-8601.
 */
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import {
  type ApplicationListParams,
  type CallbackLogParams,
  type CandidateListParams,
  type CandidateSyncParams,
  type JobInterviewStageListParams,
  type JobListParams,
  type OfferListParams,
  type RejectReasonListParams,
  type SmartRecruiters,
  toSrApplicationListQuery,
  toSrCandidateListQuery,
  toSrCandidatePropertyValues,
  toSrCandidateStatus,
  toSrInterviewInput,
  toSrJobListQuery,
  toSrJobPatch,
  toSrOfferListQuery,
  toSrUserListQuery,
  type UserListParams,
  ValidationError,
} from '../../src/index.js';
import { createFakeSmartRecruitersCore, type FakeSmartRecruitersCore } from '../../src/testing/index.js';

const cores: FakeSmartRecruitersCore[] = [];
afterEach(() => {
  while (cores.length > 0) cores.pop()?.close();
});

function fakeSdk(): { fake: FakeSmartRecruitersCore; sr: SmartRecruiters } {
  const fake = createFakeSmartRecruitersCore({ rateLimits: false, latencyMs: 0 });
  cores.push(fake);
  return { fake, sr: fake.client({ logLevel: 'off' }) };
}

// Before every seeded record of the fake (they count back from 2026-01-01).
const WHEN = new Date(Date.UTC(2016, 2, 4, 5, 6, 7, 89));
const WHEN_ISO = '2016-03-04T05:06:07.089Z';

describe('enum filters are literal unions', () => {
  it('types the status filters of candidates, applications, jobs and offers', () => {
    expectTypeOf<NonNullable<CandidateListParams['status']>>().toEqualTypeOf<
      ApplicationStatusValue | ApplicationStatusValue[]
    >();
    expectTypeOf<NonNullable<ApplicationListParams['status']>>().toEqualTypeOf<
      ApplicationStatusValue | ApplicationStatusValue[]
    >();
    expectTypeOf<NonNullable<JobListParams['status']>>().toEqualTypeOf<JobStatusValue | JobStatusValue[]>();
    expectTypeOf<NonNullable<JobListParams['posting_status']>>().toEqualTypeOf<
      | 'public'
      | 'internal'
      | 'private'
      | 'not_published'
      | 'PUBLIC'
      | 'INTERNAL'
      | 'NOT_PUBLISHED'
      | 'PRIVATE'
    >();
    expectTypeOf<NonNullable<OfferListParams['status']>>().toEqualTypeOf<
      OfferStatusValue | OfferStatusValue[]
    >();
    expectTypeOf<NonNullable<RejectReasonListParams['kind']>>().toEqualTypeOf<'rejection' | 'withdrawal'>();
    expectTypeOf<NonNullable<JobInterviewStageListParams['status']>>().toEqualTypeOf<
      'in_review' | 'interview' | 'offered' | 'IN_REVIEW' | 'INTERVIEW' | 'OFFERED'
    >();
    expectTypeOf<NonNullable<CallbackLogParams['status']>>().toEqualTypeOf<'successful' | 'failed'>();
  });

  it('refuses a misspelt value at compile time, and at run time before any request', async () => {
    const { fake, sr } = fakeSdk();
    const attempts = [
      // @ts-expect-error 'hird' is no application status
      () => sr.applications.list({ status: 'hird' }),
      // @ts-expect-error nor in an array
      () => sr.candidates.list({ status: ['new', 'hird'] }),
      // @ts-expect-error 'opened' is no job status
      () => sr.jobs.list({ status: 'opened' }),
      // @ts-expect-error 'published' is no posting status
      () => sr.jobs.list({ posting_status: 'published' }),
      // @ts-expect-error 'signed' is no offer status
      () => sr.offers.list({ status: 'signed' }),
      // @ts-expect-error 'other' matches nothing to filter on
      () => sr.applications.list({ status: 'other' }),
      // @ts-expect-error 'rejected' is no reject reason kind
      () => sr.rejectReasons.list({ kind: 'rejected' }),
      // @ts-expect-error 'hired' has no interview stages
      () => sr.jobInterviewStages.list({ status: 'hired' }),
    ];
    for (const attempt of attempts) {
      await expect(attempt()).rejects.toBeInstanceOf(ValidationError);
    }
    expect(fake.requests.length).toBe(0);
  });

  it("accepts unified and SmartRecruiters' values alike", async () => {
    const { fake, sr } = fakeSdk();
    const unified = await sr.applications.list({ status: 'in_review', limit: 100 });
    const srValue = await sr.applications.list({ status: 'IN_REVIEW', limit: 100 });
    expect(unified.result.map((a) => a.id)).toEqual(srValue.result.map((a) => a.id));
    expect(unified.result.length).toBeGreaterThan(0);
    expect(unified.result.every((a) => a.status === 'in_review')).toBe(true);
    expect(toSrJobListQuery({ status: ['open', 'ON_HOLD'], posting_status: 'PUBLIC' })).toMatchObject({
      statuses: ['SOURCING', 'INTERVIEW', 'OFFER', 'ON_HOLD'],
      postingStatus: 'PUBLIC',
    });
    expect(toSrOfferListQuery({ status: ['sent', 'ACCEPTED'] }).status).toEqual([
      'PENDING_ACCEPTANCE',
      'ACCEPTED',
    ]);
    expect(fake.requests.all().every((e) => e.status === 200)).toBe(true);
  });
});

describe('a Date wherever a date-time string goes', () => {
  it('types every date-time parameter as string | Date', () => {
    expectTypeOf<NonNullable<CandidateListParams['updated_after']>>().toEqualTypeOf<string | Date>();
    expectTypeOf<NonNullable<ApplicationListParams['updated_after']>>().toEqualTypeOf<string | Date>();
    expectTypeOf<NonNullable<JobListParams['updated_after']>>().toEqualTypeOf<string | Date>();
    expectTypeOf<NonNullable<JobListParams['last_activity_after']>>().toEqualTypeOf<string | Date>();
    expectTypeOf<NonNullable<UserListParams['updated_after']>>().toEqualTypeOf<string | Date>();
    expectTypeOf<NonNullable<OfferListParams['created_after']>>().toEqualTypeOf<string | Date>();
    expectTypeOf<NonNullable<OfferListParams['created_before']>>().toEqualTypeOf<string | Date>();
    expectTypeOf<NonNullable<CallbackLogParams['after']>>().toEqualTypeOf<string | Date>();
    expectTypeOf<NonNullable<CandidateSyncParams['since']>>().toEqualTypeOf<string | Date>();
  });

  it('sends a Date as ISO-8601 in UTC in every list query', () => {
    expect(toSrCandidateListQuery({ updated_after: WHEN }).updatedAfter).toBe(WHEN_ISO);
    expect(toSrApplicationListQuery({ updated_after: WHEN }).updatedAfter).toBe(WHEN_ISO);
    expect(toSrJobListQuery({ updated_after: WHEN, last_activity_after: WHEN })).toMatchObject({
      updatedAfter: WHEN_ISO,
      lastActivityAfter: WHEN_ISO,
    });
    expect(toSrUserListQuery({ updated_after: WHEN }).updatedAfter).toBe(WHEN_ISO);
    expect(toSrOfferListQuery({ created_after: WHEN, created_before: WHEN })).toMatchObject({
      createdAfter: WHEN_ISO,
      createdBefore: WHEN_ISO,
    });
  });

  it('sends updated_after: new Date() to SmartRecruiters and resumes its cursor with the same Date', async () => {
    const { fake, sr } = fakeSdk();
    const page = await sr.candidates.list({ updated_after: WHEN, limit: 2 });
    expect(fake.requests.last()?.query.updatedAfter).toEqual([WHEN_ISO]);
    expect(page.next_cursor).not.toBeNull();
    // The cursor holds the ISO string: passing the same Date along is the same filter.
    const next = await sr.candidates.list({ cursor: page.next_cursor!, updated_after: new Date(WHEN) });
    expect(fake.requests.last()?.query.updatedAfter).toEqual([WHEN_ISO]);
    expect(next.result.map((c) => c.id)).not.toContain(page.result[0]?.id);
  });

  it('takes a Date as a sync since, stored in the state as ISO-8601', async () => {
    const { fake, sr } = fakeSdk();
    const run = sr.candidates.sync({ since: WHEN });
    for await (const _ of run) {
      // walk the whole run
    }
    expect(fake.requests.all({ route: 'GET /candidates' })[0]?.query.updatedAfter).toEqual([WHEN_ISO]);
  });

  it('refuses an invalid Date before any request', async () => {
    const { fake, sr } = fakeSdk();
    const invalid = new Date('not a date');
    await expect(sr.candidates.list({ updated_after: invalid })).rejects.toThrow(
      /updated_after: expected an ISO-8601 date-time .* or a valid Date/,
    );
    await expect(sr.offers.list({ created_before: invalid })).rejects.toBeInstanceOf(ValidationError);
    expect(() => sr.candidates.sync({ since: invalid })).toThrow(ValidationError);
    expect(fake.requests.length).toBe(0);
  });
});

describe('and in write inputs', () => {
  it('takes a Date for starts_at, target_hiring_at, interview slots and date custom fields', () => {
    expect(toSrCandidateStatus({ status: 'hired', starts_at: WHEN }).startsOn).toBe(WHEN_ISO);
    expect(toSrCandidateStatus({ status: 'hired', starts_at: '2027-01-04' }).startsOn).toBe(
      '2027-01-04T00:00:00.000Z',
    );
    expect(toSrJobPatch({ target_hiring_at: WHEN })).toContainEqual({
      op: 'add',
      path: '/targetHiringDate',
      value: WHEN_ISO,
    });
    const slot = toSrInterviewInput({
      application_id: 'c1:j1',
      organizer_id: 'u1',
      timezone: 'Europe/Warsaw',
      timeslots: [
        { starts_at: WHEN, ends_at: new Date(WHEN.getTime() + 3_600_000), interviewer_ids: ['u2'] },
      ],
    }).timeslots[0];
    expect(slot).toMatchObject({ startsOn: WHEN_ISO, endsOn: '2016-03-04T06:06:07.089Z' });
    expect(toSrCandidatePropertyValues([{ id: 'p1', type: 'date', value: WHEN }])).toEqual([
      { id: 'p1', value: WHEN_ISO },
    ]);
    expect(() =>
      toSrInterviewInput({
        application_id: 'c1:j1',
        organizer_id: 'u1',
        timezone: 'Europe/Warsaw',
        timeslots: [{ starts_at: WHEN, ends_at: WHEN, interviewer_ids: ['u2'] }],
      }),
    ).toThrow(/ends_at: must be after starts_at/);
    expect(() => toSrCandidateStatus({ status: 'hired', starts_at: new Date(Number.NaN) })).toThrow(
      ValidationError,
    );
  });
});

type ApplicationStatusValue =
  | 'lead'
  | 'new'
  | 'in_review'
  | 'interview'
  | 'offered'
  | 'hired'
  | 'rejected'
  | 'withdrawn'
  | 'transferred'
  | 'LEAD'
  | 'NEW'
  | 'IN_REVIEW'
  | 'INTERVIEW'
  | 'OFFERED'
  | 'HIRED'
  | 'REJECTED'
  | 'WITHDRAWN'
  | 'TRANSFERRED';

type JobStatusValue =
  | 'draft'
  | 'open'
  | 'on_hold'
  | 'closed'
  | 'CREATED'
  | 'SOURCING'
  | 'FILLED'
  | 'INTERVIEW'
  | 'OFFER'
  | 'CANCELLED'
  | 'ON_HOLD';

type OfferStatusValue =
  | 'draft'
  | 'approval_sent'
  | 'approved'
  | 'sent'
  | 'accepted'
  | 'declined'
  | 'withdrawn'
  | 'CREATED'
  | 'PENDING_APPROVAL'
  | 'APPROVED'
  | 'NOT_APPROVED'
  | 'PENDING_ACCEPTANCE'
  | 'ACCEPTED'
  | 'NOT_ACCEPTED'
  | 'ABANDONED';
