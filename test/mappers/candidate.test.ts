import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  CONSENT_STATUS_MAP,
  toSrApplicationInput,
  toSrCandidateInput,
  toSrCandidateListQuery,
  toSrCandidateTags,
  toSrPersonalDetails,
  toUnifiedCandidate,
  toUnifiedConsentStatus,
} from '../../src/mappers/candidate.js';
import type { SrCandidateDetails } from '../../src/schemas/sr/candidate.js';
import { SR_CONSENT_STATUSES } from '../../src/schemas/sr/candidate.js';
import { type Candidate, CandidateSchema } from '../../src/schemas/unified/candidate.js';
import type { Warning } from '../../src/schemas/unified/common.js';
import { fixture, thrown } from '../helpers/fixtures.js';

const DETAILS_ID = '8b5e3c1a-1f2d-4c3b-9a8e-7d6c5b4a3f21';
const JOB_A = '3588f6b0-ae55-4c10-aaa5-2903ee3a7fe6';
const JOB_B = 'c2a7e0d4-5b6f-4e1a-8c9d-0f1e2d3c4b5a';

describe('toUnifiedCandidate', () => {
  it('maps a full CandidateDetails', () => {
    const raw = fixture('candidate-details');
    const candidate = toUnifiedCandidate(raw);
    expect(candidate).toEqual({
      id: DETAILS_ID,
      created_at: '2021-10-13T21:04:47.668Z',
      updated_at: '2021-10-14T08:30:00.000Z',
      // CandidateDetails carry no consent; candidate properties live on the applications.
      not_fetched: ['consent_status', 'remote_consent_status', 'custom_fields'],
      first_name: 'Ada',
      last_name: 'Lovelace',
      name: 'Ada Lovelace',
      emails: [{ email: 'ada.lovelace@example.com', type: null, is_primary: true }],
      phones: [{ number: '+44 20 7946 0958', type: null }],
      urls: [
        { url: 'https://www.linkedin.com/in/ada-lovelace', type: 'linkedin' },
        { url: 'https://www.facebook.com/ada.lovelace', type: 'facebook' },
        { url: 'https://twitter.com/adalovelace', type: 'twitter' },
        { url: 'ada.lovelace', type: 'skype' },
        { url: 'https://ada.example.com', type: 'website' },
      ],
      locations: [
        {
          city: 'London',
          region: 'England',
          region_code: 'eng',
          country: 'United Kingdom',
          country_code: 'gb',
          raw: 'London, England, United Kingdom',
        },
      ],
      company: 'Babbage & Co',
      title: 'Analyst',
      tags: [{ name: 'mathematics' }, { name: 'analytical-engine' }],
      education: [
        {
          institution: 'University of London',
          degree: 'Mathematics',
          major: 'Analysis',
          is_current: false,
          location: 'London',
          start_date: '1832',
          end_date: '1835',
          description: 'Private tutoring with Augustus De Morgan',
        },
      ],
      experience: [
        {
          title: 'Analyst',
          company: 'Babbage & Co',
          is_current: true,
          location: 'London',
          start_date: '1842',
          end_date: null,
          description: 'Notes on the Analytical Engine',
        },
        {
          title: 'Translator',
          company: "Taylor's Scientific Memoirs",
          is_current: false,
          location: 'London',
          start_date: '1840',
          end_date: '1842',
          description: "Translated Menabrea's article",
        },
      ],
      is_internal: false,
      consent_status: null,
      remote_consent_status: null,
      average_rating: 4.5,
      applications: [
        { id: `${DETAILS_ID}:${JOB_A}`, job: { id: JOB_A, name: 'Software Engineer' }, status: 'interview' },
        { id: `${DETAILS_ID}:${JOB_B}`, job: { id: JOB_B, name: 'Data Analyst' }, status: 'rejected' },
      ],
      custom_fields: [],
      remote_data: raw,
    });
    expect(candidate.remote_data).toBe(raw);
    expect(CandidateSchema.safeParse(candidate).success).toBe(true);
  });

  it('maps a partial list item: no phone, web, education or experience', () => {
    const candidate = toUnifiedCandidate(fixture('candidate-list-item'), {
      includeRemoteData: false,
      listItem: true,
    });
    expect(candidate).toEqual({
      id: 'f47ac10b-58cc-4372-a567-0e02b2c3d479',
      created_at: '2021-10-16T21:13:09.300Z',
      updated_at: '2021-10-16T21:13:09.300Z',
      // Its [] and null below mean "not fetched", and it says so.
      not_fetched: ['phones', 'urls', 'education', 'experience', 'company', 'title', 'custom_fields'],
      first_name: 'Grace',
      last_name: 'Hopper',
      name: 'Grace Hopper',
      emails: [{ email: 'grace.hopper@example.com', type: null, is_primary: true }],
      phones: [],
      urls: [],
      locations: [
        {
          city: 'New York',
          region: 'New York',
          region_code: 'ny',
          country: 'United States',
          country_code: 'us',
          raw: 'New York, New York, United States',
        },
      ],
      company: null,
      title: null,
      tags: [{ name: 'cobol' }],
      education: [],
      experience: [],
      is_internal: true,
      consent_status: 'acquired',
      remote_consent_status: 'ACQUIRED',
      average_rating: 0,
      applications: [
        {
          id: `f47ac10b-58cc-4372-a567-0e02b2c3d479:${JOB_A}`,
          job: { id: JOB_A, name: 'Software Engineer' },
          status: 'lead',
        },
        {
          id: 'f47ac10b-58cc-4372-a567-0e02b2c3d479:9d1b2c3e-4f5a-6b7c-8d9e-0a1b2c3d4e5f',
          job: { id: '9d1b2c3e-4f5a-6b7c-8d9e-0a1b2c3d4e5f', name: null },
          status: null,
        },
      ],
      custom_fields: [],
    });
    expect('remote_data' in candidate).toBe(false);
    expect(CandidateSchema.safeParse(candidate).success).toBe(true);
  });

  it('takes the consent status from GET /candidates/{id}/consent for details, which lack it', () => {
    const warnings: Warning[] = [];
    const candidate = toUnifiedCandidate(fixture('candidate-details'), {
      consent: { date: '2021-10-17T14:12:16.596Z', status: 'PENDING' },
      warnings,
    });
    expect([candidate.consent_status, candidate.remote_consent_status]).toEqual(['pending', 'PENDING']);
    expect(candidate.not_fetched).toEqual(['custom_fields']);
    const odd = toUnifiedCandidate(fixture('candidate-details'), { consent: { status: 'LATER' }, warnings });
    expect([odd.consent_status, odd.remote_consent_status]).toEqual(['other', 'LATER']);
    expect(warnings).toEqual([]);
  });

  it('maps missing optional fields to null and []', () => {
    const warnings: Warning[] = [];
    const candidate = toUnifiedCandidate({ id: 'c-1' }, { warnings, includeRemoteData: false });
    expect(candidate).toEqual({
      id: 'c-1',
      created_at: null,
      updated_at: null,
      not_fetched: ['consent_status', 'remote_consent_status', 'custom_fields'],
      first_name: null,
      last_name: null,
      name: null,
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
    });
    expect(warnings).toEqual([]);
  });

  it('accepts null for optional fields without warnings', () => {
    const warnings: Warning[] = [];
    const candidate = toUnifiedCandidate(
      { id: 'c-1', firstName: null, web: null, tags: null, primaryAssignment: null, location: null },
      { warnings },
    );
    expect([candidate.first_name, candidate.urls, candidate.tags, candidate.applications]).toEqual([
      null,
      [],
      [],
      [],
    ]);
    expect(warnings).toEqual([]);
  });

  it('records a warning for each wrong-typed field, maps it as missing and keeps remote_data untouched', () => {
    const raw = fixture('candidate-details');
    raw.firstName = 42;
    raw.averageRating = 'five';
    raw.tags = ['ok', 7];
    (raw.web as Record<string, unknown>).linkedin = { url: 'x' };
    (raw.primaryAssignment as Record<string, unknown>).status = 3;
    const snapshot = structuredClone(raw);
    const warnings: Warning[] = [];
    const candidate = toUnifiedCandidate(raw, { warnings });

    expect(candidate.first_name).toBeNull();
    expect(candidate.name).toBe('Lovelace');
    expect(candidate.average_rating).toBeNull();
    expect(candidate.tags).toEqual([{ name: 'ok' }]);
    expect(candidate.urls.map((url) => url.type)).toEqual(['facebook', 'twitter', 'skype', 'website']);
    expect(candidate.applications[0]).toEqual({
      id: `${DETAILS_ID}:${JOB_A}`,
      job: { id: JOB_A, name: 'Software Engineer' },
      status: null,
    });
    expect(candidate.last_name).toBe('Lovelace');
    expect(candidate.remote_data).toBe(raw);
    expect(raw).toEqual(snapshot);
    expect(warnings).toEqual([
      {
        code: 'invalid_field',
        message: `SmartRecruiters candidate '${DETAILS_ID}': firstName: expected string, received number; mapped as missing`,
        path: ['firstName'],
        record_id: DETAILS_ID,
      },
      {
        code: 'invalid_field',
        message: `SmartRecruiters candidate '${DETAILS_ID}': averageRating: expected number, received string; mapped as missing`,
        path: ['averageRating'],
        record_id: DETAILS_ID,
      },
      {
        code: 'invalid_field',
        message: `SmartRecruiters candidate '${DETAILS_ID}': tags.1: expected string, received number; mapped as missing`,
        path: ['tags', 1],
        record_id: DETAILS_ID,
      },
      {
        code: 'invalid_field',
        message: `SmartRecruiters candidate '${DETAILS_ID}': primaryAssignment.status: expected string, received number; mapped as missing`,
        path: ['primaryAssignment', 'status'],
        record_id: DETAILS_ID,
      },
      {
        code: 'invalid_field',
        message: `SmartRecruiters candidate '${DETAILS_ID}': web.linkedin: expected string, received object; mapped as missing`,
        path: ['web', 'linkedin'],
        record_id: DETAILS_ID,
      },
    ]);
    expect(CandidateSchema.safeParse(candidate).success).toBe(true);
  });

  it('drops an assignment whose job id is wrong and warns', () => {
    const raw = fixture('candidate-details');
    ((raw.secondaryAssignments as Record<string, unknown>[])[0]?.job as Record<string, unknown>).id = 99;
    const warnings: Warning[] = [];
    const candidate = toUnifiedCandidate(raw, { warnings });
    expect(candidate.applications.map((application) => application.job.id)).toEqual([JOB_A]);
    expect(warnings.map((warning) => warning.path)).toEqual([['secondaryAssignments', 0, 'job', 'id']]);
  });

  it('uses a numeric id as a string and an absent one as empty, with a warning', () => {
    const warnings: Warning[] = [];
    expect(toUnifiedCandidate({ id: 123 }, { warnings }).id).toBe('123');
    expect(toUnifiedCandidate({ firstName: 'A' }, { warnings }).id).toBe('');
    expect(warnings).toEqual([
      {
        code: 'invalid_field',
        message: `SmartRecruiters candidate '123': id: expected string, received number; used "123"`,
        path: ['id'],
        record_id: '123',
      },
      {
        code: 'invalid_field',
        message: `SmartRecruiters candidate: id: required (expected string); used ""`,
        path: ['id'],
        record_id: null,
      },
    ]);
  });

  it('does not throw on a record that is not an object', () => {
    const warnings: Warning[] = [];
    const candidate = toUnifiedCandidate('not a candidate', { warnings });
    expect(candidate.id).toBe('');
    expect(candidate.remote_data).toBe('not a candidate');
    expect(warnings).toEqual([
      {
        code: 'invalid_record',
        message: 'SmartRecruiters candidate: expected object, received string',
        path: [],
        record_id: null,
      },
    ]);
  });

  it('keeps extra SR keys in remote_data and unknown web keys as other urls', () => {
    const raw = {
      ...fixture('candidate-list-item'),
      sourceScore: 12,
      web: { github: 'https://github.com/grace' },
    };
    const candidate = toUnifiedCandidate(raw);
    expect(candidate.remote_data).toEqual(raw);
    expect((candidate.remote_data as Record<string, unknown>).sourceScore).toBe(12);
    expect(candidate.urls).toEqual([{ url: 'https://github.com/grace', type: 'other' }]);
    expect(CandidateSchema.safeParse(candidate).success).toBe(true);
  });

  it('maps an unknown consent status to other and keeps the SR value', () => {
    const candidate = toUnifiedCandidate({ id: 'c', consent: { status: 'EXPIRED' } });
    expect([candidate.consent_status, candidate.remote_consent_status]).toEqual(['other', 'EXPIRED']);
  });

  it('maps every SR consent status', () => {
    expect(SR_CONSENT_STATUSES.map((status) => toUnifiedConsentStatus(status))).toEqual([
      'required',
      'pending',
      'acquired',
    ]);
    expect(CONSENT_STATUS_MAP).toEqual({ REQUIRED: 'required', PENDING: 'pending', ACQUIRED: 'acquired' });
    expect([toUnifiedConsentStatus(undefined), toUnifiedConsentStatus('toString')]).toEqual([null, 'other']);
  });

  it('takes title and company from the current experience only', () => {
    const candidate = toUnifiedCandidate({
      id: 'c',
      experience: [{ title: 'Past', company: 'Old', current: false }],
    });
    expect([candidate.title, candidate.company]).toEqual([null, null]);
  });

  it('maps candidate properties passed in the context to custom_fields', () => {
    const candidate = toUnifiedCandidate({ id: 'c' }, { properties: fixture('candidate-properties') });
    expect(candidate.custom_fields.slice(0, 3)).toEqual([
      { id: 'prop-boolean', label: 'Relocation OK', type: 'boolean', value: true, value_label: null },
      { id: 'prop-country', label: 'Citizenship', type: 'country', value: 'us', value_label: null },
      {
        id: 'prop-currency',
        label: 'Expected salary',
        type: 'currency',
        value: { code: 'GBP', value: 23232 },
        value_label: null,
      },
    ]);
  });

  it('puts the mapping output in custom_mappings, typed through generics', () => {
    const candidate = toUnifiedCandidate(fixture('candidate-details'), {
      mapping: (raw, unified) => ({
        linkedin_slug: raw.web?.linkedin?.split('/').pop(),
        upper: unified.name?.toUpperCase(),
      }),
    });
    expect(candidate.custom_mappings).toEqual({ linkedin_slug: 'ada-lovelace', upper: 'ADA LOVELACE' });
    expectTypeOf(candidate.custom_mappings).toEqualTypeOf<{
      linkedin_slug: string | undefined;
      upper: string | undefined;
    }>();
    expectTypeOf(candidate).toExtend<Candidate>();

    const plain = toUnifiedCandidate(fixture('candidate-details'));
    expect('custom_mappings' in plain).toBe(false);
    expectTypeOf(plain).toEqualTypeOf<Candidate>();
    expectTypeOf(plain).not.toHaveProperty('custom_mappings');
  });

  it('gives the mapping the validated raw record and the unified model', () => {
    const seen: { raw?: SrCandidateDetails; name?: string | null } = {};
    toUnifiedCandidate(
      { id: 'c', firstName: 5, lastName: 'Ng' },
      {
        mapping: (raw, unified) => {
          seen.raw = raw;
          seen.name = unified.name;
          return null;
        },
      },
    );
    expect(seen).toEqual({ raw: { id: 'c', lastName: 'Ng' }, name: 'Ng' });
  });
});

