/**
 * The fake's stored records and SR's enums. Records hold what SR
 * stores; the JSON SR returns is rendered from them by the route modules (list items partial,
 * details full, HATEOAS `actions` on the fake's own origin).
 */

import type { SrCallbackAuthentication } from '../routes.js';
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
/** An application status (SR's `status` of a candidate on a job: `NEW`, `IN_REVIEW`, `HIRED`...). */
export type ApplicationStatus = (typeof SR_APPLICATION_STATUSES)[number];
/** An application status that has sub-statuses (the steps a hiring process defines for it). */
export type SubStatusStatus = (typeof SR_SUB_STATUS_STATUSES)[number];
/** A job status (`CREATED`, `SOURCING`, `FILLED`...). */
export type JobStatus = (typeof SR_JOB_STATUSES)[number];
/** A job's posting status (`PUBLIC`, `INTERNAL`, `NOT_PUBLISHED`, `PRIVATE`). */
export type PostingStatus = (typeof SR_POSTING_STATUSES)[number];
/** A hiring team member's role on a job (`HIRING_MANAGER`, `RECRUITER`...). */
export type HiringTeamRole = (typeof SR_HIRING_TEAM_ROLES)[number];
/** A candidate property's type (`BOOLEAN`, `SINGLE_SELECT`, `USER`...). */
export type CandidatePropertyType = (typeof SR_CANDIDATE_PROPERTY_TYPES)[number];
/** A candidate's consent status (`REQUIRED`, `PENDING`, `ACQUIRED`). */
export type ConsentStatus = (typeof SR_CONSENT_STATUSES)[number];
/** An application's onboarding status (`READY_TO_ONBOARD`, `ONBOARDING_SUCCESSFUL`...). */
export type OnboardingStatus = (typeof SR_ONBOARDING_STATUSES)[number];
/** An attachment's type: one SR accepts on upload (`GENERIC_FILE`, `RESUME`, `COVER_LETTER`), or `AVATAR`. */
export type AttachmentType = (typeof SR_UPLOAD_ATTACHMENT_TYPES)[number] | 'AVATAR';

/** `{ id, label }`, SR's usual reference shape. */
export interface IdLabel {
  /** The referenced item's id. */
  id: string;
  /** Its display label. */
  label: string;
}

/** A candidate's location (SR's candidate `location`, served as stored). */
export interface CandidateLocation {
  /** Country name. */
  country?: string;
  /** ISO 3166-1 alpha-2 country code. */
  countryCode?: string;
  /** Region (state, province) code. */
  regionCode?: string;
  /** Region (state, province) name. */
  region?: string;
  /** City name. */
  city?: string;
  /** Latitude, in degrees (a number on candidates, a string on jobs). */
  lat?: number;
  /** Longitude, in degrees. */
  lng?: number;
}

/** A candidate's web presence (SR's candidate `web`): profile URLs and a Skype name. */
export interface CandidateWeb {
  /** Skype name. */
  skype?: string;
  /** LinkedIn profile URL. */
  linkedin?: string;
  /** Facebook profile URL. */
  facebook?: string;
  /** Twitter profile URL. */
  twitter?: string;
  /** Personal website URL. */
  website?: string;
}

/** One entry of a candidate's education (SR's candidate `education`). */
export interface Education {
  /** School or university name (required by SR). */
  institution: string;
  /** Degree obtained or pursued (required by SR). */
  degree: string;
  /** Field of study. */
  major?: string;
  /** Whether the candidate studies there now. */
  current?: boolean;
  /** Where the institution is, free text. */
  location?: string;
  /** Start date, as SR sends it (a date string). */
  startDate?: string;
  /** End date, as SR sends it; absent when `current`. */
  endDate?: string;
  /** Free-text description. */
  description?: string;
}

/** One entry of a candidate's work experience (SR's candidate `experience`). */
export interface Experience {
  /** Job title held. */
  title?: string;
  /** Employer's name. */
  company?: string;
  /** Whether the candidate works there now. */
  current?: boolean;
  /** Start date, as SR sends it (a date string). */
  startDate?: string;
  /** End date, as SR sends it; absent when `current`. */
  endDate?: string;
  /** Where the job was, free text. */
  location?: string;
  /** Free-text description. */
  description?: string;
}

/** A candidate profile (applications are separate records). */
export interface CandidateRecord {
  /** SR's candidate id (a UUID). */
  id: string;
  /** Whether the candidate is an employee of the company (SR's `internal`). */
  internal: boolean;
  /** First name. */
  firstName: string;
  /** Last name. */
  lastName: string;
  /** Email address. */
  email: string;
  /** Phone number as entered, `null` when none (served in the candidate details only). */
  phoneNumber: string | null;
  /** Where the candidate lives, `null` when unknown. */
  location: CandidateLocation | null;
  /** Profile URLs, `null` when none (served in the candidate details only). */
  web: CandidateWeb | null;
  /** When the candidate was created, an ISO 8601 timestamp; the candidates list is newest first by it. */
  createdOn: string;
  /** When the profile last changed, an ISO 8601 timestamp. */
  updatedOn: string;
  /** The candidate's tags (`/candidates/{id}/tags`). */
  tags: string[];
  /** Average of the candidate's review ratings, `0` when not rated (SR's `averageRating`). */
  averageRating: number;
  /** Education entries, as SR returns them in the details. */
  education: Education[];
  /** Work experience entries, as SR returns them in the details. */
  experience: Experience[];
  /** The candidate's consent status, served as `consent.status` in the candidates list. */
  consentStatus: ConsentStatus;
}

