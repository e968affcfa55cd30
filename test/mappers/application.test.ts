import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  APPLICATION_STATUS_MAP,
  APPLICATION_STATUS_TO_SR,
  toApplicationOutcome,
  toSrApplicationListQuery,
  toSrApplicationStatusFilter,
  toSrCandidatePropertyValues,
  toSrCandidateStatus,
  toSrSourceDetails,
  toUnifiedApplication,
  toUnifiedApplicationStatus,
  toUnifiedApplicationsFromCandidate,
  toUnifiedCandidateProperties,
  toUnifiedScreeningAnswers,
} from '../../src/mappers/application.js';
import { SR_APPLICATION_STATUSES } from '../../src/schemas/sr/application.js';
import { type Application, ApplicationSchema } from '../../src/schemas/unified/application.js';
import type { Warning } from '../../src/schemas/unified/common.js';
import { fixture, thrown } from '../helpers/fixtures.js';

const CANDIDATE = '8b5e3c1a-1f2d-4c3b-9a8e-7d6c5b4a3f21';
const JOB = '3588f6b0-ae55-4c10-aaa5-2903ee3a7fe6';

describe('toUnifiedApplication', () => {
  it('maps an SR Application with its history, properties, screening answers and source details', () => {
    const raw = fixture('application');
    const application = toUnifiedApplication(raw, {
      candidateId: CANDIDATE,
      jobId: JOB,
      candidateName: 'Ada Lovelace',
      jobName: 'Software Engineer',
      statusHistory: fixture('status-history'),
      properties: {
        content: [
          { id: 'prop-select', label: 'Seniority', type: 'SINGLE_SELECT', value: 'v1', valueLabel: 'Senior' },
        ],
      },
      screeningAnswers: { content: [fixture('screening-answers').content].flat().slice(0, 1) },
    });
    expect(application).toEqual({
      id: `${CANDIDATE}:${JOB}`,
      // SR's Application has no dates: they come from its status history.
      created_at: '2021-10-12T10:00:00.000Z',
      updated_at: '2021-10-20T16:45:12.345Z',
      not_fetched: [],
      candidate: { id: CANDIDATE, name: 'Ada Lovelace' },
      job: { id: JOB, name: 'Software Engineer' },
      status: 'rejected',
      remote_status: 'REJECTED',
      sub_status: 'After phone screen',
      outcome: 'declined',
      // The ids come from the actions.sourceDetails link, the name from SR's label.
      source: { id: 'linkedin-id', name: 'LinkedIn', type_id: 'JOB_BOARDS', sub_type_id: null },
      reject_reason: { id: '5f1e2d3c-rejection', name: 'Position filled' },
      withdraw_reason: { id: '7a8b9c0d-withdrawal', name: 'Accepted another offer' },
      starts_at: '2021-11-01T09:00:00.000Z',
      applied_at: '2021-10-13T21:06:07.958Z',
      rejected_at: '2021-10-20T16:45:12.345Z',
      hired_at: null,
      web_url: 'https://www.smartrecruiters.com/app/people/applications/8b5e3c1a-1f2d-4c3b-9a8e-7d6c5b4a3f21',
      // This captured answer predates SR's applicationId: read, and absent.
      job_application_id: null,
      custom_fields: [
        { id: 'prop-select', label: 'Seniority', type: 'single_select', value: 'v1', value_label: 'Senior' },
      ],
      screening_answers: [
        {
          id: 'c4e1f2a3-b4c5-4d6e-8f90-a1b2c3d4e5f6',
          name: 'work_authorization',
          question: 'Are you authorized to work in the UK?',
          type: 'select',
          category: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
          records: [{ fields: [{ id: 'answer', label: 'Answer', values: [{ id: 'yes', label: 'Yes' }] }] }],
        },
      ],
      remote_data: raw,
    });
    expect(ApplicationSchema.safeParse(application).success).toBe(true);
  });

  it('maps an Assignment seen from the candidate, reading the job from it', () => {
    const details = fixture('candidate-details');
    const assignment = details.primaryAssignment;
    const application = toUnifiedApplication(assignment, {
      candidateId: CANDIDATE,
      includeRemoteData: false,
    });
    expect(application).toEqual({
      id: `${CANDIDATE}:${JOB}`,
      created_at: null,
      updated_at: null,
      // An Assignment lacks the application's url and SR's job application id, no candidate name
      // was given, and nothing else was read.
      not_fetched: [
        'candidate',
        'web_url',
        'job_application_id',
        'created_at',
        'updated_at',
        'applied_at',
        'hired_at',
        'rejected_at',
        'custom_fields',
        'screening_answers',
      ],
      candidate: { id: CANDIDATE, name: null },
      job: { id: JOB, name: 'Software Engineer' },
      status: 'interview',
      remote_status: 'INTERVIEW',
      sub_status: 'Technical interview',
      outcome: 'pending',
      source: { id: 'linkedin-id', name: 'LinkedIn', type_id: 'JOB_BOARDS', sub_type_id: null },
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
    });
    expect(ApplicationSchema.safeParse(application).success).toBe(true);
  });

  it("carries SmartRecruiters' job application id (applicationId of the application's answer)", () => {
    const application = toUnifiedApplication(
      { ...fixture('application'), applicationId: '9d1c1b9e-6b0b-4a48-9a2e-4f0f4b3b5c11' },
      { candidateId: CANDIDATE, jobId: JOB },
    );
    expect(application.job_application_id).toBe('9d1c1b9e-6b0b-4a48-9a2e-4f0f4b3b5c11');
    expect(application.not_fetched).not.toContain('job_application_id');
    expect(ApplicationSchema.safeParse(application).success).toBe(true);
  });

  it('maps missing optional fields to null and []', () => {
    const warnings: Warning[] = [];
    const application = toUnifiedApplication(
      {},
      { candidateId: 'c', jobId: 'j', warnings, includeRemoteData: false },
    );
    expect(application).toMatchObject({
      id: 'c:j',
      status: 'other',
      remote_status: null,
      sub_status: null,
      outcome: 'pending',
      source: null,
      reject_reason: null,
      withdraw_reason: null,
      starts_at: null,
      web_url: null,
      custom_fields: [],
      screening_answers: null,
    });
    expect(warnings).toEqual([]);
  });

  it('reads source ids from the sourceDetails link (a sub-type when the link names one), else from sourceDetails', () => {
    const link = (url: string) => ({ source: 'Hays', actions: { sourceDetails: { url, method: 'GET' } } });
    const map = (raw: unknown, extra: Record<string, unknown> = {}) => {
      const warnings: Warning[] = [];
      const app = toUnifiedApplication(raw, { candidateId: 'c', jobId: 'j', warnings, ...extra });
      return { source: app.source, warnings: warnings.map((w) => w.code) };
    };
    expect(map(link('https://api.smartrecruiters.com/configuration/sources/AGENCIES/values/v%201'))).toEqual({
      source: { id: 'v 1', name: 'Hays', type_id: 'AGENCIES', sub_type_id: null },
      warnings: [],
    });
    expect(map(link('/configuration/sources/AGENCIES/values/v1?sourceSubType=TEMP'))).toEqual({
      source: { id: 'v1', name: 'Hays', type_id: 'AGENCIES', sub_type_id: 'TEMP' },
      warnings: [],
    });
    // No usable link: the caller's sourceDetails, else no source and a warning (never the label as id).
    const details = { sourceTypeId: 'AGENCIES', sourceSubTypeId: 'TEMP', sourceId: 'v2' };
    expect(map({ source: 'Hays' }, { sourceDetails: details }).source).toEqual({
      id: 'v2',
      name: 'Hays',
      type_id: 'AGENCIES',
      sub_type_id: 'TEMP',
    });
    expect(map(link('https://api.smartrecruiters.com/candidates/c/jobs/j/source'))).toEqual({
      source: null,
      warnings: ['missing_source_id'],
    });
    expect(map({ source: 'Hays' })).toEqual({ source: null, warnings: ['missing_source_id'] });
    expect(map({})).toEqual({ source: null, warnings: [] });
  });

  it('dates an application from its status history: created, updated, applied, hired, rejected', () => {
    const history = [
      { changedOn: '2021-01-05T00:00:00.000Z', status: 'IN_REVIEW' },
      { changedOn: '2021-01-01T00:00:00.000Z', status: 'LEAD' },
      { changedOn: '2021-01-03T00:00:00.000Z', status: 'NEW' },
      { changedOn: '2021-01-09T00:00:00.000Z', status: 'REJECTED' },
    ];
    const app = toUnifiedApplication(
      { status: 'REJECTED' },
      { candidateId: 'c', jobId: 'j', statusHistory: history },
    );
    expect(app).toMatchObject({
      created_at: '2021-01-01T00:00:00.000Z',
      updated_at: '2021-01-09T00:00:00.000Z',
      applied_at: '2021-01-03T00:00:00.000Z',
      rejected_at: '2021-01-09T00:00:00.000Z',
      hired_at: null,
    });
    // SR's Application names neither its candidate nor its job: unknown, and said to be.
    expect(app.not_fetched).toEqual(['candidate', 'job', 'custom_fields', 'screening_answers']);
    expect(app).toMatchObject({ candidate: { id: 'c', name: null }, job: { id: 'j', name: null } });
    const named = toUnifiedApplication(
      { status: 'REJECTED' },
      { candidateId: 'c', jobId: 'j', candidateName: 'Ada', jobName: null, statusHistory: history },
    );
    expect(named.not_fetched).toEqual(['custom_fields', 'screening_answers']);
    expect(named).toMatchObject({ candidate: { name: 'Ada' }, job: { name: null } });
    // Without the history the dates are unknown, and said to be.
    const bare = toUnifiedApplication(
      { status: 'REJECTED' },
      { candidateId: 'c', jobId: 'j', candidateName: 'Ada', jobName: 'SRE' },
    );
    expect(bare.not_fetched).toEqual([
      'created_at',
      'updated_at',
      'applied_at',
      'hired_at',
      'rejected_at',
      'custom_fields',
      'screening_answers',
    ]);
  });

  it('maps an unknown status to other with the SR value kept', () => {
    const application = toUnifiedApplication({ status: 'OFFER' }, { candidateId: 'c', jobId: 'j' });
    expect([application.status, application.remote_status, application.outcome]).toEqual([
      'other',
      'OFFER',
      'pending',
    ]);
  });

  it('maps every SR application status and its outcome as the contract says', () => {
    const mapped = SR_APPLICATION_STATUSES.map((status) => {
      const application = toUnifiedApplication({ status }, { candidateId: 'c', jobId: 'j' });
      return [status, application.status, application.outcome];
    });
    expect(mapped).toEqual([
      ['LEAD', 'lead', 'pending'],
      ['NEW', 'new', 'pending'],
      ['IN_REVIEW', 'in_review', 'pending'],
      ['INTERVIEW', 'interview', 'pending'],
      ['OFFERED', 'offered', 'pending'],
      ['HIRED', 'hired', 'hired'],
      ['REJECTED', 'rejected', 'declined'],
      ['WITHDRAWN', 'withdrawn', 'declined'],
      ['TRANSFERRED', 'transferred', 'pending'],
    ]);
    for (const [sr, unified] of Object.entries(APPLICATION_STATUS_MAP)) {
      expect(APPLICATION_STATUS_TO_SR[unified]).toBe(sr);
    }
    expect([toUnifiedApplicationStatus('hasOwnProperty'), toUnifiedApplicationStatus(undefined)]).toEqual([
      'other',
      'other',
    ]);
    expect(toApplicationOutcome('other')).toBe('pending');
  });

  it('fills hired_at from the status history only when hired', () => {
    const history = [
      { changedOn: '2021-01-02T00:00:00.000Z', status: 'NEW' },
      { changedOn: '2021-02-01T00:00:00.000Z', status: 'HIRED' },
      { changedOn: '2021-01-20T00:00:00.000Z', status: 'OFFERED' },
    ];
    const hired = toUnifiedApplication(
      { status: 'HIRED' },
      { candidateId: 'c', jobId: 'j', statusHistory: history },
    );
    expect([hired.applied_at, hired.hired_at, hired.rejected_at]).toEqual([
      '2021-01-02T00:00:00.000Z',
      '2021-02-01T00:00:00.000Z',
      null,
    ]);
    const back = toUnifiedApplication(
      { status: 'INTERVIEW' },
      { candidateId: 'c', jobId: 'j', statusHistory: history },
    );
    expect(back.hired_at).toBeNull();
    const leadOnly = toUnifiedApplication(
      { status: 'LEAD' },
      {
        candidateId: 'c',
        jobId: 'j',
        statusHistory: [{ changedOn: '2021-01-01T00:00:00.000Z', status: 'LEAD' }],
      },
    );
    expect(leadOnly.applied_at).toBeNull();
  });

  it('warns on wrong-typed fields and keeps remote_data untouched', () => {
    const raw = {
      ...fixture('application'),
      startsOn: 20211101,
      reasonOfRejection: { id: 5, label: 'x' },
      extra: true,
    };
    const snapshot = structuredClone(raw);
    const warnings: Warning[] = [];
    const application = toUnifiedApplication(raw, { candidateId: 'c', jobId: 'j', warnings });
    expect([application.starts_at, application.reject_reason]).toEqual([null, null]);
    expect(application.remote_data).toBe(raw);
    expect(raw).toEqual(snapshot);
    expect(warnings).toEqual([
      {
        code: 'invalid_field',
        message:
          "SmartRecruiters application 'c:j': startsOn: expected string, received number; mapped as missing",
        path: ['startsOn'],
        record_id: 'c:j',
      },
      {
        code: 'invalid_field',
        message:
          "SmartRecruiters application 'c:j': reasonOfRejection.id: expected string, received number; mapped as missing",
        path: ['reasonOfRejection', 'id'],
        record_id: 'c:j',
      },
    ]);
  });

  it('warns on malformed context payloads with their own path prefix', () => {
    const warnings: Warning[] = [];
    const application = toUnifiedApplication(
      {},
      {
        candidateId: 'c',
        jobId: 'j',
        warnings,
        properties: [{ id: 'p1', type: 'TEXT', value: 'ok' }, { label: 'no id' }],
        screeningAnswers: 'nope',
      },
    );
    expect(application.custom_fields).toEqual([
      { id: 'p1', label: null, type: 'text', value: 'ok', value_label: null },
    ]);
    expect(application.screening_answers).toEqual([]);
    expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([
      ['invalid_field', ['properties', 1, 'id']],
      ['invalid_field', ['screeningAnswers']],
    ]);
  });

  it('warns when no job id is known', () => {
    const warnings: Warning[] = [];
    const application = toUnifiedApplication({ status: 'NEW' }, { candidateId: 'c', warnings });
    expect(application.id).toBe('c:');
    expect(warnings).toEqual([
      {
        code: 'missing_id',
        message:
          "SmartRecruiters application 'c:': job.id: no job id (pass context.jobId for an SR Application)",
        path: ['job', 'id'],
        record_id: 'c:',
      },
    ]);
  });

  it('types custom_mappings from the mapping', () => {
    const application = toUnifiedApplication(fixture('application'), {
      candidateId: 'c',
      jobId: 'j',
      mapping: (raw, unified) => ({ url: raw.url ?? null, declined: unified.outcome === 'declined' }),
    });
    expect(application.custom_mappings).toEqual({
      url: 'https://www.smartrecruiters.com/app/people/applications/8b5e3c1a-1f2d-4c3b-9a8e-7d6c5b4a3f21',
      declined: true,
    });
    expectTypeOf(application.custom_mappings).toEqualTypeOf<{ url: string | null; declined: boolean }>();
    expectTypeOf(toUnifiedApplication({}, { candidateId: 'c', jobId: 'j' })).toEqualTypeOf<Application>();
  });
});

