/**
 * The SmartRecruiters routes the SDK types, from SR's official API registries: the Customer API
 * (candidates, jobs, configuration, offers, messages), the Users and Webhooks APIs, and the
 * registries under a path prefix, each declared in its own file under src/routes/ and combined
 * here. Which of SR's documented operations are typed, and which are not yet: docs/coverage.md
 * (`npm run api-coverage` counts them). Templates use SR's own parameter names (`/jobs/{jobId}`,
 * `/candidates/{id}`); any other path still works through the same methods, untyped.
 */
import type { BinaryResponse } from './internal/response.js';
import type { Open } from './models/sr/common.js';
import type { GetRoutes, RoutesByMethod } from './route-maps.js';
import type { ApplyRoutes } from './routes/apply.js';
import type { APPROVALS_API, ApprovalRoutes } from './routes/approvals.js';
import type { APPS_INTEGRATIONS_API, AppsIntegrationsRoutes } from './routes/apps-integrations.js';
import type { ASSESSMENT_PARTNER_API, AssessmentPartnerApiRoutes } from './routes/assessment-partner-api.js';
import type { ASSESSMENTS_API, AssessmentsApiRoutes } from './routes/assessments-api.js';
import type { AUDIT_API, AuditRoutes } from './routes/audit.js';
import type { CANDIDATE_STATUS_API, CandidateStatusRoutes } from './routes/candidate-status.js';
import type { ConfigurationRoutes, SrJobPropertyValuesQuery } from './routes/configuration.js';
import type { EVENT_MANAGEMENT_API, EventManagementRoutes } from './routes/event-management.js';
import type { FEED_API, FeedRoutes } from './routes/feed.js';
import type { INTERVIEW_TEMPLATES_API, InterviewTemplateRoutes } from './routes/interview-templates.js';
import type { MESSAGE_TEMPLATES_API, MessageTemplateRoutes } from './routes/message-templates.js';
import type { NOTIFICATIONS_API, NotificationRoutes } from './routes/notifications.js';
import type { PARTNERS_API, PartnerRoutes } from './routes/partners.js';
import type { POSTING_API, PostingRoutes } from './routes/postings.js';
import type { REPORTING_API, ReportingRoutes } from './routes/reporting.js';
import type { SELF_SCHEDULING_API, SelfSchedulingRoutes } from './routes/self-scheduling.js';
import type { SMARTONBOARD_API, SmartOnboardRoutes } from './routes/smartonboard.js';
import type { URL_SHORTENER_API, UrlShortenerRoutes } from './routes/url-shortener.js';
import type { LegacyUserRoutes } from './routes/users-deprecated.js';
import type {
  SrApplication,
  SrCandidateProperty,
  SrCandidatePropertyValueInput,
  SrCandidateStatus,
  SrScreeningAnswer,
  SrStatusHistoryItem,
} from './schemas/sr/application.js';
import type { SrAttachment } from './schemas/sr/attachment.js';
import type {
  SrApplicationStatus,
  SrCandidate,
  SrCandidateDetails,
  SrCandidateInput,
  SrCandidateTags,
  SrConsentStatus,
  SrPersonalDetails,
  SrSourceDetails,
} from './schemas/sr/candidate.js';
import type { SrJsonPatchOperation } from './schemas/sr/common.js';
import type {
  SrHiringProcess,
  SrPredefinedLocation,
  SrReason,
  SrSource,
  SrSourceDefinition,
  SrSourceType,
} from './schemas/sr/configuration.js';
import type {
  SrCandidateConsentStatus,
  SrConsentDecisions,
  SrConsentRequestResult,
  SrConsentRequestsInput,
  SrConsentRequestsResults,
} from './schemas/sr/consent.js';
import type { SrHiringTeamRole, SrOfferStatus } from './schemas/sr/enums.js';
import type {
  SrAttendeeStatusInput,
  SrInterview,
  SrInterviewInput,
  SrInterviewUpdateInput,
  SrTimeslot,
  SrTimeslotInput,
} from './schemas/sr/interview.js';
import type {
  SrDepartment,
  SrHiringTeamMember,
  SrJobDetails,
  SrJobInput,
  SrJobStatus,
  SrJobStatusInput,
  SrJobSummary,
  SrPostingStatus,
} from './schemas/sr/job.js';
import type { SrOffer, SrOfferDocumentsList, SrOfferPropertiesDefinition } from './schemas/sr/offer.js';
import type {
  SrReview,
  SrReviewInput,
  SrReviewUpdateInput,
  SrScorecardCriterion,
} from './schemas/sr/review.js';
import type { SrAccessGroup, SrNewUser, SrSystemRole, SrUser, SrUserListItem } from './schemas/sr/user.js';
import type {
  SrApprovalRequest,
  SrCandidatePropertyDefinition,
  SrCandidatePropertyValueUpdate,
  SrCareerSite,
  SrCompany,
  SrConfigurationAccessGroup,
  SrConfigurationAccessGroupInput,
  SrDepartmentInput,
  SrHeadcountUpdate,
  SrHeadcountUpdateAccepted,
  SrJobAdInput,
  SrJobAdItem,
  SrJobApplication,
  SrJobApproval,
  SrJobNote,
  SrJobPropertyDefinition,
  SrJobPropertyDefinitionInput,
  SrJobStatusHistoryItem,
  SrMessage,
  SrMessageDetails,
  SrMessageInput,
  SrOnboardingStatus,
  SrParsedResume,
  SrPosition,
  SrPositionInput,
  SrPropertyValue,
  SrPropertyValueInput,
  SrPublicationInput,
  SrPublicationListItem,
  SrPublicationResponse,
  SrResumeUpload,
} from './schemas/sr/wire.js';

/**
 * Path prefix of SmartRecruiters' Job Applications API
 * (developers.smartrecruiters.com/reference/job-applicationsgetbyid-1).
 */
export const JOB_APPLICATIONS_API = '/job-applications-api/v202112';
/** Path prefix of SmartRecruiters' Interviews API (developers.smartrecruiters.com/reference/interviews). */
export const INTERVIEWS_API = '/interviews-api/v201904';
/** Path prefix of SmartRecruiters' Reviews API (interview feedback, developers.smartrecruiters.com). */
export const REVIEWS_API = '/reviews-api/v201910';

