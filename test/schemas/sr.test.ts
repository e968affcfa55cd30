import { describe, expect, it } from 'vitest';
import { toSrCandidatePropertyValues, toSrCandidateStatus } from '../../src/mappers/application.js';
import { toSrCandidateInput, toSrPersonalDetails } from '../../src/mappers/candidate.js';
import { toSrJobInput, toSrJobPatch, toSrJobStatus } from '../../src/mappers/job.js';
import { toSrUserInput, toSrUserPatch } from '../../src/mappers/user.js';
import {
  SrApplicationRecordSchema,
  SrApplicationSchema,
  SrCandidatePropertySchema,
  SrCandidatePropertyValueInputSchema,
  SrCandidateStatusSchema,
  SrScreeningAnswerSchema,
  SrStatusHistoryItemSchema,
} from '../../src/schemas/sr/application.js';
import { SrAttachmentSchema } from '../../src/schemas/sr/attachment.js';
import {
  SrCandidateDetailsSchema,
  SrCandidateInputSchema,
  SrCandidateSchema,
  SrPersonalDetailsSchema,
} from '../../src/schemas/sr/candidate.js';
import { SrJsonPatchOperationSchema } from '../../src/schemas/sr/common.js';
import {
  SrHiringTeamMemberSchema,
  SrJobDetailsSchema,
  SrJobInputSchema,
  SrJobStatusInputSchema,
  SrJobSummarySchema,
} from '../../src/schemas/sr/job.js';
import {
  SrAccessGroupSchema,
  SrNewUserSchema,
  SrSystemRoleSchema,
  SrUserListItemSchema,
  SrUserSchema,
} from '../../src/schemas/sr/user.js';
import { fixture } from '../helpers/fixtures.js';

const content = (name: string) => fixture(name).content as unknown[];

describe('SR wire schemas read every documented payload', () => {
  it.each([
    ['candidate-details', SrCandidateDetailsSchema],
    ['candidate-list-item', SrCandidateSchema],
    ['candidate-list-item', SrCandidateDetailsSchema],
    ['application', SrApplicationSchema],
    ['application', SrApplicationRecordSchema],
    ['job-details', SrJobDetailsSchema],
    ['job-summary', SrJobSummarySchema],
    ['job-summary', SrJobDetailsSchema],
    ['user', SrUserSchema],
    ['user-list-item', SrUserListItemSchema],
  ] as const)('%s', (name, schema) => {
    const raw = fixture(name);
    const result = schema.safeParse(raw);
    expect(result.success).toBe(true);
    expect(result.data).toEqual(raw);
  });

  it.each([
    ['candidate-properties', SrCandidatePropertySchema],
    ['status-history', SrStatusHistoryItemSchema],
    ['screening-answers', SrScreeningAnswerSchema],
    ['attachments', SrAttachmentSchema],
    ['hiring-team', SrHiringTeamMemberSchema],
    ['system-roles', SrSystemRoleSchema],
    ['access-groups', SrAccessGroupSchema],
  ] as const)('items of %s', (name, schema) => {
    for (const item of content(name)) expect(schema.safeParse(item)).toEqual({ success: true, data: item });
  });
});

describe('SR wire schemas are lenient', () => {
  it('keep unknown keys at every level', () => {
    const raw = {
      id: 'c',
      newTopLevel: 1,
      location: { city: 'X', geohash: 'u2yh' },
      primaryAssignment: { status: 'NEW', job: { id: 'j', department: 'Eng' }, score: 9 },
    };
    expect(SrCandidateDetailsSchema.parse(raw)).toEqual(raw);
  });

  it('accept null for optional fields and any string for enums', () => {
    const raw = {
      id: 'j',
      title: null,
      status: 'ARCHIVED',
      postingStatus: 'SECRET',
      location: { longitude: 19.9, latitude: '50.0', remote: null },
    };
    expect(SrJobDetailsSchema.parse(raw)).toEqual(raw);
    expect(SrApplicationSchema.parse({ status: 'OFFER' })).toEqual({ status: 'OFFER' });
    expect(SrAttachmentSchema.parse({ id: 'a', type: 'GENERIC' })).toEqual({ id: 'a', type: 'GENERIC' });
  });

  it('still reject what SR always sends when it is missing or of the wrong type', () => {
    expect(SrCandidateSchema.safeParse({ firstName: 'A' }).success).toBe(false);
    expect(SrUserSchema.safeParse({ id: 1 }).success).toBe(false);
    expect(SrCandidateSchema.safeParse({ id: 'c', tags: 'a' }).success).toBe(false);
    expect(SrApplicationSchema.safeParse({ status: 3 }).success).toBe(false);
  });
});

describe('SR write-body schemas accept exactly what the write mappers build', () => {
  it('candidate bodies', () => {
    const body = toSrCandidateInput({
      first_name: 'A',
      last_name: 'B',
      email: 'a@b.co',
      education: [{ institution: 'U', degree: 'D' }],
      source: { type_id: 't', id: 's' },
    });
    expect(SrCandidateInputSchema.safeParse(body).success).toBe(true);
    expect(SrCandidateInputSchema.safeParse({ firstName: 'A', lastName: 'B' }).success).toBe(false);
    expect(SrPersonalDetailsSchema.safeParse(toSrPersonalDetails({ email: 'c@d.co' })).success).toBe(true);
  });

  it('application bodies', () => {
    expect(
      SrCandidateStatusSchema.safeParse(toSrCandidateStatus({ status: 'rejected', reason_id: 'r' })).success,
    ).toBe(true);
    expect(SrCandidateStatusSchema.safeParse({ status: 'OFFER' }).success).toBe(false);
    for (const item of toSrCandidatePropertyValues([{ id: 'p', value: 'v' }, { id: 'q' }])) {
      expect(SrCandidatePropertyValueInputSchema.safeParse(item).success).toBe(true);
    }
  });

  it('job and user bodies', () => {
    const job = toSrJobInput({
      name: 'J',
      location: { country_code: 'us', city: 'A' },
      industry_id: 'i',
      function_id: 'f',
      experience_level_id: 'e',
    });
    expect(SrJobInputSchema.safeParse(job).success).toBe(true);
    expect(SrJobStatusInputSchema.safeParse(toSrJobStatus({ status: 'open' })).success).toBe(true);
    for (const op of [...toSrJobPatch({ code: null, name: 'x' }), ...toSrUserPatch({ language: 'en' })]) {
      expect(SrJsonPatchOperationSchema.safeParse(op).success).toBe(true);
    }
    const user = toSrUserInput({ email: 'a@b.co', first_name: 'A', last_name: 'B', role_id: 'STANDARD' });
    expect(SrNewUserSchema.safeParse(user).success).toBe(true);
    expect(SrNewUserSchema.safeParse({ email: 'a@b.co', firstName: 'A', lastName: 'B' }).success).toBe(false);
  });
});
