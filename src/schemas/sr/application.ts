/**
 * SmartRecruiters application wire shapes: the candidate x job record and what hangs off it
 * (status history, candidate properties, screening answers), lenient.
 */
import * as z from '../zod.js';

export type {
  SrApplication,
  SrApplicationRecord,
  SrCandidateProperty,
  SrCandidatePropertyValueInput,
  SrCandidateStatus,
  SrScreeningAnswer,
  SrScreeningAnswerField,
  SrScreeningAnswerRecord,
  SrScreeningAnswerValue,
  SrStatusHistoryItem,
} from '../../models/sr/application.js';

import { SrAssignmentSchema } from './candidate.js';
import { SR_APPLICATION_STATUSES, SR_CANDIDATE_PROPERTY_TYPES, SR_SCREENING_ANSWER_TYPES } from './enums.js';

export {
  SR_APPLICATION_STATUSES,
  SR_CANDIDATE_PROPERTY_TYPES,
  SR_SCREENING_ANSWER_TYPES,
  type SrApplicationStatus,
  type SrCandidatePropertyType,
} from './enums.js';

import { SrIdLabelSchema, srActions, srEnum } from './common.js';

/**
 * `Application`: `GET /candidates/{id}/jobs/{jobId}`. It names no candidate or job; its
 * `applicationId` is SmartRecruiters' job application id (the key of the Job Applications and
 * Interviews APIs, the `application_id` of webhook payloads). A candidate's `Assignment` has none.
 */
export const SrApplicationSchema = z.looseObject({
  applicationId: z.nullish(z.string()),
  status: z.nullish(srEnum(SR_APPLICATION_STATUSES)),
  subStatus: z.nullish(z.string()),
  startsOn: z.nullish(z.string()),
  source: z.nullish(z.string()),
  reasonOfRejection: z.nullish(SrIdLabelSchema),
  reasonOfWithdrawal: z.nullish(SrIdLabelSchema),
  actions: srActions('sourceDetails'),
  url: z.nullish(z.string()),
});

/**
 * Either shape of an application: an SR `Application` or a candidate's `Assignment` (which adds
 * `job` and lacks `url`). Every field is optional, so this one schema reads both.
 */
export const SrApplicationRecordSchema = z.extend(SrApplicationSchema, {
  job: SrAssignmentSchema.shape.job,
});

/** An entry of `GET /candidates/{id}/jobs/{jobId}/status/history`. */
export const SrStatusHistoryItemSchema = z.looseObject({
  changedOn: z.nullish(z.string()),
  status: z.nullish(srEnum(SR_APPLICATION_STATUSES)),
  subStatus: z.nullish(z.string()),
  actions: srActions(),
});

/**
 * An item of `GET /candidates/{id}/jobs/{jobId}/properties`. `value` is a string, number,
 * boolean or object (`{code, value}` for CURRENCY) depending on `type`.
 */
export const SrCandidatePropertySchema = z.looseObject({
  id: z.string(),
  label: z.nullish(z.string()),
  type: z.nullish(srEnum(SR_CANDIDATE_PROPERTY_TYPES)),
  value: z.optional(z.unknown()),
  valueLabel: z.nullish(z.string()),
  actions: srActions(),
});

/** `{ id, value? }`: one item of the `PUT /candidates/{id}/jobs/{jobId}/properties` body. */
export const SrCandidatePropertyValueInputSchema = z.looseObject({
  id: z.string(),
  value: z.optional(z.unknown()),
});

/** A value of a screening answer field: `{ id, label }`. */
export const SrScreeningAnswerValueSchema = z.looseObject({
  id: z.nullish(z.string()),
  label: z.nullish(z.string()),
});

/** A field of a screening answer record. */
export const SrScreeningAnswerFieldSchema = z.looseObject({
  id: z.nullish(z.string()),
  label: z.nullish(z.string()),
  values: z.nullish(z.array(SrScreeningAnswerValueSchema)),
});

/** A record of a screening answer. */
export const SrScreeningAnswerRecordSchema = z.looseObject({
  fields: z.nullish(z.array(SrScreeningAnswerFieldSchema)),
});

/** An item of `GET /candidates/{id}/jobs/{jobId}/screening-answers`. */
export const SrScreeningAnswerSchema = z.looseObject({
  id: z.string(),
  type: z.nullish(srEnum(SR_SCREENING_ANSWER_TYPES)),
  category: z.nullish(z.string()),
  name: z.nullish(z.string()),
  label: z.nullish(z.string()),
  records: z.nullish(z.array(SrScreeningAnswerRecordSchema)),
});

/** `CandidateStatus {status*, subStatus, startsOn, reason}`: `PUT …/jobs/{jobId}/status` body. */
export const SrCandidateStatusSchema = z.looseObject({
  status: z.enum(SR_APPLICATION_STATUSES),
  subStatus: z.optional(z.string()),
  startsOn: z.optional(z.string()),
  reason: z.optional(z.string()),
});

/** The candidate properties of an application, as the mappers read them. */
export const SrCandidatePropertiesSchema = z.array(SrCandidatePropertySchema);
/** The screening answers of an application, as the mappers read them. */
export const SrScreeningAnswersSchema = z.array(SrScreeningAnswerSchema);
/** The status history of an application, as the mappers read it. */
export const SrStatusHistorySchema = z.array(SrStatusHistoryItemSchema);
