/**
 * The Configuration API's routes beyond the ones `Routes` lists in src/routes.ts: job property
 * translations and dependents, a career site by id, and predefined-location writes
 * (developers.smartrecruiters.com/reference, Configuration API). The Configuration API has no path
 * prefix: its paths start with `/configuration`.
 */
import type { Open } from '../routes.js';
import type { SrCareerSite } from '../schemas/sr/wire.js';

/**
 * A language code SmartRecruiters takes for labels and translations (`LanguageCode`: ISO 639-1,
 * with regional variants such as `fr-CA` and `zh-TW`; `iw` is Hebrew). Default `en`.
 */
export type SrLanguageCode = Open<
  | 'af'
  | 'am'
  | 'ar'
  | 'hy'
  | 'az'
  | 'eu'
  | 'bn'
  | 'bg'
  | 'ca'
  | 'zh-CN'
  | 'zh-TW'
  | 'hr'
  | 'cs'
  | 'da'
  | 'nl'
  | 'en-GB'
  | 'en'
  | 'et'
  | 'fi'
  | 'fr'
  | 'fr-CA'
  | 'gl'
  | 'ka'
  | 'de'
  | 'el'
  | 'gu'
  | 'iw'
  | 'hi'
  | 'hu'
  | 'is'
  | 'id'
  | 'ga'
  | 'it'
  | 'ja'
  | 'kn'
  | 'km'
  | 'ko'
  | 'lo'
  | 'lv'
  | 'lt'
  | 'ms'
  | 'ml'
  | 'mr'
  | 'mn'
  | 'ne'
  | 'no'
  | 'fa'
  | 'fil'
  | 'pl'
  | 'pt'
  | 'pt-BR'
  | 'pt-PT'
  | 'ro'
  | 'ru'
  | 'sr'
  | 'si'
  | 'sk'
  | 'sl'
  | 'es'
  | 'es-MX'
  | 'sw'
  | 'sv'
  | 'ta'
  | 'te'
  | 'tr'
  | 'uk'
  | 'ur'
  | 'vi'
  | 'cy'
  | 'zu'
>;

/** A label in one language (`LabelTranslation`): `label` 1-200 characters. */
export interface SrLabelTranslation {
  /** The label (1 to 200 characters). */
  label: string;
  /** The label's language code: two letters, or with a locale (`pt-PT` is deprecated: use `pt`). */
  language: SrLanguageCode;
}

/** A job property that depends on another (`DependentJobProperty`). */
export interface SrDependentJobProperty {
  /** 1-100 characters. */
  id: string;
  /** 1-200 characters. */
  label: string;
}

/** The dependents of a job property (`DependentJobProperties`): the whole list, unpaged. */
export interface SrDependentJobProperties {
  /** How many dependents there are. */
  totalFound: number;
  /** The dependent job properties. */
  content: SrDependentJobProperty[];
}

/** Body of `POST /configuration/job-properties/{id}/dependents`: the job properties to make dependent (at least one). */
export interface SrDependentJobPropertiesIds {
  /** Ids of the job properties to make dependent. */
  ids: string[];
}

/** A job property value as a dependency names it (`RelationJobPropertyValue`). */
export interface SrRelationJobPropertyValue {
  /** The value's id. */
  id: string;
  /** The value's label. */
  label?: string;
}

/** Which values of a dependent property go with one value of its parent (`DependentJobPropertyValuesRelation`). */
export interface SrDependentJobPropertyValuesRelation {
  /** The parent property's value. */
  parent: SrRelationJobPropertyValue;
  /** The dependent property's values that go with it. */
  values: SrRelationJobPropertyValue[];
}

/** Every value relation between a job property and one of its dependents (`DependentJobPropertyValuesRelations`). */
export interface SrDependentJobPropertyValuesRelations {
  /** How many relations there are. */
  totalFound: number;
  /** The relations. */
  content: SrDependentJobPropertyValuesRelation[];
}

/** A value of a dependent job property (`DependentJobPropertyValue`): id up to 256 characters. */
export interface SrDependentJobPropertyValue {
  /** The value's id. */
  id: string;
  /** The value's label. */
  label: string;
}

/**
 * The values of a dependent job property allowed for one value of its parent
 * (`DependentJobPropertyValues`), paged by `page_id` with `pageSize` (1-20,000).
 */
export interface SrDependentJobPropertyValues {
  /** How many values there are. */
  totalFound?: number;
  /** The values. */
  content?: SrDependentJobPropertyValue[];
  /** The next page's `page_id`, when SmartRecruiters sends one. */
  nextPageId?: string;
}

/** Query of the job property value lists: `page_id` (from `nextPageId`) and `pageSize` 1-20,000. */
export interface SrJobPropertyValuesQuery {
  /** The page to return: the `nextPageId` of the previous page. */
  page_id?: string;
  /** How many values a page holds (1 to 20,000). */
  pageSize?: number;
}

/**
 * Body of a predefined location create or update. SmartRecruiters publishes the routes only, not
 * this body (UNCONFIRMED): the fields are those the SDK reads from a predefined location.
 */
export interface SrPredefinedLocationInput {
  /** The location's name. */
  name?: string;
  /** Country. */
  country?: string;
  /** Country code. */
  countryCode?: string;
  /** Region (state, province...). */
  region?: string;
  /** Region code; SmartRecruiters advises it for the United States only. */
  regionCode?: string;
  /** City. */
  city?: string;
  /** Street address. */
  address?: string;
  /** Postal code. */
  postalCode?: string;
  /** Whether the location is remote. */
  remote?: boolean;
  [key: string]: unknown;
}