/** Source attribution of an application. */
export interface SourceDetails {
  /** Id of the source type (`/configuration/sources`, `SourceTypeRecord.id`). */
  sourceTypeId: string;
  /** Id of the source sub-type within that type, `null` when none was given. */
  sourceSubTypeId: string | null;
  /** Id of the source value (`SourceValueRecord.id`); its label is served as the application's `source`. */
  sourceId: string;
}

/** One entry of an application's status history (`GET …/status/history`). */
export interface ApplicationStatusChange {
  /** When the status was set, an ISO 8601 timestamp. */
  changedOn: string;
  /** The status set. */
  status: ApplicationStatus;
  /** The sub-status set with it, `null` when none. */
  subStatus: string | null;
}

/** One answered screening question. */
export interface ScreeningAnswer {
  /** The question's id. */
  id: string;
  /** The question's type, as SR names it. */
  type: string;
  /** The question's category, as SR names it. */
  category: string;
  /** The question's name. */
  name: string;
  /** The question as shown to the candidate. */
  label: string;
  /** The answer's records (one per repetition of a repeatable question). */
  records: Array<{
    /** The answered fields of the record. */
    fields: Array<{
      /** The field's id. */
      id: string;
      /** The field as shown to the candidate. */
      label: string;
      /** The values given: `id` for a choice, `label` its text (or the text typed). */
      values: Array<{
        /** The chosen option's id, absent for free text. */
        id?: string;
        /** The option's label, or the text typed. */
        label: string;
      }>;
    }>;
  }>;
}

/** A candidate on a job (`/candidates/{id}/jobs/{jobId}`). */
export interface ApplicationRecord {
  /** The application id carried by webhook payloads (`application_id`). */
  id: string;
  /** The candidate's id (`CandidateRecord.id`). */
  candidateId: string;
  /** The job's id (`JobRecord.id`). */
  jobId: string;
  /** The application's status. */
  status: ApplicationStatus;
  /** The sub-status (a step of the job's hiring process for `status`), `null` when none. */
  subStatus: string | null;
  /** The hire's start date (SR's `startsOn`, set when hired), `null` when not set. */
  startsOn: string | null;
  /** The rejection reason (`/configuration/rejection-reasons`), `null` unless rejected. */
  reasonOfRejection: IdLabel | null;
  /** The withdrawal reason (`/configuration/withdrawal-reasons`), `null` unless withdrawn. */
  reasonOfWithdrawal: IdLabel | null;
  /** Where the application came from (`PUT …/source`). */
  source: SourceDetails;
  /** When the candidate applied to the job, an ISO 8601 timestamp. */
  createdOn: string;
  /** When the application last changed, an ISO 8601 timestamp. */
  updatedOn: string;
  /** Every status the application had, oldest first. */
  statusHistory: ApplicationStatusChange[];
  /** Candidate property values by property id, in insertion order. */
  properties: Record<string, unknown>;
  /** The candidate's answers to the job's screening questions. */
  screeningAnswers: ScreeningAnswer[];
  /** The onboarding status (`PUT …/onboardingStatus`), `null` when never set. */
  onboardingStatus: OnboardingStatus | null;
}

/** A stored file. `jobId` is set for application-level attachments. */
export interface AttachmentRecord {
  /** The attachment's id. */
  id: string;
  /** The candidate it belongs to (`CandidateRecord.id`). */
  candidateId: string;
  /** The job of an application-level attachment, `null` for a candidate-level one. */
  jobId: string | null;
  /** The file name. */
  name: string;
  /** The attachment type (`RESUME`, `COVER_LETTER`, `GENERIC_FILE`, `AVATAR`). */
  type: AttachmentType;
  /** The file's media type (e.g. `application/pdf`), served as `Content-Type` on download. */
  contentType: string;
  /** The file's content. */
  bytes: Uint8Array;
  /** When it was uploaded, an ISO 8601 timestamp. */
  createdOn: string;
}

/** A job's location (SR's job `location`, served as stored). */
export interface JobLocation {
  /** Country name. */
  country?: string;
  /** ISO 3166-1 alpha-2 country code (required by SR). */
  countryCode: string;
  /** Region (state, province) code. */
  regionCode?: string;
  /** Region (state, province) name. */
  region?: string;
  /** City name (required by SR). */
  city: string;
  /** Street address. */
  address?: string;
  /** Postal code. */
  postalCode?: string;
  /** A string in SR's job location (numbers on candidates). */
  longitude?: string;
  /** Latitude in degrees, a string as in SR's job location. */
  latitude?: string;
  /** Whether the location was entered by hand rather than picked from SR's list. */
  manual?: boolean;
  /** Whether the job is remote. */
  remote: boolean;
}

/** One section of a job ad. */
export interface JobAdSection {
  /** The section's heading. */
  title: string;
  /** The section's body, HTML as SR stores it. */
  text: string;
}

/** A job's ad (SR's `jobAd`). */
export interface JobAd {
  /** The ad's sections, each optional. */
  sections: {
    /** "Company description". */
    companyDescription?: JobAdSection;
    /** "Job description". */
    jobDescription?: JobAdSection;
    /** "Qualifications". */
    qualifications?: JobAdSection;
    /** "Additional information". */
    additionalInformation?: JobAdSection;
    /** Videos shown with the ad. */
    videos?: {
      /** The videos' URLs. */
      urls: string[];
    };
  };
  /** The language the ad is written in (served as the job's `language`). */
  language: Language;
}

