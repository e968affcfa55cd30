/**
 * The unified SmartOnboard models, as plain interfaces: a new hire, their onboarding process, the
 * process's assignments and what the new hire submitted in a web form
 * (https://developers.smartrecruiters.com/reference, SmartOnboard API).
 */

import type {
  SrActivityAssignment,
  SrFillablePdfFormAssignment,
  SrNewHire,
  SrOnboardingProcess,
  SrWebFormAnswers,
  SrWebFormAssignment,
} from '../../routes/smartonboard.js';
import type { OnboardingAssignmentKind } from '../../schemas/unified/enums.js';
import type { Email, FetchableField, IdRef, Phone, Url, WithCustomMappings } from './common.js';

/** A new hire without mapping-extension output: the person being onboarded. */
export interface NewHireModel {
  /** SR's new hire id (the `new_hire_id` of `onboarding.*` webhook payloads). */
  id: string;
  /** SmartOnboard gives no dates for a new hire: `null`. */
  created_at: string | null;
  /** `null`, as `created_at`. */
  updated_at: string | null;
  /** Fields not fetched: always empty. */
  not_fetched: Array<FetchableField<NewHireModel>>;
  /** The SR new hire as received; absent with `includeRemoteData: false`. */
  remote_data?: SrNewHire;
  /** First name (SR `firstName`). */
  first_name: string | null;
  /** Last name (SR `lastName`). */
  last_name: string | null;
  /** First and last name. */
  name: string | null;
  /** The new hire's email (one, primary). */
  emails: Email[];
  /** The new hire's phone number (SR `phone`), when SmartOnboard has one. */
  phones: Phone[];
  /** Social profiles and website (SR `socialMedia`); Indeed profiles are `other`. */
  urls: Url[];
}

/** A new hire; `custom_mappings: M` when a mapping extension is configured. */
export type NewHire<M = never> = WithCustomMappings<NewHireModel, M>;

/** An onboarding process without mapping-extension output: one new hire's onboarding for one job. */
export interface OnboardingProcessModel {
  /** SR's process id (the `onboarding_process_id` of `onboarding.*` webhook payloads). */
  id: string;
  /** SmartOnboard gives no dates for a process: `null`. */
  created_at: string | null;
  /** `null`, as `created_at`. */
  updated_at: string | null;
  /** Fields not fetched: always empty. */
  not_fetched: Array<FetchableField<OnboardingProcessModel>>;
  /** The SR process as received; absent with `includeRemoteData: false`. */
  remote_data?: SrOnboardingProcess;
  /** The new hire being onboarded (SR `newHireId`). */
  new_hire: IdRef | null;
  /** The job they were hired on (SR `jobId`). */
  job: IdRef | null;
  /**
   * SmartRecruiters' job application id of the hire (SR `applicationId`): the
   * `job_application_id` of the unified Application, and what the Interviews and Job Applications
   * APIs take.
   */
  job_application_id: string | null;
  /** The first working day (SR `employmentStartDate`, `YYYY-MM-DD`). */
  starts_at: string | null;
}

/** An onboarding process; `custom_mappings: M` when a mapping extension is configured. */
export type OnboardingProcess<M = never> = WithCustomMappings<OnboardingProcessModel, M>;

/** An assignment of an onboarding process, without mapping-extension output. */
export interface OnboardingAssignmentModel {
  /** SR's assignment id: what `formAnswers`, `formFields`, `attachments` and `downloadPdfForm` take. */
  id: string;
  /** SmartOnboard gives no dates for an assignment: `null`. */
  created_at: string | null;
  /** `null`, as `created_at`. */
  updated_at: string | null;
  /** Fields not fetched: always empty. */
  not_fetched: Array<FetchableField<OnboardingAssignmentModel>>;
  /** The SR assignment as received; absent with `includeRemoteData: false`. */
  remote_data?: SrActivityAssignment | SrWebFormAssignment | SrFillablePdfFormAssignment;
  /** `activity` (a task, perhaps with files to upload), `web_form`, `fillable_pdf_form`; `other` for a kind SmartOnboard adds. */
  kind: OnboardingAssignmentKind;
  /** The list SmartOnboard gave it in (`activityAssignments`...). */
  remote_kind: string;
  /** The process it belongs to. */
  process: IdRef | null;
  /** The assignment's title. */
  title: string | null;
  /** What the new hire is asked to do. */
  description: string | null;
  /** Whether it is marked high priority (SR `isHighPriority`). */
  is_high_priority: boolean | null;
  /** Whether what the new hire submits is sensitive (personal data). */
  has_sensitive_data: boolean | null;
  /** Activities only: whether the new hire must upload files; `null` for other kinds. */
  is_file_upload_required: boolean | null;
  /** Fillable PDF forms only: the form's file name; `null` for other kinds. */
  file_name: string | null;
}

/** An onboarding assignment; `custom_mappings: M` when a mapping extension is configured. */
export type OnboardingAssignment<M = never> = WithCustomMappings<OnboardingAssignmentModel, M>;

/** One answered field of a web form. */
export interface FormAnswer {
  /** SR's field id. */
  field_id: string;
  /** The field's key for integrations, when the form's author set one. */
  integration_key: string | null;
  /** The field's title; `null` unless the form's fields were read (`fields: true`). */
  title: string | null;
  /** The field's type (SmartOnboard's name); `null` unless the form's fields were read. */
  type: string | null;
  /** Whether the field is required; `null` unless the form's fields were read. */
  is_required: boolean | null;
  /** The values given (several for a multiple choice). */
  values: string[];
}

/** What a new hire submitted in a web form assignment, without mapping-extension output. */
export interface FormAnswersModel {
  /** The web form assignment's id. */
  id: string;
  /** SmartOnboard gives no submission date: `null`. */
  created_at: string | null;
  /** `null`, as `created_at`. */
  updated_at: string | null;
  /**
   * `[]` when the form's fields were read (`fields: true`), else `['unanswered_fields']`: the
   * answers' `title`, `type` and `is_required` are then `null` too.
   */
  not_fetched: Array<FetchableField<FormAnswersModel>>;
  /** SR's answers as received; absent with `includeRemoteData: false`. */
  remote_data?: SrWebFormAnswers;
  /** The web form assignment. */
  assignment: IdRef;
  /** The answered fields, in the order SmartOnboard gave them. */
  answers: FormAnswer[];
  /**
   * The form's fields the new hire gave no answer to (`values: []`), read with `fields: true`;
   * `null` when the fields were not read.
   */
  unanswered_fields: FormAnswer[] | null;
}

/** A web form's answers; `custom_mappings: M` when a mapping extension is configured. */
export type FormAnswers<M = never> = WithCustomMappings<FormAnswersModel, M>;

/** A file the new hire submitted for an activity: SmartOnboard lists ids only. */
export interface OnboardingAttachment {
  /** SR's attachment id: what `downloadAttachment` takes with the activity. */
  id: string;
  /** The activity assignment. */
  assignment: IdRef;
}

/** Parameters of the onboarding lists (SmartOnboard returns them whole; `limit` and `cursor` page them). */
export interface OnboardingListParams {
  /** Page size, 1 to 100. Default: the whole list in one page. */
  limit?: number | undefined;
  /** `next_cursor` of the previous page. */
  cursor?: string | undefined;
}
