/**
 * Parameters of every unified `list()`, in unified words, as plain interfaces. Enum filters take
 * the unified values and SmartRecruiters' own (`'in_review'` or `'IN_REVIEW'`): anything else is a
 * compile error, and a `ValidationError` at run time before any request.
 */
import type {
  SrApplicationStatus,
  SrJobStatus,
  SrOfferStatus,
  SrPostingStatus,
} from '../../schemas/sr/enums.js';
import type {
  ApplicationInclude,
  ApplicationStatus,
  JobStatus,
  OfferStatus,
  PostingStatus,
  RejectReasonKind,
} from '../../schemas/unified/enums.js';
import type { DateTimeInput } from './input-common.js';

/** The paging fields of every list's parameters. */
export interface PageParams {
  /** Page size, 1 to 100. Default 100, SmartRecruiters' largest page. */
  limit?: number | undefined;
  /** `next_cursor` of the previous page (or an item's cursor), to resume. */
  cursor?: string | undefined;
}

/** An application status filter value: unified (`in_review`) or SR (`IN_REVIEW`). */
export type ApplicationStatusFilter = Exclude<ApplicationStatus, 'other'> | SrApplicationStatus;
/** A job status filter value: unified (`open` = SOURCING, INTERVIEW, OFFER) or SR (`SOURCING`). */
export type JobStatusFilter = Exclude<JobStatus, 'other'> | SrJobStatus;
/** A posting status filter value: unified (`public`) or SR (`PUBLIC`). */
export type PostingStatusFilter = Exclude<PostingStatus, 'other'> | SrPostingStatus;
/** An offer status filter value: unified (`sent`) or SR (`PENDING_ACCEPTANCE`). */
export type OfferStatusFilter = Exclude<OfferStatus, 'other'> | SrOfferStatus;

/** Parameters of `candidates.list` (SR `GET /candidates`). */
export interface CandidateListParams extends PageParams {
  /** Keyword search. */
  q?: string | undefined;
  /** Candidates with an application on this job (or any of these jobs). */
  job_id?: string | string[] | undefined;
  /** Application status, unified or SR value, one or several. */
  status?: ApplicationStatusFilter | ApplicationStatusFilter[] | undefined;
  /** Tag, one or several. */
  tag?: string | string[] | undefined;
  /** Only candidates updated after this ISO-8601 date-time, date or `Date`. */
  updated_after?: DateTimeInput | undefined;
  /** Fetch each candidate's details (list items are partial). */
  hydrate?: boolean | undefined;
}

/**
 * Parameters of `applications.list`: applications are listed through SR's candidates (there is no
 * `/applications` collection), so `candidate_id` reads one candidate's applications.
 */
export interface ApplicationListParams extends PageParams {
  /** Applications to this job. */
  job_id?: string | undefined;
  /** One candidate's applications (not with `updated_after`). */
  candidate_id?: string | undefined;
  /** Application status, unified or SR value, one or several. */
  status?: ApplicationStatusFilter | ApplicationStatusFilter[] | undefined;
  /** Only applications of candidates updated after this ISO-8601 date-time, date or `Date`. */
  updated_after?: DateTimeInput | undefined;
  /** Read each application (with `include`, default `['status_history']`). */
  hydrate?: boolean | undefined;
  /** With `hydrate`: what to read besides each application, each once. */
  include?: ApplicationInclude[] | undefined;
}

/** Parameters of `jobs.list` (SR `GET /jobs`). */
export interface JobListParams extends PageParams {
  /** Full-text search on the title. */
  q?: string | undefined;
  /** Status, unified or SR value, one or several. */
  status?: JobStatusFilter | JobStatusFilter[] | undefined;
  /** Only jobs updated after this ISO-8601 date-time, date or `Date`. */
  updated_after?: DateTimeInput | undefined;
  /** Only jobs with activity after this ISO-8601 date-time, date or `Date`. */
  last_activity_after?: DateTimeInput | undefined;
  /** Department label(s); SR matches labels case-sensitively. */
  department?: string | string[] | undefined;
  /** Posting status, unified or SR value (SR filters on one). */
  posting_status?: PostingStatusFilter | undefined;
  /** City name(s); SR matches case-sensitively. */
  city?: string | string[] | undefined;
  /** Fetch each job's details (list items are partial). */
  hydrate?: boolean | undefined;
}