/** A language, as SR names it. */
export interface Language {
  /** Language code (e.g. `en`, `fr-CA`). */
  code: string;
  /** The language's name in English. */
  label: string;
  /** The language's name in that language. */
  labelNative: string;
}

/** A job's salary range (SR's `compensation`). */
export interface Compensation {
  /** Lowest amount. */
  min: number;
  /** Highest amount. */
  max: number;
  /** ISO 4217 currency code (e.g. `USD`). */
  currency: string;
}

/** A member of a job's hiring team (`/jobs/{jobId}/hiring-team`). */
export interface HiringTeamMember {
  /** The member's user id (`UserRecord.id`), served as `id`. */
  userId: string;
  /** The member's role on the job. */
  role: HiringTeamRole;
}

/** One entry of a job's status history (`GET /jobs/{jobId}/status/history`). */
export interface JobStatusChange {
  /** When the status was set, an ISO 8601 timestamp. */
  changedOn: string;
  /** The status set. */
  status: JobStatus;
  /** The user who set it (served as the entry's `actions.user` link), `null` when unknown. */
  userId: string | null;
}

/** Where a job's default ad is published (`/jobs/{jobId}/publication`). */
export interface JobPublication {
  /** `PUBLIC` (career page and, with `aggregators`, job boards) or `INTERNAL` (employees only). */
  visibility: 'PUBLIC' | 'INTERNAL';
  /** Whether a public ad also goes to job aggregators. */
  aggregators: boolean;
  /** When it was published, an ISO 8601 timestamp. */
  publishedOn: string;
}

/** A position of a job (`/jobs/{jobId}/positions`): one opening to fill. */
export interface PositionRecord {
  /** SR's id of the position. */
  id: string;
  /** The company's own position id (SR's `positionId`). */
  positionId: string;
  /** `NEW` (a new headcount) or `REPLACEMENT` (replacing `incumbentName`). */
  type: 'NEW' | 'REPLACEMENT';
  /** Who is being replaced, `null` for a new position. */
  incumbentName: string | null;
  /** When the position opened, a date string. */
  positionOpenDate: string;
  /** When the hire should start, a date string. */
  targetStartDate: string;
  /** `OPEN` or `FILLED`. */
  status: 'OPEN' | 'FILLED';
}

/** A job (`/jobs/{jobId}`): its details, ad, hiring team, status history, publication and positions. */
export interface JobRecord {
  /** SR's job id (a UUID). */
  id: string;
  /** The job title. */
  title: string;
  /** The company's reference number for the job, `null` when none. */
  refNumber: string | null;
  /** When the job was created, an ISO 8601 timestamp. */
  createdOn: string;
  /** When the job last changed, an ISO 8601 timestamp. */
  updatedOn: string;
  /** When anything last happened on the job (an edit, an application...), an ISO 8601 timestamp. */
  lastActivityOn: string;
  /** The job's department (`DepartmentRecord.id`), `null` when none. */
  departmentId: string | null;
  /** Where the job is. */
  location: JobLocation;
  /** The job's status (`PUT /jobs/{jobId}/status`). */
  status: JobStatus;
  /** Where the job is posted. */
  postingStatus: PostingStatus;
  /** The date the hire is wanted by, `null` when none. */
  targetHiringDate: string | null;
  /** The job's industry, `null` when none. */
  industry: IdLabel | null;
  /** The job function (e.g. engineering), `null` when none. */
  function: IdLabel | null;
  /** The type of employment (e.g. full-time), `null` when none. */
  typeOfEmployment: IdLabel | null;
  /** The experience level sought, `null` when none. */
  experienceLevel: IdLabel | null;
  /** The US EEO job category, `null` when none. */
  eeoCategory: IdLabel | null;
  /** Whether the job is a template for new jobs rather than an opening. */
  template: boolean;
  /** The user who created the job (served as `creator`), `null` when unknown. */
  creatorId: string | null;
  /** The salary range, `null` when none. */
  compensation: Compensation | null;
  /** The job's default ad. */
  jobAd: JobAd;
  /** Job property values: property id -> value id. */
  properties: Array<{
    /** The job property's id (`JobPropertyRecord.id`). */
    id: string;
    /** The id of the value picked, one of the property's `values`. */
    valueId: string;
  }>;
  /** The job's hiring process (`HiringProcessRecord.id`): which sub-statuses its applications may take. */
  hiringProcessId: string;
  /** The job's hiring team. */
  hiringTeam: HiringTeamMember[];
  /** Every status the job had, oldest first. */
  statusHistory: JobStatusChange[];
  /** The default job ad's publication, `null` when not published. */
  publication: JobPublication | null;
  /** Id of the default job ad (webhook `job.ad.*` payloads). */
  jobAdId: string;
  /** The job's positions. */
  positions: PositionRecord[];
}

/** A user's location (SR's user `location`, served as stored). */
export interface UserLocation {
  /** Country name. */
  country?: string;
  /** ISO 3166-1 alpha-2 country code. */
  countryCode?: string;
  /** Region (state, province) code. */
  regionCode?: string;
  /** Region (state, province) name. */
  region?: string;
  /** City name. */
  city?: string;
  /** Street address. */
  address?: string;
  /** Postal code. */
  postalCode?: string;
  /** Longitude in degrees, a string as SR sends it. */
  longitude?: string;
  /** Latitude in degrees, a string as SR sends it. */
  latitude?: string;
}

