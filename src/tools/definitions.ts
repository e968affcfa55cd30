/**
 * The tools: one entry per unified read (list, get) and per write an agent may be given. Each
 * names its input model (the SDK's own zod schema), the unified model of its result (for the
 * field policy) and the resource method it calls.
 */
import type { RequestOptions } from '../client.js';
import type { PagePromise } from '../core/pagination.js';
import type { ModelName } from '../mappers/context.js';
import {
  ApplicationCreateInputSchema,
  ApplicationStatusUpdateInputSchema,
} from '../schemas/unified/application.js';
import { CandidateCreateInputSchema, CandidateUpdateInputSchema } from '../schemas/unified/candidate.js';
import { IdSchema, isApplicationId, NonEmptyStringSchema } from '../schemas/unified/input-common.js';
import {
  APPLICATION_INCLUDES,
  ApplicationListParamsSchema,
  AttachmentListParamsSchema,
  CandidateListParamsSchema,
  GroupListParamsSchema,
  InterviewListParamsSchema,
  JobInterviewStageListParamsSchema,
  JobListParamsSchema,
  OfferListParamsSchema,
  OfficeListParamsSchema,
  RejectReasonListParamsSchema,
  RoleListParamsSchema,
  ScorecardListParamsSchema,
  SourceListParamsSchema,
  UserListParamsSchema,
  WholeListParamsSchema,
} from '../schemas/unified/list-params.js';
import * as z from '../schemas/zod.js';
import type { SmartRecruiters } from '../smartrecruiters.js';

// biome-ignore lint/suspicious/noExplicitAny: tools serve a SmartRecruiters of any mappings.
type AnySmartRecruiters = SmartRecruiters<any>;
type Args = Record<string, unknown>;

/** What every tool entry says. */
interface BaseSpec {
  name: string;
  title: string;
  description: string;
  /** The unified model of the records in the result (`null`: no records). */
  model: ModelName | null;
  /** The input model. */
  input: () => z.ZodMiniType;
  /** Descriptions of the input's top-level properties, for the model reading the schema. */
  describe?: Record<string, string>;
}

/** A paged read: returns a list the tools page with their budget. */
export interface ListSpec extends BaseSpec {
  kind: 'list';
  list: (sr: AnySmartRecruiters, args: Args, request: RequestOptions) => PagePromise<unknown>;
}

/** A single read or a write: returns one result. */
export interface CallSpec extends BaseSpec {
  kind: 'read' | 'write';
  /** A write that deletes or overwrites what was there (an MCP `destructiveHint`). */
  destructive?: boolean;
  /** Calling it twice with the same arguments does no more than once (an MCP `idempotentHint`). */
  idempotent?: boolean;
  run: (sr: AnySmartRecruiters, args: Args, request: RequestOptions) => Promise<unknown>;
}

export type ToolSpec = ListSpec | CallSpec;

const paging = {
  cursor: 'The next_cursor of the previous call, to continue this list where it stopped.',
  limit: 'Most records to return in this call.',
};
const hydrate = 'Read each record in full (one more request per record: slower, more fields).';
const updatedAfter =
  'Only records updated after this ISO-8601 date-time with a time zone (2026-01-01T00:00:00Z) or date (2026-01-01).';
const applicationId = "An application id: 'candidateId:jobId', as in an application's id.";

const IdInput = z.strictObject({ id: IdSchema });
const ApplicationIdSchema = IdSchema.check(
  z.refine(isApplicationId, { message: "expected an application id of the form 'candidateId:jobId'" }),
);