/** Parameters of `users.list` (SR `GET /user-api/v201804/users`). */
export interface UserListParams extends PageParams {
  /** Searches first name, last name, email and external data. */
  q?: string | undefined;
  /** Only users updated after this ISO-8601 date-time, date or `Date`. */
  updated_after?: DateTimeInput | undefined;
  /** Fetch each user's details (list items carry access group ids only). */
  hydrate?: boolean | undefined;
}

/** Parameters of `attachments.list`: exactly one of `candidate_id` and `application_id`. */
export interface AttachmentListParams {
  /** One candidate's (candidate-level) attachments. */
  candidate_id?: string | undefined;
  /** One application's attachments (`candidateId:jobId`). */
  application_id?: string | undefined;
}

/** Parameters of `roles.list` (SR returns all roles at once; the SDK pages them). */
export interface RoleListParams extends PageParams {}

/** Parameters of `groups.list` (SR returns all access groups at once; the SDK pages them). */
export interface GroupListParams extends PageParams {}

/** Parameters of `offers.list` (SR `GET /offers`, or one application's offers). */
export interface OfferListParams extends PageParams {
  /** One application's offers (`candidateId:jobId`); no other filter applies then. */
  application_id?: string | undefined;
  /** Status, unified or SR value, one or several. */
  status?: OfferStatusFilter | OfferStatusFilter[] | undefined;
  /** Only offers created after this ISO-8601 date-time, date or `Date`. */
  created_after?: DateTimeInput | undefined;
  /** Only offers created before this ISO-8601 date-time, date or `Date`. */
  created_before?: DateTimeInput | undefined;
}

/**
 * An application as `interviews.list` takes it: a unified Application (its `id`, and the
 * `job_application_id` it carries when read with `applications.get()`).
 */
export interface InterviewListApplication {
  /** The application id, `candidateId:jobId`. */
  id: string;
  /** SmartRecruiters' job application id, when the application carries it. */
  job_application_id?: string | null | undefined;
}

/**
 * Parameters of `interviews.list`: exactly one of `application` (an Application),
 * `application_id` (`candidateId:jobId`) and `job_application_id` (SmartRecruiters' id), with
 * `limit` and `cursor`.
 */
export interface InterviewListParams extends PageParams {
  /**
   * SmartRecruiters' job application id, by which SR lists interviews: the `application_id` of
   * `application.*`, `interview.*` and `review.*` webhook payloads, an Application's
   * `job_application_id`.
   */
  job_application_id?: string | undefined;
  /** The unified `candidateId:jobId`, whose job application id is read from SmartRecruiters first. */
  application_id?: string | undefined;
  /** An Application (`applications.get()` gives one with its `job_application_id`). */
  application?: InterviewListApplication | undefined;
}

/** Parameters of `scorecards.list`: one application's reviews. */
export interface ScorecardListParams extends PageParams {
  /** `candidateId:jobId`. */
  application_id: string;
}

/** Parameters of `rejectReasons.list`: rejection reasons, withdrawal reasons, or both (default). */
export interface RejectReasonListParams extends PageParams {
  /** `rejection` or `withdrawal`; both when absent. */
  kind?: RejectReasonKind | undefined;
}

/** Parameters of `departments.list` and `sources.types` (SR returns these lists whole; the SDK pages them). */
export interface WholeListParams extends PageParams {}

/** Parameters of `offices.list` (SR pages predefined locations by cursor). */
export interface OfficeListParams extends PageParams {}

/** Parameters of `sources.list`: the sources of one type (and sub-type). */
export interface SourceListParams extends PageParams {
  /** A source type id from `sources.types()` (e.g. `JOB_BOARDS`). */
  type_id: string;
  /** A sub-type id of the type, to narrow the list. */
  sub_type_id?: string | undefined;
}

/** Parameters of `jobInterviewStages.list`. */
export interface JobInterviewStageListParams extends PageParams {
  /** Only the stages of this hiring process. */
  hiring_process_id?: string | undefined;
  /** Only the stages of this status, unified or SR value. */
  status?: 'in_review' | 'interview' | 'offered' | 'IN_REVIEW' | 'INTERVIEW' | 'OFFERED' | undefined;
}
