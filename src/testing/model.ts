/**
 * The fake's stored records and SR's enums. Records hold what SR
 * stores; the JSON SR returns is rendered from them by the route modules (list items partial,
 * details full, HATEOAS `actions` on the fake's own origin).
 */

import {
  SR_APPLICATION_STATUSES,
  SR_ATTENDEE_STATUSES,
  SR_CANDIDATE_PROPERTY_TYPES,
  SR_CONSENT_DECISION_STATUSES,
  SR_CONSENT_SCOPES,
  SR_CONSENT_STATUSES,
  SR_HIRING_STAGES,
  SR_HIRING_TEAM_ROLES,
  SR_INTERVIEW_TEMPLATE_TYPES,
  SR_JOB_STATUSES,
  SR_OFFER_PROPERTY_TYPES,
  SR_OFFER_STATUSES,
  SR_ONBOARDING_STATUSES,
  SR_POSTING_STATUSES,
  SR_SUB_STATUS_STATUSES,
  SR_SYSTEM_ROLE_IDS,
  SR_UPLOAD_ATTACHMENT_TYPES,
} from '../schemas/sr/enums.js';

// SR's enums: one list, shared with the SDK's schemas (smartrecruiters-api.md §6-§10).
export {
  SR_APPLICATION_STATUSES,
  SR_ATTENDEE_STATUSES,
  SR_CANDIDATE_PROPERTY_TYPES,
  SR_CONSENT_DECISION_STATUSES,
  SR_CONSENT_SCOPES,
  SR_CONSENT_STATUSES,
  SR_HIRING_STAGES,
  SR_HIRING_TEAM_ROLES,
  SR_INTERVIEW_TEMPLATE_TYPES,
  SR_JOB_STATUSES,
  SR_OFFER_PROPERTY_TYPES,
  SR_OFFER_STATUSES,
  SR_ONBOARDING_STATUSES,
  SR_POSTING_STATUSES,
  SR_SUB_STATUS_STATUSES,
  SR_SYSTEM_ROLE_IDS,
  SR_UPLOAD_ATTACHMENT_TYPES,
};
export type ApplicationStatus = (typeof SR_APPLICATION_STATUSES)[number];
export type SubStatusStatus = (typeof SR_SUB_STATUS_STATUSES)[number];
export type JobStatus = (typeof SR_JOB_STATUSES)[number];
export type PostingStatus = (typeof SR_POSTING_STATUSES)[number];
export type HiringTeamRole = (typeof SR_HIRING_TEAM_ROLES)[number];
export type CandidatePropertyType = (typeof SR_CANDIDATE_PROPERTY_TYPES)[number];
export type ConsentStatus = (typeof SR_CONSENT_STATUSES)[number];
export type OnboardingStatus = (typeof SR_ONBOARDING_STATUSES)[number];
export type AttachmentType = (typeof SR_UPLOAD_ATTACHMENT_TYPES)[number] | 'AVATAR';

/** `{ id, label }`, SR's usual reference shape. */
export interface IdLabel {
  id: string;
  label: string;
}

export interface CandidateLocation {
  country?: string;
  countryCode?: string;
  regionCode?: string;
  region?: string;
  city?: string;
  lat?: number;
  lng?: number;
}

export interface CandidateWeb {
  skype?: string;
  linkedin?: string;
  facebook?: string;
  twitter?: string;
  website?: string;
}

export interface Education {
  institution: string;
  degree: string;
  major?: string;
  current?: boolean;
  location?: string;
  startDate?: string;
  endDate?: string;
  description?: string;
}

export interface Experience {
  title?: string;
  company?: string;
  current?: boolean;
  startDate?: string;
  endDate?: string;
  location?: string;
  description?: string;
}

