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
  /** Facebook profile. */
  facebook?: string | null | undefined;
  /** Indeed profile. */
  indeed?: string | null | undefined;
  /** LinkedIn profile. */
  linkedIn?: string | null | undefined;
  /** Skype name. */
  skype?: string | null | undefined;
  /** Twitter profile. */
  twitter?: string | null | undefined;
  /** Website. */
  website?: string | null | undefined;
  [key: string]: unknown;
}

/**
 * A new hire (SR `NewHire`): the person being onboarded. SmartRecruiters always sends `id`,
 * `firstName`, `lastName`, `email` and `socialMedia`.
 */
export interface SrNewHire {
  /** The new hire's id. */
  id: string;
  /** First name. */
  firstName?: string | null | undefined;
  /** Last name. */
  lastName?: string | null | undefined;
  /** Email address. */
  email?: string | null | undefined;
  /** Phone number. */
  phone?: string | null | undefined;
  /** Social profiles. */
  socialMedia?: SrSocialMedia | null | undefined;
  [key: string]: unknown;
}

/**
 * An onboarding process (SR `OnboardingProcess`): one new hire's onboarding for the job they were
 * hired on. `applicationId` is SmartRecruiters' job application id. SmartRecruiters always sends
 * `id`, `newHireId`, `jobId` and `applicationId`.
 */
export interface SrOnboardingProcess {
  /** The process's id. */
  id: string;
  /** The new hire's id. */
  newHireId?: string | null | undefined;
  /** The job's id. */
  jobId?: string | null | undefined;
  /** SmartRecruiters' job application id. */
  applicationId?: string | null | undefined;
  /** The first working day, `YYYY-MM-DD`. */
  employmentStartDate?: string | null | undefined;
  [key: string]: unknown;
}

/**
 * What every assignment of a process has; SmartRecruiters always sends each of these fields.
 */
export interface SrAssignmentBase {
  /** The assignment's id. */
  id: string;
  /** The assignment's title. */
  title?: string | null | undefined;
  /** The assignment's description. */
  description?: string | null | undefined;
  /** Whether what the new hire submits is sensitive (personal data). */
  hasSensitiveData?: boolean | null | undefined;
  /** Whether the assignment is high priority. */
  isHighPriority?: boolean | null | undefined;
  [key: string]: unknown;
}

/** An activity to do (SR `ActivityAssignment`), perhaps with files to upload. */
export interface SrActivityAssignment extends SrAssignmentBase {
  /** Whether the new hire must upload files. */
  isFileUploadRequired?: boolean | null | undefined;
}

/** A web form to fill in (SR `WebFormAssignment`). */
export interface SrWebFormAssignment extends SrAssignmentBase {}

/** A PDF form to fill in (SR `FillablePdfFormAssignment`). */
export interface SrFillablePdfFormAssignment extends SrAssignmentBase {
  /** The PDF file's name. */
  fileName?: string | null | undefined;
}

/** The assignments of an onboarding process, by kind (SR `Assignments`; all three always sent). */
export interface SrOnboardingAssignments {
  /** Activities to do. */
  activityAssignments?: SrActivityAssignment[] | null | undefined;
  /** Web forms to fill in. */
  webFormAssignments?: SrWebFormAssignment[] | null | undefined;
  /** PDF forms to fill in. */
  fillablePdfFormAssignments?: SrFillablePdfFormAssignment[] | null | undefined;
  [key: string]: unknown;
}

/** One answer of a web form (SR `WebFormAnswer`): the field and its values. */
export interface SrWebFormAnswer {
  /** The field's id. */
  fieldId: string;
  /** The field's key for integrations, when the form's author set one. */
  integrationKey?: string | null | undefined;
  /** The values entered. */
  answerValue?: string[] | null | undefined;
  [key: string]: unknown;
}

/**
 * What the new hire submitted in a web form (SR `WebFormAnswers`). SmartRecruiters' specification
 * gives `answers` as one `WebFormAnswer`; a form has several fields, so an array of them is taken
 * too (UNCONFIRMED which SmartRecruiters sends).
 */
export interface SrWebFormAnswers {
  /** The answers, one per field. */
  answers?: SrWebFormAnswer | SrWebFormAnswer[] | null | undefined;
  [key: string]: unknown;
}

/** A web form field's description (SR `WebFormFieldMetadata`). */
export interface SrWebFormFieldMetadata {
  /** The field's type, SmartRecruiters' own name for it. */
  type?: string | null | undefined;
  /** The field's title. */
  title?: string | null | undefined;
  /** Whether the field must be filled in. */
  isRequired?: boolean | null | undefined;
  /** A hint shown with the field. */
  hintText?: string | null | undefined;
  /** The field's key for integrations, when the form's author set one. */
  integrationKey?: string | null | undefined;
  [key: string]: unknown;
}

/** The fields of a web form, by field id (SR `WebFormFieldsMetadata`). */
export interface SrWebFormFieldsMetadata {
  /** The fields, by field id. */
  fields?: Record<string, SrWebFormFieldMetadata> | null | undefined;
  [key: string]: unknown;
}

/** The ids of the files submitted for an activity (SR `ActivityAssignmentAttachments`). */
export interface SrActivityAssignmentAttachments {
  /** The files' ids. */
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
