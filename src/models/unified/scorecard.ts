/** The unified Scorecard model: a SmartRecruiters review, as a plain interface. */

import type { ScorecardRecommendation } from '../../schemas/unified/enums.js';
import type { SrReview } from '../sr/review.js';
import type { FetchableField, IdRef, ModelBase, NamedRef, WithCustomMappings } from './common.js';

/** A scorecard without mapping-extension output: SR's review of a candidate for a job. */
export interface ScorecardModel extends ModelBase<SrReview> {
  /**
   * Fields this record lacks because they were not fetched: their `null` or `[]` means "unknown",
   * not "empty". Empty when the record is complete.
   */
  not_fetched: Array<FetchableField<ScorecardModel>>;
  /** `candidateId:jobId`. */
  application: IdRef | null;
  /** The candidate reviewed. */
  candidate: IdRef | null;
  /** The job. */
  job: IdRef | null;
  /** The reviewer (a user). */
  interviewer: NamedRef | null;
  /** SR `createdOn`. */
  submitted_at: string | null;
  /** SR's overall star rating, 1 (lowest) to 5. */
  overall_rating: number | null;
  /**
   * Read from the star rating: 1 `definitely_no`, 2 `no`, 3 `no_decision`, 4 `yes`, 5
   * `strong_yes`; any other rating `other`; `null` without a rating.
   */
  overall_recommendation: ScorecardRecommendation | null;
  /** Per-question ratings: SmartRecruiters' reviews carry none, so `null`. */
  ratings: Array<{
    /** The question. */
    question: string;
    /** The answer. */
    answer: unknown;
  }> | null;
  /** The reviewer's comment. */
  comment: string | null;
}
/** A scorecard; `custom_mappings: M` when a mapping extension is configured. */
export type Scorecard<M = never> = WithCustomMappings<ScorecardModel, M>;