/** A candidate profile (applications are separate records). */
export interface CandidateRecord {
  id: string;
  internal: boolean;
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber: string | null;
  location: CandidateLocation | null;
  web: CandidateWeb | null;
  createdOn: string;
  updatedOn: string;
  tags: string[];
  averageRating: number;
  education: Education[];
  experience: Experience[];
  consentStatus: ConsentStatus;
}

/** Source attribution of an application. */
export interface SourceDetails {
  sourceTypeId: string;
  sourceSubTypeId: string | null;
  sourceId: string;
}

export interface ApplicationStatusChange {
  changedOn: string;
  status: ApplicationStatus;
  subStatus: string | null;
}

/** One answered screening question. */
export interface ScreeningAnswer {
  id: string;
  type: string;
  category: string;
  name: string;
  label: string;
  records: Array<{
    fields: Array<{ id: string; label: string; values: Array<{ id?: string; label: string }> }>;
  }>;
}

/** A candidate on a job (`/candidates/{id}/jobs/{jobId}`). */
export interface ApplicationRecord {
  /** The application id carried by webhook payloads (`application_id`). */
  id: string;
  candidateId: string;
  jobId: string;
  status: ApplicationStatus;
  subStatus: string | null;
  startsOn: string | null;
  reasonOfRejection: IdLabel | null;
  reasonOfWithdrawal: IdLabel | null;
  source: SourceDetails;
  createdOn: string;
  updatedOn: string;
  statusHistory: ApplicationStatusChange[];
  /** Candidate property values by property id, in insertion order. */
  properties: Record<string, unknown>;
  screeningAnswers: ScreeningAnswer[];
  onboardingStatus: OnboardingStatus | null;
}

/** A stored file. `jobId` is set for application-level attachments. */
export interface AttachmentRecord {
  id: string;
  candidateId: string;
  jobId: string | null;
  name: string;
  type: AttachmentType;
  contentType: string;
  bytes: Uint8Array;
  createdOn: string;
}

export interface JobLocation {
  country?: string;
  countryCode: string;
  regionCode?: string;
  region?: string;
  city: string;
  address?: string;
  postalCode?: string;
  /** A string in SR's job location (numbers on candidates). */
  longitude?: string;
  latitude?: string;
  manual?: boolean;
  remote: boolean;
}

export interface JobAdSection {
  title: string;
  text: string;
}

export interface JobAd {
  sections: {
    companyDescription?: JobAdSection;
    jobDescription?: JobAdSection;
    qualifications?: JobAdSection;
    additionalInformation?: JobAdSection;
    videos?: { urls: string[] };
  };
  language: Language;
}

export interface Language {
  code: string;
  label: string;
  labelNative: string;
}

export interface Compensation {
  min: number;
  max: number;
  currency: string;
}

export interface HiringTeamMember {
  userId: string;
  role: HiringTeamRole;
}

export interface JobStatusChange {
  changedOn: string;
  status: JobStatus;
  userId: string | null;
}

export interface JobPublication {
  visibility: 'PUBLIC' | 'INTERNAL';
  aggregators: boolean;
  publishedOn: string;
}

export interface PositionRecord {
  id: string;
  positionId: string;
  type: 'NEW' | 'REPLACEMENT';
  incumbentName: string | null;
  positionOpenDate: string;
  targetStartDate: string;
  status: 'OPEN' | 'FILLED';
}

export interface JobRecord {
  id: string;
  title: string;
  refNumber: string | null;
  createdOn: string;
  updatedOn: string;
  lastActivityOn: string;
  departmentId: string | null;
  location: JobLocation;
  status: JobStatus;
  postingStatus: PostingStatus;
  targetHiringDate: string | null;
  industry: IdLabel | null;
  function: IdLabel | null;
  typeOfEmployment: IdLabel | null;
  experienceLevel: IdLabel | null;
  eeoCategory: IdLabel | null;
  template: boolean;
  creatorId: string | null;
  compensation: Compensation | null;
  jobAd: JobAd;
  /** Job property values: property id -> value id. */
  properties: Array<{ id: string; valueId: string }>;
  hiringProcessId: string;
  hiringTeam: HiringTeamMember[];
  statusHistory: JobStatusChange[];
  /** The default job ad's publication, `null` when not published. */
  publication: JobPublication | null;
  /** Id of the default job ad (webhook `job.ad.*` payloads). */
  jobAdId: string;
  positions: PositionRecord[];
}