describe('toSrCandidateInput', () => {
  it('builds the exact CandidateInput body', () => {
    expect(
      toSrCandidateInput({
        first_name: 'Ada',
        last_name: 'Lovelace',
        email: 'ada@example.com',
        phone: '+44 20 7946 0958',
        location: {
          city: 'London',
          country_code: 'gb',
          region_code: 'eng',
          region: 'England',
          country: 'UK',
        },
        urls: [
          { url: 'https://www.linkedin.com/in/ada', type: 'linkedin' },
          { url: 'https://ada.example.com', type: 'website' },
        ],
        tags: ['math'],
        education: [
          { institution: 'University of London', degree: 'Mathematics', is_current: false, end_date: '1835' },
        ],
        experience: [{ title: 'Analyst', company: 'Babbage & Co', is_current: true, start_date: '1842' }],
        is_internal: false,
        job_id: 'job-1',
        source: { type_id: 'job_board', sub_type_id: 'linkedin', id: 'src-1' },
      }),
    ).toEqual({
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@example.com',
      phoneNumber: '+44 20 7946 0958',
      location: { country: 'UK', countryCode: 'gb', regionCode: 'eng', region: 'England', city: 'London' },
      web: { linkedin: 'https://www.linkedin.com/in/ada', website: 'https://ada.example.com' },
      tags: ['math'],
      education: [
        { institution: 'University of London', degree: 'Mathematics', current: false, endDate: '1835' },
      ],
      experience: [{ title: 'Analyst', company: 'Babbage & Co', current: true, startDate: '1842' }],
      sourceDetails: { sourceTypeId: 'job_board', sourceSubTypeId: 'linkedin', sourceId: 'src-1' },
      internal: false,
    });
  });

  it('sends only the required fields when nothing else is given', () => {
    expect(toSrCandidateInput({ first_name: 'A', last_name: 'B', email: 'a@b.co' })).toEqual({
      firstName: 'A',
      lastName: 'B',
      email: 'a@b.co',
    });
    expect(
      toSrCandidateInput({
        first_name: 'A',
        last_name: 'B',
        email: 'a@b.co',
        source: { type_id: 't', id: 's' },
      }).sourceDetails,
    ).toEqual({ sourceTypeId: 't', sourceId: 's' });
  });

  it('rejects bad input with ValidationError issues', () => {
    const error = thrown(() =>
      toSrCandidateInput({
        first_name: '',
        email: 'not-an-email',
        urls: [
          { url: 'https://a', type: 'linkedin' },
          { url: 'https://b', type: 'linkedin' },
        ],
        nickname: 'x',
      } as never),
    );
    expect(error.issues).toEqual([
      { path: ['first_name'], message: 'must be at least 1 character(s) long', code: 'too_small' },
      { path: ['last_name'], message: 'required (expected string)', code: 'invalid_type' },
      { path: ['email'], message: 'expected an email address', code: 'invalid_format' },
      {
        path: ['urls', 1, 'type'],
        message: "duplicate url type 'linkedin': SmartRecruiters stores one url per type",
        code: 'custom',
      },
      { path: ['nickname'], message: 'unknown field', code: 'unrecognized_keys' },
    ]);
    expect(error.message).toMatch(/^Invalid candidate create input: first_name: must be at least 1/);
  });

  it("rejects an 'other' url, which SR cannot store", () => {
    const error = thrown(() =>
      toSrCandidateInput({
        first_name: 'A',
        last_name: 'B',
        email: 'a@b.co',
        urls: [{ url: 'x', type: 'other' }],
      } as never),
    );
    expect(error.issues).toEqual([
      {
        path: ['urls', 0, 'type'],
        message: "expected one of 'linkedin', 'facebook', 'twitter', 'skype', 'website'",
        code: 'invalid_value',
      },
    ]);
  });
});