/** Every tool, reads first. */
export const TOOL_SPECS: readonly ToolSpec[] = [
  {
    kind: 'list',
    name: 'jobs_list',
    title: 'List jobs',
    description:
      'Lists jobs (requisitions) with their status, posting status, departments and locations. Filter by status (open, draft, on_hold, closed), title search, department, city.',
    model: 'job',
    input: () => JobListParamsSchema,
    describe: {
      q: 'Full-text search on the job title.',
      status: 'Job status: open, draft, on_hold, closed (or SmartRecruiters values such as SOURCING).',
      updated_after: updatedAfter,
      hydrate,
      ...paging,
    },
    list: (sr, args, request) => sr.jobs.list(args, request),
  },
  {
    kind: 'read',
    name: 'jobs_get',
    title: 'Get a job',
    description:
      'One job in full: description, compensation, locations, custom fields; optionally its hiring team.',
    model: 'job',
    input: () => z.strictObject({ id: IdSchema, include: z.optional(z.array(z.enum(['hiring_team']))) }),
    describe: { id: 'The job id.', include: "['hiring_team'] adds the hiring team (more requests)." },
    run: (sr, args, request) =>
      sr.jobs.get(args.id as string, { ...request, include: args.include as ['hiring_team'] | undefined }),
  },
  {
    kind: 'list',
    name: 'candidates_list',
    title: 'List candidates',
    description:
      'Lists candidates with their applications (job and status). Filter by keyword, job, application status, tag, update time.',
    model: 'candidate',
    input: () => CandidateListParamsSchema,
    describe: {
      q: 'Keyword search.',
      job_id: 'Candidates with an application on this job (or these jobs).',
      status: 'Application status: lead, new, in_review, interview, offered, hired, rejected, withdrawn.',
      updated_after: updatedAfter,
      hydrate,
      ...paging,
    },
    list: (sr, args, request) => sr.candidates.list(args, request),
  },
  {
    kind: 'read',
    name: 'candidates_get',
    title: 'Get a candidate',
    description: 'One candidate in full: experience, education, links, tags, applications.',
    model: 'candidate',
    input: () => z.strictObject({ id: IdSchema, include: z.optional(z.array(z.enum(['consent']))) }),
    describe: { id: 'The candidate id.', include: "['consent'] adds the GDPR consent status." },
    run: (sr, args, request) =>
      sr.candidates.get(args.id as string, { ...request, include: args.include as ['consent'] | undefined }),
  },
  {
    kind: 'list',
    name: 'applications_list',
    title: 'List applications',
    description:
      "Lists applications (a candidate on a job) with status and source: one job's (job_id), one candidate's (candidate_id), or all.",
    model: 'application',
    input: () => ApplicationListParamsSchema,
    describe: {
      job_id: 'Applications to this job.',
      candidate_id: "This candidate's applications.",
      status: 'Application status: lead, new, in_review, interview, offered, hired, rejected, withdrawn.',
      updated_after: 'Only applications whose candidate was updated after this ISO-8601 date-time or date.',
      hydrate: 'Read each application in full, with its status history (more requests per record).',
      ...paging,
    },
    list: (sr, args, request) => sr.applications.list(args, request),
  },
  {
    kind: 'read',
    name: 'applications_get',
    title: 'Get an application',
    description: 'One application with its status history; optionally custom fields and screening answers.',
    model: 'application',
    input: () =>
      z.strictObject({ id: ApplicationIdSchema, include: z.optional(z.array(z.enum(APPLICATION_INCLUDES))) }),
    describe: {
      id: applicationId,
      include: 'What to read besides the application (default status_history).',
    },
    run: (sr, args, request) =>
      sr.applications.get(args.id as string, {
        ...request,
        ...(args.include ? { include: args.include as Array<(typeof APPLICATION_INCLUDES)[number]> } : {}),
      }),
  },
  {
    kind: 'list',
    name: 'attachments_list',
    title: 'List attachments',
    description:
      'Lists the files (resume, cover letter...) of one candidate or one application: names and types, not contents.',
    model: 'attachment',
    input: () => AttachmentListParamsSchema,
    describe: {
      candidate_id: "A candidate's files.",
      application_id: `${applicationId} That application's files.`,
    },
    list: (sr, args, request) => sr.attachments.list(args as { candidate_id: string }, request),
  },
  {
    kind: 'list',
    name: 'offers_list',
    title: 'List offers',
    description: "Lists offers: all (filter by status and creation date) or one application's.",
    model: 'offer',
    input: () => OfferListParamsSchema,
    describe: { application_id: `${applicationId} That application's offers only.`, ...paging },
    list: (sr, args, request) => sr.offers.list(args, request),
  },
  {
    kind: 'read',
    name: 'offers_get',
    title: 'Get an offer',
    description: 'One offer of an application: status, compensation, start date.',
    model: 'offer',
    input: () => z.strictObject({ application_id: ApplicationIdSchema, offer_id: IdSchema }),
    describe: { application_id: applicationId, offer_id: 'The offer id.' },
    run: (sr, args, request) =>
      sr.offers.get(args.application_id as string, args.offer_id as string, request),
  },
  {
    kind: 'list',
    name: 'interviews_list',
    title: 'List interviews',
    description:
      "Lists the interviews of one job application, by SmartRecruiters' job application id (the application_id of webhook payloads).",
    model: 'interview',
    input: () => InterviewListParamsSchema,
    describe: { ...paging },
    list: (sr, args, request) => sr.interviews.list(args as { job_application_id: string }, request),
  },
  {
    kind: 'read',
    name: 'interviews_get',
    title: 'Get an interview',
    description: 'One interview: time slots, interviewers and their answers, location or video link.',
    model: 'interview',
    input: () => IdInput,
    describe: { id: 'The interview id.' },
    run: (sr, args, request) => sr.interviews.get(args.id as string, request),
  },
  {
    kind: 'list',
    name: 'scorecards_list',
    title: 'List scorecards',
    description: 'Lists the scorecards (interview feedback: rating, recommendation) of one application.',
    model: 'scorecard',
    input: () => ScorecardListParamsSchema,
    describe: { application_id: applicationId, ...paging },
    list: (sr, args, request) => sr.scorecards.list(args as { application_id: string }, request),
  },
  {
    kind: 'read',
    name: 'scorecards_get',
    title: 'Get a scorecard',
    description: 'One scorecard (an interview review).',
    model: 'scorecard',
    input: () => IdInput,
    describe: { id: 'The scorecard id.' },
    run: (sr, args, request) => sr.scorecards.get(args.id as string, request),
  },
  {
    kind: 'list',
    name: 'users_list',
    title: 'List users',
    description:
      'Lists the users of the account (recruiters, hiring managers, interviewers) with roles and groups.',
    model: 'user',
    input: () => UserListParamsSchema,
    describe: {
      q: 'Searches names, email and external data.',
      updated_after: updatedAfter,
      hydrate,
      ...paging,
    },
    list: (sr, args, request) => sr.users.list(args, request),
  },
  {
    kind: 'read',
    name: 'users_get',
    title: 'Get a user',
    description: 'One user of the account.',
    model: 'user',
    input: () => IdInput,
    describe: { id: 'The user id.' },
    run: (sr, args, request) => sr.users.get(args.id as string, request),
  },
  {
    kind: 'list',
    name: 'roles_list',
    title: 'List roles',
    description: 'Lists the system roles users hold.',
    model: 'role',
    input: () => RoleListParamsSchema,
    describe: { ...paging },
    list: (sr, args, request) => sr.roles.list(args, request),
  },
  {
    kind: 'list',
    name: 'groups_list',
    title: 'List access groups',
    description: 'Lists the access groups of the account.',
    model: 'group',
    input: () => GroupListParamsSchema,
    describe: { ...paging },
    list: (sr, args, request) => sr.groups.list(args, request),
  },
  {
    kind: 'list',
    name: 'departments_list',
    title: 'List departments',
    description: 'Lists the departments jobs belong to.',
    model: 'department',
    input: () => WholeListParamsSchema,
    describe: { ...paging },
    list: (sr, args, request) => sr.departments.list(args, request),
  },
  {
    kind: 'list',
    name: 'offices_list',
    title: 'List offices',
    description: "Lists the account's offices (predefined locations).",
    model: 'office',
    input: () => OfficeListParamsSchema,
    describe: { ...paging },
    list: (sr, args, request) => sr.offices.list(args, request),
  },
  {
    kind: 'list',
    name: 'reject_reasons_list',
    title: 'List rejection and withdrawal reasons',
    description:
      'Lists the reasons an application is rejected or withdrawn with (their ids go into a status change).',
    model: 'rejectReason',
    input: () => RejectReasonListParamsSchema,
    describe: { kind: 'rejection or withdrawal; both by default.', ...paging },
    list: (sr, args, request) => sr.rejectReasons.list(args, request),
  },
  {
    kind: 'list',
    name: 'source_types_list',
    title: 'List source types',
    description:
      'Lists the candidate source types (job boards, agencies, referrals...) with their sub-types.',
    model: 'sourceType',
    input: () => WholeListParamsSchema,
    describe: { ...paging },
    list: (sr, args, request) => sr.sources.types(args, request),
  },
  {
    kind: 'list',
    name: 'sources_list',
    title: 'List sources',
    description: 'Lists the sources of one source type: the ids an application is attributed to.',
    model: 'source',
    input: () => SourceListParamsSchema,
    describe: { type_id: 'A source type id from source_types_list (e.g. JOB_BOARDS).', ...paging },
    list: (sr, args, request) => sr.sources.list(args as { type_id: string }, request),
  },
  {
    kind: 'list',
    name: 'job_interview_stages_list',
    title: 'List hiring stages',
    description: "Lists the hiring-process stages (the sub-statuses an application's status moves through).",
    model: 'jobInterviewStage',
    input: () => JobInterviewStageListParamsSchema,
    describe: { ...paging },
    list: (sr, args, request) => sr.jobInterviewStages.list(args, request),
  },
  // ---- writes: each must be enabled by name ----
  {
    kind: 'write',
    name: 'candidates_create',
    title: 'Create a candidate',
    description:
      'Creates a candidate in the talent pool, or onto a job with job_id (which creates the application), attributed to a source.',
    model: 'candidate',
    input: () => CandidateCreateInputSchema,
    describe: {
      job_id: 'Apply the candidate to this job.',
      source: 'Where the candidate comes from: ids from source_types_list and sources_list.',
    },
    run: (sr, args, request) => sr.candidates.create(args as never, request),
  },
  {
    kind: 'write',
    name: 'candidates_update',
    title: 'Update a candidate',
    description: "Updates a candidate's personal details (only the fields given) or replaces their tags.",
    model: 'candidate',
    destructive: true,
    idempotent: true,
    input: () => z.strictObject({ id: IdSchema, update: CandidateUpdateInputSchema }),
    describe: { id: 'The candidate id.', update: 'The fields to change.' },
    run: (sr, args, request) => sr.candidates.update(args.id as string, args.update as never, request),
  },
  {
    kind: 'write',
    name: 'candidates_add_tags',
    title: 'Tag a candidate',
    description: "Adds tags to a candidate, keeping the ones they have. Returns all of the candidate's tags.",
    model: null,
    idempotent: true,
    input: () => z.strictObject({ id: IdSchema, tags: z.array(NonEmptyStringSchema).check(z.minLength(1)) }),
    describe: { id: 'The candidate id.', tags: 'The tags to add.' },
    run: async (sr, args, request) => ({
      tags: await sr.candidates.addTags(args.id as string, args.tags as string[], request),
    }),
  },
  {
    kind: 'write',
    name: 'applications_create',
    title: 'Apply a new candidate to a job',
    description: 'Creates an application: a new candidate onto a job, attributed to a source.',
    model: 'application',
    input: () => ApplicationCreateInputSchema,
    describe: {
      job_id: 'The job to apply to.',
      candidate: 'The new candidate.',
      source: 'Where the candidate comes from: ids from source_types_list and sources_list.',
    },
    run: (sr, args, request) => sr.applications.create(args as never, request),
  },
  {
    kind: 'write',
    name: 'applications_update_status',
    title: "Change an application's status",
    description:
      'Moves an application to a status: a stage (in_review, interview, offered, with a sub_status), rejected or withdrawn (with a reason_id from reject_reasons_list), or hired.',
    model: 'application',
    destructive: true,
    idempotent: true,
    input: () => z.strictObject({ id: ApplicationIdSchema, update: ApplicationStatusUpdateInputSchema }),
    describe: { id: applicationId, update: 'The new status and what it needs.' },
    run: (sr, args, request) =>
      sr.applications.updateStatus(args.id as string, args.update as never, request),
  },
];
