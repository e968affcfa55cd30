/**
 * SmartRecruiters' SmartOnboard API (new hires, their onboarding processes, the assignments of a
 * process and what the new hire submitted): its path prefix, its routes and its wire shapes, from
 * SmartRecruiters' SmartOnboard API reference (https://developers.smartrecruiters.com/reference).
 * Every route is read-only.
 */
import type { BinaryResponse } from '../internal/response.js';

/** Path prefix of SmartRecruiters' SmartOnboard API (https://developers.smartrecruiters.com/reference). */
export const SMARTONBOARD_API = '/smartonboard-api/v202205';

/** A new hire's social profiles (SR `SocialMedia`). */
export interface SrSocialMedia {
  facebook?: string | null | undefined;
  indeed?: string | null | undefined;
  linkedIn?: string | null | undefined;
  skype?: string | null | undefined;
  twitter?: string | null | undefined;
  website?: string | null | undefined;
  [key: string]: unknown;
}

/**
 * A new hire (SR `NewHire`): the person being onboarded. SmartRecruiters always sends `id`,
 * `firstName`, `lastName`, `email` and `socialMedia`.
 */
export interface SrNewHire {
  id: string;
  firstName?: string | null | undefined;
  lastName?: string | null | undefined;
  email?: string | null | undefined;
  phone?: string | null | undefined;
  socialMedia?: SrSocialMedia | null | undefined;
  [key: string]: unknown;
}

/**
 * An onboarding process (SR `OnboardingProcess`): one new hire's onboarding for the job they were
 * hired on. `applicationId` is SmartRecruiters' job application id. SmartRecruiters always sends
 * `id`, `newHireId`, `jobId` and `applicationId`.
 */
export interface SrOnboardingProcess {
  id: string;
  newHireId?: string | null | undefined;
  jobId?: string | null | undefined;
  applicationId?: string | null | undefined;
  /** The first working day, `YYYY-MM-DD`. */
  employmentStartDate?: string | null | undefined;
  [key: string]: unknown;
}

/**
 * What every assignment of a process has; SmartRecruiters always sends each of these fields.
 */
export interface SrAssignmentBase {
  id: string;
  title?: string | null | undefined;
  description?: string | null | undefined;
  /** Whether what the new hire submits is sensitive (personal data). */
  hasSensitiveData?: boolean | null | undefined;
  isHighPriority?: boolean | null | undefined;
  [key: string]: unknown;
}

/** An activity to do (SR `ActivityAssignment`), perhaps with files to upload. */
export interface SrActivityAssignment extends SrAssignmentBase {
  isFileUploadRequired?: boolean | null | undefined;
}

/** A web form to fill in (SR `WebFormAssignment`). */
export interface SrWebFormAssignment extends SrAssignmentBase {}

/** A PDF form to fill in (SR `FillablePdfFormAssignment`). */
export interface SrFillablePdfFormAssignment extends SrAssignmentBase {
  fileName?: string | null | undefined;
}

/** The assignments of an onboarding process, by kind (SR `Assignments`; all three always sent). */
export interface SrOnboardingAssignments {
  activityAssignments?: SrActivityAssignment[] | null | undefined;
  webFormAssignments?: SrWebFormAssignment[] | null | undefined;
  fillablePdfFormAssignments?: SrFillablePdfFormAssignment[] | null | undefined;
  [key: string]: unknown;
}

/** One answer of a web form (SR `WebFormAnswer`): the field and its values. */
export interface SrWebFormAnswer {
  fieldId: string;
  /** The field's key for integrations, when the form's author set one. */
  integrationKey?: string | null | undefined;
  answerValue?: string[] | null | undefined;
  [key: string]: unknown;
}

/**
 * What the new hire submitted in a web form (SR `WebFormAnswers`). SmartRecruiters' specification
 * gives `answers` as one `WebFormAnswer`; a form has several fields, so an array of them is taken
 * too (UNCONFIRMED which SmartRecruiters sends).
 */
export interface SrWebFormAnswers {
  answers?: SrWebFormAnswer | SrWebFormAnswer[] | null | undefined;
  [key: string]: unknown;
}

/** A web form field's description (SR `WebFormFieldMetadata`). */
export interface SrWebFormFieldMetadata {
  /** The field's type, SmartRecruiters' own name for it. */
  type?: string | null | undefined;
  title?: string | null | undefined;
  isRequired?: boolean | null | undefined;
  hintText?: string | null | undefined;
  integrationKey?: string | null | undefined;
  [key: string]: unknown;
}

/** The fields of a web form, by field id (SR `WebFormFieldsMetadata`). */
export interface SrWebFormFieldsMetadata {
  fields?: Record<string, SrWebFormFieldMetadata> | null | undefined;
  [key: string]: unknown;
}

/** The ids of the files submitted for an activity (SR `ActivityAssignmentAttachments`). */
export interface SrActivityAssignmentAttachments {
  attachmentIds?: string[] | null | undefined;
  [key: string]: unknown;
}

/**
 * One assignment of a process, read alone. SmartRecruiters' specification names the route
 * without its answer's schema: taken as one of the three kinds (UNCONFIRMED).
 */
export type SrOnboardingAssignment = SrActivityAssignment | SrWebFormAssignment | SrFillablePdfFormAssignment;

/**
 * The SmartOnboard API, relative to `SMARTONBOARD_API`. Scopes: `new_hires_read`,
 * `onboarding_processes_read`, `assignments_read`, `assignments_submissions_read`; a caller
 * without one is refused with 401 `NOT_AUTHORIZED_TO_ACCESS_RESOURCE`.
 */
export interface SmartOnboardRoutes {
  'GET /new-hires/{newHireId}': { params: { newHireId: string }; response: SrNewHire };
  'GET /onboarding-processes/{onboardingProcessId}': {
    params: { onboardingProcessId: string };
    response: SrOnboardingProcess;
  };
  'GET /onboarding-processes/{onboardingProcessId}/assignments': {
    params: { onboardingProcessId: string };
    response: SrOnboardingAssignments;
  };
  'GET /onboarding-processes/{onboardingProcessId}/assignments/{assignmentId}': {
    params: { onboardingProcessId: string; assignmentId: string };
    response: SrOnboardingAssignment;
  };
  /** 404 `WEB_FORM_ASSIGNMENT_ANSWERS_NOT_FOUND` until the new hire submitted the form. */
  'GET /web-form-assignments/{webFormAssignmentId}/form-answers': {
    params: { webFormAssignmentId: string };
    response: SrWebFormAnswers;
  };
  'GET /web-form-assignments/{webFormAssignmentId}/fields-metadata': {
    params: { webFormAssignmentId: string };
    response: SrWebFormFieldsMetadata;
  };
  /**
   * The PDF form filled in with the new hire's answers (a PDF file). 404
   * `FILLABLE_PDF_FORM_ASSIGNMENT_ANSWERS_NOT_FOUND` until it was submitted.
   */
  'GET /fillable-pdf-form-assignments/{fillablePdfFormAssignmentId}/form-answers': {
    params: { fillablePdfFormAssignmentId: string };
    response: BinaryResponse;
  };
  'GET /activity-assignments/{activityAssignmentId}/attachments': {
    params: { activityAssignmentId: string };
    response: SrActivityAssignmentAttachments;
  };
  /** A file the new hire submitted for an activity. */
  'GET /activity-assignments/{activityAssignmentId}/attachments/{attachmentId}': {
    params: { activityAssignmentId: string; attachmentId: string };
    response: BinaryResponse;
  };
}