export interface UserLocation {
  country?: string;
  countryCode?: string;
  regionCode?: string;
  region?: string;
  city?: string;
  address?: string;
  postalCode?: string;
  longitude?: string;
  latitude?: string;
}

export interface UserRecord {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  systemRoleId: string;
  externalData: string | null;
  ssoIdentifier: string | null;
  ssoLoginMode: 'SSO' | 'PASSWORD';
  languageCode: string;
  active: boolean;
  updatedOn: string;
  location: UserLocation | null;
  accessGroupIds: string[];
}

export interface SystemRoleRecord {
  id: string;
  name: string;
}

export interface AccessGroupRecord {
  id: string;
  name: string;
}

export interface DepartmentRecord {
  id: string;
  label: string;
  description: string | null;
}

export interface SourceTypeRecord {
  id: string;
  label: string;
  subtypes: IdLabel[];
}

export interface SourceValueRecord {
  id: string;
  label: string;
  typeId: string;
  /** Every SR source has a sub-type. */
  subTypeId: string;
  /** SR's `sourceIdentifier` (a UUID): what `GET /configuration/sources/{sourceIdentifier}` and a job application name it by. */
  identifier: string;
  /** Deleted sources stay readable by identifier. */
  deleted?: boolean;
}

export interface ReasonRecord {
  id: string;
  label: string;
}

export interface HiringProcessRecord {
  id: string;
  name: string;
  active: boolean;
  subStatuses: Partial<Record<SubStatusStatus, string[]>>;
}

export interface CandidatePropertyRecord {
  id: string;
  label: string;
  type: CandidatePropertyType;
  /** Values of a `SINGLE_SELECT` property. */
  values: IdLabel[];
  availability: { toUsers: 'ALL' | 'FULL_ACCESS'; context: string[]; forOrgFields: string[] };
}

export interface JobPropertyRecord {
  id: string;
  label: string;
  category: 'job' | 'organization';
  active: boolean;
  visible: boolean;
  required: boolean;
  values: Array<{ id: string; label: string; archived: boolean }>;
}

export interface OfferDocumentRecord {
  id: string;
  name: string;
  contentType: string;
  /** When the document was made (SR's `createdDate`). */
  createdOn: string;
  bytes: Uint8Array;
}

export type OfferStatus = (typeof SR_OFFER_STATUSES)[number];

export interface OfferRecord {
  id: string;
  candidateId: string;
  jobId: string;
  status: OfferStatus;
  createdOn: string;
  updatedOn: string;
  /** Offer property values by key (see `offerProperties`). */
  properties: Record<string, string>;
  documents: OfferDocumentRecord[];
  /**
   * Whether SmartRecruiters is still syncing the documents with the e-signature provider
   * (`isCurrentlySyncing` of the documents list). Default `false`.
   */
  documentsSyncing?: boolean;
}

/** One property of the offer form (`GET /configuration/offer-properties`). */
export interface OfferPropertyDefinitionRecord {
  key: string;
  label: string;
  required: boolean;
  type: (typeof SR_OFFER_PROPERTY_TYPES)[number];
}

/** A category of the offer form with its properties. */
export interface OfferPropertyCategoryRecord {
  id: string;
  properties: OfferPropertyDefinitionRecord[];
}

export type AttendeeStatus = (typeof SR_ATTENDEE_STATUSES)[number];

