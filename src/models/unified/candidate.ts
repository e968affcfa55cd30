/** The unified Candidate model and its write inputs, as plain interfaces. */

import type { ApplicationStatus, ConsentStatus, WritableUrlType } from '../../schemas/unified/enums.js';
import type { SrCandidateDetails } from '../sr/candidate.js';
import type {
  CandidateLocation,
  CustomField,
  Email,
  FetchableField,
  ModelBase,
  NamedRef,
  Phone,
  Url,
  WithCustomMappings,
} from './common.js';
import type { ApplicationSourceInput } from './input-common.js';

/** An education entry. Dates are SR's free strings (`"2004"`), hence `_date`, not `_at`. */
export interface Education {
  /** School or university. */
  institution: string | null;
  /** The degree. */
  degree: string | null;
  /** Field of study. */
  major: string | null;
  /** Whether the candidate studies there now. */
  is_current: boolean | null;
  /** Where the institution is. */
  location: string | null;
  /** Start, as SR gives it (`"2004"`). */
  start_date: string | null;
  /** End, as SR gives it. */
  end_date: string | null;
  /** Free text. */
  description: string | null;
}

/** An experience entry (dates as SR gives them: free strings). */
export interface Experience {
  /** The position held. */
  title: string | null;
  /** The employer. */
  company: string | null;
  /** Whether it is the candidate's current position. */
  is_current: boolean | null;
  /** Where the position is. */
  location: string | null;
  /** Start, as SR gives it (`"2004"`). */
  start_date: string | null;
  /** End, as SR gives it. */
  end_date: string | null;
  /** Free text. */
  description: string | null;
}

/** A candidate's application as listed on the candidate: `{ id, job { id, name }, status }`. */
export interface CandidateApplication {
  /** Composite application id `${candidateId}:${jobId}`. */
  id: string;
  /** The job applied to. */
  job: NamedRef;
  /** `null` where SR's list item does not say (secondary assignments). */
  status: ApplicationStatus | null;
}

/** A candidate without mapping-extension output (SR `Candidate` list item or `CandidateDetails`). */
export interface CandidateModel extends ModelBase<SrCandidateDetails> {
  /**
   * Fields this record lacks because they were not fetched (a list item, an `include` not asked
   * for): their `null` or `[]` means "unknown", not "empty". Empty when the record is complete.
   */
  not_fetched: Array<FetchableField<CandidateModel>>;
  /** SR `firstName`. */
  first_name: string | null;
  /** SR `lastName`. */
  last_name: string | null;
  /** First and last name, joined. */
  name: string | null;
  /** SR `email`, as the primary address. */
  emails: Email[];
  /** SR `phoneNumber` (details only). */
  phones: Phone[];
  /** SR's `web` profiles (details only). */
  urls: Url[];
  /** SR `location`. */
  locations: CandidateLocation[];
  /** The company of the current experience (details only). */
  company: string | null;
  /** The title of the current experience (details only). */
  title: string | null;
  /** SR `tags`. */
  tags: Array<{
    /** The tag. */
    name: string;
  }>;
  /** SR `education` (details only). */
  education: Education[];
  /** SR `experience` (details only). */
  experience: Experience[];
  /** SR `internal`: whether the candidate is an employee. */
  is_internal: boolean | null;
  /**
   * GDPR consent: SR `consent.status` on list items, or `GET /candidates/{id}/consent` with
   * `include: ['consent']`.
   */
  consent_status: ConsentStatus | null;
  /** SR's value behind `consent_status`. */
  remote_consent_status: string | null;
  /** SR `averageRating`. */
  average_rating: number | null;
  /** The candidate's applications (SR assignments). */
  applications: CandidateApplication[];
  /**
   * Candidate properties, when read (SmartRecruiters keeps them per application); listed in
   * `not_fetched` otherwise.
   */
  custom_fields: CustomField[];
}
/** A candidate; `custom_mappings: M` when a mapping extension is configured. */
export type Candidate<M = never> = WithCustomMappings<CandidateModel, M>;

