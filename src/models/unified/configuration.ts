/**
 * The unified configuration models, as plain interfaces: reject reasons, departments, offices,
 * sources and their types, job interview stages.
 */

import type { ApplicationStatus, RejectReasonKind } from '../../schemas/unified/enums.js';
import type {
  SrHiringProcess,
  SrPredefinedLocation,
  SrReason,
  SrSource,
  SrSourceType,
} from '../sr/configuration.js';
import type { SrDepartment } from '../sr/job.js';
import type { FetchableField, JobLocation, ModelBase, NamedRef, WithCustomMappings } from './common.js';

/** A reason to reject a candidate, or a candidate's reason to withdraw (without mapping-extension output). */
export interface RejectReasonModel extends ModelBase<SrReason> {
  /**
   * Fields this record lacks because they were not fetched: their `null` or `[]` means "unknown",
   * not "empty". Empty when the record is complete.
   */
  not_fetched: Array<FetchableField<RejectReasonModel>>;
  /** SR `label`. */
  name: string | null;
  /** Whether it is a rejection reason or a withdrawal reason. */
  kind: RejectReasonKind;
}
/** A reject reason; `custom_mappings: M` when a mapping extension is configured. */
export type RejectReason<M = never> = WithCustomMappings<RejectReasonModel, M>;

/** A department (without mapping-extension output). */
export interface DepartmentModel extends ModelBase<SrDepartment> {
  /**
   * Fields this record lacks because they were not fetched: their `null` or `[]` means "unknown",
   * not "empty". Empty when the record is complete.
   */
  not_fetched: Array<FetchableField<DepartmentModel>>;
  /** SR `label`. */
  name: string | null;
  /** SR `description`. */
  description: string | null;
}
/** A department; `custom_mappings: M` when a mapping extension is configured. */
export type Department<M = never> = WithCustomMappings<DepartmentModel, M>;

/** Input of `departments.create`. */
export interface DepartmentCreateInput {
  /** At most 400 characters. */
  name: string;
  /** A description of the department. */
  description?: string | undefined;
}

/** An office: one of the company's predefined locations (without mapping-extension output). */
export interface OfficeModel extends ModelBase<SrPredefinedLocation> {
  /**
   * Fields this record lacks because they were not fetched: their `null` or `[]` means "unknown",
   * not "empty". Empty when the record is complete.
   */
  not_fetched: Array<FetchableField<OfficeModel>>;
  /** SR `name` of the location. */
  name: string | null;
  /** The location's address fields. */
  location: JobLocation;
}
/** An office; `custom_mappings: M` when a mapping extension is configured. */
export type Office<M = never> = WithCustomMappings<OfficeModel, M>;

/** A source type with its sub-types (`Job Boards`: `Paid`, `Free`), without mapping-extension output. */
export interface SourceTypeModel extends ModelBase<SrSourceType> {
  /**
   * Fields this record lacks because they were not fetched: their `null` or `[]` means "unknown",
   * not "empty". Empty when the record is complete.
   */
  not_fetched: Array<FetchableField<SourceTypeModel>>;
  /** SR `label`. */
  name: string | null;
  /** SR `subtypes`: a source of this type has one of them. */
  subtypes: NamedRef[];
}
/** A source type; `custom_mappings: M` when a mapping extension is configured. */
export type SourceType<M = never> = WithCustomMappings<SourceTypeModel, M>;

/**
 * A source candidates come from (`LinkedIn`, `Employee Referral`), without mapping-extension
 * output. Its `id`, `type.id` and `subtype.id` are what an application's source and a created
 * candidate's `source` take.
 */
export interface SourceModel extends ModelBase<SrSource> {
  /**
   * Fields this record lacks because they were not fetched: their `null` or `[]` means "unknown",
   * not "empty". Empty when the record is complete.
   */
  not_fetched: Array<FetchableField<SourceModel>>;
  /** SR `label`. */
  name: string | null;
  /** The source type. */
  type: NamedRef;
  /** SR `sourceSubType`. */
  subtype: NamedRef | null;
}
/** A source; `custom_mappings: M` when a mapping extension is configured. */
export type Source<M = never> = WithCustomMappings<SourceModel, M>;

/**
 * A stage of a hiring process: a sub-status of `in_review`, `interview` or `offered`, without
 * mapping-extension output (`remote_data` is its hiring process). Its `name` is what an
 * application's `sub_status` takes. The id is `${hiringProcessId}:${SR status}:${index}`.
 */
export interface JobInterviewStageModel extends ModelBase<SrHiringProcess> {
  /**
   * Fields this record lacks because they were not fetched: their `null` or `[]` means "unknown",
   * not "empty". Empty when the record is complete.
   */
  not_fetched: Array<FetchableField<JobInterviewStageModel>>;
  /** The sub-status. */
  name: string;
  /** The application status the stage belongs to. */
  status: ApplicationStatus;
  /** SR's status as sent. */
  remote_status: string;
  /** Position within its status, from 0. */
  index: number;
  /** The hiring process. */
  hiring_process: NamedRef;
}
/** A job interview stage; `custom_mappings: M` when a mapping extension is configured. */
export type JobInterviewStage<M = never> = WithCustomMappings<JobInterviewStageModel, M>;
