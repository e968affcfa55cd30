import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  HIRING_TEAM_ROLE_MAP,
  JOB_STATUS_MAP,
  POSTING_STATUS_MAP,
  POSTING_STATUS_TO_SR,
  toSrJobInput,
  toSrJobListQuery,
  toSrJobPatch,
  toSrJobStatus,
  toSrJobStatusFilter,
  toSrPostingStatusFilter,
  toUnifiedHiringTeamRole,
  toUnifiedJob,
} from '../../src/mappers/job.js';
import { SR_HIRING_TEAM_ROLES, SR_JOB_STATUSES, SR_POSTING_STATUSES } from '../../src/schemas/sr/job.js';
import type { Warning } from '../../src/schemas/unified/common.js';
import { type Job, JobSchema } from '../../src/schemas/unified/job.js';
import { fixture, thrown } from '../helpers/fixtures.js';

const JOB = '3588f6b0-ae55-4c10-aaa5-2903ee3a7fe6';

describe('toUnifiedJob', () => {
  it('maps full JobDetails with its hiring team', () => {
    const raw = fixture('job-details');
    const job = toUnifiedJob(raw, {
      hiringTeam: fixture('hiring-team'),
      users: [fixture('user'), { id: '60f818625414a64b384c8706', firstName: 'Joan', lastName: 'Clarke' }],
    });
    expect(job).toEqual({
      id: JOB,
      created_at: '2021-10-13T18:09:48.173Z',
      updated_at: '2021-10-14T09:10:11.120Z',
      not_fetched: [],
      name: 'Software Engineer',
      code: 'REF-2021-042',
      description:
        'Company Description\n<p>We build engines.</p>\n\nJob Description\n<p>Write programs for the Analytical Engine.</p>\n\nQualifications\n<ul><li>Mathematics</li></ul>',
      status: 'open',
      remote_status: 'SOURCING',
      posting_status: 'public',
      remote_posting_status: 'PUBLIC',
      departments: [{ id: 'dep-eng', name: 'Engineering' }],
      locations: [
        {
          city: 'Kraków',
          region: 'Lesser Poland',
          country: 'Poland',
          country_code: 'pl',
          postal_code: '31-511',
          address: 'ul. Rakowicka 7',
          is_remote: true,
        },
      ],
      employment_type: { id: 'permanent', name: 'Full-time' },
      experience_level: { id: 'mid_senior_level', name: 'Mid-Senior Level' },
      industry: { id: 'computer_software', name: 'Computer Software' },
      function: { id: 'engineering', name: 'Engineering' },
      compensation: { min: 90000, max: 130000, currency: 'PLN' },
      hiring_team: [
        {
          user: { id: '60f818625414a64b384c8705', name: 'Alan Turing' },
          roles: ['hiring_manager', 'interview_team'],
          remote_roles: ['HIRING_MANAGER', 'INTERVIEW_TEAM'],
        },
        {
          user: { id: '60f818625414a64b384c8706', name: 'Joan Clarke' },
          roles: ['recruiter'],
          remote_roles: ['RECRUITER'],
        },
        {
          user: { id: '60f818625414a64b384c8707', name: null },
          roles: ['coordinator'],
          remote_roles: ['COORDINATOR'],
        },
        {
          user: { id: '60f818625414a64b384c8708', name: null },
          roles: ['executive'],
          remote_roles: ['EXECUTIVE'],
        },
      ],
      target_hiring_at: '2021-12-31T00:00:00.000Z',
      last_activity_at: '2021-10-20T16:45:12.345Z',
      web_url: 'https://jobs.smartrecruiters.com/ExampleCo/3588f6b0-software-engineer',
      custom_fields: [
        { id: 'prop-cost-center', label: 'Cost center', type: null, value: 'cc-42', value_label: 'CC 42' },
        { id: 'prop-budget', label: 'Budget approved', type: null, value: 'yes', value_label: 'Yes' },
      ],
      remote_data: raw,
    });
    expect(JobSchema.safeParse(job).success).toBe(true);
  });

  it('maps a partial JobSummary', () => {
    const job = toUnifiedJob(fixture('job-summary'), { includeRemoteData: false, listItem: true });
    expect(job).toEqual({
      id: '9d1b2c3e-4f5a-6b7c-8d9e-0a1b2c3d4e5f',
      created_at: '2021-10-13T18:04:52.562Z',
      updated_at: '2021-10-13T18:04:52.562Z',
      not_fetched: [
        'description',
        'employment_type',
        'experience_level',
        'industry',
        'function',
        'compensation',
        'target_hiring_at',
        'web_url',
        'custom_fields',
        'hiring_team',
      ],
      name: 'Data Analyst',
      code: 'REF-2021-043',
      description: null,
      status: 'on_hold',
      remote_status: 'ON_HOLD',
      posting_status: 'internal',
      remote_posting_status: 'INTERNAL',
      departments: [{ id: 'dep-data', name: 'Data' }],
      locations: [
        {
          city: 'Berlin',
          region: 'Berlin',
          country: 'Germany',
          country_code: 'de',
          postal_code: '10178',
          address: 'Alexanderplatz 1',
          is_remote: false,
        },
      ],
      employment_type: null,
      experience_level: null,
      industry: null,
      function: null,
      compensation: null,
      hiring_team: null,
      target_hiring_at: null,
      last_activity_at: '2021-10-13T18:04:52.562Z',
      web_url: null,
      custom_fields: [],
    });
    expect(JobSchema.safeParse(job).success).toBe(true);
  });

  it('maps missing optional fields to null and [] and unknown enums to other', () => {
    const job = toUnifiedJob(
      { id: 'j', status: 'ARCHIVED', postingStatus: 'HIDDEN' },
      { includeRemoteData: false },
    );
    expect(job).toMatchObject({
      name: null,
      code: null,
      description: null,
      status: 'other',
      remote_status: 'ARCHIVED',
      posting_status: 'other',
      remote_posting_status: 'HIDDEN',
      departments: [],
      locations: [],
      compensation: null,
      hiring_team: null,
      custom_fields: [],
    });
    expect(toUnifiedJob({ id: 'j' }).posting_status).toBe('other');
  });

  it('maps every SR job status, posting status and hiring team role', () => {
    expect(SR_JOB_STATUSES.map((status) => toUnifiedJob({ id: 'j', status }).status)).toEqual([
      'draft',
      'open',
      'closed',
      'open',
      'open',
      'closed',
      'on_hold',
    ]);
    expect(toUnifiedJob({ id: 'j', status: 'OTHER' }).status).toBe('other');
    expect(JOB_STATUS_MAP.OTHER).toBe('other');
    expect(
      SR_POSTING_STATUSES.map((status) => toUnifiedJob({ id: 'j', postingStatus: status }).posting_status),
    ).toEqual(['public', 'internal', 'not_published', 'private']);
    expect(
      Object.entries(POSTING_STATUS_MAP).every(([sr, unified]) => POSTING_STATUS_TO_SR[unified] === sr),
    ).toBe(true);
    expect(SR_HIRING_TEAM_ROLES.map(toUnifiedHiringTeamRole)).toEqual([
      'hiring_manager',
      'interview_team',
      'recruiter',
      'executive',
      'coordinator',
    ]);
    expect(Object.keys(HIRING_TEAM_ROLE_MAP)).toEqual([...SR_HIRING_TEAM_ROLES]);
  });

  it('maps an unknown hiring team role to other and keeps it in remote_roles', () => {
    const job = toUnifiedJob({ id: 'j' }, { hiringTeam: [{ id: 'u1', role: 'SOURCER' }] });
    expect(job.hiring_team).toEqual([
      { user: { id: 'u1', name: null }, roles: ['other'], remote_roles: ['SOURCER'] },
    ]);
  });

  it('reads string and numeric coordinates without warnings, and warns on wrong types', () => {
    const warnings: Warning[] = [];
    toUnifiedJob({ id: 'j', location: { city: 'X', latitude: 50.06, longitude: '19.94' } }, { warnings });
    expect(warnings).toEqual([]);
    const raw = {
      ...fixture('job-details'),
      compensation: { min: '90k', max: 130000, currency: 'PLN' },
      department: 'Engineering',
      properties: [{ id: 'p', label: 'L', value: { id: 1, label: 'one' } }],
    };
    const snapshot = structuredClone(raw);
    const job = toUnifiedJob(raw, { warnings });
    expect(job.compensation).toEqual({ min: null, max: 130000, currency: 'PLN' });
    expect(job.departments).toEqual([]);
    expect(job.custom_fields).toEqual([{ id: 'p', label: 'L', type: null, value: null, value_label: 'one' }]);
    expect(job.remote_data).toBe(raw);
    expect(raw).toEqual(snapshot);
    expect(warnings.map((warning) => [warning.path, warning.record_id])).toEqual([
      [['department'], JOB],
      [['compensation', 'min'], JOB],
      [['properties', 0, 'value', 'id'], JOB],
    ]);
    expect(warnings[0]?.message).toBe(
      `SmartRecruiters job '${JOB}': department: expected object, received string; mapped as missing`,
    );
  });

  it('keeps extra keys in remote_data', () => {
    const raw = { ...fixture('job-summary'), seats: 3, custom: { a: 1 } };
    expect(toUnifiedJob(raw).remote_data).toEqual(raw);
  });

  it('types custom_mappings from the mapping', () => {
    const job = toUnifiedJob(fixture('job-details'), {
      mapping: (raw) => ({ creator: raw.creator?.id ?? null }),
    });
    expect(job.custom_mappings).toEqual({ creator: '60f818625414a64b384c8705' });
    expectTypeOf(job.custom_mappings).toEqualTypeOf<{ creator: string | null }>();
    expectTypeOf(toUnifiedJob({ id: 'j' })).toEqualTypeOf<Job>();
  });
});

