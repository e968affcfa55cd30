/**
 * Value lists of the unified enums (docs/unified-model.md). Every list ends in `'other'`: an SR value
 * the SDK does not know maps there, with SR's own value kept in the matching `remote_*` field.
 */

/** Application status. */
export const APPLICATION_STATUSES = [
  'lead',
  'new',
  'in_review',
  'interview',
  'offered',
  'hired',
  'rejected',
  'withdrawn',
  'transferred',
  'other',
] as const;
/** Unified application status. */
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Application outcome: `hired` for HIRED, `declined` for REJECTED and WITHDRAWN, else `pending`. */
export const APPLICATION_OUTCOMES = ['pending', 'hired', 'declined'] as const;
/** Unified application outcome. */
export type ApplicationOutcome = (typeof APPLICATION_OUTCOMES)[number];

/** Candidate consent status. */
export const CONSENT_STATUSES = ['required', 'pending', 'acquired', 'other'] as const;
/** Unified consent status. */
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** Job status. */
export const JOB_STATUSES = ['draft', 'open', 'on_hold', 'closed', 'other'] as const;
/** Unified job status. */
export type JobStatus = (typeof JOB_STATUSES)[number];

/** Job posting status. */
export const POSTING_STATUSES = ['public', 'internal', 'private', 'not_published', 'other'] as const;
/** Unified posting status. */
export type PostingStatus = (typeof POSTING_STATUSES)[number];

/** Role of a user in a job's hiring team. */
export const HIRING_TEAM_ROLES = [
  'hiring_manager',
  'recruiter',
  'interview_team',
  'executive',
  'coordinator',
  'other',
] as const;
/** Unified hiring team role. */
export type HiringTeamRole = (typeof HIRING_TEAM_ROLES)[number];

/** Attachment type. */
export const ATTACHMENT_TYPES = ['resume', 'cover_letter', 'avatar', 'other'] as const;
/** Unified attachment type. */
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

/** Attachment types that can be uploaded (SR takes no avatar upload here, smartrecruiters-api.md §8). */
export const UPLOAD_ATTACHMENT_TYPES = ['resume', 'cover_letter', 'other'] as const;
/** A unified attachment type accepted on upload. */
export type UploadAttachmentType = (typeof UPLOAD_ATTACHMENT_TYPES)[number];

/** User status. */
export const USER_STATUSES = ['active', 'inactive', 'other'] as const;
/** Unified user status. */
export type UserStatus = (typeof USER_STATUSES)[number];

/** Candidate property (custom field) types, lowercased from SR's (smartrecruiters-api.md §6.3). */
export const CUSTOM_FIELD_TYPES = [
  'boolean',
  'country',
  'currency',
  'date',
  'number',
  'percent',
  'region',
  'single_select',
  'text',
  'user',
] as const;
/** A known custom field type. */
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];