/** A time slot of an interview, with its own interviewers. */
export interface TimeslotRecord {
  id: string;
  interviewType: string | null;
  title: string | null;
  place: string | null;
  startsOn: string;
  endsOn: string;
  interviewers: Array<{ id: string; status: AttendeeStatus }>;
  candidateStatus: AttendeeStatus | null;
  noShow: boolean;
}

/** An interview created through the Interviews API. */
export interface InterviewRecord {
  id: string;
  candidateId: string;
  jobId: string;
  candidateStatus: AttendeeStatus;
  location: string | null;
  organizerId: string;
  timezone: string;
  timeslots: TimeslotRecord[];
  createdOn: string;
  refUrl: string | null;
  /**
   * SR's read-only `source` of the interview (a string; which values SR uses is UNCONFIRMED).
   * Default `'API'`: SmartRecruiters' Interviews API returns only interviews created through it.
   */
  source: string;
}

/** A review (interview feedback) of a candidate for a job. */
export interface ReviewRecord {
  id: string;
  candidateId: string;
  jobId: string;
  reviewerId: string;
  overallRating: number;
  comment: string | null;
  createdOn: string;
  updatedOn: string;
}

/** A scorecard criterion of a job. */
export interface ScorecardCriterionRecord {
  id: string;
  label: string;
}

/** A predefined location (an office). */
export interface PredefinedLocationRecord {
  id: string;
  name: string;
  country: string;
  countryCode: string;
  region: string | null;
  regionCode: string | null;
  city: string;
  address: string | null;
  postalCode: string | null;
}

/** A consent decision. */
export interface ConsentDecisionRecord {
  status: (typeof SR_CONSENT_DECISION_STATUSES)[number];
  scope: (typeof SR_CONSENT_SCOPES)[number];
  decidedOn: string;
}

/** What a candidate (or a job application) decided about consent, and the last unanswered request. */
export interface ConsentRecord {
  decisions: ConsentDecisionRecord[];
  recentPendingRequestCreatedOn: string | null;
}

export interface CompanyRecord {
  identifier: string;
  name: string;
  location: { country: string; countryCode: string; city: string; region?: string; regionCode?: string };
  /** The company's website URL (SR's `CompanyConfiguration.website`, a string). */
  website: string;
  industry: IdLabel;
  /** The logo's URL (SR's `CompanyConfiguration.logo`, a string). */
  logo: string;
}

export type CallbackAuthentication =
  | { type: 'basic'; username: string; password: string }
  | { type: 'header'; headerName: string; headerValue: string }
  | { type: 'oauth2'; clientId: string; clientSecret: string; tokenServiceUrl: string };

export interface WebhookSecretKey {
  value: string;
  createdAt: number;
  /**
   * When a newer key replaced it; it stays valid 24 h after that
   * (https://developers.smartrecruiters.com/docs/webhooks-security).
   */
  deprecatedAt: number | null;
}

export interface SubscriptionRecord {
  id: string;
  /**
   * Credential that created it (subscriptions are per API user,
   * https://developers.smartrecruiters.com/docs/receiving-webhook-notifications).
   */
  ownerId: string;
  callbackUrl: string;
  events: string[];
  status: 'inactive' | 'active';
  alertingEmailAddress: string | null;
  callbackAuthentication: CallbackAuthentication | null;
  secretKeys: WebhookSecretKey[];
  createdAt: number;
  seq: number;
}

/** A score as a partner reports it: `raw` within `min`..`max`. */
export interface AssessmentScore {
  raw: number;
  min: number;
  max: number;
}

/** One assessment's result within an order, as the partner last sent it. */
export interface AssessmentResultRecord {
  assessmentId: string;
  name?: string;
  assessmentName?: string;
  status?: string;
  score?: AssessmentScore;
  scoreLabel?: string;
  summary?: string;
  assessmentDate?: string;
  submissionDate?: string;
}

/**
 * An assessment order of an application, placed with a partner (Assessment API 2021): what the
 * partner answered with, and the result it has sent so far (RFC 7396 merges of its `PATCH`es).
 */
