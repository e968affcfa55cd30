import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/core/errors.js';
import {
  ApplicationCreateInputSchema,
  ApplicationSchema,
  ApplicationStatusUpdateInputSchema,
  CustomFieldValuesInputSchema,
} from '../../src/schemas/unified/application.js';
import { ApplicationListParamsSchema } from '../../src/schemas/unified/list-params.js';
import { parseInput } from '../../src/schemas/unified/parse-input.js';

const application = {
  id: 'c:j',
  created_at: null,
  updated_at: null,
  not_fetched: [],
  candidate: { id: 'c', name: null },
  job: { id: 'j', name: null },
  status: 'new',
  remote_status: 'NEW',
  sub_status: null,
  outcome: 'pending',
  source: null,
  reject_reason: null,
  withdraw_reason: null,
  starts_at: null,
  applied_at: null,
  rejected_at: null,
  hired_at: null,
  web_url: null,
  job_application_id: null,
  custom_fields: [],
  screening_answers: null,
};

function issuesOf(fn: () => unknown) {
  try {
    fn();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues.map((issue) => [issue.code, issue.path]);
    throw error;
  }
  return [];
}

describe('Application model schema', () => {
  it('is strict and uses the unified vocabulary', () => {
    expect(ApplicationSchema.safeParse(application).success).toBe(true);
    expect(ApplicationSchema.safeParse({ ...application, status: 'NEW' }).success).toBe(false);
    expect(ApplicationSchema.safeParse({ ...application, outcome: 'rejected' }).success).toBe(false);
    expect(ApplicationSchema.safeParse({ ...application, candidate_id: 'c' }).success).toBe(false);
  });
});

describe('application inputs', () => {
  it('status updates are a union on status', () => {
    expect(
      parseInput(ApplicationStatusUpdateInputSchema, { status: 'interview', sub_status: 'Onsite' }, 'x'),
    ).toEqual({
      status: 'interview',
      sub_status: 'Onsite',
    });
    expect(
      issuesOf(() => parseInput(ApplicationStatusUpdateInputSchema, { status: 'rejected' }, 'x')),
    ).toEqual([['invalid_type', ['reason_id']]]);
    expect(issuesOf(() => parseInput(ApplicationStatusUpdateInputSchema, { status: 'other' }, 'x'))).toEqual([
      ['invalid_union', ['status']],
    ]);
    expect(issuesOf(() => parseInput(ApplicationStatusUpdateInputSchema, {}, 'x'))).toEqual([
      ['invalid_union', ['status']],
    ]);
    expect(
      issuesOf(() =>
        parseInput(ApplicationStatusUpdateInputSchema, { status: 'hired', reason_id: 'r' }, 'x'),
      ),
    ).toEqual([['unrecognized_keys', ['reason_id']]]);
  });

  it('create needs a job and a new candidate', () => {
    expect(
      issuesOf(() =>
        parseInput(
          ApplicationCreateInputSchema,
          { job_id: 'j', candidate: { first_name: 'A', last_name: 'B', email: 'a@b.co', job_id: 'k' } },
          'x',
        ),
      ),
    ).toEqual([['unrecognized_keys', ['candidate', 'job_id']]]);
    expect(issuesOf(() => parseInput(ApplicationCreateInputSchema, { candidate: {} }, 'x'))).toEqual([
      ['invalid_type', ['job_id']],
      ['invalid_type', ['candidate', 'first_name']],
      ['invalid_type', ['candidate', 'last_name']],
      ['invalid_type', ['candidate', 'email']],
    ]);
  });

  it('custom field values: ids, known types, no duplicates', () => {
    expect(
      issuesOf(() => parseInput(CustomFieldValuesInputSchema, [{ id: 'a', type: 'SINGLE_SELECT' }], 'x')),
    ).toEqual([['invalid_value', [0, 'type']]]);
    expect(issuesOf(() => parseInput(CustomFieldValuesInputSchema, [{ id: '' }], 'x'))).toEqual([
      ['too_small', [0, 'id']],
    ]);
  });
});

describe('ApplicationListParams', () => {
  it.each([
    [{ job_id: 'j', status: ['new', 'HIRED'], limit: 10 }, []],
    [{ candidate_id: '' }, [['too_small', ['candidate_id']]]],
    [{ status: 'declined' }, [['invalid_union', ['status']]]],
    [{ limit: 0 }, [['too_small', ['limit']]]],
    [{ limit: 101 }, [['too_big', ['limit']]]],
    [{ cursor: '' }, [['too_small', ['cursor']]]],
  ])('%j', (params, expected) => {
    expect(issuesOf(() => parseInput(ApplicationListParamsSchema, params, 'x'))).toEqual(expected);
  });
});