describe('toUnifiedApplicationsFromCandidate', () => {
  it('lists one application per assignment, primary first', () => {
    const applications = toUnifiedApplicationsFromCandidate(fixture('candidate-details'), {
      includeRemoteData: false,
    });
    expect(
      applications.map((application) => [application.id, application.status, application.candidate]),
    ).toEqual([
      [`${CANDIDATE}:${JOB}`, 'interview', { id: CANDIDATE, name: 'Ada Lovelace' }],
      [
        `${CANDIDATE}:c2a7e0d4-5b6f-4e1a-8c9d-0f1e2d3c4b5a`,
        'rejected',
        { id: CANDIDATE, name: 'Ada Lovelace' },
      ],
    ]);
    expect(applications[1]?.reject_reason).toEqual({ id: 'rr-1', name: 'Not enough experience' });
  });

  it("maps a list item's status-less secondary assignment to other, saying what was not fetched", () => {
    const raw = fixture('candidate-list-item');
    const applications = toUnifiedApplicationsFromCandidate(raw, { listItem: true });
    expect(
      applications.map((application) => [application.job, application.status, application.remote_status]),
    ).toEqual([
      [{ id: JOB, name: 'Software Engineer' }, 'lead', 'LEAD'],
      [{ id: '9d1b2c3e-4f5a-6b7c-8d9e-0a1b2c3d4e5f', name: null }, 'other', null],
    ]);
    expect(applications[0]?.remote_data).toBe(raw.primaryAssignment);
    const listItemMissing = [
      'source',
      'reject_reason',
      'withdraw_reason',
      'starts_at',
      'web_url',
      'job_application_id',
    ];
    const history = ['created_at', 'updated_at', 'applied_at', 'hired_at', 'rejected_at'];
    expect(applications[0]?.not_fetched).toEqual([
      ...listItemMissing,
      ...history,
      'custom_fields',
      'screening_answers',
    ]);
    expect(applications[1]?.not_fetched).toEqual([
      ...listItemMissing,
      'status',
      'remote_status',
      'sub_status',
      'outcome',
      ...history,
      'custom_fields',
      'screening_answers',
    ]);
  });

  it('returns [] for a candidate without assignments or a non-object', () => {
    expect(toUnifiedApplicationsFromCandidate({ id: 'c' })).toEqual([]);
    expect(toUnifiedApplicationsFromCandidate(null)).toEqual([]);
  });
});

