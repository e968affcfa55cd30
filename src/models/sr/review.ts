/**
 * SmartRecruiters Reviews API wire shapes (`/reviews-api/v201910`: interview feedback), lenient.
 * The review shape is SmartRecruiters' `Review`.
 */

/**
 * A review of a candidate for a job: who reviewed (`reviewerId`), the overall star rating
 * (`overallRating`, 1-5) and a comment.
 */
export interface SrReview {
  /** SmartRecruiters' id of the review. */
  id: string;
  /** The candidate reviewed. */
  candidateId?: string | null | undefined;
  /** The job. */
  jobId?: string | null | undefined;
  /** The reviewing user. */
  reviewerId?: string | null | undefined;
  /** Stars, 1 (lowest) to 5. */
  overallRating?: number | null | undefined;
  /** The reviewer's comment. */
  comment?: string | null | undefined;
  /** When the review was written (ISO-8601). */
  createdOn?: string | null | undefined;
  /** When the review was last changed (ISO-8601). */
  updatedOn?: string | null | undefined;
  [key: string]: unknown;
}

/** Body of `POST /reviews` (`ReviewInput`). */
export interface SrReviewInput {
  /** The reviewing user; optional (SmartRecruiters then takes the calling user). */
  reviewerId?: string;
  /** The candidate reviewed. */
  candidateId: string;
  /** The job. */
  jobId: string;
  /** Stars, 1 (lowest) to 5. */
  overallRating: number;
  /** The reviewer's comment. */
  comment?: string;
  /** When the review was written (ISO-8601); defaults to now. */
  createdOn?: string;
}

/** Body of `PATCH /reviews/{reviewId}`. */
export interface SrReviewUpdateInput {
  /** The reviewing user. */
  reviewerId: string;
  /** Stars, 1 (lowest) to 5. */
  overallRating?: number;
  /** The reviewer's comment. */
  comment?: string;
}

/**
 * A scorecard criterion of a job (`GET /jobs/{jobId}/criteria`). SR's public material names the
 * route only: the known fields are a guess, the rest is kept as received.
 */
export interface SrScorecardCriterion {
  /** The criterion's id. */
  id?: string;
  /** The criterion's label. */
  label?: string;
  [key: string]: unknown;
}
