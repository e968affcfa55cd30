/**
 * Configuration mappers: SR rejection and withdrawal reasons, departments, predefined locations
 * (offices), sources and source types, hiring process sub-statuses (job interview stages) ->
 * unified models; and the body of a department create.
 */

import {
  SrHiringProcessSchema,
  SrPredefinedLocationSchema,
  SrReasonSchema,
  SrSourceSchema,
  SrSourceTypeSchema,
} from '../schemas/compiled/sr/configuration.js';
import { SrDepartmentSchema } from '../schemas/compiled/sr/job.js';
import { DepartmentCreateInputSchema } from '../schemas/compiled/unified/configuration.js';
import type {
  SrHiringProcess,
  SrPredefinedLocation,
  SrReason,
  SrSource,
  SrSourceType,
} from '../schemas/sr/configuration.js';
import { SR_SUB_STATUS_STATUSES } from '../schemas/sr/enums.js';
import type { SrDepartment } from '../schemas/sr/job.js';
import type { SrDepartmentInput } from '../schemas/sr/wire.js';
import type { NamedRef } from '../schemas/unified/common.js';
import type {
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
} from '../schemas/unified/configuration.js';
import type { RejectReasonKind } from '../schemas/unified/enums.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import { toUnifiedApplicationStatus } from './application.js';
import type { MapperContext } from './context.js';
import { finish, orNull, parseLeniently, rawId, warningSink } from './shared.js';

/** Options of `toUnifiedRejectReason`: which list the reason came from. */
export interface RejectReasonMapperContext<M = never> extends MapperContext<M, SrReason, RejectReasonModel> {
  /** `rejection` (`/configuration/rejection-reasons`) or `withdrawal` (`…/withdrawal-reasons`). */
  kind: RejectReasonKind;
}

/** Maps an SR rejection or withdrawal reason (`{ id, label }`). */
export function toUnifiedRejectReason<M = never>(
  raw: unknown,
  context: RejectReasonMapperContext<M>,
): RejectReason<M> {
  const sink = warningSink(context.warnings, rawId(raw), `${context.kind} reason`);
  const reason = parseLeniently(SrReasonSchema, raw, sink);
  const unified: RejectReasonModel = {
    id: reason.id,
    created_at: null,
    updated_at: null,
    not_fetched: [],
    name: orNull(reason.label),
    kind: context.kind,
  };
  return finish(unified, raw, reason, context);
}

/** Options of `toUnifiedDepartment`. */
export type DepartmentMapperContext<M = never> = MapperContext<M, SrDepartment, DepartmentModel>;

/** Maps an SR department (`{ id, label, description }`). */
export function toUnifiedDepartment<M = never>(
  raw: unknown,
  context: DepartmentMapperContext<M> = {},
): Department<M> {
  const sink = warningSink(context.warnings, rawId(raw), 'department');
  const department = parseLeniently(SrDepartmentSchema, raw, sink);
  const unified: DepartmentModel = {
    id: department.id,
    created_at: null,
    updated_at: null,
    not_fetched: [],
    name: orNull(department.label),
    description: orNull(department.description),
  };
  return finish(unified, raw, department, context);
}

/**
 * Body of `POST /configuration/departments`.
 *
 * @throws ValidationError on invalid input
 */
export function toSrDepartmentInput(input: DepartmentCreateInput): SrDepartmentInput {
  const parsed = parseInput(DepartmentCreateInputSchema, input, 'department create input');
  return parsed.description === undefined
    ? { label: parsed.name }
    : { label: parsed.name, description: parsed.description };
}

/** Options of `toUnifiedOffice`. */
export type OfficeMapperContext<M = never> = MapperContext<M, SrPredefinedLocation, OfficeModel>;

/** Maps an SR predefined location to an Office: its `name` and address fields. */
export function toUnifiedOffice<M = never>(raw: unknown, context: OfficeMapperContext<M> = {}): Office<M> {
  const sink = warningSink(context.warnings, rawId(raw), 'predefined location');
  const place = parseLeniently(SrPredefinedLocationSchema, raw, sink);
  const unified: OfficeModel = {
    id: place.id,
    created_at: null,
    updated_at: null,
    not_fetched: [],
    name: orNull(place.name),
    location: {
      city: orNull(place.city),
      region: orNull(place.region),
      country: orNull(place.country),
      country_code: orNull(place.countryCode),
      postal_code: orNull(place.postalCode),
      address: orNull(place.address),
      is_remote: orNull(place.remote),
    },
  };
  return finish(unified, raw, place, context);
}