describe('toSrApplicationInput', () => {
  it('returns the job id for the path and the CandidateInput body with sourceDetails', () => {
    expect(
      toSrApplicationInput({
        job_id: 'job-9',
        candidate: { first_name: 'Grace', last_name: 'Hopper', email: 'grace@example.com' },
        source: { type_id: 'referral', id: 'src-2' },
      }),
    ).toEqual({
      jobId: 'job-9',
      body: {
        firstName: 'Grace',
        lastName: 'Hopper',
        email: 'grace@example.com',
        sourceDetails: { sourceTypeId: 'referral', sourceId: 'src-2' },
      },
    });
  });

  it('rejects an empty job id', () => {
    const error = thrown(() =>
      toSrApplicationInput({ job_id: '', candidate: { first_name: 'A', last_name: 'B', email: 'a@b.co' } }),
    );
    expect(error.issues).toEqual([
      { path: ['job_id'], message: 'must be at least 1 character(s) long', code: 'too_small' },
    ]);
  });
});

describe('toSrPersonalDetails / toSrCandidateTags', () => {
  it('sends only the given personal fields', () => {
    expect(
      toSrPersonalDetails({ last_name: 'Byron', phone: '+1 555', urls: [{ url: 'ada', type: 'skype' }] }),
    ).toEqual({
      lastName: 'Byron',
      phoneNumber: '+1 555',
      web: { skype: 'ada' },
    });
    expect(toSrPersonalDetails({ location: { city: 'Paris' } })).toEqual({ location: { city: 'Paris' } });
  });

  it('keeps tags out of the PATCH body and builds the tags body', () => {
    expect(toSrPersonalDetails({ tags: ['a'] })).toEqual({});
    expect(toSrCandidateTags({ tags: ['a', 'b'] })).toEqual({ tags: ['a', 'b'] });
    expect(toSrCandidateTags({ first_name: 'A' })).toBeNull();
  });

  it('rejects an update with nothing to change', () => {
    expect(thrown(() => toSrPersonalDetails({})).issues).toEqual([
      { path: [], message: 'nothing to update: give at least one field', code: 'custom' },
    ]);
    expect(thrown(() => toSrPersonalDetails({ first_name: undefined })).issues).toHaveLength(1);
  });
});