describe('toSrJobInput', () => {
  it('builds the exact JobInput body', () => {
    expect(
      toSrJobInput({
        name: 'Software Engineer',
        code: 'REF-1',
        target_hiring_at: '2026-06-30',
        department_id: 'dep-eng',
        location: {
          country_code: 'pl',
          city: 'Kraków',
          region_code: 'ma',
          postal_code: '31-511',
          is_remote: true,
        },
        industry_id: 'computer_software',
        function_id: 'engineering',
        employment_type_id: 'permanent',
        experience_level_id: 'mid_senior_level',
        eeo_category_id: 'professionals',
        is_template: false,
        compensation: { min: 1, max: 2, currency: 'pln' },
        description: '<p>Build it.</p>',
        job_ad: { qualifications: { title: 'Qualifications', text: 'Math' }, language: 'en' },
        custom_fields: [{ id: 'prop-cost-center', value: 'cc-42' }],
      }),
    ).toEqual({
      title: 'Software Engineer',
      location: { countryCode: 'pl', city: 'Kraków', regionCode: 'ma', postalCode: '31-511', remote: true },
      industry: { id: 'computer_software' },
      function: { id: 'engineering' },
      experienceLevel: { id: 'mid_senior_level' },
      refNumber: 'REF-1',
      targetHiringDate: '2026-06-30T00:00:00.000Z',
      department: { id: 'dep-eng' },
      typeOfEmployment: { id: 'permanent' },
      eeoCategory: { id: 'professionals' },
      template: false,
      compensation: { min: 1, max: 2, currency: 'PLN' },
      jobAd: {
        sections: {
          jobDescription: { text: '<p>Build it.</p>' },
          qualifications: { title: 'Qualifications', text: 'Math' },
        },
        language: { code: 'en' },
      },
      properties: [{ id: 'prop-cost-center', value: { id: 'cc-42' } }],
    });
  });

  it('sends only the required fields when nothing else is given', () => {
    expect(
      toSrJobInput({
        name: 'J',
        location: { country_code: 'us', city: 'Austin' },
        industry_id: 'i',
        function_id: 'f',
        experience_level_id: 'e',
      }),
    ).toEqual({
      title: 'J',
      location: { countryCode: 'us', city: 'Austin' },
      industry: { id: 'i' },
      function: { id: 'f' },
      experienceLevel: { id: 'e' },
    });
  });

  it('rejects missing required fields, bad ranges and conflicting descriptions', () => {
    const error = thrown(() =>
      toSrJobInput({
        name: 'J',
        location: { city: 'Austin' },
        function_id: 'f',
        experience_level_id: 'e',
        compensation: { min: 10, max: 5 },
        description: 'a',
        job_ad: { job_description: { text: 'b' } },
      } as never),
    );
    expect(error.issues).toEqual([
      { path: ['location', 'country_code'], message: 'required (expected string)', code: 'invalid_type' },
      { path: ['industry_id'], message: 'required (expected string)', code: 'invalid_type' },
      { path: ['compensation', 'min'], message: 'min must not exceed max', code: 'custom' },
    ]);
    expect(
      thrown(() =>
        toSrJobInput({
          name: 'J',
          location: { country_code: 'us', city: 'A' },
          industry_id: 'i',
          function_id: 'f',
          experience_level_id: 'e',
          description: 'a',
          job_ad: { job_description: { text: 'b' } },
        }),
      ).issues,
    ).toEqual([
      {
        path: ['description'],
        message: 'give either description or job_ad.job_description, not both',
        code: 'custom',
      },
    ]);
  });
});

