import { describe, expect, it } from 'vitest';
import {
  toSrConsentRequests,
  toUnifiedConsentDecisions,
  toUnifiedConsentRequestResults,
} from '../../src/mappers/consent.js';
import type { Warning } from '../../src/schemas/unified/common.js';
import { ConsentDecisionsSchema } from '../../src/schemas/unified/consent.js';
import { fixture, thrown } from '../helpers/fixtures.js';

describe('toUnifiedConsentDecisions', () => {
  it('maps documented decisions through the one consent status mapping', () => {
    const raw = fixture('consents');
    const mapped = toUnifiedConsentDecisions(raw, { candidateId: 'c1' });
    expect(mapped).toEqual({
      candidate: { id: 'c1' },
      job_application: null,
      not_fetched: [],
      decisions: [
        {
          scope: 'Single',
          status: 'acquired',
          remote_status: 'acquired',
          decided_at: '2021-10-17T14:14:18.720Z',
        },
      ],
      pending_request_at: '2021-10-17T14:14:18.720Z',
      remote_data: raw,
    });
    expect(ConsentDecisionsSchema.safeParse(mapped).success).toBe(true);
  });

  it("keeps per-scope decisions, and a status outside the unified ones as 'other'", () => {
    const mapped = toUnifiedConsentDecisions(
      {
        decisions: [
          { status: 'acquired', scope: 'SmartRecruit', decidedOn: 'd' },
          { status: 'declined', scope: 'SmartCRM', decidedOn: 'd' },
        ],
        region: 'EU',
      },
      { jobApplicationId: 'ja1' },
    );
    expect(mapped.decisions.map((d) => [d.scope, d.status, d.remote_status])).toEqual([
      ['SmartRecruit', 'acquired', 'acquired'],
      ['SmartCRM', 'other', 'declined'],
    ]);
    expect(mapped).toMatchObject({
      candidate: null,
      job_application: { id: 'ja1' },
      remote_data: { region: 'EU' },
    });
  });

  it('warns instead of throwing on a wrong shape', () => {
    const warnings: Warning[] = [];
    const mapped = toUnifiedConsentDecisions({ decisions: 'none' }, { candidateId: 'c', warnings });
    expect(mapped.decisions).toEqual([]);
    expect(warnings.map((w) => [w.path, w.record_id])).toEqual([[['decisions'], 'c']]);
  });
});

describe('consent requests', () => {
  it('builds the request and maps the results back to the candidates, in order', () => {
    const body = toSrConsentRequests({ candidate_ids: ['c1', 'c2', 'c3'] });
    expect(body).toEqual({ content: [{ id: 'c1' }, { id: 'c2' }, { id: 'c3' }] });
    const results = toUnifiedConsentRequestResults(
      {
        results: [
          { status: 202, body: { location: 'https://api.smartrecruiters.com/candidates/c1/consents' } },
          { status: 403, body: {} },
          { status: 500 },
        ],
      },
      body.content.map((c) => c.id),
    );
    expect(results).toEqual([
      {
        candidate: { id: 'c1' },
        status: 'requested',
        remote_status: 202,
        location: 'https://api.smartrecruiters.com/candidates/c1/consents',
      },
      { candidate: { id: 'c2' }, status: 'unavailable', remote_status: 403, location: null },
      { candidate: { id: 'c3' }, status: 'other', remote_status: 500, location: null },
    ]);
  });

  it("reads SmartRecruiters' refused item (`body: false`) without a warning", () => {
    const warnings: Warning[] = [];
    const results = toUnifiedConsentRequestResults(
      {
        results: [
          { status: 202, body: { location: 'https://api.smartrecruiters.com/candidates/a/consents' } },
          { status: 403, body: false },
        ],
      },
      ['a', 'b'],
      warnings,
    );
    expect(results[1]).toEqual({
      candidate: { id: 'b' },
      status: 'unavailable',
      remote_status: 403,
      location: null,
    });
    expect(warnings).toEqual([]);
  });

  it('warns when SR answers for fewer candidates than asked', () => {
    const warnings: Warning[] = [];
    const results = toUnifiedConsentRequestResults({ results: [{ status: 202 }] }, ['a', 'b'], warnings);
    expect(results[1]).toEqual({
      candidate: { id: 'b' },
      status: 'other',
      remote_status: null,
      location: null,
    });
    expect(warnings[0]?.code).toBe('unexpected_count');
  });

  it('refuses no candidate, more than 1000 and duplicates', () => {
    expect(thrown(() => toSrConsentRequests({ candidate_ids: [] })).issues[0]?.path).toEqual([
      'candidate_ids',
    ]);
    const many = Array.from({ length: 1001 }, (_, i) => `c${i}`);
    expect(thrown(() => toSrConsentRequests({ candidate_ids: many })).issues[0]?.path).toEqual([
      'candidate_ids',
    ]);
    expect(thrown(() => toSrConsentRequests({ candidate_ids: ['a', 'a'] })).issues[0]?.path).toEqual([
      'candidate_ids',
      1,
    ]);
  });
});