describe('toSrCandidateListQuery', () => {
  it('translates unified parameters to the SR query', () => {
    expect(
      toSrCandidateListQuery({
        q: 'engineer',
        job_id: 'job-1',
        status: ['in_review', 'OFFERED', 'offered', 'hired'],
        tag: 'cobol',
        updated_after: '2026-01-01',
        limit: 100,
        cursor: 'opaque',
        hydrate: true,
      }),
    ).toEqual({
      q: 'engineer',
      jobId: ['job-1'],
      status: ['IN_REVIEW', 'OFFERED', 'HIRED'],
      tag: ['cobol'],
      updatedAfter: '2026-01-01T00:00:00.000Z',
      limit: 100,
    });
    expect(toSrCandidateListQuery({ status: 'new', updated_after: '2026-01-01T10:00:00+02:00' })).toEqual({
      status: ['NEW'],
      updatedAfter: '2026-01-01T10:00:00+02:00',
    });
    expect(toSrCandidateListQuery()).toEqual({});
  });

  it.each([
    [{ status: 'pending' }, ['status']],
    [{ status: 'other' }, ['status']],
    [{ status: [] }, ['status']],
    [{ limit: 0 }, ['limit']],
    [{ limit: 101 }, ['limit']],
    [{ limit: 1.5 }, ['limit']],
    [{ job_id: '' }, ['job_id']],
    [{ updated_after: 'yesterday' }, ['updated_after']],
    [{ cursor: '' }, ['cursor']],
    [{ page: 2 }, ['page']],
  ])('rejects %j', (params, path) => {
    const error = thrown(() => toSrCandidateListQuery(params as never));
    expect(error.issues.map((issue) => issue.path)).toEqual([path]);
  });

  it('explains an unknown status', () => {
    const error = thrown(() => toSrCandidateListQuery({ status: 'pending' as never }));
    expect(error.issues[0]?.message).toBe(
      'expected one of lead, new, in_review, interview, offered, hired, rejected, withdrawn, transferred, LEAD, NEW, IN_REVIEW, INTERVIEW, OFFERED, HIRED, REJECTED, WITHDRAWN, TRANSFERRED, or a non-empty array of them',
    );
    const limit = thrown(() => toSrCandidateListQuery({ limit: 101 }));
    expect(limit.issues).toEqual([{ path: ['limit'], message: 'must be <= 100', code: 'too_big' }]);
  });
});