export type { Open };
/** One value, or several (sent as a repeated query parameter). */
export type OneOrMany<T> = T | readonly T[];

/** SR's list envelope (`content` plus paging fields, which vary by route). */
export interface SrList<T> {
  /** The items of this page. */
  content: T[];
  /** How many items match, when the route counts them. */
  totalFound?: number;
  /** The page size, on offset-paged routes. */
  limit?: number;
  /** How many items were skipped, on offset-paged routes. */
  offset?: number;
  /** The next page's id, on cursor-paged routes. */
  nextPageId?: string;
  [key: string]: unknown;
}

/** Query of `GET /candidates` (developers.smartrecruiters.com/reference/candidatesall). */
export interface SrCandidateListQuery {
  /** Keyword search (see SmartRecruiters' help center on searching candidates). */
  q?: string;
  /** How many candidates to return (at most 100). */
  limit?: number;
  /** The page to return: the previous page's `nextPageId`; none for the first page. */
  pageId?: string;
  /** Only candidates who applied to these jobs (ids). */
  jobId?: OneOrMany<string>;
  /** Keywords looked up in the candidates' location (case insensitive, e.g. `Krakow`). */
  location?: OneOrMany<string>;
  /** Only candidates with these average ratings (integers, e.g. `4`). */
  averageRating?: OneOrMany<number>;
  /** Only candidates with these statuses, in the context of a job. */
  status?: OneOrMany<Open<SrApplicationStatus>>;
  /** Only candidates with these consent statuses. */
  consentStatus?: OneOrMany<Open<SrConsentStatus>>;
  /** Only candidates with this sub-status in the context of a job; works only with `status`. */
  subStatus?: string;
  /** Only candidates with these tags (case insensitive, e.g. `fluent english`). */
  tag?: OneOrMany<string>;
  /** Only candidates updated after this time (ISO-8601). */
  updatedAfter?: string | Date;
  /** Only candidates with this onboarding status. */
  onboardingStatus?: Open<'READY_TO_ONBOARD' | 'ONBOARDING_SUCCESSFUL' | 'ONBOARDING_FAILED'>;
  /** Candidate property ids to filter on; only single-select application fields can be filtered. */
  propertyId?: OneOrMany<string>;
  /** Candidate property value ids to filter on. */
  propertyValueId?: OneOrMany<string>;
  /** Only candidates with these source types. */
  sourceType?: OneOrMany<string>;
  /** Only candidates with these source sub-types. */
  sourceSubType?: OneOrMany<string>;
  /** Only candidates with these source value ids. */
  sourceValueId?: OneOrMany<string>;
}

/** Query of `GET /jobs` (developers.smartrecruiters.com/reference/jobsall). */
export interface SrJobListQuery {
  /** Full-text search on the job title (case insensitive, e.g. `java developer`). */
  q?: string;
  /** How many jobs to return (at most 100). */
  limit?: number;
  /** How many jobs to skip; slow and deprecated by SmartRecruiters: use `pageId`. */
  offset?: number;
  /** The page to return: the previous page's `nextPageId`; requires `sort=job_id`. */
  pageId?: string;
  /** `default` (creation date, or match score with `q`) or `job_id` (the order `pageId` needs). */
  sort?: Open<'default' | 'job_id'>;
  /** Only jobs in these cities (case sensitive, e.g. `San Francisco`). */
  city?: OneOrMany<string>;
  /** Only jobs of these departments, by label (case sensitive, e.g. `Marketing`). */
  department?: OneOrMany<string>;
  /** Only jobs updated after this time (ISO-8601). */
  updatedAfter?: string | Date;
  /** Only jobs active after this time (ISO-8601): edited, applied to or published. */
  lastActivityAfter?: string | Date;
  /** Only job ads in this language (language code; `pt-PT` is deprecated: use `pt`). */
  language?: string;
  /** Only jobs with this status. */
  status?: Open<SrJobStatus>;
  /** Only jobs with these statuses. */
  statuses?: OneOrMany<Open<SrJobStatus>>;
  /** Only jobs with this posting status. */
  postingStatus?: Open<SrPostingStatus>;
  /** Only jobs whose hiring team includes these users (ids). */
  hiringTeamMemberId?: OneOrMany<string>;
}

/** Query of `GET /user-api/v201804/users` (developers.smartrecruiters.com/reference/usersall). */
export interface SrUserListQuery {
  /** Full-text search on first name, last name and email. */
  q?: string;
  /** How many users to return (at most 100). */
  limit?: number;
  /** The page to return: the previous page's `nextPageId`; none for the first page. */
  pageId?: string;
  /** Only users updated after this time (ISO-8601). */
  updatedAfter?: string | Date;
}

/** A webhook subscription (developers.smartrecruiters.com/reference/subscriptionsget-1). */
export interface SrSubscription {
  /** The subscription's id. */
  id: string;
  /** Where SmartRecruiters sends the events (HTTPS). */
  callbackUrl: string;
  /** The events subscribed to, each with its version. */
  events: Array<{
    /** The event's name. */
    name: string;
    /** The event's version. */
    version?: string;
  }>;
  /** `active` or `inactive`. */
  status: Open<'active' | 'inactive'>;
  [key: string]: unknown;
}

/** How SmartRecruiters authenticates to a subscription's callback URL: basic, an `x-` header, or OAuth 2.0. */
export type SrCallbackAuthentication =
  | {
      /** HTTP basic authentication. */
      type: 'basic';
      /** The user name. */
      username: string;
      /** The password. */
      password: string;
    }
  | {
      /** A custom header. */
      type: 'header';
      /** The header's name, starting with `x-`. */
      headerName: string;
      /** The header's value. */
      headerValue: string;
    }
  | {
      /** OAuth 2.0: each callback carries a bearer token from `tokenServiceUrl`. */
      type: 'oauth2';
      /** OAuth 2.0 client id used for the token request. */
      clientId: string;
      /** OAuth 2.0 client secret used for the token request. */
      clientSecret: string;
      /** The token endpoint (form-encoded requests). */
      tokenServiceUrl: string;
    };

/** The key that signs a subscription's callbacks (`…/secret-key`). */
export interface SrSecretKey {
  /** The key that signs the callbacks. */
  secretKey: string;
}

