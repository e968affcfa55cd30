/**
 * Candidate mappers: SR `Candidate` / `CandidateDetails` -> unified `Candidate`, and the write bodies
 * of candidate create and update.
 */

import { SrCandidateDetailsSchema, SrConsentSchema } from '../schemas/compiled/sr/candidate.js';
import { ApplicationCreateInputSchema } from '../schemas/compiled/unified/application.js';
import {
  CandidateCreateInputSchema,
  CandidateUpdateInputSchema,
} from '../schemas/compiled/unified/candidate.js';
import { CandidateListParamsSchema } from '../schemas/compiled/unified/list-params.js';
import type {
  SrCandidateDetails,
  SrCandidateInput,
  SrCandidateLocationInput,
  SrCandidateTags,
  SrConsentStatus,
  SrEducationInput,
  SrExperienceInput,
  SrPersonalDetails,
  SrWebInput,
} from '../schemas/sr/candidate.js';
import type { ApplicationCreateInput } from '../schemas/unified/application.js';
import type {
  Candidate,
  CandidateApplication,
  CandidateCreateInput,
  CandidateLocationInput,
  CandidateModel,
  CandidateUpdateInput,
  EducationInput,
  ExperienceInput,
  NewCandidateInput,
  WRITABLE_URL_TYPES,
} from '../schemas/unified/candidate.js';
import type { CandidateLocation, Url, UrlType } from '../schemas/unified/common.js';
import type { ConsentStatus } from '../schemas/unified/enums.js';
import type { CandidateListParams } from '../schemas/unified/list-params.js';
import { parseInput } from '../schemas/unified/parse-input.js';
import {
  sourceDetailsOf,
  toSrApplicationStatusFilter,
  toUnifiedApplicationStatus,
  toUnifiedCandidateProperties,
} from './application.js';
import type { MapperContext } from './context.js';
import {
  finish,
  fullName,
  lookup,
  orNull,
  parseLeniently,
  rawId,
  toSrDateTime,
  warningSink,
} from './shared.js';

/** SR consent status -> unified (lowercased). */
export const CONSENT_STATUS_MAP: Readonly<Record<SrConsentStatus, Exclude<ConsentStatus, 'other'>>> = {
  REQUIRED: 'required',
  PENDING: 'pending',
  ACQUIRED: 'acquired',
};

/** Maps an SR consent status: `null` when absent, `'other'` when unknown. */
export function toUnifiedConsentStatus(status: unknown): ConsentStatus | null {
  if (status === undefined || status === null) return null;
  return lookup(CONSENT_STATUS_MAP, status, 'other');
}

/** SR `web` keys -> URL type, in the order URLs are listed. */
const WEB_URL_TYPES: Readonly<Record<string, Exclude<UrlType, 'other'>>> = {
  linkedin: 'linkedin',
  facebook: 'facebook',
  twitter: 'twitter',
  skype: 'skype',
  website: 'website',
};

/** Options of `toUnifiedCandidate`. */
export interface CandidateMapperContext<M = never>
  extends MapperContext<M, SrCandidateDetails, CandidateModel> {
  /**
   * Candidate properties for `custom_fields` (SR keeps them per application: `GET
   * /candidates/{id}/jobs/{jobId}/properties`, response or `content`). Default: none.
   */
  properties?: unknown;
  /**
   * `raw` is a `GET /candidates` list item (or such an item with its details merged in, then pass
   * `false`): the fields only the details carry are listed in `not_fetched`. Default `false`.
   */
  listItem?: boolean | undefined;
  /**
   * The candidate's consent (`GET /candidates/{id}/consent`, `{ status }`): fills
   * `consent_status` for details, which carry no consent (list items do).
   */
  consent?: unknown;
}

/** The candidate fields a `GET /candidates` list item lacks (the details have them). */
const LIST_ITEM_MISSING = ['phones', 'urls', 'education', 'experience', 'company', 'title'] as const;