// ---- write inputs ----

/** A candidate location to write. */
export interface CandidateLocationInput {
  /** City name. */
  city?: string | undefined;
  /** Region name. */
  region?: string | undefined;
  /** ISO-3166-2 subdivision code. */
  region_code?: string | undefined;
  /** Country name. */
  country?: string | undefined;
  /** ISO-3166-1 alpha-2 code, either case. */
  country_code?: string | undefined;
}

/** A URL to write: one per type (SR keeps one per `web` slot). */
export interface UrlInput {
  /** The URL. */
  url: string;
  /** Which of SR's `web` slots it goes to. */
  type: WritableUrlType;
}

/** An education entry to write: SR requires `institution` and `degree`. */
export interface EducationInput {
  /** School or university. */
  institution: string;
  /** The degree. */
  degree: string;
  /** Field of study. */
  major?: string | undefined;
  /** Whether the candidate studies there now. */
  is_current?: boolean | undefined;
  /** Where the institution is. */
  location?: string | undefined;
  /** Start, free text (`"2004"`). */
  start_date?: string | undefined;
  /** End, free text. */
  end_date?: string | undefined;
  /** Free text. */
  description?: string | undefined;
}

/** An experience entry to write. */
export interface ExperienceInput {
  /** The position held. */
  title?: string | undefined;
  /** The employer. */
  company?: string | undefined;
  /** Whether it is the candidate's current position. */
  is_current?: boolean | undefined;
  /** Where the position is. */
  location?: string | undefined;
  /** Start, free text (`"2004"`). */
  start_date?: string | undefined;
  /** End, free text. */
  end_date?: string | undefined;
  /** Free text. */
  description?: string | undefined;
}

/** The person fields of a new candidate (shared by candidate and application create). */
export interface NewCandidateInput {
  /** SR `firstName`. */
  first_name: string;
  /** SR `lastName`. */
  last_name: string;
  /** An email address (SR `email`). */
  email: string;
  /** SR `phoneNumber`. */
  phone?: string | undefined;
  /** SR `location`. */
  location?: CandidateLocationInput | undefined;
  /** At most one per type. */
  urls?: UrlInput[] | undefined;
  /** SR `tags`. */
  tags?: string[] | undefined;
  /** SR `education`. */
  education?: EducationInput[] | undefined;
  /** SR `experience`. */
  experience?: ExperienceInput[] | undefined;
  /** Whether the candidate is an employee. */
  is_internal?: boolean | undefined;
}

/**
 * Input of `candidates.create`: a candidate in the talent pool, or onto a job with `job_id` (SR
 * `POST /candidates` or `POST /jobs/{jobId}/candidates`), attributed to `source` (SR defaults to
 * "API" without it).
 */
export interface CandidateCreateInput extends NewCandidateInput {
  /** The job to apply the candidate to. */
  job_id?: string | undefined;
  /** Where the candidate comes from (SR defaults to "API" without it). */
  source?: ApplicationSourceInput | undefined;
}

/**
 * Input of `candidates.update`: personal details (SR `PATCH /candidates/{id}`, only the given
 * fields are sent) and/or `tags` (SR `PUT /candidates/{id}/tags`, replaces all tags). At least one
 * field.
 */
export interface CandidateUpdateInput {
  /** SR `firstName`. */
  first_name?: string | undefined;
  /** SR `lastName`. */
  last_name?: string | undefined;
  /** An email address (SR `email`). */
  email?: string | undefined;
  /** SR `phoneNumber`. */
  phone?: string | undefined;
  /** SR `location`. */
  location?: CandidateLocationInput | undefined;
  /** At most one per type. */
  urls?: UrlInput[] | undefined;
  /** Replaces all tags. */
  tags?: string[] | undefined;
}