/** Body of `POST /webhooks-api/v201907/subscriptions` (developers.smartrecruiters.com/reference/subscriptionscreate-1). */
export interface SrSubscriptionRequest {
  /** Where SmartRecruiters sends the events (HTTPS). */
  callbackUrl: string;
  /** The event names to subscribe to. */
  events: string[];
  /** Email address for alerts about the subscription. */
  alertingEmailAddress?: string;
  /** How SmartRecruiters authenticates to the callback: basic, an `x-` header, or OAuth 2.0. */
  callbackAuthentication?: SrCallbackAuthentication;
}

/** One attempt in a subscription's callbacks log (developers.smartrecruiters.com/reference/subscriptionssearchcallbacklog-1). */
export interface SrCallbackLogEntry {
  /** Whether the callback succeeded. */
  status: Open<'successful' | 'failed'>;
  /** When the request was sent (ISO-8601). */
  timestamp: string;
  /** Details of the callback request. */
  requestDetails?: {
    /** The URL the callback was sent to. */
    url?: string;
    /** The request body (stringified JSON). */
    body?: string;
    /** The request's headers. */
    headers?: Record<string, string>;
  };
  [key: string]: unknown;
}

/**
 * Multipart body of the attachment uploads (developers.smartrecruiters.com/reference/candidatesattachmentsadd):
 * SR requires `attachmentType` (`GENERIC_FILE` for a file that is neither a resume nor a cover letter).
 */
export interface SrAttachmentUpload {
  /** `RESUME`, `COVER_LETTER` or `GENERIC_FILE` (any other file). */
  attachmentType: Open<'RESUME' | 'COVER_LETTER' | 'GENERIC_FILE'>;
  /** The file to upload. */
  file:
    | Blob
    | Uint8Array
    | ArrayBuffer
    | {
        /** The file's bytes. */
        data: Blob | Uint8Array | ArrayBuffer;
        /** The file's name. */
        fileName: string;
        /** The file's content type. */
        contentType?: string;
      };
}

/** Query of `GET /offers` (developers.smartrecruiters.com/reference/candidatesoffersfind). */
export interface SrOfferListQuery {
  /** 1-100, default 10. */
  limit?: number;
  /** How many offers to skip. */
  offset?: number;
  /** Only offers created after this time. */
  createdAfter?: string | Date;
  /** Only offers created before this time. */
  createdBefore?: string | Date;
  /** Word-based age (`10 days`, `1 week`); overrides `createdAfter`/`createdBefore`. */
  age?: string;
  /** Only offers with these statuses. */
  status?: OneOrMany<Open<SrOfferStatus>>;
}

/** Query of `GET /configuration/sources/{sourceType}/values`. */
export interface SrSourceValuesQuery {
  /** The source sub-type, from `GET /configuration/sources`. */
  sourceSubType?: string;
  /** 1-100, default 100. */
  limit?: number;
  /** How many sources to skip. */
  offset?: number;
}

/** Query of `GET /configuration/predefined-locations` (cursor paging by `pageId`). */
export interface SrPredefinedLocationsQuery {
  /** The page to return: the previous page's `nextPageId`; none for the first page. */
  pageId?: string;
  /** How many locations a page holds. */
  pageSize?: number;
  /** Only the locations with these identifiers. */
  identifiers?: OneOrMany<string>;
}

/** Query of `GET /messages`: SR requires `candidateId`. */
export interface SrMessagesQuery {
  /** The candidate's id. */
  candidateId: string;
  /** Only messages about this job. */
  jobId?: string;
  /** The page to return: the previous page's `nextPageId`. */
  pageId?: string;
  /** How many messages to return. */
  limit?: number;
}

/** Query of the deprecated `GET /users`. */
export interface SrLegacyUserListQuery {
  /** Full-text search on first name, last name and email. */
  q?: string;
  /** How many users to return (at most 100). */
  limit?: number;
  /** How many users to skip. */
  offset?: number;
}

/**
 * The element type of a list response: a bare array, `content` of SR's envelope, `jobs` of the
 * Feed API's page, or `contents` on the interview templates list.
 */
export type ListItemOf<R> = R extends readonly (infer E)[]
  ? E
  : R extends {
        /** SR's list envelope's items. */
        content?: infer C;
      }
    ? NonNullable<C> extends readonly (infer E)[]
      ? E
      : ContentsItem<R>
    : R extends {
          /** The Feed API page's job ads. */
          jobs?: infer J;
        }
      ? NonNullable<J> extends readonly (infer E)[]
        ? E
        : unknown
      : ContentsItem<R>;
/**
 * The element type of `contents` of a list response, or `unknown`.
 *
 * @inline
 */
type ContentsItem<R> = R extends { contents?: infer C }
  ? C extends readonly (infer E)[]
    ? E
    : unknown
  : unknown;

/** Routes of an API under a path prefix: `'GET /x'` becomes `'GET /prefix/x'`. */
type Prefixed<Prefix extends string, R> = {
  [K in keyof R as K extends `${infer M} ${infer Path}` ? `${M} ${Prefix}${Path}` : never]: R[K];
};

/** Path parameters of a route whose template has one `{id}`. */
export type IdParams = {
  /** The `{id}` of the path. */
  id: string;
};
/** Path parameters of a candidate's application to a job: `{id}` (the candidate) and `{jobId}`. */
export type CandidateJobParams = {
  /** The candidate's id. */
  id: string;
  /** The job's id. */
  jobId: string;
};
/** Path parameters of a route under a job: `{jobId}`. */
export type JobId = {
  /** The job's id. */
  jobId: string;
};
/** Query of the candidate properties reads. */
export type ContextQuery = {
  /** Only the properties available in this context: the profile, or the offer, hire or offer approval form. */
  context?: Open<'PROFILE' | 'OFFER_FORM' | 'HIRE_FORM' | 'OFFER_APPROVAL_FORM'>;
};

/** The Job Applications API, relative to `JOB_APPLICATIONS_API`. */
export interface JobApplicationsRoutes {
  'GET /job-applications/{jobApplicationId}': {
    params: { jobApplicationId: string };
    response: SrJobApplication;
  };
  'DELETE /job-applications/{jobApplicationId}': {
    params: { jobApplicationId: string };
    response: undefined;
  };
  'POST /job-applications/{jobApplicationId}/consent-request': {
    params: { jobApplicationId: string };
    response: SrConsentRequestResult | undefined;
  };
  'GET /job-applications/{jobApplicationId}/consents': {
    params: { jobApplicationId: string };
    response: SrConsentDecisions;
  };
}