describe('toSrJobPatch', () => {
  it('builds JSON Patch operations in a fixed order', () => {
    expect(
      toSrJobPatch({
        name: 'Senior Engineer',
        code: null,
        target_hiring_at: '2026-09-01T00:00:00Z',
        department_id: 'dep-2',
        location: { city: 'Warsaw', country_code: 'pl', region_code: null, is_remote: false },
        industry_id: 'i2',
        function_id: 'f2',
        employment_type_id: null,
        experience_level_id: 'e2',
        eeo_category_id: 'eeo-1',
        is_template: true,
        compensation: { min: 100, max: 200, currency: 'eur' },
      }),
    ).toEqual([
      { op: 'replace', path: '/title', value: 'Senior Engineer' },
      { op: 'remove', path: '/refNumber' },
      { op: 'add', path: '/targetHiringDate', value: '2026-09-01T00:00:00Z' },
      { op: 'add', path: '/department', value: { id: 'dep-2' } },
      { op: 'replace', path: '/location/countryCode', value: 'pl' },
      { op: 'replace', path: '/location/city', value: 'Warsaw' },
      { op: 'remove', path: '/location/regionCode' },
      { op: 'add', path: '/location/remote', value: false },
      { op: 'replace', path: '/industry', value: { id: 'i2' } },
      { op: 'replace', path: '/function', value: { id: 'f2' } },
      { op: 'remove', path: '/typeOfEmployment' },
      { op: 'replace', path: '/experienceLevel', value: { id: 'e2' } },
      { op: 'add', path: '/eeoCategory', value: { id: 'eeo-1' } },
      { op: 'add', path: '/template', value: true },
      { op: 'add', path: '/compensation', value: { min: 100, max: 200, currency: 'EUR' } },
    ]);
  });

  it('patches only what is given', () => {
    expect(toSrJobPatch({ name: 'New title' })).toEqual([
      { op: 'replace', path: '/title', value: 'New title' },
    ]);
    expect(toSrJobPatch({ compensation: null, department_id: null })).toEqual([
      { op: 'remove', path: '/department' },
      { op: 'remove', path: '/compensation' },
    ]);
  });

  it('rejects an empty update, nulls on required fields and unknown fields', () => {
    expect(thrown(() => toSrJobPatch({})).issues).toEqual([
      { path: [], message: 'nothing to update: give at least one field', code: 'custom' },
    ]);
    expect(
      thrown(() => toSrJobPatch({ name: null, location: {}, description: 'x' } as never)).issues,
    ).toEqual([
      { path: ['name'], message: 'expected string, received null', code: 'invalid_type' },
      { path: ['location'], message: 'nothing to update: give at least one field', code: 'custom' },
      { path: ['description'], message: 'unknown field', code: 'unrecognized_keys' },
    ]);
  });
});

