/**
 * SmartRecruiters configuration wire shapes (`/configuration/...`): hiring processes, sources,
 * rejection and withdrawal reasons, predefined locations; lenient. Departments are `SrDepartment`.
 */
import type { SrActions } from './common.js';

/**
 * A hiring process: its sub-statuses per application status (`IN_REVIEW`, `INTERVIEW`,
 * `OFFERED`), each a list of names, in order.
 */
export interface SrHiringProcess {
  /** The hiring process's id. */
  id: string;
  /** The hiring process's name. */
  name?: string | null | undefined;
  /** Whether the hiring process is active. */
  active?: boolean | null | undefined;
  /** Sub-status names by application status, in order. */
  subStatuses?: Record<string, string[] | null | undefined> | null | undefined;
  [key: string]: unknown;
}

/** A sub-type of a source type: `{ id, label }`. */
export interface SrSourceSubtype {
  /** The sub-type's id. */
  id: string;
  /** The sub-type's label. */
  label?: string | null | undefined;
  [key: string]: unknown;
}

/** A source type (`GET /configuration/sources`) with its sub-types. */
export interface SrSourceType {
  /** The source type's id. */
  id: string;
  /** The source type's label. */
  label?: string | null | undefined;
  /** The source type's sub-types. */
  subtypes?: SrSourceSubtype[] | null | undefined;
  /** Links to related records. */
  actions?: SrActions | null | undefined;
  [key: string]: unknown;
}

/**
 * A source (`GET /configuration/sources/{sourceType}/values[/{sourceValueId}]`): its sub-type
 * (every source has one), its `sourceIdentifier` (a UUID: what a job application's
 * `sourceIdentifier` and `GET /configuration/sources/{sourceIdentifier}` name it by) and
 * `actions.sourceDetails`.
 */
export interface SrSource {
  /** The source's id. */
  id: string;
  /** The source's label. */
  label?: string | null | undefined;
  /** The source's sub-type. */
  sourceSubType?:
    | {
        /** The sub-type's id. */
        id?: string | null | undefined;
        /** The sub-type's label. */
        label?: string | null | undefined;
        [key: string]: unknown;
      }
    | null
    | undefined;
  /** The source's UUID, as a job application's `sourceIdentifier` names it. */
  sourceIdentifier?: string | null | undefined;
  /** Links to related records (`sourceDetails`). */
  actions?: SrActions | null | undefined;
  [key: string]: unknown;
}

/**
 * `SourceDefinition`, the answer of `GET /configuration/sources/{sourceIdentifier}` (deleted
 * sources included): the source's label, type and sub-type, without an id.
 */
export interface SrSourceDefinition {
  /** The source's label. */
  label?: string | null | undefined;
  /** The source's type. */
  type?:
    | {
        /** The source type's id. */
        id: string;
        [key: string]: unknown;
      }
    | null
    | undefined;
  /** The source's sub-type. */
  subType?:
    | {
        /** The source sub-type's id. */
        id: string;
        [key: string]: unknown;
      }
    | null
    | undefined;
  [key: string]: unknown;
}

/** A rejection or withdrawal reason: `{ id, label }`. */
export interface SrReason {
  /** The reason's id. */
  id: string;
  /** The reason's label. */
  label?: string | null | undefined;
  [key: string]: unknown;
}

/**
 * A predefined location (`/configuration/predefined-locations`): one of the company's locations
 * that jobs pick from. SR's public material names the routes only: the fields below are read when
 * present (a location's usual fields, flat, and a `name`), the rest is kept as received.
 */
export interface SrPredefinedLocation {
  /** The location's id. */
  id: string;
  /** The location's name. */
  name?: string | null | undefined;
  /** Country. */
  country?: string | null | undefined;
  /** Country code. */
  countryCode?: string | null | undefined;
  /** Region (state, province...). */
  region?: string | null | undefined;
  /** Region code; SmartRecruiters advises it for the United States only. */
  regionCode?: string | null | undefined;
  /** City. */
  city?: string | null | undefined;
  /** Street address. */
  address?: string | null | undefined;
  /** Postal code. */
  postalCode?: string | null | undefined;
  /** Whether the location is remote. */
  remote?: boolean | null | undefined;
  [key: string]: unknown;
}