/** The Interviews API, relative to `INTERVIEWS_API`. */
export interface InterviewRoutes {
  /** The company's interview types (names). */
  'GET /interview-types': { response: string[] };
  /** Adds interview types to the existing ones. */
  'PATCH /interview-types': { body: string[]; response: undefined };
  'DELETE /interview-types/{interviewType}': { params: { interviewType: string }; response: undefined };
  /** Interviews of one job application (SR's job application id, as in webhook payloads). */
  'GET /interviews': {
    query: {
      /** SmartRecruiters' job application id. */
      applicationId: string;
    };
    response: SrList<SrInterview>;
  };
  'POST /interviews': { body: SrInterviewInput; response: SrInterview };
  'GET /interviews/{interviewId}': { params: { interviewId: string }; response: SrInterview };
  /** Changes location, time zone or the candidate's status (time slots have their own routes). */
  'PATCH /interviews/{interviewId}': {
    params: { interviewId: string };
    body: SrInterviewUpdateInput;
    response: undefined;
  };
  /** Cancels (deletes) an interview. */
  'DELETE /interviews/{interviewId}': { params: { interviewId: string }; response: undefined };
  'POST /interviews/{interviewId}/timeslots': {
    params: { interviewId: string };
    body: SrTimeslotInput;
    response: SrTimeslot;
  };
  'GET /interviews/{interviewId}/timeslots/{timeslotId}': {
    params: { interviewId: string; timeslotId: string };
    response: SrTimeslot;
  };
  /**
   * Replaces a time slot: SmartRecruiters takes the full slot (`startsOn`, `endsOn` and
   * `interviewers` required; a partial one is 400 "Missing data in timeslot object").
   */
  'PATCH /interviews/{interviewId}/timeslots/{timeslotId}': {
    params: { interviewId: string; timeslotId: string };
    body: SrTimeslotInput;
    response: undefined;
  };
  'DELETE /interviews/{interviewId}/timeslots/{timeslotId}': {
    params: { interviewId: string; timeslotId: string };
    response: undefined;
  };
  /**
   * @deprecated SmartRecruiters deprecates it: the candidate's status is per time slot, use
   * `PUT /interviews/{interviewId}/timeslots/{timeslotId}/candidateStatus`.
   */
  'PUT /interviews/{interviewId}/candidate/status': {
    params: { interviewId: string };
    body: SrAttendeeStatusInput;
    response: undefined;
  };
  'PUT /interviews/{interviewId}/timeslots/{timeslotId}/interviewers/{userId}/status': {
    params: { interviewId: string; timeslotId: string; userId: string };
    body: SrAttendeeStatusInput;
    response: undefined;
  };
  /** Sets or clears the candidate's no-show flag of a time slot (`value`). */
  'PATCH /interviews/{interviewId}/timeslots/{timeslotId}/noshow': {
    params: { interviewId: string; timeslotId: string };
    query: {
      /** Whether the candidate did not show up. */
      value: boolean;
    };
    response: undefined;
  };
  /** The candidate's status in one time slot. */
  'PUT /interviews/{interviewId}/timeslots/{timeslotId}/candidateStatus': {
    params: { interviewId: string; timeslotId: string };
    body: SrAttendeeStatusInput;
    response: undefined;
  };
}

/** The Reviews API (interview feedback), relative to `REVIEWS_API`. */
export interface ReviewRoutes {
  /** The scorecard criteria of a job. */
  'GET /jobs/{jobId}/criteria': { params: JobId; response: SrList<SrScorecardCriterion> };
  /** Every review of a candidate for a job: a bare array. */
  'GET /reviews': {
    query: {
      /** The candidate's id. */
      candidateId: string;
      /** The job's id. */
      jobId: string;
    };
    response: SrReview[];
  };
  'POST /reviews': { body: SrReviewInput; response: SrReview };
  'GET /reviews/{reviewId}': { params: { reviewId: string }; response: SrReview };
  'PATCH /reviews/{reviewId}': {
    params: { reviewId: string };
    body: SrReviewUpdateInput;
    response: undefined;
  };
  /** Deletes a review; `reviewerId` names who deletes it. */
  'DELETE /reviews/{reviewId}': {
    params: { reviewId: string };
    query: {
      /** The reviewer's user id. */
      reviewerId: string;
    };
    response: undefined;
  };
}

/**
 * Every typed route: `'METHOD /path/{param}'` to its `params`, `query`, `body` and `response`.
 * A route without `params` takes none; a route without `query` takes any query. The routes are
 * declared in the registries it combines (`CustomerApiRoutes`, and the APIs under a path prefix
 * through `Prefixed`); each method's routes by path (`GetRoutes`, `PostRoutes`...) are generated
 * from them (`npm run generate:route-maps`).
 */
export interface Routes
  extends CustomerApiRoutes,
    Prefixed<typeof JOB_APPLICATIONS_API, JobApplicationsRoutes>,
    Prefixed<typeof INTERVIEWS_API, InterviewRoutes>,
    Prefixed<typeof REVIEWS_API, ReviewRoutes>,
    ConfigurationRoutes,
    LegacyUserRoutes,
    ApplyRoutes,
    Prefixed<typeof POSTING_API, PostingRoutes>,
    Prefixed<typeof FEED_API, FeedRoutes>,
    Prefixed<typeof PARTNERS_API, PartnerRoutes>,
    Prefixed<typeof NOTIFICATIONS_API, NotificationRoutes>,
    Prefixed<typeof MESSAGE_TEMPLATES_API, MessageTemplateRoutes>,
    Prefixed<typeof CANDIDATE_STATUS_API, CandidateStatusRoutes>,
    Prefixed<typeof URL_SHORTENER_API, UrlShortenerRoutes>,
    Prefixed<typeof ASSESSMENT_PARTNER_API, AssessmentPartnerApiRoutes>,
    Prefixed<typeof ASSESSMENTS_API, AssessmentsApiRoutes>,
    Prefixed<typeof APPS_INTEGRATIONS_API, AppsIntegrationsRoutes>,
    Prefixed<typeof REPORTING_API, ReportingRoutes>,
    Prefixed<typeof SMARTONBOARD_API, SmartOnboardRoutes>,
    Prefixed<typeof INTERVIEW_TEMPLATES_API, InterviewTemplateRoutes>,
    Prefixed<typeof SELF_SCHEDULING_API, SelfSchedulingRoutes>,
    Prefixed<typeof EVENT_MANAGEMENT_API, EventManagementRoutes>,
    Prefixed<typeof APPROVALS_API, ApprovalRoutes>,
    Prefixed<typeof AUDIT_API, AuditRoutes> {}

