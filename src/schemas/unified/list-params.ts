/**
 * Parameters of every unified `list()` (strict), in unified words; the mappers translate them to
 * SR's query (`toSrCandidateListQuery`...). One module, apart from the models and write inputs,
 * so a list call validates its parameters without bundling those.
 */

import * as refinements from '../refinements.js';
import {
  SR_APPLICATION_STATUSES,
  SR_JOB_STATUSES,
  SR_OFFER_STATUSES,
  SR_POSTING_STATUSES,
} from '../sr/enums.js';
import * as z from '../zod.js';

export type {
  ApplicationListParams,
  ApplicationStatusFilter,
  AttachmentListParams,
  CandidateListParams,
  GroupListParams,
  InterviewListApplication,
  InterviewListParams,
  JobInterviewStageListParams,
  JobListParams,
  JobStatusFilter,
  OfferListParams,
  OfferStatusFilter,
  OfficeListParams,
  PageParams,
  PostingStatusFilter,
  RejectReasonListParams,
  RoleListParams,
  ScorecardListParams,
  SourceListParams,
  UserListParams,
  WholeListParams,
} from '../../models/unified/list-params.js';

import {
  APPLICATION_INCLUDES,
  APPLICATION_STATUSES,
  JOB_STATUSES,
  OFFER_STATUSES,
  POSTING_STATUSES,
  REJECT_REASON_KINDS,
} from './enums.js';
import {
  DateTimeInputSchema,
  exactlyOneOwner,
  IdSchema,
  NonEmptyStringSchema,
  oneOrMany,
  pageShape,
} from './input-common.js';

/**
 * The values an enum filter takes: the unified ones (`'other'` is not a value to filter on) and
 * SmartRecruiters' own, typed as their union so a misspelt filter is a compile error.
 */
function filterValues<U extends string, S extends string>(
  unified: readonly U[],
  sr: readonly S[],
): ReadonlyArray<Exclude<U, 'other'> | S> {
  return [...unified.filter((value): value is Exclude<U, 'other'> => value !== 'other'), ...sr];
}

const statusFilterValues = filterValues(APPLICATION_STATUSES, SR_APPLICATION_STATUSES);

/** An application status to filter on: unified (`in_review`) or SR (`IN_REVIEW`). */
export const ApplicationStatusFilterSchema = z.enum(statusFilterValues);

/** One status filter value or a non-empty array of them. */
export const ApplicationStatusFilterParamSchema = oneOrMany(
  ApplicationStatusFilterSchema,
  `expected one of ${statusFilterValues.join(', ')}, or a non-empty array of them`,
);

/** Parameters of `candidates.list` (SR `GET /candidates`). */
export const CandidateListParamsSchema = z.strictObject({
  /** Keyword search. */
  q: z.optional(NonEmptyStringSchema),
  /** Candidates with an application on this job (or any of these jobs). */
  job_id: z.optional(oneOrMany(IdSchema)),
  /** Application status, unified or SR value, one or several. */
  status: z.optional(ApplicationStatusFilterParamSchema),
  /** Tag, one or several. */
  tag: z.optional(oneOrMany(NonEmptyStringSchema)),
  /** Only candidates updated after this ISO-8601 date-time, date or `Date`. */
  updated_after: z.optional(DateTimeInputSchema),
  ...pageShape,
  /** Fetch each candidate's details (list items are partial). */
  hydrate: z.optional(z.boolean()),
});

export { APPLICATION_INCLUDES, type ApplicationInclude } from './enums.js';

/** A list of extra reads, each once. */
export const ApplicationIncludeSchema = z
  .array(z.enum(APPLICATION_INCLUDES))
  .check(z.refine(refinements.noRepeatedValues, 'must not repeat a value'));

/**
 * Parameters of `applications.list`: applications are listed through SR's candidates (there is no
 * `/applications` collection), so `candidate_id` reads one candidate's applications.
 */
export const ApplicationListParamsSchema = z
  .strictObject({
    job_id: z.optional(IdSchema),
    candidate_id: z.optional(IdSchema),
    status: z.optional(ApplicationStatusFilterParamSchema),
    updated_after: z.optional(DateTimeInputSchema),
    ...pageShape,
    /** Read each application (with `include`, default `['status_history']`). */
    hydrate: z.optional(z.boolean()),
    /** With `hydrate`: what to read besides each application. */
    include: z.optional(ApplicationIncludeSchema),
  })
  .check(z.superRefine(refinements.applicationListRules));

const jobStatusFilterValues = filterValues(JOB_STATUSES, SR_JOB_STATUSES);
const postingStatusFilterValues = filterValues(POSTING_STATUSES, SR_POSTING_STATUSES);

/** A job status to filter on: unified (`open` = SOURCING, INTERVIEW, OFFER) or SR. */
export const JobStatusFilterSchema = z.enum(jobStatusFilterValues);

/** One job status filter value or a non-empty array of them. */
export const JobStatusFilterParamSchema = oneOrMany(
  JobStatusFilterSchema,
  `expected one of ${jobStatusFilterValues.join(', ')}, or a non-empty array of them`,
);

/** A posting status to filter on: unified (`public`) or SR (`PUBLIC`). */
export const PostingStatusFilterSchema = z.enum(postingStatusFilterValues);

