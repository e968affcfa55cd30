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
  changedOn?: string | null | undefined;
  status?: Open<SrApplicationStatus> | null | undefined;
  subStatus?: string | null | undefined;
  actions?: SrActions | null | undefined;
  [key: string]: unknown;
}

/**
 * An item of `GET /candidates/{id}/jobs/{jobId}/properties`: an application-level custom field.
 * `value` is a string, number, boolean or object (`{code, value}` for CURRENCY) depending on `type`.
 */
export interface SrCandidateProperty {
  id: string;
  label?: string | null | undefined;
  type?: Open<SrCandidatePropertyType> | null | undefined;
  value?: unknown;
  valueLabel?: string | null | undefined;
  actions?: SrActions | null | undefined;
  [key: string]: unknown;
}

/**
 * `{ id, value? }`: one item of the `PUT /candidates/{id}/jobs/{jobId}/properties` body; without
 * `value` it resets the property.
 */
export interface SrCandidatePropertyValueInput {
  id: string;
  value?: unknown;
  [key: string]: unknown;
}

/** A value of a screening answer field: `{ id, label }`. */
export interface SrScreeningAnswerValue {
  id?: string | null | undefined;
  label?: string | null | undefined;
  [key: string]: unknown;
}

/** A field of a screening answer record. */
export interface SrScreeningAnswerField {
  id?: string | null | undefined;
  label?: string | null | undefined;
  values?: SrScreeningAnswerValue[] | null | undefined;
  [key: string]: unknown;
}

/** A record of a screening answer. */
export interface SrScreeningAnswerRecord {
  fields?: SrScreeningAnswerField[] | null | undefined;
  [key: string]: unknown;
}

/** An item of `GET /candidates/{id}/jobs/{jobId}/screening-answers`. */
export interface SrScreeningAnswer {
  id: string;
  type?: Open<SrScreeningAnswerType> | null | undefined;
  /** A UUID for custom questions, another value for library questions. */
  category?: string | null | undefined;
  name?: string | null | undefined;
  /** The question as shown. */
  label?: string | null | undefined;
  records?: SrScreeningAnswerRecord[] | null | undefined;
  [key: string]: unknown;
}

/** `CandidateStatus {status*, subStatus, startsOn, reason}`: the body of `PUT …/jobs/{jobId}/status`. */
export interface SrCandidateStatus {
  status: SrApplicationStatus;
  subStatus?: string | undefined;
  startsOn?: string | undefined;
  /** Id of the rejection or withdrawal reason. */
  reason?: string | undefined;
  [key: string]: unknown;
}
