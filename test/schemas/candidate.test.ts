import { describe, expect, it } from 'vitest';
import {
  CandidateCreateInputSchema,
  CandidateSchema,
  CandidateUpdateInputSchema,
} from '../../src/schemas/unified/candidate.js';
import { CandidateListParamsSchema } from '../../src/schemas/unified/list-params.js';
import { parseInput } from '../../src/schemas/unified/parse-input.js';

const candidate = {
  id: 'c',
  created_at: null,
  updated_at: null,
  not_fetched: [],
  first_name: 'A',
  last_name: 'B',
  name: 'A B',
  emails: [],
  phones: [],
  urls: [],
  locations: [],
  company: null,
  title: null,
  tags: [],
  education: [],
  experience: [],
  is_internal: null,
  consent_status: null,
  remote_consent_status: null,
  average_rating: null,
  applications: [],
  custom_fields: [],
};

const issues = (schema: Parameters<typeof parseInput>[0], input: unknown) => {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => [issue.code, issue.path]);
};

describe('Candidate model schema', () => {
  it('is strict', () => {
    expect(CandidateSchema.safeParse(candidate).success).toBe(true);
    expect(
      CandidateSchema.safeParse({ ...candidate, remote_data: { id: 'c' }, custom_mappings: { x: 1 } })
        .success,
    ).toBe(true);
    expect(issues(CandidateSchema, { ...candidate, email: 'a@b.co' })).toEqual([['unrecognized_keys', []]]);
    expect(issues(CandidateSchema, { ...candidate, consent_status: 'REQUIRED' })).toEqual([
      ['invalid_value', ['consent_status']],
    ]);
    const { tags: _tags, ...withoutTags } = candidate;
    expect(issues(CandidateSchema, withoutTags)).toEqual([['invalid_type', ['tags']]]);
  });
});

describe('candidate inputs', () => {
  it('create needs names and an email', () => {
    expect(issues(CandidateCreateInputSchema, { first_name: 'A', last_name: 'B', email: 'a@b.co' })).toEqual(
      [],
    );
    expect(issues(CandidateCreateInputSchema, { first_name: 'A' })).toEqual([
      ['invalid_type', ['last_name']],
      ['invalid_type', ['email']],
    ]);
    expect(
      issues(CandidateCreateInputSchema, {
        first_name: 'A',
        last_name: 'B',
        email: 'a@b.co',
        location: { country_code: 'USA' },
        education: [{ institution: 'U' }],
        job_id: ' ',
        source: { type_id: 't' },
      }),
    ).toEqual([
      ['invalid_format', ['location', 'country_code']],
      ['invalid_type', ['education', 0, 'degree']],
      ['invalid_format', ['job_id']],
      ['invalid_type', ['source', 'id']],
    ]);
  });

  it('update needs at least one field', () => {
    expect(issues(CandidateUpdateInputSchema, { tags: [] })).toEqual([]);
    expect(issues(CandidateUpdateInputSchema, {})).toEqual([['custom', []]]);
    expect(issues(CandidateUpdateInputSchema, { job_id: 'j' })).toEqual([
      ['unrecognized_keys', []],
      ['custom', []],
    ]);
  });
});

describe('CandidateListParams', () => {
  it('explains a bad value inside a one-or-many parameter', () => {
    const messages = (input: unknown) => {
      try {
        parseInput(CandidateListParamsSchema, input, 'params');
      } catch (error) {
        return (error as { issues: { path: unknown[]; message: string }[] }).issues.map((issue) => [
          issue.path,
          issue.message,
        ]);
      }
      return [];
    };
    expect(messages({ job_id: '' })).toEqual([[['job_id'], 'must be at least 1 character(s) long']]);
    expect(messages({ job_id: ['a', ' b'] })).toEqual([
      [['job_id', 1], 'must not have surrounding whitespace'],
    ]);
    expect(messages({ tag: 3 })).toEqual([[['tag'], 'does not match any allowed shape']]);
  });

  it('accepts unified and SR statuses, one or several', () => {
    for (const status of ['in_review', 'IN_REVIEW', ['lead', 'HIRED']]) {
      expect(issues(CandidateListParamsSchema, { status })).toEqual([]);
    }
    expect(
      issues(CandidateListParamsSchema, { job_id: ['a', 'b'], tag: ['x'], limit: 1, hydrate: false }),
    ).toEqual([]);
  });

  it.each([
    [{ status: 'archived' }, [['invalid_union', ['status']]]],
    [{ status: ['lead', 'nope'] }, [['invalid_union', ['status']]]],
    [{ limit: 0 }, [['too_small', ['limit']]]],
    [{ limit: 101 }, [['too_big', ['limit']]]],
    [{ job_id: '' }, [['invalid_union', ['job_id']]]],
    [{ q: '' }, [['too_small', ['q']]]],
    [{ updated_after: '2026-13-01' }, [['invalid_union', ['updated_after']]]],
    [{ offset: 10 }, [['unrecognized_keys', []]]],
  ])('rejects %j', (params, expected) => {
    expect(issues(CandidateListParamsSchema, params)).toEqual(expected);
  });
});