/** A user of the company (Users API, `/user-api/v201804/users`). */
export interface UserRecord {
  /** SR's user id. */
  id: string;
  /** Email address (unique among the company's users). */
  email: string;
  /** First name. */
  firstName: string;
  /** Last name. */
  lastName: string;
  /** The user's system role (`SystemRoleRecord.id`), served as `systemRole`. */
  systemRoleId: string;
  /** Free text the company stores on the user (SR's `externalData`), `null` when none. */
  externalData: string | null;
  /** The user's identifier at the company's SSO provider, `null` when none. */
  ssoIdentifier: string | null;
  /** How the user signs in: `SSO` or `PASSWORD`. */
  ssoLoginMode: 'SSO' | 'PASSWORD';
  /** The user's language code, served as `language.code`. */
  languageCode: string;
  /** Whether the user is active (`PUT …/activation` / `DELETE …/activation`). */
  active: boolean;
  /** When the user last changed, an ISO 8601 timestamp. */
  updatedOn: string;
  /** Where the user works, `null` when unknown. */
  location: UserLocation | null;
  /** The access groups the user belongs to (`AccessGroupRecord.id`), served as `accessGroups`. */
  accessGroupIds: string[];
}

/** A system role (`/user-api/v201804/system-roles`). */
export interface SystemRoleRecord {
  /** The role's id (e.g. `EMPLOYEE`, `RESTRICTED`). */
  id: string;
  /** The role's display name. */
  name: string;
}

/** An access group (`/user-api/v201804/access-groups`). */
export interface AccessGroupRecord {
  /** The group's id. */
  id: string;
  /** The group's name. */
  name: string;
}

/** A department (`/configuration/departments`). */
export interface DepartmentRecord {
  /** The department's id. */
  id: string;
  /** Its name. */
  label: string;
  /** Its description, `null` when none. */
  description: string | null;
}

/** A source type (`/configuration/sources`), with its sub-types. */
export interface SourceTypeRecord {
  /** The type's id. */
  id: string;
  /** Its label. */
  label: string;
  /** Its sub-types. */
  subtypes: IdLabel[];
}

/** A source value (`/configuration/sources/{sourceTypeId}/values`): where a candidate came from. */
export interface SourceValueRecord {
  /** The value's id (`SourceDetails.sourceId`). */
  id: string;
  /** Its label (served as an application's `source`). */
  label: string;
  /** Its source type (`SourceTypeRecord.id`). */
  typeId: string;
  /** Every SR source has a sub-type. */
  subTypeId: string;
  /** SR's `sourceIdentifier` (a UUID): what `GET /configuration/sources/{sourceIdentifier}` and a job application name it by. */
  identifier: string;
  /** Deleted sources stay readable by identifier. */
  deleted?: boolean;
}

/** A rejection or withdrawal reason (`/configuration/rejection-reasons`, `/configuration/withdrawal-reasons`). */
export interface ReasonRecord {
  /** The reason's id. */
  id: string;
  /** Its label. */
  label: string;
}

/** A hiring process (`/configuration/hiring-processes`): the sub-statuses of its jobs' applications. */
export interface HiringProcessRecord {
  /** The process's id. */
  id: string;
  /** Its name. */
  name: string;
  /** Whether it is in use. */
  active: boolean;
  /** The sub-statuses (steps) allowed for each application status that has them, in order. */
  subStatuses: Partial<Record<SubStatusStatus, string[]>>;
}

/** A candidate property (`/configuration/candidate-properties`): a custom field of applications. */
export interface CandidatePropertyRecord {
  /** The property's id. */
  id: string;
  /** Its label. */
  label: string;
  /** The type of its values. */
  type: CandidatePropertyType;
  /** Values of a `SINGLE_SELECT` property. */
  values: IdLabel[];
  /** Who sees the property and where (SR's `availability`). */
  availability: {
    /** `ALL` users or only those with `FULL_ACCESS`. */
    toUsers: 'ALL' | 'FULL_ACCESS';
    /** Where the property shows, as SR names the contexts. */
    context: string[];
    /** The organisation fields it is limited to, as SR lists them. */
    forOrgFields: string[];
  };
}

/** A job property (`/configuration/job-properties`): a custom field of jobs. */
export interface JobPropertyRecord {
  /** The property's id. */
  id: string;
  /** Its label. */
  label: string;
  /** Whether it describes the job or the organisation. */
  category: 'job' | 'organization';
  /** Whether it is in use. */
  active: boolean;
  /** Whether it is shown on jobs. */
  visible: boolean;
  /** Whether a job must have a value for it. */
  required: boolean;
  /** Its values. */
  values: Array<{
    /** The value's id. */
    id: string;
    /** Its label. */
    label: string;
    /** Whether it is archived (kept on jobs that have it, not offered for new ones). */
    archived: boolean;
  }>;
}

/** A document of an offer (`/offers/{id}/documents`), e.g. the generated offer letter. */
export interface OfferDocumentRecord {
  /** The document's id. */
  id: string;
  /** The file name. */
  name: string;
  /** The file's media type, served as `Content-Type` on download. */
  contentType: string;
  /** When the document was made (SR's `createdDate`). */
  createdOn: string;
  /** The file's content. */
  bytes: Uint8Array;
}

/** An offer status (`CREATED`, `PENDING_APPROVAL`, `APPROVED`...). */
export type OfferStatus = (typeof SR_OFFER_STATUSES)[number];

