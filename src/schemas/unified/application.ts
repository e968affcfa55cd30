/** Schemas of the unified Application model (candidate x job), its write inputs and list parameters. */
import * as refinements from '../refinements.js';
import * as z from '../zod.js';

export type {
  Application,
  ApplicationCreateInput,
  ApplicationModel,
  ApplicationSource,
  ApplicationStatusUpdateInput,
  CustomFieldTypeLike,
  CustomFieldValueInput,
  ScreeningAnswer,
  ScreeningAnswerField,
  ScreeningAnswerValue,
} from '../../models/unified/application.js';

import { NewCandidateInputSchema } from './candidate.js';
import { baseModelShape, CustomFieldSchema, NamedRefSchema } from './common.js';
import {
  APPLICATION_OUTCOMES,
  APPLICATION_STATUSES,
  CUSTOM_FIELD_TYPES,
  type CustomFieldType,
} from './enums.js';
import {
  ApplicationSourceInputSchema,
  CountryCodeSchema,
  CurrencyCodeSchema,
  DateTimeInputSchema,
  IdSchema,
} from './input-common.js';

/** A value of a screening answer field. */
export const ScreeningAnswerValueSchema = z.strictObject({
  id: z.nullable(z.string()),
  label: z.nullable(z.string()),
});

/** A screening answer: the question and the candidate's records of field values. */
export const ScreeningAnswerSchema = z.strictObject({
  id: z.string(),
  /** SR's `name` of the question. */
  name: z.nullable(z.string()),
  /** The question as shown (SR `label`). */
  question: z.nullable(z.string()),
  /** SR question type (`text`, `select`, `languages`...). */
  type: z.nullable(z.string()),
  /** A UUID for custom questions, another value for library questions. */
  category: z.nullable(z.string()),
  records: z.array(
    z.strictObject({
      fields: z.array(
        z.strictObject({
          id: z.nullable(z.string()),
          label: z.nullable(z.string()),
          values: z.array(ScreeningAnswerValueSchema),
        }),
      ),
    }),
  ),
});

/**
 * Where an application came from: SR's source value with its type (and sub-type when SR gives
 * it), read from the application's `actions.sourceDetails` link. It round-trips:
 * `applications.create({ source })` and `applications.updateSource(id, source)` take it as it is.
 */
export const ApplicationSourceSchema = z.strictObject({
  /** SR's source value id (`sourceId`). */
  id: z.string(),
  /** SR's label of the source. */
  name: z.nullable(z.string()),
  /** SR's source type id (`sourceTypeId`, e.g. `AGENCIES`). */
  type_id: z.string(),
  /** SR's source sub-type id (`sourceSubTypeId`), `null` when SR does not give it. */
  sub_type_id: z.nullable(z.string()),
});

/** The unified Application (SR `Application` or a candidate's `Assignment`). */
export const ApplicationSchema = z.strictObject({
  ...baseModelShape,
  candidate: NamedRefSchema,
  job: NamedRefSchema,
  status: z.enum(APPLICATION_STATUSES),
  remote_status: z.nullable(z.string()),
  sub_status: z.nullable(z.string()),
  outcome: z.enum(APPLICATION_OUTCOMES),
  source: z.nullable(ApplicationSourceSchema),
  reject_reason: z.nullable(NamedRefSchema),
  withdraw_reason: z.nullable(NamedRefSchema),
  starts_at: z.nullable(z.string()),
  applied_at: z.nullable(z.string()),
  rejected_at: z.nullable(z.string()),
  hired_at: z.nullable(z.string()),
  web_url: z.nullable(z.string()),
  /**
   * SmartRecruiters' job application id (`applicationId` of `GET /candidates/{id}/jobs/{jobId}`):
   * what the Interviews and Job Applications APIs take, and the `application_id` of webhook
   * payloads. `null`, and listed in `not_fetched`, on an application read from a candidate's
   * record (`applications.list()` without `hydrate`); `null` when SmartRecruiters' answer has none.
   */
  job_application_id: z.nullable(z.string()),
  custom_fields: z.array(CustomFieldSchema),
  /** `null` unless screening answers were fetched. */
  screening_answers: z.nullable(z.array(ScreeningAnswerSchema)),
});

