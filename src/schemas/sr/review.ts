/**
 * SmartRecruiters Reviews API wire shapes (`/reviews-api/v201910`: interview feedback), lenient.
 * The review shape is SmartRecruiters' `Review`; docs/coverage.md lists what is confirmed and what
 * is not.
 */
import * as z from '../zod.js';

export type {
  SrReview,
  SrReviewInput,
  SrReviewUpdateInput,
  SrScorecardCriterion,
} from '../../models/sr/review.js';

/**
 * A review of a candidate for a job: who reviewed (`reviewerId`), the overall star rating
 * (`overallRating`, 1-5) and a comment.
 */
export const SrReviewSchema = z.looseObject({
  id: z.string(),
  candidateId: z.nullish(z.string()),
  jobId: z.nullish(z.string()),
  reviewerId: z.nullish(z.string()),
  overallRating: z.nullish(z.number()),
  comment: z.nullish(z.string()),
  createdOn: z.nullish(z.string()),
  updatedOn: z.nullish(z.string()),
});