/** Options of `toUnifiedSourceType`. */
export type SourceTypeMapperContext<M = never> = MapperContext<M, SrSourceType, SourceTypeModel>;

/** Maps an SR source type with its sub-types. */
export function toUnifiedSourceType<M = never>(
  raw: unknown,
  context: SourceTypeMapperContext<M> = {},
): SourceType<M> {
  const sink = warningSink(context.warnings, rawId(raw), 'source type');
  const type = parseLeniently(SrSourceTypeSchema, raw, sink);
  const unified: SourceTypeModel = {
    id: type.id,
    created_at: null,
    updated_at: null,
    not_fetched: [],
    name: orNull(type.label),
    subtypes: (type.subtypes ?? []).map((sub) => ({ id: sub.id, name: orNull(sub.label) })),
  };
  return finish(unified, raw, type, context);
}

/** Options of `toUnifiedSource`. */
export interface SourceMapperContext<M = never> extends MapperContext<M, SrSource, SourceModel> {
  /** The source type the source was listed under (its id; its name when known). */
  type: NamedRef;
  /**
   * Names of the type's sub-types, by id (SR's sources carry the sub-type id only). Without it, a
   * sub-type SR names by id only is listed in `not_fetched`.
   */
  subtypeNames?: ReadonlyMap<string, string | null> | undefined;
}

/** Maps an SR source (a value of a source type). */
export function toUnifiedSource<M = never>(raw: unknown, context: SourceMapperContext<M>): Source<M> {
  const sink = warningSink(context.warnings, rawId(raw), 'source');
  const source = parseLeniently(SrSourceSchema, raw, sink);
  const subtypeId = source.sourceSubType?.id;
  const subtype = subtypeId
    ? { id: subtypeId, name: source.sourceSubType?.label ?? context.subtypeNames?.get(subtypeId) ?? null }
    : null;
  const unified: SourceModel = {
    id: source.id,
    created_at: null,
    updated_at: null,
    // A sub-type's name comes from its type's record: without `subtypeNames` it was not read.
    not_fetched: subtype && subtype.name === null && context.subtypeNames === undefined ? ['subtype'] : [],
    name: orNull(source.label),
    type: { id: context.type.id, name: context.type.name },
    subtype,
  };
  return finish(unified, raw, source, context);
}

/** Options of `toUnifiedJobInterviewStages`. */
export type JobInterviewStageMapperContext<M = never> = MapperContext<
  M,
  SrHiringProcess,
  JobInterviewStageModel
>;

/**
 * The stages of an SR hiring process: its sub-statuses of `IN_REVIEW`, `INTERVIEW` and `OFFERED`
 * (and of any status SR adds), in order. Each stage's `remote_data` is the hiring process.
 */
export function toUnifiedJobInterviewStages<M = never>(
  raw: unknown,
  context: JobInterviewStageMapperContext<M> = {},
): JobInterviewStage<M>[] {
  const sink = warningSink(context.warnings, rawId(raw), 'hiring process');
  const process = parseLeniently(SrHiringProcessSchema, raw, sink);
  const statuses = Object.keys(process.subStatuses ?? {}).sort((a, b) => rank(a) - rank(b));
  return statuses.flatMap((status) =>
    (process.subStatuses?.[status] ?? []).map((name, index) => {
      const unified: JobInterviewStageModel = {
        id: `${process.id}:${status}:${index}`,
        created_at: null,
        updated_at: null,
        not_fetched: [],
        name,
        status: toUnifiedApplicationStatus(status),
        remote_status: status,
        index,
        hiring_process: { id: process.id, name: orNull(process.name) },
      };
      return finish(unified, raw, process, context);
    }),
  );
}

function rank(status: string): number {
  const index = (SR_SUB_STATUS_STATUSES as readonly string[]).indexOf(status);
  return index < 0 ? SR_SUB_STATUS_STATUSES.length : index;
}