export interface AssessmentOrderRecord {
  id: string;
  /** The partner's master client id. */
  partnerClientId: string;
  companyId: string;
  candidateId: string;
  jobId: string;
  /** SmartRecruiters' job application id (`ApplicationRecord.id`). */
  applicationId: string;
  packageId: string;
  packageName: string;
  createdOn: string;
  /** The result so far: `status`, `score`, `scoreLabel`, `summary`... (SR's `PackageResult`). */
  result: {
    status: string;
    name?: string;
    description?: string;
    score?: AssessmentScore;
    scoreLabel?: string;
    summary?: string;
    assessmentPackageDate?: string;
    submissionDate?: string;
    assessmentResults: AssessmentResultRecord[];
  };
  /** Attachments (`state.attachments`, application-level) the partner added to the result. */
  attachmentIds: string[];
}

/** A column of a Report Builder report: the data point it shows. */
export interface ReportColumnRecord {
  entityTypeId: string;
  dataPointId: string;
  dataPointName: string;
  /** `ID`, `DATE`, `NUMBER`, `TEXT`, `ENUM`, `BOOLEAN` or `DECIMAL`. */
  dataPointType: string;
}

/** A Report Builder report. Its rows are the account's applications (`rowEntityTypeId` `APPLICATION`). */
export interface ReportRecord {
  id: string;
  name: string;
  rowEntityTypeId: string;
  columns: ReportColumnRecord[];
  creatorId: string;
  createdOn: string;
  updatedOn: string;
  reportFormats: string[];
  /** How often it runs on its own, `null` when it does not. */
  frequency: string | null;
  /** Users its files are shared with. */
  grantees: string[];
  /**
   * Why every file of it fails (SR `errorReason`, e.g. `MISSING_ACCESS_GROUP`), `null` when they
   * complete.
   */
  failsWith: string | null;
}

/**
 * A file of a report. Its status follows fake time: `PENDING` until `runningAt`, `RUNNING` until
 * `readyAt`, then `COMPLETED` (or `FAILED` with `errorReason`).
 */
export interface ReportFileRecord {
  id: string;
  reportId: string;
  scheduleType: 'AD_HOC' | 'SCHEDULED';
  requestorId: string;
  /** When it was asked for, Unix ms of fake time. */
  scheduledAt: number;
  runningAt: number;
  readyAt: number;
  errorReason: string | null;
  /** The report's columns when it was asked for. */
  columns: ReportColumnRecord[];
  /** The CSV, rendered when first read after it completed. */
  data: Uint8Array | null;
}

/** A new hire (SmartOnboard): the person being onboarded. */
export interface NewHireRecord {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  /** Social profiles by SR's keys (`linkedIn`, `facebook`, `twitter`, `skype`, `website`, `indeed`). */
  socialMedia: Record<string, string>;
}

/** A field of a web form. */
export interface WebFormFieldRecord {
  type: string;
  title: string;
  isRequired: boolean;
  hintText: string | null;
  integrationKey: string | null;
}

/** An answer of a submitted web form. */
export interface WebFormAnswerRecord {
  fieldId: string;
  integrationKey: string | null;
  answerValue: string[];
}