function toLocations(location: SrCandidateDetails['location']): CandidateLocation[] {
  if (!location) return [];
  const city = orNull(location.city);
  const region = orNull(location.region);
  const country = orNull(location.country);
  const unified: CandidateLocation = {
    city,
    region,
    region_code: orNull(location.regionCode),
    country,
    country_code: orNull(location.countryCode),
    raw: [city, region, country].filter((part) => part !== null && part !== '').join(', ') || null,
  };
  const { raw: _raw, ...parts } = unified;
  return Object.values(parts).some((part) => part !== null && part !== '') ? [unified] : [];
}

function toUrls(web: SrCandidateDetails['web']): Url[] {
  if (!web) return [];
  const known = Object.keys(WEB_URL_TYPES);
  const keys = [...known, ...Object.keys(web).filter((key) => !known.includes(key))];
  const urls: Url[] = [];
  for (const key of keys) {
    const value = web[key];
    if (typeof value !== 'string' || value.trim() === '') continue;
    // Keys SR adds to `web` later are still URLs: keep them as `other` rather than lose them.
    urls.push({ url: value, type: lookup(WEB_URL_TYPES, key, 'other') });
  }
  return urls;
}

/**
 * Maps an SR candidate (a `GET /candidates` item or `CandidateDetails`) to the unified Candidate.
 * List items lack phone, web, education and experience: those map to `[]` / `null`.
 *
 * Never throws on SR data: fields that fail lenient validation become warnings and map as missing.
 */
export function toUnifiedCandidate<M = never>(
  raw: unknown,
  context: CandidateMapperContext<M> = {},
): Candidate<M> {
  const sink = warningSink(context.warnings, rawId(raw), 'candidate');
  const c = parseLeniently(SrCandidateDetailsSchema, raw, sink);

  const applications: CandidateApplication[] = [];
  const assignments = [c.primaryAssignment, ...(c.secondaryAssignments ?? [])];
  for (const assignment of assignments) {
    const job = assignment?.job;
    if (!job || job.id === '' || applications.some((application) => application.job.id === job.id)) continue;
    applications.push({
      id: `${c.id}:${job.id}`,
      job: { id: job.id, name: orNull(job.title) },
      status:
        assignment.status === undefined || assignment.status === null
          ? null
          : toUnifiedApplicationStatus(assignment.status),
    });
  }
  const experience = c.experience ?? [];
  const current = experience.find((entry) => entry.current === true);
  const consent =
    context.consent !== undefined
      ? parseLeniently(SrConsentSchema, context.consent, sink, { prefix: ['consent'] })
      : c.consent;
  const notFetched: CandidateModel['not_fetched'] = context.listItem ? [...LIST_ITEM_MISSING] : [];
  // CandidateDetails carry no consent (§6.2): it is one more request (`include: ['consent']`).
  if (consent === undefined) notFetched.push('consent_status', 'remote_consent_status');
  // Candidate properties are per application: read them on the application.
  if (context.properties === undefined) notFetched.push('custom_fields');

  const unified: CandidateModel = {
    id: c.id,
    created_at: orNull(c.createdOn),
    updated_at: orNull(c.updatedOn),
    not_fetched: notFetched,
    first_name: orNull(c.firstName),
    last_name: orNull(c.lastName),
    name: fullName(c.firstName, c.lastName),
    emails: c.email ? [{ email: c.email, type: null, is_primary: true }] : [],
    phones: c.phoneNumber ? [{ number: c.phoneNumber, type: null }] : [],
    urls: toUrls(c.web),
    locations: toLocations(c.location),
    company: orNull(current?.company),
    title: orNull(current?.title),
    tags: (c.tags ?? []).map((name) => ({ name })),
    education: (c.education ?? []).map((entry) => ({
      institution: orNull(entry.institution),
      degree: orNull(entry.degree),
      major: orNull(entry.major),
      is_current: orNull(entry.current),
      location: orNull(entry.location),
      start_date: orNull(entry.startDate),
      end_date: orNull(entry.endDate),
      description: orNull(entry.description),
    })),
    experience: experience.map((entry) => ({
      title: orNull(entry.title),
      company: orNull(entry.company),
      is_current: orNull(entry.current),
      location: orNull(entry.location),
      start_date: orNull(entry.startDate),
      end_date: orNull(entry.endDate),
      description: orNull(entry.description),
    })),
    is_internal: orNull(c.internal),
    consent_status: toUnifiedConsentStatus(consent?.status),
    remote_consent_status: orNull(consent?.status),
    average_rating: orNull(c.averageRating),
    applications,
    custom_fields: context.properties ? toUnifiedCandidateProperties(context.properties, sink) : [],
  };
  return finish(unified, raw, c, context);
}