/**
 * Body of `DELETE /configuration/predefined-locations` (several locations at once): SmartRecruiters
 * requires one but publishes no schema for it (UNCONFIRMED: the locations' identifiers).
 */
export type SrPredefinedLocationsDeletion = readonly string[] | { [key: string]: unknown };

/** A created or updated predefined location: SmartRecruiters publishes no schema (UNCONFIRMED). */
export interface SrPredefinedLocationWritten {
  /** The location's id. */
  id?: string;
  [key: string]: unknown;
}

/**
 * Configuration API routes (no path prefix) not listed in `Routes` itself. Job property routes
 * answer 404 `JOB_PROPERTY_NOT_FOUND` for an unknown property; scopes `configuration_read` for
 * reads, `configuration_manage` for writes.
 */
export interface ConfigurationRoutes {
  /** One career site (SmartRecruiters publishes no schema for it: UNCONFIRMED fields). */
  'GET /configuration/career-sites/{careerSiteId}': {
    params: { careerSiteId: string };
    response: SrCareerSite;
  };
  /** Translates a job property's label (204). */
  'PATCH /configuration/job-properties/{id}/translations': {
    params: { id: string };
    body: SrLabelTranslation[];
    response: undefined;
  };
  /** Translates the label of one of a job property's values (204). */
  'PATCH /configuration/job-properties/{id}/values/{valueId}/translations': {
    params: { id: string; valueId: string };
    body: SrLabelTranslation[];
    response: undefined;
  };
  /**
   * Un-archives a value (204).
   *
   * @deprecated SmartRecruiters deprecates it: use `DELETE /configuration/job-properties/{id}/archive-values/{valueId}`.
   */
  'PUT /configuration/job-properties/{id}/values/{valueId}': {
    params: { id: string; valueId: string };
    response: undefined;
  };
  /**
   * Archives a value (204).
   *
   * @deprecated SmartRecruiters deprecates it: use `PUT /configuration/job-properties/{id}/archive-values/{valueId}`.
   */
  'DELETE /configuration/job-properties/{id}/values/{valueId}': {
    params: { id: string; valueId: string };
    response: undefined;
  };
  /** The job properties that depend on this one. */
  'GET /configuration/job-properties/{id}/dependents': {
    params: { id: string };
    response: SrDependentJobProperties;
  };
  /**
   * Makes job properties dependent on this one; answers the dependents. 400
   * `DEPENDENT_JOB_PROPERTY_NOT_FOUND`, `JOB_PROPERTIES_CIRCULAR_DEPENDENCY`,
   * `JOB_PROPERTY_ALREADY_DEPENDENT`.
   */
  'POST /configuration/job-properties/{id}/dependents': {
    params: { id: string };
    body: SrDependentJobPropertiesIds;
    response: SrDependentJobProperties;
  };
  /** Removes a dependent job property (204; 404 `JOB_PROPERTY_DEPENDENT_NOT_FOUND`). */
  'DELETE /configuration/job-properties/{id}/dependents/{dependentId}': {
    params: { id: string; dependentId: string };
    response: undefined;
  };
  /**
   * Every value relation between a job property and a dependent.
   *
   * @deprecated SmartRecruiters deprecates it: use `GET /configuration/job-properties/{id}/values/{valueId}/dependents/{dependentId}/values`.
   */
  'GET /configuration/job-properties/{id}/dependents/{dependentId}/values': {
    params: { id: string; dependentId: string };
    response: SrDependentJobPropertyValuesRelations;
  };
  /** The dependent's values allowed for one value of this property (paged by `page_id`). */
  'GET /configuration/job-properties/{id}/values/{valueId}/dependents/{dependentId}/values': {
    params: { id: string; valueId: string; dependentId: string };
    query: SrJobPropertyValuesQuery;
    response: SrDependentJobPropertyValues;
  };
  /** Allows a dependent's value (`{ id }`) for one value of this property (204; 409 `JOB_PROPERTY_DEPENDENT_VALUE_EXISTS`). */
  'POST /configuration/job-properties/{id}/values/{valueId}/dependents/{dependentId}/values': {
    params: { id: string; valueId: string; dependentId: string };
    body: {
      /** The dependent property's value id. */
      id: string;
    };
    response: undefined;
  };
  /** Disallows a dependent's value for one value of this property (204). */
  'DELETE /configuration/job-properties/{id}/values/{valueId}/dependents/{dependentId}/values/{dependentValueId}': {
    params: { id: string; valueId: string; dependentId: string; dependentValueId: string };
    response: undefined;
  };
  /** Creates a predefined location (UNCONFIRMED body and answer). */
  'POST /configuration/predefined-locations': {
    body: SrPredefinedLocationInput;
    response: SrPredefinedLocationWritten;
  };
  /** Deletes several predefined locations (UNCONFIRMED body). */
  'DELETE /configuration/predefined-locations': {
    body: SrPredefinedLocationsDeletion;
    response: undefined;
  };
  /** Replaces a predefined location (UNCONFIRMED body and answer). */
  'PUT /configuration/predefined-locations/{id}': {
    params: { id: string };
    body: SrPredefinedLocationInput;
    response: SrPredefinedLocationWritten;
  };
  /** Deletes a predefined location. */
  'DELETE /configuration/predefined-locations/{id}': {
    params: { id: string };
    response: undefined;
  };
}