describe('toSrJobStatus', () => {
  it.each([
    [{ status: 'draft' }, { status: 'CREATED' }],
    [{ status: 'open' }, { status: 'SOURCING' }],
    [{ status: 'open', remote_status: 'INTERVIEW' }, { status: 'INTERVIEW' }],
    [{ status: 'open', remote_status: 'OFFER' }, { status: 'OFFER' }],
    [{ status: 'on_hold' }, { status: 'ON_HOLD' }],
    [{ status: 'closed', remote_status: 'FILLED' }, { status: 'FILLED' }],
    [{ status: 'closed', remote_status: 'CANCELLED' }, { status: 'CANCELLED' }],
  ])('%j -> %j', (input, body) => {
    expect(toSrJobStatus(input as never)).toEqual(body);
  });

  it('rejects closed without a remote status, a mismatched one, and other', () => {
    expect(thrown(() => toSrJobStatus({ status: 'closed' })).issues).toEqual([
      {
        path: ['remote_status'],
        message: "required for 'closed': FILLED (position filled) or CANCELLED",
        code: 'custom',
      },
    ]);
    expect(thrown(() => toSrJobStatus({ status: 'open', remote_status: 'FILLED' })).issues).toEqual([
      {
        path: ['remote_status'],
        message: "FILLED does not belong to 'open'; expected one of SOURCING, INTERVIEW, OFFER",
        code: 'custom',
      },
    ]);
    expect(thrown(() => toSrJobStatus({ status: 'other' } as never)).issues[0]?.path).toEqual(['status']);
  });
});

