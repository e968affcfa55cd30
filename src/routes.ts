/**
 * The SmartRecruiters routes the SDK knows, typed from SR's shapes (smartrecruiters-api.md §6-12).
 * Templates use SR's own parameter names (`/jobs/{jobId}`, `/candidates/{id}`); any other path
 * still works through the same methods, untyped.
 */
import type { BinaryResponse } from './internal/response.js';
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
  SrHiringTeamMember,
  SrJobDetails,
  SrJobInput,
  SrJobStatus,
  SrJobStatusInput,
  SrJobSummary,
  SrPostingStatus,
} from './schemas/sr/job.js';
import type { SrAccessGroup, SrNewUser, SrSystemRole, SrUser, SrUserListItem } from './schemas/sr/user.js';

/** An SR value that may gain new members: the known ones are suggested, any string is accepted. */
export type Open<T extends string> = T | (string & {});
/** One value, or several (sent as a repeated query parameter). */
export type OneOrMany<T> = T | readonly T[];

/** SR's list envelope (`content` plus paging fields, which vary by route). */
export interface SrList<T> {
  content: T[];
  totalFound?: number;
  limit?: number;
  offset?: number;
  nextPageId?: string;
  [key: string]: unknown;
}

/** Query of `GET /candidates` (§6.1). */
export interface SrCandidateListQuery {
  q?: string;
  limit?: number;
  pageId?: string;
  jobId?: OneOrMany<string>;
  location?: OneOrMany<string>;
  averageRating?: OneOrMany<number>;
  status?: OneOrMany<Open<SrApplicationStatus>>;
  consentStatus?: OneOrMany<Open<SrConsentStatus>>;
  subStatus?: string;
  tag?: OneOrMany<string>;
  updatedAfter?: string | Date;
  onboardingStatus?: Open<'READY_TO_ONBOARD' | 'ONBOARDING_SUCCESSFUL' | 'ONBOARDING_FAILED'>;
  propertyId?: OneOrMany<string>;
  propertyValueId?: OneOrMany<string>;
  sourceType?: OneOrMany<string>;
  sourceSubType?: OneOrMany<string>;
  sourceValueId?: OneOrMany<string>;
}

/** Query of `GET /jobs` (§9.1). */
export interface SrJobListQuery {
  q?: string;
  limit?: number;
  offset?: number;
  pageId?: string;
  sort?: Open<'default' | 'job_id'>;
  city?: OneOrMany<string>;
  department?: OneOrMany<string>;
  updatedAfter?: string | Date;
  lastActivityAfter?: string | Date;
  language?: string;
  status?: Open<SrJobStatus>;
  statuses?: OneOrMany<Open<SrJobStatus>>;
  postingStatus?: Open<SrPostingStatus>;
  hiringTeamMemberId?: OneOrMany<string>;
}

/** Query of `GET /user-api/v201804/users` (§10.1). */
export interface SrUserListQuery {
  q?: string;
  limit?: number;
  pageId?: string;
  updatedAfter?: string | Date;
}

/** A webhook subscription (§12.1). */
export interface SrSubscription {
  id: string;
  callbackUrl: string;
  events: Array<{ name: string; version?: string }>;
  status: Open<'active' | 'inactive'>;
  [key: string]: unknown;
}

/** Body of `POST /webhooks-api/v201907/subscriptions` (§12.1). */
export interface SrSubscriptionRequest {
  callbackUrl: string;
  events: string[];
  alertingEmailAddress?: string;
  callbackAuthentication?:
    | { type: 'basic'; username: string; password: string }
    | { type: 'header'; headerName: string; headerValue: string }
    | { type: 'oauth2'; clientId: string; clientSecret: string; tokenServiceUrl: string };
}

/** One attempt in a subscription's callbacks log (§12.1). */
export interface SrCallbackLogEntry {
  status: Open<'successful' | 'failed'>;
  timestamp: string;
  requestDetails?: { url?: string; body?: string; headers?: Record<string, string> };
  [key: string]: unknown;
}

/** Multipart body of the attachment uploads (§8). */
export interface SrAttachmentUpload {
  attachmentType?: Open<'RESUME' | 'COVER_LETTER' | 'GENERIC_FILE'>;
  file:
    | Blob
    | Uint8Array
    | ArrayBuffer
    | { data: Blob | Uint8Array | ArrayBuffer; fileName: string; contentType?: string };
}

/** Path parameters of a route whose template has one `{id}`. */
export type IdParams = { id: string };
/** Path parameters of a candidate's application to a job: `{id}` (the candidate) and `{jobId}`. */
export type CandidateJobParams = { id: string; jobId: string };

/**
 * Every typed route: `'METHOD /path/{param}'` to its `params`, `query`, `body` and `response`.
 * A route without `params` takes none; a route without `query` takes any query.
 */
