/**
 * Parameters of every unified `list()` (strict), in unified words; the mappers translate them to
 * SR's query (`toSrCandidateListQuery`...). One module, apart from the models and write inputs,
 * so a list call validates its parameters without bundling those.
 */
import * as z from 'zod/mini';
import { SR_APPLICATION_STATUSES, SR_JOB_STATUSES, SR_POSTING_STATUSES } from '../sr/enums.js';
import { APPLICATION_STATUSES, JOB_STATUSES, POSTING_STATUSES } from './enums.js';
import {
  CursorSchema,
  DateTimeInputSchema,
  exactlyOneOwner,
  IdSchema,
  LimitSchema,
  NonEmptyStringSchema,
  oneOrMany,
} from './input-common.js';

const statusFilterValues = [
  ...APPLICATION_STATUSES.filter((status) => status !== 'other'),
  ...SR_APPLICATION_STATUSES,
];

/** An application status to filter on: unified (`in_review`) or SR (`IN_REVIEW`). */
export const ApplicationStatusFilterSchema = z.enum(statusFilterValues as [string, ...string[]]);

/** One status filter value or a non-empty array of them. */
export const ApplicationStatusFilterParamSchema = oneOrMany(
  ApplicationStatusFilterSchema,
  `expected one of ${statusFilterValues.join(', ')}, or a non-empty array of them`,
);

/** Parameters of `candidates.list` (SR `GET /candidates`, smartrecruiters-api.md §6.1). */
export const CandidateListParamsSchema = z.strictObject({
  /** Keyword search. */
  q: z.optional(NonEmptyStringSchema),
  /** Candidates with an application on this job (or any of these jobs). */
  job_id: z.optional(oneOrMany(IdSchema)),
  /** Application status, unified or SR value, one or several. */
  status: z.optional(ApplicationStatusFilterParamSchema),
  /** Tag, one or several. */
  tag: z.optional(oneOrMany(NonEmptyStringSchema)),
  /** Only candidates updated after this ISO-8601 date-time (or date). */
  updated_after: z.optional(DateTimeInputSchema),
  /** Page size, 1 to 100 (SR default 10). */
  limit: z.optional(LimitSchema),
  /** `next_cursor` of the previous page. */
  cursor: z.optional(CursorSchema),
  /** Fetch each candidate's details (list items are partial). */
  hydrate: z.optional(z.boolean()),
});
/** Parameters of `candidates.list`. */
export type CandidateListParams = z.infer<typeof CandidateListParamsSchema>;

/**
 * What `applications.get` (and `applications.list` with `hydrate`) can read besides the
 * application, one request each: `status_history` (the timestamps), `custom_fields` (candidate
 * properties), `screening_answers`.
 */
export const APPLICATION_INCLUDES = ['status_history', 'custom_fields', 'screening_answers'] as const;
/** An extra read of an application. */
export type ApplicationInclude = (typeof APPLICATION_INCLUDES)[number];

/** A list of extra reads, each once. */
export const ApplicationIncludeSchema = z
  .array(z.enum(APPLICATION_INCLUDES))
  .check(z.refine((items) => new Set(items).size === items.length, 'must not repeat a value'));

/**
 * Parameters of `applications.list`: applications are listed through SR's candidates (there is no
 * `/applications` collection, §7), so `candidate_id` reads one candidate's applications.
 */
export const ApplicationListParamsSchema = z
  .strictObject({
    job_id: z.optional(IdSchema),
    candidate_id: z.optional(IdSchema),
    status: z.optional(ApplicationStatusFilterParamSchema),
    updated_after: z.optional(DateTimeInputSchema),
    limit: z.optional(LimitSchema),
    cursor: z.optional(CursorSchema),
    /** Read each application (with `include`, default `['status_history']`). */
    hydrate: z.optional(z.boolean()),
    /** With `hydrate`: what to read besides each application. */
    include: z.optional(ApplicationIncludeSchema),
  })
  .check(
    z.superRefine((value, ctx) => {
      if (value.include !== undefined && value.hydrate !== true) {
        ctx.addIssue({
          code: 'custom',
          message: 'is read per application: pass hydrate: true with it',
          path: ['include'],
          input: value,
        });
      }
      if (value.candidate_id !== undefined && value.updated_after !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'filters candidates: it cannot be combined with candidate_id',
          path: ['updated_after'],
          input: value,
        });
      }
    }),
  );
/** Parameters of `applications.list`. */
export type ApplicationListParams = z.infer<typeof ApplicationListParamsSchema>;

const jobStatusFilterValues = [...JOB_STATUSES.filter((status) => status !== 'other'), ...SR_JOB_STATUSES];
const postingStatusFilterValues = [
  ...POSTING_STATUSES.filter((status) => status !== 'other'),
  ...SR_POSTING_STATUSES,
];

/** A job status to filter on: unified (`open` = SOURCING, INTERVIEW, OFFER) or SR. */
export const JobStatusFilterSchema = z.enum(jobStatusFilterValues as [string, ...string[]]);

/** One job status filter value or a non-empty array of them. */
export const JobStatusFilterParamSchema = oneOrMany(
  JobStatusFilterSchema,
  `expected one of ${jobStatusFilterValues.join(', ')}, or a non-empty array of them`,
);

/** A posting status to filter on: unified (`public`) or SR (`PUBLIC`). */
export const PostingStatusFilterSchema = z.enum(postingStatusFilterValues as [string, ...string[]]);

/** Parameters of `jobs.list` (SR `GET /jobs`, §9.1). */
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
  limit: z.optional(LimitSchema),
  cursor: z.optional(CursorSchema),
  hydrate: z.optional(z.boolean()),
});
/** Parameters of `jobs.list`. */
export type JobListParams = z.infer<typeof JobListParamsSchema>;

/** Parameters of `users.list` (SR `GET /user-api/v201804/users`, §10.1). */
export const UserListParamsSchema = z.strictObject({
  /** Searches first name, last name, email and external data. */
  q: z.optional(NonEmptyStringSchema),
  updated_after: z.optional(DateTimeInputSchema),
  limit: z.optional(LimitSchema),
  cursor: z.optional(CursorSchema),
  /** Fetch each user's details (list items carry access group ids only). */
  hydrate: z.optional(z.boolean()),
});
/** Parameters of `users.list`. */
export type UserListParams = z.infer<typeof UserListParamsSchema>;

/** Parameters of `attachments.list`: one candidate's or one application's attachments. */
export const AttachmentListParamsSchema = z
  .strictObject({
    candidate_id: z.optional(IdSchema),
    application_id: z.optional(IdSchema),
  })
  .check(exactlyOneOwner);
/** Parameters of `attachments.list`. */
export type AttachmentListParams = z.infer<typeof AttachmentListParamsSchema>;

/** Parameters of `roles.list` (SR returns all roles at once; the SDK pages them). */
export const RoleListParamsSchema = z.strictObject({
  limit: z.optional(LimitSchema),
  cursor: z.optional(CursorSchema),
});
/** Parameters of `roles.list`. */
export type RoleListParams = z.infer<typeof RoleListParamsSchema>;

/** Parameters of `groups.list` (SR returns all access groups at once; the SDK pages them). */
export const GroupListParamsSchema = z.strictObject({
  limit: z.optional(LimitSchema),
  cursor: z.optional(CursorSchema),
});
/** Parameters of `groups.list`. */
export type GroupListParams = z.infer<typeof GroupListParamsSchema>;
