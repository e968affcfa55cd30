/** Scorecard mapper: SR review (Reviews API) -> unified `Scorecard`. */

import { SrReviewSchema } from '../schemas/compiled/sr/review.js';
import type { SrReview } from '../schemas/sr/review.js';
import type { ScorecardRecommendation } from '../schemas/unified/enums.js';
import type { Scorecard, ScorecardModel } from '../schemas/unified/scorecard.js';
import { applicationId } from './application-id.js';
import type { MapperContext } from './context.js';
import { finish, orNull, parseLeniently, rawId, warningSink } from './shared.js';

/**
 * SR's 1-5 star rating -> unified recommendation. SmartRecruiters defines no recommendation: this
 * reading of the rating is the SDK's own.
 */
export const SCORECARD_RECOMMENDATION_BY_RATING: Readonly<
  Record<1 | 2 | 3 | 4 | 5, Exclude<ScorecardRecommendation, 'other'>>
> = {
  1: 'definitely_no',
  2: 'no',
  3: 'no_decision',
  4: 'yes',
  5: 'strong_yes',
};

/** The recommendation a star rating stands for; `other` off the 1-5 scale, `null` without one. */
export function toScorecardRecommendation(rating: unknown): ScorecardRecommendation | null {
  if (rating === undefined || rating === null) return null;
  return typeof rating === 'number' && Number.isInteger(rating) && rating >= 1 && rating <= 5
    ? SCORECARD_RECOMMENDATION_BY_RATING[rating as 1 | 2 | 3 | 4 | 5]
    : 'other';
}

/** Options of `toUnifiedScorecard`. */
export type ScorecardMapperContext<M = never> = MapperContext<M, SrReview, ScorecardModel>;

/**
 * Maps an SR review to the unified Scorecard: the reviewer is the `interviewer`, `createdOn` the
 * submission time, `overallRating` the star rating the recommendation is read from.
 *
 * Never throws on SR data: fields that fail lenient validation become warnings and map as missing.
 */
export function toUnifiedScorecard<M = never>(
  raw: unknown,
  context: ScorecardMapperContext<M> = {},
): Scorecard<M> {
  const sink = warningSink(context.warnings, rawId(raw), 'review');
  const review = parseLeniently(SrReviewSchema, raw, sink);
  const candidateId = orNull(review.candidateId);
  const jobId = orNull(review.jobId);
  const composable = candidateId && jobId && !candidateId.includes(':') && !jobId.includes(':');
  const unified: ScorecardModel = {
    id: review.id,
    created_at: orNull(review.createdOn),
    updated_at: orNull(review.updatedOn),
    // SR's list items are whole reviews; a review names its reviewer by id only.
    not_fetched: review.reviewerId ? ['interviewer'] : [],
    application: composable ? { id: applicationId(candidateId, jobId) } : null,
    candidate: candidateId ? { id: candidateId } : null,
    job: jobId ? { id: jobId } : null,
    interviewer: review.reviewerId ? { id: review.reviewerId, name: null } : null,
    submitted_at: orNull(review.createdOn),
    overall_rating: orNull(review.overallRating),
    overall_recommendation: toScorecardRecommendation(review.overallRating),
    ratings: null,
    comment: orNull(review.comment),
  };
  return finish(unified, raw, review, context);
}