describe('custom fields and screening answers', () => {
  it('maps every candidate property type', () => {
    expect(
      toUnifiedCandidateProperties(fixture('candidate-properties')).map((field) => [field.type, field.value]),
    ).toEqual([
      ['boolean', true],
      ['country', 'us'],
      ['currency', { code: 'GBP', value: 23232 }],
      ['date', '2015-11-17T23:00:00.000Z'],
      ['number', 7],
      ['percent', 25],
      ['region', 'us-wa'],
      ['single_select', 'val-senior'],
      ['text', 'Strong communicator'],
      ['user', '60f818625414a64b384c8705'],
    ]);
    expect(toUnifiedCandidateProperties({})).toEqual([]);
  });

  it('maps screening answer records', () => {
    const answers = toUnifiedScreeningAnswers(fixture('screening-answers'));
    expect(answers[1]).toEqual({
      id: 'languages',
      name: 'languages',
      question: 'Languages',
      type: 'languages',
      category: 'LANGUAGES',
      records: [
        {
          fields: [
            { id: 'language', label: 'Language', values: [{ id: 'fr', label: 'French' }] },
            { id: 'level', label: 'Level', values: [{ id: 'fluent', label: 'Fluent' }] },
          ],
        },
        { fields: [{ id: 'language', label: 'Language', values: [{ id: 'it', label: 'Italian' }] }] },
      ],
    });
  });
});

