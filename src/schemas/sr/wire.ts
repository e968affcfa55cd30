/**
 * Wire shapes of the SmartRecruiters routes the SDK types but does not map to a unified model:
 * positions, job ads, notes, approvals, job applications, configuration CRUD, messages, the
 * deprecated users API and more. Interfaces only (no runtime validation): each names the fields
 * SR's public specs give and keeps any other field through an index signature. Where SR's public
 * material gives no shape at all, the interface says so (docs/coverage.md).
 */
import type { SrActions, SrIdLabel, SrLanguage } from './common.js';
import type { SrOnboardingStatusValue } from './enums.js';

/** `{ onboardingStatus }`: body and answer of the onboarding status routes. */
export interface SrOnboardingStatus {
  onboardingStatus: SrOnboardingStatusValue;
  [key: string]: unknown;
}

/** Body of the deprecated single-property writes: `{ value }` (omit `value` to reset it). */
export interface SrCandidatePropertyValueUpdate {
  value?: unknown;
}

/** Multipart body of the CV uploads: the file and, optionally, source attribution. */
export interface SrResumeUpload {
  file:
    | Blob
    | Uint8Array
    | ArrayBuffer
    | { data: Blob | Uint8Array | ArrayBuffer; fileName: string; contentType?: string };
  sourceTypeId?: string;
  sourceSubTypeId?: string;
  sourceId?: string;
  internal?: boolean;
}

/**
 * Answer of `POST /candidates/cv/parse`: the candidate data read from the CV. SR's public material
 * gives no shape; the candidate input fields are the likely ones.
 */
export interface SrParsedResume {
  firstName?: string;
  lastName?: string;
  email?: string;
  phoneNumber?: string;
  [key: string]: unknown;
}

/** A job application of the Job Applications API (`/job-applications/{jobApplicationId}`). */
export interface SrJobApplication {
  status?: string;
  subStatus?: string;
  sourceIdentifier?: string;
  createDate?: string;
  /** The candidate's id. */
  profileId?: string;
  jobId?: string;
  [key: string]: unknown;
}

/** One entry of a job's status history. */
export interface SrJobStatusHistoryItem {
  changedOn?: string;
  status?: string;
  actions?: SrActions;
  [key: string]: unknown;
}

/** `{ min, max, currency }` salary range of a headcount or approval. */
export interface SrSalaryRange {
  min?: number;
  max?: number;
  currency?: string;
}

/** Body of `PATCH /jobs/{jobId}/headcount`. */
export interface SrHeadcountUpdate {
  salaryRange?: SrSalaryRange;
  [key: string]: unknown;
}

/** Answer of `PATCH /jobs/{jobId}/headcount`: the change waits for approval. */
export interface SrHeadcountUpdateAccepted {
  status: 'PENDING' | (string & {});
  [key: string]: unknown;
}

/** A position of a job. */
export interface SrPosition {
  id: string;
  positionId?: string;
  type?: 'NEW' | 'REPLACEMENT' | (string & {});
  incumbentName?: string;
  positionOpenDate?: string;
  targetStartDate?: string;
  status?: string;
  [key: string]: unknown;
}

/** Body of the position writes: `type`, `positionOpenDate` and `targetStartDate` are required. */
export interface SrPositionInput {
  positionId?: string;
  incumbentName?: string;
  type: 'NEW' | 'REPLACEMENT';
  positionOpenDate: string;
  targetStartDate: string;
}

/** `GET /jobs/{jobId}/approvals/latest`: the job's latest approval request. */
export interface SrJobApproval {
  approvalRequestId?: string;
  positions?: SrPosition[];
  salaryRange?: SrSalaryRange;
  [key: string]: unknown;
}

/**
 * The latest approval request of an offer (`…/offers/{offerId}/approvals/latest`). SR's public
 * material names the type (`ApprovalRequest`) without its fields.
 */
export interface SrApprovalRequest {
  id?: string;
  status?: string;
  [key: string]: unknown;
}

/** `{ content }`: a job's note. */
export interface SrJobNote {
  content: string;
  [key: string]: unknown;
}

/** A job ad: its sections and language. */
export interface SrJobAdContent {
  sections?: Record<string, unknown>;
  language?: SrLanguage;
  [key: string]: unknown;
}

