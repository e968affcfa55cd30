/**
 * The records the fake SmartRecruiters seeds, read as the SDK reads them: each compiled check must
 * judge them as its zod schema does (and report the same issues when one does not pass).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { SmartRecruiters } from '../../src/index.js';
import { SrCandidatePropertiesSchema, SrStatusHistorySchema } from '../../src/schemas/sr/application.js';
import { SrCandidateDetailsSchema } from '../../src/schemas/sr/candidate.js';
import {
  SrHiringProcessSchema,
  SrReasonSchema,
  SrSourceTypeSchema,
} from '../../src/schemas/sr/configuration.js';
import { SrConsentDecisionsSchema } from '../../src/schemas/sr/consent.js';
import { SrDepartmentSchema, SrHiringTeamSchema, SrJobDetailsSchema } from '../../src/schemas/sr/job.js';
import { SrOfferSchema } from '../../src/schemas/sr/offer.js';
import { SrAccessGroupSchema, SrUserSchema } from '../../src/schemas/sr/user.js';
import { describeIssue } from '../../src/schemas/unified/parse-input.js';
import { createFakeSmartRecruiters, type FakeSmartRecruiters } from '../../src/testing/index.js';
import { compiledOf } from '../helpers/compiled.js';
import { FAST_CLIENT, FAST_FAKE, sdkFor } from '../helpers/fake-sdk.js';

let fake: FakeSmartRecruiters;
let sr: SmartRecruiters;

beforeAll(async () => {
  fake = await createFakeSmartRecruiters({ ...FAST_FAKE, seed: 7 });
  sr = sdkFor(fake, FAST_CLIENT);
});
afterAll(() => fake.close());

// biome-ignore lint/suspicious/noExplicitAny: any route, as the raw client reads it.
const get = (path: string, options: object = {}): Promise<any> => (sr.client.get as any)(path, options);
const contentOf = (body: { content?: unknown[] } | unknown[]) =>
  Array.isArray(body) ? body : (body.content ?? []);

/** Checks `records` with `schema` and its compiled check; returns how many passed. */
function judge(schema: z.ZodMiniType, records: unknown[]): number {
  const checker = compiledOf(schema);
  let passed = 0;
  for (const record of records) {
    const result = z.safeParse(schema, record, { error: describeIssue });
    expect(checker.test(record)).toBe(result.success);
    if (result.success) {
      passed++;
      expect(checker.output(record)).toStrictEqual(result.data);
    } else {
      expect(checker.issues(record).map(({ code, path, message }) => ({ code, path, message }))).toEqual(
        result.error.issues.map(({ code, path, message }) => ({ code, path, message })),
      );
    }
  }
  return passed;
}

describe('the compiled checks on what the fake seeds', () => {
  it('judge every seeded candidate, job, user and their parts as zod does', async () => {
    const candidates = contentOf(await get('/candidates', { query: { limit: 100 } })) as Array<{
      id: string;
    }>;
    expect(candidates.length).toBeGreaterThan(10);
    expect(judge(SrCandidateDetailsSchema, candidates)).toBe(candidates.length);
    const details: unknown[] = [];
    const consents: unknown[] = [];
    for (const { id } of candidates.slice(0, 25)) {
      details.push(await get('/candidates/{id}', { params: { id } }));
      consents.push(await get('/candidates/{id}/consents', { params: { id } }));
    }
    expect(judge(SrCandidateDetailsSchema, details)).toBe(details.length);
    expect(judge(SrConsentDecisionsSchema, consents)).toBe(consents.length);

    const applications = (details as Array<{ id: string; primaryAssignment?: { job?: { id: string } } }>)
      .filter((candidate) => candidate.primaryAssignment?.job?.id)
      .slice(0, 10);
    expect(applications.length).toBeGreaterThan(0);
    for (const { id, primaryAssignment } of applications) {
      const params = { id, jobId: primaryAssignment?.job?.id };
      const history = contentOf(await get('/candidates/{id}/jobs/{jobId}/status/history', { params }));
      const properties = contentOf(await get('/candidates/{id}/jobs/{jobId}/properties', { params }));
      expect(judge(SrStatusHistorySchema, [history])).toBe(1);
      expect(judge(SrCandidatePropertiesSchema, [properties])).toBe(1);
    }

    const jobs = contentOf(await get('/jobs', { query: { limit: 100 } })) as Array<{ id: string }>;
    expect(jobs.length).toBeGreaterThan(3);
    expect(judge(SrJobDetailsSchema, jobs)).toBe(jobs.length);
    for (const { id } of jobs) {
      expect(judge(SrJobDetailsSchema, [await get('/jobs/{jobId}', { params: { jobId: id } })])).toBe(1);
      const team = contentOf(await get('/jobs/{jobId}/hiring-team', { params: { jobId: id } }));
      expect(judge(SrHiringTeamSchema, [team])).toBe(1);
    }

    const users = contentOf(await get('/user-api/v201804/users', { query: { limit: 100 } }));
    expect(users.length).toBeGreaterThan(3);
    expect(judge(SrUserSchema, users)).toBe(users.length);

    const offers = contentOf(await get('/offers', { query: { limit: 100 } }));
    expect(judge(SrOfferSchema, offers)).toBe(offers.length);

    for (const [path, schema] of [
      ['/configuration/departments', SrDepartmentSchema],
      ['/configuration/hiring-processes', SrHiringProcessSchema],
      ['/configuration/sources', SrSourceTypeSchema],
      ['/configuration/rejection-reasons', SrReasonSchema],
      ['/user-api/v201804/access-groups', SrAccessGroupSchema],
    ] as const) {
      const records = contentOf(await get(path));
      expect(records.length, path).toBeGreaterThan(0);
      expect(judge(schema, records), path).toBe(records.length);
    }
  });
});
