import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  OFFER_STATUS_MAP,
  offerDocumentsOf,
  toSrOfferListQuery,
  toUnifiedOffer,
  toUnifiedOfferDocument,
  toUnifiedOfferStatus,
} from '../../src/mappers/offer.js';
import { SR_OFFER_STATUSES } from '../../src/schemas/sr/enums.js';
import type { Warning } from '../../src/schemas/unified/common.js';
import { type Offer, OfferDocumentSchema, OfferSchema } from '../../src/schemas/unified/offer.js';
import { fixture, thrown } from '../helpers/fixtures.js';

const offer = () => (fixture('offers').content as Record<string, unknown>[])[0] as Record<string, unknown>;
const definitions = () => fixture('offer-properties');
const CANDIDATE = '50da5f6e-f8d3-4475-ab01-82a5aadee9b2';
const JOB = '211ef34c-3bf6-40b9-a3eb-a38b6fde2253';

describe('toUnifiedOffer', () => {
  it("maps a documented offer with the offer form's definitions", () => {
    const raw = offer();
    const mapped = toUnifiedOffer(raw, { definitions: definitions() });
    expect(mapped).toEqual({
      id: '99d6ceef-6ffe-47c8-a941-58c6fb5d1e52',
      created_at: '2021-10-13T13:34:50.723Z',
      updated_at: '2021-10-15T08:00:00.000Z',
      not_fetched: [],
      application: { id: `${CANDIDATE}:${JOB}` },
      candidate: { id: CANDIDATE },
      job: { id: JOB },
      status: 'accepted',
      remote_status: 'ACCEPTED',
      sent_at: null,
      closed_at: '2021-10-15T08:00:00.000Z',
      starts_at: '2021-11-01T00:00:00.000Z',
      compensation: { amount: 85000, currency: 'EUR', period: null },
      custom_fields: [
        {
          id: 'base_salary',
          label: 'Base salary',
          type: 'currency',
          value: '85000.00 EUR',
          value_label: null,
        },
        {
          id: 'start_date',
          label: 'Start date',
          type: 'date',
          value: '2021-11-01T00:00:00.000Z',
          value_label: null,
        },
        {
          id: 'contract_type',
          label: 'Contract type',
          type: 'select',
          value: 'Permanent',
          value_label: null,
        },
      ],
      remote_data: raw,
    });
    expect(OfferSchema.safeParse(mapped).success).toBe(true);
  });

  it('leaves compensation and start date null without definitions, and keeps the properties', () => {
    const mapped = toUnifiedOffer(offer(), { includeRemoteData: false });
    expect(mapped).toMatchObject({ compensation: null, starts_at: null });
    // Not read is not empty: what the definitions would have told is listed.
    expect(mapped.not_fetched).toEqual(['compensation', 'starts_at', 'custom_fields']);
    // An offer without properties has nothing the definitions could tell.
    expect(toUnifiedOffer({ ...offer(), properties: {} }).not_fetched).toEqual([]);
    expect(mapped.custom_fields.map((f) => [f.id, f.label, f.type])).toEqual([
      ['base_salary', null, null],
      ['start_date', null, null],
      ['contract_type', null, null],
    ]);
    expect('remote_data' in mapped).toBe(false);
  });

  it('reads amounts in every shape SR is known to use', () => {
    const amount = (value: unknown) =>
      toUnifiedOffer({ ...offer(), properties: { base_salary: value } }, { definitions: definitions() })
        .compensation;
    expect(amount('85000')).toEqual({ amount: 85000, currency: null, period: null });
    expect(amount('85,000.50')).toEqual({ amount: 85000.5, currency: null, period: null });
    expect(amount('usd 1200')).toEqual({ amount: 1200, currency: 'USD', period: null });
    expect(amount('{"code":"gbp","value":5}')).toEqual({ amount: 5, currency: 'GBP', period: null });
    expect(amount({ code: 'PLN', value: 7 })).toEqual({ amount: 7, currency: 'PLN', period: null });
    const warnings: Warning[] = [];
    const unreadable = toUnifiedOffer(
      { ...offer(), properties: { base_salary: 'a lot' } },
      { definitions: definitions(), warnings },
    );
    expect(unreadable.compensation).toBeNull();
    expect(warnings.map((w) => [w.code, w.path])).toEqual([['invalid_field', ['properties', 'base_salary']]]);
  });

  it('prefers the salary property, and reads the candidate and job from the links when it is not told', () => {
    const raw = {
      id: 'o1',
      status: 'PENDING_ACCEPTANCE',
      properties: { signing_bonus: '5000 EUR', base_salary: '90000 EUR' },
      actions: {
        candidate: { url: 'https://api.smartrecruiters.com/candidates/c%201' },
        job: { url: 'https://api.smartrecruiters.com/jobs/j1' },
      },
    };
    const mapped = toUnifiedOffer(raw, { definitions: definitions() });
    expect(mapped).toMatchObject({
      application: { id: 'c 1:j1' },
      candidate: { id: 'c 1' },
      job: { id: 'j1' },
      status: 'sent',
      closed_at: null,
      compensation: { amount: 90000, currency: 'EUR' },
    });
    const told = toUnifiedOffer({ id: 'o2' }, { application: { candidateId: 'c9', jobId: 'j9' } });
    expect(told.application).toEqual({ id: 'c9:j9' });
  });

  it("maps every SR status, keeps an unknown one as 'other' with its remote value", () => {
    for (const status of SR_OFFER_STATUSES) {
      expect(toUnifiedOfferStatus(status)).toBe(OFFER_STATUS_MAP[status]);
    }
    const mapped = toUnifiedOffer({ id: 'o', status: 'RESCINDED_BY_LAW' });
    expect(mapped).toMatchObject({ status: 'other', remote_status: 'RESCINDED_BY_LAW' });
  });

  it('keeps unknown fields in remote_data and warns on wrong ones without throwing', () => {
    const warnings: Warning[] = [];
    const raw = { ...offer(), approvalStatus: 'X', properties: 'not a map' };
    const mapped = toUnifiedOffer(raw, { warnings });
    expect(mapped.remote_data).toBe(raw);
    expect(mapped.remote_data?.approvalStatus).toBe('X');
    expect(mapped.custom_fields).toEqual([]);
    expect(warnings[0]).toMatchObject({ code: 'invalid_field', path: ['properties'] });
  });

  it('types custom_mappings', () => {
    const mapped = toUnifiedOffer(offer(), { mapping: (raw) => raw.status === 'ACCEPTED' });
    expect(mapped.custom_mappings).toBe(true);
    expectTypeOf(mapped.custom_mappings).toEqualTypeOf<boolean>();
    expectTypeOf(toUnifiedOffer(offer())).toEqualTypeOf<Offer>();
  });
});

