/**
 * SmartRecruiters application wire shapes: the candidate x job record and what hangs off it
 * (status history, candidate properties, screening answers), lenient.
 */
import type {
  SrApplicationStatus,
  SrCandidatePropertyType,
  SrScreeningAnswerType,
} from '../../schemas/sr/enums.js';
import type { SrAssignmentJob } from './candidate.js';
import type { Open, SrActions, SrIdLabel } from './common.js';

/**
 * `Application`: `GET /candidates/{id}/jobs/{jobId}`. It names no candidate or job; its
 * `applicationId` is SmartRecruiters' job application id (the key of the Job Applications and
 * Interviews APIs, the `application_id` of webhook payloads). A candidate's `Assignment` has none.
 */
export interface SrApplication {
  /** SmartRecruiters' job application id. */
  applicationId?: string | null | undefined;
  /** The application's status. */
  status?: Open<SrApplicationStatus> | null | undefined;
  /** The hiring-process step within `status`. */
  subStatus?: string | null | undefined;
  /** Start date of a hire. */
  startsOn?: string | null | undefined;
  /** The source's name. */
  source?: string | null | undefined;
  /** Why the candidate was rejected. */
  reasonOfRejection?: SrIdLabel | null | undefined;
  /** Why the candidate withdrew. */
  reasonOfWithdrawal?: SrIdLabel | null | undefined;
  /** Links; `sourceDetails` names the application's source. */
  actions?: SrActions | null | undefined;
  /** The application in SmartRecruiters' web app. */
  url?: string | null | undefined;
  [key: string]: unknown;
}

/**
 * Either shape of an application: an SR `Application` or a candidate's `Assignment` (which adds
 * `job` and lacks `url`). Every field is optional, so it reads both.
 */
export interface SrApplicationRecord extends SrApplication {
  /** The job (a candidate's assignment names it; SR's `Application` does not). */
  job?: SrAssignmentJob | null | undefined;
}

/** An entry of `GET /candidates/{id}/jobs/{jobId}/status/history`: one status change. */
export interface SrStatusHistoryItem {
  /** When the status changed (ISO-8601). */
  changedOn?: string | null | undefined;
  /** The application status set. */
  status?: Open<SrApplicationStatus> | null | undefined;
  /** The hiring-process step within `status`. */
  subStatus?: string | null | undefined;
  /** Links to related records. */
  actions?: SrActions | null | undefined;
  [key: string]: unknown;
}

/**
 * An item of `GET /candidates/{id}/jobs/{jobId}/properties`: an application-level custom field.
 * `value` is a string, number, boolean or object (`{code, value}` for CURRENCY) depending on `type`.
 */
export interface SrCandidateProperty {
  /** The property's id. */
  id: string;
  /** The property's label. */
  label?: string | null | undefined;
  /** The property's type; it decides the shape of `value`. */
  type?: Open<SrCandidatePropertyType> | null | undefined;
  /** The value: a string, number, boolean or object, depending on `type`. */
  value?: unknown;
  /** Label of the selected option, for a `SINGLE_SELECT` property. */
  valueLabel?: string | null | undefined;
  /** Links to related records. */
  actions?: SrActions | null | undefined;
  [key: string]: unknown;
}

/**
 * `{ id, value? }`: one item of the `PUT /candidates/{id}/jobs/{jobId}/properties` body; without
 * `value` it resets the property.
 */
export interface SrCandidatePropertyValueInput {
  /** The property's id. */
  id: string;
  /** The new value: a string, number, boolean or object; omit it to reset the property. */
  value?: unknown;
  [key: string]: unknown;
}

/** A value of a screening answer field: `{ id, label }`. */
export interface SrScreeningAnswerValue {
  /** The value's id. */
  id?: string | null | undefined;
  /** The value as shown to the candidate. */
  label?: string | null | undefined;
  [key: string]: unknown;
}

/** A field of a screening answer record. */
export interface SrScreeningAnswerField {
  /** The field's id. */
  id?: string | null | undefined;
  /** Field label shown to the candidate; ignore when empty. */
  label?: string | null | undefined;
  /** The answered values; several for a question such as a multi-select dropdown. */
  values?: SrScreeningAnswerValue[] | null | undefined;
  [key: string]: unknown;
}

/** A record of a screening answer. */
export interface SrScreeningAnswerRecord {
  /** The record's fields; several for questions such as work shifts, languages, EEO or currency. */
  fields?: SrScreeningAnswerField[] | null | undefined;
  [key: string]: unknown;
}

/** An item of `GET /candidates/{id}/jobs/{jobId}/screening-answers`. */
export interface SrScreeningAnswer {
  /** Id of the question answered. */
  id: string;
  /** The question's type. */
  type?: Open<SrScreeningAnswerType> | null | undefined;
  /** A UUID for custom questions, another value for library questions. */
  category?: string | null | undefined;
  /** Question name shown to administrators in the questions library. */
  name?: string | null | undefined;
  /** The question as shown. */
  label?: string | null | undefined;
  /** The answer's records; several for questions such as preferred work shifts or languages. */
  records?: SrScreeningAnswerRecord[] | null | undefined;
  [key: string]: unknown;
}

/** `CandidateStatus {status*, subStatus, startsOn, reason}`: the body of `PUT …/jobs/{jobId}/status`. */
export interface SrCandidateStatus {
  /** The new application status. */
  status: SrApplicationStatus;
  /** The hiring-process step within `status`. */
  subStatus?: string | undefined;
  /** Start date of a hire. */
  startsOn?: string | undefined;
  /** Id of the rejection or withdrawal reason. */
  reason?: string | undefined;
  [key: string]: unknown;
}