// ---- unified -> SR (writes) ----

function locationInput(location: CandidateLocationInput): SrCandidateLocationInput {
  const body: SrCandidateLocationInput = {};
  if (location.country !== undefined) body.country = location.country;
  if (location.country_code !== undefined) body.countryCode = location.country_code;
  if (location.region_code !== undefined) body.regionCode = location.region_code;
  if (location.region !== undefined) body.region = location.region;
  if (location.city !== undefined) body.city = location.city;
  return body;
}

function webInput(
  urls: ReadonlyArray<{ url: string; type: (typeof WRITABLE_URL_TYPES)[number] }>,
): SrWebInput {
  const web: SrWebInput = {};
  for (const url of urls) web[url.type] = url.url;
  return web;
}

function educationInput(entry: EducationInput): SrEducationInput {
  const body: SrEducationInput = { institution: entry.institution, degree: entry.degree };
  if (entry.major !== undefined) body.major = entry.major;
  if (entry.is_current !== undefined) body.current = entry.is_current;
  if (entry.location !== undefined) body.location = entry.location;
  if (entry.start_date !== undefined) body.startDate = entry.start_date;
  if (entry.end_date !== undefined) body.endDate = entry.end_date;
  if (entry.description !== undefined) body.description = entry.description;
  return body;
}

function experienceInput(entry: ExperienceInput): SrExperienceInput {
  const body: SrExperienceInput = {};
  if (entry.title !== undefined) body.title = entry.title;
  if (entry.company !== undefined) body.company = entry.company;
  if (entry.is_current !== undefined) body.current = entry.is_current;
  if (entry.location !== undefined) body.location = entry.location;
  if (entry.start_date !== undefined) body.startDate = entry.start_date;
  if (entry.end_date !== undefined) body.endDate = entry.end_date;
  if (entry.description !== undefined) body.description = entry.description;
  return body;
}

function candidateInput(input: NewCandidateInput): SrCandidateInput {
  const body: SrCandidateInput = {
    firstName: input.first_name,
    lastName: input.last_name,
    email: input.email,
  };
  if (input.phone !== undefined) body.phoneNumber = input.phone;
  if (input.location !== undefined) body.location = locationInput(input.location);
  if (input.urls !== undefined) body.web = webInput(input.urls);
  if (input.tags !== undefined) body.tags = [...input.tags];
  if (input.education !== undefined) body.education = input.education.map(educationInput);
  if (input.experience !== undefined) body.experience = input.experience.map(experienceInput);
  if (input.is_internal !== undefined) body.internal = input.is_internal;
  return body;
}

/**
 * Body of `POST /candidates`, or of `POST /jobs/{job_id}/candidates` when `job_id` is given
 * (`CandidateInput`); `source` becomes `sourceDetails`. `job_id` goes in the path, not
 * the body.
 *
 * @throws ValidationError on invalid input
 */
export function toSrCandidateInput(input: CandidateCreateInput): SrCandidateInput {
  const parsed = parseInput(CandidateCreateInputSchema, input, 'candidate create input');
  const body = candidateInput(parsed);
  if (parsed.source !== undefined) body.sourceDetails = sourceDetailsOf(parsed.source);
  return body;
}