/** An offer made to a candidate for a job. */
export interface OfferRecord {
  /** The offer's id. */
  id: string;
  /** The candidate's id (`CandidateRecord.id`). */
  candidateId: string;
  /** The job's id (`JobRecord.id`). */
  jobId: string;
  /** The offer's status. */
  status: OfferStatus;
  /** When the offer was created, an ISO 8601 timestamp. */
  createdOn: string;
  /** When it last changed, an ISO 8601 timestamp. */
  updatedOn: string;
  /** Offer property values by key (see `offerProperties`). */
  properties: Record<string, string>;
  /** The offer's documents. */
  documents: OfferDocumentRecord[];
  /**
   * Whether SmartRecruiters is still syncing the documents with the e-signature provider
   * (`isCurrentlySyncing` of the documents list). Default `false`.
   */
  documentsSyncing?: boolean;
}

/** One property of the offer form (`GET /configuration/offer-properties`). */
export interface OfferPropertyDefinitionRecord {
  /** The property's key (the key of `OfferRecord.properties`). */
  key: string;
  /** Its label. */
  label: string;
  /** Whether an offer must have a value for it. */
  required: boolean;
  /** The type of its value. */
  type: (typeof SR_OFFER_PROPERTY_TYPES)[number];
}

/** A category of the offer form with its properties. */
export interface OfferPropertyCategoryRecord {
  /** The category's id. */
  id: string;
  /** Its properties, in form order. */
  properties: OfferPropertyDefinitionRecord[];
}

/** An interview attendee's answer (`accepted`, `declined`, `pending`, `tentative`). */
export type AttendeeStatus = (typeof SR_ATTENDEE_STATUSES)[number];

/** A time slot of an interview, with its own interviewers. */
export interface TimeslotRecord {
  /** The slot's id. */
  id: string;
  /** The interview type (one of the company's interview types), `null` when none. */
  interviewType: string | null;
  /** The slot's title, `null` when none (at most 200 characters). */
  title: string | null;
  /** Where it takes place, `null` when none (at most 500 characters). */
  place: string | null;
  /** When it starts, an ISO 8601 timestamp. */
  startsOn: string;
  /** When it ends, an ISO 8601 timestamp. */
  endsOn: string;
  /** The slot's interviewers (1 to 50) and their answers. */
  interviewers: Array<{
    /** The interviewer's user id (`UserRecord.id`). */
    id: string;
    /** The interviewer's answer to the invitation. */
    status: AttendeeStatus;
  }>;
  /** The candidate's answer for this slot (default `pending`), `null` when unset. */
  candidateStatus: AttendeeStatus | null;
  /** Whether the candidate did not show up. */
  noShow: boolean;
}

/** An interview created through the Interviews API. */
export interface InterviewRecord {
  /** The interview's id. */
  id: string;
  /** The candidate's id (`CandidateRecord.id`), served as `candidate.id`. */
  candidateId: string;
  /** The job's id (`JobRecord.id`). */
  jobId: string;
  /** SR's deprecated interview-level candidate status, served as `candidate.status`. */
  candidateStatus: AttendeeStatus;
  /** Where the interview takes place, `null` when none (at most 500 characters). */
  location: string | null;
  /** The organiser's user id (`UserRecord.id`). */
  organizerId: string;
  /** The interview's time zone, a TZ database name (e.g. `Europe/Warsaw`). */
  timezone: string;
  /** Its time slots (at most 50). */
  timeslots: TimeslotRecord[];
  /** When it was created, an ISO 8601 timestamp. */
  createdOn: string;
  /** A link to the interview in the system that made it, `null` when none. */
  refUrl: string | null;
  /**
   * SR's read-only `source` of the interview (a string; which values SR uses is UNCONFIRMED).
   * Default `'API'`: SmartRecruiters' Interviews API returns only interviews created through it.
   */
  source: string;
}

/** A review (interview feedback) of a candidate for a job. */
export interface ReviewRecord {
  /** The review's id. */
  id: string;
  /** The candidate's id (`CandidateRecord.id`). */
  candidateId: string;
  /** The job's id (`JobRecord.id`). */
  jobId: string;
  /** The reviewer's user id (`UserRecord.id`). */
  reviewerId: string;
  /** The overall rating the reviewer gave. */
  overallRating: number;
  /** The reviewer's comment, `null` when none. */
  comment: string | null;
  /** When the review was written, an ISO 8601 timestamp. */
  createdOn: string;
  /** When it last changed, an ISO 8601 timestamp. */
  updatedOn: string;
}

/** A scorecard criterion of a job. */
export interface ScorecardCriterionRecord {
  /** The criterion's id. */
  id: string;
  /** Its label. */
  label: string;
}

/** A predefined location (an office). */
export interface PredefinedLocationRecord {
  /** The location's id. */
  id: string;
  /** Its name. */
  name: string;
  /** Country name. */
  country: string;
  /** ISO 3166-1 alpha-2 country code. */
  countryCode: string;
  /** Region (state, province) name, `null` when none. */
  region: string | null;
  /** Region code, `null` when none. */
  regionCode: string | null;
  /** City name. */
  city: string;
  /** Street address, `null` when none. */
  address: string | null;
  /** Postal code, `null` when none. */
  postalCode: string | null;
}

/** A consent decision. */
export interface ConsentDecisionRecord {
  /** What was decided. */
  status: (typeof SR_CONSENT_DECISION_STATUSES)[number];
  /** What the decision covers. */
  scope: (typeof SR_CONSENT_SCOPES)[number];
  /** When it was decided, an ISO 8601 timestamp. */
  decidedOn: string;
}

/** What a candidate (or a job application) decided about consent, and the last unanswered request. */
export interface ConsentRecord {
  /** The decisions made. */
  decisions: ConsentDecisionRecord[];
  /** When the last consent request still unanswered was sent, an ISO 8601 timestamp; `null` when none. */
  recentPendingRequestCreatedOn: string | null;
}