/** A file stored by the fake's SmartOnboard (an activity's upload, a filled-in PDF form). */
export interface OnboardingFileRecord {
  id: string;
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

/** An assignment of an onboarding process, with what the new hire submitted. */
export interface OnboardingAssignmentRecord {
  id: string;
  kind: 'activity' | 'webForm' | 'fillablePdfForm';
  title: string;
  description: string;
  hasSensitiveData: boolean;
  isHighPriority: boolean;
  /** Activities: whether files must be uploaded. */
  isFileUploadRequired: boolean;
  /** Fillable PDF forms: the form's file name. */
  fileName: string | null;
  /** Activities: the files uploaded. */
  attachments: OnboardingFileRecord[];
  /** Web forms: the fields, by field id. */
  fields: Record<string, WebFormFieldRecord>;
  /** Web forms: the answers, `null` until submitted. */
  answers: WebFormAnswerRecord[] | null;
  /** Fillable PDF forms: the filled-in form, `null` until submitted. */
  filledForm: OnboardingFileRecord | null;
}

/** An onboarding process: one new hire's onboarding for the job they were hired on. */
export interface OnboardingProcessRecord {
  id: string;
  newHireId: string;
  candidateId: string;
  jobId: string;
  /** The job application id (`ApplicationRecord.id`). */
  applicationId: string;
  /** `YYYY-MM-DD`, `null` when the hire has no start date. */
  employmentStartDate: string | null;
  assignments: OnboardingAssignmentRecord[];
}

// ---- interview templates and self-scheduling (UNCONFIRMED shapes: SR publishes no schema) ----

export type HiringStage = (typeof SR_HIRING_STAGES)[number];
export type ScheduleType = (typeof SR_INTERVIEW_TEMPLATE_TYPES)[number];

/** A company interview template (`/interview-templates/templates`). */
export interface InterviewTemplateRecord {
  id: string;
  name: string;
  type: ScheduleType;
  hiringStage: HiringStage | null;
  hiringStep: string | null;
  durationInMinutes: number;
  interviewType: string | null;
  location: string | null;
  /** Hiring team roles whose members interview. */
  interviewerRoles: HiringTeamRole[];
  createdOn: string;
  updatedOn: string;
}

/** A job's template for one hiring stage and step: a copy of a company template, with interviewers. */
export interface JobTemplateRecord {
  id: string;
  jobId: string;
  templateId: string;
  hiringStage: HiringStage;
  hiringStep: string;
  name: string;
  type: ScheduleType;
  durationInMinutes: number;
  interviewType: string | null;
  location: string | null;
  /** User ids by hiring team role. */
  interviewersByRole: Partial<Record<HiringTeamRole, string[]>>;
}

/** A job's hiring stage and step whose interviews SR schedules from the job's template. */
export interface ManagedStepRecord {
  hiringStage: HiringStage;
  hiringStep: string | null;
}

/** A weekly window a user interviews in, in their time zone (`HH:mm`). */
export interface WorkingHoursRecord {
  dayOfWeek: 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';
  startTime: string;
  endTime: string;
}

/** A user's scheduling preferences. */
export interface SchedulePreferencesRecord {
  userId: string;
  timezone: string;
  workingHours: WorkingHoursRecord[];
  maxInterviewsPerDay: number;
}

/** Where one application's self-schedule stands. */
export type SelfScheduleStatus = 'PENDING' | 'SCHEDULED' | 'CANCELLED';

/** One application's part in a self-schedule. */
export interface SelfScheduleApplicationRecord {
  /** SR's job application id (`ApplicationRecord.id`). */
  applicationUuid: string;
  status: SelfScheduleStatus;
  invitedOn: string;
  /** The booked interview, once the candidate picked a slot. */
  interviewId: string | null;
  repeat: { intervalInDays: number | null; times: number | null } | null;
}

/** A self-schedule: an interview to book from a job template, and the applications invited. */
export interface SelfScheduleRecord {
  id: string;
  type: ScheduleType;
  jobId: string;
  jobTemplateId: string;
  durationInMinutes: number;
  interviewerIds: string[];
  location: string | null;
  timezone: string;
  status: 'ACTIVE' | 'CANCELLED';
  applications: SelfScheduleApplicationRecord[];
  createdOn: string;
}

/** An interview booked through self-scheduling. */
export interface SelfScheduledInterviewRecord {
  id: string;
  selfScheduleId: string;
  applicationUuid: string;
  startsAt: string;
  endsAt: string;
  interviewerIds: string[];
  location: string | null;
  timezone: string;
  createdOn: string;
}