// ---- write inputs ----

/**
 * Create an application: a new candidate onto a job (SR `POST /jobs/{jobId}/candidates`, the only
 * documented way), attributed to `source`.
 */
export const ApplicationCreateInputSchema = z.strictObject({
  job_id: IdSchema,
  candidate: NewCandidateInputSchema,
  source: z.optional(ApplicationSourceInputSchema),
});

/**
 * Change an application's status (SR `PUT /candidates/{id}/jobs/{jobId}/status`), in unified
 * words: move to a stage (with a hiring-process `sub_status` where SR has them), reject or withdraw
 * with a reason id (`GET /configuration/rejection-reasons` / `withdrawal-reasons`), hire with a
 * start date.
 */
export const ApplicationStatusUpdateInputSchema = z.discriminatedUnion('status', [
  z.strictObject({ status: z.enum(['lead', 'new', 'transferred']) }),
  z.strictObject({
    status: z.enum(['in_review', 'interview', 'offered']),
    sub_status: z.optional(IdSchema),
  }),
  z.strictObject({ status: z.literal('rejected'), reason_id: IdSchema }),
  z.strictObject({ status: z.literal('withdrawn'), reason_id: IdSchema }),
  z.strictObject({ status: z.literal('hired'), starts_at: z.optional(DateTimeInputSchema) }),
]);

/**
 * One candidate property write (SR `PUT /candidates/{id}/jobs/{jobId}/properties`). `value`
 * in SR's format for the property's type; `null` or no `value` resets the property. When the type
 * is known (`type` here, or the definitions passed to the mapper) the value is checked against it.
 */
export const CustomFieldValueInputSchema = z.strictObject({
  id: IdSchema,
  value: z.optional(z.nullable(z.unknown())),
  type: z.optional(z.enum(CUSTOM_FIELD_TYPES)),
});

const finiteNumber = z.number().check(z.refine(Number.isFinite, 'expected a finite number'));

/**
 * SR's value format for each candidate property type: BOOLEAN
 * boolean, COUNTRY ISO-3166-1 alpha-2, CURRENCY `{ code, value }`, DATE ISO-8601, NUMBER/PERCENT
 * number, REGION ISO-3166-2, SINGLE_SELECT value id, TEXT string, USER user id. Codes are accepted
 * in either case (the mapper sends them in the case SR wants).
 */
export const CUSTOM_FIELD_VALUE_SCHEMAS: Readonly<Record<CustomFieldType, z.ZodMiniType>> = {
  boolean: z.boolean(),
  country: CountryCodeSchema,
  currency: z.strictObject({ code: CurrencyCodeSchema, value: finiteNumber }),
  date: DateTimeInputSchema,
  number: finiteNumber,
  percent: finiteNumber,
  region: z
    .string()
    .check(z.regex(/^[A-Za-z]{2}-[A-Za-z0-9]{1,3}$/, 'expected an ISO-3166-2 code such as us-wa')),
  single_select: z.string().check(z.minLength(1)),
  text: z.string(),
  user: z.string().check(z.minLength(1)),
};

/** A value for a property whose type is not known: any of the shapes SR's values take. */
export const UnknownCustomFieldValueSchema = z.union(
  [z.string(), z.number(), z.boolean(), z.looseObject({ code: z.string(), value: z.number() })],
  { error: 'expected a string, number, boolean or { code, value }' },
);

/** Several candidate property writes: at least one, each property once. */
export const CustomFieldValuesInputSchema = z
  .array(CustomFieldValueInputSchema)
  .check(z.minLength(1), z.superRefine(refinements.eachPropertyOnce));
