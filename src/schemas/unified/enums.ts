/**
 * Value lists of the unified enums, and the other constants of the unified layer. Every enum of a
 * model ends in `'other'`: an SR value the SDK does not know maps there, with SR's own value kept
 * in the matching `remote_*` field. No zod here: the main entry reads these without loading it.
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

/** Attachment types that can be uploaded (SR takes no avatar upload here). */
export const UPLOAD_ATTACHMENT_TYPES = ['resume', 'cover_letter', 'other'] as const;
/** A unified attachment type accepted on upload. */
export type UploadAttachmentType = (typeof UPLOAD_ATTACHMENT_TYPES)[number];

/** User status. */
export const USER_STATUSES = ['active', 'inactive', 'other'] as const;
/** Unified user status. */
export type UserStatus = (typeof USER_STATUSES)[number];

/** Candidate property (custom field) types, lowercased from SR's. */
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

/** Offer status. */
export const OFFER_STATUSES = [
  'draft',
  'approval_sent',
  'approved',
  'sent',
  'accepted',
  'declined',
  'withdrawn',
  'other',
] as const;
/** Unified offer status. */
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/**
 * Interview status. SmartRecruiters keeps no status on an interview: one it returns is
 * `scheduled`; canceling deletes it.
 */
export const INTERVIEW_STATUSES = ['scheduled', 'canceled', 'completed', 'other'] as const;
/** Unified interview status. */
export type InterviewStatus = (typeof INTERVIEW_STATUSES)[number];

/** Whether the candidate or an interviewer attends an interview. */
export const ATTENDEE_STATUSES = ['accepted', 'declined', 'pending', 'tentative', 'other'] as const;
/** Unified attendee status. */
export type AttendeeStatus = (typeof ATTENDEE_STATUSES)[number];

/** A scorecard's overall recommendation. */
export const SCORECARD_RECOMMENDATIONS = [
  'definitely_no',
  'no',
  'no_decision',
  'yes',
  'strong_yes',
  'other',
] as const;
/** Unified scorecard recommendation. */
export type ScorecardRecommendation = (typeof SCORECARD_RECOMMENDATIONS)[number];

/** What a reject reason is for: rejecting a candidate, or a candidate withdrawing. */
export const REJECT_REASON_KINDS = ['rejection', 'withdrawal'] as const;
/** Unified reject reason kind. */
export type RejectReasonKind = (typeof REJECT_REASON_KINDS)[number];

/** The outcome of asking one candidate for consent. */
export const CONSENT_REQUEST_STATUSES = ['requested', 'unavailable', 'other'] as const;
/** Unified consent request status. */
export type ConsentRequestStatus = (typeof CONSENT_REQUEST_STATUSES)[number];

/** Kinds of candidate URLs: SR's `web` slots, and `other` for anything else. */
export const URL_TYPES = ['linkedin', 'facebook', 'twitter', 'skype', 'website', 'other'] as const;
/** The kind of a URL. */
export type UrlType = (typeof URL_TYPES)[number];

/** URL kinds SR can store: one per `web` slot, so no `other`. */
export const WRITABLE_URL_TYPES = ['linkedin', 'facebook', 'twitter', 'skype', 'website'] as const;
/** A URL kind SR can store. */
export type WritableUrlType = (typeof WRITABLE_URL_TYPES)[number];

/** SSO login modes, lowercased from SR's `SSO | PASSWORD`. */
export const SSO_LOGIN_MODES = ['sso', 'password'] as const;
/** A unified SSO login mode. */
export type SsoLoginMode = (typeof SSO_LOGIN_MODES)[number];

/** Roles a hiring team member can be given. */
export const HIRING_TEAM_WRITE_ROLES = [
  'hiring_manager',
  'recruiter',
  'interview_team',
  'executive',
  'coordinator',
] as const;
/** A role a hiring team member can be given. */
export type HiringTeamWriteRole = (typeof HIRING_TEAM_WRITE_ROLES)[number];

/**
 * What `applications.get` (and `applications.list` with `hydrate`) can read besides the
 * application, one request each: `status_history` (the timestamps), `custom_fields` (candidate
 * properties), `screening_answers`.
 */
export const APPLICATION_INCLUDES = ['status_history', 'custom_fields', 'screening_answers'] as const;
/** An extra read of an application. */
export type ApplicationInclude = (typeof APPLICATION_INCLUDES)[number];

/**
 * Largest upload the SDK sends, in bytes (10 MiB). SR documents no limit for these endpoints (its
 * Apply API takes 2 MB); this bound fails obviously wrong uploads early.
 */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

/** What a report column's values are (SR `dataPointType`, lowercased). */
export const REPORT_COLUMN_TYPES = [
  'id',
  'date',
  'number',
  'text',
  'enum',
  'boolean',
  'decimal',
  'other',
] as const;
/** Unified report column type. */
export type ReportColumnType = (typeof REPORT_COLUMN_TYPES)[number];

/** The state of a report file's generation (SR `reportFileStatus`, lowercased). */
export const REPORT_FILE_STATUSES = ['pending', 'running', 'completed', 'failed', 'other'] as const;
/** Unified report file status. */
export type ReportFileStatus = (typeof REPORT_FILE_STATUSES)[number];

/** How a report file came to be (SR `scheduleType`, lowercased). */
export const REPORT_SCHEDULE_TYPES = ['ad_hoc', 'scheduled', 'other'] as const;
/** Unified report schedule type. */
export type ReportScheduleType = (typeof REPORT_SCHEDULE_TYPES)[number];

/** The kind of an onboarding assignment: SmartOnboard's three, `other` for one it adds. */
export const ONBOARDING_ASSIGNMENT_KINDS = ['activity', 'web_form', 'fillable_pdf_form', 'other'] as const;
/** Unified onboarding assignment kind. */
export type OnboardingAssignmentKind = (typeof ONBOARDING_ASSIGNMENT_KINDS)[number];