describe('toSrCandidateStatus', () => {
  it.each([
    [
      { status: 'in_review', sub_status: 'Phone screen' },
      { status: 'IN_REVIEW', subStatus: 'Phone screen' },
    ],
    [{ status: 'interview' }, { status: 'INTERVIEW' }],
    [
      { status: 'offered', sub_status: 'Offer sent' },
      { status: 'OFFERED', subStatus: 'Offer sent' },
    ],
    [{ status: 'lead' }, { status: 'LEAD' }],
    [{ status: 'new' }, { status: 'NEW' }],
    [{ status: 'transferred' }, { status: 'TRANSFERRED' }],
    [
      { status: 'rejected', reason_id: 'rr-1' },
      { status: 'REJECTED', reason: 'rr-1' },
    ],
    [
      { status: 'withdrawn', reason_id: 'wr-1' },
      { status: 'WITHDRAWN', reason: 'wr-1' },
    ],
    [
      { status: 'hired', starts_at: '2026-03-01' },
      { status: 'HIRED', startsOn: '2026-03-01T00:00:00.000Z' },
    ],
    [
      { status: 'hired', starts_at: '2026-03-01T09:00:00.000Z' },
      { status: 'HIRED', startsOn: '2026-03-01T09:00:00.000Z' },
    ],
    [{ status: 'hired' }, { status: 'HIRED' }],
  ])('%j -> %j', (input, body) => {
    expect(toSrCandidateStatus(input as never)).toEqual(body);
  });

  it.each([
    [
      { status: 'rejected' },
      [{ path: ['reason_id'], message: 'required (expected string)', code: 'invalid_type' }],
    ],
    [
      { status: 'withdrawn', reason_id: '' },
      [{ path: ['reason_id'], message: 'must be at least 1 character(s) long', code: 'too_small' }],
    ],
    [
      { status: 'archived' },
      [
        {
          path: ['status'],
          message:
            "expected one of 'lead', 'new', 'transferred', 'in_review', 'interview', 'offered', 'rejected', 'withdrawn', 'hired'",
          code: 'invalid_union',
        },
      ],
    ],
    [
      { status: 'hired', starts_at: 'next monday' },
      [
        {
          path: ['starts_at'],
          message:
            'expected an ISO-8601 date-time with a time zone (2026-01-01T00:00:00Z), a date (2026-01-01) or a valid Date',
          code: 'invalid_union',
        },
      ],
    ],
    [
      { status: 'new', sub_status: 'x' },
      [{ path: ['sub_status'], message: 'unknown field', code: 'unrecognized_keys' }],
    ],
  ])('rejects %j', (input, issues) => {
    expect(thrown(() => toSrCandidateStatus(input as never)).issues).toEqual(issues);
  });
});

