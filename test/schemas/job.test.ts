import { describe, expect, it } from 'vitest';
import {
  JobCreateInputSchema,
  JobSchema,
  JobStatusUpdateInputSchema,
  JobUpdateInputSchema,
} from '../../src/schemas/unified/job.js';
import { JobListParamsSchema } from '../../src/schemas/unified/list-params.js';

const issues = (
  schema: { safeParse: (input: unknown) => { success: boolean; error?: unknown } },
  input: unknown,
) => {
  const result = schema.safeParse(input) as {
    success: boolean;
    error?: { issues: { code: string; path: unknown[] }[] };
  };
  return result.success ? [] : (result.error?.issues ?? []).map((issue) => [issue.code, issue.path]);
};

describe('Job model schema', () => {
  it('rejects SR vocabulary and unknown keys', () => {
    const job = {
      id: 'j',
      created_at: null,
      updated_at: null,
      not_fetched: [],
      name: null,
      code: null,
      description: null,
      status: 'open',
      remote_status: 'SOURCING',
      posting_status: 'public',
      remote_posting_status: 'PUBLIC',
      departments: [],
      locations: [],
      employment_type: null,
      experience_level: null,
      industry: null,
      function: null,
      compensation: null,
      hiring_team: null,
      target_hiring_at: null,
      last_activity_at: null,
      web_url: null,
      custom_fields: [],
    };
    expect(issues(JobSchema, job)).toEqual([]);
    expect(issues(JobSchema, { ...job, status: 'SOURCING' })).toEqual([['invalid_value', ['status']]]);
    expect(issues(JobSchema, { ...job, title: 'x' })).toEqual([['unrecognized_keys', []]]);
  });
});

describe('job inputs', () => {
  it('create requires what SR requires', () => {
    expect(issues(JobCreateInputSchema, {})).toEqual([
      ['invalid_type', ['name']],
      ['invalid_type', ['location']],
      ['invalid_type', ['industry_id']],
      ['invalid_type', ['function_id']],
      ['invalid_type', ['experience_level_id']],
    ]);
  });

  it('update accepts null only for optional fields', () => {
    expect(issues(JobUpdateInputSchema, { code: null, department_id: null, compensation: null })).toEqual([]);
    expect(issues(JobUpdateInputSchema, { industry_id: null })).toEqual([['invalid_type', ['industry_id']]]);
    expect(issues(JobUpdateInputSchema, { compensation: { currency: 'EURO' } })).toEqual([
      ['invalid_format', ['compensation', 'currency']],
    ]);
    expect(issues(JobUpdateInputSchema, { compensation: { min: -1 } })).toEqual([
      ['too_small', ['compensation', 'min']],
    ]);
  });

  it('status update takes unified statuses and optionally an SR one', () => {
    expect(issues(JobStatusUpdateInputSchema, { status: 'closed', remote_status: 'FILLED' })).toEqual([]);
    expect(issues(JobStatusUpdateInputSchema, { status: 'SOURCING' })).toEqual([
      ['invalid_value', ['status']],
    ]);
    expect(issues(JobStatusUpdateInputSchema, { status: 'open', remote_status: 'OTHER' })).toEqual([
      ['invalid_value', ['remote_status']],
    ]);
  });
});

describe('JobListParams', () => {
  it.each([
    [
      {
        status: ['open', 'FILLED'],
        posting_status: 'NOT_PUBLISHED',
        department: 'Eng',
        city: ['A', 'B'],
        limit: 100,
      },
      [],
    ],
    [{ status: 'published' }, [['invalid_union', ['status']]]],
    [{ posting_status: ['public'] }, [['invalid_value', ['posting_status']]]],
    [{ limit: 0 }, [['too_small', ['limit']]]],
    [{ limit: 101 }, [['too_big', ['limit']]]],
    [{ sort: 'job_id' }, [['unrecognized_keys', []]]],
  ])('%j', (params, expected) => {
    expect(issues(JobListParamsSchema, params)).toEqual(expected);
  });
});
