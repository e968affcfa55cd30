import { describe, expect, expectTypeOf, it } from 'vitest';
import { toScorecardRecommendation, toUnifiedScorecard } from '../../src/mappers/scorecard.js';
import type { Warning } from '../../src/schemas/unified/common.js';
import { type Scorecard, ScorecardSchema } from '../../src/schemas/unified/scorecard.js';
import { fixture } from '../helpers/fixtures.js';

const review = () =>
  (fixture('reviews') as unknown as Record<string, unknown>[])[0] as Record<string, unknown>;

describe('toUnifiedScorecard', () => {
  it('maps a documented review', () => {
    const raw = review();
    const mapped = toUnifiedScorecard(raw);
    expect(mapped).toEqual({
      id: '5ef65135-1c72-41b8-9e71-57b3c8cbaf43',
      created_at: '2021-10-13T18:27:45.060Z',
      updated_at: '2021-10-13T18:27:45.060Z',
      // SR names the reviewer by id only.
      not_fetched: ['interviewer'],
      application: { id: '50da5f6e-f8d3-4475-ab01-82a5aadee9b2:211ef34c-3bf6-40b9-a3eb-a38b6fde2253' },
      candidate: { id: '50da5f6e-f8d3-4475-ab01-82a5aadee9b2' },
      job: { id: '211ef34c-3bf6-40b9-a3eb-a38b6fde2253' },
      interviewer: { id: 'eeeea2f1-ea86-42a2-bd99-79083af49fa4', name: null },
      submitted_at: '2021-10-13T18:27:45.060Z',
      overall_rating: 4,
      overall_recommendation: 'yes',
      ratings: null,
      comment: 'Great',
      remote_data: raw,
    });
    expect(ScorecardSchema.safeParse(mapped).success).toBe(true);
  });

  it("reads the recommendation from the 1-5 stars; 'other' off the scale, null without a rating", () => {
    expect([1, 2, 3, 4, 5].map(toScorecardRecommendation)).toEqual([
      'definitely_no',
      'no',
      'no_decision',
      'yes',
      'strong_yes',
    ]);
    expect(toScorecardRecommendation(0)).toBe('other');
    expect(toScorecardRecommendation(4.5)).toBe('other');
    expect(toScorecardRecommendation(undefined)).toBeNull();
    expect(toUnifiedScorecard({ id: 'r', overallRating: 7 })).toMatchObject({
      overall_rating: 7,
      overall_recommendation: 'other',
    });
  });

  it('keeps unknown fields in remote_data and warns on wrong ones', () => {
    const warnings: Warning[] = [];
    const raw = { ...review(), scores: [{ criterionId: 'x', score: 3 }], overallRating: 'four' };
    const mapped = toUnifiedScorecard(raw, { warnings });
    expect(mapped.remote_data?.scores).toEqual([{ criterionId: 'x', score: 3 }]);
    expect(mapped).toMatchObject({ overall_rating: null, overall_recommendation: null });
    expect(warnings.map((w) => w.path)).toEqual([['overallRating']]);
  });

  it('types custom_mappings', () => {
    const mapped = toUnifiedScorecard(review(), { mapping: (raw) => raw.comment?.length });
    expect(mapped.custom_mappings).toBe(5);
    expectTypeOf(mapped.custom_mappings).toEqualTypeOf<number | undefined>();
    expectTypeOf(toUnifiedScorecard({})).toEqualTypeOf<Scorecard>();
  });
});