/** The company the fake serves (`GET /configuration/company`). */
export interface CompanyRecord {
  /** The company's identifier (in its career page URL, `jobs.smartrecruiters.com/{identifier}`). */
  identifier: string;
  /** The company's name. */
  name: string;
  /** Where the company is. */
  location: {
    /** Country name. */
    country: string;
    /** ISO 3166-1 alpha-2 country code. */
    countryCode: string;
    /** City name. */
    city: string;
    /** Region (state, province) name. */
    region?: string;
    /** Region code. */
    regionCode?: string;
  };
  /** The company's website URL (SR's `CompanyConfiguration.website`, a string). */
  website: string;
  /** The company's industry. */
  industry: IdLabel;
  /** The logo's URL (SR's `CompanyConfiguration.logo`, a string). */
  logo: string;
}

/** How SmartRecruiters authenticates to a webhook subscription's callback URL (SR's `callbackAuthentication`). */
export type CallbackAuthentication = SrCallbackAuthentication;

/** A secret key of a webhook subscription: what its callbacks' signatures are made with. */
export interface WebhookSecretKey {
  /** The key. */
  value: string;
  /** When it was made, Unix ms of fake time. */
  createdAt: number;
  /**
   * When a newer key replaced it; it stays valid 24 h after that
   * (https://developers.smartrecruiters.com/docs/webhooks-security).
   */
  deprecatedAt: number | null;
}

/** A webhook subscription (Webhooks API, `/webhooks-api/v201907/subscriptions`). */
export interface SubscriptionRecord {
  /** The subscription's id. */
  id: string;
  /**
   * Credential that created it (subscriptions are per API user,
   * https://developers.smartrecruiters.com/docs/receiving-webhook-notifications).
   */
  ownerId: string;
  /** Where events are sent. */
  callbackUrl: string;
  /** The event names it receives (e.g. `application.status.updated`). */
  events: string[];
  /** `inactive` until its activation handshake succeeds (`PUT …/activation`), then `active`. */
  status: 'inactive' | 'active';
  /** Where SmartRecruiters reports delivery problems, `null` when none. */
  alertingEmailAddress: string | null;
  /** How callbacks authenticate, `null` when they do not. */
  callbackAuthentication: CallbackAuthentication | null;
  /** Its secret keys, oldest first; the newest signs, a deprecated one stays valid 24 h. */
  secretKeys: WebhookSecretKey[];
  /** When it was created, Unix ms of fake time. */
  createdAt: number;
  /** A sequence number, unique and never reused: the list's order and its `page_id` cursor. */
  seq: number;
}

/** A score as a partner reports it: `raw` within `min`..`max`. */
export interface AssessmentScore {
  /** The score obtained. */
  raw: number;
  /** The lowest score possible. */
  min: number;
  /** The highest score possible. */
  max: number;
}

/** One assessment's result within an order, as the partner last sent it. */
export interface AssessmentResultRecord {
  /** The partner's id of the assessment (required). */
  assessmentId: string;
  /** The result's name. */
  name?: string;
  /** The assessment's name. */
  assessmentName?: string;
  /** Its status (`IN_PROGRESS`, `PENDING`, `COMPLETED`, `REJECTED`, `EXPIRED`). */
  status?: string;
  /** Its score. */
  score?: AssessmentScore;
  /** A label for the score (e.g. "Strong fit"). */
  scoreLabel?: string;
  /** A summary of the result. */
  summary?: string;
  /** When the assessment was taken, an ISO 8601 timestamp. */
  assessmentDate?: string;
  /** When the result was submitted, an ISO 8601 timestamp. */
  submissionDate?: string;
}

/**
 * An assessment order of an application, placed with a partner (Assessment API 2021): what the
 * partner answered with, and the result it has sent so far (RFC 7396 merges of its `PATCH`es).
 */
export interface AssessmentOrderRecord {
  /** The order's id (a UUID), part of the result URL the partner is given. */
  id: string;
  /** The partner's master client id. */
  partnerClientId: string;
  /** The company's id for the partner's integration. */
  companyId: string;
  /** The candidate's id (`CandidateRecord.id`). */
  candidateId: string;
  /** The job's id (`JobRecord.id`). */
  jobId: string;
  /** SmartRecruiters' job application id (`ApplicationRecord.id`). */
  applicationId: string;
  /** The partner's id of the package ordered. */
  packageId: string;
  /** The package's name. */
  packageName: string;
  /** When the order was placed, an ISO 8601 timestamp. */
  createdOn: string;
  /** The result so far: `status`, `score`, `scoreLabel`, `summary`... (SR's `PackageResult`). */
  result: {
    /** The package's status: `PENDING` when ordered, then as the partner sends it (`IN_PROGRESS`, `COMPLETED`...). */
    status: string;
    /** The result's name. */
    name?: string;
    /** The result's description. */
    description?: string;
    /** The package's overall score. */
    score?: AssessmentScore;
    /** A label for the score. */
    scoreLabel?: string;
    /** A summary of the result. */
    summary?: string;
    /** When the package was taken, an ISO 8601 timestamp. */
    assessmentPackageDate?: string;
    /** When the result was submitted, an ISO 8601 timestamp. */
    submissionDate?: string;
    /** The result of each assessment of the package. */
    assessmentResults: AssessmentResultRecord[];
  };
  /** Attachments (`state.attachments`, application-level) the partner added to the result. */
  attachmentIds: string[];
}