/** A job ad of a job (`/jobs/{jobId}/jobads`). */
export interface SrJobAdItem {
  id: string;
  title?: string;
  language?: SrLanguage;
  jobAd?: SrJobAdContent;
  createdOn?: string;
  updatedOn?: string;
  applyUrl?: string;
  postingStatus?: 'PUBLISHED' | 'NOT_PUBLISHED' | (string & {});
  default?: boolean;
  visibility?: 'PUBLIC' | 'INTERNAL' | 'PRIVATE' | (string & {});
  creator?: { id?: string; firstName?: string; lastName?: string };
  actions?: SrActions;
  [key: string]: unknown;
}

/** Body of the job ad writes (SR's `JobAdContent`: `title` required). */
export interface SrJobAdInput {
  title: string;
  language?: { code: string };
  jobAd?: { sections?: Record<string, unknown> };
  [key: string]: unknown;
}

/** Body of the publish routes: `{ aggregators, visibility }`. */
export interface SrPublicationInput {
  aggregators?: boolean;
  visibility?: 'PUBLIC' | 'INTERNAL';
}

/** One publication of a job or job ad. */
export interface SrPublicationListItem {
  sourceName?: string;
  type?: string;
  publishedOn?: string;
  unpublishedOn?: string;
  [key: string]: unknown;
}

/**
 * Answer of a publish or unpublish: SR schedules it (`postingStatus` / `unpostingStatus`
 * `PENDING`); the publication list may come back instead.
 */
export interface SrPublicationResponse {
  postingStatus?: string;
  unpostingStatus?: string;
  content?: SrPublicationListItem[];
  [key: string]: unknown;
}

/** The company (`GET /configuration/company`). */
export interface SrCompany {
  identifier?: string;
  name?: string;
  location?: Record<string, unknown>;
  website?: string;
  industry?: SrIdLabel;
  logo?: string;
  [key: string]: unknown;
}

/** Body of `POST /configuration/departments`. */
export interface SrDepartmentInput {
  label: string;
  description?: string;
}

/** A candidate property definition (`/configuration/candidate-properties`). */
export interface SrCandidatePropertyDefinition {
  id: string;
  label?: string;
  type?: string;
  availability?: { toUsers?: string; context?: string[]; forOrgFields?: string[] };
  actions?: SrActions;
  [key: string]: unknown;
}

/** A value of a single-select candidate property, or of a job property. */
export interface SrPropertyValue {
  id: string;
  label?: string;
  archived?: boolean;
  [key: string]: unknown;
}

/** Body of a property value create or update: `{ label }`. */
export interface SrPropertyValueInput {
  label: string;
  [key: string]: unknown;
}

/** A job property definition (`/configuration/job-properties`). */
export interface SrJobPropertyDefinition {
  id: string;
  label?: string;
  category?: 'job' | 'organization' | (string & {});
  active?: boolean;
  visible?: boolean;
  required?: boolean;
  actions?: SrActions;
  [key: string]: unknown;
}

/** Body of `POST /configuration/job-properties`. */
export interface SrJobPropertyDefinitionInput {
  label: string;
  category: 'job' | 'organization';
  visible: boolean;
  active?: boolean;
  required?: boolean;
}

/** A career site (`GET /configuration/career-sites`); SR's public material gives no fields. */
export interface SrCareerSite {
  id?: string;
  name?: string;
  [key: string]: unknown;
}

/** An access group of the Configuration API; SR's public material gives no fields. */
export interface SrConfigurationAccessGroup {
  id: string;
  name?: string;
  [key: string]: unknown;
}

/** Body of the Configuration API's access group writes; SR's public material gives no fields. */
export interface SrConfigurationAccessGroupInput {
  name?: string;
  [key: string]: unknown;
}

/** Who sees a note: users, hiring teams of jobs, everyone. */
export interface SrShareWith {
  users?: string[];
  hiringTeamOf?: string[];
  everyone?: boolean;
  openNote?: boolean;
}

/** Body of `POST /messages/shares`: a note on a candidate, shared with users. */
export interface SrMessageInput {
  content: string;
  correlationId?: string;
  shareWith?: SrShareWith;
}

/** Answer of `POST /messages/shares`. */
export interface SrMessageDetails {
  id: string;
  shareRequired?: boolean;
  [key: string]: unknown;
}

/** A message of `GET /messages`. */
export interface SrMessage {
  content?: string;
  createdOn?: string;
  visibility?: string;
  authorId?: string;
  context?: Record<string, unknown>;
  [key: string]: unknown;
}