describe('toSrSourceDetails', () => {
  it('builds SourceDetails', () => {
    expect(toSrSourceDetails({ type_id: 't', sub_type_id: 's', id: 'v' })).toEqual({
      sourceTypeId: 't',
      sourceSubTypeId: 's',
      sourceId: 'v',
    });
    expect(toSrSourceDetails({ type_id: 't', id: 'v' })).toEqual({ sourceTypeId: 't', sourceId: 'v' });
  });

  it('requires type_id and id', () => {
    expect(thrown(() => toSrSourceDetails({ type_id: 't' } as never)).issues).toEqual([
      { path: ['id'], message: 'required (expected string)', code: 'invalid_type' },
    ]);
  });
});

describe('toSrCandidatePropertyValues', () => {
  it('writes valid values of every type, normalizing code case', () => {
    expect(
      toSrCandidatePropertyValues([
        { id: 'b', type: 'boolean', value: false },
        { id: 'c', type: 'country', value: 'US' },
        { id: 'cu', type: 'currency', value: { code: 'gbp', value: 23232 } },
        { id: 'd', type: 'date', value: '2015-11-17T23:00:00.000Z' },
        { id: 'n', type: 'number', value: 3.5 },
        { id: 'p', type: 'percent', value: 40 },
        { id: 'r', type: 'region', value: 'US-WA' },
        { id: 's', type: 'single_select', value: 'value-id' },
        { id: 't', type: 'text', value: '' },
        { id: 'u', type: 'user', value: '60f818625414a64b384c8705' },
      ]),
    ).toEqual([
      { id: 'b', value: false },
      { id: 'c', value: 'us' },
      { id: 'cu', value: { code: 'GBP', value: 23232 } },
      { id: 'd', value: '2015-11-17T23:00:00.000Z' },
      { id: 'n', value: 3.5 },
      { id: 'p', value: 40 },
      { id: 'r', value: 'us-wa' },
      { id: 's', value: 'value-id' },
      { id: 't', value: '' },
      { id: 'u', value: '60f818625414a64b384c8705' },
    ]);
  });

  it('resets a property with null or no value', () => {
    expect(toSrCandidatePropertyValues([{ id: 'a', value: null }, { id: 'b' }])).toEqual([
      { id: 'a' },
      { id: 'b' },
    ]);
  });

  it('takes types from definitions (custom fields or a map, SR or unified spelling)', () => {
    expect(
      toSrCandidatePropertyValues([{ id: 'prop-country', value: 'GB' }], {
        types: [{ id: 'prop-country', type: 'country' }],
      }),
    ).toEqual([{ id: 'prop-country', value: 'gb' }]);
    const error = thrown(() =>
      toSrCandidatePropertyValues([{ id: 'x', value: '12' }], { types: { x: 'NUMBER' } }),
    );
    expect(error.issues).toEqual([
      {
        path: [0, 'value'],
        message: 'expected number, received string (a number property)',
        code: 'invalid_type',
      },
    ]);
  });

  it.each([
    ['boolean', 'yes', [0, 'value'], 'expected boolean, received string (a boolean property)'],
    ['country', 'usa', [0, 'value'], 'expected an ISO-3166-1 alpha-2 code (a country property)'],
    ['currency', { code: 'GBP' }, [0, 'value', 'value'], 'required (expected number) (a currency property)'],
    [
      'date',
      '17/11/2015',
      [0, 'value'],
      'expected an ISO-8601 date-time with a time zone (2026-01-01T00:00:00Z), a date (2026-01-01) or a valid Date (a date property)',
    ],
    ['number', Number.NaN, [0, 'value'], 'expected number, received NaN (a number property)'],
    ['percent', '40%', [0, 'value'], 'expected number, received string (a percent property)'],
    ['region', 'washington', [0, 'value'], 'expected an ISO-3166-2 code such as us-wa (a region property)'],
    ['single_select', '', [0, 'value'], 'must be at least 1 character(s) long (a single_select property)'],
    ['text', 12, [0, 'value'], 'expected string, received number (a text property)'],
    ['user', 7, [0, 'value'], 'expected string, received number (a user property)'],
  ])('rejects a bad %s value', (type, value, path, message) => {
    const error = thrown(() => toSrCandidatePropertyValues([{ id: 'p', type: type as never, value }]));
    expect(error.message).toMatch(/^Invalid custom field values: /);
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([[path, message]]);
  });

  it('lists every bad value at once, and rejects type contradictions and duplicates', () => {
    const error = thrown(() =>
      toSrCandidatePropertyValues(
        [
          { id: 'a', type: 'boolean', value: 'no' },
          { id: 'b', type: 'text', value: 'fine' },
          { id: 'c', value: [1] },
        ],
        { types: { b: 'NUMBER' } },
      ),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      [0, 'value'],
      [1, 'type'],
      [2, 'value'],
    ]);
    expect(thrown(() => toSrCandidatePropertyValues([{ id: 'a' }, { id: 'a' }])).issues).toEqual([
      { path: [1, 'id'], message: "property 'a' appears twice", code: 'custom' },
    ]);
    expect(thrown(() => toSrCandidatePropertyValues([])).issues).toEqual([
      { path: [], message: 'must have at least 1 item(s)', code: 'too_small' },
    ]);
  });

  it('passes values of unknown-type properties through when they are JSON scalars or currency', () => {
    expect(
      toSrCandidatePropertyValues([
        { id: 'a', value: 'x' },
        { id: 'b', value: { code: 'EUR', value: 1 } },
      ]),
    ).toEqual([
      { id: 'a', value: 'x' },
      { id: 'b', value: { code: 'EUR', value: 1 } },
    ]);
  });
});

