import { describe, expect, it } from 'vitest';
import {
  toSrDepartmentInput,
  toUnifiedDepartment,
  toUnifiedJobInterviewStages,
  toUnifiedOffice,
  toUnifiedRejectReason,
  toUnifiedSource,
  toUnifiedSourceType,
} from '../../src/mappers/configuration.js';
import type { Warning } from '../../src/schemas/unified/common.js';
import {
  DepartmentSchema,
  JobInterviewStageSchema,
  OfficeSchema,
  RejectReasonSchema,
  SourceSchema,
  SourceTypeSchema,
} from '../../src/schemas/unified/configuration.js';
import { fixture, thrown } from '../helpers/fixtures.js';

const first = (name: string) =>
  (fixture(name).content as Record<string, unknown>[])[0] as Record<string, unknown>;

describe('toUnifiedRejectReason', () => {
  it('maps a reason with its kind and keeps it in remote_data', () => {
    const raw = { ...first('rejection-reasons'), order: 3 };
    const mapped = toUnifiedRejectReason(raw, { kind: 'rejection' });
    expect(mapped).toEqual({
      id: '1ad2e1c4-1b2c-4d3e-8f90-1a2b3c4d5e6f',
      created_at: null,
      updated_at: null,
      not_fetched: [],
      name: 'Not qualified',
      kind: 'rejection',
      remote_data: raw,
    });
    expect(RejectReasonSchema.safeParse(mapped).success).toBe(true);
    expect(toUnifiedRejectReason({ id: 'w', label: 'Moved' }, { kind: 'withdrawal' }).kind).toBe(
      'withdrawal',
    );
  });
});

describe('departments', () => {
  it('maps a department, and round-trips a create', () => {
    const raw = first('departments');
    expect(toUnifiedDepartment(raw)).toEqual({
      id: 'a3c8f1d2-5b6e-4f70-8a9b-0c1d2e3f4a5b',
      created_at: null,
      updated_at: null,
      not_fetched: [],
      name: 'Product',
      description: 'Product',
      remote_data: raw,
    });
    const body = toSrDepartmentInput({ name: 'Research', description: 'Labs' });
    expect(body).toEqual({ label: 'Research', description: 'Labs' });
    const back = toUnifiedDepartment({ id: 'd1', ...body });
    expect(back).toMatchObject({ name: 'Research', description: 'Labs' });
    expect(DepartmentSchema.safeParse(back).success).toBe(true);
    expect(thrown(() => toSrDepartmentInput({ name: '' })).issues[0]?.path).toEqual(['name']);
    expect(thrown(() => toSrDepartmentInput({ name: 'x', parent: 'y' } as never)).issues[0]?.path).toEqual([
      'parent',
    ]);
  });

  it('warns on a wrong label and keeps unknown fields', () => {
    const warnings: Warning[] = [];
    const mapped = toUnifiedDepartment({ id: 'd', label: 7, costCenter: 'CC-1' }, { warnings });
    expect(mapped.name).toBeNull();
    expect(mapped.remote_data?.costCenter).toBe('CC-1');
    expect(warnings.map((w) => w.path)).toEqual([['label']]);
  });
});

describe('toUnifiedOffice', () => {
  it('maps a predefined location to an office', () => {
    const raw = {
      id: 'l1',
      name: 'Krakow Office',
      city: 'Krakow',
      region: 'Lesser Poland',
      country: 'Poland',
      countryCode: 'pl',
      address: '1 Market Street',
      postalCode: '30-001',
      timezone: 'Europe/Warsaw',
    };
    const mapped = toUnifiedOffice(raw);
    expect(mapped).toEqual({
      id: 'l1',
      created_at: null,
      updated_at: null,
      not_fetched: [],
      name: 'Krakow Office',
      location: {
        city: 'Krakow',
        region: 'Lesser Poland',
        country: 'Poland',
        country_code: 'pl',
        postal_code: '30-001',
        address: '1 Market Street',
        is_remote: null,
      },
      remote_data: raw,
    });
    expect(OfficeSchema.safeParse(mapped).success).toBe(true);
  });
});