export interface Routes {
  'GET /candidates': { query: SrCandidateListQuery; response: SrList<SrCandidate> };
  'POST /candidates': { body: SrCandidateInput; response: SrCandidateDetails };
  'GET /candidates/{id}': { params: IdParams; response: SrCandidateDetails };
  'PATCH /candidates/{id}': { params: IdParams; body: SrPersonalDetails; response: SrCandidateDetails };
  'DELETE /candidates/{id}': { params: IdParams; response: undefined };
  'GET /candidates/{id}/tags': { params: IdParams; response: SrCandidateTags };
  'POST /candidates/{id}/tags': { params: IdParams; body: SrCandidateTags; response: SrCandidateTags };
  'PUT /candidates/{id}/tags': { params: IdParams; body: SrCandidateTags; response: SrCandidateTags };
  'DELETE /candidates/{id}/tags': { params: IdParams; response: undefined };
  'POST /jobs/{jobId}/candidates': {
    params: { jobId: string };
    body: SrCandidateInput;
    response: SrCandidateDetails;
  };
  'GET /candidates/{id}/jobs/{jobId}': { params: CandidateJobParams; response: SrApplication };
  'DELETE /candidates/{id}/jobs/{jobId}': { params: CandidateJobParams; response: undefined };
  'PUT /candidates/{id}/jobs/{jobId}/status': {
    params: CandidateJobParams;
    body: SrCandidateStatus;
    response: unknown;
  };
  'GET /candidates/{id}/jobs/{jobId}/status/history': {
    params: CandidateJobParams;
    response: SrList<SrStatusHistoryItem>;
  };
  'PUT /candidates/{id}/jobs/{jobId}/source': {
    params: CandidateJobParams;
    body: SrSourceDetails;
    response: unknown;
  };
  'GET /candidates/{id}/jobs/{jobId}/properties': {
    params: CandidateJobParams;
    query: { context?: Open<'PROFILE' | 'OFFER_FORM' | 'HIRE_FORM' | 'OFFER_APPROVAL_FORM'> };
    response: { content?: SrCandidateProperty[] };
  };
  'PUT /candidates/{id}/jobs/{jobId}/properties': {
    params: CandidateJobParams;
    body: SrCandidatePropertyValueInput[];
    response: unknown;
  };
  'GET /candidates/{id}/jobs/{jobId}/screening-answers': {
    params: CandidateJobParams;
    response: SrList<SrScreeningAnswer>;
  };
  'GET /candidates/{id}/attachments': { params: IdParams; response: SrList<SrAttachment> };
  'POST /candidates/{id}/attachments': { params: IdParams; body: SrAttachmentUpload; response: SrAttachment };
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
  'GET /jobs': { query: SrJobListQuery; response: SrList<SrJobSummary> };
  'POST /jobs': { body: SrJobInput; response: SrJobDetails };
  'GET /jobs/{jobId}': { params: { jobId: string }; response: SrJobDetails };
  'PATCH /jobs/{jobId}': { params: { jobId: string }; body: SrJsonPatchOperation[]; response: SrJobDetails };
  'PUT /jobs/{jobId}/status': { params: { jobId: string }; body: SrJobStatusInput; response: unknown };
  'GET /jobs/{jobId}/hiring-team': { params: { jobId: string }; response: SrList<SrHiringTeamMember> };
  'POST /jobs/{jobId}/hiring-team': {
    params: { jobId: string };
    body: SrHiringTeamMember;
    response: unknown;
  };
  'DELETE /jobs/{jobId}/hiring-team/{userId}': {
    params: { jobId: string; userId: string };
    response: undefined;
  };
  'GET /user-api/v201804/users': { query: SrUserListQuery; response: SrList<SrUserListItem> };
  'POST /user-api/v201804/users': { body: SrNewUser; response: SrUser };
  'GET /user-api/v201804/users/me': { response: SrUser };
  'GET /user-api/v201804/users/{id}': { params: IdParams; response: SrUser };
  'PATCH /user-api/v201804/users/{id}': { params: IdParams; body: SrJsonPatchOperation[]; response: SrUser };
  'PUT /user-api/v201804/users/{id}/activation': { params: IdParams; response: undefined };
  'DELETE /user-api/v201804/users/{id}/activation': { params: IdParams; response: undefined };
  'GET /user-api/v201804/system-roles': { response: SrList<SrSystemRole> };
  'GET /user-api/v201804/access-groups': { response: SrList<SrAccessGroup> };
  'POST /user-api/v201804/access-groups/{accessGroupId}/users': {
    params: { accessGroupId: string };
    body: string[];
    response: unknown;
  };
  'DELETE /user-api/v201804/access-groups/{accessGroupId}/users/{id}': {
    params: { accessGroupId: string; id: string };
    response: undefined;
  };
  'GET /webhooks-api/v201907/subscriptions': {
    query: { page_id?: string; limit?: number };
    response: SrSubscription[];
  };
  'POST /webhooks-api/v201907/subscriptions': { body: SrSubscriptionRequest; response: SrSubscription };
  'GET /webhooks-api/v201907/subscriptions/{id}': { params: IdParams; response: SrSubscription };
  'DELETE /webhooks-api/v201907/subscriptions/{id}': { params: IdParams; response: undefined };
  'PUT /webhooks-api/v201907/subscriptions/{id}/activation': { params: IdParams; response: undefined };
  'POST /webhooks-api/v201907/subscriptions/{id}/secret-key': {
    params: IdParams;
    response: { secretKey: string };
  };
  'GET /webhooks-api/v201907/subscriptions/{id}/secret-key': {
    params: IdParams;
    response: { secretKey: string };
  };
  'GET /webhooks-api/v201907/subscriptions/{id}/callbacks-log': {
    params: IdParams;
    query: {
      page_id?: string;
      limit?: number;
      callbackStatus?: Open<'successful' | 'failed'>;
      after?: string | Date;
      before?: string | Date;
    };
    response: SrCallbackLogEntry[];
  };
}

/** A typed route key. */
export type RouteKey = keyof Routes;
/** The typed path templates of one method. */
export type PathsOf<M extends string> = RouteKey extends infer K
  ? K extends `${M} ${infer P}`
    ? P
    : never
  : never;
/** The route entry of a method and path template. */
export type RouteOf<M extends string, P extends string> = `${M} ${P}` extends RouteKey
  ? Routes[`${M} ${P}`]
  : never;
