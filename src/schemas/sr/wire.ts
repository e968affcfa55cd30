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
  /** The candidate's onboarding status. */
  onboardingStatus: SrOnboardingStatusValue;
  [key: string]: unknown;
}

/** Body of the deprecated single-property writes: `{ value }` (omit `value` to reset it). */
export interface SrCandidatePropertyValueUpdate {
  /** The new value: a string, number, boolean or object. */
  value?: unknown;
}

/** Multipart body of the CV uploads: the file and, optionally, source attribution. */
export interface SrResumeUpload {
  /** The CV file. */
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
  /** Source type id, from `GET /configuration/sources`. */
  sourceTypeId?: string;
  /** Source sub-type id, from `GET /configuration/sources`. */
  sourceSubTypeId?: string;
  /** Source id, from `GET /configuration/sources/{sourceType}/values`. */
  sourceId?: string;
  /** Mark the candidate as a company employee. */
  internal?: boolean;
}

/**
 * Answer of `POST /candidates/cv/parse`: the candidate data read from the CV. SR's public material
 * gives no shape; the candidate input fields are the likely ones.
 */
export interface SrParsedResume {
  /** First name. */
  firstName?: string;
  /** Last name. */
  lastName?: string;
  /** Email address. */
  email?: string;
  /** Phone number. */
  phoneNumber?: string;
  [key: string]: unknown;
}

/** A job application of the Job Applications API (`/job-applications/{jobApplicationId}`). */
export interface SrJobApplication {
  /** The application status. */
  status?: string;
  /** The hiring-process step within `status`. */
  subStatus?: string;
  /** The source's UUID (`GET /configuration/sources/{sourceIdentifier}`). */
  sourceIdentifier?: string;
  /** When the application was created. */
  createDate?: string;
  /** The candidate's id. */
  profileId?: string;
  /** The job's id. */
  jobId?: string;
  [key: string]: unknown;
}

/** One entry of a job's status history. */
export interface SrJobStatusHistoryItem {
  /** When the status changed (ISO-8601). */
  changedOn?: string;
  /** The job status set. */
  status?: string;
  /** Links (`user`: who changed it). */
  actions?: SrActions;
  [key: string]: unknown;
}

/** `{ min, max, currency }` salary range of a headcount or approval. */
export interface SrSalaryRange {
  /** Lower bound. */
  min?: number;
  /** Upper bound. */
  max?: number;
  /** Currency code. */
  currency?: string;
}

/** Body of `PATCH /jobs/{jobId}/headcount`. */
export interface SrHeadcountUpdate {
  /** The new salary range. */
  salaryRange?: SrSalaryRange;
  [key: string]: unknown;
}

/** Answer of `PATCH /jobs/{jobId}/headcount`: the change waits for approval. */
export interface SrHeadcountUpdateAccepted {
  /** `PENDING`: the change waits for approval. */
  status: 'PENDING' | (string & {});
  [key: string]: unknown;
}

/** A position of a job. */
export interface SrPosition {
  /** SmartRecruiters' id of the position. */
  id: string;
  positionId?: string;
  /** `NEW` or `REPLACEMENT`. */
  type?: 'NEW' | 'REPLACEMENT' | (string & {});
  /** Name of the position's incumbent. */
  incumbentName?: string;
  /** When the position opens. */
  positionOpenDate?: string;
  /** When the hire should start. */
  targetStartDate?: string;
  /** The position's status. */
  status?: string;
  [key: string]: unknown;
}

/** Body of the position writes: `type`, `positionOpenDate` and `targetStartDate` are required. */
export interface SrPositionInput {
  positionId?: string;
  /** Name of the position's incumbent. */
  incumbentName?: string;
  /** `NEW` or `REPLACEMENT`. */
  type: 'NEW' | 'REPLACEMENT';
  /** When the position opens. */
  positionOpenDate: string;
  /** When the hire should start. */
  targetStartDate: string;
}