/** Parameters of `jobs.list` (SR `GET /jobs`). */
export const JobListParamsSchema = z.strictObject({
  /** Full-text search on the title. */
  q: z.optional(NonEmptyStringSchema),
  /** Status, unified or SR value, one or several. */
  status: z.optional(JobStatusFilterParamSchema),
  updated_after: z.optional(DateTimeInputSchema),
  last_activity_after: z.optional(DateTimeInputSchema),
  /** Department label(s); SR matches labels case-sensitively. */
  department: z.optional(oneOrMany(NonEmptyStringSchema)),
  /** Posting status, unified or SR value (SR filters on one). */
  posting_status: z.optional(PostingStatusFilterSchema),
  /** City name(s); SR matches case-sensitively. */
  city: z.optional(oneOrMany(NonEmptyStringSchema)),
  ...pageShape,
  hydrate: z.optional(z.boolean()),
});

/**
 * Parameters of `users.list` (SR `GET /user-api/v201804/users`,
 * https://developers.smartrecruiters.com/reference/users).
 */
export const UserListParamsSchema = z.strictObject({
  /** Searches first name, last name, email and external data. */
  q: z.optional(NonEmptyStringSchema),
  updated_after: z.optional(DateTimeInputSchema),
  ...pageShape,
  /** Fetch each user's details (list items carry access group ids only). */
  hydrate: z.optional(z.boolean()),
});

/** Parameters of `attachments.list`: one candidate's or one application's attachments. */
export const AttachmentListParamsSchema = z
  .strictObject({
    candidate_id: z.optional(IdSchema),
    application_id: z.optional(IdSchema),
  })
  .check(exactlyOneOwner);

/** Parameters of `roles.list` (SR returns all roles at once; the SDK pages them). */
export const RoleListParamsSchema = z.strictObject({
  ...pageShape,
});

/** Parameters of `groups.list` (SR returns all access groups at once; the SDK pages them). */
export const GroupListParamsSchema = z.strictObject({
  ...pageShape,
});

// ---- offers, interviews, scorecards and configuration ----

const offerStatusFilterValues = filterValues(OFFER_STATUSES, SR_OFFER_STATUSES);

/** An offer status to filter on: unified (`sent`) or SR (`PENDING_ACCEPTANCE`). */
export const OfferStatusFilterSchema = z.enum(offerStatusFilterValues);

const applicationOnly = z.superRefine(refinements.applicationOnly);

/** Parameters of `offers.list` (SR `GET /offers`, or one application's offers). */
export const OfferListParamsSchema = z
  .strictObject({
    /** One application's offers (`candidateId:jobId`); no other filter applies then. */
    application_id: z.optional(IdSchema),
    /** Status, unified or SR value, one or several. */
    status: z.optional(
      oneOrMany(
        OfferStatusFilterSchema,
        `expected one of ${offerStatusFilterValues.join(', ')}, or a non-empty array of them`,
      ),
    ),
    created_after: z.optional(DateTimeInputSchema),
    created_before: z.optional(DateTimeInputSchema),
    ...pageShape,
  })
  .check(applicationOnly);

/**
 * Parameters of `interviews.list` once its `application` is read: one of `job_application_id`
 * (SmartRecruiters' job application id, by which SR lists interviews: the `application_id` of
 * `application.*`, `interview.*` and `review.*` webhook payloads, an Application's
 * `job_application_id`) or `application_id` (the unified `candidateId:jobId`, whose job
 * application id is read from SmartRecruiters first).
 */
export const InterviewListParamsSchema = z
  .strictObject({
    job_application_id: z.optional(
      IdSchema.check(
        z.refine(refinements.isNotApplicationId, {
          message:
            "expected SmartRecruiters' job application id (the application_id of webhook payloads); pass 'candidateId:jobId' as application_id",
        }),
      ),
    ),
    application_id: z.optional(
      IdSchema.check(
        z.refine(refinements.isApplicationId, {
          message: "expected an application id of the form 'candidateId:jobId'",
        }),
      ),
    ),
    ...pageShape,
  })
  .check(z.superRefine(refinements.oneApplicationReference));

/** Parameters of `scorecards.list`: one application's reviews. */
export const ScorecardListParamsSchema = z.strictObject({
  /** `candidateId:jobId`. */
  application_id: IdSchema.check(
    z.refine(refinements.isApplicationId, {
      message: "expected an application id of the form 'candidateId:jobId'",
    }),
  ),
  ...pageShape,
});

/** Parameters of `rejectReasons.list`: rejection reasons, withdrawal reasons, or both (default). */
export const RejectReasonListParamsSchema = z.strictObject({
  kind: z.optional(z.enum(REJECT_REASON_KINDS)),
  ...pageShape,
});

/** Parameters of the lists SR returns whole (departments, source types): the SDK pages them. */
export const WholeListParamsSchema = z.strictObject({
  ...pageShape,
});

/** Parameters of `offices.list` (SR pages predefined locations by cursor). */
export const OfficeListParamsSchema = z.strictObject({
  ...pageShape,
});

/** Parameters of `sources.list`: the sources of one type (and sub-type). */
export const SourceListParamsSchema = z.strictObject({
  /** A source type id from `sources.types()` (e.g. `JOB_BOARDS`). */
  type_id: IdSchema,
  sub_type_id: z.optional(IdSchema),
  ...pageShape,
});

const stageStatusValues = ['in_review', 'interview', 'offered', 'IN_REVIEW', 'INTERVIEW', 'OFFERED'] as const;

/** Parameters of `jobInterviewStages.list`. */
export const JobInterviewStageListParamsSchema = z.strictObject({
  hiring_process_id: z.optional(IdSchema),
  /** Only the stages of this status, unified or SR value. */
  status: z.optional(z.enum(stageStatusValues)),
  ...pageShape,
});

/** Extra reads of `candidates.get` (`include`). */
export const CandidateIncludeSchema = z.array(z.enum(['consent']));
