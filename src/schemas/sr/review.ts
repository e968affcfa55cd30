/**
 * SmartRecruiters Reviews API wire shapes (`/reviews-api/v201910`: interview feedback), lenient.
 * The review shape is SmartRecruiters' `Review`; docs/coverage.md lists what is confirmed and what
 * is not.
 */
import * as z from '../zod.js';

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
/** An SR review. */
export interface SrReview extends z.output<typeof SrReviewSchema> {}

/** Body of `POST /reviews` (`ReviewInput`). */
export interface SrReviewInput {
  /** The reviewing user; optional (SmartRecruiters then takes the calling user). */
  reviewerId?: string;
  candidateId: string;
  jobId: string;
  overallRating: number;
  comment?: string;
  createdOn?: string;
}

/** Body of `PATCH /reviews/{reviewId}`. */
export interface SrReviewUpdateInput {
  reviewerId: string;
  overallRating?: number;
  comment?: string;
}

/**
 * A scorecard criterion of a job (`GET /jobs/{jobId}/criteria`). SR's public material names the
 * route only: the known fields are a guess, the rest is kept as received.
 */
export interface SrScorecardCriterion {
  id?: string;
  label?: string;
  [key: string]: unknown;
}