/** `GET /jobs/{jobId}/approvals/latest`: the job's latest approval request. */
export interface SrJobApproval {
  /** The approval request's id. */
  approvalRequestId?: string;
  /** The positions to approve. */
  positions?: SrPosition[];
  /** The salary range to approve. */
  salaryRange?: SrSalaryRange;
  [key: string]: unknown;
}

/**
 * The latest approval request of an offer (`…/offers/{offerId}/approvals/latest`). SR's public
 * material names the type (`ApprovalRequest`) without its fields.
 */
export interface SrApprovalRequest {
  /** Approval request id. */
  id?: string;
  /** Status of the approval request. */
  status?: string;
  [key: string]: unknown;
}

/** `{ content }`: a job's note. */
export interface SrJobNote {
  /** The note's text. */
  content: string;
  [key: string]: unknown;
}

/** A job ad: its sections and language. */
export interface SrJobAdContent {
  /** The job ad's sections, by name. */
  sections?: Record<string, unknown>;
  /** The job ad's language. */
  language?: SrLanguage;
  [key: string]: unknown;
}

/** A job ad of a job (`/jobs/{jobId}/jobads`). */
export interface SrJobAdItem {
  /** The job ad's id. */
  id: string;
  /** The job ad's title. */
  title?: string;
  /** The job ad's language. */
  language?: SrLanguage;
  /** The job ad's content. */
  jobAd?: SrJobAdContent;
  /** When the job ad was created (ISO-8601). */
  createdOn?: string;
  /** When the job ad was last changed (ISO-8601). */
  updatedOn?: string;
  /** Where candidates apply. */
  applyUrl?: string;
  /** Whether the job ad is published. */
  postingStatus?: 'PUBLISHED' | 'NOT_PUBLISHED' | (string & {});
  /** Whether this is the job's default job ad. */
  default?: boolean;
  /** Who may see the job ad. */
  visibility?: 'PUBLIC' | 'INTERNAL' | 'PRIVATE' | (string & {});
  /** Who created the job ad. */
  creator?: {
    /** The user's id. */
    id?: string;
    /** First name. */
    firstName?: string;
    /** Last name. */
    lastName?: string;
  };
  /** Links (`postings`). */
  actions?: SrActions;
  [key: string]: unknown;
}

/** Body of the job ad writes (SR's `JobAdContent`: `title` required). */
export interface SrJobAdInput {
  /** The job ad's title. */
  title: string;
  /** The job ad's language. */
  language?: {
    /** Language code. */
    code: string;
  };
  /** The job ad's content. */
  jobAd?: {
    /** The job ad's sections, by name. */
    sections?: Record<string, unknown>;
  };
  [key: string]: unknown;
}

/** Body of the publish routes: `{ aggregators, visibility }`. */
export interface SrPublicationInput {
  /** Whether to publish to job aggregators too. */
  aggregators?: boolean;
  /** `PUBLIC` or `INTERNAL`. */
  visibility?: 'PUBLIC' | 'INTERNAL';
}

/** One publication of a job or job ad. */
export interface SrPublicationListItem {
  /** Name of the source published on. */
  sourceName?: string;
  /** The publication's type. */
  type?: string;
  /** When it was published (ISO-8601). */
  publishedOn?: string;
  /** When it was unpublished (ISO-8601). */
  unpublishedOn?: string;
  [key: string]: unknown;
}

/**
 * Answer of a publish or unpublish: SR schedules it (`postingStatus` / `unpostingStatus`
 * `PENDING`); the publication list may come back instead.
 */
export interface SrPublicationResponse {
  /** `PENDING` while a publish is scheduled. */
  postingStatus?: string;
  /** `PENDING` while an unpublish is scheduled. */
  unpostingStatus?: string;
  /** The publications, when SmartRecruiters answers with the list. */
  content?: SrPublicationListItem[];
  [key: string]: unknown;
}

/** The company (`GET /configuration/company`). */
export interface SrCompany {
  /** Identifier of the company. */
  identifier?: string;
  /** Company name. */
  name?: string;
  /** The company's location. */
  location?: Record<string, unknown>;
  /** URL of the company's website. */
  website?: string;
  /** The company's industry. */
  industry?: SrIdLabel;
  /** URL of the company's logo. */
  logo?: string;
  [key: string]: unknown;
}