describe('job list filters', () => {
  it('expands unified statuses to SR values', () => {
    expect(toSrJobStatusFilter('open')).toEqual(['SOURCING', 'INTERVIEW', 'OFFER']);
    expect(toSrJobStatusFilter('closed')).toEqual(['FILLED', 'CANCELLED']);
    expect(toSrJobStatusFilter('draft')).toEqual(['CREATED']);
    expect(toSrJobStatusFilter('on_hold')).toEqual(['ON_HOLD']);
    expect(toSrJobStatusFilter(['open', 'SOURCING', 'ON_HOLD'])).toEqual([
      'SOURCING',
      'INTERVIEW',
      'OFFER',
      'ON_HOLD',
    ]);
    expect(toSrPostingStatusFilter('not_published')).toBe('NOT_PUBLISHED');
    expect(toSrPostingStatusFilter('PRIVATE')).toBe('PRIVATE');
  });

  it('translates list parameters', () => {
    expect(
      toSrJobListQuery({
        q: 'engineer',
        status: 'open',
        updated_after: '2026-01-01T00:00:00Z',
        last_activity_after: '2026-02-01',
        department: ['Engineering', 'Data'],
        posting_status: 'public',
        city: 'Kraków',
        limit: 50,
        cursor: 'c',
      }),
    ).toEqual({
      q: 'engineer',
      statuses: ['SOURCING', 'INTERVIEW', 'OFFER'],
      updatedAfter: '2026-01-01T00:00:00Z',
      lastActivityAfter: '2026-02-01T00:00:00.000Z',
      department: ['Engineering', 'Data'],
      postingStatus: 'PUBLIC',
      city: ['Kraków'],
      limit: 50,
    });
    expect(toSrJobListQuery()).toEqual({});
  });

  it.each([
    [{ status: 'active' }, ['status']],
    [{ status: 'other' }, ['status']],
    [{ posting_status: 'hidden' }, ['posting_status']],
    [{ limit: 0 }, ['limit']],
    [{ limit: 101 }, ['limit']],
    [{ department: '' }, ['department']],
    [{ city: [] }, ['city']],
  ])('rejects %j', (params, path) => {
    expect(thrown(() => toSrJobListQuery(params as never)).issues.map((issue) => issue.path)).toEqual([path]);
  });

  it('explains an unknown status', () => {
    expect(thrown(() => toSrJobStatusFilter('active')).issues[0]?.message).toBe(
      'expected one of draft, open, on_hold, closed, CREATED, SOURCING, FILLED, INTERVIEW, OFFER, CANCELLED, ON_HOLD, or a non-empty array of them',
    );
  });
});
