/**
 * The unified configuration models: reject reasons,
 * departments, offices, sources and their types, job interview stages.
 */

import type {
  SrHiringProcess,
  SrPredefinedLocation,
  SrReason,
  SrSource,
  SrSourceType,
} from '../sr/configuration.js';
import type { SrDepartment } from '../sr/job.js';
import * as z from '../zod.js';
import {
  baseModelShape,
  JobLocationSchema,
  type ModelOf,
  NamedRefSchema,
  type WithCustomMappings,
} from './common.js';
import { APPLICATION_STATUSES, REJECT_REASON_KINDS } from './enums.js';
import { NonEmptyStringSchema } from './input-common.js';

/** A reason to reject a candidate, or a candidate's reason to withdraw. */
export const RejectReasonSchema = z.strictObject({
  ...baseModelShape,
  name: z.nullable(z.string()),
  kind: z.enum(REJECT_REASON_KINDS),
});
/** A reject reason without mapping-extension output. */
export type RejectReasonModel = ModelOf<z.output<typeof RejectReasonSchema>, SrReason>;
/** A reject reason; `custom_mappings: M` when a mapping extension is configured. */
export type RejectReason<M = never> = WithCustomMappings<RejectReasonModel, M>;

/** A department. */
export const DepartmentSchema = z.strictObject({
  ...baseModelShape,
  name: z.nullable(z.string()),
  description: z.nullable(z.string()),
});
/** A department without mapping-extension output. */
export type DepartmentModel = ModelOf<z.output<typeof DepartmentSchema>, SrDepartment>;
/** A department; `custom_mappings: M` when a mapping extension is configured. */
export type Department<M = never> = WithCustomMappings<DepartmentModel, M>;

/** Input of `departments.create`. */
export const DepartmentCreateInputSchema = z.strictObject({
  name: NonEmptyStringSchema.check(z.maxLength(400)),
  description: z.optional(NonEmptyStringSchema),
});
/** Input of `departments.create`. */
export type DepartmentCreateInput = z.output<typeof DepartmentCreateInputSchema>;

/** An office: one of the company's predefined locations. */
export const OfficeSchema = z.strictObject({
  ...baseModelShape,
  name: z.nullable(z.string()),
  location: JobLocationSchema,
});
/** An office without mapping-extension output. */
export type OfficeModel = ModelOf<z.output<typeof OfficeSchema>, SrPredefinedLocation>;
/** An office; `custom_mappings: M` when a mapping extension is configured. */
export type Office<M = never> = WithCustomMappings<OfficeModel, M>;

/** A source type with its sub-types (`Job Boards`: `Paid`, `Free`). */
export const SourceTypeSchema = z.strictObject({
  ...baseModelShape,
  name: z.nullable(z.string()),
  subtypes: z.array(NamedRefSchema),
});
/** A source type without mapping-extension output. */
export type SourceTypeModel = ModelOf<z.output<typeof SourceTypeSchema>, SrSourceType>;
/** A source type; `custom_mappings: M` when a mapping extension is configured. */
export type SourceType<M = never> = WithCustomMappings<SourceTypeModel, M>;

/**
 * A source candidates come from (`LinkedIn`, `Employee Referral`). Its `id`, `type.id` and
 * `subtype.id` are what an application's source and a created candidate's `source` take.
 */
export const SourceSchema = z.strictObject({
  ...baseModelShape,
  name: z.nullable(z.string()),
  type: NamedRefSchema,
  subtype: z.nullable(NamedRefSchema),
});
/** A source without mapping-extension output. */
export type SourceModel = ModelOf<z.output<typeof SourceSchema>, SrSource>;
/** A source; `custom_mappings: M` when a mapping extension is configured. */
export type Source<M = never> = WithCustomMappings<SourceModel, M>;

/**
 * A stage of a hiring process: a sub-status of `in_review`, `interview` or `offered`. Its `name`
 * is what an application's `sub_status` takes. The id is `${hiringProcessId}:${SR status}:${index}`.
 */
export const JobInterviewStageSchema = z.strictObject({
  ...baseModelShape,
  name: z.string(),
  /** The application status the stage belongs to. */
  status: z.enum(APPLICATION_STATUSES),
  remote_status: z.string(),
  /** Position within its status, from 0. */
  index: z.number(),
  hiring_process: NamedRefSchema,
});
/** A job interview stage without mapping-extension output (`remote_data` is its hiring process). */
export type JobInterviewStageModel = ModelOf<z.output<typeof JobInterviewStageSchema>, SrHiringProcess>;
/** A job interview stage; `custom_mappings: M` when a mapping extension is configured. */
export type JobInterviewStage<M = never> = WithCustomMappings<JobInterviewStageModel, M>;