/** A column of a Report Builder report: the data point it shows. */
export interface ReportColumnRecord {
  /** The entity the data point belongs to (e.g. `APPLICATION`). */
  entityTypeId: string;
  /** The data point's id. */
  dataPointId: string;
  /** The data point's name (the CSV column's header). */
  dataPointName: string;
  /** `ID`, `DATE`, `NUMBER`, `TEXT`, `ENUM`, `BOOLEAN` or `DECIMAL`. */
  dataPointType: string;
}

/** A Report Builder report. Its rows are the account's applications (`rowEntityTypeId` `APPLICATION`). */
export interface ReportRecord {
  /** The report's id, served as `reportId`. */
  id: string;
  /** Its name. */
  name: string;
  /** The entity each row is (`APPLICATION`). */
  rowEntityTypeId: string;
  /** Its columns, in CSV order. */
  columns: ReportColumnRecord[];
  /** The user who made it (`UserRecord.id`), served as `creatorId` and `modifierId`. */
  creatorId: string;
  /** When it was made, an ISO 8601 timestamp, served as `creationDate`. */
  createdOn: string;
  /** When it last changed, an ISO 8601 timestamp, served as `modificationDate`. */
  updatedOn: string;
  /** The file formats it is made in (e.g. `CSV`). */
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
  /** The file's id, served as `reportFileId`. */
  id: string;
  /** Its report (`ReportRecord.id`). */
  reportId: string;
  /** `AD_HOC` (asked for through the API) or `SCHEDULED` (made by the report's schedule). */
  scheduleType: 'AD_HOC' | 'SCHEDULED';
  /** Who asked for it (`UserRecord.id`). */
  requestorId: string;
  /** When it was asked for, Unix ms of fake time. */
  scheduledAt: number;
  /** When it starts running, Unix ms of fake time. */
  runningAt: number;
  /** When it completes or fails, Unix ms of fake time (served as `generationDate`). */
  readyAt: number;
  /** Why it fails (e.g. `MISSING_ACCESS_GROUP`), `null` when it completes. */
  errorReason: string | null;
  /** The report's columns when it was asked for. */
  columns: ReportColumnRecord[];
  /** The CSV, rendered when first read after it completed. */
  data: Uint8Array | null;
}

/** A new hire (SmartOnboard): the person being onboarded. */
export interface NewHireRecord {
  /** The new hire's id. */
  id: string;
  /** First name. */
  firstName: string;
  /** Last name. */
  lastName: string;
  /** Email address. */
  email: string;
  /** Phone number, `null` when none. */
  phone: string | null;
  /** Social profiles by SR's keys (`linkedIn`, `facebook`, `twitter`, `skype`, `website`, `indeed`). */
  socialMedia: Record<string, string>;
}

/** A field of a web form. */
export interface WebFormFieldRecord {
  /** The field's type, as SmartOnboard names it. */
  type: string;
  /** Its title (the question). */
  title: string;
  /** Whether it must be answered. */
  isRequired: boolean;
  /** Help text shown with it, `null` when none. */
  hintText: string | null;
  /** The key an integration maps it by, `null` when none. */
  integrationKey: string | null;
}

/** An answer of a submitted web form. */
export interface WebFormAnswerRecord {
  /** The field answered (a key of `OnboardingAssignmentRecord.fields`). */
  fieldId: string;
  /** The field's integration key, `null` when none. */
  integrationKey: string | null;
  /** The values given. */
  answerValue: string[];
}

/** A file stored by the fake's SmartOnboard (an activity's upload, a filled-in PDF form). */
export interface OnboardingFileRecord {
  /** The file's id. */
  id: string;
  /** The file name. */
  name: string;
  /** The file's media type, served as `Content-Type` on download. */
  contentType: string;
  /** The file's content. */
  bytes: Uint8Array;
}

/** An assignment of an onboarding process, with what the new hire submitted. */
export interface OnboardingAssignmentRecord {
  /** The assignment's id. */
  id: string;
  /** What it is: an activity (a task, possibly with uploads), a web form, or a fillable PDF form. */
  kind: 'activity' | 'webForm' | 'fillablePdfForm';
  /** Its title. */
  title: string;
  /** Its description. */
  description: string;
  /** Whether it holds sensitive personal data. */
  hasSensitiveData: boolean;
  /** Whether it is marked high priority. */
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
  /** The process's id. */
  id: string;
  /** The new hire (`NewHireRecord.id`). */
  newHireId: string;
  /** The candidate hired (`CandidateRecord.id`). */
  candidateId: string;
  /** The job they were hired on (`JobRecord.id`). */
  jobId: string;
  /** The job application id (`ApplicationRecord.id`). */
  applicationId: string;
  /** `YYYY-MM-DD`, `null` when the hire has no start date. */
  employmentStartDate: string | null;
  /** The process's assignments. */
  assignments: OnboardingAssignmentRecord[];
}

// ---- interview templates and self-scheduling (UNCONFIRMED shapes: SR publishes no schema) ----

/** A hiring stage (`NEW`, `IN_PROGRESS`, `INTERVIEW`, `OFFER`): where an application is, for scheduling. */
export type HiringStage = (typeof SR_HIRING_STAGES)[number];
/** An interview template's or self-schedule's type: `INDIVIDUAL` or `GROUP`. */
export type ScheduleType = (typeof SR_INTERVIEW_TEMPLATE_TYPES)[number];

