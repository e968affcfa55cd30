/** The unified Application model (candidate x job) and its write inputs, as plain interfaces. */

import type { SrCandidatePropertyType } from '../../schemas/sr/enums.js';
import type { ApplicationOutcome, ApplicationStatus, CustomFieldType } from '../../schemas/unified/enums.js';
import type { SrApplicationRecord } from '../sr/application.js';
import type { NewCandidateInput } from './candidate.js';
import type { CustomField, FetchableField, ModelBase, NamedRef, WithCustomMappings } from './common.js';
import type { ApplicationSourceInput, DateTimeInput } from './input-common.js';

/** A value of a screening answer field. */
export interface ScreeningAnswerValue {
  /** SR's id of the value (a chosen option), `null` for free text. */
  id: string | null;
  /** The value as shown (or as typed). */
  label: string | null;
}

/** A field of a screening answer record. */
export interface ScreeningAnswerField {
  /** SR's id of the field. */
  id: string | null;
  /** The field as shown. */
  label: string | null;
  /** The candidate's values. */
  values: ScreeningAnswerValue[];
}

/** A screening answer: the question and the candidate's records of field values. */
export interface ScreeningAnswer {
  /** SR's id of the question. */
  id: string;
  /** SR's `name` of the question. */
  name: string | null;
  /** The question as shown (SR `label`). */
  question: string | null;
  /** SR question type (`text`, `select`, `languages`...). */
  type: string | null;
  /** A UUID for custom questions, another value for library questions. */
  category: string | null;
  /** The candidate's answers: one record per answer, each with its fields. */
  records: Array<{
    /** The fields of one answer. */
    fields: ScreeningAnswerField[];
  }>;
}

/**
 * Where an application came from: SR's source value with its type (and sub-type when SR gives
 * it), read from the application's `actions.sourceDetails` link. It round-trips:
 * `applications.create({ source })` and `applications.updateSource(id, source)` take it as it is.
 */
export interface ApplicationSource {
  /** SR's source value id (`sourceId`). */
  id: string;
  /** SR's label of the source. */
  name: string | null;
  /** SR's source type id (`sourceTypeId`, e.g. `AGENCIES`). */
  type_id: string;
  /** SR's source sub-type id (`sourceSubTypeId`), `null` when SR does not give it. */
  sub_type_id: string | null;
}

/**
 * An application without mapping-extension output (SR `Application` or a candidate's
 * `Assignment`). Its `id` is `${candidateId}:${jobId}`; SR's application has no dates of its
 * own: `created_at` is its first status change, `updated_at` its latest.
 */
export interface ApplicationModel extends ModelBase<SrApplicationRecord> {
  /**
   * Fields this record lacks because they were not fetched (a list item, an `include` not asked
   * for): their `null` or `[]` means "unknown", not "empty". Empty when the record is complete.
   */
  not_fetched: Array<FetchableField<ApplicationModel>>;
  /** The candidate. */
  candidate: NamedRef;
  /** The job. */
  job: NamedRef;
  /** SR `status`, lowercased. */
  status: ApplicationStatus;
  /** SR's status as sent. */
  remote_status: string | null;
  /** SR `subStatus`: the hiring-process step (see `jobInterviewStages`). */
  sub_status: string | null;
  /** `hired` for HIRED, `declined` for REJECTED and WITHDRAWN, else `pending`. */
  outcome: ApplicationOutcome;
  /** Where the application came from, `null` when SmartRecruiters names no source. */
  source: ApplicationSource | null;
  /** SR `reasonOfRejection`. */
  reject_reason: NamedRef | null;
  /** SR `reasonOfWithdrawal`. */
  withdraw_reason: NamedRef | null;
  /** SR `startsOn`: the start date of a hire. */
  starts_at: string | null;
  /** When the candidate applied (from the status history). */
  applied_at: string | null;
  /** When the application was rejected (from the status history). */
  rejected_at: string | null;
  /** When the candidate was hired (from the status history). */
  hired_at: string | null;
  /** The application in SmartRecruiters' web app. */
  web_url: string | null;
  /**
   * SmartRecruiters' job application id (`applicationId` of `GET /candidates/{id}/jobs/{jobId}`):
   * what the Interviews and Job Applications APIs take, and the `application_id` of webhook
   * payloads. `null`, and listed in `not_fetched`, on an application read from a candidate's
   * record (`applications.list()` without `hydrate`); `null` when SmartRecruiters' answer has none.
   */
  job_application_id: string | null;
  /** Candidate properties of the application. */
  custom_fields: CustomField[];
  /** `null` unless screening answers were fetched. */
  screening_answers: ScreeningAnswer[] | null;
}
/** An application; `custom_mappings: M` when a mapping extension is configured. */
export type Application<M = never> = WithCustomMappings<ApplicationModel, M>;

// ---- write inputs ----

/**
 * Input of `applications.create`: a new candidate onto a job (SR `POST /jobs/{jobId}/candidates`,
 * the only documented way), attributed to `source`.
 */
export interface ApplicationCreateInput {
  /** The job to apply the new candidate to. */
  job_id: string;
  /** The new candidate. */
  candidate: NewCandidateInput;
  /** Where the application comes from (SR defaults to "API" without it). */
  source?: ApplicationSourceInput | undefined;
}

/**
 * Input of `applications.updateStatus` (SR `PUT /candidates/{id}/jobs/{jobId}/status`), in
 * unified words: move to a stage (with a hiring-process `sub_status` where SR has them), reject
 * or withdraw with a reason id (`GET /configuration/rejection-reasons` / `withdrawal-reasons`),
 * hire with a start date.
 */
export type ApplicationStatusUpdateInput =
  | {
      /** Back to the start of the process, or transferred. */
      status: 'lead' | 'new' | 'transferred';
    }
  | {
      /** A stage of the process. */
      status: 'in_review' | 'interview' | 'offered';
      /** A hiring-process step of the status (a job interview stage's `name`). */
      sub_status?: string | undefined;
    }
  | {
      /** Rejected by the company. */
      status: 'rejected';
      /** A rejection reason id. */
      reason_id: string;
    }
  | {
      /** Withdrawn by the candidate. */
      status: 'withdrawn';
      /** A withdrawal reason id. */
      reason_id: string;
    }
  | {
      /** Hired. */
      status: 'hired';
      /** The start date. */
      starts_at?: DateTimeInput | undefined;
    };

/**
 * One candidate property write (SR `PUT /candidates/{id}/jobs/{jobId}/properties`). `value` in
 * SR's format for the property's type; `null` or no `value` resets the property. When the type is
 * known (`type` here, or the definitions passed to the mapper) the value is checked against it.
 */
export interface CustomFieldValueInput {
  /** The property id. */
  id: string;
  /** The value in SR's format for the type; `null` or absent resets the property. */
  value?: unknown;
  /** The property's type, to check `value` against it before sending. */
  type?: CustomFieldType | undefined;
}

/** A custom field type as SR spells it, for callers that hold SR definitions. */
export type CustomFieldTypeLike = CustomFieldType | SrCandidatePropertyType | (string & {});