describe('toUnifiedOfferDocument', () => {
  it("maps SmartRecruiters' OfferDocument {id, name, createdDate} with the list's provider", () => {
    const raw = { id: 'd1', name: 'Offer.pdf', createdDate: '2026-01-05T10:00:00.000Z' };
    const doc = toUnifiedOfferDocument(raw, { offerId: 'o1', provider: 'DOCUSIGN' });
    expect(doc).toEqual({
      id: 'd1',
      offer: { id: 'o1' },
      // The list has no content type: the download has it.
      not_fetched: ['content_type'],
      file_name: 'Offer.pdf',
      content_type: null,
      created_at: '2026-01-05T10:00:00.000Z',
      provider: 'DOCUSIGN',
      remote_data: raw,
    });
    expect(OfferDocumentSchema.safeParse(doc).success).toBe(true);
    expect(toUnifiedOfferDocument({ id: 'd2' }, { offerId: 'o1' })).toMatchObject({ provider: null });
  });
});

describe('offerDocumentsOf', () => {
  it("reads SmartRecruiters' OfferDocumentsList and says when it may still change", () => {
    const warnings: Warning[] = [];
    const list = offerDocumentsOf(
      { documents: [{ id: 'd1', name: 'a.pdf' }], isCurrentlySyncing: true, provider: 'DOCUSIGN' },
      warnings,
    );
    expect(list).toEqual({ items: [{ id: 'd1', name: 'a.pdf' }], provider: 'DOCUSIGN' });
    expect(warnings.map((w) => w.code)).toEqual(['offer_documents_syncing']);
    const quiet: Warning[] = [];
    expect(offerDocumentsOf({ documents: [], isCurrentlySyncing: false }, quiet)).toEqual({
      items: [],
      provider: null,
    });
    expect(quiet).toEqual([]);
  });
});

describe('toSrOfferListQuery', () => {
  it('translates unified and SR statuses, and dates', () => {
    expect(
      toSrOfferListQuery({ status: ['sent', 'ACCEPTED', 'sent'], created_after: '2026-01-01', limit: 5 }),
    ).toEqual({
      status: ['PENDING_ACCEPTANCE', 'ACCEPTED'],
      createdAfter: '2026-01-01T00:00:00.000Z',
      limit: 5,
    });
  });

  it('refuses bad parameters', () => {
    expect(thrown(() => toSrOfferListQuery({ status: 'maybe' } as never)).issues[0]?.path).toEqual([
      'status',
    ]);
    expect(thrown(() => toSrOfferListQuery({ limit: 101 })).issues[0]?.path).toEqual(['limit']);
    const combined = thrown(() => toSrOfferListQuery({ application_id: 'c:j', status: 'sent' }));
    expect(combined.issues[0]).toMatchObject({ path: ['status'] });
    expect(thrown(() => toSrOfferListQuery({ application_id: 'nope' })).issues[0]?.path).toEqual([
      'application_id',
    ]);
  });
});