/** A company interview template (`/interview-templates/templates`). */
export interface InterviewTemplateRecord {
  /** The template's id. */
  id: string;
  /** Its name. */
  name: string;
  /** `INDIVIDUAL` or `GROUP`. */
  type: ScheduleType;
  /** The hiring stage it is for, `null` for any. */
  hiringStage: HiringStage | null;
  /** The hiring step (a sub-status of the job's hiring process) it is for, `null` for any. */
  hiringStep: string | null;
  /** How long the interview lasts, in minutes. */
  durationInMinutes: number;
  /** The interview type (one of the company's interview types), `null` when none. */
  interviewType: string | null;
  /** Where the interview takes place, `null` when none. */
  location: string | null;
  /** Hiring team roles whose members interview. */
  interviewerRoles: HiringTeamRole[];
  /** When it was made, an ISO 8601 timestamp. */
  createdOn: string;
  /** When it last changed, an ISO 8601 timestamp. */
  updatedOn: string;
}

/** A job's template for one hiring stage and step: a copy of a company template, with interviewers. */
export interface JobTemplateRecord {
  /** The job template's id. */
  id: string;
  /** The job (`JobRecord.id`). */
  jobId: string;
  /** The company template it was copied from (`InterviewTemplateRecord.id`). */
  templateId: string;
  /** The hiring stage it is for. */
  hiringStage: HiringStage;
  /** The hiring step (a sub-status of the job's hiring process) it is for. */
  hiringStep: string;
  /** Its name. */
  name: string;
  /** `INDIVIDUAL` or `GROUP`. */
  type: ScheduleType;
  /** How long the interview lasts, in minutes. */
  durationInMinutes: number;
  /** The interview type, `null` when none. */
  interviewType: string | null;
  /** Where the interview takes place, `null` when none. */
  location: string | null;
  /** User ids by hiring team role. */
  interviewersByRole: Partial<Record<HiringTeamRole, string[]>>;
}

/** A job's hiring stage and step whose interviews SR schedules from the job's template. */
export interface ManagedStepRecord {
  /** The hiring stage. */
  hiringStage: HiringStage;
  /** The hiring step within it, `null` for the whole stage. */
  hiringStep: string | null;
}

/** A weekly window a user interviews in, in their time zone (`HH:mm`). */
export interface WorkingHoursRecord {
  /** The day of the week. */
  dayOfWeek: 'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY';
  /** When the window opens, `HH:mm`. */
  startTime: string;
  /** When it closes, `HH:mm`. */
  endTime: string;
}

/** A user's scheduling preferences. */
export interface SchedulePreferencesRecord {
  /** The user (`UserRecord.id`). */
  userId: string;
  /** The user's time zone, a TZ database name; working hours are in it. */
  timezone: string;
  /** When the user interviews. */
  workingHours: WorkingHoursRecord[];
  /** The most interviews the user takes in a day; a full day offers no slot. */
  maxInterviewsPerDay: number;
}

/** Where one application's self-schedule stands. */
export type SelfScheduleStatus = 'PENDING' | 'SCHEDULED' | 'CANCELLED';

/** One application's part in a self-schedule. */
export interface SelfScheduleApplicationRecord {
  /** SR's job application id (`ApplicationRecord.id`). */
  applicationUuid: string;
  /** `PENDING` (invited), `SCHEDULED` (a slot booked) or `CANCELLED`. */
  status: SelfScheduleStatus;
  /** When the candidate was invited, an ISO 8601 timestamp. */
  invitedOn: string;
  /** The booked interview, once the candidate picked a slot. */
  interviewId: string | null;
  /** How the invitation is repeated, `null` when it is not. */
  repeat: {
    /** Days between repetitions, `null` when unset. */
    intervalInDays: number | null;
    /** How many times it is repeated, `null` when unset. */
    times: number | null;
  } | null;
}

/** A self-schedule: an interview to book from a job template, and the applications invited. */
export interface SelfScheduleRecord {
  /** The self-schedule's id. */
  id: string;
  /** `INDIVIDUAL` or `GROUP`. */
  type: ScheduleType;
  /** The job (`JobRecord.id`). */
  jobId: string;
  /** The job template it books from (`JobTemplateRecord.id`), served as `jobInterviewTemplateId`. */
  jobTemplateId: string;
  /** How long the interview lasts, in minutes. */
  durationInMinutes: number;
  /** The interviewers' user ids. */
  interviewerIds: string[];
  /** Where the interview takes place, `null` when none. */
  location: string | null;
  /** The time zone slots are shown in, a TZ database name. */
  timezone: string;
  /** `ACTIVE`, or `CANCELLED` once the whole self-schedule is (the status served is derived from the applications). */
  status: 'ACTIVE' | 'CANCELLED';
  /** The applications invited. */
  applications: SelfScheduleApplicationRecord[];
  /** When it was made, an ISO 8601 timestamp. */
  createdOn: string;
}

/** An interview booked through self-scheduling. */
export interface SelfScheduledInterviewRecord {
  /** The interview's id. */
  id: string;
  /** Its self-schedule (`SelfScheduleRecord.id`). */
  selfScheduleId: string;
  /** SR's job application id (`ApplicationRecord.id`). */
  applicationUuid: string;
  /** When it starts, an ISO 8601 timestamp. */
  startsAt: string;
  /** When it ends, an ISO 8601 timestamp. */
  endsAt: string;
  /** The interviewers' user ids. */
  interviewerIds: string[];
  /** Where it takes place, `null` when none. */
  location: string | null;
  /** Its time zone, a TZ database name. */
  timezone: string;
  /** When it was booked, an ISO 8601 timestamp. */
  createdOn: string;
}
