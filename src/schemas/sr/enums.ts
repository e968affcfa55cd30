/**
 * SmartRecruiters enum values as documented. SR may add values at any time:
 * the wire schemas accept any string, and the unified layer maps unknown values to `'other'`.
 */

/** Application (candidate) status values of the Customer API. `OFFERED`, not `OFFER`. */
export const SR_APPLICATION_STATUSES = [
  'LEAD',
  'NEW',
  'IN_REVIEW',
  'INTERVIEW',
  'OFFERED',
  'HIRED',
  'REJECTED',
  'WITHDRAWN',
  'TRANSFERRED',
] as const;
/** A documented SR application status. */
export type SrApplicationStatus = (typeof SR_APPLICATION_STATUSES)[number];

/** Candidate consent status values. */
export const SR_CONSENT_STATUSES = ['REQUIRED', 'PENDING', 'ACQUIRED'] as const;
/** A documented SR consent status. */
export type SrConsentStatus = (typeof SR_CONSENT_STATUSES)[number];

/** Candidate property types. */
export const SR_CANDIDATE_PROPERTY_TYPES = [
  'BOOLEAN',
  'COUNTRY',
  'CURRENCY',
  'DATE',
  'NUMBER',
  'PERCENT',
  'REGION',
  'TEXT',
  'USER',
  'SINGLE_SELECT',
] as const;
/** A documented candidate property type. */
export type SrCandidatePropertyType = (typeof SR_CANDIDATE_PROPERTY_TYPES)[number];

/** Screening question types. */
export const SR_SCREENING_ANSWER_TYPES = [
  'text',
  'checkbox',
  'languages',
  'acknowledgement',
  'textarea',
  'select',
  'files',
  'info',
  'eeo',
  'radio',
  'salaryExpectation',
  'currency',
  'work_shifts',
] as const;
/** A documented screening question type. */
export type SrScreeningAnswerType = (typeof SR_SCREENING_ANSWER_TYPES)[number];

/** Attachment types seen in responses; uploads accept all but `AVATAR`. */
export const SR_ATTACHMENT_TYPES = ['RESUME', 'COVER_LETTER', 'AVATAR', 'GENERIC_FILE'] as const;
/** A documented SR attachment type. */
export type SrAttachmentType = (typeof SR_ATTACHMENT_TYPES)[number];

/** Statuses that carry hiring-process sub-statuses. */
export const SR_SUB_STATUS_STATUSES = ['IN_REVIEW', 'INTERVIEW', 'OFFERED'] as const;

/** Onboarding statuses of an application. */
export const SR_ONBOARDING_STATUSES = [
  'READY_TO_ONBOARD',
  'ONBOARDING_SUCCESSFUL',
  'ONBOARDING_FAILED',
] as const;
/** A documented onboarding status. */
export type SrOnboardingStatusValue = (typeof SR_ONBOARDING_STATUSES)[number];

/** Attachment types `POST …/attachments` accepts (`GENERIC_FILE` is SR's default). */
export const SR_UPLOAD_ATTACHMENT_TYPES = ['GENERIC_FILE', 'RESUME', 'COVER_LETTER'] as const;
/** An attachment type SR accepts on upload. */
export type SrUploadAttachmentType = (typeof SR_UPLOAD_ATTACHMENT_TYPES)[number];

/** Job status values; responses may also say `OTHER`. */
export const SR_JOB_STATUSES = [
  'CREATED',
  'SOURCING',
  'FILLED',
  'INTERVIEW',
  'OFFER',
  'CANCELLED',
  'ON_HOLD',
] as const;
/** A job status SR accepts in filters and `PUT /jobs/{id}/status`. */
export type SrJobStatus = (typeof SR_JOB_STATUSES)[number];

/** Posting status values. */
export const SR_POSTING_STATUSES = ['PUBLIC', 'INTERNAL', 'NOT_PUBLISHED', 'PRIVATE'] as const;
/** A documented SR posting status. */
export type SrPostingStatus = (typeof SR_POSTING_STATUSES)[number];