/**
 * The Customer API (candidates, jobs, configuration, offers, messages), the User API and the
 * Webhooks API, with their full paths. The reference lists them under `Routes`.
 *
 * @hidden
 */
export interface CustomerApiRoutes {
  // ---- candidates ----
  'GET /candidates': { query: SrCandidateListQuery; response: SrList<SrCandidate> };
  'POST /candidates': { body: SrCandidateInput; response: SrCandidateDetails };
  /** Creates a candidate from a CV (multipart), in the talent pool. */
  'POST /candidates/cv': { body: SrResumeUpload; response: SrCandidateDetails };
  /** Reads a CV without creating a candidate (multipart). */
  'POST /candidates/cv/parse': { body: Pick<SrResumeUpload, 'file'>; response: SrParsedResume };
  /** Asks candidates for GDPR consent: one result per candidate, in order. */
  'POST /candidates/consent-requests': { body: SrConsentRequestsInput; response: SrConsentRequestsResults };
  'GET /candidates/{id}': { params: IdParams; response: SrCandidateDetails };
  'PATCH /candidates/{id}': { params: IdParams; body: SrPersonalDetails; response: SrCandidateDetails };
  'DELETE /candidates/{id}': { params: IdParams; response: undefined };
  'GET /candidates/{id}/consent': { params: IdParams; response: SrCandidateConsentStatus };
  'GET /candidates/{id}/consents': { params: IdParams; response: SrConsentDecisions };
  'GET /candidates/{id}/tags': { params: IdParams; response: SrCandidateTags };
  'POST /candidates/{id}/tags': { params: IdParams; body: SrCandidateTags; response: SrCandidateTags };
  'PUT /candidates/{id}/tags': { params: IdParams; body: SrCandidateTags; response: SrCandidateTags };
  'DELETE /candidates/{id}/tags': { params: IdParams; response: undefined };
  /** @deprecated SmartRecruiters deprecates it: use `GET /candidates/{id}/jobs/{jobId}/onboardingStatus`. */
  'GET /candidates/{id}/onboardingStatus': { params: IdParams; response: SrOnboardingStatus };
  /** @deprecated SmartRecruiters deprecates it: use `PUT /candidates/{id}/jobs/{jobId}/onboardingStatus`. */
  'PUT /candidates/{id}/onboardingStatus': {
    params: IdParams;
    body: SrOnboardingStatus;
    response: undefined;
  };
  /** @deprecated SmartRecruiters deprecates it: use `GET /candidates/{id}/jobs/{jobId}/status/history`. */
  'GET /candidates/{id}/status/history': { params: IdParams; response: SrList<SrStatusHistoryItem> };
  /** @deprecated SmartRecruiters deprecates it: use `PUT /candidates/{id}/jobs/{jobId}/status`. */
  'PUT /candidates/{id}/status': { params: IdParams; body: SrCandidateStatus; response: undefined };
  /** @deprecated SmartRecruiters deprecates it: use `GET /candidates/{id}/jobs/{jobId}/properties`. */
  'GET /candidates/{id}/properties': {
    params: IdParams;
    query: ContextQuery;
    response: {
      /** The property values, each with its property's label and type. */
      content?: SrCandidateProperty[];
    };
  };
  /** @deprecated SmartRecruiters deprecates it: use `PUT /candidates/{id}/jobs/{jobId}/properties`. */
  'PUT /candidates/{id}/properties/{propertyId}': {
    params: { id: string; propertyId: string };
    body: SrCandidatePropertyValueUpdate;
    response: undefined;
  };
  // ---- attachments ----
  /** @deprecated SmartRecruiters deprecates it: use `GET /candidates/{id}/jobs/{jobId}/attachments`. */
  'GET /candidates/{id}/attachments': { params: IdParams; response: SrList<SrAttachment> };
  /** @deprecated SmartRecruiters deprecates it: use `POST /candidates/{id}/jobs/{jobId}/attachments`. */
  'POST /candidates/{id}/attachments': { params: IdParams; body: SrAttachmentUpload; response: SrAttachment };
  /** @deprecated SmartRecruiters deprecates it: use `GET /candidates/attachments/{attachmentId}`. */
  'GET /candidates/{id}/attachments/{attachmentId}': {
    params: { id: string; attachmentId: string };
    response: BinaryResponse;
  };
  'GET /candidates/{id}/jobs/{jobId}/attachments': {
    params: CandidateJobParams;
    response: SrList<SrAttachment>;
  };
  'POST /candidates/{id}/jobs/{jobId}/attachments': {
    params: CandidateJobParams;
    body: SrAttachmentUpload;
    response: SrAttachment;
  };
  'GET /candidates/attachments/{attachmentId}': {
    params: { attachmentId: string };
    response: BinaryResponse;
  };
  'DELETE /candidates/attachments/{attachmentId}': { params: { attachmentId: string }; response: undefined };
  // ---- applications ----
  'POST /jobs/{jobId}/candidates': { params: JobId; body: SrCandidateInput; response: SrCandidateDetails };
  /** Creates a candidate from a CV (multipart) and applies them to the job. */
  'POST /jobs/{jobId}/candidates/cv': { params: JobId; body: SrResumeUpload; response: SrCandidateDetails };
  'GET /candidates/{id}/jobs/{jobId}': { params: CandidateJobParams; response: SrApplication };
  'DELETE /candidates/{id}/jobs/{jobId}': { params: CandidateJobParams; response: undefined };
  'PUT /candidates/{id}/jobs/{jobId}/status': {
    params: CandidateJobParams;
    body: SrCandidateStatus;
    response: undefined;
  };
  'GET /candidates/{id}/jobs/{jobId}/status/history': {
    params: CandidateJobParams;
    response: SrList<SrStatusHistoryItem>;
  };
  'PUT /candidates/{id}/jobs/{jobId}/source': {
    params: CandidateJobParams;
    body: SrSourceDetails;
    response: undefined;
  };
  'GET /candidates/{id}/jobs/{jobId}/onboardingStatus': {
    params: CandidateJobParams;
    response: SrOnboardingStatus;
  };
  'PUT /candidates/{id}/jobs/{jobId}/onboardingStatus': {
    params: CandidateJobParams;
    body: SrOnboardingStatus;
    response: undefined;
  };
  'GET /candidates/{id}/jobs/{jobId}/properties': {
    params: CandidateJobParams;
    query: ContextQuery;
    response: {
      /** The property values, each with its property's label and type. */
      content?: SrCandidateProperty[];
    };
  };
  'PUT /candidates/{id}/jobs/{jobId}/properties': {
    params: CandidateJobParams;
    body: SrCandidatePropertyValueInput[];
    response: undefined;
  };
  /** @deprecated SmartRecruiters deprecates it: use `PUT /candidates/{id}/jobs/{jobId}/properties`. */
  'PUT /candidates/{id}/jobs/{jobId}/properties/{propertyId}': {
    params: { id: string; jobId: string; propertyId: string };
    body: SrCandidatePropertyValueUpdate;
    response: undefined;
  };
  'GET /candidates/{id}/jobs/{jobId}/screening-answers': {
    params: CandidateJobParams;
    response: SrList<SrScreeningAnswer>;
  };
  // ---- jobs ----
  'GET /jobs': { query: SrJobListQuery; response: SrList<SrJobSummary> };
  'POST /jobs': { body: SrJobInput; response: SrJobDetails };
  'GET /jobs/{jobId}': { params: JobId; response: SrJobDetails };
  'PATCH /jobs/{jobId}': { params: JobId; body: SrJsonPatchOperation[]; response: SrJobDetails };
  /** Replaces a job, job ad included (a job ad property left out is removed). */
  'PUT /jobs/{jobId}': { params: JobId; body: SrJobInput; response: SrJobDetails };
  /** SR's spec answers `{ status }`; an empty answer (204) is accepted too. */
  'PUT /jobs/{jobId}/status': {
    params: JobId;
    body: SrJobStatusInput;
    response: SrJobStatusInput | undefined;
  };
  'GET /jobs/{jobId}/status/history': { params: JobId; response: SrList<SrJobStatusHistoryItem> };
  'PATCH /jobs/{jobId}/headcount': {
    params: JobId;
    body: SrHeadcountUpdate;
    response: SrHeadcountUpdateAccepted;
  };
  'GET /jobs/{jobId}/approvals/latest': { params: JobId; response: SrJobApproval };
  'GET /jobs/{jobId}/hiring-team': { params: JobId; response: SrList<SrHiringTeamMember> };
  'POST /jobs/{jobId}/hiring-team': {
    params: JobId;
    /** SR's `HiringTeamMember`: the user's `id` and their `role`, both required. */
    body: {
      /** The user's id. */
      id: string;
      /** The user's role in the hiring team. */
      role: Open<SrHiringTeamRole>;
    };
    response: SrHiringTeamMember;
  };
  'DELETE /jobs/{jobId}/hiring-team/{userId}': {
    params: { jobId: string; userId: string };
    response: undefined;
  };
  'GET /jobs/{jobId}/note': { params: JobId; response: SrJobNote };
  'PUT /jobs/{jobId}/note': { params: JobId; body: SrJobNote; response: SrJobNote };
  'GET /jobs/{jobId}/positions': { params: JobId; response: SrList<SrPosition> };
  'POST /jobs/{jobId}/positions': { params: JobId; body: SrPositionInput; response: SrPosition };
  'GET /jobs/{jobId}/positions/{positionId}': {
    params: { jobId: string; positionId: string };
    response: SrPosition;
  };
  'PUT /jobs/{jobId}/positions/{positionId}': {
    params: { jobId: string; positionId: string };
    body: SrPositionInput;
    response: SrPosition;
  };
  'DELETE /jobs/{jobId}/positions/{positionId}': {
    params: { jobId: string; positionId: string };
    response: undefined;
  };
  'GET /jobs/{jobId}/jobads': { params: JobId; response: SrList<SrJobAdItem> };
  'POST /jobs/{jobId}/jobads': { params: JobId; body: SrJobAdInput; response: SrJobAdItem };
  'GET /jobs/{jobId}/jobads/{jobAdId}': {
    params: { jobId: string; jobAdId: string };
    response: SrJobAdItem;
  };
  'PUT /jobs/{jobId}/jobads/{jobAdId}': {
    params: { jobId: string; jobAdId: string };
    body: SrJobAdInput;
    response: SrJobAdItem;
  };
  'GET /jobs/{jobId}/jobads/{jobAdId}/postings': {
    params: { jobId: string; jobAdId: string };
    /** Default `true`: active publications only. */
    query: {
      /** Active publications only (default `true`); `false` returns inactive ones too. */
      activeOnly?: boolean;
    };
    response: SrList<SrPublicationListItem>;
  };
  'POST /jobs/{jobId}/jobads/{jobAdId}/postings': {
    params: { jobId: string; jobAdId: string };
    body: SrPublicationInput;
    response: SrPublicationResponse;
  };
  'DELETE /jobs/{jobId}/jobads/{jobAdId}/postings': {
    params: { jobId: string; jobAdId: string };
    response: SrPublicationResponse | undefined;
  };
  'GET /jobs/{jobId}/publication': {
    params: JobId;
    query: {
      /** Active publications only (default `true`); `false` returns inactive ones too. */
      activeOnly?: boolean;
    };
    response: SrList<SrPublicationListItem>;
  };
  /** Publishes the default job ad: 204 (SmartRecruiters allows 2 requests per second here). */
  'POST /jobs/{jobId}/publication': {
    params: JobId;
    body?: SrPublicationInput;
    response: undefined;
  };
  /** Unpublishes the job from every source: 204 (2 requests per second). */
  'DELETE /jobs/{jobId}/publication': { params: JobId; response: undefined };
  // ---- users ----
  'GET /user-api/v201804/users': { query: SrUserListQuery; response: SrList<SrUserListItem> };
  'POST /user-api/v201804/users': { body: SrNewUser; response: SrUser };
  'GET /user-api/v201804/users/me': { response: SrUser };
  'GET /user-api/v201804/users/{id}': { params: IdParams; response: SrUser };
  'PATCH /user-api/v201804/users/{id}': { params: IdParams; body: SrJsonPatchOperation[]; response: SrUser };
  'PUT /user-api/v201804/users/{id}/activation': { params: IdParams; response: undefined };
  'DELETE /user-api/v201804/users/{id}/activation': { params: IdParams; response: undefined };
  /** Sends the user an activation email (instead of activating them). */
  'POST /user-api/v201804/users/{id}/activation-email': { params: IdParams; response: undefined };
  /** Sends the user a password reset email. */
  'POST /user-api/v201804/users/{id}/reset-password': { params: IdParams; response: undefined };
  /** Replaces the user's avatar (multipart `file`). */
  'PUT /user-api/v201804/users/{id}/avatar': {
    params: IdParams;
    body: Pick<SrResumeUpload, 'file'>;
    response: undefined;
  };
  'GET /user-api/v201804/system-roles': { response: SrList<SrSystemRole> };
  'GET /user-api/v201804/access-groups': { response: SrList<SrAccessGroup> };
  'POST /user-api/v201804/access-groups/{accessGroupId}/users': {
    params: { accessGroupId: string };
    body: string[];
    response: SrList<SrAccessGroup> | undefined;
  };
  'DELETE /user-api/v201804/access-groups/{accessGroupId}/users/{id}': {
    params: { accessGroupId: string; id: string };
    response: undefined;
  };
  // ---- access groups (Configuration API) ----
  'GET /configuration/access-groups': {
    query: {
      /** The page to return: the previous page's `nextPageId`; none for the first page. */
      pageId?: string;
      /** How many items a page holds. */
      pageSize?: number;
    };
    response: SrList<SrConfigurationAccessGroup>;
  };
  'POST /configuration/access-groups': {
    body: SrConfigurationAccessGroupInput;
    response: SrConfigurationAccessGroup;
  };
  'GET /configuration/access-groups/{accessGroupId}': {
    params: { accessGroupId: string };
    response: SrConfigurationAccessGroup;
  };
  'PUT /configuration/access-groups/{accessGroupId}': {
    params: { accessGroupId: string };
    body: SrConfigurationAccessGroupInput;
    response: SrConfigurationAccessGroup;
  };
  'DELETE /configuration/access-groups/{accessGroupId}': {
    params: { accessGroupId: string };
    response: undefined;
  };
  // ---- users (deprecated API) ----
  /** @deprecated SmartRecruiters deprecates this API: use `GET /user-api/v201804/users`. */
  'GET /users': { query: SrLegacyUserListQuery; response: SrList<SrUser> };
  /** @deprecated SmartRecruiters deprecates this API: use `POST /user-api/v201804/users`. */
  'POST /users': { body: SrNewUser; response: SrUser };
  /** @deprecated SmartRecruiters deprecates this API: use `GET /user-api/v201804/users/me`. */
  'GET /users/me': { response: SrUser };
  /** @deprecated SmartRecruiters deprecates this API: use `GET /user-api/v201804/users/{id}`. */
  'GET /users/{id}': { params: IdParams; response: SrUser };
  /** @deprecated SmartRecruiters deprecates this API: use `PATCH /user-api/v201804/users/{id}`. */
  'PATCH /users/{id}': { params: IdParams; body: SrJsonPatchOperation[]; response: SrUser };
  /** @deprecated SmartRecruiters deprecates this API (it deactivates the user): use `DELETE /user-api/v201804/users/{id}/activation`. */
  'DELETE /users/{id}': { params: IdParams; response: undefined };
  // ---- configuration ----
  'GET /configuration/company': { response: SrCompany };
  'GET /configuration/departments': { response: SrList<SrDepartment> };
  'POST /configuration/departments': { body: SrDepartmentInput; response: SrDepartment };
  'GET /configuration/departments/{id}': { params: IdParams; response: SrDepartment };
  'GET /configuration/hiring-processes': { response: SrList<SrHiringProcess> };
  'GET /configuration/hiring-processes/{id}': { params: IdParams; response: SrHiringProcess };
  'GET /configuration/sources': { response: SrList<SrSourceType> };
  'GET /configuration/sources/{sourceType}/values': {
    params: { sourceType: string };
    query: SrSourceValuesQuery;
    response: SrList<SrSource>;
  };
  'GET /configuration/sources/{sourceType}/values/{sourceValueId}': {
    params: { sourceType: string; sourceValueId: string };
    query: {
      /** The source sub-type, from `GET /configuration/sources`. */
      sourceSubType?: string;
    };
    response: SrSource;
  };
  /** A source by its identifier (`sourceIdentifier`, a UUID), deleted sources included: no id. */
  'GET /configuration/sources/{sourceIdentifier}': {
    params: { sourceIdentifier: string };
    response: SrSourceDefinition;
  };
  /** The recruiter source named `sourceName`, created when missing. */
  'PUT /configuration/sources/recruiters/resolve': {
    query: {
      /** The recruiter source's name. */
      sourceName: string;
    };
    response: SrSource;
  };
  'GET /configuration/rejection-reasons': { response: SrList<SrReason> };
  'GET /configuration/withdrawal-reasons': { response: SrList<SrReason> };
  'GET /configuration/candidate-properties': { response: SrList<SrCandidatePropertyDefinition> };
  'GET /configuration/candidate-properties/{id}': {
    params: IdParams;
    response: SrCandidatePropertyDefinition;
  };
  'GET /configuration/candidate-properties/{id}/values': {
    params: IdParams;
    response: SrList<SrPropertyValue>;
  };
  'POST /configuration/candidate-properties/{id}/values': {
    params: IdParams;
    body: SrPropertyValueInput;
    response: SrPropertyValue;
  };
  'GET /configuration/candidate-properties/{id}/values/{valueId}': {
    params: { id: string; valueId: string };
    response: SrPropertyValue;
  };
  'PUT /configuration/candidate-properties/{id}/values/{valueId}': {
    params: { id: string; valueId: string };
    body: SrPropertyValueInput;
    response: SrPropertyValue;
  };
  'DELETE /configuration/candidate-properties/{id}/values/{valueId}': {
    params: { id: string; valueId: string };
    response: undefined;
  };
  'GET /configuration/job-properties': { response: SrList<SrJobPropertyDefinition> };
  'POST /configuration/job-properties': {
    body: SrJobPropertyDefinitionInput;
    response: SrJobPropertyDefinition;
  };
  'GET /configuration/job-properties/{id}': { params: IdParams; response: SrJobPropertyDefinition };
  'PATCH /configuration/job-properties/{id}': {
    params: IdParams;
    body: SrJsonPatchOperation[];
    response: SrJobPropertyDefinition;
  };
  /** A job property's values, paged by `page_id` (`pageSize` up to 20,000). */
  'GET /configuration/job-properties/{id}/values': {
    params: IdParams;
    query: SrJobPropertyValuesQuery;
    response: SrList<SrPropertyValue>;
  };
  'POST /configuration/job-properties/{id}/values': {
    params: IdParams;
    body: SrPropertyValueInput;
    response: SrPropertyValue;
  };
  'PATCH /configuration/job-properties/{id}/values/{valueId}': {
    params: { id: string; valueId: string };
    body: SrJsonPatchOperation[];
    response: SrPropertyValue;
  };
  'PUT /configuration/job-properties/{id}/activation': { params: IdParams; response: undefined };
  'DELETE /configuration/job-properties/{id}/activation': { params: IdParams; response: undefined };
  'PUT /configuration/job-properties/{id}/archive-values/{valueId}': {
    params: { id: string; valueId: string };
    response: undefined;
  };
  'DELETE /configuration/job-properties/{id}/archive-values/{valueId}': {
    params: { id: string; valueId: string };
    response: undefined;
  };
  'GET /configuration/offer-properties': { response: SrOfferPropertiesDefinition };
  /** The company's career sites, paged by `pageId` (with `pageSize`). */
  'GET /configuration/career-sites': {
    query: {
      /** The page to return: the previous page's `nextPageId`; none for the first page. */
      pageId?: string;
      /** How many items a page holds. */
      pageSize?: number;
    };
    response: SrList<SrCareerSite>;
  };
  /** The company's predefined locations (offices), paged by `pageId`. */
  'GET /configuration/predefined-locations': {
    query: SrPredefinedLocationsQuery;
    response: SrList<SrPredefinedLocation>;
  };
  'GET /configuration/predefined-locations/{id}': { params: IdParams; response: SrPredefinedLocation };
  // ---- webhooks ----
  'GET /webhooks-api/v201907/subscriptions': {
    query: {
      /** Identifier of the next page of subscriptions. */
      page_id?: string;
      /** How many subscriptions to return. */
      limit?: number;
    };
    response: SrSubscription[];
  };
  'POST /webhooks-api/v201907/subscriptions': { body: SrSubscriptionRequest; response: SrSubscription };
  'GET /webhooks-api/v201907/subscriptions/{id}': { params: IdParams; response: SrSubscription };
  'DELETE /webhooks-api/v201907/subscriptions/{id}': { params: IdParams; response: undefined };
  'PUT /webhooks-api/v201907/subscriptions/{id}/activation': { params: IdParams; response: undefined };
  'POST /webhooks-api/v201907/subscriptions/{id}/secret-key': {
    params: IdParams;
    response: SrSecretKey;
  };
  'GET /webhooks-api/v201907/subscriptions/{id}/secret-key': {
    params: IdParams;
    response: SrSecretKey;
  };
  'GET /webhooks-api/v201907/subscriptions/{id}/callbacks-log': {
    params: IdParams;
    query: {
      /** Identifier of the next page. */
      page_id?: string;
      /** How many entries to return. */
      limit?: number;
      /** Only callbacks with this status; all when absent. */
      callbackStatus?: Open<'successful' | 'failed'>;
      /** Only requests sent after this time (ISO-8601; at most 30 days ago). */
      after?: string | Date;
      /** Only requests sent before this time (ISO-8601; at most 30 days ago). */
      before?: string | Date;
    };
    response: SrCallbackLogEntry[];
  };
  // ---- offers ----
  'GET /offers': { query: SrOfferListQuery; response: SrList<SrOffer> };
  'GET /candidates/{id}/jobs/{jobId}/offers': { params: CandidateJobParams; response: SrList<SrOffer> };
  'GET /candidates/{id}/jobs/{jobId}/offers/{offerId}': {
    params: { id: string; jobId: string; offerId: string };
    response: SrOffer;
  };
  'GET /candidates/{id}/jobs/{jobId}/offers/{offerId}/approvals/latest': {
    params: { id: string; jobId: string; offerId: string };
    response: SrApprovalRequest;
  };
  'GET /offers/{offerId}/documents': { params: { offerId: string }; response: SrOfferDocumentsList };
  /** Downloads an offer document (SmartRecruiters allows 2 requests per second here). */
  'GET /offers/{offerId}/documents/{documentId}': {
    params: { offerId: string; documentId: string };
    response: BinaryResponse;
  };
  // ---- messages ----
  'POST /messages/shares': { body: SrMessageInput; response: SrMessageDetails };
  'DELETE /messages/shares/{id}': { params: IdParams; response: undefined };
  'GET /messages': { query: SrMessagesQuery; response: SrList<SrMessage> };
}

/** A typed route key. */
export type RouteKey = keyof Routes;
/** The typed path templates of one method (`PathsOf<'GET'>`: `'/candidates' | '/jobs/{jobId}' | ...`). */
export type PathsOf<M extends string> = M extends keyof RoutesByMethod ? keyof RoutesByMethod[M] : never;
/**
 * The route entry of a method and path template, or `never` for a path the SDK does not type:
 * `Routes['GET /jobs/{jobId}']` for `RouteOf<'GET', '/jobs/{jobId}'>`, looked up by key in the
 * method's map.
 */
export type RouteOf<M extends string, P extends string> = M extends keyof RoutesByMethod
  ? [P] extends [keyof RoutesByMethod[M]]
    ? RoutesByMethod[M][P]
    : never
  : never;
/** The item type `client.paginate` yields for a path: the typed list's element, or `T`. */
export type PaginateItem<P extends string, T> = [P] extends [keyof GetRoutes]
  ? ListItemOf<GetRoutes[P]['response']>
  : T;
