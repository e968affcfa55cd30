/**
 * SmartRecruiters configuration wire shapes (`/configuration/...`):
 * hiring processes, sources, rejection and withdrawal reasons, predefined locations; lenient.
 * Departments are `SrDepartment` (job.ts).
 */
import * as z from '../zod.js';

export type {
  SrHiringProcess,
  SrPredefinedLocation,
  SrReason,
  SrSource,
  SrSourceDefinition,
  SrSourceSubtype,
  SrSourceType,
} from '../../models/sr/configuration.js';

import { srActions } from './common.js';

/**
 * A hiring process: its sub-statuses per application status (`IN_REVIEW`, `INTERVIEW`,
 * `OFFERED`), each a list of names, in order.
 */
export const SrHiringProcessSchema = z.looseObject({
  id: z.string(),
  name: z.nullish(z.string()),
  active: z.nullish(z.boolean()),
  subStatuses: z.nullish(z.record(z.string(), z.nullish(z.array(z.string())))),
});

/** A source type (`GET /configuration/sources`) with its sub-types. */
export const SrSourceTypeSchema = z.looseObject({
  id: z.string(),
  label: z.nullish(z.string()),
  subtypes: z.nullish(z.array(z.looseObject({ id: z.string(), label: z.nullish(z.string()) }))),
  actions: srActions(),
});

/**
 * A source (`GET /configuration/sources/{sourceType}/values[/{sourceValueId}]`): its sub-type
 * (every source has one), its `sourceIdentifier` (a UUID: what a job application's
 * `sourceIdentifier` and `GET /configuration/sources/{sourceIdentifier}` name it by) and
 * `actions.sourceDetails`.
 */
export const SrSourceSchema = z.looseObject({
  id: z.string(),
  label: z.nullish(z.string()),
  sourceSubType: z.nullish(z.looseObject({ id: z.nullish(z.string()), label: z.nullish(z.string()) })),
  sourceIdentifier: z.nullish(z.string()),
  actions: srActions('sourceDetails'),
});

/**
 * `SourceDefinition`, the answer of `GET /configuration/sources/{sourceIdentifier}` (deleted
 * sources included): the source's label, type and sub-type, without an id.
 */
export const SrSourceDefinitionSchema = z.looseObject({
  label: z.nullish(z.string()),
  type: z.nullish(z.looseObject({ id: z.string() })),
  subType: z.nullish(z.looseObject({ id: z.string() })),
});

/** A rejection or withdrawal reason: `{ id, label }`. */
export const SrReasonSchema = z.looseObject({
  id: z.string(),
  label: z.nullish(z.string()),
});

/**
 * A predefined location (`/configuration/predefined-locations`): one of the company's locations
 * that jobs pick from. SR's public material names the routes only: the fields below are read when
 * present (a location's usual fields, flat, and a `name`), the rest is kept as received.
 */
export const SrPredefinedLocationSchema = z.looseObject({
  id: z.string(),
  name: z.nullish(z.string()),
  country: z.nullish(z.string()),
  countryCode: z.nullish(z.string()),
  region: z.nullish(z.string()),
  regionCode: z.nullish(z.string()),
  city: z.nullish(z.string()),
  address: z.nullish(z.string()),
  postalCode: z.nullish(z.string()),
  remote: z.nullish(z.boolean()),
});
