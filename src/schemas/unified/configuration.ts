/**
 * The unified configuration models: reject reasons,
 * departments, offices, sources and their types, job interview stages.
 */

import * as z from '../zod.js';

export type {
  Department,
  DepartmentCreateInput,
  DepartmentModel,
  JobInterviewStage,
  JobInterviewStageModel,
  Office,
  OfficeModel,
  RejectReason,
  RejectReasonModel,
  Source,
  SourceModel,
  SourceType,
  SourceTypeModel,
} from '../../models/unified/configuration.js';

import { baseModelShape, JobLocationSchema, NamedRefSchema } from './common.js';
import { APPLICATION_STATUSES, REJECT_REASON_KINDS } from './enums.js';
import { NonEmptyStringSchema } from './input-common.js';

/** A reason to reject a candidate, or a candidate's reason to withdraw. */
export const RejectReasonSchema = z.strictObject({
  ...baseModelShape,
  name: z.nullable(z.string()),
  kind: z.enum(REJECT_REASON_KINDS),
});

/** A department. */
export const DepartmentSchema = z.strictObject({
  ...baseModelShape,
  name: z.nullable(z.string()),
  description: z.nullable(z.string()),
});

/** Input of `departments.create`. */
export const DepartmentCreateInputSchema = z.strictObject({
  name: NonEmptyStringSchema.check(z.maxLength(400)),
  description: z.optional(NonEmptyStringSchema),
});

/** An office: one of the company's predefined locations. */
export const OfficeSchema = z.strictObject({
  ...baseModelShape,
  name: z.nullable(z.string()),
  location: JobLocationSchema,
});

/** A source type with its sub-types (`Job Boards`: `Paid`, `Free`). */
export const SourceTypeSchema = z.strictObject({
  ...baseModelShape,
  name: z.nullable(z.string()),
  subtypes: z.array(NamedRefSchema),
});

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