describe('sources', () => {
  it('maps a source type with its sub-types', () => {
    const mapped = toUnifiedSourceType(first('sources'));
    expect(mapped).toMatchObject({
      id: 'JOB_BOARDS',
      name: 'Job Boards',
      subtypes: [
        { id: 'PAID', name: 'Paid' },
        { id: 'FREE', name: 'Free' },
      ],
    });
    expect(SourceTypeSchema.safeParse(mapped).success).toBe(true);
  });

  it('maps a source, naming its type and sub-type from the context', () => {
    const raw = first('source-values');
    const mapped = toUnifiedSource(raw, {
      type: { id: 'JOB_BOARDS', name: 'Job Boards' },
      subtypeNames: new Map([['PAID', 'Paid']]),
    });
    expect(mapped).toEqual({
      id: '3f7a0a38-7d4c-4c3f-8f7a-2f3b6a1d9c10',
      created_at: null,
      updated_at: null,
      not_fetched: [],
      name: 'LinkedIn Jobs',
      type: { id: 'JOB_BOARDS', name: 'Job Boards' },
      subtype: { id: 'PAID', name: 'Paid' },
      remote_data: raw,
    });
    expect(SourceSchema.safeParse(mapped).success).toBe(true);
    expect(toUnifiedSource({ id: 's', label: 'x' }, { type: { id: 'T', name: null } }).subtype).toBeNull();
  });

  it('lists the sub-type in not_fetched when SR names it by id and its names were not given', () => {
    const raw = { id: 's', label: 'x', sourceSubType: { id: 'PAID' } };
    const type = { id: 'JOB_BOARDS', name: 'Job Boards' };
    const unnamed = toUnifiedSource(raw, { type });
    expect(unnamed.subtype).toEqual({ id: 'PAID', name: null });
    expect(unnamed.not_fetched).toEqual(['subtype']);
    // Looked up and not found: SR has no name for it.
    expect(toUnifiedSource(raw, { type, subtypeNames: new Map() }).not_fetched).toEqual([]);
    expect(toUnifiedSource(raw, { type, subtypeNames: new Map([['PAID', 'Paid']]) }).subtype).toEqual({
      id: 'PAID',
      name: 'Paid',
    });
  });
});

describe('toUnifiedJobInterviewStages', () => {
  it("lists a hiring process's sub-statuses in status order, with unified statuses", () => {
    const raw = first('hiring-processes');
    const stages = toUnifiedJobInterviewStages(raw);
    const id = 'b2f2f4e4-0c8a-4d55-8b6e-1f0c2b7c9d10';
    expect(stages.map((s) => [s.id, s.name, s.status, s.remote_status, s.index])).toEqual([
      [`${id}:IN_REVIEW:0`, 'Screening', 'in_review', 'IN_REVIEW', 0],
      [`${id}:IN_REVIEW:1`, 'Hiring Manager Review', 'in_review', 'IN_REVIEW', 1],
      [`${id}:INTERVIEW:0`, 'Phone Screen', 'interview', 'INTERVIEW', 0],
      [`${id}:INTERVIEW:1`, 'Technical Interview', 'interview', 'INTERVIEW', 1],
      [`${id}:OFFERED:0`, 'Offer Sent', 'offered', 'OFFERED', 0],
    ]);
    expect(stages[0]).toMatchObject({
      hiring_process: { id, name: 'Standard Hiring Process' },
      remote_data: raw,
    });
    for (const stage of stages) expect(JobInterviewStageSchema.safeParse(stage).success).toBe(true);
  });

  it("keeps a status SR adds, as 'other' after the known ones", () => {
    const stages = toUnifiedJobInterviewStages({
      id: 'p',
      subStatuses: { ASSESSMENT: ['Take-home'], IN_REVIEW: ['Screen'] },
    });
    expect(stages.map((s) => [s.name, s.status, s.remote_status])).toEqual([
      ['Screen', 'in_review', 'IN_REVIEW'],
      ['Take-home', 'other', 'ASSESSMENT'],
    ]);
  });
});