/** Body of `POST /configuration/departments`. */
export interface SrDepartmentInput {
  /** The department's label. */
  label: string;
  /** The department's description. */
  description?: string;
}

/** A candidate property definition (`/configuration/candidate-properties`). */
export interface SrCandidatePropertyDefinition {
  /** The property's id. */
  id: string;
  /** The property's label. */
  label?: string;
  /** The property's type. */
  type?: string;
  /** Who may see the property, and where. */
  availability?: { toUsers?: string; context?: string[]; forOrgFields?: string[] };
  /** Links to related records. */
  actions?: SrActions;
  [key: string]: unknown;
}

/** A value of a single-select candidate property, or of a job property. */
export interface SrPropertyValue {
  /** The value's id. */
  id: string;
  /** The value's label. */
  label?: string;
  /** Whether the value is archived. */
  archived?: boolean;
  [key: string]: unknown;
}

/** Body of a property value create or update: `{ label }`. */
export interface SrPropertyValueInput {
  /** The value's label. */
  label: string;
  [key: string]: unknown;
}

/** A job property definition (`/configuration/job-properties`). */
export interface SrJobPropertyDefinition {
  /** The property's id. */
  id: string;
  /** The property's label. */
  label?: string;
  /** `job` or `organization`. */
  category?: 'job' | 'organization' | (string & {});
  /** Whether the property is active. */
  active?: boolean;
  /** Whether the property is visible. */
  visible?: boolean;
  /** Whether the property is required. */
  required?: boolean;
  /** Links to related records. */
  actions?: SrActions;
  [key: string]: unknown;
}

/** Body of `POST /configuration/job-properties`. */
export interface SrJobPropertyDefinitionInput {
  /** The property's label. */
  label: string;
  /** `job` or `organization`. */
  category: 'job' | 'organization';
  /** Whether the property is visible. */
  visible: boolean;
  /** Whether the property is active. */
  active?: boolean;
  /** Whether the property is required. */
  required?: boolean;
}

/** A career site (`GET /configuration/career-sites`); SR's public material gives no fields. */
export interface SrCareerSite {
  /** The career site's id. */
  id?: string;
  /** The career site's name. */
  name?: string;
  [key: string]: unknown;
}

/** An access group of the Configuration API; SR's public material gives no fields. */
export interface SrConfigurationAccessGroup {
  /** The group's id. */
  id: string;
  /** The group's name. */
  name?: string;
  [key: string]: unknown;
}

/** Body of the Configuration API's access group writes; SR's public material gives no fields. */
export interface SrConfigurationAccessGroupInput {
  /** The group's name. */
  name?: string;
  [key: string]: unknown;
}

/** Who sees a note: users, hiring teams of jobs, everyone. */
export interface SrShareWith {
  /** Users to share the message with. */
  users?: string[];
  /** Jobs whose hiring teams see the message. */
  hiringTeamOf?: string[];
  /** Make the message visible to everyone in the company. */
  everyone?: boolean;
  /**
   * Make the message visible to everyone in the company who has access to the #-tagged candidate.
   */
  openNote?: boolean;
}

/** Body of `POST /messages/shares`: a note on a candidate, shared with users. */
export interface SrMessageInput {
  /** Content of the message. */
  content: string;
  /** Your own reference, appended to the note; SmartRecruiters does not track or process it. */
  correlationId?: string;
  /** Sharing and visibility options. */
  shareWith?: SrShareWith;
}

/** Answer of `POST /messages/shares`. */
export interface SrMessageDetails {
  /** The message's id. */
  id: string;
  shareRequired?: boolean;
  [key: string]: unknown;
}

/** A message of `GET /messages`. */
export interface SrMessage {
  /** Content of the message. */
  content?: string;
  /** When the message was written (ISO-8601). */
  createdOn?: string;
  /** Who may see the message. */
  visibility?: string;
  /** The author's user id. */
  authorId?: string;
  context?: Record<string, unknown>;
  [key: string]: unknown;
}