describe('status filters and list parameters', () => {
  it('translates unified and SR statuses', () => {
    expect(toSrApplicationStatusFilter('in_review')).toEqual(['IN_REVIEW']);
    expect(toSrApplicationStatusFilter(['hired', 'HIRED', 'withdrawn'])).toEqual(['HIRED', 'WITHDRAWN']);
    expect(thrown(() => toSrApplicationStatusFilter('offer')).issues[0]?.path).toEqual([]);
  });

  it('translates application list parameters to the candidates query', () => {
    expect(
      toSrApplicationListQuery({
        job_id: 'j',
        status: 'rejected',
        updated_after: '2026-02-01',
        limit: 5,
      }),
    ).toEqual({ jobId: ['j'], status: ['REJECTED'], updatedAfter: '2026-02-01T00:00:00.000Z', limit: 5 });
    expect(
      toSrApplicationListQuery({ candidate_id: 'c', hydrate: true, include: ['custom_fields'] }),
    ).toEqual({});
  });

  it.each([
    [{ candidate_id: '' }, ['candidate_id']],
    [{ candidate_id: 'c', updated_after: '2026-01-01' }, ['updated_after']],
    [{ include: ['custom_fields'] }, ['include']],
    [{ hydrate: true, include: ['custom_fields', 'custom_fields'] }, ['include']],
    [{ hydrate: true, include: ['source'] }, ['include', 0]],
    [{ status: 'done' }, ['status']],
    [{ limit: 0 }, ['limit']],
    [{ limit: 101 }, ['limit']],
  ])('rejects %j', (params, path) => {
    expect(thrown(() => toSrApplicationListQuery(params as never)).issues.map((issue) => issue.path)).toEqual(
      [path],
    );
  });
});