/**
 * Application create: SR creates the candidate onto the job (`POST /jobs/{jobId}/candidates`,
 * `CandidateInput`). Returns the job id for the path and the body.
 *
 * @throws ValidationError on invalid input
 */
export function toSrApplicationInput(input: ApplicationCreateInput): {
  /** The job to create the candidate onto (`{jobId}` of the path). */
  jobId: string;
  /** The `CandidateInput` body. */
  body: SrCandidateInput;
} {
  const parsed = parseInput(ApplicationCreateInputSchema, input, 'application create input');
  const body = candidateInput(parsed.candidate);
  if (parsed.source !== undefined) body.sourceDetails = sourceDetailsOf(parsed.source);
  return { jobId: parsed.job_id, body };
}

/**
 * Body of `PATCH /candidates/{id}` (`PersonalDetails`, plain partial JSON): only the given
 * personal fields. `tags` are not part of it (see `toSrCandidateTags`); an input with only `tags`
 * gives `{}`, and the resource then skips the PATCH.
 *
 * @throws ValidationError on invalid input
 */
export function toSrPersonalDetails(input: CandidateUpdateInput): SrPersonalDetails {
  const parsed = parseInput(CandidateUpdateInputSchema, input, 'candidate update input');
  const body: SrPersonalDetails = {};
  if (parsed.first_name !== undefined) body.firstName = parsed.first_name;
  if (parsed.last_name !== undefined) body.lastName = parsed.last_name;
  if (parsed.email !== undefined) body.email = parsed.email;
  if (parsed.phone !== undefined) body.phoneNumber = parsed.phone;
  if (parsed.location !== undefined) body.location = locationInput(parsed.location);
  if (parsed.urls !== undefined) body.web = webInput(parsed.urls);
  return body;
}

/**
 * Body of `PUT /candidates/{id}/tags` (replaces all tags) from an update, or `null` when the
 * update does not touch tags.
 *
 * @throws ValidationError on invalid input
 */
export function toSrCandidateTags(input: CandidateUpdateInput): SrCandidateTags | null {
  const parsed = parseInput(CandidateUpdateInputSchema, input, 'candidate update input');
  return parsed.tags === undefined ? null : { tags: [...parsed.tags] };
}

// ---- list parameters ----

/** SR `GET /candidates` query; arrays are sent as repeated parameters. */
export interface CandidateListSrQuery {
  /** Keyword search. */
  q?: string;
  /** Only candidates who applied to these jobs (ids). */
  jobId?: string[];
  /** Only candidates with these SR application statuses, in the context of a job. */
  status?: string[];
  /** Only candidates with these tags. */
  tag?: string[];
  /** Only candidates updated after this time (ISO 8601 date-time). */
  updatedAfter?: string;
  /** How many candidates per page (at most 100). */
  limit?: number;
}

/**
 * Translates `candidates.list` parameters to SR's query: unified statuses become SR values, a date
 * becomes a date-time. `cursor` and `hydrate` stay with the resource.
 *
 * @throws ValidationError on invalid parameters (unknown status, limit outside 1..100, empty id...)
 */
export function toSrCandidateListQuery(params: CandidateListParams = {}): CandidateListSrQuery {
  const parsed = parseInput(CandidateListParamsSchema, params, 'candidate list parameters');
  const query: CandidateListSrQuery = {};
  if (parsed.q !== undefined) query.q = parsed.q;
  if (parsed.job_id !== undefined)
    query.jobId = Array.isArray(parsed.job_id) ? [...parsed.job_id] : [parsed.job_id];
  if (parsed.status !== undefined) query.status = toSrApplicationStatusFilter(parsed.status);
  if (parsed.tag !== undefined) query.tag = Array.isArray(parsed.tag) ? [...parsed.tag] : [parsed.tag];
  if (parsed.updated_after !== undefined) query.updatedAfter = toSrDateTime(parsed.updated_after);
  if (parsed.limit !== undefined) query.limit = parsed.limit;
  return query;
}
