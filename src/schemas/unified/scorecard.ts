/** Schemas of the unified Scorecard model: a SmartRecruiters review. */
import * as z from '../zod.js';

export type {
  Scorecard,
  ScorecardModel,
} from '../../models/unified/scorecard.js';

import { baseModelShape, IdRefSchema, NamedRefSchema } from './common.js';
import { SCORECARD_RECOMMENDATIONS } from './enums.js';

/** The unified Scorecard (SR review of a candidate for a job). */
export const ScorecardSchema = z.strictObject({
  ...baseModelShape,
  application: z.nullable(IdRefSchema),
  candidate: z.nullable(IdRefSchema),
  job: z.nullable(IdRefSchema),
  /** The reviewer (a user). */
  interviewer: z.nullable(NamedRefSchema),
  submitted_at: z.nullable(z.string()),
  /** SR's overall star rating, 1 (lowest) to 5. */
  overall_rating: z.nullable(z.number()),
  /**
   * Read from the star rating: 1 `definitely_no`, 2 `no`, 3 `no_decision`, 4 `yes`, 5
   * `strong_yes`; any other rating `other`; `null` without a rating.
   */
  overall_recommendation: z.nullable(z.enum(SCORECARD_RECOMMENDATIONS)),
  /** Per-question ratings: SmartRecruiters' reviews carry none, so `null`. */
  ratings: z.nullable(z.array(z.strictObject({ question: z.string(), answer: z.unknown() }))),
  comment: z.nullable(z.string()),
});