/** Hiring team roles. */
export const SR_HIRING_TEAM_ROLES = [
  'HIRING_MANAGER',
  'INTERVIEW_TEAM',
  'RECRUITER',
  'EXECUTIVE',
  'COORDINATOR',
] as const;
/** A documented SR hiring team role. */
export type SrHiringTeamRole = (typeof SR_HIRING_TEAM_ROLES)[number];

/** Built-in system role ids; custom roles exist too. */
export const SR_SYSTEM_ROLE_IDS = [
  'EMPLOYEE',
  'RESTRICTED',
  'STANDARD',
  'EXTENDED',
  'ADMINISTRATOR',
] as const;

/** `ssoLoginMode` values (https://developers.smartrecruiters.com/reference/users). */
export const SR_SSO_LOGIN_MODES = ['SSO', 'PASSWORD'] as const;
/** A documented SSO login mode. */
export type SrSsoLoginMode = (typeof SR_SSO_LOGIN_MODES)[number];

/** Offer statuses (`GET /offers` `status` filter and `Offer.status`, developers.smartrecruiters.com). */
export const SR_OFFER_STATUSES = [
  'CREATED',
  'PENDING_APPROVAL',
  'APPROVED',
  'NOT_APPROVED',
  'PENDING_ACCEPTANCE',
  'ACCEPTED',
  'NOT_ACCEPTED',
  'ABANDONED',
] as const;
/** A documented SR offer status. */
export type SrOfferStatus = (typeof SR_OFFER_STATUSES)[number];

/** Offer property types (`GET /configuration/offer-properties`). */
export const SR_OFFER_PROPERTY_TYPES = [
  'BOOLEAN',
  'COUNTRY',
  'CURRENCY',
  'DATE',
  'NUMBER',
  'PERCENT',
  'REGION',
  'TEXT',
  'USER',
  'SELECT',
] as const;
/** A documented offer property type. */
export type SrOfferPropertyType = (typeof SR_OFFER_PROPERTY_TYPES)[number];

/** E-signature providers SmartRecruiters syncs offer documents with (`OfferDocumentsList.provider`). */
export const SR_OFFER_DOCUMENT_PROVIDERS = ['DOCUSIGN'] as const;
/** An offer document provider. */
export type SrOfferDocumentProvider = (typeof SR_OFFER_DOCUMENT_PROVIDERS)[number];

/**
 * Attendance statuses of an interview's candidate and interviewers (Interviews API). The
 * candidate's status may also be `null` before anyone answered.
 */
export const SR_ATTENDEE_STATUSES = ['accepted', 'declined', 'pending', 'tentative'] as const;
/** A documented attendee status. */
export type SrAttendeeStatus = (typeof SR_ATTENDEE_STATUSES)[number];

/** Statuses of a consent decision (`GET /candidates/{id}/consents`); lowercase, unlike consent status. */
export const SR_CONSENT_DECISION_STATUSES = ['acquired', 'declined', 'required'] as const;
/** A documented consent decision status. */
export type SrConsentDecisionStatus = (typeof SR_CONSENT_DECISION_STATUSES)[number];

/** Data scopes a consent decision covers ("single" or "separated" consent). */
export const SR_CONSENT_SCOPES = [
  'Single',
  'SmartRecruit',
  'SmartCRM',
  'SmartMessage:SMS',
  'SmartMessage:WhatsApp',
] as const;
/** A documented consent scope. */
export type SrConsentScope = (typeof SR_CONSENT_SCOPES)[number];

/** Position types of a job (`POST /jobs/{jobId}/positions`). */
export const SR_POSITION_TYPES = ['NEW', 'REPLACEMENT'] as const;
/** A documented position type. */
export type SrPositionType = (typeof SR_POSITION_TYPES)[number];

/** Hiring stages an interview template is set for (Interview Templates API). */
export const SR_HIRING_STAGES = ['NEW', 'IN_PROGRESS', 'INTERVIEW', 'OFFER'] as const;
/** Interview template and self-schedule types (Interview Templates and Self Scheduling APIs). */
export const SR_INTERVIEW_TEMPLATE_TYPES = ['INDIVIDUAL', 'GROUP'] as const;
